// Typed-array views over the one heap region the addon reserves, and the allocator for
// heap objects (strings, contexts, function objects, objects, arrays, stores, feedback
// vectors). TypeScript reads and writes values through these views; machine code reads the
// same bytes through its heap-base register.
//
// Allocation never collects (TypeScript code holds raw offsets between safepoints): it
// bump-allocates in a linear allocation area (LAB), pops exact-size free lists, or refills
// the LAB from the free lists or the top of the heap, and only *requests* a collection
// (gcRequested) once the bytes in use pass the trigger the collector set. The LAB's top and
// limit live in the Globals area, so compiled code bump-allocates there too; the allocator
// walks what it allocated (objects lie back to back in the LAB) to set their start bits
// and count their bytes before it allocates itself or a collection looks. Two bitmaps (one
// bit per 8 bytes) describe the heap: object starts, kept by the allocator, and marks, set
// by runtime/gc.ts; `sweep` here walks their words, frees, coalesces free blocks, rebuilds
// the free lists and lowers the top. Invariant: free memory is all zeros except the header
// of each listed Free block, so every allocation hands out zeroed memory and a stale word
// can never look like a pointer.

import { BigIntStore } from './bigint-store';
import { KilnThrow } from './errors';
import { Globals, Kind, MAX_STRING_LENGTH, ObjectLayout, Region, ROPE_MIN_UNITS, Tag } from './layout';

/** A bitmap with one bit per 8 bytes of a heap this big, zeroed. Over a SharedArrayBuffer:
 *  V8 counts an ArrayBuffer's whole length as external memory of its own heap, and two 16 MB
 *  bitmaps for the 1 GiB region (pages the kernel commits only when touched) made V8 start a
 *  ~9 ms mark-compact in the first 100 ms of every run; a shared backing store is not counted
 *  per isolate (the heap region itself is one for the same reason: native/addon.cc). */
function bitmapOver(heapBytes: number): Uint32Array {
  return new Uint32Array(new SharedArrayBuffer(Math.ceil(heapBytes / 8 / 32) * 4));
}

export class HeapLimitError extends Error {}

/** Free blocks up to this size sit on exact-size lists (index size / 8). */
const SMALL_MAX = 256;
/** Larger free blocks sit in buckets by floor(log2(size)). */
const LARGE_BUCKETS = 32;
/** A Free block needs 16 bytes for its link (+8); an 8-byte gap stays plain zeros. */
const MIN_LISTED = 16;
const FREE_NEXT_WORD = 2;
/** Bytes the top of the heap hands to the LAB at a time. */
const TOP_CHUNK = 64 * 1024;
/** Word indexes of the LAB's top and limit in the Globals area. */
const ALLOC_TOP = Globals.allocTop >> 2;
const ALLOC_LIMIT = Globals.allocLimit >> 2;
/** Entries of the decoded-string cache (powers of two): it starts small, since every page a
 *  process touches first costs a page fault (start-up), and grows to the most entries once
 *  the program has decoded several times as many strings as it holds. */
const DECODED_ENTRIES_FIRST = 1 << 11;
const DECODED_ENTRIES_MOST = 1 << 16;
/** Strings at least this long are cached in a Map instead: never evicted, so a long string
 *  read again and again is decoded once. */
const LONG_STRING = 256;
/** Strings at least this long are written into the heap by one host call (Buffer.write:
 *  ~70 ns whatever the length, where a loop of charCodeAt costs ~2.8 ns a unit). */
const BULK_WRITE_UNITS = 24;
/** Strings at least this long are decoded by one host call (Buffer.toString: ~75 ns);
 *  shorter ones a unit at a time. Spreading the units into String.fromCharCode costs ~25 ns
 *  a unit (an array iterator), so neither path does that. */
const BULK_READ_UNITS = 8;

