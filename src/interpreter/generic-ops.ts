// The slow paths of arithmetic, comparison and truthiness: operands that are not both
// numbers (strings, booleans, undefined, null, functions) are converted to host values and
// the host applies the language's own semantics. Compiled code reaches these through the
// runtime, so both tiers share one definition of every generic operation.

import { Op } from '../bytecode/opcodes';
import type { Heap } from '../runtime/heap';
import { Kind, Tag } from '../runtime/layout';
import type { HostValue } from '../runtime/values';

/* eslint-disable @typescript-eslint/no-explicit-any -- host operators on host values */
export function genericBinary(op: number, a: HostValue, b: HostValue): HostValue {
  const x = a as any;
  const y = b as any;
  switch (op) {
    case Op.Add:
      return x + y;
    case Op.Sub:
      return x - y;
    case Op.Mul:
      return x * y;
    case Op.Div:
      return x / y;
    case Op.Mod:
      return x % y;
    case Op.Exp:
      return x ** y;
    case Op.BitAnd:
      return x & y;
    case Op.BitOr:
      return x | y;
    case Op.BitXor:
      return x ^ y;
    case Op.Shl:
      return x << y;
    case Op.Sar:
      return x >> y;
    case Op.Shr:
      return x >>> y;
    default:
      throw new Error(`kiln internal error: ${op} is not a binary op`);
  }
}

export function genericUnary(op: number, a: HostValue): HostValue {
  const x = a as any;
  switch (op) {
    case Op.Neg:
      return -x;
    case Op.ToNumber:
      return +x;
    case Op.BitNot:
      return ~x;
    case Op.Inc:
      return +x + 1;
    case Op.Dec:
      return +x - 1;
    case Op.Not:
      return !x;
    default:
      throw new Error(`kiln internal error: ${op} is not a unary op`);
  }
}

export function genericCompare(op: number, a: HostValue, b: HostValue): boolean {
  const x = a as any;
  const y = b as any;
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
      return x == y;
    case Op.Ne:
      return x != y;
    case Op.StrictEq:
      return x === y;
    case Op.StrictNe:
      return x !== y;
    default:
      throw new Error(`kiln internal error: ${op} is not a compare op`);
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

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
    case Tag.Ptr:
      // Strings are truthy unless empty; functions always.
      return heap.kindOf(lo) !== Kind.String || heap.u32[(lo >> 2) + 1] !== 0;
    default:
      return false;
  }
}

/** Equality of two value words when it is decided by identity: both are heap objects and
 *  not both strings (objects, arrays and functions compare by reference). Returns the
 *  result of `op` (Eq/Ne/StrictEq/StrictNe), or undefined when the host must decide. */
export function identityCompare(heap: Heap, op: number, ahi: number, alo: number, bhi: number, blo: number): boolean | undefined {
  if (op !== Op.Eq && op !== Op.Ne && op !== Op.StrictEq && op !== Op.StrictNe) return undefined;
  const aObj = ahi === Tag.Ptr && heap.kindOf(alo) !== Kind.String;
  const bObj = bhi === Tag.Ptr && heap.kindOf(blo) !== Kind.String;
  const strict = op === Op.StrictEq || op === Op.StrictNe;
  let equal: boolean;
  if (aObj && bObj) equal = alo === blo;
  else if (aObj || bObj) {
    // An object is strictly equal to no primitive; loosely, null/undefined equal no object.
    const other = aObj ? bhi : ahi;
    if (!strict && other !== Tag.Undefined && other !== Tag.Null) return undefined;
    equal = false;
  } else return undefined;
  return equal === (op === Op.Eq || op === Op.StrictEq);
}
