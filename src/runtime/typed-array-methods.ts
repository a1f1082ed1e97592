// The typed-array library: %TypedArray% (from, of) and its prototype's accessors and methods,
// each type's constructor and prototype, ArrayBuffer and DataView. Where no kiln code runs,
// a method is the host's own applied to the array's host view over kiln's heap (fill, set,
// sort without a comparator, indexOf, join, reverse, ...: node's conversions and results);
// methods with callbacks walk the elements here and call them as kiln code. Iterators are
// the array iterators (collections.ts), which walk typed arrays too.

import { KilnThrow, hostCall } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { linkConstructor, requiresNew } from './library-wiring';
import { PropFlag } from './shapes';
import { isBigIntArrayType, TYPED_ARRAY_NAMES, type TypedArrayName } from './typed-array-layout';
import { elementSize, toIndex, type TypedArrayInfo, type TypedArrays } from './typed-arrays';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const bool = (b: boolean): Word => [Tag.Bool, b ? 1 : 0];
const arg = (args: Word[], i: number): Word => args[i] ?? UNDEF;

type HostMethod = (this: unknown, ...a: unknown[]) => unknown;

/** The methods of %TypedArray%.prototype, in node's order. */
function prototypeMethods(rt: RuntimeCore, ta: TypedArrays): NativeMethod[] {
  const info = (self: Word): TypedArrayInfo => {
    const i = self[0] === Tag.Ptr ? ta.info(self[1]) : undefined;
    if (i === undefined) throw new KilnThrow('TypeError', 'this is not a typed array.');
    return i;
  };
  /** A number argument (ToNumber in the language: valueOf may run), undefined kept. */
  const num = (args: Word[], i: number): number | undefined => (i < args.length && args[i][0] !== Tag.Undefined ? rt.toNumber(args[i]) : undefined);
  const hostMethod = (name: string): HostMethod => (Object.getPrototypeOf(Int8Array.prototype) as Record<string, HostMethod>)[name];
  const callback = (args: Word[]): Word => {
    const fn = arg(args, 0);
    if (!rt.isCallable(fn)) throw new KilnThrow('TypeError', `${rt.describe(fn[0], fn[1])} is not a function`);
    return fn;
  };
  /** Calls fn(element, index, array) for each index below the length at the start. */
  const each = (self: Word, args: Word[], name: string, visit: (value: Word, i: number, result: Word) => boolean | void): void => {
    const t = info(self);
    const fn = callback(args);
    const thisArg = arg(args, 1);
    for (let i = 0; i < t.length; i++) {
      const value = ta.element(t, i);
      const result = rt.invoker.call(fn, thisArg, [value, [Tag.Int32, i], self]);
      if (visit(value, i, result) === true) return;
    }
  };
  /** The prototype of the arrays map/filter/slice/subarray make from `self` (what its
   *  species constructor would give a subclass or a Buffer, without running it). */
  const speciesProto = (self: Word): number => rt.objects.protoOf(self[1]);
  const fromValues = (type: TypedArrayName, values: Word[], proto: number): Word => {
    const at = ta.create(type, values.length, proto);
    const t = ta.info(at)!;
    for (let i = 0; i < values.length; i++) ta.setElement(t, i, values[i]);
    return [Tag.Ptr, at];
  };
  const copyOf = (t: TypedArrayInfo): { at: number; copy: TypedArrayInfo } => {
    const at = ta.createFrom(t.type, t.view as ArrayLike<number>);
    return { at, copy: ta.info(at)! };
  };
  const hostApplied = (name: string, convert: (args: Word[], t: TypedArrayInfo) => unknown[], result: (r: unknown, self: Word) => Word): NativeMethod => ({
    name, length: hostMethod(name).length,
    fn: (_rt, self, args) => {
      const t = info(self);
      const hostArgs = convert(args, t);
      return result(hostCall(() => hostMethod(name).apply(t.view, hostArgs)), self);
    },
  });
  const toWord = (r: unknown): Word => (r === undefined ? UNDEF : typeof r === 'string' ? rt.str(r) : typeof r === 'boolean' ? bool(r) : ta.elementWord(r as number | bigint));
  const returnsSelf = (_r: unknown, self: Word): Word => self;
  const search = (args: Word[]): unknown[] => [rt.isObjectWord(arg(args, 0)) ? {} : rt.host(arg(args, 0)), ...(args.length > 1 ? [num(args, 1)] : [])];
  const iterator = (mode: 'entries' | 'keys' | 'values'): NativeMethod => ({
    name: mode, length: 0,
    fn: (_rt, self) => {
      info(self);
      return [Tag.Ptr, rt.collections.createArrayIterator(self[1], mode)];
    },
  });
  const finder = (name: string, fromEnd: boolean, wantIndex: boolean): NativeMethod => ({
    name, length: 1,
    fn: (_rt, self, args) => {
      const t = info(self);
      const fn = callback(args);
      for (let k = 0; k < t.length; k++) {
        const i = fromEnd ? t.length - 1 - k : k;
        const value = ta.element(t, i);
        if (rt.toBoolean(rt.invoker.call(fn, arg(args, 1), [value, [Tag.Int32, i], self]))) return wantIndex ? [Tag.Int32, i] : value;
      }
      return wantIndex ? [Tag.Int32, -1] : UNDEF;
    },
  });
  const reducer = (name: string, fromEnd: boolean): NativeMethod => ({
    name, length: 1,
    fn: (_rt, self, args) => {
      const t = info(self);
      const fn = callback(args);
      let k = 0;
      let acc: Word;
      if (args.length > 1) acc = args[1];
      else if (t.length === 0) throw new KilnThrow('TypeError', 'Reduce of empty array with no initial value');
      else acc = ta.element(t, fromEnd ? t.length - 1 : 0), k = 1;
      for (; k < t.length; k++) {
        const i = fromEnd ? t.length - 1 - k : k;
        acc = rt.invoker.call(fn, UNDEF, [acc, ta.element(t, i), [Tag.Int32, i], self]);
      }
      return acc;
    },
  });
  const sorted = (t: TypedArrayInfo, comparator: Word, into: TypedArrayInfo): void => {
    if (comparator[0] === Tag.Undefined) {
      (into.view as Float64Array).set(t.view as Float64Array);
      into.view.sort();
      return;
    }
    const values = Array.from(t.view as ArrayLike<number | bigint>);
    values.sort((a, b) => {
      const r = rt.toNumber(rt.invoker.call(comparator, UNDEF, [ta.elementWord(a), ta.elementWord(b)]));
      return r < 0 ? -1 : r > 0 ? 1 : 0;
    });
    (into.view as Float64Array).set(values as number[]);
  };
  const comparatorOf = (args: Word[]): Word => {
    const c = arg(args, 0);
    if (c[0] !== Tag.Undefined && !rt.isCallable(c)) throw new KilnThrow('TypeError', 'The comparison function must be either a function or undefined');
    return c;
  };
  const arrayToString = rt.getProperty([Tag.Ptr, rt.objects.arrayProto], 'toString');

  return [
    iterator('entries'), iterator('keys'), iterator('values'),
    hostApplied('at', (args) => [num(args, 0) ?? 0], toWord),
    hostApplied('copyWithin', (args) => args.map((_, i) => num(args, i)), returnsSelf),
    {
      name: 'every', length: 1,
      fn: (_rt, self, args) => {
        let all = true;
        each(self, args, 'every', (_v, _i, r) => (rt.toBoolean(r) ? undefined : ((all = false), true)));
        return bool(all);
      },
    },
    hostApplied('fill', (args, t) => [args.length === 0 ? undefined : ta.toElement(t.type, args[0]), num(args, 1), num(args, 2)], returnsSelf),
    {
      name: 'filter', length: 1,
      fn: (_rt, self, args) => {
        const kept: Word[] = [];
        each(self, args, 'filter', (v, _i, r) => void (rt.toBoolean(r) && kept.push(v)));
        return fromValues(info(self).type, kept, speciesProto(self));
      },
    },
    finder('find', false, false), finder('findIndex', false, true), finder('findLast', true, false), finder('findLastIndex', true, true),
    { name: 'forEach', length: 1, fn: (_rt, self, args) => (each(self, args, 'forEach', () => undefined), UNDEF) },
    hostApplied('includes', search, toWord),
    hostApplied('indexOf', search, toWord),
    hostApplied('join', (args) => [arg(args, 0)[0] === Tag.Undefined ? undefined : rt.toStringValue(arg(args, 0))], toWord),
    hostApplied('lastIndexOf', search, toWord),
    {
      name: 'map', length: 1,
      fn: (_rt, self, args) => {
        const t = info(self);
        const at = ta.create(t.type, t.length, speciesProto(self));
        rt.heap.pushHandle(at);
        try {
          const out = ta.info(at)!;
          each(self, args, 'map', (_v, i, r) => void ta.setElement(out, i, r));
        } finally {
          rt.heap.popHandle();
        }
        return [Tag.Ptr, at];
      },
    },
    hostApplied('reverse', () => [], returnsSelf),
    reducer('reduce', false), reducer('reduceRight', true),
    {
      name: 'set', length: 1,
      fn: (_rt, self, args) => {
        const t = info(self);
        const offset = Math.trunc(num(args, 1) ?? 0) || 0;
        if (offset < 0) throw new KilnThrow('RangeError', 'offset is out of bounds');
        const source = arg(args, 0);
        const typed = source[0] === Tag.Ptr ? ta.info(source[1]) : undefined;
        if (typed !== undefined) {
          if (isBigIntArrayType(typed.type) !== isBigIntArrayType(t.type)) throw new KilnThrow('TypeError', 'Cannot mix BigInt and other types, use explicit conversions');
          hostCall(() => (t.view as Float64Array).set(typed.view as Float64Array, offset));
          return UNDEF;
        }
        const src = rt.toObject(source);
        const length = Math.min(Math.max(Math.trunc(rt.toNumber(rt.getProperty(src, 'length'))) || 0, 0), Number.MAX_SAFE_INTEGER);
        if (length + offset > t.length) throw new KilnThrow('RangeError', 'offset is out of bounds');
        for (let i = 0; i < length; i++) ta.setElement(t, offset + i, rt.getProperty(src, i));
        return UNDEF;
      },
    },
    {
      name: 'slice', length: 2,
      fn: (_rt, self, args) => {
        const t = info(self);
        const part = t.view.slice(num(args, 0), num(args, 1));
        return [Tag.Ptr, ta.createFrom(t.type, part as ArrayLike<number>, speciesProto(self))];
      },
    },
    {
      name: 'some', length: 1,
      fn: (_rt, self, args) => {
        let found = false;
        each(self, args, 'some', (_v, _i, r) => (rt.toBoolean(r) ? ((found = true), true) : undefined));
        return bool(found);
      },
    },
    {
      name: 'sort', length: 1,
      fn: (_rt, self, args) => {
        const comparator = comparatorOf(args);
        const t = info(self);
        sorted(t, comparator, t);
        return self;
      },
    },
    {
      name: 'subarray', length: 2,
      fn: (_rt, self, args) => {
        const t = info(self);
        const part = t.view.subarray(num(args, 0), num(args, 1));
        const data = t.view.byteOffset - t.byteOffset;
        return [Tag.Ptr, ta.makeView(speciesProto(self), t.type, t.buffer, part.byteOffset - data, part.length)];
      },
    },
    hostApplied('toLocaleString', () => [], toWord),
    { name: 'toString', length: 0, fn: (r, self, args) => r.invoker.call(arrayToString, self, args) },
    {
      name: 'toReversed', length: 0,
      fn: (_rt, self) => {
        const { at, copy } = copyOf(info(self));
        copy.view.reverse();
        return [Tag.Ptr, at];
      },
    },
    {
      name: 'toSorted', length: 1,
      fn: (_rt, self, args) => {
        const comparator = comparatorOf(args);
        const t = info(self);
        const at = ta.create(t.type, t.length);
        sorted(t, comparator, ta.info(at)!);
        return [Tag.Ptr, at];
      },
    },
    {
      name: 'with', length: 2,
      fn: (_rt, self, args) => {
        const t = info(self);
        const relative = Math.trunc(num(args, 0) ?? 0) || 0;
        const index = relative < 0 ? t.length + relative : relative;
        const value = ta.toElement(t.type, arg(args, 1));
        if (index < 0 || index >= t.length) throw new KilnThrow('RangeError', 'Invalid typed array index');
        const { at, copy } = copyOf(t);
        (copy.view as unknown as (number | bigint)[])[index] = value;
        return [Tag.Ptr, at];
      },
    },
  ];
}

