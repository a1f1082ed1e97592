// The interpreter's fast paths for private member accesses (GetPrivate, SetPrivate and the
// brand check of private methods, CheckPrivateBrand): a private member is an own data
// property keyed by a private name (runtime/private-names.ts), so a site caches, as named
// accesses do, (receiver shape, slot) entries in its inline cache — with the private
// name's interned string in the entry's third word, where named sites keep the shape after
// a store (a private access never changes the shape). One site may see several names (a
// class expression evaluated twice), so a hit compares both. What the caches record is
// what the optimizing compiler specializes on (jit/opt/ir/build/classes.ts). Everything
// else (a miss that is not an own slot, every error) returns false: the caller runs the
// generic operation (runtime/class-features.ts).

import { IC_ENTRIES, IC_MEGAMORPHIC, IC_STRIDE } from '../profile/feedback';
import type { FunctionProfile } from '../profile/function-profile';
import { Kind, ObjectLayout as L, Tag } from '../runtime/layout';
import type { Runtime } from '../runtime/runtime';

const VALUES_WORD = L.storeValuesOffset >> 2;

export class PrivateCaches {
  private readonly u32: Uint32Array;

  constructor(private readonly rt: Runtime) {
    this.u32 = rt.heap.u32;
  }

  /** r[d] = r[o].#(r[n]) when r[o] has the member in a cached or fast-shape slot. */
  get(profile: FunctionProfile, site: number, d: number, o: number, n: number): boolean {
    const w = this.slotWord(profile, site, o, n);
    if (w < 0) return false;
    const u32 = this.u32;
    u32[d] = u32[w];
    u32[d + 1] = u32[w + 1];
    return true;
  }

  /** r[o].#(r[n]) = r[v], likewise. */
  set(profile: FunctionProfile, site: number, o: number, n: number, v: number): boolean {
    const w = this.slotWord(profile, site, o, n);
    if (w < 0) return false;
    const u32 = this.u32;
    u32[w] = u32[v];
    u32[w + 1] = u32[v + 1];
    return true;
  }

  /** Instance brand check: r[o] has brand r[n] (static checks are the generic path's). */
  has(profile: FunctionProfile, site: number, o: number, n: number): boolean {
    return this.slotWord(profile, site, o, n) >= 0;
  }

  /** Word index of the slot of private name r[n] in plain object r[o], recording the
   *  entry; -1 when r[o] is not a plain object with that member in a fast shape. */
  private slotWord(profile: FunctionProfile, site: number, o: number, n: number): number {
    const u32 = this.u32;
    const lo = u32[o];
    if (u32[o + 1] !== Tag.Ptr || u32[lo >> 2] !== Kind.Object) return -1;
    const name = u32[n];
    const shape = u32[(lo + L.objectShapeOffset) >> 2];
    const ics = profile.ics;
    const base = site * IC_STRIDE;
    const count = Math.min(ics[base], IC_ENTRIES);
    let slot = -1;
    for (let e = 0, at = base + 1; e < count; e++, at += 3) {
      if (ics[at] === shape && ics[at + 2] === name) {
        slot = ics[at + 1];
        break;
      }
    }
    if (slot < 0) {
      const s = this.rt.shapes.get(shape);
      const found = s.dictionary ? undefined : s.slotOf(this.rt.heap.readString(name));
      if (found === undefined) return -1;
      slot = found;
      remember(ics, base, shape, slot, name);
    }
    return (u32[(lo + L.objectSlotsOffset) >> 2] >> 2) + VALUES_WORD + 2 * slot;
  }
}

function remember(ics: Int32Array, base: number, shape: number, slot: number, name: number): void {
  const n = ics[base];
  if (n >= IC_ENTRIES) {
    ics[base] = IC_MEGAMORPHIC;
    return;
  }
  const at = base + 1 + 3 * n;
  ics[at] = shape;
  ics[at + 1] = slot;
  ics[at + 2] = name;
  ics[base] = n + 1;
}
