// ArrayBuffer, the typed arrays (Int8 … Float64, Uint8Clamped) and DataView on kiln's heap.
// An ArrayBuffer's bytes are a Bytes block of the heap (raw: the GC keeps it but looks for no
// references in it), held by the buffer object under a private key; a typed array or a
// DataView is an object that holds its buffer the same way. Element access goes through a
// host view — a host Float64Array (or DataView) over kiln's own heap memory at the block's
// address — so reads, writes and the conversions between numbers and elements (wrapping,
// clamping, float rounding) are the host's, byte for byte, and the prototype methods
// (typed-array-methods.ts) apply the host's own where no kiln code runs. Which objects are
// typed arrays, buffers or views is a host-side table keyed by address (the heap does not
// move), dropped for what the GC frees.
//
// An integer index of a typed array is not an ordinary property: properties.ts asks
// `element`/`setElement`/`has` here first (the integer-indexed exotic object's [[Get]],
// [[Set]], [[HasProperty]], [[OwnPropertyKeys]]). Compiled code reads and writes the
// elements of the INLINE_TYPED_ARRAYS types itself (typed-array-layout.ts). Not here:
// BigInt64Array and BigUint64Array, resizable and detached buffers, SharedArrayBuffer.

import { KilnThrow } from './errors';
import { Tag } from './layout';
import { newPrivateKey } from './private-names';
import type { RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { isBigIntArrayType, TYPED_ARRAY_NAMES, type TypedArrayName } from './typed-array-layout';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const HIDDEN = PropFlag.NonEnumerable;
const DATA_KEY = newPrivateKey('[[ArrayBufferData]]');
const BUFFER_KEY = newPrivateKey('[[ViewedArrayBuffer]]');
const LENGTH_KEY = newPrivateKey('[[ArrayLength]]');
const ADDRESS_KEY = newPrivateKey('[[ElementsAddress]]');

type HostTypedArray = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array
  | BigInt64Array | BigUint64Array;
type HostTypedArrayConstructor = new (buffer: ArrayBufferLike, byteOffset?: number, length?: number) => HostTypedArray;

export const HOST_TYPED_ARRAYS: Record<TypedArrayName, HostTypedArrayConstructor> = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
  BigInt64Array, BigUint64Array,
};

export interface TypedArrayInfo {
  readonly type: TypedArrayName;
  readonly buffer: number;
  readonly byteOffset: number;
  readonly length: number;
  /** The host view over the elements in kiln's heap. */
  readonly view: HostTypedArray;
}

interface BufferInfo {
  /** The heap address of byte 0. */
  readonly data: number;
  readonly byteLength: number;
}

export interface DataViewInfo {
  readonly buffer: number;
  readonly byteOffset: number;
  readonly byteLength: number;
  readonly view: DataView;
}

/** BYTES_PER_ELEMENT of a type. */
export function elementSize(type: TypedArrayName): number {
  return (HOST_TYPED_ARRAYS[type] as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
}

/** ToIndex(v) with `error` for a value out of range. */
export function toIndex(rt: RuntimeCore, v: Word, error: (n: number) => KilnThrow): number {
  if (v[0] === Tag.Undefined) return 0;
  const n = Math.trunc(rt.toNumber(v)) || 0;
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) throw error(n);
  return n;
}

export class TypedArrays {
  private readonly arrays = new Map<number, TypedArrayInfo>();
  private readonly buffers = new Map<number, BufferInfo>();
  private readonly dataViews = new Map<number, DataViewInfo>();
  /** Is typed array `at` a Buffer (printed as node prints one)? The runtime sets it. */
  isBuffer: (at: number) => boolean = () => false;
  /** Are there typed arrays at all? (properties.ts skips the table lookup until there are.) */
  any = false;
  readonly arrayBufferProto: number;
  readonly dataViewProto: number;
  /** %TypedArray%.prototype and each type's prototype. */
  readonly typedArrayProto: number;
  readonly protos = {} as Record<TypedArrayName, number>;

