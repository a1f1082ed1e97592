// The `Symbol` global: the function (callable, not a constructor), Symbol.for/keyFor, the
// well-known symbols as its properties, Symbol.prototype (toString, valueOf, description,
// @@toPrimitive, @@toStringTag), Object.getOwnPropertySymbols, and the @@toStringTag of the
// builtins node gives one (Map, Set, Math, JSON). The values themselves and the key mapping
// are symbols.ts'; the language's uses of the well-known symbols (instanceof, ToPrimitive,
// Object.prototype.toString, for-of) are where those operations live.

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { ownSymbolKeys } from './object-reflection';
import { PropFlag } from './shapes';
import { WELL_KNOWN_SYMBOLS, type WellKnownSymbol } from './symbols';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** thisSymbolValue: the receiver as a symbol, or node's TypeError naming `method`. */
function thisSymbol(rt: RuntimeCore, self: Word, method: string): number {
  return rt.thisPrimitive(self, 'Symbol', method)[1];
}

const SYMBOL_FUNCTION: NativeMethod = {
  name: 'Symbol', length: 0,
  fn: (rt, _self, args) => {
    const d = args[0] ?? UNDEF;
    return [Tag.Ptr, rt.symbols.create(d[0] === Tag.Undefined ? 0 : rt.str(rt.toStringValue(d))[1])];
  },
  // No construct: `new Symbol()` is "Symbol is not a constructor".
};

const SYMBOL_STATICS: readonly NativeMethod[] = [
  {
    name: 'for', length: 1,
    fn: (rt, _self, args) => [Tag.Ptr, rt.symbols.for(rt.toStringValue(args[0] ?? UNDEF))],
  },
  {
    name: 'keyFor', length: 1,
    fn: (rt, _self, args) => {
      const s = args[0] ?? UNDEF;
      if (!rt.isSymbol(s)) {
        const what = rt.isObjectWord(s) ? (rt.isCallable(s) ? rt.describe(s[0], s[1]) : '#<Object>') : String(rt.host(s));
        throw new KilnThrow('TypeError', `${what} is not a symbol`);
      }
      const text = rt.symbols.keyFor(s[1]);
      return text === undefined ? UNDEF : rt.str(text);
    },
  },
];

const SYMBOL_PROTOTYPE_NATIVES: readonly NativeMethod[] = [
  {
    name: 'toString', length: 0,
    fn: (rt, self) => rt.str(rt.symbols.text(thisSymbol(rt, self, 'toString'))),
  },
  {
    name: 'valueOf', length: 0,
    fn: (rt, self) => [Tag.Ptr, thisSymbol(rt, self, 'valueOf')],
  },
];

/** What installSymbols needs of the realm. */
export interface SymbolRealm {
  native(m: NativeMethod): number;
  installMethods(holder: number, methods: readonly NativeMethod[]): void;
}

/** Installs `Symbol` and the symbol-keyed properties of the builtins (once, after the
 *  realm's own builtins). */
