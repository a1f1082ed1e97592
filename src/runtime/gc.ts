// The garbage collector: precise, non-moving mark-sweep over the one heap region. It runs
// only at safepoints (the interpreter's loop back-edges and function entries, when the
// allocator has set gcRequested), so every live value sits in a VM-stack slot or another
// known root. Marking is by tags: a value word whose upper half is Tag.Ptr holds an object
// offset; stack words (which may be stale: dead frames, unwritten spill slots) are checked
// against the heap's object-start bitmap first, heap-internal pointers are exact. The mark
// bit is the kind word's top bit; marking uses an explicit stack (no host recursion), and
// heap.sweep frees, coalesces and rebuilds the free lists. The policy sets the next trigger
// from the live size; near --max-heap it collects earlier and earlier.
//
// The entries of the weak collections (WeakMap, WeakSet, WeakRef, FinalizationRegistry:
// weak-collections.ts) are ephemerons: a weak collection's entry store is kept but not
// scanned while marking; once the marking drains, an entry whose key is marked gets its value
// marked (and marking goes on), until nothing changes; then the entries whose key died are
// cleared before the sweep frees the keys.

import type { Heap } from './heap';
import { Globals, Kind, ObjectLayout as L, Region, Tag } from './layout';

const BASE = Region.heapOffset;
const MB = 1024 * 1024;
/** The heap may grow by this factor of the live size before the next collection... */
const GROWTH_FACTOR = 2;
/** ...but by at least this much, so small heaps do not collect constantly. */
const MIN_GROWTH = 8 * MB;
/** Past this fraction of --max-heap the trigger only takes half the remaining room. */
const SOFT_LIMIT = 0.75;
/** --gc-stress halves its rate each time its collections walked this many more objects
 *  (about 0.1 s of collection work). */
const STRESS_WORK_STEP = 4_000_000;

export type GcReason = 'threshold' | 'limit' | 'stress';

/** One collection, as --trace-gc prints it and --stats sums it. */
export interface GcEvent {
  event: 'gc';
  number: number;
  reason: GcReason;
  beforeBytes: number; // bytes in objects before (live + garbage)
  afterBytes: number; // bytes in live objects after
  topBytes: number; // the heap's committed top after (objects, free blocks, allocation area)
  liveObjects: number;
  freedObjects: number;
  freedBytes: number;
  pauseMs: number;
}

export interface GcClient {
  /** Marks the roots outside the VM stack, the handles, Globals.returnValue and interned
   *  strings (prototypes, shapes' prototypes, feedback vectors). */
  roots?(mark: (at: number) => void): void;
  /** The object at `at` of `kind` is being freed: drop host-side tables keyed by it. */
  freed?(at: number, kind: number): void;
  /** The kinds `freed` wants to see (default: all). */
  freedKinds?: readonly number[];
  /** After the sweep: weak lists drop what died (`isLive` is false for freed offsets). */
  swept?(isLive: (at: number) => boolean): void;
  /** Each collection, when it is done. */
  collected?(e: GcEvent): void;
  /** Is object `at` (which has an internal store) a weak collection? */
  isWeakCollection?(at: number): boolean;
  /** Entries of weak collection store `store` were cleared (their keys died). */
  weakEntriesCleared?(store: number): void;
  /** One entry of `store` was cleared: its value word, read before it was (called before
   *  the sweep; nothing may be allocated). */
  weakEntryCleared?(store: number, hi: number, lo: number): void;
}

export interface GcOptions {
  /** Collect at every safepoint after an allocation. */
  stress?: boolean;
  /** Check every heap-internal pointer against the object-start bitmap while marking. */
  verify?: boolean;
}

