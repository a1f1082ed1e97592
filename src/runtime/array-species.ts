// Subclasses of Array (`class List extends Array`): the methods that make a new array make an
// instance of the receiver's species (ArraySpeciesCreate: `list.map(f)` is a List), and
// Array.from / Array.of called on a subclass construct it (`List.from(x)`).
//
// The methods themselves make ordinary arrays (natives.ts, array-natives-recent.ts). For a
// receiver with a properties object (the only arrays whose prototype can be another, layout.ts
// ElementsKind.PropertiesBit) whose species is not Array, the wrapper constructs the species
// first, with the length argument the spec passes (observable: a subclass constructor runs
// before the callbacks, with that argument), then runs the method and defines its results'
// elements on the new object, as CreateDataPropertyOrThrow does, and sets `length` where
// the spec does. An ordinary array pays one bit test.

import { KilnThrow } from './errors';
import { ElementsKind, ObjectLayout as L, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** The methods that make their result with ArraySpeciesCreate: the length they pass it, and
 *  whether they set the result's `length` at the end. */
interface SpeciesUse {
  readonly length: (rt: RuntimeCore, a: number, args: readonly Word[]) => number;
  readonly setsLength: boolean;
}

const SPECIES_METHODS: ReadonlyMap<string, SpeciesUse> = new Map<string, SpeciesUse>([
  ['map', { length: (rt, a) => rt.objects.arrayLength(a), setsLength: false }],
  ['filter', { length: () => 0, setsLength: false }],
  ['flat', { length: () => 0, setsLength: false }],
  ['flatMap', { length: () => 0, setsLength: false }],
  ['concat', { length: () => 0, setsLength: true }],
  ['slice', {
    length: (rt, a, args) => {
      const len = rt.objects.arrayLength(a);
      const start = relative(rt, args[0], len, 0);
      return Math.max(relative(rt, args[1], len, len) - start, 0);
    },
    setsLength: true,
  }],
  ['splice', {
    length: (rt, a, args) => {
      const len = rt.objects.arrayLength(a);
      const start = relative(rt, args[0], len, 0);
      if (args.length === 0) return 0;
      if (args.length === 1) return len - start;
      return Math.min(Math.max(Math.trunc(rt.toNumber(args[1])) || 0, 0), len - start);
    },
    setsLength: true,
  }],
]);

function relative(rt: RuntimeCore, w: Word | undefined, len: number, dflt: number): number {
  if (w === undefined || w[0] === Tag.Undefined) return dflt;
  const n = Math.trunc(rt.toNumber(w)) || 0;
  return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
}

/** The species constructor of array `a` when it is not Array itself (null: an ordinary
 *  array is made), as ArraySpeciesCreate finds it. */
function speciesOf(rt: RuntimeCore, a: number, arrayFn: number): Word | null {
  if ((rt.heap.u32[(a + L.arrayKindOffset) >> 2] & ElementsKind.PropertiesBit) === 0) return null;
  let c = rt.getProperty([Tag.Ptr, a], 'constructor');
  if (c[0] === Tag.Ptr && c[1] === arrayFn) return null;
  if (rt.isObjectWord(c)) {
    c = rt.getProperty(c, rt.symbols.wellKnownKey('species'));
    if (c[0] === Tag.Null) return null;
  }
  if (c[0] === Tag.Undefined || (c[0] === Tag.Ptr && c[1] === arrayFn)) return null;
  if (!rt.isConstructor(c)) throw new KilnThrow('TypeError', 'object.constructor[Symbol.species] is not a constructor');
  return c;
}

/** The elements of ordinary array `from` defined on `to` (CreateDataPropertyOrThrow), then
 *  `to.length` when `setsLength`. */
function defineElements(rt: RuntimeCore, to: Word, from: Word, setsLength: boolean): void {
  const o = rt.objects;
  const n = o.arrayLength(from[1]);
  for (let i = 0; i < n; i++) {
    if (rt.heap.u32[o.elementWord(from[1], i) + 1] === Tag.Hole) continue;
    o.getElement(from[1], i);
    rt.props.set(to[0], to[1], i, o.rhi, o.rlo, true);
  }
  if (setsLength) rt.props.set(to[0], to[1], 'length', Tag.Int32, n, true);
}

/** Runs `make` (which returns an ordinary array) for an instance of constructor `c` made with
 *  `lengthArgs` first, and returns that instance holding make's elements. */
function intoInstance(rt: RuntimeCore, c: Word, lengthArgs: Word[], setsLength: boolean, make: () => Word): Word {
  const instance = rt.construct(c, lengthArgs, c, rt.describe(c[0], c[1]));
  rt.heap.pushHandleWord(instance);
  try {
    const result = make();
    rt.heap.pushHandleWord(result);
    try {
      defineElements(rt, instance, result, setsLength);
    } finally {
      rt.heap.popHandle();
    }
    return instance;
  } finally {
    rt.heap.popHandle();
  }
}

/** Array.prototype methods with ArraySpeciesCreate for subclass receivers (`arrayFn`: the
 *  realm's Array, read when a method runs). */
export function withArraySpecies(methods: readonly NativeMethod[], arrayFn: () => number): NativeMethod[] {
  return methods.map((m) => {
    const species = SPECIES_METHODS.get(m.name);
    if (species === undefined) return m;
    return {
      ...m,
      fn: (rt, self, args, callee) => {
        const c = rt.objects.isArray(self[0], self[1]) ? speciesOf(rt, self[1], arrayFn()) : null;
        if (c === null) return m.fn(rt, self, args, callee);
        return intoInstance(rt, c, [numberWord(species.length(rt, self[1], args))], species.setsLength, () => m.fn(rt, self, args, callee));
      },
    };
  });
}

/** Array.from and Array.of called on another constructor (`List.from(x)`): an instance of it,
 *  made as the spec makes it (from an iterable with no argument, from an array-like or by
 *  `of` with the length), holding the elements and the length. */
export function withConstructedReceiver(methods: readonly NativeMethod[], arrayFn: () => number): NativeMethod[] {
  return methods.map((m) => (m.name !== 'from' && m.name !== 'of' ? m : {
    ...m,
    fn: (rt, self, args, callee) => {
      if (self[0] !== Tag.Ptr || self[1] === arrayFn() || !rt.isConstructor(self)) return m.fn(rt, self, args, callee);
      let lengthArgs: Word[];
      if (m.name === 'of') lengthArgs = [numberWord(args.length)];
      else {
        const items = args[0] ?? UNDEF;
        const iterator = items[0] === Tag.Undefined || items[0] === Tag.Null ? UNDEF : rt.getProperty(items, rt.symbols.wellKnownKey('iterator'));
        lengthArgs = iterator[0] !== Tag.Undefined && iterator[0] !== Tag.Null ? [] : [numberWord(arrayLikeLength(rt, items))];
      }
      return intoInstance(rt, self, lengthArgs, true, () => m.fn(rt, UNDEF, args, callee));
    },
  }));
}

function arrayLikeLength(rt: RuntimeCore, w: Word): number {
  if (w[0] === Tag.Undefined || w[0] === Tag.Null) return 0;
  const n = Math.trunc(rt.toNumber(rt.getProperty(w, 'length'))) || 0;
  return Math.min(Math.max(n, 0), Number.MAX_SAFE_INTEGER);
}

/** Array[Symbol.species]: a getter answering `this`, so a subclass is its own species. */
export function installArraySpecies(rt: RuntimeCore, arrayFn: number): void {
  const getter = rt.createNative({ name: 'get [Symbol.species]', length: 0, fn: (_rt, self) => self });
  rt.props.define(arrayFn, rt.symbols.wellKnownKey('species'), Tag.Ptr, getter, PropFlag.NonEnumerable, 'get');
}
