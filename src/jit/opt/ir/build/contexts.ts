// Graph building for closures and contexts: creating a context or a closure is a runtime
// call; context slots are loads and stores through the parent chain, which lowering walks
// inline; `arguments` and rest parameters are arrays built from the frame's arguments.

import { DeclineError } from '../decline';
import type { GraphBuilder } from './builder';

export function createContext(b: GraphBuilder, { dst, slots }: { dst: number; slots: number }, pc: number): boolean {
  const parent = b.node('closure-context', [], 'tagged', undefined, pc);
  b.set(dst, b.node('runtime', [parent], 'tagged', { kind: 'create-context', slots }, pc));
  return false;
}

export function loadClosureContext(b: GraphBuilder, { dst }: { dst: number }, pc: number): boolean {
  // In an inlined callee: the context of the function object called (guarded to be it).
  b.set(dst, b.node('closure-context', b.outer ? [b.outer.callee] : [], 'tagged', undefined, pc));
  return false;
}

interface ContextSlot { context: number; depth: number; index: number }

export function loadContextSlot(b: GraphBuilder, ins: ContextSlot & { dst: number }, pc: number): boolean {
  b.set(ins.dst, b.node('load-context-slot', [b.reg(ins.context)], 'tagged', [ins.depth, ins.index], pc));
  return false;
}

export function storeContextSlot(b: GraphBuilder, ins: ContextSlot & { value: number }, pc: number): boolean {
  b.node('store-context-slot', [b.reg(ins.context), b.reg(ins.value)], 'tagged', [ins.depth, ins.index], pc);
  return false;
}

export function createClosure(b: GraphBuilder, ins: { dst: number; functionId: number; context: number }, pc: number): boolean {
  b.set(ins.dst, b.node('runtime', [b.reg(ins.context)], 'tagged', { kind: 'create-closure', functionId: ins.functionId }, pc));
  return false;
}

/** CreateArguments (from 0) and CreateRest (from the rest parameter's index). */
export function argumentsArray(b: GraphBuilder, dst: number, from: number, isArguments: boolean, pc: number): boolean {
  // Lowering builds the array first thing in the frame; a second one could find the
  // extra arguments already overwritten by where the first one's result is kept.
  if (pc !== 0) throw new DeclineError('arguments together with a rest parameter is not compiled yet');
  b.set(dst, b.node('runtime', [], 'tagged', { kind: 'arguments-array', from, isArguments }, pc));
  return false;
}