/** Object sizes by kind: SIZE_FIXED + SIZE_PER_COUNT * (the u32 at +4); -1 = no such kind. */
const KIND_COUNT = Math.max(...Object.values(Kind)) + 1;
const SIZE_FIXED = new Int32Array(KIND_COUNT).fill(-1);
const SIZE_PER_COUNT = new Int32Array(KIND_COUNT);
for (const [kind, fixed, perCount] of [
  [Kind.String, ObjectLayout.stringDataOffset, 2],
  [Kind.Context, ObjectLayout.contextSlotsOffset, 8],
  [Kind.Function, ObjectLayout.functionBytes, 0],
  [Kind.Object, ObjectLayout.objectBytes, 0],
  [Kind.Array, ObjectLayout.arrayBytes, 0],
  [Kind.Elements, ObjectLayout.storeValuesOffset, 8],
  [Kind.Slots, ObjectLayout.storeValuesOffset, 8],
  [Kind.Dictionary, ObjectLayout.dictEntriesOffset, 16],
  [Kind.Bytes, 0, 1], // +4 is the byte size
  [Kind.Free, 0, 1],
  [Kind.Symbol, ObjectLayout.symbolBytes, 0],
  [Kind.BigInt, ObjectLayout.bigintDigitsOffset, 4],
  [Kind.Rope, ObjectLayout.ropeBytes, 0],
]) {
  SIZE_FIXED[kind] = fixed;
  SIZE_PER_COUNT[kind] = perCount;
}

/** What a sweep found: bytes and objects that survived and that were freed. */
export interface SweepResult {
  liveBytes: number;
  liveObjects: number;
  freedBytes: number;
  freedObjects: number;
}

/** The handle stack: words[0, length) are (hi, lo) pairs. `length` is a plain field, so a
 *  pop (every native callback makes one) or a truncation back to a mark is one store, not an
 *  array resize. */
export class HandleStack {
  readonly words: number[] = [];
  length = 0;

  push(hi: number, lo: number): void {
    this.words[this.length++] = hi;
    this.words[this.length++] = lo;
  }
}

export class Heap {
  readonly u8: Uint8Array;
  /** The region as a Buffer (bulk string copies). */
  private readonly bytes: Buffer;
  readonly u16: Uint16Array;
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  /** Everything in [Region.heapOffset, top) is an object, a Free block or the LAB. */
  private top: number = Region.heapOffset;
  /** The end of the heap: top never passes it. */
  private readonly limit: number;
  /** The linear allocation area [labTop, labEnd): zeroed memory, bump-allocated. Its top
   *  (Globals.allocTop) is shared with compiled code, which stops at Globals.allocLimit:
   *  labEnd, or earlier where the bytes allocated would reach the GC trigger. */
  private labEnd: number = Region.heapOffset;
  /** Objects below this LAB offset have their start bits and are counted in `used`; those
   *  from here to labTop were allocated by compiled code and are not yet. */
  private labScanned: number = Region.heapOffset;
  /** Heads of the exact-size free lists (index size / 8) and of the large buckets; 0 = empty. */
  private readonly smallFree = new Uint32Array(SMALL_MAX / 8 + 1);
  private readonly largeFree = new Uint32Array(LARGE_BUCKETS);
  /** Object-start bitmap: one bit per 8 bytes of the heap, set while an object starts there.
   *  The collector validates possibly stale stack words against it. */
  private readonly starts: Uint32Array;
  /** Mark bitmap, laid out as `starts`: the collector sets an object's bit when it finds the
   *  object reachable; the sweep frees the objects whose bit is clear and clears them all. */
  readonly marks: Uint32Array;
  /** Bytes in objects: live after the last collection plus allocated since. */
  private used = 0;
  /** The collector's trigger: a collection is requested once `used` reaches it. */
  private trigger = Infinity;
  /** The most bytes this heap may use (`--max-heap`). */
  readonly maxHeapBytes: number;
  /** Decoded strings, direct-mapped by offset (strings are immutable; a miss decodes
   *  again). A fixed table, not a Map: millions of short-lived strings neither grow it nor
   *  make the sweep pay for a hash-table delete per string. */
  private decodedAt = new Int32Array(DECODED_ENTRIES_FIRST);
  private decoded: (string | undefined)[] = new Array<string | undefined>(DECODED_ENTRIES_FIRST).fill(undefined);
  private decodedMask = DECODED_ENTRIES_FIRST - 1;
  /** Strings decoded into the table since it last grew. */
  private decodedSinceGrowth = 0;
  private readonly decodedLong = new Map<number, string>();
  /** Interned constant strings, so a literal in a loop allocates once. */
  private readonly interned = new Map<string, number>();
  private readonly charStrings: number[] = [];

  /** Values TypeScript code holds across a safepoint (a callback may collect): (hi, lo)
   *  pairs, scanned as GC roots. Push before the call, pop after. */
  readonly handles = new HandleStack();
  /** Set by the allocator when a collection is due; the next safepoint runs it. It lives
   *  in the Globals area because compiled loops poll it. */
  get gcRequested(): boolean {
    return this.u32[Globals.gcRequested >> 2] !== 0;
  }

