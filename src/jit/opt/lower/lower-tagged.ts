// Lowering of operations on tagged words whose type the feedback does not pin down, and
// the runtime-call primitive every generic operation ends in: `===`, `<` and friends,
// ToBoolean, typeof, ToInt32 and s[i] decided inline for the values that decide them
// (strings compared unit by unit), the rest through the runtime. Part of the lowering stack: LirBuilder → RepresentationChanges → this →
// ObjectLowering (lower-objects.ts) → Lowering (lower.ts).

import { Op } from '../../../bytecode/opcodes';
import { Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import type { DeoptReason } from '../../deopt/reasons';
import { Cond } from '../../masm';
import type { Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import { heapAt, heapReg, imm, outAt, SLOT, v } from './lir-builder';
import { RepresentationChanges } from './representation-changes';

export abstract class TaggedLowering extends RepresentationChanges {
  protected define(n: Node): number {
    const d = this.newVreg(n.repr);
    this.nodeVreg.set(n, d);
    return d;
  }

  /** Guards that tagged node `a` is a heap object of `kind`; returns its offset (int32). */
  protected heapObjectOfKind(a: Node, kind: number, reason: DeoptReason, fs: Node['frameState']): number {
    const word = this.use(a, 'tagged');
    this.guard('BrTag', 0, reason, fs, imm(Cond.Ne), v(word), imm(Tag.Ptr));
    const obj = this.newVreg('int32');
    this.emit('Unbox32', 1, v(obj), v(word));
    const k = this.newVreg('int32');
    this.emit('Load32', 1, v(k), heapReg(obj, ObjectLayout.kindOffset));
    this.guard('BrCmp32I', 0, reason, fs, imm(Cond.Ne), v(k), imm(kind));
    return obj;
  }

  /** The heap pointer of tagged word `word` when it is a string; any other value jumps to
   *  `otherwise` (the branching twin of heapObjectOfKind's guards). */
  protected stringOrBranch(word: number, otherwise: number): number {
    this.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Ptr), imm(otherwise));
    const obj = this.newVreg('int32');
    this.emit('Unbox32', 1, v(obj), v(word));
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapReg(obj, ObjectLayout.kindOffset));
    this.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.String), imm(otherwise));
    return obj;
  }

  /** Stores the operands (tagged) in the outgoing area and calls the runtime. */
  protected runtimeCall(operation: RuntimeOperation, inputs: Node[], result?: number): void {
    const words = inputs.map((i) => this.use(i, 'tagged'));
    words.forEach((w, i) => this.emit('Store64', 0, v(w), outAt(SLOT * i)));
    this.maxOutSlots = Math.max(this.maxOutSlots, inputs.length);
    const site = this.opts.registerRuntimeSite({ operation, operandCount: inputs.length, operandOffset: -1, pc: this.pc });
    const d = result ?? this.newVreg('tagged');
    this.emit('CallRuntimeSite', 1, v(d), imm(site));
  }

  /** a === b on tagged words: equal words are equal values unless they are doubles (NaN);
   *  different words are different values unless both are numbers (an int32 and a double,
   *  +0 and -0) or both strings (same text in two objects): those go to the runtime. */
  protected lowerStrictEquals(n: Node): void {
    const [a, b] = n.inputs;
    const x = this.use(a, 'tagged');
    const y = this.use(b, 'tagged');
    const d = this.define(n);
    const same = this.newLabel();
    const xPtr = this.newLabel();
    const yes = this.newLabel();
    const no = this.newLabel();
    const slow = this.newLabel();
    const done = this.newLabel();
    this.emit('BrCmp64', 0, imm(Cond.Eq), v(x), v(y), imm(same));
    this.emit('BrTag', 0, imm(Cond.Eq), v(x), imm(Tag.Ptr), imm(xPtr));
    this.emit('BrTag', 0, imm(Cond.B), v(x), imm(Tag.MIN), imm(slow));
    // x is an int32 or a one-word value (boolean, undefined, null): only an int32 x can
    // equal a different word, a double y.
    this.emit('BrTag', 0, imm(Cond.Ne), v(x), imm(Tag.Int32), imm(no));
    this.emit('BrTag', 0, imm(Cond.B), v(y), imm(Tag.MIN), imm(slow));
    this.emit('Jump', 0, imm(no));
    // x is a heap object: only a string x can equal a different word, another string.
    this.label(xPtr);
    this.emit('BrTag', 0, imm(Cond.Ne), v(y), imm(Tag.Ptr), imm(no));
    const [sx, sy] = [x, y].map((word) => {
      const obj = this.newVreg('int32');
      this.emit('Unbox32', 1, v(obj), v(word));
      const kind = this.newVreg('int32');
      this.emit('Load32', 1, v(kind), heapReg(obj, ObjectLayout.kindOffset));
      this.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.String), imm(no));
      return obj;
    });
    this.compareStringUnits(sx, sy, yes, no);
    this.label(same);
    this.emit('BrTag', 0, imm(Cond.B), v(x), imm(Tag.MIN), imm(slow));
    this.label(yes);
    this.emit('MovGI', 1, v(d), imm(1), imm(0));
    this.emit('Jump', 0, imm(done));
    this.label(no);
    this.emit('MovGI', 1, v(d), imm(0), imm(0));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    const r = this.newVreg('tagged');
    this.runtimeCall({ kind: 'binary', op: Op.StrictEq }, [a, b], r);
    this.emit('Unbox32', 1, v(d), v(r));
    this.label(done);
  }

  /** a < b (<=, >, >=: the opcode in aux) on tagged words: two int32s compared as such,
   *  two strings by their code units (a proper prefix is smaller); anything else (numbers
   *  as doubles, conversions that may run code) through the runtime. */
  protected lowerCompareAny(n: Node): void {
    const op = n.aux as number;
    const [a, b] = n.inputs;
    const x = this.use(a, 'tagged');
    const y = this.use(b, 'tagged');
    const d = this.define(n);
    const slow = this.newLabel();
    const done = this.newLabel();
    const notInts = this.newLabel();
    this.emit('BrTag', 0, imm(Cond.Ne), v(x), imm(Tag.Int32), imm(notInts));
    this.emit('BrTag', 0, imm(Cond.Ne), v(y), imm(Tag.Int32), imm(slow));
    const [ix, iy] = [x, y].map((w) => {
      const r = this.newVreg('int32');
      this.emit('Unbox32', 1, v(r), v(w));
      return r;
    });
    const cond = op === Op.Lt ? Cond.Lt : op === Op.Le ? Cond.Le : op === Op.Gt ? Cond.Gt : Cond.Ge;
    this.emit('SetCmp32', 1, imm(cond), v(d), v(ix), v(iy));
    this.emit('Jump', 0, imm(done));
    this.label(notInts);
    const sx = this.stringOrBranch(x, slow);
    const sy = this.stringOrBranch(y, slow);
    const outcome = { less: this.newLabel(), equal: this.newLabel(), greater: this.newLabel() };
    this.compareStrings(sx, sy, outcome);
    const holds = {
      less: op === Op.Lt || op === Op.Le,
      equal: op === Op.Le || op === Op.Ge,
      greater: op === Op.Gt || op === Op.Ge,
    };
    for (const k of ['less', 'equal', 'greater'] as const) {
      this.label(outcome[k]);
      this.emit('MovGI', 1, v(d), imm(holds[k] ? 1 : 0), imm(0));
      this.emit('Jump', 0, imm(done));
    }
    this.label(slow);
    const r = this.newVreg('tagged');
    this.runtimeCall({ kind: 'binary', op }, [a, b], r);
    this.emit('Unbox32', 1, v(d), v(r));
    this.label(done);
  }

  /** Strings sx, sy (offsets) in code-unit order: goes to outcome.less, .equal or .greater. */
  private compareStrings(sx: number, sy: number, outcome: { less: number; equal: number; greater: number }): void {
    const lx = this.newVreg('int32');
    const ly = this.newVreg('int32');
    this.emit('Load32', 1, v(lx), heapReg(sx, ObjectLayout.lengthOffset));
    this.emit('Load32', 1, v(ly), heapReg(sy, ObjectLayout.lengthOffset));
    const i = this.newVreg('int32');
    this.emit('MovGI', 1, v(i), imm(0), imm(0));
    const loop = this.newLabel();
    const xEnded = this.newLabel();
    this.label(loop);
    this.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(lx), imm(xEnded));
    this.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(ly), imm(outcome.greater));
    const offset = this.newVreg('int32');
    this.emit('Shl32I', 1, v(offset), v(i), imm(1));
    const ax = this.newVreg('int32');
    const ay = this.newVreg('int32');
    this.emit('Add32', 1, v(ax), v(sx), v(offset));
    this.emit('Add32', 1, v(ay), v(sy), v(offset));
    const ux = this.newVreg('int32');
    const uy = this.newVreg('int32');
    this.emit('Load16', 1, v(ux), heapReg(ax, ObjectLayout.stringDataOffset));
    this.emit('Load16', 1, v(uy), heapReg(ay, ObjectLayout.stringDataOffset));
    this.emit('Add32I', 1, v(i), v(i), imm(1));
    this.emit('BrCmp32', 0, imm(Cond.Eq), v(ux), v(uy), imm(loop));
    this.emit('BrCmp32', 0, imm(Cond.B), v(ux), v(uy), imm(outcome.less));
    this.emit('Jump', 0, imm(outcome.greater));
    this.label(xEnded);
    this.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(ly), imm(outcome.equal));
    this.emit('Jump', 0, imm(outcome.less));
  }

  /** d = the one-unit string of code unit `unit` (below 256), from the runtime's table. */
  protected oneUnitString(unit: number, d: number): void {
    const table = this.newVreg('int32');
    this.emit('Load32', 1, v(table), heapAt(Globals.charStringTable));
    const entry = this.newVreg('int32');
    this.emit('Shl32I', 1, v(entry), v(unit), imm(2));
    this.emit('Add32', 1, v(entry), v(entry), v(table));
    const str = this.newVreg('int32');
    this.emit('Load32', 1, v(str), heapReg(entry, 0));
    this.emit('BoxTag', 1, v(d), v(str), imm(Tag.Ptr));
  }

  /** s[i] without guards: a string and an int32 index give the unit's string (undefined
   *  outside the string); anything else, or a unit above 255, is the runtime's GetKeyed. */
  protected lowerCharAtAny(n: Node): void {
    const [obj, key] = n.inputs;
    const o = this.use(obj, 'tagged');
    const k = this.use(key, 'tagged');
    const d = this.define(n);
    const slow = this.newLabel();
    const outside = this.newLabel();
    const done = this.newLabel();
    const str = this.stringOrBranch(o, slow);
    this.emit('BrTag', 0, imm(Cond.Ne), v(k), imm(Tag.Int32), imm(slow));
    const i = this.newVreg('int32');
    this.emit('Unbox32', 1, v(i), v(k));
    const length = this.newVreg('int32');
    this.emit('Load32', 1, v(length), heapReg(str, ObjectLayout.lengthOffset));
    this.emit('BrCmp32', 0, imm(Cond.Ae), v(i), v(length), imm(outside));
    const at = this.newVreg('int32');
    this.emit('Shl32I', 1, v(at), v(i), imm(1));
    this.emit('Add32', 1, v(at), v(at), v(str));
    const unit = this.newVreg('int32');
    this.emit('Load16', 1, v(unit), heapReg(at, ObjectLayout.stringDataOffset));
    this.emit('BrCmp32I', 0, imm(Cond.Ae), v(unit), imm(256), imm(slow));
    this.oneUnitString(unit, d);
    this.emit('Jump', 0, imm(done));
    this.label(outside);
    this.emit('MovGI', 1, v(d), imm(0), imm(Tag.Undefined));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    this.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
    this.label(done);
  }

  /** Two strings (offsets sx, sy): goes to `yes` when their code units are the same, else
   *  to `no`. */
  private compareStringUnits(sx: number, sy: number, yes: number, no: number): void {
    const length = this.newVreg('int32');
    const other = this.newVreg('int32');
    this.emit('Load32', 1, v(length), heapReg(sx, ObjectLayout.lengthOffset));
    this.emit('Load32', 1, v(other), heapReg(sy, ObjectLayout.lengthOffset));
    this.emit('BrCmp32', 0, imm(Cond.Ne), v(length), v(other), imm(no));
    // Walk both strings' units from the end: i counts down the byte offset.
    const i = this.newVreg('int32');
    this.emit('Add32', 1, v(i), v(length), v(length));
    const loop = this.newLabel();
    this.label(loop);
    this.emit('BrCmp32I', 0, imm(Cond.Eq), v(i), imm(0), imm(yes));
    this.emit('Sub32I', 1, v(i), v(i), imm(2));
    const ax = this.newVreg('int32');
    const ay = this.newVreg('int32');
    this.emit('Add32', 1, v(ax), v(sx), v(i));
    this.emit('Add32', 1, v(ay), v(sy), v(i));
    const ux = this.newVreg('int32');
    const uy = this.newVreg('int32');
    this.emit('Load16', 1, v(ux), heapReg(ax, ObjectLayout.stringDataOffset));
    this.emit('Load16', 1, v(uy), heapReg(ay, ObjectLayout.stringDataOffset));
    this.emit('BrCmp32', 0, imm(Cond.Eq), v(ux), v(uy), imm(loop));
    this.emit('Jump', 0, imm(no));
  }

  /** typeof of a tagged word, by its tag (and a heap object's kind), as one of the interned
   *  type-name strings in aux (TYPE_NAMES order: number, boolean, undefined, object, string,
   *  function); other internal tags answer 'undefined', as typeOfWord does. */
  protected lowerTypeOf(n: Node): void {
    const [number, boolean, undef, object, string, fn] = n.aux as [number, number][];
    const s = this.use(n.inputs[0], 'tagged');
    const d = this.define(n);
    const done = this.newLabel();
    const answer = (word: [number, number]) => {
      this.emit('MovGI', 1, v(d), imm(word[1]), imm(word[0]));
      this.emit('Jump', 0, imm(done));
    };
    const cases: [number, [number, number]][] = [[Tag.Int32, number], [Tag.Bool, boolean], [Tag.Null, object], [Tag.Ptr, object]];
    const labels = cases.map(() => this.newLabel());
    const isDouble = this.newLabel();
    this.emit('BrTag', 0, imm(Cond.B), v(s), imm(Tag.MIN), imm(isDouble));
    cases.forEach(([tag], i) => this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(tag), imm(labels[i])));
    answer(undef);
    this.label(isDouble);
    answer(number);
    cases.forEach(([tag, word], i) => {
      this.label(labels[i]);
      if (tag !== Tag.Ptr) return answer(word);
      const obj = this.newVreg('int32');
      this.emit('Unbox32', 1, v(obj), v(s));
      const kind = this.newVreg('int32');
      this.emit('Load32', 1, v(kind), heapReg(obj, ObjectLayout.kindOffset));
      const isString = this.newLabel();
      const isFunction = this.newLabel();
      this.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.String), imm(isString));
      this.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.Function), imm(isFunction));
      answer(object);
      this.label(isString);
      answer(string);
      this.label(isFunction);
      answer(fn);
    });
    this.label(done);
  }

  /** d = Math.max(x, y) (or Math.min) of doubles: NaN if either is NaN; of equal values
   *  a zero's sign is settled by adding them (max: +0 unless both are -0; min, negated
   *  around it: -0 if either is -0). */
  protected floatMinMax(max: boolean, x: number, y: number, d: number): void {
    const retX = this.newLabel();
    const retY = this.newLabel();
    const done = this.newLabel();
    this.emit('BrCmpF64', 0, imm(Cond.FNe), v(x), v(x), imm(retX));
    this.emit('BrCmpF64', 0, imm(Cond.FNe), v(y), v(y), imm(retY));
    this.emit('BrCmpF64', 0, imm(Cond.FGt), v(x), v(y), imm(max ? retX : retY));
    this.emit('BrCmpF64', 0, imm(Cond.FLt), v(x), v(y), imm(max ? retY : retX));
    const zero = this.newVreg('float64');
    this.emit('MovFI', 1, v(zero), imm(0), imm(0));
    this.emit('BrCmpF64', 0, imm(Cond.FNe), v(x), v(zero), imm(retX));
    if (max) {
      this.emit('AddF64', 1, v(d), v(x), v(y));
    } else {
      const nx = this.newVreg('float64');
      const ny = this.newVreg('float64');
      this.emit('NegF64', 1, v(nx), v(x));
      this.emit('NegF64', 1, v(ny), v(y));
      this.emit('AddF64', 1, v(nx), v(nx), v(ny));
      this.emit('NegF64', 1, v(d), v(nx));
    }
    this.emit('Jump', 0, imm(done));
    this.label(retX);
    this.emit('MovFF', 1, v(d), v(x));
    this.emit('Jump', 0, imm(done));
    this.label(retY);
    this.emit('MovFF', 1, v(d), v(y));
    this.label(done);
  }

  /** d = ToInt32(x) for double x: an exact int32 directly; NaN and the infinities give 0;
   *  anything else is truncated and reduced modulo 2^32 in doubles (every step exact), then
   *  read as a signed int32. */
  protected truncateToInt32(x: number, d: number): void {
    const done = this.newLabel();
    const wide = this.newLabel();
    const zero = this.newLabel();
    const t = this.newVreg('float64');
    this.emit('TruncF64', 1, v(t), v(x));
    this.emit('CvtF64I32', 1, v(d), v(t), imm(wide));
    this.emit('Jump', 0, imm(done));
    this.label(wide);
    const inf = this.newVreg('float64');
    this.emit('SubF64', 1, v(inf), v(t), v(t));
    this.emit('BrCmpF64', 0, imm(Cond.FNe), v(inf), v(inf), imm(zero));
    const scale = this.newVreg('float64');
    const q = this.newVreg('float64');
    this.emit('MovFI', 1, v(scale), imm(0), imm(0x3df00000)); // 2^-32
    this.emit('MulF64', 1, v(q), v(t), v(scale));
    this.emit('FloorF64', 1, v(q), v(q));
    const two32 = this.newVreg('float64');
    this.emit('MovFI', 1, v(two32), imm(0), imm(0x41f00000)); // 2^32
    this.emit('MulF64', 1, v(q), v(q), v(two32));
    const r = this.newVreg('float64');
    this.emit('SubF64', 1, v(r), v(t), v(q)); // t mod 2^32, in [0, 2^32)
    const two31 = this.newVreg('float64');
    this.emit('MovFI', 1, v(two31), imm(0), imm(0x41e00000)); // 2^31
    const low = this.newLabel();
    this.emit('BrCmpF64', 0, imm(Cond.FLt), v(r), v(two31), imm(low));
    this.emit('SubF64', 1, v(r), v(r), v(two32));
    this.label(low);
    this.emit('CvtF64I32', 1, v(d), v(r), imm(zero));
    this.emit('Jump', 0, imm(done));
    this.label(zero);
    this.emit('MovGI', 1, v(d), imm(0), imm(0));
    this.label(done);
  }

  /** ToBoolean of a tagged word: booleans, int32s, undefined, null and heap objects (a
   *  string by its length) inline; doubles through the runtime. */
  protected taggedToBoolean(a: Node, d: number): void {
    const s = this.use(a, 'tagged');
    const payload = this.newVreg('int32');
    this.emit('Unbox32', 1, v(payload), v(s));
    const intLike = this.newLabel();
    const yes = this.newLabel();
    const no = this.newLabel();
    const slow = this.newLabel();
    const done = this.newLabel();
    this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Bool), imm(intLike));
    this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Int32), imm(intLike));
    this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Undefined), imm(no));
    this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Null), imm(no));
    this.emit('BrTag', 0, imm(Cond.Ne), v(s), imm(Tag.Ptr), imm(slow));
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapReg(payload, ObjectLayout.kindOffset));
    this.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.String), imm(yes));
    const length = this.newVreg('int32');
    this.emit('Load32', 1, v(length), heapReg(payload, ObjectLayout.lengthOffset));
    this.emit('SetCmp32I', 1, imm(Cond.Ne), v(d), v(length), imm(0));
    this.emit('Jump', 0, imm(done));
    this.label(intLike);
    this.emit('SetCmp32I', 1, imm(Cond.Ne), v(d), v(payload), imm(0));
    this.emit('Jump', 0, imm(done));
    this.label(yes);
    this.emit('MovGI', 1, v(d), imm(1), imm(0));
    this.emit('Jump', 0, imm(done));
    this.label(no);
    this.emit('MovGI', 1, v(d), imm(0), imm(0));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    const r = this.newVreg('tagged');
    this.runtimeCall({ kind: 'to-boolean' }, [a], r);
    this.emit('Unbox32', 1, v(d), v(r));
    this.label(done);
  }
}