export function installSymbols(rt: RuntimeCore, realm: SymbolRealm): void {
  const o = rt.objects;
  const symbols = rt.symbols;
  const proto = o.allocObject(o.objectProto);
  symbols.proto = proto;
  const symbolFn = realm.native(SYMBOL_FUNCTION);
  rt.props.define(symbolFn, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable);
  o.defineOwn(proto, 'constructor', Tag.Ptr, symbolFn, PropFlag.NonEnumerable);
  realm.installMethods(symbolFn, SYMBOL_STATICS);
  for (const name of WELL_KNOWN_SYMBOLS) rt.props.define(symbolFn, name, Tag.Ptr, symbols.wellKnown.get(name)!, PropFlag.NonEnumerable);
  realm.installMethods(proto, SYMBOL_PROTOTYPE_NATIVES);
  const wk = (name: WellKnownSymbol): string => symbols.keyOf(symbols.wellKnown.get(name)!);
  const description = realm.native({
    name: 'get description', length: 0,
    fn: (r, self) => r.symbols.description(thisSymbol(r, self, 'description')),
  });
  rt.props.define(proto, 'description', Tag.Ptr, description, PropFlag.NonEnumerable, 'get');
  o.defineOwn(proto, wk('toStringTag'), Tag.Ptr, rt.heap.internString('Symbol'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
  const toPrimitive = realm.native({
    name: '[Symbol.toPrimitive]', length: 1,
    fn: (r, self) => [Tag.Ptr, thisSymbol(r, self, 'Symbol.toPrimitive')],
  });
  o.defineOwn(proto, wk('toPrimitive'), Tag.Ptr, toPrimitive, PropFlag.NonEnumerable);
  rt.defineGlobal('Symbol', [Tag.Ptr, symbolFn]);

  // Function.prototype[Symbol.hasInstance]: the ordinary instanceof test.
  const hasInstance = realm.native({
    name: '[Symbol.hasInstance]', length: 1,
    fn: (r, self, args) => [Tag.Bool, r.isCallable(self) && r.instanceOf(args[0] ?? UNDEF, self) ? 1 : 0],
  });
  symbols.ordinaryHasInstance = hasInstance;
  o.defineOwn(o.functionProto, wk('hasInstance'), Tag.Ptr, hasInstance, PropFlag.NonEnumerable);

  // Iteration: Array.prototype[@@iterator] is Array.prototype.values, and the Map, Set and
  // Array iterators share %IteratorPrototype%, whose @@iterator returns the iterator itself.
  for (const [proto, name] of [[o.arrayProto, 'values'], [rt.collections.mapProto, 'entries'], [rt.collections.setProto, 'values']] as const) {
    const method = rt.getProperty([Tag.Ptr, proto], name);
    o.defineOwn(proto, wk('iterator'), method[0], method[1], PropFlag.NonEnumerable);
  }
  // Array.prototype[@@unscopables]: the methods added since ES5, hidden from `with (array)`
  // names so that old code's own `keys` or `values` keep their meaning there.
  const unscopables = o.allocObject(o.objectProto);
  o.setPrototype(unscopables, 0);
  for (const name of ['at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat', 'flatMap', 'includes', 'keys', 'values', 'toReversed', 'toSorted', 'toSpliced']) {
    o.defineOwn(unscopables, name, Tag.Bool, 1, 0);
  }
  o.defineOwn(o.arrayProto, wk('unscopables'), Tag.Ptr, unscopables, PropFlag.NonEnumerable | PropFlag.ReadOnly);
  const iteratorProto = o.allocObject(o.objectProto);
  rt.collections.iteratorPrototype = iteratorProto;
  o.defineOwn(iteratorProto, wk('iterator'), Tag.Ptr, realm.native({ name: '[Symbol.iterator]', length: 0, fn: (_r, self) => self }), PropFlag.NonEnumerable);
  // Strings iterate by code point (an iterator over an array of them).
  o.defineOwn(o.stringProto, wk('iterator'), Tag.Ptr, realm.native({
    name: '[Symbol.iterator]', length: 0,
    fn: (r, self) => {
      if (self[0] === Tag.Undefined || self[0] === Tag.Null) throw new KilnThrow('TypeError', 'String.prototype[Symbol.iterator] called on null or undefined');
      const points = r.newArray([...r.toStringValue(self)].map((c): Word => [Tag.Ptr, r.heap.allocString(c)]));
      return [Tag.Ptr, r.collections.createArrayIterator(points[1], 'values')];
    },
  }), PropFlag.NonEnumerable);
  const { mapIteratorProto, setIteratorProto, arrayIteratorProto } = rt.collections;
  for (const proto of [mapIteratorProto, setIteratorProto, arrayIteratorProto]) o.setPrototype(proto, iteratorProto);

  // @@toStringTag of the builtins that have one.
  const tag = (holder: number, text: string): void => {
    const store = rt.heap.kindOf(holder) === Kind.Function ? o.functionProperties(holder, true) : holder;
    o.defineOwn(store, wk('toStringTag'), Tag.Ptr, rt.heap.internString(text), PropFlag.NonEnumerable | PropFlag.ReadOnly);
  };
  tag(rt.collections.mapProto, 'Map');
  tag(rt.collections.setProto, 'Set');
  tag(mapIteratorProto, 'Map Iterator');
  tag(setIteratorProto, 'Set Iterator');
  tag(arrayIteratorProto, 'Array Iterator');
  for (const name of ['Math', 'JSON']) {
    const ns = rt.getProperty([Tag.Ptr, rt.globalObject], name);
    if (ns[0] === Tag.Ptr) tag(ns[1], name);
  }

  // Object.getOwnPropertySymbols.
  const objectFn = rt.getProperty([Tag.Ptr, rt.globalObject], 'Object');
  realm.installMethods(objectFn[1], [{
    name: 'getOwnPropertySymbols', length: 1,
    fn: (r, _self, args) => {
      const v = args[0] ?? UNDEF;
      if (v[0] === Tag.Undefined || v[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
      return r.newArray(ownSymbols(r, v, true));
    },
  }]);
}

/** The symbols keying v's own properties, in insertion order (`all`: non-enumerable too). */
export function ownSymbols(rt: RuntimeCore, v: Word, all: boolean): Word[] {
  return ownSymbolKeys(rt, v, all).map((k): Word => [Tag.Ptr, rt.symbols.symbolOfKey(k)]);
}
