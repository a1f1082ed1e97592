// Layout constants shared by TypeScript and machine code: value tags, heap-region map,
// VM frame header, heap object layouts. THE single source: `npm run gen:layout` writes
// native/generated/layout.h from this file, and a test checks the header is in sync.

// ---- Values -------------------------------------------------------------------------
// A value is a 64-bit word. Doubles are stored unboxed; every NaN the runtime writes is a
// canonical NaN whose upper word is below TAG_MIN, so an upper word >= TAG_MIN is a tag and
// the lower word its payload. Machine code tests `(word >>> 32) == TAG_X`.
export const Tag = {
  MIN: 0xfff90000,
  Int32: 0xfff90000, // payload: the int32
  Bool: 0xfffa0000, // payload: 0 or 1
  Undefined: 0xfffb0000, // payload: 0
  Null: 0xfffc0000, // payload: 0
  Hole: 0xfffd0000, // internal: uninitialized `let`/`const` (temporal dead zone)
  Ptr: 0xfffe0000, // payload: byte offset of a heap object from the region base
  Exception: 0xffff0000, // internal: a native call returned with a pending exception
} as const;

// ---- The heap region -------------------------------------------------------------------
// One region reserved by the addon; offsets are bytes from its base.
export const Region = {
  reserveBytes: 1024 * 1024 * 1024, // virtual; committed on first touch
  globalsOffset: 0, // VM globals, below
  vmStackOffset: 64 * 1024, // the VM stack: frames of interpreted and compiled functions
  vmStackBytes: 4 * 1024 * 1024,
  heapOffset: 64 * 1024 + 4 * 1024 * 1024 + 64 * 1024, // objects are allocated from here
} as const;

// VM globals: fixed slots at the bottom of the region that machine code reads by offset.
export const Globals = {
  returnValue: 8, // u64: result of an interpreter activation entered from native code
  vmStackLimit: 16, // u64: absolute address; a frame may not extend past it
  nativeStackLimit: 24, // u64: absolute address; rsp/sp may not go below it
  deoptId: 32, // u32: which deopt exit of the current function fired
  stressCounter: 40, // u32: --stress-deopt countdown
  stressPeriod: 44, // u32: --stress-deopt reload value
  gcRequested: 48, // u32: nonzero when a collection is due (compiled loops poll it)
  charStringTable: 52, // u32: offset of 256 u32 offsets of the one-code-unit strings \u0000..\u00ff (compiled s[i])
  runtimeArgs: 64, // 8 x u64: scratch for native tests (runtime operands go in the caller's outgoing area)
  runtimeArgCount: 8,
  scratchWord: 136, // u64: TypeScript-only scratch for reinterpreting a value word
  // The heap's linear allocation area, shared by the allocator and compiled code: objects
  // are bump-allocated at allocTop while allocTop + size <= allocLimit, else the runtime
  // allocates (and refills the area, or requests a collection). Objects compiled code
  // allocates get their object-start bits when the allocator next looks (heap.ts).
  allocTop: 144, // u32: heap offset of the next free byte of the linear allocation area
  allocLimit: 148, // u32: where compiled code must stop bump-allocating and call the runtime
  emptyObjectShape: 152, // u32: shape id of `{}` (an empty object whose prototype is Object.prototype)
  protoEpoch: 156, // u32: bumped on every change to an object used as a prototype (compiled prototype-chain loads check it)
  deoptGprSave: 256, // 16 x u64: general registers at a deopt exit, by abstract index
  deoptFprSave: 384, // 16 x u64: float registers at a deopt exit, by abstract index
  saveSlots: 16,
} as const;

// ---- VM frames -------------------------------------------------------------------------
// A frame is a header followed by one 64-bit slot per bytecode register. The interpreter
// and deoptimizer use exactly this layout; compiled code keeps values in machine registers,
// puts its spill slots after the registers, and builds callee frames after its spill slots.
export const Frame = {
  functionSlot: 0, // value: the closure being run
  // returnPc >= 0: an interpreted caller at callerFp resumes at that offset. returnPc <= -2:
  // the caller does not resume in the interpreter (compiled code, or the interpreter calling
  // compiled code or a native); it is stopped at bytecode offset -2 - returnPc, callerFp
  // bytes below this frame (error stacks walk through it). -1: entered from the host.
  callerFpSlot: 1, // u32: byte offset of the caller's frame, or its distance below (returnPc <= -2)
  returnPcSlot: 2, // i32: see above
  argcSlot: 3, // i32: number of arguments the caller passed
  thisSlot: 4, // value: the receiver (`this`); undefined for a plain call
  headerSlots: 5, // register r lives in slot headerSlots + r
} as const;