  set gcRequested(on: boolean) {
    this.u32[Globals.gcRequested >> 2] = on ? 1 : 0;
  }

  pushHandle(at: number): void {
    this.handles.push(Tag.Ptr, at);
  }

  pushHandleWord(w: readonly [number, number]): void {
    this.handles.push(w[0], w[1]);
  }

  setTopHandleWord(w: readonly [number, number]): void {
    this.handles.words[this.handles.length - 2] = w[0];
    this.handles.words[this.handles.length - 1] = w[1];
  }

  popHandle(): void {
    this.handles.length -= 2;
  }

  get gcTrigger(): number {
    return this.trigger;
  }

  set gcTrigger(bytes: number) {
    this.trigger = bytes;
    this.setAllocLimit();
  }

  private get labTop(): number {
    return this.u32[ALLOC_TOP];
  }

  private set labTop(at: number) {
    this.u32[ALLOC_TOP] = at;
  }

  /** BigInt values: one heap object per value (bigint-store.ts). */
  readonly bigints = new BigIntStore(this);

  constructor(readonly buffer: ArrayBufferLike, maxHeapBytes: number = Region.reserveBytes - Region.heapOffset) {
    this.u8 = new Uint8Array(buffer);
    this.bytes = Buffer.from(buffer);
    this.u16 = new Uint16Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.f64 = new Float64Array(buffer);
    this.limit = Math.min(Region.reserveBytes, buffer.byteLength, Region.heapOffset + maxHeapBytes) & ~7;
    this.maxHeapBytes = this.limit - Region.heapOffset;
    this.starts = bitmapOver(this.maxHeapBytes);
    this.marks = bitmapOver(this.maxHeapBytes);
    this.labTop = this.labEnd = this.labScanned = this.top;
    this.setAllocLimit();
  }

  /** Bytes from the heap's start to its committed top (objects, free blocks and the LAB). */
  get bytesAllocated(): number {
    return this.top - Region.heapOffset;
  }

  /** Bytes in objects: live at the last collection plus allocated since. */
  get bytesInUse(): number {
    this.scanLab();
    return this.used;
  }

  /** Allocates `bytes` (rounded up to 8) of zeroed memory and returns the object's offset.
   *  Never collects; throws HeapLimitError when no free block or room at the top fits. */
  allocate(bytes: number): number {
    // More than the heap can ever hold (`new Array(2 ** 32 - 1)`: 32 GB of elements) is out of
    // memory at once, before the size wraps around in 32-bit arithmetic.
    if (bytes > this.maxHeapBytes) throw this.outOfMemory();
    const size = bytes <= 8 ? 8 : (bytes + 7) & ~7;
    const u32 = this.u32;
    let at = size <= SMALL_MAX ? this.smallFree[size >> 3] : 0;
    if (at !== 0) {
      // The runtime's own requests fill the holes a collection left between live objects;
      // the LAB (whole free blocks, the top) stays for compiled code, which can bump-allocate
      // only there.
      this.smallFree[size >> 3] = u32[(at >> 2) + FREE_NEXT_WORD];
      this.clearFreeHeader(at, size);
    } else {
      at = u32[ALLOC_TOP];
      if (at !== this.labScanned) at = this.scanLab();
      if (at + size <= u32[ALLOC_LIMIT]) u32[ALLOC_TOP] = this.labScanned = at + size;
      else at = this.allocateSlow(size);
    }
    const bit = (at - Region.heapOffset) >> 3;
    this.starts[bit >> 5] |= 1 << (bit & 31);
    if ((this.used += size) >= this.trigger) this.gcRequested = true;
    return at;
  }

  private outOfMemory(): HeapLimitError {
    return new HeapLimitError(`kiln heap limit of ${Math.floor(this.maxHeapBytes / (1024 * 1024))} MB reached: JavaScript heap out of memory`);
  }

