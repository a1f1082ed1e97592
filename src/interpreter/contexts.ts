// Closures and the contexts they capture: the instructions that make a function's context
// (its variables captured by inner functions), reach the context a closure was made in,
// load and store context slots some parent links up, and make closures. Closure creation
// itself is tiering's (it tracks every closure of a function to switch their entries); the
// interpreter's default only serves until the pipeline installs tiering's.

import { Op } from '../bytecode/opcodes';
import type { Heap } from '../runtime/heap';
import { Frame, ObjectLayout, Tag } from '../runtime/layout';
import type { InterpreterConfig } from './config';
import { setTagged } from './frame-words';

/** Makes a closure of function `functionId` over the context (ctxHi, ctxLo); returns it. */
export type ClosureFactory = (functionId: number, ctxHi: number, ctxLo: number) => number;

export class ContextOps {
  private readonly heap: Heap;
  private readonly u32: Uint32Array;

  /** Closure creation is shared with tiering, which tracks every closure of a function. */
  createClosure: ClosureFactory;

  constructor(cfg: InterpreterConfig) {
    this.heap = cfg.heap;
    this.u32 = cfg.heap.u32;
    const entry = cfg.interpreterEntryLo + cfg.interpreterEntryHi * 0x100000000;
    this.createClosure = (id, hi, lo) => this.heap.allocFunction(id, entry, hi, lo);
  }

  /** CreateContext d n: a context of n slots whose parent is the running closure's. */
  createContext(code: Int32Array, pc: number, R: number, fp: number): void {
    const u32 = this.u32;
    const ctxAt = (u32[(fp >> 2) + 2 * Frame.functionSlot] + ObjectLayout.functionContextOffset) >> 2;
    const at = this.heap.allocContext(code[pc + 2], u32[ctxAt + 1], u32[ctxAt]);
    setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, at);
  }

  /** LoadClosureContext d: the context function object fnOffset was made in. */
  loadClosureContext(code: Int32Array, pc: number, R: number, fnOffset: number): void {
    const u32 = this.u32;
    const ctxAt = (fnOffset + ObjectLayout.functionContextOffset) >> 2;
    const d = R + 2 * code[pc + 1];
    u32[d] = u32[ctxAt];
    u32[d + 1] = u32[ctxAt + 1];
  }

  /** LoadContextSlot/StoreContextSlot r ctx depth slot: r to or from slot `slot` of the
   *  context `depth` parent links up from register ctx. */
  contextSlot(op: number, code: Int32Array, pc: number, R: number): void {
    const u32 = this.u32;
    let ctx = u32[R + 2 * code[pc + 2]];
    for (let depth = code[pc + 3]; depth > 0; depth--) {
      ctx = u32[(ctx + ObjectLayout.contextParentOffset) >> 2];
    }
    const slot = (ctx + ObjectLayout.contextSlotsOffset) / 4 + 2 * code[pc + 4];
    const r = R + 2 * code[pc + 1];
    if (op === Op.LoadContextSlot) {
      u32[r] = u32[slot];
      u32[r + 1] = u32[slot + 1];
    } else {
      u32[slot] = u32[r];
      u32[slot + 1] = u32[r + 1];
    }
  }

  /** CreateClosure d function ctx: a closure of the function over register ctx's context. */
  closure(code: Int32Array, pc: number, R: number): void {
    const u32 = this.u32;
    const c = R + 2 * code[pc + 3];
    const at = this.createClosure(code[pc + 2], u32[c + 1], u32[c]);
    setTagged(u32, R + 2 * code[pc + 1], Tag.Ptr, at);
  }
}
