// The Array methods of ES2015 on (and reduceRight): at, findLast/findLastIndex, flat/flatMap,
// copyWithin, the copying toReversed/toSorted/toSpliced/with, the iterators keys/values/
// entries (walks of collections.ts), and Array.from/of. They are
// written against the object model like natives.ts's older methods, and share its helpers
// and semantics: holes are skipped where the spec's HasProperty skips them and read as
// undefined where it reads; the copying methods make dense arrays. Results built while user
// callbacks run (flatMap, Array.from's map function) live in a heap array held by a handle,
// since a callback may collect.

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import { ARRAY_METHODS, callback, element, integerOrInfinity, isHole, relativeIndex, truthy, withArrayReceiver, type ArrayMethod } from './natives';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const arg = (args: Word[], i: number): Word => args[i] ?? UNDEF;
const int = (n: number): Word => [Tag.Int32, n | 0];

/** Element i, a hole read as undefined. */
function valueAt(rt: RuntimeCore, a: number, i: number): Word {
  return isHole(rt, a, i) ? UNDEF : element(rt, a, i);
}

/** Calls f(v, i, self) with v kept alive across the call. */
function callWith(rt: RuntimeCore, f: Word, thisArg: Word, v: Word, i: number, self: Word): Word {
  rt.heap.pushHandleWord(v);
  try {
    return rt.invoker.call(f, thisArg, [v, int(i), self]);
  } finally {
    rt.heap.popHandle();
  }
}

/** A new empty array, held by a handle while `fill` runs (pop it by returning). */
function buildArray(rt: RuntimeCore, fill: (out: number) => void): Word {
  const out = rt.newArray([])[1];
  rt.heap.pushHandle(out);
  try {
    fill(out);
  } finally {
    rt.heap.popHandle();
  }
  return [Tag.Ptr, out];
}

/** Appends the elements of array `a` to `out`, flattening nested arrays `depth` levels deep;
 *  holes are skipped. */
function flattenInto(rt: RuntimeCore, out: number, a: number, depth: number): void {
  for (let i = 0, n = rt.objects.arrayLength(a); i < n; i++) {
    if (isHole(rt, a, i)) continue;
    const v = element(rt, a, i);
    if (depth > 0 && rt.objects.isArrayValue(v[0], v[1])) flattenInto(rt, out, v[1], depth - 1);
    else rt.objects.push(out, v[0], v[1]);
  }
}

/** A dense copy of array a (holes become undefined). */
function denseCopy(rt: RuntimeCore, a: number): Word[] {
  const values: Word[] = [];
  for (let i = 0, n = rt.objects.arrayLength(a); i < n; i++) values.push(valueAt(rt, a, i));
  return values;
}

