// Lowering of object allocation: `{}`, array literals, `new Array(n)`, a function's context,
// a closure and a grown property store are bump-allocated in the linear allocation area (the LAB, whose top and limit are
// in Globals); past the limit (the LAB is used up, or a collection is due) the runtime
// allocates. The allocator gives these objects their start bits when it next looks
// (heap.scanLab). lower-classes.ts allocates a constructor's `this` with the same helpers.

import { Op } from '../../../bytecode/opcodes';
import { Builtin } from '../../../bytecode/builtin-ids';
import { MAX_FAST_PROPERTIES } from '../../../runtime/shapes';
import { ElementsKind, Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { FrameState, Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import type { LirBuilder } from './lir-builder';
import { heapAt, heapReg, imm, SLOT, v } from './lir-operands';

const CAPACITY = ObjectLayout.objectInitialSlots;
const STORE_BYTES = ObjectLayout.storeValuesOffset + SLOT * CAPACITY;
/** `new Array(n)` is allocated inline up to this length (its holes are written in a loop). */
const INLINE_ARRAY_MAX = 1024;
/** Contexts up to this many slots are allocated inline (one store per slot, unrolled). */
const INLINE_CONTEXT_SLOTS_MAX = 16;
/** An empty object and its Slots store, allocated together (the store first). */
const EMPTY_OBJECT_BYTES = STORE_BYTES + ObjectLayout.objectBytes;

/** create-object, create-array. */
export function lowerAllocation(b: LirBuilder, n: Node): void {
  if (n.op === 'create-object') lowerCreateObject(b, n);
  else lowerCreateArray(b, n);
}

/** `{}`: bump-allocates its Slots store (every value a hole) and the object right after
 *  it in the heap's linear allocation area (the LAB, whose top and limit are in Globals);
 *  past the limit (the LAB is full or a collection is due) the runtime allocates. The
 *  allocator gives these objects their start bits when it next looks (heap.scanLab). */
function lowerCreateObject(b: LirBuilder, n: Node): void {
  const d = b.define(n);
  const inline = b.newLabel();
  const done = b.newLabel();
  branchIfRoom(b, inline);
  b.runtimeCall({ kind: 'heap-op', op: Op.CreateObject }, [], d);
  b.emit('Jump', 0, imm(done));
  // The inline path comes after the call and loads the top again, so no value is live
  // across the call (which would spill it).
  b.label(inline);
  const shape = b.load32(heapAt(Globals.emptyObjectShape));
  writeEmptyObject(b, d, v(shape));
  b.label(done);
}

/** CreateContext: a context of `slots` slots (each a hole: TDZ) under parent n.inputs[0],
 *  bump-allocated (closures made in a hot method need one per call); a full LAB, or a
 *  context too big to unroll, is the runtime's. */
export function lowerCreateContext(b: LirBuilder, n: Node, slots: number): void {
  if (slots > INLINE_CONTEXT_SLOTS_MAX) {
    b.runtimeCall(n.aux as RuntimeOperation, n.inputs, b.define(n));
    return;
  }
  const parent = b.use(n.inputs[0], 'tagged');
  allocateOrCallRuntime(b, n, ObjectLayout.contextSlotsOffset + SLOT * slots, (top) => {
    b.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Context));
    b.emit('Store32I', 0, heapReg(top, ObjectLayout.lengthOffset), imm(slots));
    b.emit('Store64', 0, v(parent), heapReg(top, ObjectLayout.contextParentOffset));
    for (let i = 0; i < slots; i++) b.emit('Store64I', 0, heapReg(top, ObjectLayout.contextSlotsOffset + SLOT * i), imm(0), imm(Tag.Hole));
  });
}

/** CreateClosure: a function object of `functionId` over context n.inputs[0], bump-allocated
 *  with the interpreter-entry stub as its entry. It is in no list tiering patches, so it
 *  never points at code: its first call through the stub adopts the function's installed
 *  code if there is any (Frames.countCall), joining the patched closures then. A full LAB
 *  is the runtime's CreateClosure. */
