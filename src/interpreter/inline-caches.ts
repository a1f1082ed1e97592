// The interpreter's property-access paths: named loads and stores through per-site shape
// inline caches (monomorphic, polymorphic up to IC_ENTRIES shapes, then megamorphic), keyed
// element access on arrays and strings with elements-kind feedback, and the generic
// fallback into runtime/properties.ts. What the caches record is what the optimizing
// compiler specializes on, so the IC layout (profile/feedback.ts) is shared with it.

import { AccessBits, IC_ABSENT_SLOT, IC_ENTRIES, IC_FUNCTION_BIT, IC_GETTER_BIT, IC_MEGAMORPHIC, IC_PROTO_BIT, IC_SLOT_MASK, IC_STRIDE } from '../profile/feedback';
import type { FunctionProfile } from '../profile/function-profile';
import { ElementsKind, Kind, ObjectLayout as L, Tag } from '../runtime/layout';
import { INLINE_TYPED_ARRAYS } from '../runtime/typed-array-layout';
import { INTEGRITY_BITS } from '../runtime/array-integrity';
import type { Runtime } from '../runtime/runtime';
import { PropFlag } from '../runtime/shapes';

const VALUES_WORD = L.storeValuesOffset >> 2;

export class PropertyCaches {
  private readonly u32: Uint32Array;
  private readonly u8: Uint8Array;

  constructor(private readonly rt: Runtime) {
    this.u32 = rt.heap.u32;
    this.u8 = rt.heap.u8;
  }

  /** r[d] = r[o].key, through the site's cache. A function with a properties object is
   *  cached as that object (its shape, slots and prototype), marked IC_FUNCTION_BIT. */
  getNamed(profile: FunctionProfile, site: number, d: number, o: number, key: string): void {
    const u32 = this.u32;
    const hi = u32[o + 1];
    const lo = u32[o];
    if (hi === Tag.Ptr) {
      const kind = this.rt.heap.kindOf(lo);
      const object = kind === Kind.Object ? lo : kind === Kind.Function ? this.functionObject(profile, site, lo) : 0;
      if (object !== 0) {
        const receiverBit = kind === Kind.Function ? IC_FUNCTION_BIT : 0;
        const shape = u32[(object + L.objectShapeOffset) >> 2];
        const ics = profile.ics;
        const base = site * IC_STRIDE;
        const n = Math.min(ics[base], IC_ENTRIES);
        for (let e = 0, at = base + 1; e < n; e++, at += 3) {
          if (ics[at] === shape && (ics[at + 1] & IC_FUNCTION_BIT) === receiverBit) {
            const slot = ics[at + 1] & ~IC_FUNCTION_BIT;
            if ((slot & IC_PROTO_BIT) === 0) {
              const w = this.slotWord(object, slot);
              u32[d] = u32[w];
              u32[d + 1] = u32[w + 1];
              return;
            }
            if (profile.icEpochs[site] !== this.rt.objects.protoEpoch) break;
            if ((slot & IC_SLOT_MASK) === IC_ABSENT_SLOT) {
              u32[d] = 0;
              u32[d + 1] = Tag.Undefined;
              return;
            }
            return this.readPrototypeEntry(ics[at + 2], slot, hi, lo, d);
          }
        }
        const s = this.rt.shapes.get(shape);
        // A numeric key of a typed array ('-1', '1.5') names no property, own or inherited:
        // never cached (the generic path reads undefined).
        const typedNumeric = kind === Kind.Object && this.rt.props.isTypedNumericKey(lo, key);
        const slot = s.dictionary || typedNumeric ? undefined : s.slotOf(key);
        if (slot !== undefined && (s.flagsOf(slot) & PropFlag.Accessor) === 0) {
          this.remember(profile, site, shape, slot | receiverBit, shape);
          const w = this.slotWord(object, slot);
          u32[d] = u32[w];
          u32[d + 1] = u32[w + 1];
          return;
        }
        if (slot === undefined && !s.dictionary && !typedNumeric && this.protoLoad(profile, site, shape, s.proto, key, d, lo, receiverBit)) return;
      } else if (key === 'length' && (kind === Kind.Array || kind === Kind.String)) {
        u32[d] = u32[(lo + (kind === Kind.Array ? L.arrayLengthOffset : L.lengthOffset)) >> 2];
        u32[d + 1] = Tag.Int32;
        this.u8[profile.feedbackOffset + site] |= kind === Kind.Array ? AccessBits.ArrayLength : AccessBits.StringIndex;
        return;
      }
    }
    // Named reads of arrays and strings other than `length` find their builtin prototype's
    // methods: the receiver's kind is the feedback (the JIT then loads the method as a
    // constant), unless an array has a properties object (own properties, another prototype).
    const kind = hi === Tag.Ptr ? this.rt.heap.kindOf(lo) : 0;
    const plainArray = kind === Kind.Array && (u32[(lo + L.arrayKindOffset) >> 2] & (ElementsKind.PropertiesBit | ElementsKind.ArgumentsBit)) === 0;
    this.u8[profile.feedbackOffset + site] |=
      plainArray ? AccessBits.ArrayLength : kind === Kind.String ? AccessBits.StringIndex : AccessBits.Generic;
    this.rt.props.get(hi, lo, key);
    u32[d] = this.rt.objects.rlo;
    u32[d + 1] = this.rt.objects.rhi;
  }