// ---- Heap objects ------------------------------------------------------------------------
// Every object starts with a u32 kind and a u32 word from which its size follows (the sweep
// sizes objects by these two words; marks live in a bitmap beside the heap, not in the
// object). References between objects are value words (Ptr tag).
export const Kind = {
  String: 1, // +4 length in UTF-16 units, +8 code units
  Context: 2, // +4 slot count, +8 parent (value), +16 slots
  Function: 3, // +4 byte size, +8 u32 function id, +12 u32 its properties object (0: none yet), +16 u64 entry address, +24 context (value)
  Object: 4, // +4 shape id, +8 u32 offset of its Slots (or Dictionary) store, +12 u32 offset of its internal store (a Map's or Set's entries: a Dictionary) or 0
  Array: 5, // +4 elements kind, +8 u32 length, +12 u32 offset of its Elements store
  Elements: 6, // +4 capacity in values, +8 values (holes are Tag.Hole words)
  Slots: 7, // +4 capacity in values, +8 values (named properties, by shape slot index)
  Dictionary: 8, // +4 capacity in entries, +8 u32 entries used, +12 u32 live count, +16 entries (key value, value)
  Bytes: 9, // +4 byte size: raw bytes no value lives in (feedback vectors)
  Free: 10, // +4 byte size: a free block on the allocator's free list, +8 u32 next free block
  Symbol: 11, // +4 u32 serial, +8 description (value: a string or undefined), +16 property key (value: its interned key string, or undefined until first used as a key)
  BigInt: 12, // +4 u32 count of 32-bit digits (0 for 0n), +8 u32 sign (1: negative), +16 the magnitude's digits, least significant first
  /** A string made by concatenation (a rope, V8's ConsString): +4 length in UTF-16 units, +8
   *  first (value: a String or Rope), +16 second (value: a String or Rope, or undefined once
   *  flattened: first is then a flat String with the same units). The runtime sees it as a
   *  String (Heap.kindOf); code that reads units flattens it first (Heap.flatString). */
  Rope: 13,
} as const;

/** A concatenation at least this long makes a Rope instead of copying both sides (the
 *  runtime's Heap.concatStrings and compiled `+` alike): `s += piece` in a loop is then
 *  linear. Shorter results are copied (V8 starts at 13 units; kiln's compiled code reads
 *  only flat strings inline, so short keys and labels stay flat). */
export const ROPE_MIN_UNITS = 128;
/** The longest string, in UTF-16 units (V8's String::kMaxLength on 64-bit hosts): a longer
 *  concatenation is a RangeError, "Invalid string length", as in node. */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

/** Function ids at and above this name native (TypeScript) builtins such as Array.prototype.push:
 *  they are ordinary Function objects whose entry is the interpreter-entry stub, so compiled
 *  code calls them like any uncompiled function and the runtime dispatches on the id. */
export const NATIVE_FUNCTION_ID_BASE = 0x100000;

/** Array elements kinds (V8's ElementsKind lattice, coarsened): the low two bits say what
 *  the values are, bit 2 says holes may be present. Transitions only go up. */
export const ElementsKind = {
  Int32: 0,
  Double: 1,
  Any: 2,
  HoleyBit: 4,
  /** Integrity levels (Object.preventExtensions, seal, freeze), set for good: freeze sets all
   *  three, seal the first two. Compiled stores and pushes leave an array with any of them
   *  to the runtime (array-integrity.ts). */
  NonExtensibleBit: 8,
  SealedBit: 16,
  FrozenBit: 32,
  /** The array has a properties object (objects.ts arrayProperties: named properties, or a
   *  prototype other than Array.prototype): compiled method loads, which take Array.prototype's
   *  methods as constants, leave it to the runtime. */
  PropertiesBit: 64,
  /** The array is a function's `arguments` object: not an array to the program (its
   *  prototype is Object.prototype, Array.isArray is false, it prints as [Arguments]). */
  ArgumentsBit: 128,
} as const;

/** Shape ids with a meaning of their own. */
export const ShapeId = {
  Dictionary: 0, // the object's properties live in a Dictionary store
} as const;

export const ObjectLayout = {
  kindOffset: 0,
  lengthOffset: 4,
  stringDataOffset: 8,
  contextParentOffset: 8,
  contextSlotsOffset: 16,
  functionIdOffset: 8,
  functionPropertiesOffset: 12, // u32: a plain object with the function's named properties (0: none yet)
  functionEntryOffset: 16,
  functionContextOffset: 24,
  functionBytes: 32,
  objectShapeOffset: 4,
  objectSlotsOffset: 8,
  objectInternalOffset: 12, // 0, or a Map's/Set's entries (a Dictionary store keyed by any value)
  objectBytes: 16,
  objectInitialSlots: 4, // capacity of a new object's Slots store (compiled `{}` writes it too)
  arrayKindOffset: 4,
  arrayLengthOffset: 8,
  arrayElementsOffset: 12,
  arrayBytes: 16,
  storeCapacityOffset: 4,
  storeValuesOffset: 8,
  dictUsedOffset: 8,
  dictLiveOffset: 12,
  dictEntriesOffset: 16,
  symbolSerialOffset: 4,
  symbolDescriptionOffset: 8,
  symbolKeyOffset: 16,
  symbolBytes: 24,
  bigintSignOffset: 8,
  bigintDigitsOffset: 16,
  ropeFirstOffset: 8,
  ropeSecondOffset: 16,
  ropeBytes: 24,
} as const;
