// The object model on the shared heap: plain objects (a shape id plus a Slots store, or a
// Dictionary store once they leave the shape tree), arrays (elements kind, length and an
// Elements store of value words) and the generic property operations every tier falls back
// to: get/set/delete/has by key, own keys in the language's order, elements growth and
// elements-kind transitions. The interpreter's inline caches and compiled code handle the
// common cases themselves and come here for the rest, so this file is the one definition of
// property semantics.
//
// Values are (hi, lo) word pairs; results are returned through `rhi`/`rlo` so that the hot
// paths allocate nothing on the host heap.

import type { Heap } from './heap';
import { ElementsKind, Globals, Kind, ObjectLayout as L, Tag } from './layout';
import { isPrivateKey } from './private-names';
import { isSymbolKey } from './symbols';
import { isArrayIndexKey, MAX_FAST_PROPERTIES, PropFlag, type Shape, type ShapeTable } from './shapes';

const VALUES = L.storeValuesOffset;

export class ObjectModel {
  /** Result of the last get: value word. */
  rhi = 0;
  rlo = 0;
  /** PropFlag bits of the property the last successful getOwn found. */
  rflags = 0;
  /** Bumped on every change to an object that is some shape's prototype (a property
   *  added, overwritten or deleted): prototype-chain caches, and compiled code that
   *  loaded a prototype's property as a constant, are valid for one epoch. It lives in
   *  Globals.protoEpoch, where compiled guards read it. */
  get protoEpoch(): number {
    return this.heap.u32[Globals.protoEpoch >> 2];
  }
  /** Prototype objects (heap offsets), set up by the runtime library. */
  objectProto = 0;
  arrayProto = 0;
  stringProto = 0;
  functionProto = 0;
  numberProto = 0;
  bigintProto = 0;
  booleanProto = 0;
  /** Dictionary stores' key → entry index, rebuilt on demand (the heap holds the truth). */
  private readonly dictIndex = new Map<number, Map<string, number>>();
  /** Dictionary stores' non-zero property flags by key (the shape cannot hold them). */
  private readonly dictFlags = new Map<number, Map<string, number>>();
  /** The last prototype allocObject was asked for and its empty shape's id (object
   *  literals ask for the same one again and again; -1: none yet, 0 is a valid proto). */
  private lastRootProto = -1;
  private lastRootShape = 0;

  constructor(
    readonly heap: Heap,
    readonly shapes: ShapeTable,
  ) {
    heap.u32[Globals.protoEpoch >> 2] = 1;
  }

  // ---- allocation -----------------------------------------------------------------------
  allocObject(proto: number = this.objectProto, capacity: number = L.objectInitialSlots): number {
    const heap = this.heap;
    const slots = this.allocStore(Kind.Slots, capacity);
    const at = heap.allocObjectBytes(Kind.Object, L.objectBytes);
    if (proto !== this.lastRootProto) {
      this.lastRootProto = proto;
      this.lastRootShape = this.shapes.root(proto).id;
    }
    heap.u32[(at + L.objectShapeOffset) >> 2] = this.lastRootShape;
    heap.u32[(at + L.objectSlotsOffset) >> 2] = slots;
    heap.u32[(at + L.objectInternalOffset) >> 2] = 0;
    return at;
  }

  allocArray(length: number, capacity: number = length, kind: number = ElementsKind.Int32): number {
    const heap = this.heap;
    const elements = this.allocStore(Kind.Elements, Math.max(capacity, length));
    const at = heap.allocObjectBytes(Kind.Array, L.arrayBytes);
    heap.u32[(at + L.arrayKindOffset) >> 2] = kind;
    heap.u32[(at + L.arrayLengthOffset) >> 2] = length;
    heap.u32[(at + L.arrayElementsOffset) >> 2] = elements;
    return at;
  }

  /** A Slots or Elements store of `capacity` values, every one a hole. */
  private allocStore(kind: number, capacity: number): number {
    const heap = this.heap;
    const at = heap.allocObjectBytes(kind, VALUES + 8 * capacity);
    heap.u32[(at >> 2) + 1] = capacity;
    fillHoles(heap.u32, (at + VALUES) >> 2, capacity);
    return at;
  }

