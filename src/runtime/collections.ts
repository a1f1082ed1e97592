// Map and Set on the shared heap. A Map or Set is a plain Object (its prototype is
// Map.prototype or Set.prototype, so own properties and methods work as for any object)
// whose internal-store field points at a Dictionary store of (key, value) entries in
// insertion order; a deleted entry's key is a hole. A Set stores each value as its own key
// and value. Keys compare by SameValueZero: a host-side index (rebuilt on demand from the
// heap, which holds the truth, and dropped when the GC frees the store) maps a canonical host
// key — the number (+0 for -0; NaN equals NaN), the string's content, true/false/undefined/
// null, or an object's heap offset as a bigint (identity) — to its entry.
//
// Iteration walks entries by index and reads the store again at every step, so entries
// added during a walk are visited and deleted ones are not, as in node. Walks are forEach,
// the iterators keys()/values()/entries() return (objects whose prototype has `next`), and
// the cursors for…of walks (ForOfIterable): an internal object whose `length` is the
// entries taken so far plus one while another live entry follows, and whose element i takes
// the next entry, so the loop's `i < t.length; x = t[i]` follows the live entries. While a
// walk is open its collection's store is never compacted (a grown store keeps every entry at
// its index); walks held by objects the GC freed are dropped after each collection.

import { KilnThrow } from './errors';
import type { Heap } from './heap';
import { Kind, ObjectLayout as L, Tag } from './layout';
import type { ObjectModel } from './objects';
import type { Word } from './word';

type HostKey = number | string | boolean | bigint | undefined | null;
export type CollectionKind = 'map' | 'set';
export type WalkMode = 'keys' | 'values' | 'entries';

/** A walk over a collection's entries (or an array's elements: Array.prototype.keys/values/
 *  entries iterate the same way): the next entry index to look at. */
export interface Walk {
  readonly collection: number;
  readonly kind: CollectionKind | 'array';
  readonly mode: WalkMode;
  index: number;
  done: boolean;
}

/** A for-of cursor: its walk (shared with the iterator it walks, if any) and the entries taken. */
interface Cursor {
  readonly walk: Walk;
  taken: number;
}

export class Collections {
  readonly mapProto: number;
  readonly setProto: number;
  readonly mapIteratorProto: number;
  readonly setIteratorProto: number;
  readonly arrayIteratorProto: number;
  /** %IteratorPrototype%, the iterator prototypes' prototype (made with the realm's symbols;
   *  a GC root). */
  iteratorPrototype = 0;
  private readonly cursorProto: number;
  /** Iterator objects → their walks; for-of cursors → theirs (weak: see dropDead). */
  private readonly iterators = new Map<number, Walk>();
  private readonly cursors = new Map<number, Cursor>();
  private readonly index = new Map<number, Map<HostKey, number>>();
  /** Objects with a forEach (or other walk) in progress, and how many. */
  private readonly iterating = new Map<number, number>();
  /** V8's side-effect-free text of a receiver in "called on incompatible receiver" messages
   *  (`[object Array]`, `#<Foo>`, a string as it is, a function's source): the runtime sets it. */
  receiverText: (hi: number, lo: number) => string = (hi, lo) => (hi === Tag.Ptr ? '#<Object>' : String(lo));
  /** Result of lookups: the value word. */
  rhi = 0;
  rlo = 0;

  constructor(
    private readonly heap: Heap,
    private readonly objects: ObjectModel,
  ) {
    this.mapProto = objects.allocObject(objects.objectProto);
    this.setProto = objects.allocObject(objects.objectProto);
    this.mapIteratorProto = objects.allocObject(objects.objectProto);
    this.setIteratorProto = objects.allocObject(objects.objectProto);
    this.arrayIteratorProto = objects.allocObject(objects.objectProto);
    this.cursorProto = objects.allocObject(objects.objectProto);
  }

  /** The prototypes (GC roots). */
  protos(): number[] {
    const protos = [this.mapProto, this.setProto, this.mapIteratorProto, this.setIteratorProto, this.arrayIteratorProto, this.cursorProto];
    return this.iteratorPrototype === 0 ? protos : [...protos, this.iteratorPrototype];
  }

