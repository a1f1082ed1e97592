// Exception code generation: `throw`, try/catch and try/finally. A protected range becomes
// entries of the function's handler table (bytecode/function.ts), not instructions: the
// interpreter consults the table only when something throws, so entering a try costs nothing.
//
// `finally` is compiled the way javac does it, by copying the finalizer to every exit of the
// protected block — the normal end, each break/continue/return that leaves it (leaveTries),
// and one handler that catches everything, runs the finalizer and rethrows. No completion
// tokens and no dispatch after the finalizer, so the JIT sees ordinary straight-line control
// flow. A copy made for an exit runs outside the regions it leaves: its offsets are holes in
// their handler ranges (an exception thrown by the finalizer must not run it again).
//
// A for-of loop's body (with its binding) is a region of the same kind whose finalizer
// closes the iterator (IteratorClose: its `return()` when it has one) on a break, return or
// outer continue, and whose handler closes it when an exception leaves the body, then
// throws the exception again (anything closing throws is dropped, as the spec's
// IteratorClose does for a throw completion). The handler costs nothing until something
// throws; an exception in the loop's own next() is not covered (a throwing iterator is done).

import type * as acorn from 'acorn';
import { Label } from './builder';
import { inScope, type FunctionContext, type IteratorCloser, type TryRegion } from './context';
import { destructure } from './patterns';
import { valueOf } from './expressions';
import { Op } from '../../bytecode/opcodes';

export function throwStatement(g: FunctionContext, node: acorn.ThrowStatement): void {
  const value = valueOf(g, node.argument);
  g.at(node).b.emit(Op.Throw, value);
}

export function tryStatement(g: FunctionContext, node: acorn.TryStatement): void {
  g.at(node);
  if (!node.finalizer) return tryCatch(g, node.block, node.handler!);
  const finalizer = node.finalizer;
  const region = enterRegion(g, finalizer);
  if (node.handler) tryCatch(g, node.block, node.handler);
  else g.nested.statement(g, node.block);
  exitRegion(g, region);
  // Normal completion runs the finalizer and goes on after the statement.
  g.nested.statement(g, finalizer);
  const after = new Label();
  g.at(finalizer).b.jump(after);
  // Anything thrown inside runs it and is thrown again.
  const mark = g.b.mark();
  const exception = g.b.temp();
  addHandlers(g, region, exception);
  g.nested.statement(g, finalizer);
  g.at(finalizer).b.emit(Op.ReThrow, exception);
  g.b.release(mark);
  g.b.bind(after);
}

function tryCatch(g: FunctionContext, block: acorn.BlockStatement, handler: acorn.CatchClause): void {
  const region = enterRegion(g, null);
  g.nested.statement(g, block);
  exitRegion(g, region);
  const after = new Label();
  g.at(handler).b.jump(after);
  const mark = g.b.mark();
  const exception = g.b.temp();
  addHandlers(g, region, exception);
  inScope(g, g.scopes.scopeOf(handler), () => {
    if (handler.param) destructure(g.at(handler.param), handler.param, exception, 'init', null);
    g.nested.statement(g, handler.body);
  });
  g.b.release(mark);
  g.b.bind(after);
}

/** Runs `body` (a for-of loop's body) in a region whose exits close its iterator;
 *  body receives the try depth outside it (where a break of the loop goes). */
export function withIteratorClose(g: FunctionContext, closer: IteratorCloser, body: (outside: number) => void): void {
  const outside = g.tries.length;
  const region = enterRegion(g, closer);
  body(outside);
  exitRegion(g, region);
  const after = new Label();
  g.b.jump(after);
  const mark = g.b.mark();
  const exception = g.b.temp();
  addHandlers(g, region, exception);
  closer.closeOnThrow(g);
  g.b.emit(Op.ReThrow, exception);
  g.b.release(mark);
  g.b.bind(after);
}

/** Runs `body` in a region whose exceptions are dropped: what a loop's closing does after
 *  an exception left its body (an awaited return() that rejects). */
export function ignoringExceptions(g: FunctionContext, body: () => void): void {
  const region = enterRegion(g, null);
  body();
  exitRegion(g, region);
  const mark = g.b.mark();
  addHandlers(g, region, g.b.temp());
  g.b.release(mark);
}

function emitFinalizer(g: FunctionContext, finalizer: acorn.BlockStatement | IteratorCloser): void {
  if ('closeIterator' in finalizer) finalizer.closeIterator(g);
  else g.nested.statement(g, finalizer);
}

function enterRegion(g: FunctionContext, finalizer: acorn.BlockStatement | IteratorCloser | null): TryRegion {
  const region: TryRegion = {
    start: g.b.pc, end: -1, holes: [], finalizer, depth: g.tries.length, scope: g.scope, targetCount: g.targets.length,
  };
  g.tries.push(region);
  return region;
}

function exitRegion(g: FunctionContext, region: TryRegion): void {
  if (g.tries.pop() !== region) throw new Error('generator: try regions out of order');
  region.end = g.b.pc;
}

/** The region's handler-table entries (its range minus holes), catching into `register`
 *  at the current offset. */
function addHandlers(g: FunctionContext, region: TryRegion, register: number): void {
  const handler = g.b.pc;
  let from = region.start;
  const holes = [...region.holes].sort((a, b) => a[0] - b[0]);
  for (const [a, b] of [...holes, [region.end, region.end] as [number, number]]) {
    if (a > from) g.handlers.push({ start: from, end: a, handler, register, depth: region.depth });
    from = Math.max(from, b);
  }
}

/**
 * Before a jump out of try regions (break/continue to a target outside them, or return),
 * emits the finalizers of the regions being left, innermost first. `depth` is how many
 * regions stay entered. Each copy is generated as if at its try statement: only the regions
 * and jump targets outside it are visible to its own exits.
 */
export function leaveTries(g: FunctionContext, depth: number): void {
  for (let k = g.tries.length - 1; k >= depth; k--) {
    const region = g.tries[k];
    if (!region.finalizer) continue;
    const start = g.b.pc;
    const tries = g.tries.splice(k);
    const targets = g.targets.splice(region.targetCount);
    g.within(region.scope, () => emitFinalizer(g, region.finalizer!));
    g.tries.push(...tries);
    g.targets.push(...targets);
    for (let j = k; j < g.tries.length; j++) g.tries[j].holes.push([start, g.b.pc]);
  }
}

/** Whether leaving down to `depth` runs any finalizer. */
export function crossesFinally(g: FunctionContext, depth: number): boolean {
  for (let k = g.tries.length - 1; k >= depth; k--) if (g.tries[k].finalizer) return true;
  return false;
}
