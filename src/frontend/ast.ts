// Small ESTree helpers shared by the subset check, scope analysis and the bytecode generator:
// node type aliases and recognition of the builtin member shapes (`Math.floor`, `Math.PI`).

import type * as acorn from 'acorn';
import { BUILTIN_CALLS, BUILTIN_CONSTANTS } from '../runtime/builtin-ids';

export type Node = acorn.AnyNode;
export type Expression = acorn.Expression;
export type Statement = acorn.Statement;
export type Identifier = acorn.Identifier;
export type FunctionNode = acorn.Program | acorn.FunctionDeclaration;

/** `a.b` spelled with identifiers only (not computed, not optional), else null. */
export function memberPath(node: acorn.MemberExpression): string | null {
  if (node.computed || node.optional) return null;
  if (node.object.type !== 'Identifier' || node.property.type !== 'Identifier') return null;
  return `${node.object.name}.${node.property.name}`;
}

/** The builtin-call path of a callee such as `Math.floor`, or null. */
export function builtinCallPath(callee: acorn.Expression | acorn.Super): string | null {
  if (callee.type !== 'MemberExpression') return null;
  const path = memberPath(callee);
  return path !== null && BUILTIN_CALLS.has(path) ? path : null;
}

/** The builtin-constant path of a member expression such as `Math.PI`, or null. */
export function builtinConstantPath(node: acorn.MemberExpression): string | null {
  const path = memberPath(node);
  return path !== null && BUILTIN_CONSTANTS.has(path) ? path : null;
}

/** The root identifier of a builtin member (`Math` in `Math.PI`). */
export function memberRoot(node: acorn.MemberExpression): acorn.Identifier {
  if (node.object.type !== 'Identifier') throw new Error('memberRoot: not an identifier path');
  return node.object;
}