export function lowerCreateClosure(b: LirBuilder, n: Node, functionId: number): void {
  const context = b.use(n.inputs[0], 'tagged');
  const entry = b.opts.interpreterEntry;
  allocateOrCallRuntime(b, n, ObjectLayout.functionBytes, (top) => {
    b.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Function));
    b.emit('Store32I', 0, heapReg(top, ObjectLayout.lengthOffset), imm(ObjectLayout.functionBytes));
    b.emit('Store32I', 0, heapReg(top, ObjectLayout.functionIdOffset), imm(functionId));
    b.emit('Store32I', 0, heapReg(top, ObjectLayout.functionPropertiesOffset), imm(0));
    b.emit('Store64I', 0, heapReg(top, ObjectLayout.functionEntryOffset), imm(entry % 0x100000000), imm(Math.floor(entry / 0x100000000)));
    b.emit('Store64', 0, v(context), heapReg(top, ObjectLayout.functionContextOffset));
  });
}

/** Runtime operation n (aux) whose result is a new object of `bytes`: bump-allocated and
 *  written by `write(top)` when the LAB has room, else the runtime's call. */
function allocateOrCallRuntime(b: LirBuilder, n: Node, bytes: number, write: (top: number) => void): void {
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  const { top } = bumpAllocate(b, bytes, slow);
  write(top);
  b.emit('BoxTag', 1, v(d), v(top), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** Jumps to `label` when the LAB has room for an empty object. */
export function branchIfRoom(b: LirBuilder, label: number): void {
  const top = b.load32(heapAt(Globals.allocTop));
  const end = b.add32i(top, EMPTY_OBJECT_BYTES);
  const limit = b.load32(heapAt(Globals.allocLimit));
  b.emit('BrCmp32', 0, imm(Cond.Be), v(end), v(limit), imm(label));
}

/** Bump-allocates `bytes` (plus vreg `variableBytes` when given) in the LAB: jumps to
 *  `full` when the new top would pass the limit (the LAB is used up or a collection is
 *  due), else moves the top. Returns the allocation's start and end. */
export function bumpAllocate(b: LirBuilder, bytes: number, full: number, variableBytes?: number): { top: number; end: number } {
  const top = b.newVreg('int32');
  const end = b.newVreg('int32');
  const limit = b.newVreg('int32');
  b.emit('Load32', 1, v(top), heapAt(Globals.allocTop));
  if (variableBytes === undefined) {
    b.emit('Add32I', 1, v(end), v(top), imm(bytes));
  } else {
    b.emit('Add32', 1, v(end), v(top), v(variableBytes));
    b.emit('Add32I', 1, v(end), v(end), imm(bytes));
  }
  b.emit('Load32', 1, v(limit), heapAt(Globals.allocLimit));
  b.emit('BrCmp32', 0, imm(Cond.A), v(end), v(limit), imm(full));
  b.emit('Store32', 0, v(end), heapAt(Globals.allocTop));
  return { top, end };
}

/** Bumps the LAB's top past an empty object of `shape` (a vreg or an immediate), writes
 *  it there (the caller checked the room) and boxes it into d. */
export function writeEmptyObject(b: LirBuilder, d: number, shape: ReturnType<typeof v> | ReturnType<typeof imm>): void {
  const at = b.load32(heapAt(Globals.allocTop));
  const next = b.add32i(at, EMPTY_OBJECT_BYTES);
  b.emit('Store32', 0, v(next), heapAt(Globals.allocTop));
  b.emit('Store32I', 0, heapReg(at, ObjectLayout.kindOffset), imm(Kind.Slots));
  b.emit('Store32I', 0, heapReg(at, ObjectLayout.storeCapacityOffset), imm(CAPACITY));
  for (let i = 0; i < CAPACITY; i++) b.emit('Store64I', 0, heapReg(at, ObjectLayout.storeValuesOffset + SLOT * i), imm(0), imm(Tag.Hole));
  b.emit('Store32I', 0, heapReg(at, STORE_BYTES + ObjectLayout.kindOffset), imm(Kind.Object));
  const shapeAt = heapReg(at, STORE_BYTES + ObjectLayout.objectShapeOffset);
  if (shape.k === 'v') b.emit('Store32', 0, shape, shapeAt);
  else b.emit('Store32I', 0, shapeAt, shape);
  b.emit('Store32', 0, v(at), heapReg(at, STORE_BYTES + ObjectLayout.objectSlotsOffset));
  b.emit('Store32I', 0, heapReg(at, STORE_BYTES + ObjectLayout.objectInternalOffset), imm(0));
  const obj = b.add32i(at, STORE_BYTES);
  b.emit('BoxTag', 1, v(d), v(obj), imm(Tag.Ptr));
}

/** An array literal [a, b, ...]: its Elements store (exactly as long) and the array
 *  bump-allocated together, the elements kind from the values (as the runtime's
 *  noteValueKind: int32 < double < any, plus the holey bit for a hole); a full LAB is the
 *  runtime's CreateArray. */
function lowerCreateArray(b: LirBuilder, n: Node): void {
  const count = n.inputs.length;
  const d = b.define(n);
  const words = n.inputs.map((x) => b.use(x, 'tagged'));
  // Kind bits: 1 a double, 2 something else, 4 a hole (3 becomes any).
  const bits = b.int32(0);
  n.inputs.forEach((x, i) => {
    if (x.repr === 'int32') return;
    const next = b.newLabel();
    const double = b.newLabel();
    const hole = b.newLabel();
    const w = v(words[i]);
    b.emit('BrTag', 0, imm(Cond.Eq), w, imm(Tag.Int32), imm(next));
    b.emit('BrTag', 0, imm(Cond.B), w, imm(Tag.MIN), imm(double));
    b.emit('BrTag', 0, imm(Cond.Eq), w, imm(Tag.Hole), imm(hole));
    b.emit('Or32I', 1, v(bits), v(bits), imm(ElementsKind.Any));
    b.emit('Jump', 0, imm(next));
    b.label(double);
    b.emit('Or32I', 1, v(bits), v(bits), imm(ElementsKind.Double));
    b.emit('Jump', 0, imm(next));
    b.label(hole);
    b.emit('Or32I', 1, v(bits), v(bits), imm(ElementsKind.HoleyBit));
    b.label(next);
  });
  const values = b.newVreg('int32');
  const kindDone = b.newLabel();
  b.emit('And32I', 1, v(values), v(bits), imm(3));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(values), imm(3), imm(kindDone));
  b.emit('Xor32I', 1, v(bits), v(bits), imm(1));
  b.label(kindDone);
  const storeBytes = ObjectLayout.storeValuesOffset + SLOT * count;
  const bytes = storeBytes + ObjectLayout.arrayBytes;
  const slow = b.newLabel();
  const done = b.newLabel();
  const { top } = bumpAllocate(b, bytes, slow);
  b.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Elements));
  b.emit('Store32I', 0, heapReg(top, ObjectLayout.storeCapacityOffset), imm(count));
  words.forEach((w, i) => b.emit('Store64', 0, v(w), heapReg(top, ObjectLayout.storeValuesOffset + SLOT * i)));
  const arr = b.add32i(top, storeBytes);
  b.emit('Store32I', 0, heapReg(arr, ObjectLayout.kindOffset), imm(Kind.Array));
  b.emit('Store32', 0, v(bits), heapReg(arr, ObjectLayout.arrayKindOffset));
  b.emit('Store32I', 0, heapReg(arr, ObjectLayout.arrayLengthOffset), imm(count));
  b.emit('Store32', 0, v(top), heapReg(arr, ObjectLayout.arrayElementsOffset));
  b.emit('BoxTag', 1, v(d), v(arr), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** `new Array(n)` for an int32 n in 0..INLINE_ARRAY_MAX: a holey int32 array of n holes,
 *  its Elements store and then the array bump-allocated together in the LAB; any other
 *  operand (a RangeError, a one-element array, a huge length) or a full LAB is the
 *  runtime's ArrayConstruct. */
export function lowerArrayConstruct(b: LirBuilder, n: Node): void {
  const arg = n.inputs[0];
  const word = b.use(arg, 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Int32), imm(slow));
  const length = b.unbox32(word);
  b.emit('BrCmp32I', 0, imm(Cond.A), v(length), imm(INLINE_ARRAY_MAX), imm(slow));
  const valueBytes = b.shl32i(length, 3);
  const { top, end } = bumpAllocate(b, ObjectLayout.storeValuesOffset + ObjectLayout.arrayBytes, slow, valueBytes);
  b.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Elements));
  b.emit('Store32', 0, v(length), heapReg(top, ObjectLayout.storeCapacityOffset));
  // Every value a hole, from the last one down.
  const loop = b.newLabel();
  const filled = b.newLabel();
  const i = b.newVreg('int32');
  b.emit('MovGG', 1, v(i), v(valueBytes));
  b.label(loop);
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(i), imm(0), imm(filled));
  b.emit('Sub32I', 1, v(i), v(i), imm(SLOT));
  const at = b.add32(top, i);
  b.emit('Store64I', 0, heapReg(at, ObjectLayout.storeValuesOffset), imm(0), imm(Tag.Hole));
  b.emit('Jump', 0, imm(loop));
  b.label(filled);
  const arr = b.newVreg('int32');
  b.emit('Sub32I', 1, v(arr), v(end), imm(ObjectLayout.arrayBytes));
  b.emit('Store32I', 0, heapReg(arr, ObjectLayout.kindOffset), imm(Kind.Array));
  b.emit('Store32I', 0, heapReg(arr, ObjectLayout.arrayKindOffset), imm(ElementsKind.Int32 | ElementsKind.HoleyBit));
  b.emit('Store32', 0, v(length), heapReg(arr, ObjectLayout.arrayLengthOffset));
  b.emit('Store32', 0, v(top), heapReg(arr, ObjectLayout.arrayElementsOffset));
  b.emit('BoxTag', 1, v(d), v(arr), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall({ kind: 'builtin', id: Builtin.ArrayConstruct }, n.inputs, d);
  b.label(done);
}

