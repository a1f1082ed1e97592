// The global `crypto` (node's Web Crypto object, not the crypto module): randomUUID() and
// getRandomValues(typedArray), which modern scripts call without a require. The instance of a
// Crypto class that cannot be constructed, printed `Crypto {}` as node prints it. Not here:
// crypto.subtle.

import * as crypto from 'crypto';
import { KilnThrow } from './errors';
import { Tag } from './layout';
import { linkConstructor } from './library-wiring';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const INTEGER_ARRAYS = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);
/** The most bytes one getRandomValues call fills (the Web Crypto limit). */
const MAX_RANDOM_BYTES = 65536;

/** Makes the Crypto class and its one instance; returns the globals to define. */
export function installWebCrypto(
  rt: RuntimeCore,
  native: (m: NativeMethod) => number,
  installMethods: (holder: number, methods: readonly NativeMethod[]) => void,
): [string, number][] {
  const proto = rt.objects.allocObject();
  const ctor = native({
    name: 'Crypto', length: 0,
    fn: () => { throw new KilnThrow('TypeError', 'Illegal constructor'); },
    construct: () => { throw new KilnThrow('TypeError', 'Illegal constructor'); },
  });
  linkConstructor(rt, ctor, proto, 'Crypto');
  installMethods(proto, [
    { name: 'randomUUID', length: 0, fn: (r) => r.str(crypto.randomUUID()) },
    { name: 'getRandomValues', length: 1, fn: (r, _self, args) => getRandomValues(r, args[0] ?? UNDEF) },
  ]);
  return [['crypto', rt.objects.allocObject(proto)]];
}

/** Fills an integer typed array with random bytes, in place, and returns it. */
function getRandomValues(rt: RuntimeCore, array: Word): Word {
  const info = array[0] === Tag.Ptr ? rt.props.typedArrays?.info(array[1]) : undefined;
  // (node throws a DOMException named TypeMismatchError / QuotaExceededError here)
  if (info === undefined || !INTEGER_ARRAYS.has(info.type)) throw new KilnThrow('TypeError', 'The data argument must be an integer-type TypedArray');
  const bytes = rt.bufferBytes(array);
  if (bytes === undefined) throw new KilnThrow('TypeError', 'The data argument must be an integer-type TypedArray');
  if (bytes.byteLength > MAX_RANDOM_BYTES) throw new KilnThrow('RangeError', 'The requested length exceeds 65,536 bytes');
  crypto.randomFillSync(bytes); // (a view of the array's bytes in kiln's heap)
  return array;
}
