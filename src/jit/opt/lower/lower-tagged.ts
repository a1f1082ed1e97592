// Lowering of operations on tagged words whose type the feedback does not pin down: `===`,
// `<` and friends, ToBoolean, `!`, nullish tests and typeof, decided inline for the values
// that decide them (strings compared unit by unit, lower-strings.ts), the rest through the
// runtime.

import { Op } from '../../../bytecode/opcodes';
import { Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { Node } from '../ir/ir';
import type { LirBuilder } from './lir-builder';
import { heapReg, imm, v } from './lir-operands';
import { compareStrings, compareStringUnits, stringOrBranch } from './lower-strings';

/** tagged.stricteq, strict-equals, compare-any, bool.not, to-boolean, is-nullish, is-exception, typeof. */
export function lowerTagged(b: LirBuilder, n: Node): void {
  const [a, right] = n.inputs;
  switch (n.op) {
    case 'tagged.stricteq':
      b.emit('SetCmp64', 1, imm(Cond.Eq), v(b.define(n)), v(b.use(a, 'tagged')), v(b.use(right, 'tagged')));
      return;
    case 'strict-equals':
      lowerStrictEquals(b, n);
      return;
    case 'compare-any':
      lowerCompareAny(b, n);
      return;
    case 'bool.not':
      b.emit('Xor32I', 1, v(b.define(n)), v(b.use(a, 'bool')), imm(1));
      return;
    case 'to-boolean':
      toBoolean(b, n, a);
      return;
    case 'is-nullish':
      return setIfTagIs(b, n, a, [Tag.Undefined, Tag.Null]);
    case 'is-exception':
      return setIfTagIs(b, n, a, [Tag.Exception]);
    case 'is-object': {
      // Ptr, and the kind is Function (3), Object (4) or Array (5).
      const s = b.use(a, 'tagged');
      const d = b.define(n);
      const no = b.newLabel();
      const done = b.newLabel();
      b.emit('BrTag', 0, imm(Cond.Ne), v(s), imm(Tag.Ptr), imm(no));
      const kind = b.load32(heapReg(b.unbox32(s), ObjectLayout.kindOffset));
      const offset = b.newVreg('int32');
      b.emit('Sub32I', 1, v(offset), v(kind), imm(Kind.Function));
      b.emit('SetCmp32I', 1, imm(Cond.B), v(d), v(offset), imm(3));
      b.emit('Jump', 0, imm(done));
      b.label(no);
      b.emit('MovGI', 1, v(d), imm(0), imm(0));
      b.label(done);
      return;
    }
    case 'typeof':
      lowerTypeOf(b, n);
      return;
    default:
      throw new Error(`lowerTagged: ${n.op}`);
  }
}

function toBoolean(b: LirBuilder, n: Node, a: Node): void {
  if (a.repr === 'tagged') {
    taggedToBoolean(b, a, b.define(n));
    return;
  }
  const d = b.define(n);
  if (a.repr === 'int32' || a.repr === 'bool') {
    b.emit('SetCmp32I', 1, imm(Cond.Ne), v(d), v(b.use(a, a.repr)), imm(0));
    return;
  }
  // A double is truthy unless it is ±0 or NaN.
  const x = b.use(a, 'float64');
  const zero = b.newVreg('float64');
  const isZero = b.newVreg('bool');
  const ordered = b.newVreg('bool');
  b.emit('MovFI', 1, v(zero), imm(0), imm(0));
  b.emit('SetCmpF64', 1, imm(Cond.FEq), v(isZero), v(x), v(zero));
  b.emit('SetCmpF64', 1, imm(Cond.FEq), v(ordered), v(x), v(x));
  b.emit('Xor32I', 1, v(isZero), v(isZero), imm(1));
  b.emit('And32', 1, v(d), v(isZero), v(ordered));
}

/** Node n (bool) = tagged input a has one of `tags`. */
function setIfTagIs(b: LirBuilder, n: Node, a: Node, tags: readonly number[]): void {
  const s = b.use(a, 'tagged');
  const d = b.define(n);
  const yes = b.newLabel();
  const done = b.newLabel();
  for (const tag of tags) b.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(tag), imm(yes));
  b.emit('MovGI', 1, v(d), imm(0), imm(0));
  b.emit('Jump', 0, imm(done));
  b.label(yes);
  b.emit('MovGI', 1, v(d), imm(1), imm(0));
  b.label(done);
}

