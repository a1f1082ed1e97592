// The BigInt function, BigInt.asIntN/asUintN and BigInt.prototype (toString, toLocaleString,
// valueOf, @@toStringTag). The values are the host's bigints (bigint-store.ts), so each
// method converts its arguments in the language — ToPrimitive runs a program's valueOf — and
// then applies the host's own BigInt, whose errors (a fraction, a string that is no integer,
// a bad radix) carry V8's messages, which are node's.

import { KilnThrow } from './errors';
import { linkConstructor } from './library-wiring';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** A host BigInt operation on primitive values: its TypeError, RangeError or SyntaxError is
 *  the language's (nothing but the conversion can fail there). */
function bigintCall(run: () => bigint | string): bigint | string {
  try {
    return run();
  } catch (e) {
    if (e instanceof KilnThrow) throw e;
    if (e instanceof SyntaxError) throw new KilnThrow('SyntaxError', e.message);
    if (e instanceof RangeError) throw new KilnThrow('RangeError', e.message);
    if (e instanceof TypeError) throw new KilnThrow('TypeError', e.message);
    throw e;
  }
}

/** A host primitive for the host's BigInt(): the value after ToPrimitive(number). */
function hostPrimitive(rt: RuntimeCore, w: Word): unknown {
  return rt.host(rt.convert.isObject(w) ? rt.toPrimitive(w, 'number') : w);
}

/** Installs BigInt.prototype's methods and the BigInt function's; returns the function. */
export function installBigInt(rt: RuntimeCore, native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): number {
  const proto = rt.objects.bigintProto;
  const bigint = (v: bigint | string): Word => [Tag.Ptr, rt.heap.bigints.intern(v as bigint)];
  const thisValue = (self: Word, method: string): bigint => rt.heap.bigints.value(rt.thisPrimitive(self, 'BigInt', method)[1]);
  const fn = native({
    name: 'BigInt', length: 1,
    fn: (_rt, _self, args) => bigint(bigintCall(() => BigInt(hostPrimitive(rt, args[0] ?? UNDEF) as bigint))),
  });
  linkConstructor(rt, fn, proto, 'BigInt');
  installMethods(proto, [
    {
      name: 'toString', length: 0,
      fn: (_rt, self, args) => {
        const v = thisValue(self, 'toString');
        const radix = args[0] === undefined || args[0][0] === Tag.Undefined ? undefined : rt.toNumber(args[0]);
        return rt.str(bigintCall(() => v.toString(radix)) as string);
      },
    },
    {
      name: 'toLocaleString', length: 0,
      // (locales, options) go to the host's Intl as they are, as Number's do.
      fn: (_rt, self, args) => {
        const v = thisValue(self, 'toLocaleString');
        const hostArgs = args.map((a) => rt.host(a)) as Parameters<bigint['toLocaleString']>;
        return rt.str(bigintCall(() => v.toLocaleString(...hostArgs)) as string);
      },
    },
    { name: 'valueOf', length: 0, fn: (_rt, self) => bigint(thisValue(self, 'valueOf')) },
  ]);
  // asIntN(bits, bigint): ToIndex(bits), then ToBigInt(bigint) (a number is a TypeError).
  const wrap = (name: 'asIntN' | 'asUintN'): NativeMethod => ({
    name, length: 2,
    fn: (_rt, _self, args) => {
      const bits = hostPrimitive(rt, args[0] ?? UNDEF);
      const value = hostPrimitive(rt, args[1] ?? UNDEF);
      return bigint(bigintCall(() => BigInt[name](bits as number, value as bigint)));
    },
  });
  installMethods(fn, [wrap('asIntN'), wrap('asUintN')]);
  return fn;
}
