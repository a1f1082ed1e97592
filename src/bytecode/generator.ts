// Bytecode generator: scope-resolved AST → Program (one BytecodeFunction per function, the
// module top level first). This file owns the per-function frame setup (context creation,
// hoisted bindings, closures); statements and expressions live in gen-statements.ts and
// gen-expressions.ts. Called by frontend/compile.ts after parse → subset → scope analysis.

import type * as acorn from 'acorn';
import type { FunctionInfo, ScopeInfo } from '../frontend/scope';
import type { BytecodeFunction, Program } from './function';
import { bindingPlace, FunctionContext, storeBinding } from './gen-context';
import { enterScope, statements } from './gen-statements';
import { Op } from './opcodes';

export function generateProgram(ast: acorn.Program, scopes: ScopeInfo, source: string, file: string): Program {
  if (scopes.main.node !== ast) throw new Error('generator: scope info belongs to another AST');
  const functions = scopes.functions.map((fn) => generateFunction(scopes, fn, source));
  return { file, source, functions, main: scopes.main.id };
}

function generateFunction(scopes: ScopeInfo, fn: FunctionInfo, source: string): BytecodeFunction {
  const g = new FunctionContext(scopes, fn, source);
  g.at(fn.node);
  prologue(g);
  const body = fn.node.type === 'Program' ? fn.node.body : fn.node.body.body;
  statements(g, body as acorn.Statement[]);
  if (!g.b.endsInReturn()) {
    const t = g.b.temp();
    g.b.at(endOf(fn.node)).emit(Op.LoadUndefined, t);
    g.b.emit(Op.Return, t);
  }
  const start = fn.node.loc!.start;
  return g.b.finish({
    id: fn.id, name: fn.name, paramCount: fn.params.length, line: start.line, column: start.column + 1,
  });
}

/** Position of the implicit `return undefined` at a function's closing brace (or end of script). */
function endOf(node: acorn.Program | acorn.FunctionDeclaration): acorn.Node {
  const end = node.loc!.end;
  const column = node.type === 'Program' ? end.column : Math.max(0, end.column - 1);
  return { type: 'End', start: node.end, end: node.end, loc: { start: { line: end.line, column }, end } };
}

/**
 * Frame setup, in order: the context (own: CreateContext + captured parameters copied in;
 * or the closure's context), captured vars set to undefined, top-level let/const set to the
 * hole, then one closure per hoisted function declaration.
 */
function prologue(g: FunctionContext): void {
  const fn = g.fn;
  if (fn.contextMode === 'own') {
    g.b.emit(Op.CreateContext, g.contextReg, fn.contextSlots);
    for (const p of fn.params) {
      if (p.captured) g.b.emit(Op.StoreContextSlot, g.registerOf(p), g.contextReg, 0, p.slot);
    }
  } else if (fn.contextMode === 'closure') {
    g.b.emit(Op.LoadClosureContext, g.contextReg);
  }
  initializeCapturedVars(g);
  enterScope(g, fn.scope);
  createClosures(g);
}

function initializeCapturedVars(g: FunctionContext): void {
  const declaredFunctions = new Set(g.fn.functions.map((f) => f.binding));
  const vars = g.fn.bindings.filter((b) => b.captured && b.kind === 'var' && !declaredFunctions.has(b));
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