  // ---- kinds ----------------------------------------------------------------------------
  kindOfWord(hi: number, lo: number): number {
    return hi === Tag.Ptr ? this.heap.kindOf(lo) : 0;
  }

  /** Is the value an array object (kiln's representation: `arguments` objects too)? */
  isArray(hi: number, lo: number): boolean {
    return hi === Tag.Ptr && this.heap.u32[lo >> 2] === Kind.Array;
  }

  /** The spec's IsArray (Array.isArray, JSON, concat, flat): an array, not an `arguments`. */
  isArrayValue(hi: number, lo: number): boolean {
    return this.isArray(hi, lo) && !this.isArguments(lo);
  }

  /** Is array a a function's `arguments` object (ElementsKind.ArgumentsBit)? */
  isArguments(a: number): boolean {
    return (this.heap.u32[(a + L.arrayKindOffset) >> 2] & ElementsKind.ArgumentsBit) !== 0;
  }

  shapeOf(obj: number): Shape {
    return this.shapes.get(this.heap.u32[(obj + L.objectShapeOffset) >> 2]);
  }

  // ---- arrays ---------------------------------------------------------------------------
  arrayLength(a: number): number {
    return this.heap.u32[(a + L.arrayLengthOffset) >> 2];
  }

  elementsKind(a: number): number {
    return this.heap.u32[(a + L.arrayKindOffset) >> 2];
  }

  /** Word index of element i's low word (no bounds check). */
  elementWord(a: number, i: number): number {
    return ((this.heap.u32[(a + L.arrayElementsOffset) >> 2] + VALUES) >> 2) + 2 * i;
  }

  /** Element i into rhi/rlo: undefined past the end or for a hole. */
  /** Whether array `a` has element i (in its length and not a hole). */
  hasOwnElement(a: number, i: number): boolean {
    return i < this.arrayLength(a) && this.heap.u32[this.elementWord(a, i) + 1] !== Tag.Hole;
  }

  getElement(a: number, i: number): void {
    const u32 = this.heap.u32;
    if (i >= this.arrayLength(a)) {
      this.rhi = Tag.Undefined;
      this.rlo = 0;
      return;
    }
    const w = this.elementWord(a, i);
    const hi = u32[w + 1];
    if (hi === Tag.Hole) {
      this.rhi = Tag.Undefined;
      this.rlo = 0;
    } else {
      this.rhi = hi;
      this.rlo = u32[w];
    }
  }

  setElement(a: number, i: number, hi: number, lo: number): void {
    const heap = this.heap;
    const length = this.arrayLength(a);
    if (i >= length) {
      this.ensureCapacity(a, i + 1);
      heap.u32[(a + L.arrayLengthOffset) >> 2] = i + 1;
      if (i > length) this.widenKind(a, ElementsKind.HoleyBit);
    }
    this.noteValueKind(a, hi);
    const w = this.elementWord(a, i);
    heap.u32[w] = lo;
    heap.u32[w + 1] = hi;
  }

  push(a: number, hi: number, lo: number): void {
    this.setElement(a, this.arrayLength(a), hi, lo);
  }

  /** Sets `length`: truncation drops elements, extension adds holes. */
  setLength(a: number, n: number): void {
    const length = this.arrayLength(a);
    if (n > length) {
      this.ensureCapacity(a, n);
      this.widenKind(a, ElementsKind.HoleyBit);
    } else {
      fillHoles(this.heap.u32, this.elementWord(a, n), length - n);
    }
    this.heap.u32[(a + L.arrayLengthOffset) >> 2] = n;
  }

  ensureCapacity(a: number, n: number): void {
    const heap = this.heap;
    const old = heap.u32[(a + L.arrayElementsOffset) >> 2];
    const capacity = heap.u32[(old >> 2) + 1];
    if (n <= capacity) return;
    const grown = this.allocStore(Kind.Elements, Math.max(n, capacity + (capacity >> 1) + 8));
    const length = this.arrayLength(a);
    heap.u32.copyWithin((grown + VALUES) >> 2, (old + VALUES) >> 2, ((old + VALUES) >> 2) + 2 * length);
    heap.u32[(a + L.arrayElementsOffset) >> 2] = grown;
  }