  constructor(private readonly rt: RuntimeCore) {
    const o = rt.objects;
    this.arrayBufferProto = o.allocObject();
    this.dataViewProto = o.allocObject();
    this.typedArrayProto = o.allocObject();
    for (const name of TYPED_ARRAY_NAMES) this.protos[name] = o.allocObject(this.typedArrayProto);
  }

  /** The typed array at `at`, if it is one. */
  info(at: number): TypedArrayInfo | undefined {
    return this.any ? this.arrays.get(at) : undefined;
  }

  bufferInfo(at: number): BufferInfo | undefined {
    return this.buffers.get(at);
  }

  dataViewInfo(at: number): DataViewInfo | undefined {
    return this.dataViews.get(at);
  }

  // ---- the integer-indexed exotic object ------------------------------------------------
  /** Element i of typed array `at` (undefined past its end). */
  element(info: TypedArrayInfo, i: number): Word {
    return i < info.length ? this.elementWord(info.view[i]) : UNDEF;
  }

  /** The word of an element's host value (a number, or a bigint of a BigInt64/BigUint64 array). */
  elementWord(v: number | bigint): Word {
    return typeof v === 'bigint' ? [Tag.Ptr, this.rt.heap.bigints.intern(v)] : numberWord(v);
  }

  /** A value converted for an element of `type`: ToBigInt for the BigInt types, else ToNumber. */
  toElement(type: TypedArrayName, v: Word): number | bigint {
    return isBigIntArrayType(type) ? this.rt.convert.toBigInt(v) : this.rt.toNumber(v);
  }

  /** TypedArraySetElement: the value converted first (its valueOf may run), then stored if
   *  the index is in range. */
  setElement(info: TypedArrayInfo, i: number, v: Word): void {
    const n = this.toElement(info.type, v);
    if (i < info.length) (info.view as unknown as (number | bigint)[])[i] = n;
  }

  // ---- creation ---------------------------------------------------------------------------
  /** A new zeroed ArrayBuffer of byteLength bytes with prototype proto. */
  allocateBuffer(byteLength: number, proto = this.arrayBufferProto): number {
    const rt = this.rt;
    const at = rt.objects.allocObject(proto);
    rt.heap.pushHandle(at);
    try {
      // Bytes payloads are 8-aligned: every element type's view can start at 0.
      const data = rt.heap.allocBytes(Math.max(byteLength, 1));
      // (Fresh heap memory is zeros; a heap region reused by a second runtime in the same
      // process, as the arm64 corpus runner does, may not be.)
      rt.heap.u8.fill(0, data, data + byteLength);
      rt.objects.defineOwn(at, DATA_KEY, Tag.Ptr, data - 8, HIDDEN);
      this.buffers.set(at, { data, byteLength });
    } finally {
      rt.heap.popHandle();
    }
    return at;
  }

  /** A typed array of `type` over `length` elements of buffer `buffer` from byteOffset. */
  makeView(proto: number, type: TypedArrayName, buffer: number, byteOffset: number, length: number): number {
    const rt = this.rt;
    const o = rt.objects;
    const at = o.allocObject(proto);
    const data = this.buffers.get(buffer)!.data;
    o.defineOwn(at, BUFFER_KEY, Tag.Ptr, buffer, HIDDEN);
    o.defineOwn(at, LENGTH_KEY, Tag.Int32, length, HIDDEN);
    o.defineOwn(at, ADDRESS_KEY, Tag.Int32, data + byteOffset, HIDDEN);
    const view = new HOST_TYPED_ARRAYS[type](rt.heap.u8.buffer, data + byteOffset, length);
    this.arrays.set(at, { type, buffer, byteOffset, length, view });
    this.any = true;
    return at;
  }

  /** A new typed array of `type` and `length` elements (its own new buffer). */
  create(type: TypedArrayName, length: number, proto = this.protos[type]): number {
    const size = elementSize(type);
    if (length * size > 2 ** 32) throw new KilnThrow('RangeError', `Invalid typed array length: ${length}`);
    const buffer = this.allocateBuffer(length * size);
    this.rt.heap.pushHandle(buffer);
    try {
      return this.makeView(proto, type, buffer, 0, length);
    } finally {
      this.rt.heap.popHandle();
    }
  }