  /** A named load on a function that found nothing on the prototype chain (`F.NULL`):
   *  cached as absent (undefined) for the current prototype epoch, when every object on the
   *  chain is a plain object or a function (whose properties objects are watched, so adding
   *  the property anywhere bumps the epoch). */
  private absentLoad(profile: FunctionProfile, site: number, shape: number, proto: number, d: number, receiverBit: number): boolean {
    const { objects, shapes } = this.rt;
    for (let p = proto; p !== 0; p = objects.protoOf(p)) {
      const kind = this.u32[p >> 2];
      if (kind === Kind.Function) shapes.watch(objects.functionProperties(p, true));
      else if (kind !== Kind.Object || shapes.get(this.u32[(p + L.objectShapeOffset) >> 2]).dictionary) return false;
    }
    this.startEpoch(profile, site);
    this.remember(profile, site, shape, IC_ABSENT_SLOT | IC_PROTO_BIT | receiverBit, 0);
    this.u32[d] = 0;
    this.u32[d + 1] = Tag.Undefined;
    return true;
  }

  /** Entries of an older prototype epoch may be stale: the site starts over in this one. */
  private startEpoch(profile: FunctionProfile, site: number): void {
    const epoch = this.rt.objects.protoEpoch;
    if (profile.icEpochs[site] !== epoch && profile.ics[site * IC_STRIDE] !== IC_MEGAMORPHIC) {
      profile.ics[site * IC_STRIDE] = 0;
      profile.icEpochs[site] = epoch;
    }
  }

  /** Function fn's properties object, made now unless the site is megamorphic (it holds the
   *  `length`, `name` and `prototype` a function has anyway): a cacheable shape. */
  private functionObject(profile: FunctionProfile, site: number, fn: number): number {
    if (profile.ics[site * IC_STRIDE] === IC_MEGAMORPHIC) return this.u32[(fn + L.functionPropertiesOffset) >> 2];
    return this.rt.objects.functionProperties(fn, true);
  }

  /** The plain object a prototype-chain load reads `holder`'s property from: the holder
   *  itself, or a function's properties object (a class's inherited static member). A
   *  change to any function's properties object between the receiver and the holder must
   *  invalidate the cache as a prototype's change does: they are watched. */
  private holderObject(proto: number, holder: number): number {
    const { objects, shapes } = this.rt;
    if (this.u32[holder >> 2] !== Kind.Function) return holder;
    for (let p = proto; p !== 0; p = objects.protoOf(p)) {
      if (this.u32[p >> 2] === Kind.Function) shapes.watch(objects.functionProperties(p, true));
      if (p === holder) break;
    }
    return objects.functionProperties(holder, true);
  }