  /** Sets bits of array a's elements kind that say what it is rather than what it holds
   *  (integrity levels: array-integrity.ts; the arguments mark); none is ever cleared. */
  addKindBits(a: number, bits: number): void {
    this.heap.u32[(a + L.arrayKindOffset) >> 2] |= bits;
  }

  /** Records that a value with tag word `hi` is stored into the array. */
  noteValueKind(a: number, hi: number): void {
    const kind = hi === Tag.Int32 ? ElementsKind.Int32 : hi < Tag.MIN ? ElementsKind.Double : hi === Tag.Hole ? ElementsKind.HoleyBit : ElementsKind.Any;
    this.widenKind(a, kind);
  }

  private widenKind(a: number, k: number): void {
    const w = (a + L.arrayKindOffset) >> 2;
    const cur = this.heap.u32[w];
    const values = Math.max(cur & 3, k & 3);
    this.heap.u32[w] = values | ((cur | k) & ~3); // the holey bit and the integrity bits stay
  }

  // ---- named properties of plain objects ------------------------------------------------
  /** Own property `key` of object `obj` into rhi/rlo; false when absent. */
  getOwn(obj: number, key: string): boolean {
    const u32 = this.heap.u32;
    // Only a plain object has its properties here: an array's header word 4 is its elements
    // kind, not a shape id (asking an array whether it is a promise read a dictionary shape
    // whose id equalled its kind once some class had made one).
    if (u32[obj >> 2] !== Kind.Object) return false;
    const shape = this.shapeOf(obj);
    const store = u32[(obj + L.objectSlotsOffset) >> 2];
    if (!shape.dictionary) {
      const slot = shape.slotOf(key);
      if (slot === undefined) return false;
      const w = ((store + VALUES) >> 2) + 2 * slot;
      this.rhi = u32[w + 1];
      this.rlo = u32[w];
      this.rflags = shape.flagsOf(slot);
      return true;
    }
    const e = this.dictLookup(store, key);
    if (e < 0) return false;
    const w = dictEntryWord(store, e);
    this.rhi = u32[w + 3];
    this.rlo = u32[w + 2];
    this.rflags = this.dictFlags.get(store)?.get(key) ?? 0;
    return true;
  }

  /** Defines own property `key` of plain object `obj` with these flags (a new property, or
   *  an existing one redefined: changed flags move the object to a dictionary). */
  defineOwn(obj: number, key: string, hi: number, lo: number, flags: number): void {
    const shape = this.shapeOf(obj);
    if (!shape.dictionary) {
      const slot = shape.slotOf(key);
      if (slot === undefined) return this.addOwn(obj, key, hi, lo, flags);
      if (shape.flagsOf(slot) !== flags) {
        // Other attributes: the sibling shape with this slot's flags changed.
        const all = shape.keys.map((_, i) => (i === slot ? flags : shape.flagsOf(i)));
        this.changed(obj);
        this.heap.u32[(obj + L.objectShapeOffset) >> 2] = this.shapes.reshape(shape, all, shape.extensible).id;
      }
      return this.setOwn(obj, key, hi, lo);
    }
    this.setOwn(obj, key, hi, lo);
    const store = this.heap.u32[(obj + L.objectSlotsOffset) >> 2];
    let map = this.dictFlags.get(store);
    if (!map) this.dictFlags.set(store, (map = new Map()));
    if (flags === 0) map.delete(key);
    else map.set(key, flags);
  }

  /** Replaces plain object obj's [[Prototype]] (0: null), keeping its properties: the same
   *  keys and flags under the new prototype's root shape, so the slots stay where they are
   *  (`__proto__: p` in an object literal). */
  setPrototype(obj: number, proto: number): void {
    const shape = this.shapeOf(obj);
    if (shape.proto === proto) return;
    let next = shape.dictionary ? this.shapes.dictionary(proto) : this.shapes.root(proto);
    for (let i = 0; !shape.dictionary && i < shape.keys.length; i++) {
      next = this.shapes.transition(next, shape.keys[i], shape.flagsOf(i))!;
    }
    this.heap.u32[(obj + L.objectShapeOffset) >> 2] = next.id;
    this.changed(obj);
  }