/** ToBoolean of a tagged word: booleans, int32s, undefined, null and heap objects (a
 *  string by its length) inline; doubles through the runtime. */
function taggedToBoolean(b: LirBuilder, a: Node, d: number): void {
  const s = b.use(a, 'tagged');
  const payload = b.unbox32(s);
  const intLike = b.newLabel();
  const yes = b.newLabel();
  const no = b.newLabel();
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Bool), imm(intLike));
  b.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Int32), imm(intLike));
  b.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Undefined), imm(no));
  b.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Null), imm(no));
  b.emit('BrTag', 0, imm(Cond.Ne), v(s), imm(Tag.Ptr), imm(slow));
  const kind = b.load32(heapReg(payload, ObjectLayout.kindOffset));
  const counted = b.newLabel();
  // A string is truthy unless empty, a BigInt unless 0n (no digits): both counts at +4. A
  // rope is never empty: truthy like any object.
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.BigInt), imm(counted));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.String), imm(yes));
  b.label(counted);
  const length = b.load32(heapReg(payload, ObjectLayout.lengthOffset));
  b.emit('SetCmp32I', 1, imm(Cond.Ne), v(d), v(length), imm(0));
  b.emit('Jump', 0, imm(done));
  b.label(intLike);
  b.emit('SetCmp32I', 1, imm(Cond.Ne), v(d), v(payload), imm(0));
  b.emit('Jump', 0, imm(done));
  b.boolOutcomes(d, { yes, no, slow, done }, { kind: 'to-boolean' }, [a]);
}

/** a === right on tagged words: equal words are equal values unless they are doubles (NaN);
 *  different words are different values unless both are numbers (an int32 and a double,
 *  +0 and -0: the runtime's) or both strings (compared by their units inline; a rope goes
 *  to the runtime). */
function lowerStrictEquals(b: LirBuilder, n: Node): void {
  const [a, right] = n.inputs;
  const x = b.use(a, 'tagged');
  const y = b.use(right, 'tagged');
  const d = b.define(n);
  const same = b.newLabel();
  const xPtr = b.newLabel();
  const yes = b.newLabel();
  const no = b.newLabel();
  const slow = b.newLabel();
  const done = b.newLabel();
  const xDouble = b.newLabel();
  b.emit('BrCmp64', 0, imm(Cond.Eq), v(x), v(y), imm(same));
  b.emit('BrTag', 0, imm(Cond.Eq), v(x), imm(Tag.Ptr), imm(xPtr));
  b.emit('BrTag', 0, imm(Cond.B), v(x), imm(Tag.MIN), imm(xDouble));
  // x is an int32 or a one-word value (boolean, undefined, null): only an int32 x can
  // equal a different word, a double y.
  b.emit('BrTag', 0, imm(Cond.Ne), v(x), imm(Tag.Int32), imm(no));
  b.emit('BrTag', 0, imm(Cond.B), v(y), imm(Tag.MIN), imm(slow));
  b.emit('Jump', 0, imm(no));
  // A double x equals only another number (a double or an int32): `v === true` on a
  // number v is false without the runtime.
  b.label(xDouble);
  b.emit('BrTag', 0, imm(Cond.Eq), v(y), imm(Tag.Int32), imm(slow));
  b.emit('BrTag', 0, imm(Cond.B), v(y), imm(Tag.MIN), imm(slow));
  b.emit('Jump', 0, imm(no));
  // x is a heap object: only a string x can equal a different word, another string (an
  // unflattened rope on either side goes to the runtime, which flattens it).
  b.label(xPtr);
  b.emit('BrTag', 0, imm(Cond.Ne), v(y), imm(Tag.Ptr), imm(no));
  const [sx, sy] = [x, y].map((word) => {
    const obj = b.unbox32(word);
    const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
    const string = b.newLabel();
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.String), imm(string));
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.Rope), imm(slow));
    b.emit('Jump', 0, imm(no));
    b.label(string);
    return obj;
  });
  compareStringUnits(b, sx, sy, yes, no);
  b.label(same);
  b.emit('BrTag', 0, imm(Cond.B), v(x), imm(Tag.MIN), imm(slow));
  b.boolOutcomes(d, { yes, no, slow, done }, { kind: 'binary', op: Op.StrictEq }, [a, right]);
}