  // ---- walks: iterators and for-of cursors --------------------------------------------------
  /** keys()/values()/entries(): an iterator object over the collection. */
  createIterator(obj: number, mode: WalkMode): number {
    const kind = this.kindOf(Tag.Ptr, obj)!;
    const it = this.objects.allocObject(kind === 'map' ? this.mapIteratorProto : this.setIteratorProto);
    this.heap.u32[(it + L.objectInternalOffset) >> 2] = obj; // keeps the collection alive
    this.iterators.set(it, { collection: obj, kind, mode, index: 0, done: false });
    return it;
  }

  /** Array.prototype.keys()/values()/entries(): an iterator over array `a`'s indices, which
   *  reads the array's length at every step (elements appended meanwhile are visited). */
  createArrayIterator(a: number, mode: WalkMode): number {
    const it = this.objects.allocObject(this.arrayIteratorProto);
    this.heap.u32[(it + L.objectInternalOffset) >> 2] = a; // keeps the array alive
    this.iterators.set(it, { collection: a, kind: 'array', mode, index: 0, done: false });
    return it;
  }

  /** The iterator object's walk, or undefined for any other value. */
  iteratorWalk(hi: number, lo: number): Walk | undefined {
    return hi === Tag.Ptr ? this.iterators.get(lo) : undefined;
  }

  /** for…of over a Map, Set or iterator: a cursor object; 0 for any other value. */
  forOfCursor(hi: number, lo: number): number {
    const kind = this.kindOf(hi, lo);
    const walk: Walk | undefined = kind !== null
      ? { collection: lo, kind, mode: kind === 'map' ? 'entries' : 'values', index: 0, done: false }
      : this.iteratorWalk(hi, lo);
    if (walk === undefined) return 0;
    const cursor = this.objects.allocObject(this.cursorProto);
    this.heap.u32[(cursor + L.objectInternalOffset) >> 2] = lo; // keeps what it walks alive
    this.cursors.set(cursor, { walk, taken: 0 });
    return cursor;
  }

  /** A cursor's `length` or element (into objects.rhi/rlo); false when obj is no cursor. */
  cursorGet(obj: number, key: number | string): boolean {
    const cursor = this.cursors.get(obj);
    if (cursor === undefined) return false;
    const o = this.objects;
    if (key === 'length') {
      o.rhi = Tag.Int32;
      o.rlo = cursor.taken + (this.peek(cursor.walk) ? 1 : 0);
    } else if (key === cursor.taken && this.take(cursor.walk)) {
      cursor.taken++;
    } else {
      o.rhi = Tag.Undefined;
      o.rlo = 0;
    }
    return true;
  }

  /** Is there a live entry at or after the walk's index? (Moves the index past deleted ones.) */
  private peek(walk: Walk): boolean {
    if (walk.kind === 'array') {
      if (!walk.done && walk.index >= this.arrayLikeLength(walk.collection)) walk.done = true;
      return !walk.done;
    }
    while (!walk.done) {
      if (walk.index >= this.used(walk.collection)) {
        walk.done = true; // an exhausted iterator stays done, as in node
        break;
      }
      if (this.entry(walk.collection, walk.index)) return true;
      walk.index++;
    }
    return false;
  }

  /** The entries a walk has still to take, [key, value] words (the walk does not move). */
  remaining(walk: Walk): [[number, number], [number, number]][] {
    const out: [[number, number], [number, number]][] = [];
    if (walk.done) return out;
    if (walk.kind === 'array') {
      for (let i = walk.index, n = this.arrayLikeLength(walk.collection); i < n; i++) {
        this.arrayEntry(walk.collection, i);
        out.push([[this.khi, this.klo], [this.rhi, this.rlo]]);
      }
      return out;
    }
    for (let e = walk.index, n = this.used(walk.collection); e < n; e++) {
      if (this.entry(walk.collection, e)) out.push([[this.khi, this.klo], [this.rhi, this.rlo]]);
    }
    return out;
  }