  // ---- integrity: extensibility, attributes of every property, the prototype ------------
  isExtensible(obj: number): boolean {
    return this.shapeOf(obj).extensible;
  }

  /** [[PreventExtensions]] of plain object obj. */
  preventExtensions(obj: number): void {
    this.setAllFlags(obj, 0, false);
  }

  /** ORs `bits` into the flags of every own property of obj (seal: NonConfigurable;
   *  freeze: NonConfigurable and ReadOnly, the latter on data properties only), and makes it
   *  non-extensible when `extensible` is false. */
  setAllFlags(obj: number, bits: number, extensible: boolean): void {
    const shape = this.shapeOf(obj);
    const add = (f: number): number => f | (bits & ((f & PropFlag.Accessor) !== 0 ? ~PropFlag.ReadOnly : ~0));
    this.changed(obj);
    if (!shape.dictionary) {
      const flags = shape.keys.map((k, i) => (isPrivateKey(k) ? shape.flagsOf(i) : add(shape.flagsOf(i))));
      this.heap.u32[(obj + L.objectShapeOffset) >> 2] = this.shapes.reshape(shape, flags, extensible && shape.extensible).id;
      return;
    }
    const store = this.heap.u32[(obj + L.objectSlotsOffset) >> 2];
    if (bits !== 0) {
      let map = this.dictFlags.get(store);
      if (!map) this.dictFlags.set(store, (map = new Map()));
      for (const key of this.ownKeys(obj, true, true)) if (!isPrivateKey(key)) map.set(key, add(map.get(key) ?? 0));
    }
    if (!extensible) this.heap.u32[(obj + L.objectShapeOffset) >> 2] = this.shapes.dictionary(shape.proto, false).id;
  }

  /** Sets the [[Prototype]] of plain object obj (the object leaves the shape tree). */
  setProto(obj: number, proto: number): void {
    const shape = this.shapeOf(obj);
    if (shape.proto === proto) return;
    this.changed(obj);
    this.toDictionary(obj, proto);
  }

  /** A change to obj: prototype-chain caches that may depend on it are invalid. */
  private changed(obj: number): void {
    if (this.shapes.isPrototype(obj)) this.heap.u32[Globals.protoEpoch >> 2] = (this.protoEpoch + 1) >>> 0 || 1;
  }

  // ---- arrays' named properties ----------------------------------------------------------
  /** Arrays with named (non-index) properties (a RegExp match's `index`, a user's
   *  `arr.total = 3`): each has a plain object holding them, whose prototype is
   *  Array.prototype. Few arrays have one, so the array layout (which compiled code
   *  allocates inline) keeps no field for it; the collector keeps the objects alive
   *  (arrayBagRoots) and drops those of arrays it freed (dropDeadArrayBags). */
  private readonly arrayBags = new Map<number, number>();

  /** The plain object holding array a's named properties; 0 when absent and not `create`. */
  arrayProperties(a: number, create: boolean): number {
    let bag = this.arrayBags.get(a);
    if (bag === undefined) {
      if (!create) return 0;
      bag = this.allocObject(this.isArguments(a) ? this.objectProto : this.arrayProto);
      this.arrayBags.set(a, bag);
      this.heap.u32[(a + L.arrayKindOffset) >> 2] |= ElementsKind.PropertiesBit;
    }
    return bag;
  }

  /** Does any array have named properties? (A cheap test before the map is consulted.) */
  get anyArrayProperties(): boolean {
    return this.arrayBags.size !== 0;
  }

  arrayBagRoots(): number[] {
    return [...this.arrayBags.values()];
  }

  dropDeadArrayBags(isLive: (at: number) => boolean): void {
    for (const a of this.arrayBags.keys()) if (!isLive(a)) this.arrayBags.delete(a);
  }

