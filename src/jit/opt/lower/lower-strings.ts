// Lowering of string reads: a code unit loaded behind string, int32 and bounds guards
// (s.charCodeAt(i), s.charAt(i), s[i]), s[i] without guards for any value (the runtime's
// GetKeyed past a string's end or for other receivers), the one-unit strings of the
// runtime's table, and the code-unit loops that compare two strings for === and <.
// A string value is a flat String or a Rope (layout.ts): code that reads units takes a
// flattened rope's flat String inline and has the runtime flatten a rope the first time;
// `a + b` of two strings whose lengths make a rope allocates the rope inline. An int32 beside
// a string in `+`, or in a template literal, becomes its decimal text inline too.

import { Op } from '../../../bytecode/opcodes';
import { Globals, Kind, MAX_STRING_LENGTH, ObjectLayout, ROPE_MIN_UNITS, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { DeoptReason } from '../../deopt/reasons';
import type { FrameState, Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import type { LirBuilder } from './lir-builder';
import { heapAt, heapReg, imm, v } from './lir-operands';
import { bumpAllocate } from './lower-objects';

/** string-char-code, string-char-at, string-char-at-any, string-substring-unit. */
export function lowerString(b: LirBuilder, n: Node): void {
  switch (n.op) {
    case 'string-char-code':
      loadCodeUnit(b, n, b.define(n));
      return;
    case 'string-char-at': {
      const unit = b.newVreg('int32');
      loadCodeUnit(b, n, unit);
      b.guard('BrCmp32I', 0, 'not-one-byte', n.frameState, imm(Cond.Ae), v(unit), imm(256));
      oneUnitString(b, unit, b.define(n));
      return;
    }
    case 'string-char-at-any':
      lowerCharAtAny(b, n);
      return;
    case 'string-slice':
      lowerSlice(b, n);
      return;
    case 'string-substring-unit': {
      // s.substring(i, i + 1) (a parser reading one character at a time): a code unit load
      // whose end must be the index after it; another end deopts, and the site goes generic.
      const unit = b.newVreg('int32');
      loadCodeUnit(b, n, unit);
      const start = b.use(n.inputs[1], 'int32', n.frameState);
      const end = b.use(n.inputs[2], 'int32', n.frameState);
      const next = b.newVreg('int32');
      b.emit('Add32I', 1, v(next), v(start), imm(1));
      b.guard('BrCmp32', 0, 'out-of-bounds', n.frameState, imm(Cond.Ne), v(end), v(next));
      b.guard('BrCmp32I', 0, 'not-one-byte', n.frameState, imm(Cond.Ae), v(unit), imm(256));
      oneUnitString(b, unit, b.define(n));
      return;
    }
    default:
      throw new Error(`lowerString: ${n.op}`);
  }
}

/** Code unit n.inputs[1] of string n.inputs[0] into vreg d: a string guard, an int32
 *  index, one unsigned bounds compare, a 16-bit load. */
function loadCodeUnit(b: LirBuilder, n: Node, d: number): void {
  const fs = n.frameState;
  const str = flatStringObject(b, n.inputs[0], 'not-a-string', fs);
  const i = b.use(n.inputs[1], 'int32', fs);
  const length = b.load32(heapReg(str, ObjectLayout.lengthOffset));
  b.guard('BrCmp32', 0, 'out-of-bounds', fs, imm(Cond.Ae), v(i), v(length));
  const at = b.shl32i(i, 1);
  b.emit('Add32', 1, v(at), v(at), v(str));
  b.emit('Load16', 1, v(d), heapReg(at, ObjectLayout.stringDataOffset));
}

/** The heap pointer of the flat String with the units of tagged word `word` when it is a
 *  string already flat (a String, or a Rope flattened before); any other value, an
 *  unflattened rope included, jumps to `otherwise` (the runtime's path). */
export function stringOrBranch(b: LirBuilder, word: number, otherwise: number): number {
  b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Ptr), imm(otherwise));
  const obj = b.unbox32(word);
  const flat = b.newVreg('int32');
  const done = b.newLabel();
  const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
  b.emit('MovGG', 1, v(flat), v(obj));
  branchOnStringKind(b, kind, done, otherwise);
  const secondTag = b.load32(heapReg(obj, ObjectLayout.ropeSecondOffset + 4));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(secondTag), imm(Tag.Ptr), imm(otherwise));
  b.emit('Load32', 1, v(flat), heapReg(obj, ObjectLayout.ropeFirstOffset));
  b.label(done);
  return flat;
}