  /** Gives the objects compiled code bump-allocated in the LAB since the last look their
   *  start bits and counts their bytes (they lie back to back, each sized by its header).
   *  Returns the LAB's top. */
  scanLab(): number {
    const { u32, starts } = this;
    const top = u32[ALLOC_TOP];
    let at = this.labScanned;
    if (at === top) return top;
    const base = Region.heapOffset;
    let bytes = 0;
    while (at < top) {
      const bit = (at - base) >> 3;
      starts[bit >> 5] |= 1 << (bit & 31);
      const size = objectBytes(at, u32[at >> 2], u32[(at >> 2) + 1]);
      bytes += size;
      at += size;
    }
    this.labScanned = top;
    this.used += bytes;
    if (this.used >= this.trigger) this.gcRequested = true;
    this.setAllocLimit();
    return top;
  }

  /** Compiled code may bump-allocate to the LAB's end, but not past the GC trigger: there it
   *  calls the runtime, whose allocation requests the collection. */
  private setAllocLimit(): void {
    const top = this.labScanned;
    const room = this.trigger - this.used;
    this.u32[ALLOC_LIMIT] = room >= this.labEnd - top ? this.labEnd : top + Math.max(0, Math.floor(room));
  }

  /** The LAB cannot fit `size` below the limit (and no exact-size block was free): past the
   *  trigger within the LAB, or a new LAB. A new LAB is a large free block, else a chunk of
   *  the top, and only then a small block: compiled code allocates only in the LAB, and a
   *  LAB of one small hole sends its next allocation (a closure, a context, an array) back
   *  through the runtime (after collections in a fragmented heap that was ~250K runtime
   *  calls in DeltaBlue, ~565K in Havlak). The top grows for a LAB only while the heap
   *  spans less than twice the collection trigger; past that the small blocks are used. */
  private allocateSlow(size: number): number {
    const top = this.labTop;
    if (top + size <= this.labEnd) {
      // Only the trigger's limit is in the way: the caller requests the collection, and
      // compiled code may use the rest of the LAB meanwhile (the next safepoint collects).
      this.labTop = this.labScanned = top + size;
      this.u32[ALLOC_LIMIT] = this.labEnd;
      return top;
    }
    this.retireLab();
    const topMayGrow = this.top - Region.heapOffset < 2 * this.trigger;
    const at = this.takeLargeBlock(size) || (topMayGrow ? this.takeTop(size) : 0) || this.takeSmallBlock(size) || this.takeTop(size) || this.takeAnyBlock(size);
    if (at === 0) throw this.outOfMemory();
    this.labTop = this.labScanned = at + size;
    this.setAllocLimit();
    return at;
  }

  /** Gives the rest of the LAB back (after scanning what compiled code allocated in it): it
   *  lowers the top when the LAB ends there, else it becomes a free block. */
  private retireLab(): void {
    const lab = this.scanLab();
    if (this.labEnd === this.top) this.top = lab;
    else if (lab < this.labEnd) this.addFree(lab, this.labEnd - lab);
    this.labTop = this.labEnd = this.labScanned = this.top;
    this.u32[ALLOC_LIMIT] = this.top;
  }

  /** A free block from a large bucket whose every block fits (LAB = the block). */
  private takeLargeBlock(size: number): number {
    for (let b = size <= SMALL_MAX ? 0 : bucketOf(size) + 1; b < LARGE_BUCKETS; b++) {
      const at = this.largeFree[b];
      if (at === 0) continue;
      this.largeFree[b] = this.u32[(at >> 2) + FREE_NEXT_WORD];
      return this.useBlock(at);
    }
    return 0;
  }

  /** A small free block bigger than `size` (LAB = the block). */
  private takeSmallBlock(size: number): number {
    for (let c = (size >> 3) + 1; c <= SMALL_MAX >> 3; c++) {
      const at = this.smallFree[c];
      if (at === 0) continue;
      this.smallFree[c] = this.u32[(at >> 2) + FREE_NEXT_WORD];
      return this.useBlock(at);
    }
    return 0;
  }

  /** A LAB of at least `size` bytes from the top of the heap. */
  private takeTop(size: number): number {
    const at = this.top;
    if (at + size > this.limit) return 0;
    this.top = Math.min(this.limit, at + Math.max(size, TOP_CHUNK));
    this.labEnd = this.top;
    return at;
  }

  /** Last resort before the heap limit: first fit in the bucket of `size` itself. */
  private takeAnyBlock(size: number): number {
    const b = bucketOf(size);
    if (b < 0) return 0;
    for (let prev = 0, at = this.largeFree[b]; at !== 0; prev = at, at = this.u32[(at >> 2) + FREE_NEXT_WORD]) {
      if (this.u32[(at >> 2) + 1] < size) continue;
      const next = this.u32[(at >> 2) + FREE_NEXT_WORD];
      if (prev === 0) this.largeFree[b] = next;
      else this.u32[(prev >> 2) + FREE_NEXT_WORD] = next;
      return this.useBlock(at);
    }
    return 0;
  }

