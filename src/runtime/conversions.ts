// The language's type conversions on value words: ToPrimitive (the @@toPrimitive hook, then
// OrdinaryToPrimitive through the object's own valueOf/toString, called in the language),
// ToNumber, ToString, ToPropertyKey, ToBoolean, and the equality relations. Every operator
// (operators.ts) and every builtin converts through here BEFORE it applies a host operator,
// so no kiln object ever reaches a host conversion: a host mirror has lost the object's
// prototype chain, and a function handle cannot be called.
//
// kiln's builtin prototypes do not all hold their conversion methods as properties yet
// (Object.prototype has neither valueOf nor toString): when the lookup finds no property at
// all on a chain that reaches the builtin prototype, the builtin's own behaviour applies
// (intrinsicMethod). Once the realm work installs those methods, the lookup finds them.

import { KilnThrow } from './errors';
import type { Heap } from './heap';
import { Kind, Tag } from './layout';
import type { ObjectModel } from './objects';
import type { PropertyOps } from './properties';
import type { Word } from './word';

export type PrimitiveHint = 'default' | 'number' | 'string';

/** What the conversions need beyond the object model (the runtime provides them). */
export interface ConversionHost {
  /** The text Function.prototype.toString gives for function object `fnOffset`. */
  functionSource(fnOffset: number): string;
  /** Object.prototype.toString's tag for an object the runtime gives one ('Map', ...), else null. */
  builtinTag(obj: number): string | null;
}

const NO_PRIMITIVE = 'Cannot convert object to primitive value';

export class Conversions {
  private readonly heap: Heap;
  private readonly objects: ObjectModel;

  /** THE @@toPrimitive hook (ToPrimitive step 2, GetMethod(input, @@toPrimitive)): the
   *  Symbol work installs it. It returns undefined when the object has no such method, else
   *  the method's result for the hint ('default' / 'number' / 'string'), having thrown
   *  TypeError "Cannot convert object to primitive value" if that result is an object. */
  symbolToPrimitive: ((w: Word, hint: PrimitiveHint) => Word | undefined) | null = null;

  constructor(
    private readonly props: PropertyOps,
    private readonly host: ConversionHost,
  ) {
    this.objects = props.objects;
    this.heap = props.objects.heap;
  }

  // ---- classification ---------------------------------------------------------------------
  /** Is the word an object (an ordinary object, an array or a function)? */
  isObject(w: Word): boolean {
    if (w[0] !== Tag.Ptr) return false;
    const k = this.heap.kindOf(w[1]);
    return k === Kind.Object || k === Kind.Array || k === Kind.Function;
  }

  isString(w: Word): boolean {
    return w[0] === Tag.Ptr && this.heap.kindOf(w[1]) === Kind.String;
  }

  isBigInt(w: Word): boolean {
    return w[0] === Tag.Ptr && this.heap.kindOf(w[1]) === Kind.BigInt;
  }

  /** ToNumeric: a BigInt (after ToPrimitive) as a host bigint, anything else ToNumber. */
  toNumeric(w: Word): number | bigint {
    const p = this.toPrimitive(w, 'number');
    return this.isBigInt(p) ? this.heap.bigints.value(p[1]) : this.toNumber(p);
  }

  /** ToBigInt: a BigInt as it is, a boolean as 0n/1n, a string as a BigInt literal
   *  (SyntaxError otherwise); numbers, undefined, null and symbols are TypeErrors. */
  toBigInt(w: Word): bigint {
    const p = this.toPrimitive(w, 'number');
    if (this.isBigInt(p)) return this.heap.bigints.value(p[1]);
    if (p[0] === Tag.Bool) return p[1] !== 0 ? 1n : 0n;
    if (this.isString(p)) {
      const text = this.heap.readString(p[1]);
      const v = stringToBigInt(text);
      if (v === undefined) throw new KilnThrow('SyntaxError', `Cannot convert ${text} to a BigInt`);
      return v;
    }
    const shown = p[0] === Tag.Undefined ? 'undefined' : p[0] === Tag.Null ? 'null' : this.isSymbolWord(p) ? 'Symbol()' : String(this.toNumber(p));
    throw new KilnThrow('TypeError', `Cannot convert ${shown} to a BigInt`);
  }

  isCallable(w: Word): boolean {
    return w[0] === Tag.Ptr && this.heap.kindOf(w[1]) === Kind.Function;
  }

