// TextEncoder and TextDecoder: kiln objects that each own a host encoder or decoder (a
// host-side table keyed by address, dropped when the GC frees the object), so the
// encodings, the streaming state of decode(bytes, { stream: true }), the fatal mode's
// TypeError and the BOM handling are node's. Bytes go in and out as kiln typed arrays.

import { TextDecoder, TextEncoder } from 'util';
import { hostLibraryCall, KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { linkConstructor, requiresNew } from './library-wiring';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

export class TextCodecs {
  readonly encoderProto: number;
  readonly decoderProto: number;
  private readonly encoders = new Map<number, TextEncoder>();
  private readonly decoders = new Map<number, TextDecoder>();

  constructor(private readonly rt: RuntimeCore, private readonly makeUint8Array: (bytes: Uint8Array) => Word) {
    this.encoderProto = rt.objects.allocObject();
    this.decoderProto = rt.objects.allocObject();
  }

  /** The host encoder or decoder of `at` (printing: node prints its own). */
  mirror(at: number): object | undefined {
    return this.encoders.get(at) ?? this.decoders.get(at);
  }

  private encoder(self: Word, name: string): TextEncoder {
    const e = self[0] === Tag.Ptr ? this.encoders.get(self[1]) : undefined;
    if (e === undefined) throw new KilnThrow('TypeError', `Value of "this" must be of type TextEncoder (TextEncoder.prototype.${name})`);
    return e;
  }

  private decoder(self: Word): TextDecoder {
    const d = self[0] === Tag.Ptr ? this.decoders.get(self[1]) : undefined;
    if (d === undefined) throw new KilnThrow('TypeError', 'Value of "this" must be of type TextDecoder');
    return d;
  }

  /** The bytes of a BufferSource argument (a typed array, DataView or ArrayBuffer). */
  private bytesOf(w: Word): Uint8Array {
    const rt = this.rt;
    const bytes = rt.bufferBytes(w);
    if (bytes !== undefined) return bytes;
    const host = rt.host(w);
    if (host instanceof ArrayBuffer || ArrayBuffer.isView(host)) return host instanceof ArrayBuffer ? new Uint8Array(host) : new Uint8Array(host.buffer, host.byteOffset, host.byteLength);
    const e = new KilnThrow('TypeError', `The "input" argument must be an instance of ArrayBuffer or ArrayBufferView. Received ${rt.describe(w[0], w[1])}`);
    e.ownProperties = [['code', 'ERR_INVALID_ARG_TYPE']];
    throw e;
  }

  install(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): [string, number][] {
    const rt = this.rt;
    const o = rt.objects;
    const getter = (holder: number, name: string, fn: NativeMethod['fn']): void =>
      rt.props.define(holder, name, Tag.Ptr, native({ name: `get ${name}`, length: 0, fn }), PropFlag.NonEnumerable, 'get');
    const link = (ctor: number, proto: number, tag: string): void => linkConstructor(rt, ctor, proto, tag);

    const encoder = native({
      name: 'TextEncoder', length: 0, fn: requiresNew('TextEncoder', 'class'),
      construct: (_rt, _args, newTarget) => {
        const at = o.allocObject(rt.prototypeForNew(newTarget) || this.encoderProto);
        this.encoders.set(at, new TextEncoder());
        return [Tag.Ptr, at];
      },
    });
    link(encoder, this.encoderProto, 'TextEncoder');
    getter(this.encoderProto, 'encoding', (_rt, self) => rt.str(this.encoder(self, 'encoding').encoding));
    installMethods(this.encoderProto, [
      {
        name: 'encode', length: 0,
        fn: (_rt, self, args) => this.makeUint8Array(this.encoder(self, 'encode').encode(args.length === 0 || args[0][0] === Tag.Undefined ? '' : rt.toStringValue(args[0]))),
      },
      {
        name: 'encodeInto', length: 2,
        fn: (_rt, self, args) => {
          const r = this.encoder(self, 'encodeInto').encodeInto(rt.toStringValue(args[0] ?? UNDEF), this.bytesOf(args[1] ?? UNDEF));
          const result = o.allocObject();
          o.setOwn(result, 'read', Tag.Int32, r.read);
          o.setOwn(result, 'written', Tag.Int32, r.written);
          return [Tag.Ptr, result];
        },
      },
    ]);

    const decoder = native({
      name: 'TextDecoder', length: 0, fn: requiresNew('TextDecoder', 'class'),
      construct: (_rt, args, newTarget) => {
        const label = args.length === 0 || args[0][0] === Tag.Undefined ? 'utf-8' : rt.toStringValue(args[0]);
        const options = rt.host(args[1] ?? UNDEF) as { fatal?: boolean; ignoreBOM?: boolean } | undefined;
        const host = hostLibraryCall(() => new TextDecoder(label, options ?? undefined));
        const at = o.allocObject(rt.prototypeForNew(newTarget) || this.decoderProto);
        this.decoders.set(at, host);
        return [Tag.Ptr, at];
      },
    });
    link(decoder, this.decoderProto, 'TextDecoder');
    installMethods(this.decoderProto, [{
      name: 'decode', length: 0,
      fn: (_rt, self, args) => {
        const d = this.decoder(self);
        const input = args.length === 0 || args[0][0] === Tag.Undefined ? undefined : this.bytesOf(args[0]);
        const options = rt.host(args[1] ?? UNDEF) as { stream?: boolean } | undefined;
        return rt.str(hostLibraryCall(() => d.decode(input, options ?? undefined)));
      },
    }]);
    getter(this.decoderProto, 'encoding', (_rt, self) => rt.str(this.decoder(self).encoding));
    getter(this.decoderProto, 'fatal', (_rt, self) => [Tag.Bool, this.decoder(self).fatal ? 1 : 0]);
    getter(this.decoderProto, 'ignoreBOM', (_rt, self) => [Tag.Bool, this.decoder(self).ignoreBOM ? 1 : 0]);
    return [['TextEncoder', encoder], ['TextDecoder', decoder]];
  }

  roots(): number[] {
    return [this.encoderProto, this.decoderProto];
  }

  dropDead(isLive: (at: number) => boolean): void {
    for (const table of [this.encoders, this.decoders] as Map<number, unknown>[]) {
      for (const at of table.keys()) if (!isLive(at)) table.delete(at);
    }
  }
}