const RECENT_ARRAY_METHODS: Record<string, ArrayMethod & { length?: number }> = {
  at(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    const k = integerOrInfinity(rt, arg(args, 0));
    const i = k >= 0 ? k : n + k;
    return i < 0 || i >= n ? UNDEF : valueAt(rt, a, i);
  },
  findLast(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    for (let i = rt.objects.arrayLength(a) - 1; i >= 0; i--) {
      // An element removed by an earlier call reads as undefined.
      const v = i < rt.objects.arrayLength(a) ? valueAt(rt, a, i) : UNDEF;
      if (truthy(rt, callWith(rt, f, arg(args, 1), v, i, self))) return v;
    }
    return UNDEF;
  },
  findLastIndex(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    for (let i = rt.objects.arrayLength(a) - 1; i >= 0; i--) {
      const v = i < rt.objects.arrayLength(a) ? valueAt(rt, a, i) : UNDEF;
      if (truthy(rt, callWith(rt, f, arg(args, 1), v, i, self))) return int(i);
    }
    return int(-1);
  },
  reduceRight(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    let i = rt.objects.arrayLength(a) - 1;
    let acc: Word;
    if (args.length >= 2) {
      acc = args[1];
    } else {
      while (i >= 0 && isHole(rt, a, i)) i--;
      if (i < 0) throw new KilnThrow('TypeError', 'Reduce of empty array with no initial value');
      acc = element(rt, a, i--);
    }
    rt.heap.pushHandleWord(acc);
    try {
      for (; i >= 0; i--) {
        if (i >= rt.objects.arrayLength(a) || isHole(rt, a, i)) continue;
        const v = element(rt, a, i);
        rt.heap.pushHandleWord(v);
        try {
          acc = rt.invoker.call(f, UNDEF, [acc, v, int(i), self]);
        } finally {
          rt.heap.popHandle();
        }
        rt.heap.setTopHandleWord(acc);
      }
    } finally {
      rt.heap.popHandle();
    }
    return acc;
  },
  flat(rt, _self, args, a) {
    const d = arg(args, 0);
    const depth = d[0] === Tag.Undefined ? 1 : integerOrInfinity(rt, d);
    return buildArray(rt, (out) => flattenInto(rt, out, a, depth));
  },
  flatMap(rt, self, args, a) {
    const f = arg(args, 0);
    if (!rt.isCallable(f)) throw new KilnThrow('TypeError', 'flatMap mapper function is not callable');
    return buildArray(rt, (out) => {
      for (let i = 0, n = rt.objects.arrayLength(a); i < n && i < rt.objects.arrayLength(a); i++) {
        if (isHole(rt, a, i)) continue;
        const r = callWith(rt, f, arg(args, 1), element(rt, a, i), i, self);
        if (rt.objects.isArrayValue(r[0], r[1])) flattenInto(rt, out, r[1], 0);
        else rt.objects.push(out, r[0], r[1]);
      }
    });
  },
  copyWithin(rt, self, args, a) {
    const n = rt.objects.arrayLength(a);
    const to = relativeIndex(rt, arg(args, 0), n, 0);
    const from = relativeIndex(rt, arg(args, 1), n, 0);
    const end = relativeIndex(rt, arg(args, 2), n, n);
    const count = Math.min(end - from, n - to);
    if (count <= 0) return self;
    // Read every source word first: the ranges may overlap.
    const words: Word[] = [];
    for (let i = 0; i < count; i++) words.push(isHole(rt, a, from + i) ? [Tag.Hole, 0] : element(rt, a, from + i));
    words.forEach(([hi, lo], i) => rt.objects.setElement(a, to + i, hi, lo));
    return self;
  },
  toReversed(rt, _self, _args, a) {
    return rt.newArray(denseCopy(rt, a).reverse());
  },
  toSorted(rt, _self, args, a) {
    const cmp = arg(args, 0);
    if (cmp[0] !== Tag.Undefined && !rt.isCallable(cmp)) {
      throw new KilnThrow('TypeError', 'The comparison function must be either a function or undefined');
    }
    const copy = rt.newArray(denseCopy(rt, a));
    rt.heap.pushHandleWord(copy);
    try {
      return ARRAY_METHODS.sort(rt, copy, [cmp], copy[1]);
    } finally {
      rt.heap.popHandle();
    }
  },
  toSpliced(rt, _self, args, a) {
    const values = denseCopy(rt, a);
    const n = values.length;
    const start = relativeIndex(rt, arg(args, 0), n, 0);
    const skip = args.length === 0 ? 0 : args.length === 1 ? n - start : Math.min(Math.max(integerOrInfinity(rt, args[1]), 0), n - start);
    values.splice(start, skip, ...args.slice(2));
    return rt.newArray(values);
  },
  with(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    const k = integerOrInfinity(rt, arg(args, 0));
    const i = k >= 0 ? k : n + k;
    if (i < 0 || i >= n) throw new KilnThrow('RangeError', `Invalid index : ${rt.toStringValue(arg(args, 0))}`);
    const values = denseCopy(rt, a);
    values[i] = arg(args, 1);
    return rt.newArray(values);
  },
};