  // ---- ToPrimitive ------------------------------------------------------------------------
  /** ToPrimitive(w, hint): primitives as they are; objects through @@toPrimitive, else
   *  valueOf then toString ('string': toString first), the first primitive result wins. */
  toPrimitive(w: Word, hint: PrimitiveHint): Word {
    if (!this.isObject(w)) return w;
    const exotic = this.symbolToPrimitive?.(w, hint);
    if (exotic !== undefined) return exotic;
    return this.ordinaryToPrimitive(w, hint === 'string' ? 'string' : 'number');
  }

  private ordinaryToPrimitive(w: Word, hint: 'string' | 'number'): Word {
    // The methods may collect: the object stays reachable while they run.
    this.heap.pushHandleWord(w);
    try {
      for (const key of hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString']) {
        const r = this.callConversionMethod(w, key);
        if (r !== undefined && !this.isObject(r)) return r;
      }
    } finally {
      this.heap.popHandle();
    }
    throw new KilnThrow('TypeError', NO_PRIMITIVE);
  }

  /** Calls w[key]() when it is callable; undefined when it is present but not callable. */
  private callConversionMethod(w: Word, key: string): Word | undefined {
    const o = this.objects;
    this.props.get(w[0], w[1], key);
    const method: Word = [o.rhi, o.rlo];
    if (this.isCallable(method)) return this.props.call(method, w, []);
    if (method[0] === Tag.Undefined && this.props.findHolder(w[1], key) === 0) return this.intrinsicMethod(w, key);
    return undefined;
  }

  /** What the builtin prototype's own method does when the chain reaches that prototype
   *  but kiln holds no property for it (undefined: none applies). */
  private intrinsicMethod(w: Word, key: string): Word | undefined {
    const o = this.objects;
    const at = w[1];
    if (key === 'valueOf') return this.reaches(at, o.objectProto) ? w : undefined; // Object.prototype.valueOf
    const kind = this.heap.kindOf(at);
    if (kind === Kind.Function && this.reaches(at, o.functionProto)) return this.str(this.host.functionSource(at));
    if (kind === Kind.Array && this.reaches(at, o.arrayProto)) {
      // Array.prototype.toString: this.join() when callable, else Object.prototype.toString.
      this.props.get(w[0], w[1], 'join');
      const join: Word = [o.rhi, o.rlo];
      if (this.isCallable(join)) return this.props.call(join, w, []);
    }
    if (!this.reaches(at, o.objectProto)) return undefined;
    const tag = kind === Kind.Array ? 'Array' : kind === Kind.Function ? 'Function' : this.host.builtinTag(at) ?? 'Object';
    return this.str(`[object ${tag}]`);
  }

  /** Is `proto` on the prototype chain of heap object `at`? */
  private reaches(at: number, proto: number): boolean {
    for (let p = this.objects.protoOf(at); p !== 0; p = this.objects.protoOf(p)) if (p === proto) return true;
    return false;
  }

  private str(s: string): Word {
    return [Tag.Ptr, this.heap.allocString(s)];
  }

  // ---- ToNumber, ToString, ToPropertyKey, ToBoolean ---------------------------------------
  /** ToNumber: objects through ToPrimitive(number) first. */
  toNumber(w: Word): number {
    const [hi, lo] = w;
    if (hi === Tag.Int32) return lo | 0;
    if (hi < Tag.MIN) return this.heap.f64Of(hi, lo);
    switch (hi) {
      case Tag.Bool:
        return lo !== 0 ? 1 : 0;
      case Tag.Null:
        return 0;
      case Tag.Ptr:
        if (this.heap.kindOf(lo) === Kind.String) return Number(this.heap.readString(lo));
        if (this.heap.kindOf(lo) === Kind.Symbol) throw new KilnThrow('TypeError', 'Cannot convert a Symbol value to a number');
        if (this.heap.kindOf(lo) === Kind.BigInt) throw new KilnThrow('TypeError', 'Cannot convert a BigInt value to a number');
        return this.toNumber(this.toPrimitive(w, 'number'));
      default:
        return NaN;
    }
  }

  /** ToString: objects through ToPrimitive(string) first. */
  toString(w: Word): string {
    const [hi, lo] = w;
    if (hi === Tag.Int32) return String(lo | 0);
    if (hi < Tag.MIN) return String(this.heap.f64Of(hi, lo));
    switch (hi) {
      case Tag.Bool:
        return lo !== 0 ? 'true' : 'false';
      case Tag.Null:
        return 'null';
      case Tag.Ptr:
        if (this.heap.kindOf(lo) === Kind.String) return this.heap.readString(lo);
        if (this.heap.kindOf(lo) === Kind.Symbol) throw new KilnThrow('TypeError', 'Cannot convert a Symbol value to a string');
        if (this.heap.kindOf(lo) === Kind.BigInt) return this.heap.bigints.value(lo).toString();
        return this.toString(this.toPrimitive(w, 'string'));
      default:
        return 'undefined';
    }
  }

