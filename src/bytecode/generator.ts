// Bytecode generator: scope-resolved AST → Program (one BytecodeFunction per function, the
// module top level first). This file owns the per-function frame setup (context creation,
// hoisted bindings, closures); statements and expressions live in gen-statements.ts and
// gen-expressions.ts. Called by frontend/compile.ts after parse → subset → scope analysis.

import type * as acorn from 'acorn';
import type { FunctionLiteral, FunctionNode } from '../frontend/ast';
import type { Binding, FunctionInfo, ScopeInfo } from '../frontend/scope';
import type { BytecodeFunction, Program } from './function';
import { bindingPlace, FunctionContext, placeOf, storeBinding } from './gen-context';
import { valueOf } from './gen-expressions';
import { applyDefault, destructure } from './gen-patterns';
import { enterScope, statements } from './gen-statements';
import { Op } from './opcodes';

export function generateProgram(ast: acorn.Program, scopes: ScopeInfo, source: string, file: string): Program {
  if (scopes.main.node !== ast) throw new Error('generator: scope info belongs to another AST');
  const functions = scopes.functions.map((fn) => generateFunction(scopes, fn, source));
  return { file, source, functions, main: scopes.main.id };
}

function generateFunction(scopes: ScopeInfo, fn: FunctionInfo, source: string): BytecodeFunction {
  const g = new FunctionContext(scopes, fn, source);
  const node = fn.node;
  g.at(node);
  prologue(g);
  if (node.type !== 'Program' && node.body.type !== 'BlockStatement') {
    // An arrow with an expression body returns it.
    const value = valueOf(g, node.body);
    g.at(node.body).b.emit(Op.Return, value);
  } else {
    const body = node.type === 'Program' ? node.body : (node.body as acorn.BlockStatement).body;
    statements(g, body as acorn.Statement[]);
  }
  if (!g.b.endsInReturn()) {
    const t = g.b.temp();
    g.b.at(endOf(node)).emit(Op.LoadUndefined, t);
    g.b.emit(Op.Return, t);
  }
  const start = node.loc!.start;
  return g.b.finish({
    id: fn.id, name: fn.name, paramCount: fn.params.length, line: start.line, column: start.column + 1,
  });
}

/** Position of the implicit `return undefined` at a function's closing brace (or end of script). */
function endOf(node: FunctionNode): acorn.Node {
  const end = node.loc!.end;
  const column = node.type === 'Program' ? end.column : Math.max(0, end.column - 1);
  return { type: 'End', start: node.end, end: node.end, loc: { start: { line: end.line, column }, end } };
}

/**
 * Frame setup, in order: the context (own: CreateContext; or the closure's context), the
 * captured receiver (`this` of arrows inside) and the arguments object, captured vars set to
 * undefined, the function scope's let/const set to the hole, the parameters (captured ones
 * copied into their slots, defaults, destructuring, rest), then one closure per hoisted
 * function declaration.
 */
function prologue(g: FunctionContext): void {
  const fn = g.fn;
  if (fn.contextMode === 'own') {
    g.b.emit(Op.CreateContext, g.contextReg, fn.contextSlots);
  } else if (fn.contextMode === 'closure') {
    g.b.emit(Op.LoadClosureContext, g.contextReg);
  }
  if (fn.thisBinding) special(g, fn.thisBinding, Op.LoadThis);
  if (fn.argumentsBinding) special(g, fn.argumentsBinding, Op.CreateArguments);
  initializeCapturedVars(g);
  enterScope(g, fn.scope);
  if (fn.node.type !== 'Program') parameters(g, fn.node);
  g.at(fn.node);
  createClosures(g);
}

/** Initializes a hidden binding with the receiver or the arguments object. */
function special(g: FunctionContext, binding: Binding, op: Op.LoadThis | Op.CreateArguments): void {
  const mark = g.b.mark();
  const place = bindingPlace(g, binding, false);
  const target = place.kind === 'register' ? place.reg : g.b.temp();
  g.b.emit(op, target);
  storeBinding(g, place, target);
  g.b.release(mark);
}

function parameters(g: FunctionContext, node: FunctionLiteral): void {
  const fn = g.fn;
  let registerIndex = 0;
  node.params.forEach((p, i) => {
    const mark = g.b.mark();
    g.at(p);
    if (p.type === 'RestElement') {
      const id = p.argument.type === 'Identifier' ? p.argument : null;
      const place = id ? placeOf(g, id) : null;
      const target = place?.kind === 'register' ? place.reg : g.b.temp();
      g.b.emit(Op.CreateRest, target, i);
      destructure(g, p.argument, target, 'init', null);
    } else {
      const param = fn.params[registerIndex];
      const reg = registerIndex++;
      const pattern = p.type === 'AssignmentPattern' ? p.left : p;
      if (p.type === 'AssignmentPattern') applyDefault(g, reg, p.right);
      if (pattern.type === 'Identifier') {
        if (param.captured) storeBinding(g, bindingPlace(g, param, false), reg);
      } else {
        destructure(g, pattern, reg, 'init', 'param');
      }
    }
    g.b.release(mark);
  });
}

function initializeCapturedVars(g: FunctionContext): void {
  const fn = g.fn;
  const declaredFunctions = new Set(fn.functions.map((f) => f.binding));
  const vars = fn.bindings.filter((b) =>
    b.captured && b.kind === 'var' && !declaredFunctions.has(b) && b !== fn.argumentsBinding);
  if (vars.length === 0) return;
  const mark = g.b.mark();
  const undef = g.b.temp();
  g.b.emit(Op.LoadUndefined, undef);
  for (const b of vars) storeBinding(g, bindingPlace(g, b, false), undef);
  g.b.release(mark);
}

function createClosures(g: FunctionContext): void {
  if (g.fn.functions.length === 0) return;
  const mark = g.b.mark();
  const context = g.closureContextRegister();
  for (const { info, binding } of g.fn.functions) {
    const place = bindingPlace(g, binding, false);
    const target = place.kind === 'register' ? place.reg : g.b.temp();
    g.b.emit(Op.CreateClosure, target, info.id, context);
    storeBinding(g, place, target);
  }
  g.b.release(mark);
}