/** Installs ArrayBuffer, DataView, %TypedArray% and the nine typed array types; returns the
 *  globals to define. */
export function installTypedArrays(
  rt: RuntimeCore,
  ta: TypedArrays,
  native: (m: NativeMethod) => number,
  installMethods: (holder: number, methods: readonly NativeMethod[]) => void,
): [string, number][] {
  const o = rt.objects;
  const wk = (name: 'toStringTag' | 'iterator' | 'species'): string => rt.symbols.wellKnownKey(name);
  const getter = (holder: number, name: string, fn: NativeMethod['fn']): void =>
    rt.props.define(holder, name, Tag.Ptr, native({ name: `get ${name}`, length: 0, fn }), PropFlag.NonEnumerable, 'get');
  const tag = (holder: number, text: string): void => o.defineOwn(holder, wk('toStringTag'), Tag.Ptr, rt.heap.internString(text), PropFlag.NonEnumerable | PropFlag.ReadOnly);
  const constant = PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable;
  const globals: [string, number][] = [];
  const link = (ctor: number, proto: number): void => linkConstructor(rt, ctor, proto);

  // ---- ArrayBuffer ----
  const bufferOf = (self: Word, method: string): number => {
    if (self[0] !== Tag.Ptr || ta.bufferInfo(self[1]) === undefined) {
      throw new KilnThrow('TypeError', `Method ArrayBuffer.prototype.${method} called on incompatible receiver ${rt.describe(self[0], self[1])}`);
    }
    return self[1];
  };
  const arrayBuffer = native({
    name: 'ArrayBuffer', length: 1, fn: requiresNew('ArrayBuffer'),
    construct: (_rt, args, newTarget) => {
      const length = toIndex(rt, arg(args, 0), () => new KilnThrow('RangeError', 'Invalid array buffer length'));
      if (length > 2 ** 32) throw new KilnThrow('RangeError', 'Array buffer allocation failed');
      return [Tag.Ptr, ta.allocateBuffer(length, rt.prototypeForNew(newTarget) || ta.arrayBufferProto)];
    },
  });
  link(arrayBuffer, ta.arrayBufferProto);
  getter(ta.arrayBufferProto, 'byteLength', (_rt, self) => [Tag.Int32, ta.bufferInfo(bufferOf(self, 'byteLength'))!.byteLength]);
  installMethods(ta.arrayBufferProto, [{
    name: 'slice', length: 2,
    fn: (_rt, self, args) => {
      const b = ta.bufferInfo(bufferOf(self, 'slice'))!;
      const bytes = rt.heap.u8.subarray(b.data, b.data + b.byteLength).slice(args.length > 0 ? rt.toNumber(args[0]) : 0, arg(args, 1)[0] === Tag.Undefined ? undefined : rt.toNumber(args[1]));
      const copy = ta.allocateBuffer(bytes.length);
      rt.heap.u8.set(bytes, ta.bufferInfo(copy)!.data);
      return [Tag.Ptr, copy];
    },
  }]);
  getter(ta.arrayBufferProto, 'maxByteLength', (_rt, self) => [Tag.Int32, ta.bufferInfo(bufferOf(self, 'maxByteLength'))!.byteLength]);
  getter(ta.arrayBufferProto, 'resizable', (_rt, self) => (bufferOf(self, 'resizable'), bool(false)));
  tag(ta.arrayBufferProto, 'ArrayBuffer');
  installMethods(arrayBuffer, [{
    name: 'isView', length: 1,
    fn: (_rt, _self, args) => {
      const v = arg(args, 0);
      return bool(v[0] === Tag.Ptr && (ta.info(v[1]) !== undefined || ta.dataViewInfo(v[1]) !== undefined));
    },
  }]);
  globals.push(['ArrayBuffer', arrayBuffer]);

  // ---- %TypedArray% ----
  const typedArray = native({
    name: 'TypedArray', length: 0,
    fn: () => {
      throw new KilnThrow('TypeError', 'Abstract class TypedArray not directly constructable');
    },
    construct: () => {
      throw new KilnThrow('TypeError', 'Abstract class TypedArray not directly constructable');
    },
  });
  link(typedArray, ta.typedArrayProto);
  const infoOf = (self: Word): TypedArrayInfo => {
    const i = self[0] === Tag.Ptr ? ta.info(self[1]) : undefined;
    if (i === undefined) throw new KilnThrow('TypeError', 'this is not a typed array.');
    return i;
  };
  getter(ta.typedArrayProto, 'buffer', (_rt, self) => [Tag.Ptr, infoOf(self).buffer]);
  getter(ta.typedArrayProto, 'byteLength', (_rt, self) => numberWord(infoOf(self).length * elementSize(infoOf(self).type)));
  getter(ta.typedArrayProto, 'byteOffset', (_rt, self) => numberWord(infoOf(self).byteOffset));
  getter(ta.typedArrayProto, 'length', (_rt, self) => numberWord(infoOf(self).length));
  const methods = prototypeMethods(rt, ta);
  installMethods(ta.typedArrayProto, methods);
  const values = rt.getProperty([Tag.Ptr, ta.typedArrayProto], 'values');
  o.defineOwn(ta.typedArrayProto, wk('iterator'), Tag.Ptr, values[1], PropFlag.NonEnumerable);
  rt.props.define(ta.typedArrayProto, wk('toStringTag'), Tag.Ptr, native({
    name: 'get [Symbol.toStringTag]', length: 0,
    fn: (_rt, self) => {
      const i = self[0] === Tag.Ptr ? ta.info(self[1]) : undefined;
      return i === undefined ? UNDEF : rt.str(i.type);
    },
  }), PropFlag.NonEnumerable, 'get');
  /** T.from / T.of: a new array of `this` constructor over the values. */
  const construct = (c: Word, values: Word[]): Word => {
    if (!rt.isConstructor(c)) throw new KilnThrow('TypeError', `${rt.describe(c[0], c[1])} is not a constructor`);
    const target = rt.construct(c, [[Tag.Int32, values.length]], c, 'TypedArray');
    rt.heap.pushHandleWord(target);
    try {
      values.forEach((v, i) => rt.props.set(target[0], target[1], i, v[0], v[1], true));
    } finally {
      rt.heap.popHandle();
    }
    return target;
  };
  installMethods(typedArray, [
    { name: 'of', length: 0, fn: (_rt, self, args) => construct(self, args) },
    {
      name: 'from', length: 1,
      fn: (_rt, self, args) => {
        const source = arg(args, 0);
        const mapFn = arg(args, 1);
        if (mapFn[0] !== Tag.Undefined && !rt.isCallable(mapFn)) throw new KilnThrow('TypeError', `${rt.describe(mapFn[0], mapFn[1])} is not a function`);
        const list = rt.iterableToArray(...rt.toObject(source));
        rt.heap.pushHandle(list);
        try {
          const n = rt.objects.arrayLength(list);
          const items: Word[] = [];
          for (let i = 0; i < n; i++) {
            const v = rt.getProperty([Tag.Ptr, list], i);
            items.push(mapFn[0] === Tag.Undefined ? v : rt.invoker.call(mapFn, arg(args, 2), [v, [Tag.Int32, i]]));
          }
          return construct(self, items);
        } finally {
          rt.heap.popHandle();
        }
      },
    },
  ]);
  rt.props.define(typedArray, wk('species'), Tag.Ptr, native({ name: 'get [Symbol.species]', length: 0, fn: (_rt, self) => self }), PropFlag.NonEnumerable, 'get');

  // ---- the nine types ----
  for (const type of TYPED_ARRAY_NAMES) {
    const ctor = native({ name: type, length: 3, fn: requiresNew(type), construct: (_rt, args, newTarget) => ta.construct(type, args, newTarget) });
    rt.objects.functionProperties(ctor, true, typedArray);
    link(ctor, ta.protos[type]);
    const size = numberWord(elementSize(type));
    rt.props.define(ctor, 'BYTES_PER_ELEMENT', size[0], size[1], constant);
    o.defineOwn(ta.protos[type], 'BYTES_PER_ELEMENT', size[0], size[1], constant);
    globals.push([type, ctor]);
  }

  // ---- DataView ----
  const dataView = native({ name: 'DataView', length: 1, fn: requiresNew('DataView'), construct: (_rt, args, newTarget) => ta.constructDataView(args, rt.prototypeForNew(newTarget) || ta.dataViewProto) });
  link(dataView, ta.dataViewProto);
  const viewOf = (self: Word, method: string): DataView => {
    const d = self[0] === Tag.Ptr ? ta.dataViewInfo(self[1]) : undefined;
    if (d === undefined) throw new KilnThrow('TypeError', `Method DataView.prototype.${method} called on incompatible receiver ${rt.describe(self[0], self[1])}`);
    return d.view;
  };
  getter(ta.dataViewProto, 'buffer', (_rt, self) => (viewOf(self, 'buffer'), [Tag.Ptr, ta.dataViewInfo(self[1])!.buffer]));
  getter(ta.dataViewProto, 'byteLength', (_rt, self) => numberWord(viewOf(self, 'byteLength').byteLength));
  getter(ta.dataViewProto, 'byteOffset', (_rt, self) => (viewOf(self, 'byteOffset'), numberWord(ta.dataViewInfo(self[1])!.byteOffset)));
  const accessors: NativeMethod[] = [];
  for (const t of ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64']) {
    for (const op of ['get', 'set'] as const) {
      const name = `${op}${t}`;
      const method = (DataView.prototype as unknown as Record<string, HostMethod>)[name];
      accessors.push({
        name, length: op === 'get' ? 1 : 2,
        fn: (_rt, self, args) => {
          const view = viewOf(self, name);
          const hostArgs = args.map((a, i) => (op === 'set' && i === 2) || (op === 'get' && i === 1) ? rt.toBoolean(a) : rt.toNumber(a));
          const r = hostCall(() => method.apply(view, hostArgs));
          return op === 'get' ? numberWord(r as number) : UNDEF;
        },
      });
    }
  }
  installMethods(ta.dataViewProto, accessors);
  tag(ta.dataViewProto, 'DataView');
  globals.push(['DataView', dataView]);
  return globals;
}
