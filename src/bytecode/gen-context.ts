// Generator state for one function and access to its bindings ("places"): a binding lives in
// a register, or — when a nested function captures it — in a context slot reached through the
// function's context register. Reads and writes here emit the TDZ checks (CheckHole) and
// const errors that scope analysis asked for. Used by gen-expressions.ts and gen-statements.ts.

import type * as acorn from 'acorn';
import { contextDepth, type Binding, type FunctionInfo, type ScopeInfo } from '../frontend/scope';
import { FunctionBuilder, type Label } from './gen-builder';
import { Op } from './opcodes';

export interface JumpTarget {
  readonly kind: 'loop' | 'switch' | 'label';
  readonly labels: readonly string[];
  readonly breakLabel: Label;
  readonly continueLabel: Label | null; // loops only
}

/**
 * Register layout: parameters r0..r(p-1); then one register per uncaptured non-parameter
 * binding, in declaration order; then the context register (if the function needs one);
 * then temporaries, allocated stack-like.
 */
export class FunctionContext {
  readonly b: FunctionBuilder;
  readonly registers = new Map<Binding, number>();
  readonly contextReg: number; // -1 when the function has no context register
  readonly targets: JumpTarget[] = [];

  constructor(readonly scopes: ScopeInfo, readonly fn: FunctionInfo, readonly source: string) {
    fn.params.forEach((p, i) => this.registers.set(p, i));
    let next = fn.params.length;
    for (const b of fn.bindings) {
      if (b.kind !== 'param' && !b.captured) this.registers.set(b, next++);
    }
    this.contextReg = fn.contextMode === 'none' ? -1 : next++;
    this.b = new FunctionBuilder(next);
  }

  /** Sets the source position of the next instructions; returns this for chaining. */
  at(node: acorn.Node): this {
    this.b.at(node);
    return this;
  }

  registerOf(binding: Binding): number {
    const r = this.registers.get(binding);
    if (r === undefined) throw new Error(`no register for ${binding.name}`);
    return r;
  }

  /** A register holding the context new closures close over (undefined when there is none). */
  closureContextRegister(): number {
    if (this.contextReg >= 0) return this.contextReg;
    const t = this.b.temp();
    this.b.emit(Op.LoadUndefined, t);
    return t;
  }
}

export type Place =
  | { readonly kind: 'register'; readonly reg: number; readonly binding: Binding; readonly holeCheck: boolean }
  | { readonly kind: 'context'; readonly depth: number; readonly slot: number; readonly binding: Binding; readonly holeCheck: boolean }
  | { readonly kind: 'global'; readonly name: string };

export function placeOf(g: FunctionContext, id: acorn.Identifier): Place {
  const r = g.scopes.resolution(id);
  if (r.kind === 'global') return { kind: 'global', name: r.name };
  return bindingPlace(g, r.binding, r.holeCheck);
}

export function bindingPlace(g: FunctionContext, binding: Binding, holeCheck: boolean): Place {
  if (!binding.captured) return { kind: 'register', reg: g.registerOf(binding), binding, holeCheck };
  if (g.contextReg < 0) throw new Error(`no context register for captured ${binding.name}`);
  const depth = contextDepth(g.fn, binding.fn);
  return { kind: 'context', depth, slot: binding.slot, binding, holeCheck };
}

function checkHole(g: FunctionContext, reg: number, binding: Binding): void {
  g.b.emit(Op.CheckHole, reg, g.b.constant(binding.name));
}

/** Emits a read of `place` into `dst`. */
export function readPlace(g: FunctionContext, place: Place, dst: number): void {
  const b = g.b;
  switch (place.kind) {
    case 'register':
      if (place.holeCheck) checkHole(g, place.reg, place.binding);
      if (dst !== place.reg) b.emit(Op.Mov, dst, place.reg);
      return;
    case 'context':
      b.emit(Op.LoadContextSlot, dst, g.contextReg, place.depth, place.slot);
      if (place.holeCheck) checkHole(g, dst, place.binding);
      return;
    case 'global':
      return readGlobal(g, place.name, dst);
  }
}

function readGlobal(g: FunctionContext, name: string, dst: number): void {
  switch (name) {
    case 'undefined': return g.b.emit(Op.LoadUndefined, dst);
    case 'NaN': return g.b.emit(Op.LoadConst, dst, g.b.constant(NaN));
    case 'Infinity': return g.b.emit(Op.LoadConst, dst, g.b.constant(Infinity));
    default: return g.b.emit(Op.ThrowReferenceError, g.b.constant(name));
  }
}

/**
 * A register holding the current value of `place`: the binding's own register when it lives
 * in one and `copy` is false (nothing evaluated later can overwrite it), else a new temporary.
 */
export function placeOperand(g: FunctionContext, place: Place, copy: boolean): number {
  if (place.kind === 'register' && !copy) {
    if (place.holeCheck) checkHole(g, place.reg, place.binding);
    return place.reg;
  }
  const t = g.b.temp();
  readPlace(g, place, t);
  return t;
}

/** The binding register a value may be computed into directly (no check, not const), or null. */
export function directTarget(place: Place): number | null {
  if (place.kind !== 'register' || place.holeCheck || place.binding.kind === 'const') return null;
  return place.reg;
}

/**
 * Stores `value` into `place` as an assignment does: TDZ check (unless `checked`, i.e. the
 * old value was already read), then TypeError for a const, then the store.
 */
export function writePlace(g: FunctionContext, place: Place, value: number, checked: boolean): void {
  if (place.kind === 'global') throw new Error(`assignment to global ${place.name} reached the generator`);
  if (place.holeCheck && !checked) tdzCheckForWrite(g, place);
  if (place.binding.kind === 'const') {
    g.b.emit(Op.ThrowConstAssign);
    return;
  }
  storeBinding(g, place, value);
}

function tdzCheckForWrite(g: FunctionContext, place: Place & { kind: 'register' | 'context' }): void {
  if (place.kind === 'register') return checkHole(g, place.reg, place.binding);
  const mark = g.b.mark();
  readPlace(g, place, g.b.temp());
  g.b.release(mark);
}

/** Stores without any check: initialization of a declaration, or after checks were emitted. */
export function storeBinding(g: FunctionContext, place: Place, value: number): void {
  switch (place.kind) {
    case 'register':
      if (value !== place.reg) g.b.emit(Op.Mov, place.reg, value);
      return;
    case 'context':
      g.b.emit(Op.StoreContextSlot, value, g.contextReg, place.depth, place.slot);
      return;
    case 'global':
      throw new Error(`store to global ${place.name}`);
  }
}