  /** Makes the free block at `at` (already unlinked) the LAB. */
  private useBlock(at: number): number {
    const blockSize = this.u32[(at >> 2) + 1];
    this.clearFreeHeader(at, blockSize);
    this.labEnd = at + blockSize;
    return at;
  }

  private clearFreeHeader(at: number, blockSize: number): void {
    const w = at >> 2;
    this.u32[w] = 0;
    this.u32[w + 1] = 0;
    if (blockSize >= MIN_LISTED) this.u32[w + FREE_NEXT_WORD] = 0;
  }

  /** Makes [at, at + size) (zeroed) a Free block on a list; a gap too small for the link
   *  stays zeros (the sweep finds free memory from the bitmaps, not by walking blocks). */
  private addFree(at: number, size: number): void {
    if (size < MIN_LISTED) return;
    const w = at >> 2;
    this.u32[w] = Kind.Free;
    this.u32[w + 1] = size;
    if (size <= SMALL_MAX) {
      this.u32[w + FREE_NEXT_WORD] = this.smallFree[size >> 3];
      this.smallFree[size >> 3] = at;
    } else {
      const b = bucketOf(size);
      this.u32[w + FREE_NEXT_WORD] = this.largeFree[b];
      this.largeFree[b] = at;
    }
  }

  // ---- the collector's view ----
  /** True when an object starts at `at` (any word may be asked: stale stack words too). */
  isObjectStart(at: number): boolean {
    if (at < Region.heapOffset || at >= this.top || (at & 7) !== 0) return false;
    const bit = (at - Region.heapOffset) >> 3;
    return (this.starts[bit >> 5] & (1 << (bit & 31))) !== 0;
  }

  /** Interned strings are never freed: the collector marks them as roots. */
  forEachInterned(visit: (at: number) => void): void {
    for (const at of this.interned.values()) visit(at);
  }

  /** Frees every object whose mark bit is clear and clears the mark bitmap, walking the
   *  bitmaps a word (256 bytes of heap) at a time: dead objects are zeroed and lose their
   *  start bit, and the memory between the end of one live object and the start of the next
   *  becomes one Free block (so neighbouring free memory coalesces); free memory at the end
   *  lowers the top. `freed` sees each freed object of the kinds in `freedKinds` (a bit per
   *  kind; default all) first, for host-side tables keyed by offset. The free lists are
   *  rebuilt from scratch. */
  sweep(freed?: (at: number, kind: number) => void, freedKinds = -1): SweepResult {
    this.retireLab();
    this.unlistFreeBlocks();
    const { u32, starts, marks } = this;
    const base = Region.heapOffset;
    const words = (this.top - base + 255) >> 8;
    let liveBytes = 0;
    let liveObjects = 0;
    let freedObjects = 0;
    let run = base; // the end of the last live object: free memory up to the next one
    let zeroFrom = base; // dead objects [zeroFrom, zeroTo) not zeroed yet: one fill per run
    let zeroTo = base;
    for (let i = 0; i < words; i++) {
      const started = starts[i];
      if (started === 0) continue;
      const marked = marks[i];
      let dead = started & ~marked;
      if (dead !== 0) {
        starts[i] = started & marked;
        do {
          const low = dead & -dead;
          const at = base + (((i << 5) + 31 - Math.clz32(low)) << 3);
          const kind = u32[at >> 2];
          if (kind === Kind.String) this.forgetDecoded(at);
          if (freed !== undefined && ((freedKinds >> kind) & 1) !== 0) freed(at, kind);
          if (at !== zeroTo) {
            u32.fill(0, zeroFrom >> 2, zeroTo >> 2);
            zeroFrom = at;
          }
          zeroTo = at + objectBytes(at, kind, u32[(at >> 2) + 1]);
          freedObjects++;
          dead ^= low;
        } while (dead !== 0);
      }
      let live = started & marked;
      while (live !== 0) {
        const low = live & -live;
        const at = base + (((i << 5) + 31 - Math.clz32(low)) << 3);
        if (at !== run) {
          if (zeroTo > zeroFrom && zeroTo <= at) {
            u32.fill(0, zeroFrom >> 2, zeroTo >> 2);
            zeroFrom = zeroTo;
          }
          this.addFree(run, at - run);
        }
        const size = objectBytes(at, u32[at >> 2], u32[(at >> 2) + 1]);
        liveBytes += size;
        liveObjects++;
        run = at + size;
        live ^= low;
      }
    }
    u32.fill(0, zeroFrom >> 2, zeroTo >> 2);
    marks.fill(0, 0, words);
    this.top = run;
    this.labTop = this.labEnd = this.labScanned = this.top;
    const freedBytes = this.used - liveBytes;
    this.used = liveBytes;
    this.setAllocLimit();
    return { liveBytes, liveObjects, freedBytes, freedObjects };
  }

