// node's Buffer: a Uint8Array (typed-arrays.ts) whose prototype is Buffer.prototype, which
// inherits Uint8Array.prototype, as in node. Its bytes are kiln heap memory like any typed
// array's; the Buffer methods are node's own, applied to a host Buffer that shares that memory
// (Buffer.from(heap, address, length): no copy), so encodings (utf8, hex, base64, latin1, …),
// the read/write methods and their RangeErrors are node's byte for byte. A host result that
// is a Buffer over kiln's heap (slice, subarray) becomes a kiln Buffer over the same bytes.

import { hostLibraryCall, KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { TypedArrays } from './typed-arrays';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** Buffer.prototype's methods that are node's own on the shared bytes. */
const HOST_METHODS = [
  'toString', 'equals', 'compare', 'copy', 'fill', 'indexOf', 'lastIndexOf', 'includes', 'write', 'toJSON', 'slice', 'subarray',
  'readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt8', 'readInt16LE', 'readInt16BE',
  'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readUIntLE', 'readUIntBE',
  'readIntLE', 'readIntBE', 'writeUInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeUInt32LE', 'writeUInt32BE', 'writeInt8',
  'writeInt16LE', 'writeInt16BE', 'writeInt32LE', 'writeInt32BE', 'writeFloatLE', 'writeFloatBE', 'writeDoubleLE',
  'writeDoubleBE', 'writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'swap16', 'swap32', 'swap64', 'toLocaleString',
] as const;

type HostFn = (this: unknown, ...a: unknown[]) => unknown;

export class Buffers {
  readonly proto: number;

  constructor(private readonly rt: RuntimeCore, private readonly ta: TypedArrays) {
    this.proto = rt.objects.allocObject(ta.protos.Uint8Array);
  }

  /** Is `at` a Buffer (a Uint8Array whose prototype chain has Buffer.prototype)? */
  isBuffer(w: Word): boolean {
    if (w[0] !== Tag.Ptr || this.ta.info(w[1])?.type !== 'Uint8Array') return false;
    for (let p = this.rt.objects.protoOf(w[1]); p !== 0; p = this.rt.objects.protoOf(p)) if (p === this.proto) return true;
    return false;
  }

  /** A host Buffer over typed array w's bytes in kiln's heap (shared, not copied). */
  hostView(w: Word): Buffer {
    const info = this.ta.info(w[1])!;
    return Buffer.from(this.rt.heap.u8.buffer, info.view.byteOffset, info.view.byteLength);
  }

  /** A new kiln Buffer holding a copy of `bytes`. */
  fromBytes(bytes: Uint8Array): Word {
    return [Tag.Ptr, this.ta.createFrom('Uint8Array', bytes, this.proto)];
  }

  /** A host value of a method's result as a language value: a host Buffer over kiln's heap
   *  is a kiln Buffer over the same bytes; any other Buffer a copy. */
  private resultWord(r: unknown, self: Word): Word {
    const rt = this.rt;
    if (Buffer.isBuffer(r)) {
      if (r.buffer === rt.heap.u8.buffer) {
        const info = this.ta.info(self[1])!;
        const data = info.view.byteOffset - info.byteOffset;
        return [Tag.Ptr, this.ta.makeView(this.proto, 'Uint8Array', info.buffer, r.byteOffset - data, r.length)];
      }
      return this.fromBytes(r);
    }
    if (r === undefined) return UNDEF;
    if (typeof r === 'string') return rt.str(r);
    if (typeof r === 'number') return numberWord(r);
    if (typeof r === 'boolean') return [Tag.Bool, r ? 1 : 0];
    // toJSON: { type: 'Buffer', data: [...] }.
    const json = r as { type: string; data: number[] };
    const obj = rt.objects.allocObject();
    rt.heap.pushHandle(obj);
    try {
      rt.objects.setOwn(obj, 'type', ...rt.str(json.type));
      const data = rt.newArray(json.data.map((x) => numberWord(x)));
      rt.objects.setOwn(obj, 'data', data[0], data[1]);
    } finally {
      rt.heap.popHandle();
    }
    return [Tag.Ptr, obj];
  }

  /** A method argument for a host Buffer method: typed arrays as host views over their
   *  bytes, objects converted, primitives as they are. */
  private hostArg(w: Word): unknown {
    const rt = this.rt;
    if (w[0] === Tag.Ptr && this.ta.info(w[1]) !== undefined) {
      const info = this.ta.info(w[1])!;
      return Buffer.from(rt.heap.u8.buffer, info.view.byteOffset, info.view.byteLength);
    }
    return rt.host(w);
  }

  private thisBuffer(self: Word, name: string): Buffer {
    if (self[0] !== Tag.Ptr || this.ta.info(self[1]) === undefined) {
      throw new KilnThrow('TypeError', `argument must be a buffer (Buffer.prototype.${name})`);
    }
    return this.hostView(self);
  }

  /** Buffer.from(value, encodingOrOffset, length). */
  from(args: Word[]): Word {
    const rt = this.rt;
    const value = args[0] ?? UNDEF;
    if (value[0] === Tag.Ptr && this.ta.bufferInfo(value[1]) !== undefined) {
      // A view of the ArrayBuffer's bytes (shared).
      const b = this.ta.bufferInfo(value[1])!;
      const offset = args.length > 1 && args[1][0] !== Tag.Undefined ? rt.toNumber(args[1]) : 0;
      const length = args.length > 2 && args[2][0] !== Tag.Undefined ? rt.toNumber(args[2]) : b.byteLength - offset;
      if (offset > b.byteLength) throw new KilnThrow('RangeError', '"offset" is outside of buffer bounds');
      if (offset + length > b.byteLength) throw new KilnThrow('RangeError', '"length" is outside of buffer bounds');
      return [Tag.Ptr, this.ta.makeView(this.proto, 'Uint8Array', value[1], offset, length)];
    }
    if (value[0] === Tag.Ptr && this.ta.info(value[1]) !== undefined) return this.fromBytes(this.hostView(value));
    const host = rt.host(value);
    const encoding = args.length > 1 ? rt.host(args[1]) : undefined;
    return this.fromBytes(hostLibraryCall(() => Buffer.from(host as string, encoding as BufferEncoding)));
  }

  /** The static functions of Buffer. */
  private statics(): NativeMethod[] {
    const rt = this.rt;
    // (node's own checks of a size: its TypeError for a non-number, its RangeError.)
    const size = (w: Word): number => rt.host(w) as number;
    return [
      { name: 'from', length: 3, fn: (_rt, _self, args) => this.from(args) },
      {
        name: 'alloc', length: 3,
        fn: (_rt, _self, args) => {
          const filled = hostLibraryCall(() => Buffer.alloc(size(args[0] ?? UNDEF), args.length > 1 ? (this.hostArg(args[1]) as string) : undefined, args.length > 2 ? (rt.host(args[2]) as BufferEncoding) : undefined));
          return this.fromBytes(filled);
        },
      },
      { name: 'allocUnsafe', length: 1, fn: (_rt, _self, args) => this.fromBytes(hostLibraryCall(() => Buffer.alloc(size(args[0] ?? UNDEF)))) },
      { name: 'allocUnsafeSlow', length: 1, fn: (_rt, _self, args) => this.fromBytes(hostLibraryCall(() => Buffer.alloc(size(args[0] ?? UNDEF)))) },
      { name: 'isBuffer', length: 1, fn: (_rt, _self, args) => [Tag.Bool, this.isBuffer(args[0] ?? UNDEF) ? 1 : 0] },
      { name: 'compare', length: 2, fn: (_rt, _self, args) => numberWord(hostLibraryCall(() => Buffer.compare(this.hostArg(args[0] ?? UNDEF) as Buffer, this.hostArg(args[1] ?? UNDEF) as Buffer))) },
      { name: 'isEncoding', length: 1, fn: (_rt, _self, args) => [Tag.Bool, Buffer.isEncoding(rt.host(args[0] ?? UNDEF) as string) ? 1 : 0] },
      {
        name: 'concat', length: 2,
        fn: (_rt, _self, args) => {
          const list = args[0] ?? UNDEF;
          if (!rt.objects.isArray(list[0], list[1])) throw new KilnThrow('TypeError', `The "list" argument must be an instance of Array. Received ${rt.describe(list[0], list[1])}`);
          const parts: Uint8Array[] = [];
          for (let i = 0, n = rt.objects.arrayLength(list[1]); i < n; i++) parts.push(this.hostArg(rt.getProperty(list, i)) as Uint8Array);
          const total = args.length > 1 && args[1][0] !== Tag.Undefined ? rt.toNumber(args[1]) : undefined;
          return this.fromBytes(hostLibraryCall(() => Buffer.concat(parts, total)));
        },
      },
      {
        name: 'byteLength', length: 2,
        fn: (_rt, _self, args) => numberWord(hostLibraryCall(() => Buffer.byteLength(this.hostArg(args[0] ?? UNDEF) as string, args.length > 1 ? (rt.host(args[1]) as BufferEncoding) : undefined))),
      },
    ];
  }

  /** Makes Buffer (returned, to be made global) and its prototype. */
  install(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void, uint8ArrayCtor: number): number {
    const rt = this.rt;
    const o = rt.objects;
    const ctor = native({
      name: 'Buffer', length: 3,
      // Buffer(x) and new Buffer(x): deprecated, but what Buffer.from / Buffer.alloc do.
      fn: (_rt, _self, args) => (args.length > 0 && (args[0][0] === Tag.Int32 || args[0][0] < Tag.MIN) ? this.fromBytes(Buffer.alloc(rt.toNumber(args[0]))) : this.from(args)),
      construct: (_rt, args) => (args.length > 0 && (args[0][0] === Tag.Int32 || args[0][0] < Tag.MIN) ? this.fromBytes(Buffer.alloc(rt.toNumber(args[0]))) : this.from(args)),
    });
    o.functionProperties(ctor, true, uint8ArrayCtor);
    rt.props.define(ctor, 'prototype', Tag.Ptr, this.proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
    o.defineOwn(this.proto, 'constructor', Tag.Ptr, ctor, PropFlag.NonEnumerable);
    rt.props.define(ctor, 'poolSize', Tag.Int32, 8192, 0);
    installMethods(ctor, this.statics());
    installMethods(this.proto, HOST_METHODS.map((name): NativeMethod => {
      const method = (Buffer.prototype as unknown as Record<string, HostFn>)[name];
      return {
        name, length: method.length,
        fn: (_rt, self, args) => {
          const view = this.thisBuffer(self, name);
          const hostArgs = args.map((a) => this.hostArg(a));
          return this.resultWord(hostLibraryCall(() => method.apply(view, hostArgs)), self);
        },
      };
    }));
    return ctor;
  }

  roots(): number[] {
    return [this.proto];
  }
}