/** On a heap object's kind word: a flat String goes to `string`, anything but a Rope to
 *  `other`; a Rope falls through. */
function branchOnStringKind(b: LirBuilder, kind: number, string: number, other: number): void {
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.String), imm(string));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.Rope), imm(other));
}

/** Guards that tagged node `a` is a string (a flat String or a Rope: both keep the length
 *  at +4); returns its offset. For reads of the length only. */
export function stringObject(b: LirBuilder, a: Node, reason: DeoptReason, fs: FrameState | undefined): number {
  const done = b.newLabel();
  const obj = guardStringKinds(b, a, reason, fs, done);
  b.label(done);
  return obj;
}

/** Guards that tagged node `a` is a flat String (which jumps to `flat`) or a Rope (which
 *  falls through); anything else deopts. Returns the object's offset. */
function guardStringKinds(b: LirBuilder, a: Node, reason: DeoptReason, fs: FrameState | undefined, flat: number): number {
  const word = b.use(a, 'tagged');
  b.guard('BrTag', 0, reason, fs, imm(Cond.Ne), v(word), imm(Tag.Ptr));
  const obj = b.unbox32(word);
  const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.String), imm(flat));
  b.guard('BrCmp32I', 0, reason, fs, imm(Cond.Ne), v(kind), imm(Kind.Rope));
  return obj;
}

/** Guards that tagged node `a` is a string; returns the offset of the flat String with its
 *  units: the string itself, a flattened rope's String, or (once per rope) the runtime's
 *  flattening. A rope is never a deopt: a loop over a string built by `+=` stays compiled. */
export function flatStringObject(b: LirBuilder, a: Node, reason: DeoptReason, fs: FrameState | undefined): number {
  const flat = b.newVreg('int32');
  const isString = b.newLabel();
  const done = b.newLabel();
  const flatRope = b.newLabel();
  const obj = guardStringKinds(b, a, reason, fs, isString);
  const secondTag = b.load32(heapReg(obj, ObjectLayout.ropeSecondOffset + 4));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(secondTag), imm(Tag.Ptr), imm(flatRope));
  const flattened = b.newVreg('tagged');
  b.runtimeCall({ kind: 'flatten-string' }, [a], flattened);
  b.emit('Unbox32', 1, v(flat), v(flattened));
  b.emit('Jump', 0, imm(done));
  b.label(flatRope);
  b.emit('Load32', 1, v(flat), heapReg(obj, ObjectLayout.ropeFirstOffset));
  b.emit('Jump', 0, imm(done));
  b.label(isString);
  b.emit('MovGG', 1, v(flat), v(obj));
  b.label(done);
  return flat;
}

/** s.slice(start[, end]) of a string with int32 bounds (a negative one counts from the end;
 *  both clamped to the length): '' for an empty range, the string itself for all of it,
 *  the one-unit table's string, else a new flat String with the units copied, 32 bits at a
 *  time and the odd last unit alone (never reading past the source's units), bump-allocated
 *  or, when the LAB is full, allocated by the runtime. */
