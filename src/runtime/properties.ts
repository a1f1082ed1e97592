// Property operations on any value, as the language defines them: `v.k` / `v[k]` reads walk
// the prototype chain (primitives use their wrapper's prototype), writes go to the receiver
// (arrays' indices and `length` to its elements), `delete`, `in`, for-in keys, and the
// conversion of a key value to a property key. Errors are node's, word for word. The
// interpreter's inline caches and compiled code only short-cut what this file would do.

import { KilnThrow } from './errors';
import type { Heap } from './heap';
import { Kind, ObjectLayout as L, Tag } from './layout';
import type { ObjectModel } from './objects';
import { isArrayIndexKey } from './shapes';

/** Describes a value for an error message as node does ("undefined", "null", "5"). */
export type Describe = (hi: number, lo: number) => string;

export class PropertyOps {
  private readonly heap: Heap;
  /** Properties the runtime computes (a Map's `size`, a for-of cursor's elements) into
   *  objects.rhi/rlo; false for the rest. */
  internalGet: (obj: number, key: number | string) => boolean = () => false;

  constructor(
    readonly objects: ObjectModel,
    private readonly describe: Describe,
    /** Name of function id (for reading `.name` of functions). */
    private readonly functionName: (fnOffset: number) => string,
  ) {
    this.heap = objects.heap;
  }

  /** The property key of a key value: an array index as a number, else a string. */
  toKey(hi: number, lo: number): number | string {
    if (hi === Tag.Int32 && (lo | 0) >= 0) return lo | 0;
    const s = this.keyString(hi, lo);
    return isArrayIndexKey(s) ? Number(s) : s;
  }

  keyString(hi: number, lo: number): string {
    if (hi === Tag.Ptr && this.heap.kindOf(lo) === Kind.String) return this.heap.readString(lo);
    return this.describe(hi, lo);
  }

  // ---- get ------------------------------------------------------------------------------
  /** `v[key]` into objects.rhi/rlo. */
  get(hi: number, lo: number, key: number | string): void {
    const o = this.objects;
    if (hi !== Tag.Ptr) {
      if (hi === Tag.Undefined || hi === Tag.Null) {
        throw new KilnThrow('TypeError', `Cannot read properties of ${hi === Tag.Null ? 'null' : 'undefined'} (reading '${key}')`);
      }
      // Numbers find Number.prototype's methods; booleans' prototype has none kiln models yet.
      return this.fromProto(hi === Tag.Int32 || hi < Tag.MIN ? o.numberProto : 0, String(key));
    }
    switch (this.heap.kindOf(lo)) {
      case Kind.Array:
        if (typeof key === 'number') return o.getElement(lo, key);
        if (key === 'length') return setResult(o, Tag.Int32, o.arrayLength(lo));
        return this.fromProto(o.arrayProto, key);
      case Kind.String: {
        const length = this.heap.u32[(lo >> 2) + 1];
        if (typeof key === 'number') {
          if (key >= length) return setResult(o, Tag.Undefined, 0);
          const c = this.heap.u16[((lo + L.stringDataOffset) >> 1) + key];
          return setResult(o, Tag.Ptr, this.heap.charString(c));
        }
        if (key === 'length') return setResult(o, Tag.Int32, length);
        return this.fromProto(o.stringProto, key);
      }
      case Kind.Object:
        if (o.getOwn(lo, String(key))) return;
        if (this.internalGet(lo, key)) return;
        return this.fromProto(o.shapeOf(lo).proto, String(key));
      case Kind.Function:
        if (key === 'name') return setResult(o, Tag.Ptr, this.heap.internString(this.functionName(lo)));
        return this.fromProto(o.functionProto, String(key));
      default:
        return setResult(o, Tag.Undefined, 0);
    }
  }

  /** Looks `key` up from prototype `proto` on (0 = none). */
  private fromProto(proto: number, key: string): void {
    const o = this.objects;
    while (proto !== 0) {
      if (o.getOwn(proto, key)) return;
      proto = o.shapeOf(proto).proto;
    }
    setResult(o, Tag.Undefined, 0);
  }