export class GarbageCollector {
  collections = 0;
  /** The trigger the policy computed, and why: what collects when --gc-stress does not. */
  private trigger = 0;
  private reason: GcReason = 'threshold';
  /** --gc-stress: collect at every `stressInterval`-th safepoint with an allocation before
   *  it. The interval starts at 1 and doubles each time the stress collections have walked
   *  another STRESS_WORK_STEP objects, so the stress work stays O(STEP * log(safepoints))
   *  in allocation-heavy programs instead of O(safepoints * live objects). */
  private stressInterval = 1;
  private stressSkipped = 0;
  private stressWork = 0;
  /** The mark stack: objects marked whose fields are not scanned yet ([0, sp)). */
  private stack: Int32Array = new Int32Array(1024);
  private sp = 0;
  /** The entry stores of the weak collections marked so far in this collection. */
  private weakStores: number[] = [];
  private readonly u32: Uint32Array;
  private readonly freedKinds: number;

  constructor(
    private readonly heap: Heap,
    private readonly client: GcClient = {},
    private readonly options: GcOptions = {},
  ) {
    this.u32 = heap.u32;
    this.freedKinds = client.freedKinds ? client.freedKinds.reduce((bits, k) => bits | (1 << k), 0) : -1;
    this.schedule(heap.bytesInUse);
  }

  /** The safepoint hook: collects when one is requested. The VM stack is in use up to
   *  byte offset `stackTop`. */
  safepoint(stackTop: number): void {
    const heap = this.heap;
    if (!heap.gcRequested) return;
    if (this.options.stress && heap.bytesInUse < this.trigger) {
      if (++this.stressSkipped < this.stressInterval) {
        heap.gcRequested = false;
        return;
      }
      const e = this.collect(stackTop, 'stress');
      this.stressSkipped = 0;
      this.stressWork += e.liveObjects + e.freedObjects;
      if (this.stressWork >= STRESS_WORK_STEP) {
        this.stressWork = 0;
        this.stressInterval *= 2;
      }
      return;
    }
    this.collect(stackTop, this.reason);
  }

  /** A full collection now. */
  collect(stackTop: number, reason: GcReason = this.reason): GcEvent {
    const started = performance.now();
    const heap = this.heap;
    heap.scanLab(); // objects compiled code allocated get their start bits: roots are checked against them
    const before = heap.bytesInUse;
    this.markRoots(stackTop);
    this.drain();
    this.settleEphemerons();
    const swept = heap.sweep(this.client.freed, this.freedKinds);
    this.client.swept?.((at) => heap.isObjectStart(at));
    heap.gcRequested = false;
    this.schedule(swept.liveBytes);
    const e: GcEvent = {
      event: 'gc',
      number: ++this.collections,
      reason,
      beforeBytes: before,
      afterBytes: swept.liveBytes,
      topBytes: heap.bytesAllocated,
      liveObjects: swept.liveObjects,
      freedObjects: swept.freedObjects,
      freedBytes: swept.freedBytes,
      pauseMs: performance.now() - started,
    };
    this.client.collected?.(e);
    return e;
  }

  /** Sets the next trigger from the live size: grow by a factor (at least MIN_GROWTH); near
   *  --max-heap, use half of the room left (at least a little, so a heap that is nearly
   *  all live does not collect at every safepoint). --gc-stress asks at every allocation. */
  private schedule(live: number): void {
    const max = this.heap.maxHeapBytes;
    let next = live + Math.max(live * (GROWTH_FACTOR - 1), MIN_GROWTH);
    this.reason = 'threshold';
    if (next > SOFT_LIMIT * max) {
      next = live + Math.max((max - live) / 2, 64 * 1024, max / 256);
      this.reason = 'limit';
    }
    this.trigger = next;
    this.heap.gcTrigger = this.options.stress ? 0 : next;
  }

  // ---- marking ------------------------------------------------------------------------
  private markRoots(stackTop: number): void {
    const { heap, u32 } = this;
    for (let w = Region.vmStackOffset >> 2, end = stackTop >> 2; w < end; w += 2) {
      if (u32[w + 1] === Tag.Ptr) this.markCandidate(u32[w]);
    }
    const { words, length } = heap.handles;
    for (let i = 0; i < length; i += 2) {
      if (words[i] === Tag.Ptr) this.markCandidate(words[i + 1]);
    }
    const ret = Globals.returnValue >> 2;
    if (u32[ret + 1] === Tag.Ptr) this.markCandidate(u32[ret]);
    const mark = (at: number) => this.markObject(at);
    heap.forEachInterned(mark);
    this.client.roots?.(mark);
  }

