// node's `crypto` module as far as everyday scripts use it: createHash and createHmac
// (update/digest, chained), randomBytes, randomUUID, randomInt, getHashes, webcrypto (the
// global `crypto`), getRandomValues and
// timingSafeEqual. The digests are the host's: a Hash object keeps the bytes it was given as
// Buffers in a hidden heap array (no host object lives beside the kiln object), and digest()
// hashes them all at once with the host's crypto, so every algorithm and encoding node has
// works with node's output and node's errors.

import * as crypto from 'crypto';
import { hostLibraryCall, KilnThrow } from './errors';
import { Tag } from './layout';
import { newPrivateKey } from './private-names';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
/** A Hash/Hmac object's state: a heap array [algorithm, key Buffer or undefined, chunks array, finalized]. */
const STATE_KEY = newPrivateKey('[[HashState]]');
/** The module object's hold on the Hash prototype. */
const HASH_PROTO_KEY = newPrivateKey('[[HashPrototype]]');
const enum State { Algorithm, Key, Chunks, Finalized }

/** The bytes of a data argument: a Buffer or typed array as it is, a string in `encoding`. */
function bytesOf(rt: RuntimeCore, data: Word, encoding: Word, what: string): Uint8Array {
  const bytes = rt.bufferBytes(data);
  if (bytes !== undefined) return bytes;
  if (data[0] !== Tag.Ptr || rt.convert.isObject(data)) {
    const e = new KilnThrow('TypeError', `The "${what}" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ${rt.describe(data[0], data[1])}`);
    e.ownProperties = [['code', 'ERR_INVALID_ARG_TYPE']];
    throw e;
  }
  const enc = encoding[0] === Tag.Undefined ? 'utf8' : (rt.toStringValue(encoding) as BufferEncoding);
  return Buffer.from(rt.toStringValue(data), enc);
}

/** The crypto module's functions on module object `module`, which also keeps the prototype
 *  of the Hash objects they make (update/digest) alive, under a private key. */
export function installCrypto(rt: RuntimeCore, module: number): void {
  const o = rt.objects;
  const hashProto = o.allocObject();
  o.defineOwn(module, HASH_PROTO_KEY, Tag.Ptr, hashProto, PropFlag.NonEnumerable);
  const stateOf = (self: Word, method: string): number => {
    if (self[0] !== Tag.Ptr || !rt.convert.isObject(self) || !o.getOwn(self[1], STATE_KEY)) {
      throw new KilnThrow('TypeError', `Hash.prototype.${method} called on incompatible receiver ${rt.describe(self[0], self[1])}`);
    }
    return o.rlo;
  };
  const element = (state: number, i: State): Word => {
    o.getElement(state, i);
    return [o.rhi, o.rlo];
  };
  const finalized = (state: number): void => {
    if (element(state, State.Finalized)[1] !== 0) {
      const e = new KilnThrow('Error', 'Digest already called');
      e.ownProperties = [['code', 'ERR_CRYPTO_HASH_FINALIZED']];
      throw e;
    }
  };
  for (const m of [
    {
      name: 'update', length: 2,
      fn: (_rt: RuntimeCore, self: Word, args: Word[]): Word => {
        const state = stateOf(self, 'update');
        finalized(state);
        const chunk = rt.makeBuffer(Uint8Array.from(bytesOf(rt, args[0] ?? UNDEF, args[1] ?? UNDEF, 'data')));
        o.push(element(state, State.Chunks)[1], chunk[0], chunk[1]);
        return self;
      },
    },
    {
      name: 'digest', length: 1,
      fn: (_rt: RuntimeCore, self: Word, args: Word[]): Word => {
        const state = stateOf(self, 'digest');
        finalized(state);
        o.setElement(state, State.Finalized, Tag.Bool, 1);
        const algorithm = rt.toStringValue(element(state, State.Algorithm));
        const key = element(state, State.Key);
        const chunks = element(state, State.Chunks)[1];
        const parts: Uint8Array[] = [];
        for (let i = 0; i < o.arrayLength(chunks); i++) parts.push(rt.bufferBytes(element(chunks, i))!);
        const hash = key[0] === Tag.Undefined ? crypto.createHash(algorithm) : crypto.createHmac(algorithm, rt.bufferBytes(key)!);
        for (const p of parts) hash.update(p);
        const encoding = args[0] ?? UNDEF;
        if (encoding[0] === Tag.Undefined) return rt.makeBuffer(hash.digest());
        return rt.str(hostLibraryCall(() => hash.digest(rt.toStringValue(encoding) as crypto.BinaryToTextEncoding)));
      },
    },
  ] satisfies NativeMethod[]) {
    o.defineOwn(hashProto, m.name, Tag.Ptr, rt.createNative(m), PropFlag.NonEnumerable);
  }
  const make = (algorithm: Word, key: Word): Word => {
    const name = rt.toStringValue(algorithm);
    // The host checks the algorithm (and the key) now, as node does, with node's error.
    hostLibraryCall(() => (key[0] === Tag.Undefined ? crypto.createHash(name) : crypto.createHmac(name, rt.bufferBytes(key)!)));
    const hash = o.allocObject(hashProto);
    rt.heap.pushHandle(hash);
    try {
      const state = rt.newArray([rt.str(name), key, rt.newArray([]), [Tag.Bool, 0]]);
      o.defineOwn(hash, STATE_KEY, state[0], state[1], PropFlag.NonEnumerable);
    } finally {
      rt.heap.popHandle();
    }
    return [Tag.Ptr, hash];
  };
  const functions: NativeMethod[] = [
    { name: 'createHash', length: 2, fn: (_rt, _self, args) => make(args[0] ?? UNDEF, UNDEF) },
    {
      name: 'createHmac', length: 3,
      fn: (_rt, _self, args) => make(args[0] ?? UNDEF, rt.makeBuffer(Uint8Array.from(bytesOf(rt, args[1] ?? UNDEF, UNDEF, 'key')))),
    },
    { name: 'randomBytes', length: 2, fn: (_rt, _self, args) => rt.makeBuffer(hostLibraryCall(() => crypto.randomBytes(rt.toNumber(args[0] ?? UNDEF)))) },
    { name: 'randomUUID', length: 1, fn: () => rt.str(crypto.randomUUID()) },
    {
      name: 'randomInt', length: 2,
      fn: (_rt, _self, args) => {
        const [a, b] = args.map((w) => rt.toNumber(w));
        return numberWord(hostLibraryCall(() => (args.length >= 2 ? crypto.randomInt(a, b) : crypto.randomInt(a))));
      },
    },
    { name: 'getHashes', length: 0, fn: () => rt.newArray(crypto.getHashes().map((h) => rt.str(h))) },
    {
      name: 'timingSafeEqual', length: 2,
      fn: (_rt, _self, args) => [Tag.Bool, hostLibraryCall(() => crypto.timingSafeEqual(bytesOf(rt, args[0] ?? UNDEF, UNDEF, 'buf1'), bytesOf(rt, args[1] ?? UNDEF, UNDEF, 'buf2'))) ? 1 : 0],
    },
  ];
  for (const m of functions) o.setOwn(module, m.name, Tag.Ptr, rt.createNative(m));
  // node's crypto.webcrypto is the global `crypto`, and crypto.getRandomValues its method.
  const web = rt.loadGlobal('crypto', true);
  o.setOwn(module, 'webcrypto', web[0], web[1]);
  if (web[0] === Tag.Ptr) {
    const getRandomValues = rt.getProperty(web, 'getRandomValues');
    o.setOwn(module, 'getRandomValues', getRandomValues[0], getRandomValues[1]);
  }
}
