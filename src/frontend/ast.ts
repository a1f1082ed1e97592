// Small ESTree helpers shared by the subset check, scope analysis and the bytecode generator:
// node type aliases, recognition of the builtin member shapes (`Math.floor`, `Math.PI`),
// binding patterns, static property keys and node's way of printing a callee.

import type * as acorn from 'acorn';
import { BUILTIN_CALLS, BUILTIN_CONSTANTS } from '../bytecode/builtin-ids';

export type Node = acorn.AnyNode;
export type Expression = acorn.Expression;
export type Statement = acorn.Statement;
export type Identifier = acorn.Identifier;
export type Pattern = acorn.Pattern;
/** A function literal of any form (an arrow's body may be an expression). */
export type FunctionLiteral = acorn.FunctionDeclaration | acorn.FunctionExpression | acorn.ArrowFunctionExpression;
/** What a FunctionInfo compiles: the module top level or a function literal. */
export type FunctionNode = acorn.Program | FunctionLiteral;

/** `a.b` spelled with identifiers only (not computed, not optional), else null. */
export function memberPath(node: acorn.MemberExpression): string | null {
  if (node.computed || node.optional || node.property.type !== 'Identifier') return null;
  if (node.object.type === 'Identifier') return `${node.object.name}.${node.property.name}`;
  const inner = node.object.type === 'MemberExpression' ? memberPath(node.object) : null;
  return inner === null ? null : `${inner}.${node.property.name}`;
}

/** The identifier a dotted member path starts from (`process` of `process.stdout.write`), or null. */
export function memberRoot(node: acorn.MemberExpression): acorn.Identifier | null {
  const object = node.object;
  if (object.type === 'Identifier') return object;
  return object.type === 'MemberExpression' ? memberRoot(object) : null;
}

/** The builtin-call path of a callee such as `Math.floor`, or null (shadowing not checked). */
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

/** The identifiers a binding pattern declares, in source order. */
export function patternIdentifiers(node: acorn.Pattern, out: acorn.Identifier[] = []): acorn.Identifier[] {
  switch (node.type) {
    case 'Identifier': out.push(node); break;
    case 'ObjectPattern':
      for (const p of node.properties) patternIdentifiers(p.type === 'RestElement' ? p : p.value, out);
      break;
    case 'ArrayPattern':
      for (const e of node.elements) if (e) patternIdentifiers(e, out);
      break;
    case 'RestElement': patternIdentifiers(node.argument, out); break;
    case 'AssignmentPattern': patternIdentifiers(node.left, out); break;
    case 'MemberExpression': break;
  }
  return out;
}

/** Canonical property-key string of a number, as `String(n)` gives it. */
function numberKey(n: number): string {
  return String(n);
}

/**
 * The property key of `o.k`, `o['k']`, `o[1]`, `{k: v}`, `{'k': v}`, `{1.5: v}`, `{['a' + 1]: v}`
 * known before running (a string), or null when it is computed at run time.
 */
export function staticKey(key: acorn.Expression | acorn.PrivateIdentifier, computed: boolean): string | null {
  if (!computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
      return typeof key.value === 'string' ? key.value : numberKey(key.value);
    }
    return null;
  }
  if (key.type === 'PrivateIdentifier') return null;
  const value = constantValue(key);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberKey(value);
  return null;
}

/**
 * The value of a constant string or number expression: literals, template literals without
 * substitutions, unary minus and `+` of constants (JavaScript's own semantics); else undefined.
 */
export function constantValue(node: acorn.Expression): string | number | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0].value.cooked ?? undefined : undefined;
    case 'UnaryExpression': {
      if (node.operator !== '-') return undefined;
      const v = constantValue(node.argument);
      return typeof v === 'number' ? -v : undefined;
    }
    case 'BinaryExpression': {
      if (node.operator !== '+' || node.left.type === 'PrivateIdentifier') return undefined;
      const l = constantValue(node.left);
      const r = constantValue(node.right);
      if (l === undefined || r === undefined) return undefined;
      return typeof l === 'number' && typeof r === 'number' ? l + r : String(l) + String(r);
    }
    case 'ParenthesizedExpression': return constantValue(node.expression);
    default: return undefined;
  }
}

/** An array index key ("0", "17"; not "01", "-1", "1.5"): such keys go through the keyed ops. */
export function arrayIndex(key: string): number | null {
  if (!/^(?:0|[1-9][0-9]{0,9})$/.test(key)) return null;
  const n = Number(key);
  return n <= 4294967294 ? n : null;
}

/** Is `node` an anonymous function literal (whose name comes from where it is bound)? */
export function isAnonymousFunction(node: acorn.Node): boolean {
  const n = node as acorn.AnyNode;
  return (n.type === 'FunctionExpression' && !n.id) || n.type === 'ArrowFunctionExpression';
}

/**
 * A callee as node (V8's call printer) names it in "X is not a function" and a value in
 * "Cannot destructure ... of 'X'": `o.m`, `o[k]`, `f(...)`, `"s".m`, `[1,2].m`, else
 * `(intermediate value)`.
 */
export function printCallee(node: acorn.Node, source: string): string {
  const n = node as acorn.AnyNode;
  switch (n.type) {
    case 'Identifier': return n.name;
    case 'ThisExpression': return 'this';
    case 'Super': return '(intermediate value)'; // V8 prints super.m as (intermediate value).m
    case 'ParenthesizedExpression': return printCallee(n.expression, source);
    case 'CallExpression': return `${printCallee(n.callee, source)}(...)`;
    case 'MemberExpression': {
      // An optional member prints its `?.` (V8's call printer); an optional call does not.
      const object = printCallee(n.object, source) + (n.optional ? '?.' : '');
      const dot = n.optional ? '' : '.';
      if (!n.computed) return `${object}${dot}${(n.property as acorn.Identifier).name}`;
      const p = n.property;
      if (p.type === 'Literal' && typeof p.value === 'string') return `${object}${dot}${p.value}`;
      if (p.type === 'TemplateLiteral' && p.expressions.length === 0) return `${object}${dot}${p.quasis[0].value.cooked}`;
      return `${object}[${printCallee(p, source)}]`;
    }
    case 'Literal':
      if (typeof n.value === 'string') return JSON.stringify(n.value);
      if (n.regex || n.bigint !== undefined) return source.slice(n.start, n.end);
      return String(n.value);
    case 'ArrayExpression':
      return `[${n.elements.map((e) => (e ? printCallee(e, source) : '')).join(',')}]`;
    case 'ObjectExpression':
      return n.properties.length === 0 ? '{}' : '(intermediate value)';
    case 'SpreadElement': return `...${printCallee(n.argument, source)}`;
    case 'UnaryExpression':
      if ((n.operator === '-' || n.operator === '+') && n.argument.type === 'Literal') {
        return n.operator + printCallee(n.argument, source);
      }
      return '(intermediate value)';
    case 'SequenceExpression': return `(${n.expressions.map((e) => printCallee(e, source)).join(' , ')})`;
    default: return '(intermediate value)';
  }
}

/** Does the call or `new` spread an argument (`f(...xs)`)? */
export function hasSpread(node: acorn.CallExpression | acorn.NewExpression): boolean {
  return node.arguments.some((a) => a.type === 'SpreadElement');
}