  // ---- set ------------------------------------------------------------------------------
  set(hi: number, lo: number, key: number | string, vhi: number, vlo: number): void {
    const o = this.objects;
    if (hi !== Tag.Ptr) {
      if (hi === Tag.Undefined || hi === Tag.Null) {
        throw new KilnThrow('TypeError', `Cannot set properties of ${hi === Tag.Null ? 'null' : 'undefined'} (setting '${key}')`);
      }
      return; // a property of a primitive: sloppy mode drops the write
    }
    switch (this.heap.kindOf(lo)) {
      case Kind.Array:
        if (typeof key === 'number') return o.setElement(lo, key, vhi, vlo);
        if (key === 'length') return this.setArrayLength(lo, vhi, vlo);
        throw new KilnThrow('TypeError', `kiln does not support named properties on arrays yet (setting '${key}')`);
      case Kind.Object:
        return o.setOwn(lo, String(key), vhi, vlo);
      case Kind.String:
        return; // strings are immutable; sloppy mode ignores the write
      default:
        throw new KilnThrow('TypeError', `kiln does not support properties on functions yet (setting '${key}')`);
    }
  }

  private setArrayLength(a: number, vhi: number, vlo: number): void {
    const n = vhi === Tag.Int32 ? vlo | 0 : vhi < Tag.MIN ? this.heap.f64Of(vhi, vlo) : NaN;
    if (!(n >= 0 && n <= 0xffffffff && Math.floor(n) === n)) throw new KilnThrow('RangeError', 'Invalid array length');
    this.objects.setLength(a, n);
  }

  // ---- delete, in, keys -----------------------------------------------------------------
  delete(hi: number, lo: number, key: number | string): boolean {
    if (hi === Tag.Undefined || hi === Tag.Null) {
      throw new KilnThrow('TypeError', `Cannot convert undefined or null to object`);
    }
    if (hi !== Tag.Ptr) return true;
    const o = this.objects;
    switch (this.heap.kindOf(lo)) {
      case Kind.Object:
        o.deleteOwn(lo, String(key));
        return true;
      case Kind.Array:
        if (typeof key === 'number') {
          if (key < o.arrayLength(lo)) o.setElement(lo, key, Tag.Hole, 0);
          return true;
        }
        return key !== 'length';
      default:
        return true;
    }
  }

  has(hi: number, lo: number, key: number | string): boolean {
    if (hi !== Tag.Ptr || this.heap.kindOf(lo) === Kind.String) {
      throw new KilnThrow('TypeError', `Cannot use 'in' operator to search for '${key}' in ${this.describe(hi, lo)}`);
    }
    const o = this.objects;
    switch (this.heap.kindOf(lo)) {
      case Kind.Array:
        if (typeof key === 'number') {
          if (key >= o.arrayLength(lo)) return false;
          return this.heap.u32[o.elementWord(lo, key) + 1] !== Tag.Hole;
        }
        if (key === 'length') return true;
        return this.inProto(o.arrayProto, key);
      case Kind.Object:
        if (o.getOwn(lo, String(key))) return true;
        return this.inProto(o.shapeOf(lo).proto, String(key));
      default:
        return this.inProto(o.functionProto, String(key));
    }
  }

  private inProto(proto: number, key: string): boolean {
    const o = this.objects;
    for (; proto !== 0; proto = o.shapeOf(proto).proto) if (o.getOwn(proto, key)) return true;
    return false;
  }

  /** Own enumerable string keys, in the language's order (Object.keys). */
  ownKeys(hi: number, lo: number): string[] {
    if (hi === Tag.Undefined || hi === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
    if (hi !== Tag.Ptr) return [];
    const o = this.objects;
    switch (this.heap.kindOf(lo)) {
      case Kind.Object:
        return o.ownKeys(lo);
      case Kind.Array: {
        const keys: string[] = [];
        const n = o.arrayLength(lo);
        for (let i = 0; i < n; i++) if (this.heap.u32[o.elementWord(lo, i) + 1] !== Tag.Hole) keys.push(String(i));
        return keys;
      }
      case Kind.String:
        return Array.from({ length: this.heap.u32[(lo >> 2) + 1] }, (_, i) => String(i));
      default:
        return [];
    }
  }

  /** for-in keys: own keys, then enumerable keys of prototypes not yet seen (kiln's
   *  prototypes hold only non-enumerable builtins, so these are the own keys). */
  forInKeys(hi: number, lo: number): string[] {
    if (hi === Tag.Undefined || hi === Tag.Null) return [];
    return this.ownKeys(hi, lo);
  }
}

function setResult(o: ObjectModel, hi: number, lo: number): void {
  o.rhi = hi;
  o.rlo = lo;
}