  private isMarked(at: number): boolean {
    const bit = (at - BASE) >> 3;
    return (this.heap.marks[bit >> 5] & (1 << bit)) !== 0;
  }

  /** Marks the values of weak entries whose keys are live (and what they reach) until no
   *  more are found, then clears the entries whose keys are dead. */
  private settleEphemerons(): void {
    const u32 = this.u32;
    for (let found = true; found;) {
      found = false;
      for (const store of this.weakStores) {
        const first = (store + L.dictEntriesOffset) >> 2;
        for (let e = 0, used = u32[(store + L.dictUsedOffset) >> 2]; e < used; e++) {
          const w = first + 4 * e;
          if (u32[w + 1] !== Tag.Ptr || !this.isMarked(u32[w])) continue;
          if (u32[w + 3] === Tag.Ptr && !this.isMarked(u32[w + 2])) {
            this.markObject(u32[w + 2]);
            found = true;
          }
        }
      }
      if (found) this.drain();
    }
    for (const store of this.weakStores) {
      const first = (store + L.dictEntriesOffset) >> 2;
      let cleared = false;
      for (let e = 0, used = u32[(store + L.dictUsedOffset) >> 2]; e < used; e++) {
        const w = first + 4 * e;
        if (u32[w + 1] !== Tag.Ptr || this.isMarked(u32[w])) continue;
        this.client.weakEntryCleared?.(store, u32[w + 3], u32[w + 2]);
        u32[w] = 0;
        u32[w + 1] = Tag.Hole;
        u32[w + 2] = 0;
        u32[w + 3] = Tag.Undefined;
        u32[(store + L.dictLiveOffset) >> 2]--;
        cleared = true;
      }
      if (cleared) this.client.weakEntriesCleared?.(store);
    }
    this.weakStores = [];
  }

  /** A word that may be stale: marked only when an object starts there. */
  private markCandidate(at: number): void {
    if (this.heap.isObjectStart(at)) this.markObject(at);
  }

  /** Marks the object at `at` (exact) and queues it for scanning. */
  private markObject(at: number): void {
    const bit = (at - BASE) >> 3;
    const marks = this.heap.marks;
    if ((marks[bit >> 5] & (1 << bit)) !== 0) return;
    marks[bit >> 5] |= 1 << bit;
    if (this.sp === this.stack.length) this.growStack();
    this.stack[this.sp++] = at;
  }

  private growStack(): Int32Array {
    const grown = new Int32Array(this.stack.length * 2);
    grown.set(this.stack);
    return (this.stack = grown);
  }