  // ---- function objects' properties ------------------------------------------------------
  /** The plain object holding function fn's named properties (+12 of the function object),
   *  made on demand; its prototype is the function's [[Prototype]]. 0 when absent and not
   *  `create`. */
  functionProperties(fn: number, create: boolean, proto: number = this.defaultFunctionProto(fn)): number {
    const w = (fn + L.functionPropertiesOffset) >> 2;
    let bag = this.heap.u32[w];
    if (bag === 0 && create) {
      bag = this.allocObject(proto);
      this.heap.u32[w] = bag;
      this.onFunctionBag(fn, bag);
    }
    return bag;
  }

  /** Points function fn at another properties object (its own properties rebuilt). */
  replaceFunctionProperties(fn: number, bag: number): void {
    this.heap.u32[(fn + L.functionPropertiesOffset) >> 2] = bag;
  }

  /** Called when a function's properties object is made (it takes the function's
   *  `length`, `name`, `prototype`: properties.ts). */
  onFunctionBag: (fn: number, bag: number) => void = () => {};
  /** The prototype of a function that suspends (%GeneratorFunction.prototype% & co.); 0
   *  for any other. The runtime sets it. */
  suspendingFunctionProto: (fn: number) => number = () => 0;

  /** What function fn inherits before anything changes its prototype. */
  private defaultFunctionProto(fn: number): number {
    return this.suspendingFunctionProto(fn) || this.functionProto;
  }

  /** The [[Prototype]] of a heap object (0 = null). */
  protoOf(at: number): number {
    switch (this.heap.kindOf(at)) {
      case Kind.Object: return this.shapeOf(at).proto;
      case Kind.Array: {
        // A subclass's instance (or an Object.setPrototypeOf) keeps its prototype as the
        // prototype of its properties object; an `arguments` object's is Object.prototype.
        const bag = this.arrayBags.size === 0 ? undefined : this.arrayBags.get(at);
        if (bag !== undefined) return this.shapeOf(bag).proto;
        return this.isArguments(at) ? this.objectProto : this.arrayProto;
      }
      case Kind.String: return this.stringProto;
      case Kind.Function: {
        const bag = this.heap.u32[(at + L.functionPropertiesOffset) >> 2];
        return bag === 0 ? this.defaultFunctionProto(at) : this.shapeOf(bag).proto;
      }
      default: return 0;
    }
  }

  /** Adds or overwrites own property `key` of plain object `obj` (an existing property
   *  keeps its flags; a new one is enumerable data). */
  setOwn(obj: number, key: string, hi: number, lo: number): void {
    this.addOwn(obj, key, hi, lo, 0);
  }

  /** Replaces obj's full Slots store with one twice as big, its values copied: what adding a
   *  property to a full object does (also called by compiled code whose inline grow found the
   *  allocation area full). Returns the new store. */
  growSlots(obj: number): number {
    const u32 = this.heap.u32;
    const store = u32[(obj + L.objectSlotsOffset) >> 2];
    const capacity = u32[(store >> 2) + 1];
    const grown = this.allocStore(Kind.Slots, Math.min(MAX_FAST_PROPERTIES, capacity * 2));
    u32.copyWithin((grown + VALUES) >> 2, (store + VALUES) >> 2, ((store + VALUES) >> 2) + 2 * capacity);
    u32[(obj + L.objectSlotsOffset) >> 2] = grown;
    return grown;
  }

  private addOwn(obj: number, key: string, hi: number, lo: number, flags: number): void {
    const u32 = this.heap.u32;
    const shape = this.shapeOf(obj);
    let store = u32[(obj + L.objectSlotsOffset) >> 2];
    this.changed(obj);
    if (!shape.dictionary) {
      let slot = shape.slotOf(key);
      if (slot === undefined) {
        const next = this.shapes.transition(shape, key, flags);
        if (!next) {
          this.toDictionary(obj);
          return this.defineOwn(obj, key, hi, lo, flags);
        }
        slot = shape.propertyCount;
        if (slot >= u32[(store >> 2) + 1]) store = this.growSlots(obj);
        u32[(obj + L.objectShapeOffset) >> 2] = next.id;
      }
      const w = ((store + VALUES) >> 2) + 2 * slot;
      u32[w] = lo;
      u32[w + 1] = hi;
      return;
    }
    const e = this.dictLookup(store, key);
    if (e >= 0) {
      const w = dictEntryWord(store, e);
      u32[w + 2] = lo;
      u32[w + 3] = hi;
      return;
    }
    this.dictAdd(obj, key, hi, lo);
  }