  /** ToPropertyKey's string for an object key (`o[{}]`): ToString of ToPrimitive(string). */
  objectKeyString(w: Word): string {
    return this.toString(this.toPrimitive(w, 'string'));
  }

  /** ToBoolean. */
  toBoolean(w: Word): boolean {
    const [hi, lo] = w;
    if (hi < Tag.MIN) {
      const d = this.heap.f64Of(hi, lo);
      return d === d && d !== 0;
    }
    switch (hi) {
      case Tag.Int32:
      case Tag.Bool:
        return lo !== 0;
      case Tag.Ptr: {
        // A string by its length, a BigInt by its digit count (0n has none): both at +4.
        const kind = this.heap.kindOf(lo);
        return (kind !== Kind.String && kind !== Kind.BigInt) || this.heap.u32[(lo >> 2) + 1] !== 0;
      }
      default:
        return false;
    }
  }

  // ---- equality ---------------------------------------------------------------------------
  /** IsStrictlyEqual (`===`); SameValueZero (includes, Map keys) when `zero`. */
  strictEquals(a: Word, b: Word, zero = false): boolean {
    const an = a[0] === Tag.Int32 || a[0] < Tag.MIN;
    const bn = b[0] === Tag.Int32 || b[0] < Tag.MIN;
    if (an || bn) {
      if (!an || !bn) return false;
      const x = this.toNumber(a);
      const y = this.toNumber(b);
      return x === y || (zero && x !== x && y !== y);
    }
    if (a[0] !== b[0]) return false;
    if (a[1] === b[1]) return true;
    if (a[0] !== Tag.Ptr || !this.isString(a) || !this.isString(b)) return false;
    return this.heap.readString(a[1]) === this.heap.readString(b[1]);
  }

  private isSymbolWord(w: Word): boolean {
    return w[0] === Tag.Ptr && this.heap.kindOf(w[1]) === Kind.Symbol;
  }

  /** IsLooselyEqual (`==`): an object against a primitive converts with the 'default' hint. */
  looseEquals(a: Word, b: Word): boolean {
    const ao = this.isObject(a);
    const bo = this.isObject(b);
    if (ao && bo) return a[1] === b[1];
    if (ao || bo) {
      const other = ao ? b : a;
      if (other[0] === Tag.Undefined || other[0] === Tag.Null) return false;
      const prim = this.toPrimitive(ao ? a : b, 'default');
      return ao ? this.looseEquals(prim, b) : this.looseEquals(a, prim);
    }
    if (a[0] === Tag.Undefined || a[0] === Tag.Null) return b[0] === Tag.Undefined || b[0] === Tag.Null;
    if (b[0] === Tag.Undefined || b[0] === Tag.Null) return false;
    if (this.isString(a) && this.isString(b)) return this.strictEquals(a, b);
    // A symbol equals only itself: it never converts to a number here.
    if (this.isSymbolWord(a) || this.isSymbolWord(b)) return a[0] === b[0] && a[1] === b[1];
    if (this.isBigInt(a) || this.isBigInt(b)) return this.compareWithBigInt(a, b) === 0;
    // Numbers, booleans and strings against each other compare as numbers.
    return this.toNumber(a) === this.toNumber(b);
  }

  /** Primitives a and b, one of them a BigInt, compared mathematically (IsLooselyEqual and
   *  IsLessThan): -1, 0, 1, or undefined when they are unordered (NaN, a string that is no
   *  BigInt literal). */
  compareWithBigInt(a: Word, b: Word): number | undefined {
    const x = this.numericForBigIntCompare(a);
    const y = this.numericForBigIntCompare(b);
    if (x === undefined || y === undefined) return undefined;
    if (typeof x === 'number' && x !== x) return undefined;
    if (typeof y === 'number' && y !== y) return undefined;
    // The host compares a bigint with a number exactly (no rounding of either).
    return x < y ? -1 : x > y ? 1 : 0;
  }

  private numericForBigIntCompare(w: Word): number | bigint | undefined {
    if (this.isBigInt(w)) return this.heap.bigints.value(w[1]);
    if (this.isString(w)) return stringToBigInt(this.heap.readString(w[1]));
    return this.toNumber(w);
  }
}

/** StringToBigInt: the string's BigInt value, undefined when it is not an integer literal
 *  (decimal with optional sign, or 0x/0o/0b without one; whitespace around allowed). */
export function stringToBigInt(s: string): bigint | undefined {
  try {
    return BigInt(s);
  } catch {
    return undefined;
  }
}