  /** A new typed array of `type` holding a copy of `values` (converted as the type stores
   *  them), its own new buffer. */
  createFrom(type: TypedArrayName, values: ArrayLike<number> | ArrayLike<bigint>, proto = this.protos[type]): number {
    const at = this.create(type, values.length, proto);
    (this.arrays.get(at)!.view as Float64Array).set(values as ArrayLike<number>);
    return at;
  }

  /** `new T(...args)`: from a length, a typed array, a buffer (offset, length), an iterable
   *  or an array-like, with node's RangeErrors. */
  construct(type: TypedArrayName, args: Word[], newTarget: Word): Word {
    const rt = this.rt;
    const proto = rt.prototypeForNew(newTarget) || this.protos[type];
    const size = elementSize(type);
    const first = args[0] ?? UNDEF;
    if (!rt.isObjectWord(first)) {
      const length = toIndex(rt, first, (n) => new KilnThrow('RangeError', `Invalid typed array length: ${n}`));
      return [Tag.Ptr, this.create(type, length, proto)];
    }
    const buffer = this.buffers.get(first[1]);
    if (buffer !== undefined) {
      const byteOffset = toIndex(rt, args[1] ?? UNDEF, (n) => new KilnThrow('RangeError', `Start offset ${n} is outside the bounds of the buffer`));
      if (byteOffset % size !== 0) throw new KilnThrow('RangeError', `start offset of ${type} should be a multiple of ${size}`);
      let length: number;
      if ((args[2] ?? UNDEF)[0] === Tag.Undefined) {
        if (buffer.byteLength % size !== 0) throw new KilnThrow('RangeError', `byte length of ${type} should be a multiple of ${size}`);
        if (byteOffset > buffer.byteLength) throw new KilnThrow('RangeError', `Start offset ${byteOffset} is outside the bounds of the buffer`);
        length = (buffer.byteLength - byteOffset) / size;
      } else {
        length = toIndex(rt, args[2], (n) => new KilnThrow('RangeError', `Invalid typed array length: ${n}`));
        if (byteOffset + length * size > buffer.byteLength) throw new KilnThrow('RangeError', `Invalid typed array length: ${length}`);
      }
      return [Tag.Ptr, this.makeView(proto, type, first[1], byteOffset, length)];
    }
    const source = this.arrays.get(first[1]);
    if (source !== undefined && isBigIntArrayType(source.type) !== isBigIntArrayType(type)) {
      throw new KilnThrow('TypeError', 'Cannot mix BigInt and other types, use explicit conversions');
    }
    if (source !== undefined) {
      return [Tag.Ptr, this.createFrom(type, source.view as ArrayLike<number>, proto)];
    }
    // An iterable's values, else an array-like's elements, each converted when stored.
    const method = rt.getProperty(first, rt.symbols.wellKnownKey('iterator'));
    const values: Word = method[0] !== Tag.Undefined && method[0] !== Tag.Null ? [Tag.Ptr, rt.iterableToArray(first[0], first[1])] : first;
    rt.heap.pushHandleWord(values);
    try {
      const length = Math.min(Math.max(Math.trunc(rt.toNumber(rt.getProperty(values, 'length'))) || 0, 0), Number.MAX_SAFE_INTEGER);
      const at = this.create(type, length, proto);
      rt.heap.pushHandle(at);
      try {
        const info = this.arrays.get(at)!;
        for (let i = 0; i < length; i++) this.setElement(info, i, rt.getProperty(values, i));
      } finally {
        rt.heap.popHandle();
      }
      return [Tag.Ptr, at];
    } finally {
      rt.heap.popHandle();
    }
  }