  /** A named load that found `key` on a prototype of a receiver with a fast shape: a
   *  data property of a fast-shaped holder is cached (receiver shape → holder, slot) for the
   *  current prototype epoch. False when not cacheable (the generic path runs). */
  private protoLoad(profile: FunctionProfile, site: number, shape: number, proto: number, key: string, d: number, receiver: number, receiverBit: number): boolean {
    const { objects, props, shapes } = this.rt;
    const found = props.findHolder(proto, key);
    // (Only a function's absence is cached: some plain objects answer names no object holds,
    // such as a Map's size.)
    if (found === 0) return receiverBit !== 0 && this.absentLoad(profile, site, shape, proto, d, receiverBit);
    let getter = 0;
    const pair = objects.rlo;
    const value: [number, number] = [objects.rhi, objects.rlo];
    const flags = objects.rflags;
    const holder = this.holderObject(proto, found);
    if (this.u32[holder >> 2] !== Kind.Object) return false;
    if ((flags & PropFlag.Accessor) !== 0) {
      // A getter on the prototype (a class's `get x()`): cached as (holder, slot) too.
      objects.getElement(objects.rlo, 0);
      if (objects.rhi !== Tag.Ptr || this.u32[objects.rlo >> 2] !== Kind.Function) return false;
      getter = IC_GETTER_BIT;
    }
    const hs = shapes.get(this.u32[(holder + L.objectShapeOffset) >> 2]);
    if (hs.dictionary) return false;
    this.startEpoch(profile, site);
    this.remember(profile, site, shape, hs.slotOf(key)! | IC_PROTO_BIT | getter | receiverBit, holder);
    if (getter !== 0) {
      this.callGetter(pair, Tag.Ptr, receiver, d);
      return true;
    }
    this.u32[d] = value[1];
    this.u32[d + 1] = value[0];
    return true;
  }

  /** r[d] = super.key in a method whose home object is r[home], receiver r[self], through
   *  the site's cache: the lookup starts at the home object's prototype, which its shape
   *  fixes, so an entry is (home's shape, holder slot | IC_PROTO_BIT, holder) as a
   *  prototype-chain load of the home object records it, valid for the prototype epoch; a
   *  getter found there gets the receiver. False when the site cannot cache this (a class's
   *  static method, whose home is a function; a primitive receiver): the generic path runs. */
  superGet(profile: FunctionProfile, site: number, d: number, home: number, self: number, key: string): boolean {
    const u32 = this.u32;
    const lo = u32[home];
    const receiver = u32[self];
    if (u32[home + 1] !== Tag.Ptr || u32[lo >> 2] !== Kind.Object || u32[self + 1] !== Tag.Ptr) {
      this.u8[profile.feedbackOffset + site] |= AccessBits.Generic;
      return false;
    }
    const shape = u32[(lo + L.objectShapeOffset) >> 2];
    const ics = profile.ics;
    const base = site * IC_STRIDE;
    const n = Math.min(ics[base], IC_ENTRIES);
    if (profile.icEpochs[site] === this.rt.objects.protoEpoch) {
      for (let e = 0, at = base + 1; e < n; e++, at += 3) {
        if (ics[at] !== shape) continue;
        this.readPrototypeEntry(ics[at + 2], ics[at + 1], Tag.Ptr, receiver, d);
        return true;
      }
    }
    const s = this.rt.shapes.get(shape);
    if (!s.dictionary && this.protoLoad(profile, site, shape, s.proto, key, d, receiver, 0)) return true;
    this.u8[profile.feedbackOffset + site] |= AccessBits.Generic;
    return false;
  }

  /** r[d] = what a prototype-chain cache entry (holder, slot word) found: the holder's
   *  slot, or its getter called on receiver (hi, lo). */
  private readPrototypeEntry(holder: number, slot: number, hi: number, lo: number, d: number): void {
    const w = this.slotWord(holder, slot & IC_SLOT_MASK);
    if ((slot & IC_GETTER_BIT) !== 0) return this.callGetter(this.u32[w], hi, lo, d);
    this.u32[d] = this.u32[w];
    this.u32[d + 1] = this.u32[w + 1];
  }

  /** r[d] = the getter of accessor pair `pair` called on receiver (hi, lo). */
  private callGetter(pair: number, hi: number, lo: number, d: number): void {
    const objects = this.rt.objects;
    objects.getElement(pair, 0);
    const [rhi, rlo] = this.rt.invoker.call([objects.rhi, objects.rlo], [hi, lo], []);
    this.u32[d] = rlo;
    this.u32[d + 1] = rhi;
  }