/** Before a store that adds property number `slot` to obj: when obj's Slots store is
 *  full (its capacity is `slot`), a store twice as big (as the runtime grows it) is
 *  bump-allocated, the values copied and the rest filled with holes, and vreg `store` is
 *  pointed at it. When the LAB has no room (it is used up, or a collection is due) the
 *  runtime grows the store (objects.growSlots) and `store` is loaded again: a deopt here
 *  would send every such store to the interpreter until the next collection. */
export function growSlotsIfFull(b: LirBuilder, objNode: Node, obj: number, store: number, slot: number, fs: FrameState | undefined): void {
  const capacity = b.newVreg('int32');
  const fits = b.newLabel();
  b.emit('Load32', 1, v(capacity), heapReg(store, ObjectLayout.storeCapacityOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Gt), v(capacity), imm(slot), imm(fits));
  b.guard('BrCmp32I', 0, 'property-store-grow', fs, imm(Cond.Ne), v(capacity), imm(slot));
  const grown = Math.min(MAX_FAST_PROPERTIES, Math.max(ObjectLayout.objectInitialSlots, 2 * slot));
  const bytes = ObjectLayout.storeValuesOffset + SLOT * grown;
  const slow = b.newLabel();
  const { top } = bumpAllocate(b, bytes, slow);
  b.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Slots));
  b.emit('Store32I', 0, heapReg(top, ObjectLayout.storeCapacityOffset), imm(grown));
  for (let i = 0; i < grown; i++) {
    const to = heapReg(top, ObjectLayout.storeValuesOffset + SLOT * i);
    if (i >= slot) {
      b.emit('Store64I', 0, to, imm(0), imm(Tag.Hole));
      continue;
    }
    const word = b.load64(heapReg(store, ObjectLayout.storeValuesOffset + SLOT * i));
    b.emit('Store64', 0, v(word), to);
  }
  b.emit('Store32', 0, v(top), heapReg(obj, ObjectLayout.objectSlotsOffset));
  b.emit('MovGG', 1, v(store), v(top));
  b.emit('Jump', 0, imm(fits));
  b.label(slow);
  b.runtimeCall({ kind: 'grow-slots' }, [objNode]);
  b.emit('Load32', 1, v(store), heapReg(obj, ObjectLayout.objectSlotsOffset));
  b.label(fits);
}