  /** `new DataView(buffer, byteOffset, byteLength)` with prototype proto. */
  constructDataView(args: Word[], proto: number): Word {
    const rt = this.rt;
    const first = args[0] ?? UNDEF;
    const buffer = first[0] === Tag.Ptr ? this.buffers.get(first[1]) : undefined;
    if (buffer === undefined) throw new KilnThrow('TypeError', 'First argument to DataView constructor must be an ArrayBuffer');
    const byteOffset = toIndex(rt, args[1] ?? UNDEF, (n) => new KilnThrow('RangeError', `Start offset ${n} is outside the bounds of the buffer`));
    if (byteOffset > buffer.byteLength) throw new KilnThrow('RangeError', `Start offset ${byteOffset} is outside the bounds of the buffer`);
    const lengthArg = args[2] ?? UNDEF;
    const byteLength = lengthArg[0] === Tag.Undefined ? buffer.byteLength - byteOffset
      : toIndex(rt, lengthArg, (n) => new KilnThrow('RangeError', `Invalid DataView length ${n}`));
    if (byteOffset + byteLength > buffer.byteLength) throw new KilnThrow('RangeError', `Invalid DataView length ${byteLength}`);
    const o = rt.objects;
    const at = o.allocObject(proto);
    o.defineOwn(at, BUFFER_KEY, Tag.Ptr, first[1], HIDDEN);
    const view = new DataView(rt.heap.u8.buffer, buffer.data + byteOffset, byteLength);
    this.dataViews.set(at, { buffer: first[1], byteOffset, byteLength, view });
    return [Tag.Ptr, at];
  }

  /** A host copy of a typed array, ArrayBuffer or DataView (node prints those), or
   *  undefined for any other object. */
  hostCopy(at: number): object | undefined {
    const typed = this.info(at);
    if (typed !== undefined && this.isBuffer(at)) return Buffer.from(typed.view as Uint8Array);
    if (typed !== undefined) return new HOST_TYPED_ARRAYS[typed.type](typed.view as ArrayLike<number> as unknown as ArrayBuffer);
    const buffer = this.buffers.get(at);
    if (buffer !== undefined) return this.rt.heap.u8.slice(buffer.data, buffer.data + buffer.byteLength).buffer;
    const dv = this.dataViews.get(at);
    if (dv !== undefined) {
      const b = this.buffers.get(dv.buffer)!;
      return new DataView(this.rt.heap.u8.slice(b.data, b.data + b.byteLength).buffer, dv.byteOffset, dv.byteLength);
    }
    return undefined;
  }

  /** structuredClone's copy: a typed array or DataView over a copy of its buffer, or a
   *  copy of an ArrayBuffer; undefined for any other object. */
  clone(at: number): Word | undefined {
    const copyBuffer = (buffer: number): number => {
      const b = this.buffers.get(buffer)!;
      const copy = this.allocateBuffer(b.byteLength);
      this.rt.heap.u8.copyWithin(this.buffers.get(copy)!.data, b.data, b.data + b.byteLength);
      return copy;
    };
    const typed = this.info(at);
    const rt = this.rt;
    if (typed !== undefined) {
      const buffer = copyBuffer(typed.buffer);
      rt.heap.pushHandle(buffer);
      try {
        return [Tag.Ptr, this.makeView(this.protos[typed.type], typed.type, buffer, typed.byteOffset, typed.length)];
      } finally {
        rt.heap.popHandle();
      }
    }
    if (this.buffers.has(at)) return [Tag.Ptr, copyBuffer(at)];
    const dv = this.dataViews.get(at);
    if (dv === undefined) return undefined;
    const buffer = copyBuffer(dv.buffer);
    rt.heap.pushHandle(buffer);
    try {
      return this.constructDataView([[Tag.Ptr, buffer], numberWord(dv.byteOffset), numberWord(dv.byteLength)], this.dataViewProto);
    } finally {
      rt.heap.popHandle();
    }
  }

  /** The objects of the tables (their buffers are reached through them). */
  roots(): number[] {
    return [this.arrayBufferProto, this.dataViewProto, this.typedArrayProto, ...Object.values(this.protos)];
  }

  /** After a sweep: forget what died. */
  dropDead(isLive: (at: number) => boolean): void {
    for (const table of [this.arrays, this.buffers, this.dataViews] as Map<number, unknown>[]) {
      for (const at of table.keys()) if (!isLive(at)) table.delete(at);
    }
  }
}
