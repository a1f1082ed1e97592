// The interpreter's arithmetic and comparisons off their int32/double fast paths: the
// generic semantics (strings, objects converted through their own valueOf/toString, mixed
// kinds), recording what the site saw as feedback for the JIT.

import { Op } from '../bytecode/opcodes';
import { FeedbackBits } from '../profile/feedback';
import type { Heap } from '../runtime/heap';
import { Globals, Kind, Tag } from '../runtime/layout';
import type { Runtime } from '../runtime/runtime';
import { writeNumber, type ValueConverter } from '../runtime/values';
import { isNum, num, setTagged, type VmStackTop } from './frame-words';
import { genericBinary, genericCompare, genericUnary, identityCompare } from './generic-ops';

export class SlowArithmetic {
  private readonly u32: Uint32Array;
  private readonly i32: Int32Array;
  private readonly f64: Float64Array;
  private readonly u8: Uint8Array;

  constructor(
    private readonly heap: Heap,
    private readonly converter: ValueConverter,
    private readonly rt: Runtime,
    private readonly stack: VmStackTop,
  ) {
    this.u32 = heap.u32;
    this.i32 = heap.i32;
    this.f64 = heap.f64;
    this.u8 = heap.u8;
  }

  /** Unary arithmetic off the int32 fast path; records feedback at byte `site`. */
  unary(op: number, d: number, a: number, site: number): void {
    const { u32, i32, f64 } = this;
    const ha = u32[a + 1];
    if (isNum(ha)) {
      writeNumber(this.heap, d, genericUnary(op, num(i32, f64, a, ha)) as number);
      const intResult = u32[d + 1] === Tag.Int32;
      this.u8[site] |= ha === Tag.Int32 && intResult ? FeedbackBits.Int32 : FeedbackBits.Number;
    } else {
      this.converter.write(d, genericUnary(op, this.converter.read(a)));
      this.u8[site] |= FeedbackBits.Other;
    }
  }

  /** Comparison off the int32 fast path; records feedback at byte `site`. */
  compare(op: number, d: number, a: number, b: number, site: number): void {
    const { u32, i32, f64 } = this;
    const ha = u32[a + 1];
    const hb = u32[b + 1];
    let r: boolean;
    if (isNum(ha) && isNum(hb)) {
      r = genericCompare(op, num(i32, f64, a, ha), num(i32, f64, b, hb));
      this.u8[site] |= ha === Tag.Int32 && hb === Tag.Int32 ? FeedbackBits.Int32 : FeedbackBits.Number;
    } else {
      const conv = this.converter;
      r = identityCompare(this.heap, op, ha, u32[a], hb, u32[b]) ?? genericCompare(op, conv.read(a), conv.read(b));
      this.u8[site] |= FeedbackBits.Other;
    }
    setTagged(u32, d, Tag.Bool, r ? 1 : 0);
  }

  /** Arithmetic off the fast paths; `top` is the end of the running frame, above which an
   *  object operand's valueOf/toString gets its frame. */
  binary(op: number, d: number, a: number, b: number, top: number): void {
    const u32 = this.u32;
    if (this.isPlainObject(a) || this.isPlainObject(b)) {
      // Any arithmetic converts a plain object through its valueOf/toString first.
      const saved = this.stack.top;
      this.stack.top = top;
      const [ah, al] = this.rt.toPrimitive([u32[a + 1], u32[a]], 'default');
      const [bh, bl] = this.rt.toPrimitive([u32[b + 1], u32[b]], 'default');
      this.stack.top = saved;
      const t = Globals.runtimeArgs >> 2;
      setTagged(u32, t, ah, al);
      setTagged(u32, t + 2, bh, bl);
      return this.binary(op, d, t, t + 2, top);
    }
    if (op === Op.Add) {
      const s = this.rt.addStrings(u32[a + 1], u32[a], u32[b + 1], u32[b]);
      if (s !== 0) return setTagged(u32, d, Tag.Ptr, s);
    }
    const conv = this.converter;
    conv.write(d, genericBinary(op, conv.read(a), conv.read(b)));
  }

  private isPlainObject(w: number): boolean {
    return this.u32[w + 1] === Tag.Ptr && this.heap.kindOf(this.u32[w]) === Kind.Object;
  }
}
