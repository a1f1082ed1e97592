// The generic semantics of the arithmetic, compare and unary bytecodes on value words: what
// the interpreter does off its number fast paths and what compiled code's runtime calls do.
// Operands convert in the language first (conversions.ts: valueOf/toString run as user
// code, in the order the spec gives: left operand fully, then right), and only then do host
// operators apply, to primitives. One definition for both tiers.

import { Op } from '../bytecode/opcodes';
import type { Conversions } from './conversions';
import { hostCall, KilnThrow } from './errors';
import type { Heap } from './heap';
import { Tag } from './layout';
import { numberWord } from './values';
import type { Word } from './word';

export class Operators {
  constructor(
    private readonly heap: Heap,
    private readonly conv: Conversions,
  ) {}

  /** Add .. Shr: `a op b`. */
  binary(op: number, a: Word, b: Word): Word {
    const { conv, heap } = this;
    // The right operand stays reachable while the left one's conversion runs code.
    heap.pushHandleWord(b);
    try {
      if (op === Op.Add) {
        const pa = conv.toPrimitive(a, 'default');
        heap.pushHandleWord(pa);
        let pb: Word;
        try {
          pb = conv.toPrimitive(b, 'default');
        } finally {
          heap.popHandle();
        }
        // Primitives from here on: nothing below runs code or collects.
        if (conv.isString(pa) || conv.isString(pb)) {
          const s = heap.concatStrings(conv.isString(pa) ? pa[1] : conv.toString(pa), conv.isString(pb) ? pb[1] : conv.toString(pb));
          return [Tag.Ptr, s];
        }
        if (conv.isBigInt(pa) || conv.isBigInt(pb)) return this.bigintBinary(op, conv.toNumeric(pa), conv.toNumeric(pb));
        return numberWord(conv.toNumber(pa) + conv.toNumber(pb));
      }
      const x = conv.toNumeric(a);
      const y = conv.toNumeric(b);
      if (typeof x === 'bigint' || typeof y === 'bigint') return this.bigintBinary(op, x, y);
      return numberWord(numericBinary(op, x, y));
    } finally {
      heap.popHandle();
    }
  }

  /** Lt .. StrictNe: `a op b`. */
  compare(op: number, a: Word, b: Word): boolean {
    const conv = this.conv;
    switch (op) {
      case Op.StrictEq:
        return conv.strictEquals(a, b);
      case Op.StrictNe:
        return !conv.strictEquals(a, b);
      case Op.Eq:
        return conv.looseEquals(a, b);
      case Op.Ne:
        return !conv.looseEquals(a, b);
      default:
        break;
    }
    // IsLessThan: both operands to primitives (left first, whatever the operator's
    // direction), then two strings by code units, anything else as numbers.
    const heap = this.heap;
    heap.pushHandleWord(b);
    let pa: Word;
    let pb: Word;
    try {
      pa = conv.toPrimitive(a, 'number');
      heap.setTopHandleWord(pa);
      pb = conv.toPrimitive(b, 'number');
    } finally {
      heap.popHandle();
    }
    if (conv.isString(pa) && conv.isString(pb)) {
      return relational(op, heap.readString(pa[1]), heap.readString(pb[1]));
    }
    if (conv.isBigInt(pa) || conv.isBigInt(pb)) {
      const order = conv.compareWithBigInt(pa, pb);
      return order !== undefined && relational(op, order, 0);
    }
    return relational(op, conv.toNumber(pa), conv.toNumber(pb));
  }

  /** Neg, ToNumber, ToNumeric, BitNot, Inc, Dec, Not: `op a`. */
  unary(op: number, a: Word): Word {
    if (op === Op.Not) return [Tag.Bool, this.conv.toBoolean(a) ? 0 : 1];
    // One conversion (an object's valueOf runs once): ToNumber for unary +, else ToNumeric.
    const x = op === Op.ToNumber ? this.conv.toNumber(a) : this.conv.toNumeric(a);
    if (typeof x === 'bigint') return op === Op.ToNumeric ? this.bigint(x) : this.bigint(hostCall(() => bigintUnary(op, x)));
    switch (op) {
      case Op.Neg:
        return numberWord(-x);
      case Op.ToNumber:
      case Op.ToNumeric:
        return numberWord(x);
      case Op.BitNot:
        return numberWord(~x);
      case Op.Inc:
        return numberWord(x + 1);
      case Op.Dec:
        return numberWord(x - 1);
      default:
        throw new Error(`kiln internal error: ${op} is not a unary op`);
    }
  }

  /** `x op y` where one operand is a BigInt: both must be (no implicit conversion). */
  private bigintBinary(op: number, x: number | bigint, y: number | bigint): Word {
    if (typeof x !== 'bigint' || typeof y !== 'bigint') throw new KilnThrow('TypeError', 'Cannot mix BigInt and other types, use explicit conversions');
    if (op === Op.Shr) throw new KilnThrow('TypeError', 'BigInts have no unsigned right shift, use >> instead');
    // The host's RangeErrors (division by zero, a negative exponent, a result too large)
    // carry V8's messages, which are node's.
    return this.bigint(hostCall(() => numericBinary(op, x, y)));
  }

  private bigint(v: bigint): Word {
    return [Tag.Ptr, this.heap.bigints.intern(v)];
  }
}

function bigintUnary(op: number, x: bigint): bigint {
  switch (op) {
    case Op.Neg:
      return -x;
    case Op.BitNot:
      return ~x;
    case Op.Inc:
      return x + 1n;
    case Op.Dec:
      return x - 1n;
    default:
      throw new Error(`kiln internal error: ${op} is not a BigInt unary op`);
  }
}

/** A numeric binary operator on two numbers or two bigints (host operators: the language's). */
export function numericBinary(op: number, x: number, y: number): number;
export function numericBinary(op: number, x: bigint, y: bigint): bigint;
export function numericBinary(op: number, x: any, y: any): any {
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

function relational<T extends number | string>(op: number, x: T, y: T): boolean {
  switch (op) {
    case Op.Lt:
      return x < y;
    case Op.Le:
      return x <= y;
    case Op.Gt:
      return x > y;
    case Op.Ge:
      return x >= y;
    default:
      throw new Error(`kiln internal error: ${op} is not a compare op`);
  }
}