  /** r[o].key = r[v], through the site's cache (which also caches adding transitions).
   *  Read-only slots and non-extensible shapes are never cached: such a store always
   *  misses, and the generic path refuses it (a TypeError in `strict` code). */
  setNamed(profile: FunctionProfile, site: number, o: number, key: string, v: number, strict = false): void {
    const u32 = this.u32;
    const hi = u32[o + 1];
    const lo = u32[o];
    if (hi === Tag.Ptr && u32[lo >> 2] === Kind.Object) {
      const shape = u32[(lo + L.objectShapeOffset) >> 2];
      const ics = profile.ics;
      const base = site * IC_STRIDE;
      const n = Math.min(ics[base], IC_ENTRIES);
      for (let e = 0, at = base + 1; e < n; e++, at += 3) {
        if (ics[at] !== shape) continue;
        // An adding store is valid while no prototype changed (a setter may have appeared).
        if (ics[at + 2] !== shape && profile.icEpochs[site] !== this.rt.objects.protoEpoch) break;
        const store = u32[(lo + L.objectSlotsOffset) >> 2];
        const slot = ics[at + 1];
        if (slot >= u32[(store >> 2) + 1]) break; // the store must grow: slow path
        const w = (store >> 2) + VALUES_WORD + 2 * slot;
        u32[w] = u32[v];
        u32[w + 1] = u32[v + 1];
        u32[(lo + L.objectShapeOffset) >> 2] = ics[at + 2];
        return;
      }
      const before = this.rt.shapes.get(shape);
      const ownSlot = before.dictionary ? undefined : before.slotOf(key);
      const ownFlags = ownSlot === undefined ? 0 : before.flagsOf(ownSlot);
      if (before.dictionary || (ownFlags & PropFlag.ReadOnly) !== 0 || (ownSlot === undefined && !before.extensible) || this.rt.props.isTypedNumericKey(lo, key)) {
        // Attributes, a dictionary or a typed array's numeric key ('-1': no property)
        // decide: the generic path.
        this.u8[profile.feedbackOffset + site] |= AccessBits.Generic;
        this.rt.props.set(hi, lo, key, u32[v + 1], u32[v], strict);
        return;
      }
      if (before.hasAccessors || this.rt.props.findHolder(this.rt.objects.protoOf(lo), key) !== 0) {
        // An accessor (own or inherited) or a shadowed inherited property: the generic path.
        const own = ownSlot !== undefined && (ownFlags & PropFlag.Accessor) === 0;
        if (!own) {
          this.u8[profile.feedbackOffset + site] |= AccessBits.Generic;
          this.rt.props.set(hi, lo, key, u32[v + 1], u32[v], strict);
          return;
        }
      }
      profile.icEpochs[site] = this.rt.objects.protoEpoch;
      this.rt.objects.setOwn(lo, key, u32[v + 1], u32[v]);
      const after = u32[(lo + L.objectShapeOffset) >> 2];
      const s = this.rt.shapes.get(after);
      const slot = s.dictionary || before.dictionary ? undefined : s.slotOf(key);
      if (slot !== undefined) this.remember(profile, site, shape, slot, after);
      else this.u8[profile.feedbackOffset + site] |= AccessBits.Generic;
      return;
    }
    this.u8[profile.feedbackOffset + site] |= AccessBits.Generic;
    this.rt.props.set(hi, lo, key, u32[v + 1], u32[v], strict);
  }

  /** Word index of slot `slot` of object obj's Slots store. */
  private slotWord(obj: number, slot: number): number {
    return (this.u32[(obj + L.objectSlotsOffset) >> 2] >> 2) + VALUES_WORD + 2 * slot;
  }

  /** The access-feedback bits for the elements kind of array a. */
  private elementsKindBits(a: number): number {
    const values = this.u32[(a + L.arrayKindOffset) >> 2] & 3;
    return values === ElementsKind.Int32 ? 0 : values === ElementsKind.Double ? AccessBits.DoubleElements : AccessBits.AnyElements;
  }

  private remember(profile: FunctionProfile, site: number, shape: number, slot: number, after: number): void {
    const ics = profile.ics;
    const base = site * IC_STRIDE;
    const n = ics[base];
    // An entry the cache has (an adding store that had to grow the object's store ran the
    // slow path) is not a new shape.
    for (let e = 0, at = base + 1; e < Math.min(n, IC_ENTRIES); e++, at += 3) {
      if (ics[at] === shape && ics[at + 1] === slot && ics[at + 2] === after) return;
    }
    if (n >= IC_ENTRIES) {
      ics[base] = IC_MEGAMORPHIC;
      return;
    }
    const at = base + 1 + 3 * n;
    ics[at] = shape;
    ics[at + 1] = slot;
    ics[at + 2] = after;
    ics[base] = n + 1;
  }