/** a < right (<=, >, >=: the opcode in aux) on tagged words: two int32s compared as such,
 *  two strings by their code units (a proper prefix is smaller); anything else (numbers
 *  as doubles, conversions that may run code) through the runtime. */
function lowerCompareAny(b: LirBuilder, n: Node): void {
  const op = n.aux as number;
  const [a, right] = n.inputs;
  const x = b.use(a, 'tagged');
  const y = b.use(right, 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  const notInts = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(x), imm(Tag.Int32), imm(notInts));
  b.emit('BrTag', 0, imm(Cond.Ne), v(y), imm(Tag.Int32), imm(slow));
  const [ix, iy] = [x, y].map((w) => b.unbox32(w));
  const cond = op === Op.Lt ? Cond.Lt : op === Op.Le ? Cond.Le : op === Op.Gt ? Cond.Gt : Cond.Ge;
  b.emit('SetCmp32', 1, imm(cond), v(d), v(ix), v(iy));
  b.emit('Jump', 0, imm(done));
  b.label(notInts);
  const sx = stringOrBranch(b, x, slow);
  const sy = stringOrBranch(b, y, slow);
  const outcome = { less: b.newLabel(), equal: b.newLabel(), greater: b.newLabel() };
  compareStrings(b, sx, sy, outcome);
  const holds = {
    less: op === Op.Lt || op === Op.Le,
    equal: op === Op.Le || op === Op.Ge,
    greater: op === Op.Gt || op === Op.Ge,
  };
  for (const k of ['less', 'equal', 'greater'] as const) {
    b.label(outcome[k]);
    b.emit('MovGI', 1, v(d), imm(holds[k] ? 1 : 0), imm(0));
    b.emit('Jump', 0, imm(done));
  }
  b.label(slow);
  const r = b.newVreg('tagged');
  b.runtimeCall({ kind: 'binary', op }, [a, right], r);
  b.emit('Unbox32', 1, v(d), v(r));
  b.label(done);
}

/** typeof of a tagged word, by its tag (and a heap object's kind), as one of the interned
 *  type-name strings in aux (TYPE_NAMES order: number, boolean, undefined, object, string,
 *  function, symbol, bigint); other internal tags answer 'undefined', as typeOfWord does. */
function lowerTypeOf(b: LirBuilder, n: Node): void {
  const [number, boolean, undef, object, string, fn, symbol, bigint] = n.aux as [number, number][];
  const s = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const done = b.newLabel();
  const answer = (word: [number, number]) => {
    b.emit('MovGI', 1, v(d), imm(word[1]), imm(word[0]));
    b.emit('Jump', 0, imm(done));
  };
  const cases: [number, [number, number]][] = [[Tag.Int32, number], [Tag.Bool, boolean], [Tag.Null, object], [Tag.Ptr, object]];
  const labels = cases.map(() => b.newLabel());
  const isDouble = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.B), v(s), imm(Tag.MIN), imm(isDouble));
  cases.forEach(([tag], i) => b.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(tag), imm(labels[i])));
  answer(undef);
  b.label(isDouble);
  answer(number);
  cases.forEach(([tag, word], i) => {
    b.label(labels[i]);
    if (tag !== Tag.Ptr) return answer(word);
    const obj = b.unbox32(s);
    const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
    const isString = b.newLabel();
    const isFunction = b.newLabel();
    const isSymbol = b.newLabel();
    const isBigInt = b.newLabel();
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.String), imm(isString));
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.Rope), imm(isString));
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.Function), imm(isFunction));
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.Symbol), imm(isSymbol));
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.BigInt), imm(isBigInt));
    answer(object);
    b.label(isString);
    answer(string);
    b.label(isFunction);
    answer(fn);
    b.label(isSymbol);
    answer(symbol);
    b.label(isBigInt);
    answer(bigint);
  });
  b.label(done);
}