for (const mode of ['keys', 'values', 'entries'] as const) {
  RECENT_ARRAY_METHODS[mode] = (rt, _self, _args, a) => [Tag.Ptr, rt.collections.createArrayIterator(a, mode)];
}

const LENGTHS: Record<string, number> = {
  at: 1, findLast: 1, findLastIndex: 1, reduceRight: 1, flat: 0, flatMap: 1, copyWithin: 2,
  toReversed: 0, toSorted: 1, toSpliced: 2, with: 2,
};

export const RECENT_ARRAY_NATIVES: readonly NativeMethod[] = Object.entries(RECENT_ARRAY_METHODS).map(([name, impl]) => ({
  name,
  length: LENGTHS[name],
  fn: (rt: RuntimeCore, self: Word, args: Word[]): Word => withArrayReceiver(rt, self, name, (a) => impl(rt, self, args, a)),
}));

/** Array.from's items as a new array: an array copied (holes read as undefined), a string
 *  by code points, an iterable through its iterator, anything else as an array-like (its
 *  `length`, then each index). */
function itemsOf(rt: RuntimeCore, source: Word): Word {
  if (rt.objects.isArray(source[0], source[1])) return rt.newArray(denseCopy(rt, source[1]));
  const iterable = source[0] === Tag.Ptr && (rt.heap.kindOf(source[1]) === Kind.String || rt.collections.kindOf(source[0], source[1]) !== null ||
    rt.collections.iteratorWalk(source[0], source[1]) !== undefined || !isNullish(rt.getProperty(source, rt.symbols.wellKnownKey('iterator'))));
  if (iterable) return [Tag.Ptr, rt.iterableToArray(source[0], source[1])];
  const length = Math.min(Math.max(integerOrInfinity(rt, rt.getProperty(source, 'length')), 0), Number.MAX_SAFE_INTEGER);
  if (length > 0xffffffff) throw new KilnThrow('RangeError', 'Invalid array length');
  return buildArray(rt, (out) => {
    for (let i = 0; i < length; i++) {
      const v = rt.getProperty(source, i);
      rt.objects.push(out, v[0], v[1]);
    }
  });
}

function isNullish(w: Word): boolean {
  return w[0] === Tag.Undefined || w[0] === Tag.Null;
}

/** Array.of and Array.from (array-likes and arrays; an iterable that is neither is the
 *  iteration protocol's: kiln's spread reads it). */
export const ARRAY_CONSTRUCTOR_NATIVES: readonly NativeMethod[] = [
  { name: 'of', length: 0, fn: (rt, _self, args) => rt.newArray(args) },
  {
    name: 'from', length: 1,
    fn: (rt, _self, args) => {
      const source = arg(args, 0);
      const mapFn = arg(args, 1);
      if (mapFn[0] !== Tag.Undefined && !rt.isCallable(mapFn)) {
        // V8 names a string mapper by its text, unquoted.
        const name = mapFn[0] === Tag.Ptr && rt.heap.kindOf(mapFn[1]) === Kind.String ? rt.heap.readString(mapFn[1]) : rt.describe(mapFn[0], mapFn[1]);
        throw new KilnThrow('TypeError', `${name} is not a function`);
      }
      if (source[0] === Tag.Undefined || source[0] === Tag.Null) {
        throw new KilnThrow('TypeError', `${source[0] === Tag.Null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`);
      }
      const items = itemsOf(rt, source);
      if (mapFn[0] === Tag.Undefined) return items;
      rt.heap.pushHandleWord(items);
      try {
        return buildArray(rt, (out) => {
          for (let i = 0, n = rt.objects.arrayLength(items[1]); i < n; i++) {
            const r = callWith(rt, mapFn, arg(args, 2), valueAt(rt, items[1], i), i, UNDEF);
            rt.objects.push(out, r[0], r[1]);
          }
        });
      } finally {
        rt.heap.popHandle();
      }
    },
  },
];