  /** Scans marked objects until none is left (iterative: a million-long list is fine).
   *  Every kind's references are one run of value words, except Object and Array, whose
   *  store is a raw offset: the store is marked and scanned at once (no push and pop). */
  private drain(): void {
    const { u32, heap } = this;
    const marks = heap.marks;
    const verify = this.options.verify === true;
    let stack = this.stack;
    let sp = this.sp;
    while (sp > 0) {
      let at = stack[--sp];
      let kind = u32[at >> 2];
      if (kind === Kind.Object && u32[(at + L.objectInternalOffset) >> 2] !== 0) {
        // A Map's or Set's entries: marked and queued like any child.
        const entries = u32[(at + L.objectInternalOffset) >> 2];
        if (verify && !heap.isObjectStart(entries)) this.fail(entries, at);
        const bit = (entries - BASE) >> 3;
        if ((marks[bit >> 5] & (1 << bit)) === 0 && this.client.isWeakCollection?.(at)) {
          // Kept, not scanned: its entries are settled after the marking (settleEphemerons).
          marks[bit >> 5] |= 1 << bit;
          this.weakStores.push(entries);
        } else if ((marks[bit >> 5] & (1 << bit)) === 0) {
          marks[bit >> 5] |= 1 << bit;
          if (sp === stack.length) {
            this.sp = sp;
            stack = this.growStack();
          }
          stack[sp++] = entries;
        }
      }
      if (kind === Kind.Object || kind === Kind.Array) {
        const store = u32[(at + (kind === Kind.Object ? L.objectSlotsOffset : L.arrayElementsOffset)) >> 2];
        if (verify && !heap.isObjectStart(store)) this.fail(store, at);
        const bit = (store - BASE) >> 3;
        if ((marks[bit >> 5] & (1 << bit)) !== 0) continue;
        marks[bit >> 5] |= 1 << bit;
        at = store;
        kind = u32[at >> 2];
      }
      const w = at >> 2;
      let from = 0;
      let end = 0;
      switch (kind) {
        case Kind.Context: // parent, then the slots: contiguous
          from = w + (L.contextParentOffset >> 2);
          end = w + (L.contextSlotsOffset >> 2) + 2 * u32[w + 1];
          break;
        case Kind.Function: {
          // Its properties object (a bare u32 reference), then the context (a value).
          const bag = u32[w + (L.functionPropertiesOffset >> 2)];
          if (bag !== 0) {
            const bit = (bag - BASE) >> 3;
            if ((marks[bit >> 5] & (1 << bit)) === 0) {
              marks[bit >> 5] |= 1 << bit;
              if (sp === stack.length) {
                this.sp = sp;
                stack = this.growStack();
              }
              stack[sp++] = bag;
            }
          }
          from = w + (L.functionContextOffset >> 2);
          end = from + 2;
          break;
        }
        case Kind.Elements:
        case Kind.Slots:
          from = w + (L.storeValuesOffset >> 2);
          end = from + 2 * u32[w + 1];
          break;
        case Kind.Dictionary: // entries up to `used`: (key, value); a deleted key is Tag.Hole
          from = w + (L.dictEntriesOffset >> 2);
          end = from + 4 * u32[w + (L.dictUsedOffset >> 2)];
          break;
        case Kind.Symbol: // description, then its key string
          from = w + (L.symbolDescriptionOffset >> 2);
          end = w + (L.symbolBytes >> 2);
          break;
        case Kind.Rope: // its two sides (the second is undefined once flattened)
          from = w + (L.ropeFirstOffset >> 2);
          end = w + (L.ropeBytes >> 2);
          break;
        default: // strings and bytes hold no references
          continue;
      }
      // Last word first, so the first is scanned next: objects are usually allocated in
      // the order their fields are, so marking then walks the heap forwards.
      for (let i = end - 2; i >= from; i -= 2) {
        if (u32[i + 1] !== Tag.Ptr) continue;
        const child = u32[i];
        if (verify && !heap.isObjectStart(child)) this.fail(child, at);
        const bit = (child - BASE) >> 3;
        if ((marks[bit >> 5] & (1 << bit)) !== 0) continue;
        marks[bit >> 5] |= 1 << bit;
        if (sp === stack.length) {
          this.sp = sp;
          stack = this.growStack();
        }
        stack[sp++] = child;
      }
    }
    this.sp = sp;
  }

  private fail(at: number, from: number): never {
    throw new Error(`kiln internal error: the object at heap offset ${from} (kind ${this.u32[from >> 2]}) refers to ${at}, where no object starts`);
  }
}

/** A --trace-gc line: text, or JSON with the GcEvent fields (--trace-format=json). */
export function formatGcEvent(e: GcEvent, format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify({ ...e, pauseMs: Math.round(e.pauseMs * 1000) / 1000 });
  const mb = (n: number) => (n / MB).toFixed(2);
  return `[gc] #${e.number} ${e.reason}: ${mb(e.beforeBytes)} MB -> ${mb(e.afterBytes)} MB (top ${mb(e.topBytes)} MB), ` +
    `${e.liveObjects} objects live, ${e.freedObjects} freed, ${e.pauseMs.toFixed(2)} ms`;
}