function lowerSlice(b: LirBuilder, n: Node): void {
  const fs = n.frameState!;
  const { empty } = n.aux as { empty: [hi: number, lo: number] };
  const [s, startNode, endNode] = n.inputs;
  const obj = flatStringObject(b, s, 'not-a-string', fs);
  const length = b.load32(heapReg(obj, ObjectLayout.lengthOffset));
  const from = clampSliceIndex(b, b.use(startNode, 'int32', fs), length);
  const to = endNode ? clampSliceIndex(b, b.use(endNode, 'int32', fs), length) : b.add32i(length, 0);
  const d = b.define(n);
  const done = b.newLabel();
  const count = b.newVreg('int32');
  b.emit('Sub32', 1, v(count), v(to), v(from));
  const some = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Gt), v(count), imm(0), imm(some));
  b.emit('MovGI', 1, v(d), imm(empty[1]), imm(empty[0]));
  b.emit('Jump', 0, imm(done));
  b.label(some);
  const part = b.newLabel();
  b.emit('BrCmp32', 0, imm(Cond.Ne), v(count), v(length), imm(part));
  b.emit('MovGG', 1, v(d), v(b.use(s, 'tagged')));
  b.emit('Jump', 0, imm(done));
  b.label(part);
  const source = b.shl32i(from, 1);
  b.emit('Add32', 1, v(source), v(source), v(obj));
  const copy = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(count), imm(1), imm(copy));
  const unit = b.load16(heapReg(source, ObjectLayout.stringDataOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ae), v(unit), imm(256), imm(copy));
  oneUnitString(b, unit, d);
  b.emit('Jump', 0, imm(done));
  b.label(copy);
  const full = b.newLabel();
  const str = b.newVreg('int32');
  b.emit('MovGG', 1, v(str), v(bumpAllocateString(b, count, full)));
  const allocated = b.newLabel();
  b.emit('Jump', 0, imm(allocated));
  // A full LAB: the runtime allocates the String (it never collects, so `source` stays valid).
  b.label(full);
  const countWord = b.newVreg('tagged');
  b.emit('BoxTag', 1, v(countWord), v(count), imm(Tag.Int32));
  const fresh = b.newVreg('tagged');
  b.runtimeCallOnWords({ kind: 'alloc-string' }, [countWord], fresh);
  b.emit('Unbox32', 1, v(str), v(fresh));
  b.label(allocated);
  const pairBytes = b.shl32i(count, 1);
  b.emit('And32I', 1, v(pairBytes), v(pairBytes), imm(~3));
  copyUnitPairs(b, source, pairBytes, str);
  const even = b.newLabel();
  const oddBit = b.newVreg('int32');
  b.emit('And32I', 1, v(oddBit), v(count), imm(1));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(oddBit), imm(0), imm(even));
  const lastFrom = b.add32(source, pairBytes);
  const lastTo = b.add32(str, pairBytes);
  b.emit('Store16', 0, v(b.load16(heapReg(lastFrom, ObjectLayout.stringDataOffset))), heapReg(lastTo, ObjectLayout.stringDataOffset));
  b.label(even);
  b.emit('BoxTag', 1, v(d), v(str), imm(Tag.Ptr));
  b.label(done);
}

/** A slice bound: a negative index counts from the end; the result is within [0, length]. */
function clampSliceIndex(b: LirBuilder, index: number, length: number): number {
  const r = b.newVreg('int32');
  const done = b.newLabel();
  const negative = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Lt), v(index), imm(0), imm(negative));
  b.emit('MovGG', 1, v(r), v(index));
  b.emit('BrCmp32', 0, imm(Cond.Le), v(r), v(length), imm(done));
  b.emit('MovGG', 1, v(r), v(length));
  b.emit('Jump', 0, imm(done));
  b.label(negative);
  b.emit('Add32', 1, v(r), v(index), v(length));
  b.emit('BrCmp32I', 0, imm(Cond.Ge), v(r), imm(0), imm(done));
  b.emit('MovGI', 1, v(r), imm(0), imm(0));
  b.label(done);
  return r;
}

/** `a + b` with no speculation (a runtime binary Add) of two strings, inline: an empty side
 *  gives the other side; otherwise a result of ROPE_MIN_UNITS or more (up to
 *  MAX_STRING_LENGTH) is a rope, a shorter one a flat string with both sides' units copied
 *  in (both sides are then flat: a rope is never that short). So `s += piece` and `'<' + tag + '>'` in compiled code make no runtime call;
 *  anything else (numbers, conversions, a full LAB) is the runtime's Add. */