  /** Takes the walk's next entry as the value its mode gives, into objects.rhi/rlo. */
  take(walk: Walk): boolean {
    if (!this.peek(walk)) return false;
    if (walk.kind === 'array') this.arrayEntry(walk.collection, walk.index++);
    else this.entry(walk.collection, walk.index++);
    const o = this.objects;
    if (walk.mode === 'keys') {
      o.rhi = this.khi;
      o.rlo = this.klo;
    } else if (walk.mode === 'values') {
      o.rhi = this.rhi;
      o.rlo = this.rlo;
    } else {
      const [khi, klo, vhi, vlo] = [this.khi, this.klo, this.rhi, this.rlo];
      const pair = o.allocArray(0, 2);
      o.push(pair, khi, klo);
      o.push(pair, vhi, vlo);
      o.rhi = Tag.Ptr;
      o.rlo = pair;
    }
    return true;
  }

  /** After a collection: forget the walks of iterators and cursors that died. */
  dropDead(isLive: (at: number) => boolean): void {
    for (const at of this.iterators.keys()) if (!isLive(at)) this.iterators.delete(at);
    for (const at of this.cursors.keys()) if (!isLive(at)) this.cursors.delete(at);
  }

  /** Does an unfinished walk (forEach, iterator, cursor) pin the collection's entry indices? */
  private pinned(obj: number): boolean {
    if (this.iterating.has(obj)) return true;
    for (const w of this.iterators.values()) if (w.collection === obj && !w.done) return true;
    for (const c of this.cursors.values()) if (c.walk.collection === obj && !c.walk.done) return true;
    return false;
  }

  // ---- creation and kinds ---------------------------------------------------------------
  create(kind: CollectionKind): number {
    const at = this.objects.allocObject(kind === 'map' ? this.mapProto : this.setProto);
    this.heap.u32[(at + L.objectInternalOffset) >> 2] = this.allocStore(8);
    return at;
  }

  /** Gives object `at` an empty entry store (a WeakMap, WeakSet or WeakRef: weak-collections.ts). */
  attachStore(at: number): void {
    this.heap.u32[(at + L.objectInternalOffset) >> 2] = this.allocStore(4);
  }

  /** The entry store of a collection (what the GC settles for a weak one). */
  entryStore(obj: number): number {
    return this.storeOf(obj);
  }

  kindOf(hi: number, lo: number): CollectionKind | null {
    if (hi !== Tag.Ptr || this.heap.kindOf(lo) !== Kind.Object) return null;
    if (this.heap.u32[(lo + L.objectInternalOffset) >> 2] === 0) return null;
    // Map.prototype or Set.prototype on its chain: a subclass's instance's is further up.
    for (let proto = this.objects.shapeOf(lo).proto; proto !== 0; proto = this.objects.protoOf(proto)) {
      if (proto === this.mapProto) return 'map';
      if (proto === this.setProto) return 'set';
    }
    return null;
  }

  /** The collection `self` as a Map or Set, or node's TypeError for the method `name`. */
  expect(hi: number, lo: number, kind: CollectionKind, name: string): number {
    if (this.kindOf(hi, lo) !== kind) {
      const type = kind === 'map' ? 'Map' : 'Set';
      throw new KilnThrow('TypeError', `Method ${type}.prototype.${name} called on incompatible receiver ${describeReceiver(this, hi, lo)}`);
    }
    return lo;
  }

  // ---- the entries ------------------------------------------------------------------------
  private storeOf(obj: number): number {
    return this.heap.u32[(obj + L.objectInternalOffset) >> 2];
  }

  size(obj: number): number {
    return this.heap.u32[(this.storeOf(obj) + L.dictLiveOffset) >> 2];
  }

  /** Entries used so far (deleted ones included): the bound of an index walk. */
  used(obj: number): number {
    return this.heap.u32[(this.storeOf(obj) + L.dictUsedOffset) >> 2];
  }

  /** Entry e's key and value into (khi, klo, rhi, rlo); false when it was deleted. */
  entry(obj: number, e: number): boolean {
    const u32 = this.heap.u32;
    const w = entryWord(this.storeOf(obj), e);
    if (u32[w + 1] === Tag.Hole) return false;
    this.khi = u32[w + 1];
    this.klo = u32[w];
    this.rhi = u32[w + 3];
    this.rlo = u32[w + 2];
    return true;
  }