  /** Empties the free lists, zeroing each listed block's header: the sweep finds free
   *  memory again (and coalesces it with what died) from the bitmaps. */
  private unlistFreeBlocks(): void {
    for (const lists of [this.smallFree, this.largeFree]) {
      for (let i = 0; i < lists.length; i++) {
        for (let at = lists[i]; at !== 0; ) {
          const w = at >> 2;
          at = this.u32[w + FREE_NEXT_WORD];
          this.u32[w] = this.u32[w + 1] = this.u32[w + FREE_NEXT_WORD] = 0;
        }
      }
      lists.fill(0);
    }
  }

  /** Allocates an object of `bytes` and writes its kind word; the caller writes the rest. */
  allocObjectBytes(kind: number, bytes: number): number {
    const at = this.allocate(bytes);
    this.u32[at >> 2] = kind;
    return at;
  }

  /** Raw bytes (feedback vectors) behind a Bytes header; returns the payload's offset. */
  allocBytes(bytes: number): number {
    const at = this.allocate(8 + bytes);
    this.u32[at >> 2] = Kind.Bytes;
    this.u32[(at >> 2) + 1] = 8 + bytes;
    return at + 8;
  }

  // ---- strings ----
  /** `a + b` where each side is a heap string (its offset) or a host string. A long result
   *  is a rope over both sides; a short one gets both sides' code units copied straight in,
   *  so building strings in a loop makes no host strings. */
  concatStrings(a: number | string, b: number | string): number {
    const la = typeof a === 'number' ? this.u32[(a >> 2) + 1] : a.length;
    const lb = typeof b === 'number' ? this.u32[(b >> 2) + 1] : b.length;
    if (lb === 0 && typeof a === 'number') return a;
    if (la === 0 && typeof b === 'number') return b;
    if (la + lb > MAX_STRING_LENGTH) throw new KilnThrow('RangeError', 'Invalid string length');
    if (la + lb >= ROPE_MIN_UNITS) {
      const first = typeof a === 'number' ? a : this.allocString(a);
      const second = typeof b === 'number' ? b : this.allocString(b);
      const at = this.allocate(ObjectLayout.ropeBytes);
      const w = at >> 2;
      this.u32[w] = Kind.Rope;
      this.u32[w + 1] = la + lb;
      this.u32[w + 2] = first;
      this.u32[w + 3] = Tag.Ptr;
      this.u32[w + 4] = second;
      this.u32[w + 5] = Tag.Ptr;
      return at;
    }
    const at = this.allocate(ObjectLayout.stringDataOffset + 2 * (la + lb));
    this.u32[at >> 2] = Kind.String;
    this.u32[(at >> 2) + 1] = la + lb;
    const data = (at + ObjectLayout.stringDataOffset) >> 1;
    this.copyUnits(a, la, data);
    this.copyUnits(b, lb, data + la);
    return at;
  }