export function lowerAddAny(b: LirBuilder, n: Node): void {
  const [a, right] = n.inputs;
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  // An int32 beside a string is its decimal text (`'v' + i`): x is converted only when y is
  // a string (1 + 2 is no concatenation), y when x was not converted (x is then checked).
  const x = int32AsString(b, b.use(a, 'tagged'), b.use(right, 'tagged'), slow);
  const y = int32AsString(b, b.use(right, 'tagged'), undefined, slow);
  const objects: number[] = [];
  const [lx, ly] = [x, y].map((word) => {
    b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Ptr), imm(slow));
    const obj = b.unbox32(word);
    objects.push(obj);
    const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
    const string = b.newLabel();
    branchOnStringKind(b, kind, string, slow);
    b.label(string);
    return b.load32(heapReg(obj, ObjectLayout.lengthOffset));
  });
  // '' + s is s itself (and s + '' too): `out += text.slice(start, end)` on an empty `out`.
  const onlyX = b.newLabel();
  const onlyY = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(lx), imm(0), imm(onlyY));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(ly), imm(0), imm(onlyX));
  const total = b.add32(lx, ly);
  const flat = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.B), v(total), imm(ROPE_MIN_UNITS), imm(flat));
  b.emit('BrCmp32I', 0, imm(Cond.A), v(total), imm(MAX_STRING_LENGTH), imm(slow));
  const { top } = bumpAllocate(b, ObjectLayout.ropeBytes, slow);
  b.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Rope));
  b.emit('Store32', 0, v(total), heapReg(top, ObjectLayout.lengthOffset));
  b.emit('Store64', 0, v(x), heapReg(top, ObjectLayout.ropeFirstOffset));
  b.emit('Store64', 0, v(y), heapReg(top, ObjectLayout.ropeSecondOffset));
  b.emit('BoxTag', 1, v(d), v(top), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(flat);
  const str = bumpAllocateString(b, total, slow);
  // x two units at a time: an odd count moves one unit too many, read from x's padding and
  // written where y's first unit then goes.
  copyUnitPairs(b, objects[0], b.shl32i(lx, 1), str);
  const second = b.shl32i(lx, 1);
  b.emit('Add32', 1, v(second), v(second), v(str));
  // y's pairs only (a move past the end could reach the next object), then its odd last unit
  // merged into the result's last 32 bits.
  const pairBytes = b.shl32i(ly, 1);
  b.emit('And32I', 1, v(pairBytes), v(pairBytes), imm(~3));
  copyUnitPairs(b, objects[1], pairBytes, second);
  const even = b.newLabel();
  const odd = b.newLabel();
  const oddBit = b.newVreg('int32');
  b.emit('And32I', 1, v(oddBit), v(ly), imm(1));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(oddBit), imm(0), imm(odd));
  b.emit('Jump', 0, imm(even));
  b.label(odd);
  const lastAt = b.add32(objects[1], pairBytes);
  const last = b.load16(heapReg(lastAt, ObjectLayout.stringDataOffset));
  const tailAt = b.shl32i(total, 1);
  b.emit('Add32', 1, v(tailAt), v(tailAt), v(str));
  const tail = b.load32(heapReg(tailAt, ObjectLayout.stringDataOffset - 4));
  b.emit('And32I', 1, v(tail), v(tail), imm(0xffff));
  const high = b.shl32i(last, 16);
  b.emit('Or32', 1, v(tail), v(tail), v(high));
  b.emit('Store32', 0, v(tail), heapReg(tailAt, ObjectLayout.stringDataOffset - 4));
  b.label(even);
  b.emit('BoxTag', 1, v(d), v(str), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(onlyX);
  b.emit('MovGG', 1, v(d), v(x));
  b.emit('Jump', 0, imm(done));
  b.label(onlyY);
  b.emit('MovGG', 1, v(d), v(y));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall({ kind: 'binary', op: Op.Add }, n.inputs, d);
  b.label(done);
}