  /** Element i of array a as an entry: key the index, value the element (a hole reads as
   *  undefined). */
  private arrayEntry(a: number, i: number): void {
    this.khi = Tag.Int32;
    this.klo = i;
    const typed = this.typedElement(a, i);
    if (typed !== undefined) {
      [this.rhi, this.rlo] = typed;
      return;
    }
    this.objects.getElement(a, i);
    const hole = this.objects.rhi === Tag.Hole;
    this.rhi = hole ? Tag.Undefined : this.objects.rhi;
    this.rlo = hole ? 0 : this.objects.rlo;
  }

  khi = 0;
  klo = 0;

  /** A typed array's length and elements (array iterators walk those too); the runtime
   *  sets them (typed-arrays.ts). */
  typedLength: (at: number) => number | undefined = () => undefined;
  typedElement: (at: number, i: number) => Word | undefined = () => undefined;

  private arrayLikeLength(a: number): number {
    return this.typedLength(a) ?? this.objects.arrayLength(a);
  }

  /** The value for key into rhi/rlo; false when absent. */
  get(obj: number, khi: number, klo: number): boolean {
    const e = this.lookup(obj, khi, klo);
    if (e < 0) return false;
    const w = entryWord(this.storeOf(obj), e);
    this.rhi = this.heap.u32[w + 3];
    this.rlo = this.heap.u32[w + 2];
    return true;
  }

  has(obj: number, khi: number, klo: number): boolean {
    return this.lookup(obj, khi, klo) >= 0;
  }

  set(obj: number, khi: number, klo: number, vhi: number, vlo: number): void {
    const u32 = this.heap.u32;
    if (khi < Tag.MIN && this.heap.f64Of(khi, klo) === 0) [khi, klo] = [Tag.Int32, 0]; // -0 → +0
    const e = this.lookup(obj, khi, klo);
    if (e >= 0) {
      const w = entryWord(this.storeOf(obj), e);
      u32[w + 2] = vlo;
      u32[w + 3] = vhi;
      return;
    }
    let store = this.storeOf(obj);
    let used = u32[(store + L.dictUsedOffset) >> 2];
    if (used >= u32[(store >> 2) + 1]) {
      store = this.grow(obj, store);
      used = u32[(store + L.dictUsedOffset) >> 2];
    }
    const w = entryWord(store, used);
    u32[w] = klo;
    u32[w + 1] = khi;
    u32[w + 2] = vlo;
    u32[w + 3] = vhi;
    u32[(store + L.dictUsedOffset) >> 2] = used + 1;
    u32[(store + L.dictLiveOffset) >> 2]++;
    this.indexOf(store).set(this.hostKey(khi, klo), used);
  }

  delete(obj: number, khi: number, klo: number): boolean {
    const e = this.lookup(obj, khi, klo);
    if (e < 0) return false;
    const u32 = this.heap.u32;
    const store = this.storeOf(obj);
    const w = entryWord(store, e);
    this.indexOf(store).delete(this.hostKey(u32[w + 1], u32[w]));
    u32[w] = 0;
    u32[w + 1] = Tag.Hole;
    u32[w + 2] = 0;
    u32[w + 3] = Tag.Undefined;
    u32[(store + L.dictLiveOffset) >> 2]--;
    return true;
  }

  clear(obj: number): void {
    const used = this.used(obj);
    for (let e = 0; e < used; e++) {
      if (this.entry(obj, e)) this.delete(obj, this.khi, this.klo);
    }
    if (!this.pinned(obj)) {
      const store = this.storeOf(obj);
      this.heap.u32[(store + L.dictUsedOffset) >> 2] = 0;
      this.index.set(store, new Map());
    }
  }

