// Hidden classes (shapes). An object's shape says which named properties it has and in
// which slot of its Slots store each lives, plus its prototype; objects built by the same
// sequence of property additions share a shape (a transition tree, as in V8's maps), which
// is what inline caches and the JIT's shape guards compare. Shapes live on the TypeScript
// side and are referred to from heap objects by a u32 id; they are never collected (a
// program creates few), and they keep their prototype objects alive for the GC.
// Objects that take many properties, delete one, or get integer-like keys leave the tree
// for a Dictionary store: a shape with `dictionary` set, one per prototype, never cached.
// Each slot of a fast shape carries property flags (PropFlag): class methods are
// non-enumerable, getters/setters are accessor slots holding an accessor pair, and
// read-only / non-configurable bits; a dictionary's flags live beside its store
// (objects.ts). A shape also says whether its objects are extensible: preventExtensions,
// seal, freeze and attribute changes move an object to a sibling shape (same keys, other
// flags) reached by a cached edge, so inline caches keyed by shape never see a store hit on
// a read-only slot or an adding hit on a non-extensible object (they are never recorded).

/** Past this many named properties an object becomes a dictionary (V8 uses a similar cap). */
export const MAX_FAST_PROPERTIES = 64;

/** Property attributes, as bits that are 0 for the default of an assignment-made property
 *  (enumerable, writable, configurable data). */
export const enum PropFlag {
  None = 0,
  NonEnumerable = 1,
  /** The slot holds an accessor pair (an internal 2-element array [getter, setter]). */
  Accessor = 2,
  /** [[Writable]] false (data properties only). */
  ReadOnly = 4,
  /** [[Configurable]] false. */
  NonConfigurable = 8,
}

export class Shape {
  /** The shapes made from this one by adding a key or changing attributes (made on the first:
   *  most shapes are leaves). */
  transitions: Map<string, Shape> | undefined;

  constructor(
    readonly id: number,
    /** Heap offset of the prototype object, 0 for null. */
    readonly proto: number,
    /** Keys in insertion order (slot i holds keys[i]). */
    readonly keys: readonly string[],
    readonly dictionary: boolean,
    /** PropFlag bits of slot i. */
    readonly flags: readonly number[] = [],
    /** Can properties be added ([[Extensible]])? */
    readonly extensible: boolean = true,
  ) {
    /** Some slot is an accessor (caches must not treat every slot as data). */
    this.hasAccessors = flags.some((f) => (f & PropFlag.Accessor) !== 0);
    this.hasReadOnly = flags.some((f) => (f & PropFlag.ReadOnly) !== 0);
  }

  /** key -> slot, possibly shared along a chain of transitions (as V8 shares descriptor
   *  arrays): the shape a transition extends hands its map on when no other transition has
   *  extended it yet, so an object built property by property makes one map, not one per
   *  step (a map per shape made the realm's set-up quadratic). A shared map may hold keys a
   *  later shape of the chain added: an entry counts here only when its slot is below this
   *  shape's property count. Made on first lookup for a shape that did not inherit one. */
  private slotIndex: Map<string, number> | undefined;

  /** The slot of `key` in a fast shape, or undefined. */
  slotOf(key: string): number | undefined {
    const index = (this.slotIndex ??= new Map(this.keys.map((k, i) => [k, i])));
    const slot = index.get(key);
    return slot !== undefined && slot < this.keys.length ? slot : undefined;
  }

  /** Gives the shape that extends this one by `key` this shape's index, when nothing else
   *  extended it yet (the index then holds exactly this shape's keys). */
  shareIndexWith(next: Shape, key: string): void {
    const index = (this.slotIndex ??= new Map(this.keys.map((k, i) => [k, i])));
    if (index.size !== this.keys.length) return;
    index.set(key, this.keys.length);
    next.slotIndex = index;
  }

  readonly hasAccessors: boolean;
  /** Some slot is a read-only data property (store caches must not take it). */
  readonly hasReadOnly: boolean;

  flagsOf(slot: number): number {
    return this.flags[slot] ?? 0;
  }

  get propertyCount(): number {
    return this.keys.length;
  }
}