/** ToString (a template literal's substitution) or String(x) with no speculation: a string
 *  is itself, an int32 its decimal text made inline; anything else is `operation` in the
 *  runtime (String(symbol) describes it where ToString throws). */
export function lowerToStringAny(b: LirBuilder, n: Node, operation: RuntimeOperation): void {
  const word = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  const isInt = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(isInt));
  b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Ptr), imm(slow));
  const kind = b.load32(heapReg(b.unbox32(word), ObjectLayout.kindOffset));
  const string = b.newLabel();
  branchOnStringKind(b, kind, string, slow);
  b.label(string);
  b.emit('MovGG', 1, v(d), v(word));
  b.emit('Jump', 0, imm(done));
  b.label(isInt);
  const str = int32ToString(b, b.unbox32(word), slow);
  b.emit('BoxTag', 1, v(d), v(str), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(operation, n.inputs, d);
  b.label(done);
}

/** String.fromCharCode(c) with no speculation, for an int32 c: a unit (its low 16 bits) below
 *  256 is the runtime's one-unit string, loaded inline, a wider one a new one-unit String;
 *  anything else (conversions, a full LAB) is the runtime's call. */
export function lowerFromCharCode(b: LirBuilder, n: Node): void {
  const word = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Int32), imm(slow));
  const unit = b.newVreg('int32');
  b.emit('And32I', 1, v(unit), v(b.unbox32(word)), imm(0xffff));
  const wide = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Ae), v(unit), imm(256), imm(wide));
  oneUnitString(b, unit, d);
  b.emit('Jump', 0, imm(done));
  b.label(wide);
  const str = bumpAllocate(b, ObjectLayout.stringDataOffset + 8, slow).top;
  b.emit('Store32I', 0, heapReg(str, ObjectLayout.kindOffset), imm(Kind.String));
  b.emit('Store32I', 0, heapReg(str, ObjectLayout.lengthOffset), imm(1));
  b.emit('Store16', 0, v(unit), heapReg(str, ObjectLayout.stringDataOffset));
  b.emit('BoxTag', 1, v(d), v(str), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  const { id } = n.aux as { id: number };
  b.runtimeCall({ kind: 'builtin', id }, n.inputs, d);
  b.label(done);
}

/** `word` itself, or for an int32 word its decimal text as a new flat String (when
 *  `stringBeside` is given, only if that word is a string; otherwise `slow`). */
function int32AsString(b: LirBuilder, word: number, stringBeside: number | undefined, slow: number): number {
  const result = b.newVreg('tagged');
  const isInt = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(isInt));
  b.emit('MovGG', 1, v(result), v(word));
  b.emit('Jump', 0, imm(done));
  b.label(isInt);
  if (stringBeside !== undefined) {
    b.emit('BrTag', 0, imm(Cond.Ne), v(stringBeside), imm(Tag.Ptr), imm(slow));
    const kind = b.load32(heapReg(b.unbox32(stringBeside), ObjectLayout.kindOffset));
    const string = b.newLabel();
    branchOnStringKind(b, kind, string, slow);
    b.label(string);
  }
  const str = int32ToString(b, b.unbox32(word), slow);
  b.emit('BoxTag', 1, v(result), v(str), imm(Tag.Ptr));
  b.label(done);
  return result;
}

/** A new flat String holding int32 n in decimal (as Number.prototype.toString prints it),
 *  bump-allocated; its heap offset. INT32_MIN (whose magnitude has no int32) and a full LAB
 *  go to `slow`. Digits are written last to first: d = m % 10, and m - d, even and a
 *  multiple of 5, is divided exactly by a shift and a multiplication by 5's inverse mod 2^32. */