  /** Runs `walk` with obj marked as being iterated (its store is then never compacted). */
  iterate<T>(obj: number, walk: () => T): T {
    this.iterating.set(obj, (this.iterating.get(obj) ?? 0) + 1);
    try {
      return walk();
    } finally {
      const n = this.iterating.get(obj)! - 1;
      if (n === 0) this.iterating.delete(obj);
      else this.iterating.set(obj, n);
    }
  }

  /** The GC freed a Dictionary store: drop its index if it was a collection's. */
  forgetStore(store: number): void {
    this.index.delete(store);
  }

  // ---- internals ----------------------------------------------------------------------------
  private allocStore(capacity: number): number {
    const heap = this.heap;
    const at = heap.allocObjectBytes(Kind.Dictionary, L.dictEntriesOffset + 16 * capacity);
    heap.u32[(at >> 2) + 1] = capacity;
    heap.u32[(at + L.dictUsedOffset) >> 2] = 0;
    heap.u32[(at + L.dictLiveOffset) >> 2] = 0;
    this.index.set(at, new Map());
    return at;
  }

  /** A bigger store: compacted (live entries only) unless the collection is being iterated,
   *  when every entry keeps its index. */
  private grow(obj: number, store: number): number {
    const u32 = this.heap.u32;
    const used = u32[(store + L.dictUsedOffset) >> 2];
    const live = u32[(store + L.dictLiveOffset) >> 2];
    const compact = !this.pinned(obj);
    const grown = this.allocStore(compact ? Math.max(8, live * 2 + 2) : used * 2);
    let n = 0;
    for (let e = 0; e < used; e++) {
      const from = entryWord(store, e);
      if (compact && u32[from + 1] === Tag.Hole) continue;
      u32.copyWithin(entryWord(grown, n), from, from + 4);
      n++;
    }
    u32[(grown + L.dictUsedOffset) >> 2] = n;
    u32[(grown + L.dictLiveOffset) >> 2] = live;
    this.index.delete(store);
    this.index.delete(grown); // rebuilt from the heap on first use
    u32[(obj + L.objectInternalOffset) >> 2] = grown;
    return grown;
  }

  private lookup(obj: number, khi: number, klo: number): number {
    return this.indexOf(this.storeOf(obj)).get(this.hostKey(khi, klo)) ?? -1;
  }

  private indexOf(store: number): Map<HostKey, number> {
    let index = this.index.get(store);
    if (!index) {
      index = new Map();
      const u32 = this.heap.u32;
      const used = u32[(store + L.dictUsedOffset) >> 2];
      for (let e = 0; e < used; e++) {
        const w = entryWord(store, e);
        if (u32[w + 1] !== Tag.Hole) index.set(this.hostKey(u32[w + 1], u32[w]), e);
      }
      this.index.set(store, index);
    }
    return index;
  }

  /** SameValueZero as a host Map key. */
  private hostKey(hi: number, lo: number): HostKey {
    if (hi === Tag.Int32) return lo | 0;
    if (hi < Tag.MIN) return this.heap.f64Of(hi, lo) + 0;
    switch (hi) {
      case Tag.Bool: return lo !== 0;
      case Tag.Undefined: return undefined;
      case Tag.Null: return null;
      default:
        return this.heap.kindOf(lo) === Kind.String ? this.heap.readString(lo) : BigInt(lo);
    }
  }
}

function entryWord(store: number, e: number): number {
  return ((store + L.dictEntriesOffset) >> 2) + 4 * e;
}

export function describeReceiver(c: Collections, hi: number, lo: number): string {
  if (hi === Tag.Undefined) return 'undefined';
  if (hi === Tag.Null) return 'null';
  if (hi === Tag.Ptr && c.kindOf(hi, lo) !== null) return c.kindOf(hi, lo) === 'map' ? '#<Map>' : '#<Set>';
  return c.receiverText(hi, lo);
}

/** Every live entry of the collection, in order: [key, value] (a Set's key is its value). */
export function collectionEntries(c: Collections, obj: number): [Word, Word][] {
  const out: [Word, Word][] = [];
  for (let e = 0, n = c.used(obj); e < n; e++) {
    if (c.entry(obj, e)) out.push([[c.khi, c.klo], [c.rhi, c.rlo]]);
  }
  return out;
}