export class ShapeTable {
  private readonly byId: Shape[] = [];
  private readonly roots = new Map<number, Shape>();
  private readonly dictionaries = new Map<number, Shape>();

  constructor() {
    // Id 0 is never a valid shape, so a zeroed IC entry never matches.
    this.byId.push(new Shape(0, 0, [], true));
  }

  get(id: number): Shape {
    return this.byId[id];
  }

  get all(): readonly Shape[] {
    return this.byId;
  }

  /** The shape of an empty object with this prototype. */
  root(proto: number): Shape {
    let s = this.roots.get(proto);
    if (!s) {
      s = this.make(proto, [], false);
      this.roots.set(proto, s);
    }
    return s;
  }

  /** The dictionary shape for this prototype (`extensible` false: the one of
   *  non-extensible dictionaries). */
  dictionary(proto: number, extensible = true): Shape {
    const map = extensible ? this.dictionaries : this.closedDictionaries;
    let s = map.get(proto);
    if (!s) {
      s = this.make(proto, [], true, [], extensible);
      map.set(proto, s);
    }
    return s;
  }

  private readonly closedDictionaries = new Map<number, Shape>();

  /** The id of the proxies' shape (0 until the first proxy: proxies.ts). */
  proxyShapeId = 0;

  /** The shape of every proxy's record (proxies.ts): a non-extensible dictionary of its own,
   *  with no prototype, so that no inline cache ever holds it and a proxy is told from any
   *  other object by this one id. Made on first use (programs without proxies keep their
   *  shape ids). */
  proxyShape(): Shape {
    if (this.proxyShapeId === 0) this.proxyShapeId = this.make(0, [], true, [], false).id;
    return this.byId[this.proxyShapeId];
  }

  /** The sibling of fast shape `from` with these slot flags and extensibility (same keys
   *  and slots, so values stay where they are). */
  reshape(from: Shape, flags: readonly number[], extensible: boolean): Shape {
    if (extensible === from.extensible && flags.every((f, i) => f === from.flagsOf(i))) return from;
    const edge = `\u0001${flags.join(',')}|${extensible ? 1 : 0}`;
    let s = from.transitions?.get(edge);
    if (s) return s;
    s = this.make(from.proto, from.keys.slice(), false, flags.slice(), extensible);
    (from.transitions ??= new Map()).set(edge, s);
    return s;
  }

  /** Is the object at this heap offset some shape's prototype (its changes invalidate
   *  prototype-chain caches)? */
  isPrototype(at: number): boolean {
    return this.roots.has(at) || this.dictionaries.has(at) || this.closedDictionaries.has(at) || this.watched.has(at);
  }

  /** Objects whose every change bumps the prototype epoch although no shape has them as
   *  prototype (the global object: compiled code loads globals as constants). */
  private readonly watched = new Set<number>();

  watch(at: number): void {
    this.watched.add(at);
  }

  /** The shape after adding `key` with `flags` to an object of shape `from` (fast shapes
   *  only); null when the object should become a dictionary instead. */
  transition(from: Shape, key: string, flags = 0): Shape | null {
    const edge = flags === 0 ? key : `${key}\u0000${flags}`;
    let s = from.transitions?.get(edge);
    if (s) return s;
    if (from.propertyCount >= MAX_FAST_PROPERTIES || isArrayIndexKey(key) || !from.extensible) return null;
    s = this.make(from.proto, [...from.keys, key], false, [...from.keys.map((_, i) => from.flagsOf(i)), flags]);
    if (!from.dictionary) from.shareIndexWith(s, key);
    (from.transitions ??= new Map()).set(edge, s);
    return s;
  }

  private make(proto: number, keys: string[], dictionary: boolean, flags: number[] = [], extensible = true): Shape {
    const s = new Shape(this.byId.length, proto, keys, dictionary, flags, extensible);
    this.byId.push(s);
    return s;
  }
}

/** A canonical array index ("0", "17", not "01" or "4294967295"). */
export function isArrayIndexKey(key: string): boolean {
  if (key.length === 0 || key.length > 10) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(key) < 4294967295;
}