function int32ToString(b: LirBuilder, n: number, slow: number): number {
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(n), imm(-0x80000000), imm(slow));
  const negative = b.newVreg('int32');
  b.emit('Shr32I', 1, v(negative), v(n), imm(31));
  const sign = b.newVreg('int32');
  b.emit('Sar32I', 1, v(sign), v(n), imm(31));
  const m = b.newVreg('int32');
  b.emit('Xor32', 1, v(m), v(n), v(sign));
  b.emit('Sub32', 1, v(m), v(m), v(sign));
  const length = b.add32i(negative, 1);
  for (let power = 10; power <= 1e9; power *= 10) {
    const more = b.newVreg('int32');
    b.emit('SetCmp32I', 1, imm(Cond.Ge), v(more), v(m), imm(power));
    b.emit('Add32', 1, v(length), v(length), v(more));
  }
  const str = bumpAllocateString(b, length, slow);
  const at = b.shl32i(length, 1);
  b.emit('Add32', 1, v(at), v(at), v(str));
  const loop = b.newLabel();
  b.label(loop);
  const digit = b.newVreg('int32');
  b.emit('Mod32', 1, v(digit), v(m), v(b.int32(10)));
  b.emit('Sub32', 1, v(m), v(m), v(digit));
  b.emit('Shr32I', 1, v(m), v(m), imm(1));
  b.emit('Mul32I', 1, v(m), v(m), imm(0xcccccccd | 0));
  b.emit('Add32I', 1, v(digit), v(digit), imm(0x30));
  b.emit('Sub32I', 1, v(at), v(at), imm(2));
  b.emit('Store16', 0, v(digit), heapReg(at, ObjectLayout.stringDataOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(m), imm(0), imm(loop));
  const positive = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(negative), imm(0), imm(positive));
  b.emit('Store16', 0, v(b.int32(0x2d)), heapReg(str, ObjectLayout.stringDataOffset));
  b.label(positive);
  return str;
}

/** A new flat String of `units` (a vreg) code units, its header written and its units not:
 *  8 header bytes and the units, the object rounded up to 8 bytes as the heap sizes it
 *  (heap.ts objectBytes); a full LAB jumps to `full`. Its offset. */
function bumpAllocateString(b: LirBuilder, units: number, full: number): number {
  const dataBytes = b.shl32i(units, 1);
  b.emit('Add32I', 1, v(dataBytes), v(dataBytes), imm(7));
  b.emit('And32I', 1, v(dataBytes), v(dataBytes), imm(~7));
  const str = bumpAllocate(b, ObjectLayout.stringDataOffset, full, dataBytes).top;
  b.emit('Store32I', 0, heapReg(str, ObjectLayout.kindOffset), imm(Kind.String));
  b.emit('Store32', 0, v(units), heapReg(str, ObjectLayout.lengthOffset));
  return str;
}

/** Copies the units in the first `bytes` bytes (rounded up to 4) of flat string `from` to the
 *  units of the string whose header would be at `to` (units at to + 8), 32 bits per move. */
function copyUnitPairs(b: LirBuilder, from: number, bytes: number, to: number): void {
  const offset = b.int32(0);
  const end = bytes;
  const loop = b.newLabel();
  const out = b.newLabel();
  b.label(loop);
  b.emit('BrCmp32', 0, imm(Cond.Ge), v(offset), v(end), imm(out));
  const source = b.add32(from, offset);
  const pair = b.load32(heapReg(source, ObjectLayout.stringDataOffset));
  const target = b.add32(to, offset);
  b.emit('Store32', 0, v(pair), heapReg(target, ObjectLayout.stringDataOffset));
  b.emit('Add32I', 1, v(offset), v(offset), imm(4));
  b.emit('Jump', 0, imm(loop));
  b.label(out);
}

/** d = the one-unit string of code unit `unit` (below 256), from the runtime's table. */
export function oneUnitString(b: LirBuilder, unit: number, d: number): void {
  const table = b.load32(heapAt(Globals.charStringTable));
  const entry = b.shl32i(unit, 2);
  b.emit('Add32', 1, v(entry), v(entry), v(table));
  const str = b.load32(heapReg(entry, 0));
  b.emit('BoxTag', 1, v(d), v(str), imm(Tag.Ptr));
}

