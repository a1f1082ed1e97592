// The number cases of arithmetic and comparison the interpreter's fast paths share, and
// truthiness. Anything that is not two numbers goes to the runtime's operators
// (runtime/operators.ts), which convert objects in the language (valueOf/toString) before a
// host operator sees them; compiled code reaches the same operators through runtime calls,
// so both tiers share one definition of every generic operation.

import { Op } from '../bytecode/opcodes';
import type { Heap } from '../runtime/heap';
import { Kind, Tag } from '../runtime/layout';
import { numericBinary } from '../runtime/operators';

/** A numeric binary operator (Add .. Shr) on two numbers. */
export const genericBinary: (op: number, x: number, y: number) => number = numericBinary;

/** Neg, ToNumber, ToNumeric, BitNot, Inc, Dec on a number. */
export function genericUnary(op: number, x: number): number {
  switch (op) {
    case Op.Neg:
      return -x;
    case Op.ToNumber:
    case Op.ToNumeric:
      return x;
    case Op.BitNot:
      return ~x;
    case Op.Inc:
      return x + 1;
    case Op.Dec:
      return x - 1;
    default:
      throw new Error(`kiln internal error: ${op} is not a unary op`);
  }
}

/** A compare operator (Lt .. StrictNe) on two numbers. */
export function genericCompare(op: number, x: number, y: number): boolean {
  switch (op) {
    case Op.Lt:
      return x < y;
    case Op.Le:
      return x <= y;
    case Op.Gt:
      return x > y;
    case Op.Ge:
      return x >= y;
    case Op.Eq:
    case Op.StrictEq:
      return x === y;
    case Op.Ne:
    case Op.StrictNe:
      return x !== y;
    default:
      throw new Error(`kiln internal error: ${op} is not a compare op`);
  }
}

/** ToBoolean of the value word (hi, lo) stored at word index w. */
export function isTruthy(heap: Heap, hi: number, lo: number, w: number): boolean {
  if (hi < Tag.MIN) {
    const d = heap.f64[w >> 1];
    return d === d && d !== 0;
  }
  switch (hi) {
    case Tag.Int32:
    case Tag.Bool:
      return lo !== 0;
    case Tag.Undefined:
    case Tag.Null:
      return false;
    case Tag.Ptr: {
      // Strings are truthy unless empty, BigInts unless 0n (no digits): both counts at +4.
      const kind = heap.kindOf(lo);
      return (kind !== Kind.String && kind !== Kind.BigInt) || heap.u32[(lo >> 2) + 1] !== 0;
    }
    default:
      return false;
  }
}