  /** r[d] = r[o][r[k]]. */
  getKeyed(profile: FunctionProfile, site: number, d: number, o: number, k: number): void {
    const u32 = this.u32;
    const hi = u32[o + 1];
    const lo = u32[o];
    const fb = profile.feedbackOffset + site;
    if (hi === Tag.Ptr && u32[k + 1] === Tag.Int32) {
      const i = u32[k] | 0;
      const kind = this.rt.heap.kindOf(lo);
      if (kind === Kind.Array) {
        this.u8[fb] |= this.elementsKindBits(lo);
        if (i >= 0 && i < u32[(lo + L.arrayLengthOffset) >> 2]) {
          const w = this.rt.objects.elementWord(lo, i);
          if (u32[w + 1] !== Tag.Hole) {
            u32[d] = u32[w];
            u32[d + 1] = u32[w + 1];
            this.u8[fb] |= AccessBits.ArrayInBounds;
            return;
          }
        }
        this.u8[fb] |= AccessBits.OutOfBounds;
      } else if (kind === Kind.String) {
        this.u8[fb] |= AccessBits.StringIndex;
      } else {
        this.noteTypedAccess(profile, site, lo, i);
      }
    } else {
      this.u8[fb] |= AccessBits.Generic;
    }
    const props = this.rt.props;
    props.get(hi, lo, props.keyFor('get', hi, lo, u32[k + 1], u32[k]));
    u32[d] = this.rt.objects.rlo;
    u32[d + 1] = this.rt.objects.rhi;
  }

  /** Keyed-access feedback for object `obj` indexed by int32 i: a Float64Array or Int32Array
   *  in bounds is TypedElements, with its shape and type code in the site's cache (one
   *  shape: a second one makes the site generic); anything else is generic. */
  private noteTypedAccess(profile: FunctionProfile, site: number, obj: number, i: number): void {
    const fb = profile.feedbackOffset + site;
    const info = this.rt.built.binary?.typedArrays.info(obj);
    const code = info === undefined ? 0 : INLINE_TYPED_ARRAYS.indexOf(info.type) + 1;
    if (info === undefined || code === 0) {
      this.u8[fb] |= AccessBits.Generic;
      return;
    }
    if (i < 0 || i >= info.length) {
      this.u8[fb] |= AccessBits.OutOfBounds;
      return;
    }
    this.u8[fb] |= AccessBits.TypedElements;
    const ics = profile.ics;
    const base = site * IC_STRIDE;
    const shape = this.u32[(obj + L.objectShapeOffset) >> 2];
    if (ics[base] === 0) {
      ics[base] = 1;
      ics[base + 1] = shape;
      ics[base + 2] = code;
    } else if (ics[base + 1] !== shape) {
      this.u8[fb] |= AccessBits.Generic;
    }
  }

  /** r[o][r[k]] = r[v]. */
  setKeyed(profile: FunctionProfile, site: number, o: number, k: number, v: number, strict = false): void {
    const u32 = this.u32;
    const hi = u32[o + 1];
    const lo = u32[o];
    const fb = profile.feedbackOffset + site;
    if (hi === Tag.Ptr && u32[k + 1] === Tag.Int32 && u32[lo >> 2] === Kind.Array && (u32[(lo + L.arrayKindOffset) >> 2] & INTEGRITY_BITS) === 0) {
      const i = u32[k] | 0;
      const length = u32[(lo + L.arrayLengthOffset) >> 2];
      const vhi = u32[v + 1];
      this.rt.objects.noteValueKind(lo, vhi);
      this.u8[fb] |= this.elementsKindBits(lo);
      if (i >= 0 && i < length) {
        const w = this.rt.objects.elementWord(lo, i);
        u32[w] = u32[v];
        u32[w + 1] = vhi;
        this.u8[fb] |= AccessBits.ArrayInBounds;
        return;
      }
      this.u8[fb] |= AccessBits.OutOfBounds;
      if (i >= 0) {
        this.rt.objects.setElement(lo, i, vhi, u32[v]);
        return;
      }
    } else if (hi === Tag.Ptr && u32[k + 1] === Tag.Int32 && u32[lo >> 2] === Kind.Object) {
      this.noteTypedAccess(profile, site, lo, u32[k] | 0);
    } else {
      this.u8[fb] |= AccessBits.Generic;
    }
    const props = this.rt.props;
    props.set(hi, lo, props.keyFor('set', hi, lo, u32[k + 1], u32[k]), u32[v + 1], u32[v], strict);
  }
}