  deleteOwn(obj: number, key: string): void {
    const shape = this.shapeOf(obj);
    if (!shape.dictionary) {
      if (shape.slotOf(key) === undefined) return;
      this.toDictionary(obj);
    }
    this.changed(obj);
    const u32 = this.heap.u32;
    const store = u32[(obj + L.objectSlotsOffset) >> 2];
    const e = this.dictLookup(store, key);
    if (e < 0) return;
    const w = dictEntryWord(store, e);
    u32[w + 1] = Tag.Hole;
    u32[w + 3] = Tag.Undefined;
    u32[(store + L.dictLiveOffset) >> 2]--;
    this.dictIndex.get(store)?.delete(key);
    this.dictFlags.get(store)?.delete(key);
  }

  /** Own enumerable keys in the language's order: array indices ascending, then the
   *  others in insertion order (`all`: the non-enumerable ones too). */
  ownKeys(obj: number, all = false, withHidden = false): string[] {
    let keys = this.rawOwnKeys(obj, all);
    // Private members (private-names.ts) are not properties as far as programs can see;
    // symbol keys (symbols.ts) are listed apart (ownSymbolKeys). `withHidden`: both kept,
    // for the runtime's own copies of an object's properties.
    if (!withHidden && keys.some(isHiddenKey)) keys = keys.filter((k) => !isHiddenKey(k));
    const indices = keys.filter(isArrayIndexKey);
    if (indices.length === 0) return keys;
    indices.sort((a, b) => Number(a) - Number(b));
    return indices.concat(keys.filter((k) => !isArrayIndexKey(k)));
  }

  /** The internal keys of the own symbol-keyed properties, in insertion order (`all`: the
   *  non-enumerable ones too). */
  ownSymbolKeys(obj: number, all = false): string[] {
    return this.rawOwnKeys(obj, all).filter(isSymbolKey);
  }

  private rawOwnKeys(obj: number, all: boolean): string[] {
    const u32 = this.heap.u32;
    const shape = this.shapeOf(obj);
    let keys: string[];
    if (!shape.dictionary) {
      keys = all ? shape.keys.slice() : shape.keys.filter((_, i) => (shape.flagsOf(i) & PropFlag.NonEnumerable) === 0);
    } else {
      keys = [];
      const store = u32[(obj + L.objectSlotsOffset) >> 2];
      const used = u32[(store + L.dictUsedOffset) >> 2];
      const flags = this.dictFlags.get(store);
      for (let e = 0; e < used; e++) {
        const w = dictEntryWord(store, e);
        if (u32[w + 1] === Tag.Hole) continue;
        const key = this.heap.readString(u32[w]);
        if (all || ((flags?.get(key) ?? 0) & PropFlag.NonEnumerable) === 0) keys.push(key);
      }
    }
    return keys;
  }

  // ---- dictionaries ---------------------------------------------------------------------
  /** Moves plain object obj to a dictionary store now (an object every write of which must
   *  take the generic path: inline caches never hold a dictionary shape). */
  makeDictionary(obj: number): void {
    this.toDictionary(obj);
  }

  private toDictionary(obj: number, proto?: number): void {
    const u32 = this.heap.u32;
    const shape = this.shapeOf(obj);
    if (shape.dictionary) {
      u32[(obj + L.objectShapeOffset) >> 2] = this.shapes.dictionary(proto ?? shape.proto, shape.extensible).id;
      return;
    }
    const oldStore = u32[(obj + L.objectSlotsOffset) >> 2];
    const store = this.allocDict(Math.max(8, shape.propertyCount * 2));
    u32[(obj + L.objectSlotsOffset) >> 2] = store;
    u32[(obj + L.objectShapeOffset) >> 2] = this.shapes.dictionary(proto ?? shape.proto, shape.extensible).id;
    shape.keys.forEach((key, slot) => {
      const w = ((oldStore + VALUES) >> 2) + 2 * slot;
      this.dictAdd(obj, key, u32[w + 1], u32[w]);
    });
    const flagged = shape.keys.filter((_, slot) => shape.flagsOf(slot) !== 0);
    if (flagged.length > 0) {
      const st = u32[(obj + L.objectSlotsOffset) >> 2];
      this.dictFlags.set(st, new Map(flagged.map((k) => [k, shape.flagsOf(shape.slotOf(k)!)])));
    }
  }

