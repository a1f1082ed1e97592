// Lowering of what reads the frame and the closure's contexts, and of the deopts that need
// no value: the running closure's context, context slots through the parent chain, `this`,
// the TDZ hole check, the loop back-edge's poll for a pending collection, and an
// unconditional deopt.

import { Frame, Globals, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { Node } from '../ir/ir';
import type { LirBuilder } from './lir-builder';
import { frameAt, heapAt, heapReg, imm, SLOT, v } from './lir-operands';
import type { DeoptReason } from '../../deopt/reasons';

/** closure-context, callee, argument-count, load-context-slot, store-context-slot, load-this, check-hole, gc-poll,
 *  deopt. */
export function lowerFrame(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const [a, right] = n.inputs;
  switch (n.op) {
    case 'closure-context': {
      // An inlined callee's context is its function object's (the input, guarded to be
      // that function); the frame's own is its closure's.
      const f = n.inputs.length === 1 ? b.unbox32(b.use(n.inputs[0], 'tagged')) : b.load32(frameAt(Frame.functionSlot * SLOT));
      b.emit('Load64', 1, v(b.define(n)), heapReg(f, ObjectLayout.functionContextOffset));
      return;
    }
    case 'callee': {
      const f = b.load32(frameAt(Frame.functionSlot * SLOT));
      b.emit('BoxTag', 1, v(b.define(n)), v(f), imm(Tag.Ptr));
      return;
    }
    case 'argument-count':
      b.emit('Load32', 1, v(b.define(n)), frameAt(Frame.argcSlot * SLOT));
      return;
    case 'load-context-slot':
    case 'store-context-slot': {
      const [depth, slot] = n.aux as [number, number];
      let ctx = b.newVreg('int32');
      b.emit('Unbox32', 1, v(ctx), v(b.use(a, 'tagged')));
      for (let i = 0; i < depth; i++) {
        const parent = b.load32(heapReg(ctx, ObjectLayout.contextParentOffset));
        ctx = parent;
      }
      const at = heapReg(ctx, ObjectLayout.contextSlotsOffset + SLOT * slot);
      if (n.op === 'load-context-slot') b.emit('Load64', 1, v(b.define(n)), at);
      else b.emit('Store64', 0, v(b.use(right, 'tagged')), at);
      return;
    }
    case 'load-this':
      b.emit('Load64', 1, v(b.define(n)), frameAt(Frame.thisSlot * SLOT));
      return;
    case 'check-hole':
      b.guard('BrTag', 0, 'throw', fs, imm(Cond.Eq), v(b.use(a, 'tagged')), imm(Tag.Hole));
      return;
    case 'gc-poll': {
      const t = b.load32(heapAt(Globals.gcRequested));
      b.guard('BrCmp32I', 0, 'gc-safepoint', fs, imm(Cond.Ne), v(t), imm(0));
      return;
    }
    case 'deopt':
      b.deopt(n.aux as DeoptReason, fs!);
      return;
    default:
      throw new Error(`lowerFrame: ${n.op}`);
  }
}