/** s[i] without guards: a string and an int32 index give the unit's string (undefined
 *  outside the string); anything else, or a unit above 255, is the runtime's GetKeyed. */
function lowerCharAtAny(b: LirBuilder, n: Node): void {
  const [obj, key] = n.inputs;
  const o = b.use(obj, 'tagged');
  const k = b.use(key, 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const outside = b.newLabel();
  const done = b.newLabel();
  const str = stringOrBranch(b, o, slow);
  b.emit('BrTag', 0, imm(Cond.Ne), v(k), imm(Tag.Int32), imm(slow));
  const i = b.unbox32(k);
  const length = b.load32(heapReg(str, ObjectLayout.lengthOffset));
  b.emit('BrCmp32', 0, imm(Cond.Ae), v(i), v(length), imm(outside));
  const at = b.shl32i(i, 1);
  b.emit('Add32', 1, v(at), v(at), v(str));
  const unit = b.load16(heapReg(at, ObjectLayout.stringDataOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ae), v(unit), imm(256), imm(slow));
  oneUnitString(b, unit, d);
  b.emit('Jump', 0, imm(done));
  b.label(outside);
  b.emit('MovGI', 1, v(d), imm(0), imm(Tag.Undefined));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** Strings sx, sy (offsets) in code-unit order: goes to outcome.less, .equal or .greater. */
export function compareStrings(b: LirBuilder, sx: number, sy: number, outcome: { less: number; equal: number; greater: number }): void {
  const lx = b.load32(heapReg(sx, ObjectLayout.lengthOffset));
  const ly = b.load32(heapReg(sy, ObjectLayout.lengthOffset));
  const i = b.int32(0);
  const loop = b.newLabel();
  const xEnded = b.newLabel();
  b.label(loop);
  b.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(lx), imm(xEnded));
  b.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(ly), imm(outcome.greater));
  const offset = b.shl32i(i, 1);
  const ax = b.add32(sx, offset);
  const ay = b.add32(sy, offset);
  const ux = b.load16(heapReg(ax, ObjectLayout.stringDataOffset));
  const uy = b.load16(heapReg(ay, ObjectLayout.stringDataOffset));
  b.emit('Add32I', 1, v(i), v(i), imm(1));
  b.emit('BrCmp32', 0, imm(Cond.Eq), v(ux), v(uy), imm(loop));
  b.emit('BrCmp32', 0, imm(Cond.B), v(ux), v(uy), imm(outcome.less));
  b.emit('Jump', 0, imm(outcome.greater));
  b.label(xEnded);
  b.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(ly), imm(outcome.equal));
  b.emit('Jump', 0, imm(outcome.less));
}

/** Two strings (offsets sx, sy): goes to `yes` when their code units are the same, else
 *  to `no`. */
export function compareStringUnits(b: LirBuilder, sx: number, sy: number, yes: number, no: number): void {
  const length = b.load32(heapReg(sx, ObjectLayout.lengthOffset));
  const other = b.load32(heapReg(sy, ObjectLayout.lengthOffset));
  b.emit('BrCmp32', 0, imm(Cond.Ne), v(length), v(other), imm(no));
  // Walk both strings' units from the end: i counts down the byte offset.
  const i = b.add32(length, length);
  const loop = b.newLabel();
  b.label(loop);
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(i), imm(0), imm(yes));
  b.emit('Sub32I', 1, v(i), v(i), imm(2));
  const ax = b.add32(sx, i);
  const ay = b.add32(sy, i);
  const ux = b.load16(heapReg(ax, ObjectLayout.stringDataOffset));
  const uy = b.load16(heapReg(ay, ObjectLayout.stringDataOffset));
  b.emit('BrCmp32', 0, imm(Cond.Eq), v(ux), v(uy), imm(loop));
  b.emit('Jump', 0, imm(no));
}