  private allocDict(capacity: number): number {
    const heap = this.heap;
    const at = heap.allocObjectBytes(Kind.Dictionary, L.dictEntriesOffset + 16 * capacity);
    heap.u32[(at >> 2) + 1] = capacity;
    heap.u32[(at + L.dictUsedOffset) >> 2] = 0;
    heap.u32[(at + L.dictLiveOffset) >> 2] = 0;
    this.dictIndex.set(at, new Map());
    return at;
  }

  private dictAdd(obj: number, key: string, hi: number, lo: number): void {
    const u32 = this.heap.u32;
    let store = u32[(obj + L.objectSlotsOffset) >> 2];
    let used = u32[(store + L.dictUsedOffset) >> 2];
    if (used >= u32[(store >> 2) + 1]) {
      // Compact the live entries into a store twice the live count.
      const live = u32[(store + L.dictLiveOffset) >> 2];
      const grown = this.allocDict(Math.max(8, live * 2 + 2));
      const index = this.dictIndex.get(grown)!;
      let n = 0;
      for (let e = 0; e < used; e++) {
        const from = dictEntryWord(store, e);
        if (u32[from + 1] === Tag.Hole) continue;
        const to = dictEntryWord(grown, n);
        u32.copyWithin(to, from, from + 4);
        index.set(this.heap.readString(u32[from]), n++);
      }
      u32[(grown + L.dictUsedOffset) >> 2] = n;
      u32[(grown + L.dictLiveOffset) >> 2] = n;
      this.dictIndex.delete(store);
      const flags = this.dictFlags.get(store);
      if (flags) {
        this.dictFlags.delete(store);
        this.dictFlags.set(grown, flags);
      }
      u32[(obj + L.objectSlotsOffset) >> 2] = grown;
      store = grown;
      used = n;
    }
    const w = dictEntryWord(store, used);
    u32[w] = this.heap.internString(key);
    u32[w + 1] = Tag.Ptr;
    u32[w + 2] = lo;
    u32[w + 3] = hi;
    u32[(store + L.dictUsedOffset) >> 2] = used + 1;
    u32[(store + L.dictLiveOffset) >> 2]++;
    this.indexOf(store).set(key, used);
  }

  private dictLookup(store: number, key: string): number {
    return this.indexOf(store).get(key) ?? -1;
  }

  private indexOf(store: number): Map<string, number> {
    let index = this.dictIndex.get(store);
    if (!index) {
      index = new Map();
      const u32 = this.heap.u32;
      const used = u32[(store + L.dictUsedOffset) >> 2];
      for (let e = 0; e < used; e++) {
        const w = dictEntryWord(store, e);
        if (u32[w + 1] !== Tag.Hole) index.set(this.heap.readString(u32[w]), e);
      }
      this.dictIndex.set(store, index);
    }
    return index;
  }

  /** The GC freed a store: drop its host-side index. */
  forgetStore(store: number): void {
    this.dictIndex.delete(store);
    this.dictFlags.delete(store);
  }
}

function dictEntryWord(store: number, e: number): number {
  return ((store + L.dictEntriesOffset) >> 2) + 4 * e;
}

export function fillHoles(u32: Uint32Array, w: number, count: number): void {
  for (let i = 0; i < count; i++) {
    u32[w + 2 * i] = 0;
    u32[w + 2 * i + 1] = Tag.Hole;
  }
}

/** Keys ownKeys does not list: private names and symbols. */
function isHiddenKey(key: string): boolean {
  return isPrivateKey(key) || isSymbolKey(key);
}
