// Typed-array views over the one heap region the addon reserves, and the allocator for
// heap objects (strings, contexts, function objects, feedback vectors). TypeScript reads
// and writes values through these views; machine code reads the same bytes through its
// heap-base register. Allocation is a bump pointer: no collection happens in this slice
// (the precise mark-sweep collector arrives with the heap language).

import { Globals, Kind, ObjectLayout, Region, Tag } from './layout';

export class HeapLimitError extends Error {}

export class Heap {
  readonly u8: Uint8Array;
  readonly u16: Uint16Array;
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  readonly f64: Float64Array;
  private top: number = Region.heapOffset;
  private readonly limit: number;
  /** Decoded strings by offset: strings are immutable, so decoding once is enough. */
  private readonly stringCache = new Map<number, string>();
  /** Interned constant strings, so a literal in a loop allocates once. */
  private readonly interned = new Map<string, number>();
  private readonly charStrings: number[] = [];

  /** Values TypeScript code holds across a safepoint (a callback may collect): (hi, lo)
   *  pairs, scanned as GC roots. Push before the call, pop after. */
  readonly handles: number[] = [];
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
    this.handles[this.handles.length - 2] = w[0];
    this.handles[this.handles.length - 1] = w[1];
  }

  popHandle(): void {
    this.handles.length -= 2;
  }

  constructor(readonly buffer: ArrayBuffer, maxHeapBytes: number = Region.reserveBytes - Region.heapOffset) {
    this.u8 = new Uint8Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.f64 = new Float64Array(buffer);
    this.limit = Math.min(Region.reserveBytes, Region.heapOffset + maxHeapBytes);
  }

  get bytesAllocated(): number {
    return this.top - Region.heapOffset;
  }

  /** Bump-allocates `bytes` (rounded up to 8) and returns the object's offset. */
  allocate(bytes: number): number {
    const at = this.top;
    const end = at + ((bytes + 7) & ~7);
    if (end > this.limit) throw new HeapLimitError(`kiln heap limit of ${this.limit >> 20} MB reached`);
    this.top = end;
    return at;
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

  /** Size in bytes of the object at `at` (as allocated, before rounding to 8). */
  sizeOf(at: number): number {
    const w = at >> 2;
    const n = this.u32[w + 1];
    switch (this.u32[w] & ~ObjectLayout.markBit) {
      case Kind.String: return ObjectLayout.stringDataOffset + 2 * n;
      case Kind.Context: return ObjectLayout.contextSlotsOffset + 8 * n;
      case Kind.Function: return ObjectLayout.functionBytes;
      case Kind.Object: return ObjectLayout.objectBytes;
      case Kind.Array: return ObjectLayout.arrayBytes;
      case Kind.Elements: case Kind.Slots: return ObjectLayout.storeValuesOffset + 8 * n;
      case Kind.Dictionary: return ObjectLayout.dictEntriesOffset + 16 * n;
      case Kind.Bytes: case Kind.Free: return n;
      default: throw new Error(`kiln internal error: no object at heap offset ${at} (kind word ${this.u32[w]})`);
    }
  }

  // ---- strings ----
  allocString(s: string): number {
    const at = this.allocate(ObjectLayout.stringDataOffset + 2 * s.length);
    this.u32[at >> 2] = Kind.String;
    this.u32[(at >> 2) + 1] = s.length;
    const base = (at + ObjectLayout.stringDataOffset) >> 1;
    for (let i = 0; i < s.length; i++) this.u16[base + i] = s.charCodeAt(i);
    this.stringCache.set(at, s);
    return at;
  }

  internString(s: string): number {
    let at = this.interned.get(s);
    if (at === undefined) {
      at = this.allocString(s);
      this.interned.set(s, at);
    }
    return at;
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
    const cached = this.stringCache.get(at);
    if (cached !== undefined) return cached;
    const length = this.u32[(at >> 2) + 1];
    const base = (at + ObjectLayout.stringDataOffset) >> 1;
    let s = '';
    for (let i = 0; i < length; i += 4096) {
      s += String.fromCharCode(...this.u16.subarray(base + i, base + Math.min(length, i + 4096)));
    }
    this.stringCache.set(at, s);
    return s;
  }

  kindOf(at: number): number {
    return this.u32[at >> 2];
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