  /** The flat String with the units of string `at`: `at` itself, or for a rope the String
   *  it was flattened to (flattened here on first use: one copy of every leaf's units, the
   *  tree walked with an explicit stack, since `s += x` makes ropes a million deep). */
  flatString(at: number): number {
    const u32 = this.u32;
    const w = at >> 2;
    if (u32[w] !== Kind.Rope) return at;
    if (u32[w + 5] !== Tag.Ptr) return u32[w + 2];
    const length = u32[w + 1];
    const flat = this.allocate(ObjectLayout.stringDataOffset + 2 * length);
    u32[flat >> 2] = Kind.String;
    u32[(flat >> 2) + 1] = length;
    // Leaves are copied right to left: pop a node, copy a flat one below `end`, or push a
    // rope's first then its second (so the second is copied first).
    let end = ((flat + ObjectLayout.stringDataOffset) >> 1) + length;
    const stack = [at];
    while (stack.length > 0) {
      let node = stack.pop()!;
      const nw = node >> 2;
      if (u32[nw] === Kind.Rope) {
        if (u32[nw + 5] === Tag.Ptr) {
          stack.push(u32[nw + 2], u32[nw + 4]);
          continue;
        }
        node = u32[nw + 2];
      }
      const units = u32[(node >> 2) + 1];
      end -= units;
      this.copyUnits(node, units, end);
    }
    u32[w + 2] = flat;
    u32[w + 3] = Tag.Ptr;
    u32[w + 4] = 0;
    u32[w + 5] = Tag.Undefined;
    return flat;
  }

  private copyUnits(from: number | string, length: number, to: number): void {
    const u16 = this.u16;
    if (typeof from === 'number') {
      from = this.flatString(from);
      const start = (from + ObjectLayout.stringDataOffset) >> 1;
      // copyWithin is a call into V8's C++ runtime: worth it only for long strings.
      if (length > 64) u16.copyWithin(to, start, start + length);
      else for (let i = 0; i < length; i++) u16[to + i] = u16[start + i];
    } else {
      for (let i = 0; i < length; i++) u16[to + i] = from.charCodeAt(i);
    }
  }

  allocString(s: string): number {
    const at = this.allocate(ObjectLayout.stringDataOffset + 2 * s.length);
    this.u32[at >> 2] = Kind.String;
    this.u32[(at >> 2) + 1] = s.length;
    if (s.length >= BULK_WRITE_UNITS) {
      // Long strings (often ropes: built by +=) are copied by the host in one call.
      this.bytes.write(s, at + ObjectLayout.stringDataOffset, 'utf16le');
    } else {
      const base = (at + ObjectLayout.stringDataOffset) >> 1;
      for (let i = 0; i < s.length; i++) this.u16[base + i] = s.charCodeAt(i);
    }
    this.remember(at, s);
    return at;
  }

  /** A new string of these UTF-16 code units (one bulk copy). */
  allocStringUnits(units: Uint16Array): number {
    const at = this.allocate(ObjectLayout.stringDataOffset + 2 * units.length);
    this.u32[at >> 2] = Kind.String;
    this.u32[(at >> 2) + 1] = units.length;
    this.u16.set(units, (at + ObjectLayout.stringDataOffset) >> 1);
    return at;
  }

  private remember(at: number, s: string): void {
    if (s.length >= LONG_STRING) {
      this.decodedLong.set(at, s);
      return;
    }
    if (++this.decodedSinceGrowth > 4 * this.decoded.length && this.decoded.length < DECODED_ENTRIES_MOST) this.growDecoded();
    const i = (at >> 3) & this.decodedMask;
    this.decodedAt[i] = at;
    this.decoded[i] = s;
  }

  /** Eight times the entries; what the smaller table held is decoded again when read. */
  private growDecoded(): void {
    const entries = Math.min(DECODED_ENTRIES_MOST, this.decoded.length * 8);
    this.decodedAt = new Int32Array(entries);
    this.decoded = new Array<string | undefined>(entries).fill(undefined);
    this.decodedMask = entries - 1;
    this.decodedSinceGrowth = 0;
  }

  private forgetDecoded(at: number): void {
    if (this.u32[(at >> 2) + 1] >= LONG_STRING) {
      this.decodedLong.delete(at);
      return;
    }
    const i = (at >> 3) & this.decodedMask;
    if (this.decodedAt[i] === at) {
      this.decodedAt[i] = 0;
      this.decoded[i] = undefined;
    }
  }

  internString(s: string): number {
    let at = this.interned.get(s);
    if (at === undefined) {
      at = this.allocString(s);
      this.interned.set(s, at);
    }
    return at;
  }

  /** The table compiled code reads s[i] from: the one-code-unit strings of codes 0..255,
   *  made at startup (a Bytes object of u32 offsets; Globals.charStringTable points at its
   *  data). Returns the table object, which the GC keeps as a root. */
  makeCharStringTable(): number {
    const data = this.allocBytes(4 * 256);
    for (let c = 0; c < 256; c++) this.u32[(data >> 2) + c] = this.charString(c);
    this.u32[Globals.charStringTable >> 2] = data;
    return data - 8;
  }

  /** The one-code-unit string of char code c (interned, so it allocates once). */
  charString(c: number): number {
    if (c < 256) {
      const cached = this.charStrings[c];
      if (cached) return cached;
      return (this.charStrings[c] = this.internString(String.fromCharCode(c)));
    }
    return this.allocString(String.fromCharCode(c));
  }

  /** The double whose value word is (hi, lo). */
  f64Of(hi: number, lo: number): number {
    this.u32[Globals.scratchWord >> 2] = lo;
    this.u32[(Globals.scratchWord >> 2) + 1] = hi;
    return this.f64[Globals.scratchWord >> 3];
  }

  readString(at: number): string {
    if (this.u32[at >> 2] === Kind.Rope) at = this.flatString(at);
    const slot = (at >> 3) & this.decodedMask;
    if (this.decodedAt[slot] === at) return this.decoded[slot]!;
    const length = this.u32[(at >> 2) + 1];
    if (length >= LONG_STRING) {
      const long = this.decodedLong.get(at);
      if (long !== undefined) return long;
    }
    let s: string;
    if (length >= BULK_READ_UNITS) {
      // The host decodes UTF-16LE as a plain copy of the units (lone surrogates kept).
      const start = at + ObjectLayout.stringDataOffset;
      s = this.bytes.toString('utf16le', start, start + 2 * length);
    } else {
      const base = (at + ObjectLayout.stringDataOffset) >> 1;
      s = '';
      for (let i = 0; i < length; i++) s += String.fromCharCode(this.u16[base + i]);
    }
    this.remember(at, s);
    return s;
  }

  /** The kind of the object at `at`, a rope being a String (its units: flatString). */
  kindOf(at: number): number {
    const kind = this.u32[at >> 2];
    return kind === Kind.Rope ? Kind.String : kind;
  }

  // ---- contexts ----
  allocContext(slots: number, parentHi: number, parentLo: number): number {
    const at = this.allocate(ObjectLayout.contextSlotsOffset + 8 * slots);
    const w = at >> 2;
    this.u32[w] = Kind.Context;
    this.u32[w + 1] = slots;
    this.u32[w + 2] = parentLo;
    this.u32[w + 3] = parentHi;
    for (let i = 0; i < slots; i++) {
      this.u32[w + 4 + 2 * i] = 0;
      this.u32[w + 5 + 2 * i] = Tag.Hole;
    }
    return at;
  }

  // ---- function objects ----
  allocFunction(functionId: number, entry: number, contextHi: number, contextLo: number): number {
    const at = this.allocate(ObjectLayout.functionBytes);
    const w = at >> 2;
    this.u32[w] = Kind.Function;
    this.u32[w + 1] = ObjectLayout.functionBytes;
    this.u32[w + 2] = functionId;
    this.u32[w + 3] = 0;
    this.setFunctionEntry(at, entry);
    this.u32[(at + ObjectLayout.functionContextOffset) >> 2] = contextLo;
    this.u32[((at + ObjectLayout.functionContextOffset) >> 2) + 1] = contextHi;
    return at;
  }

  functionId(at: number): number {
    return this.u32[(at + ObjectLayout.functionIdOffset) >> 2];
  }

  setFunctionEntry(at: number, entry: number): void {
    const w = (at + ObjectLayout.functionEntryOffset) >> 2;
    this.u32[w] = entry % 0x100000000;
    this.u32[w + 1] = Math.floor(entry / 0x100000000);
  }

  // ---- VM globals ----
  setReturnValue(hi: number, lo: number): void {
    this.u32[Globals.returnValue >> 2] = lo;
    this.u32[(Globals.returnValue >> 2) + 1] = hi;
  }
}

/** Bytes the object at `at` with this kind and size word occupies (rounded up to 8). */
function objectBytes(at: number, kind: number, sizeWord: number): number {
  const fixed = kind < SIZE_FIXED.length ? SIZE_FIXED[kind] : -1;
  if (fixed < 0) throw new Error(`kiln internal error: no object at heap offset ${at} (kind word ${kind})`);
  const bytes = fixed + SIZE_PER_COUNT[kind] * sizeWord;
  return bytes <= 8 ? 8 : (bytes + 7) & ~7;
}

/** The large bucket of a block of `size` bytes: floor(log2(size)). */
function bucketOf(size: number): number {
  return 31 - Math.clz32(size);
}
