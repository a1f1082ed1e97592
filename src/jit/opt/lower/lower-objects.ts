// Lowering of object allocation and of the class and `new` operations compiled inline:
// `{}`, array literals, `new Array(n)`, a constructor's `this` and a grown property store
// are bump-allocated in the linear allocation area; the class constructor prologue and
// epilogue (ClassEntry, CtorResult), the super() checks and guards run their common path
// inline, with the generic class operation (runtime/class-ops.ts) as the runtime fallback.
// Part of the lowering stack (see lower-tagged.ts).

import { Op } from '../../../bytecode/opcodes';
import type { CreateThisEntry, SuperConstructEntry } from '../../../profile/function-profile';
import { Builtin } from '../../../bytecode/builtin-ids';
import { MAX_FAST_PROPERTIES } from '../../../runtime/shapes';
import { ElementsKind, Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { FrameState, Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import { heapAt, heapReg, imm, SLOT, v } from './lir-builder';
import { TaggedLowering } from './lower-tagged';

const CAPACITY = ObjectLayout.objectInitialSlots;
const STORE_BYTES = ObjectLayout.storeValuesOffset + SLOT * CAPACITY;
/** `new Array(n)` is allocated inline up to this length (its holes are written in a loop). */
const INLINE_ARRAY_MAX = 1024;
/** An empty object and its Slots store, allocated together (the store first). */
const EMPTY_OBJECT_BYTES = STORE_BYTES + ObjectLayout.objectBytes;

export abstract class ObjectLowering extends TaggedLowering {
  /** `{}`: bump-allocates its Slots store (every value a hole) and the object right after
   *  it in the heap's linear allocation area (the LAB, whose top and limit are in Globals);
   *  past the limit (the LAB is full or a collection is due) the runtime allocates. The
   *  allocator gives these objects their start bits when it next looks (heap.scanLab). */
  protected lowerCreateObject(n: Node): void {
    const d = this.define(n);
    const inline = this.newLabel();
    const done = this.newLabel();
    this.branchIfRoom(inline);
    this.runtimeCall({ kind: 'heap-op', op: Op.CreateObject }, [], d);
    this.emit('Jump', 0, imm(done));
    // The inline path comes after the call and loads the top again, so no value is live
    // across the call (which would spill it).
    this.label(inline);
    const shape = this.newVreg('int32');
    this.emit('Load32', 1, v(shape), heapAt(Globals.emptyObjectShape));
    this.writeEmptyObject(d, v(shape));
    this.label(done);
  }

  /** Jumps to `label` when the LAB has room for an empty object. */
  private branchIfRoom(label: number): void {
    const top = this.newVreg('int32');
    const end = this.newVreg('int32');
    const limit = this.newVreg('int32');
    this.emit('Load32', 1, v(top), heapAt(Globals.allocTop));
    this.emit('Add32I', 1, v(end), v(top), imm(EMPTY_OBJECT_BYTES));
    this.emit('Load32', 1, v(limit), heapAt(Globals.allocLimit));
    this.emit('BrCmp32', 0, imm(Cond.Be), v(end), v(limit), imm(label));
  }

  /** Bump-allocates `bytes` (plus vreg `variableBytes` when given) in the LAB: jumps to
   *  `full` when the new top would pass the limit (the LAB is used up or a collection is
   *  due), else moves the top. Returns the allocation's start and end. */
  private bumpAllocate(bytes: number, full: number, variableBytes?: number): { top: number; end: number } {
    const top = this.newVreg('int32');
    const end = this.newVreg('int32');
    const limit = this.newVreg('int32');
    this.emit('Load32', 1, v(top), heapAt(Globals.allocTop));
    if (variableBytes === undefined) {
      this.emit('Add32I', 1, v(end), v(top), imm(bytes));
    } else {
      this.emit('Add32', 1, v(end), v(top), v(variableBytes));
      this.emit('Add32I', 1, v(end), v(end), imm(bytes));
    }
    this.emit('Load32', 1, v(limit), heapAt(Globals.allocLimit));
    this.emit('BrCmp32', 0, imm(Cond.A), v(end), v(limit), imm(full));
    this.emit('Store32', 0, v(end), heapAt(Globals.allocTop));
    return { top, end };
  }

  /** Bumps the LAB's top past an empty object of `shape` (a vreg or an immediate), writes
   *  it there (the caller checked the room) and boxes it into d. */
  private writeEmptyObject(d: number, shape: ReturnType<typeof v> | ReturnType<typeof imm>): void {
    const at = this.newVreg('int32');
    const next = this.newVreg('int32');
    this.emit('Load32', 1, v(at), heapAt(Globals.allocTop));
    this.emit('Add32I', 1, v(next), v(at), imm(EMPTY_OBJECT_BYTES));
    this.emit('Store32', 0, v(next), heapAt(Globals.allocTop));
    this.emit('Store32I', 0, heapReg(at, ObjectLayout.kindOffset), imm(Kind.Slots));
    this.emit('Store32I', 0, heapReg(at, ObjectLayout.storeCapacityOffset), imm(CAPACITY));
    for (let i = 0; i < CAPACITY; i++) this.emit('Store64I', 0, heapReg(at, ObjectLayout.storeValuesOffset + SLOT * i), imm(0), imm(Tag.Hole));
    this.emit('Store32I', 0, heapReg(at, STORE_BYTES + ObjectLayout.kindOffset), imm(Kind.Object));
    const shapeAt = heapReg(at, STORE_BYTES + ObjectLayout.objectShapeOffset);
    if (shape.k === 'v') this.emit('Store32', 0, shape, shapeAt);
    else this.emit('Store32I', 0, shapeAt, shape);
    this.emit('Store32', 0, v(at), heapReg(at, STORE_BYTES + ObjectLayout.objectSlotsOffset));
    this.emit('Store32I', 0, heapReg(at, STORE_BYTES + ObjectLayout.objectInternalOffset), imm(0));
    const obj = this.newVreg('int32');
    this.emit('Add32I', 1, v(obj), v(at), imm(STORE_BYTES));
    this.emit('BoxTag', 1, v(d), v(obj), imm(Tag.Ptr));
  }

  /** An array literal [a, b, ...]: its Elements store (exactly as long) and the array
   *  bump-allocated together, the elements kind from the values (as the runtime's
   *  noteValueKind: int32 < double < any, plus the holey bit for a hole); a full LAB is the
   *  runtime's CreateArray. */
  protected lowerCreateArray(n: Node): void {
    const count = n.inputs.length;
    const d = this.define(n);
    const words = n.inputs.map((x) => this.use(x, 'tagged'));
    // Kind bits: 1 a double, 2 something else, 4 a hole (3 becomes any).
    const bits = this.newVreg('int32');
    this.emit('MovGI', 1, v(bits), imm(0), imm(0));
    n.inputs.forEach((x, i) => {
      if (x.repr === 'int32') return;
      const next = this.newLabel();
      const double = this.newLabel();
      const hole = this.newLabel();
      const w = v(words[i]);
      this.emit('BrTag', 0, imm(Cond.Eq), w, imm(Tag.Int32), imm(next));
      this.emit('BrTag', 0, imm(Cond.B), w, imm(Tag.MIN), imm(double));
      this.emit('BrTag', 0, imm(Cond.Eq), w, imm(Tag.Hole), imm(hole));
      this.emit('Or32I', 1, v(bits), v(bits), imm(ElementsKind.Any));
      this.emit('Jump', 0, imm(next));
      this.label(double);
      this.emit('Or32I', 1, v(bits), v(bits), imm(ElementsKind.Double));
      this.emit('Jump', 0, imm(next));
      this.label(hole);
      this.emit('Or32I', 1, v(bits), v(bits), imm(ElementsKind.HoleyBit));
      this.label(next);
    });
    const values = this.newVreg('int32');
    const kindDone = this.newLabel();
    this.emit('And32I', 1, v(values), v(bits), imm(3));
    this.emit('BrCmp32I', 0, imm(Cond.Ne), v(values), imm(3), imm(kindDone));
    this.emit('Xor32I', 1, v(bits), v(bits), imm(1));
    this.label(kindDone);
    const storeBytes = ObjectLayout.storeValuesOffset + SLOT * count;
    const bytes = storeBytes + ObjectLayout.arrayBytes;
    const slow = this.newLabel();
    const done = this.newLabel();
    const { top } = this.bumpAllocate(bytes, slow);
    this.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Elements));
    this.emit('Store32I', 0, heapReg(top, ObjectLayout.storeCapacityOffset), imm(count));
    words.forEach((w, i) => this.emit('Store64', 0, v(w), heapReg(top, ObjectLayout.storeValuesOffset + SLOT * i)));
    const arr = this.newVreg('int32');
    this.emit('Add32I', 1, v(arr), v(top), imm(storeBytes));
    this.emit('Store32I', 0, heapReg(arr, ObjectLayout.kindOffset), imm(Kind.Array));
    this.emit('Store32', 0, v(bits), heapReg(arr, ObjectLayout.arrayKindOffset));
    this.emit('Store32I', 0, heapReg(arr, ObjectLayout.arrayLengthOffset), imm(count));
    this.emit('Store32', 0, v(top), heapReg(arr, ObjectLayout.arrayElementsOffset));
    this.emit('BoxTag', 1, v(d), v(arr), imm(Tag.Ptr));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    this.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
    this.label(done);
  }

  /** `new Array(n)` for an int32 n in 0..INLINE_ARRAY_MAX: a holey int32 array of n holes,
   *  its Elements store and then the array bump-allocated together in the LAB; any other
   *  operand (a RangeError, a one-element array, a huge length) or a full LAB is the
   *  runtime's ArrayConstruct. */
  protected lowerArrayConstruct(n: Node): void {
    const arg = n.inputs[0];
    const word = this.use(arg, 'tagged');
    const d = this.define(n);
    const slow = this.newLabel();
    const done = this.newLabel();
    this.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Int32), imm(slow));
    const length = this.newVreg('int32');
    this.emit('Unbox32', 1, v(length), v(word));
    this.emit('BrCmp32I', 0, imm(Cond.A), v(length), imm(INLINE_ARRAY_MAX), imm(slow));
    const valueBytes = this.newVreg('int32');
    this.emit('Shl32I', 1, v(valueBytes), v(length), imm(3));
    const { top, end } = this.bumpAllocate(ObjectLayout.storeValuesOffset + ObjectLayout.arrayBytes, slow, valueBytes);
    this.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Elements));
    this.emit('Store32', 0, v(length), heapReg(top, ObjectLayout.storeCapacityOffset));
    // Every value a hole, from the last one down.
    const loop = this.newLabel();
    const filled = this.newLabel();
    const i = this.newVreg('int32');
    this.emit('MovGG', 1, v(i), v(valueBytes));
    this.label(loop);
    this.emit('BrCmp32I', 0, imm(Cond.Eq), v(i), imm(0), imm(filled));
    this.emit('Sub32I', 1, v(i), v(i), imm(SLOT));
    const at = this.newVreg('int32');
    this.emit('Add32', 1, v(at), v(top), v(i));
    this.emit('Store64I', 0, heapReg(at, ObjectLayout.storeValuesOffset), imm(0), imm(Tag.Hole));
    this.emit('Jump', 0, imm(loop));
    this.label(filled);
    const arr = this.newVreg('int32');
    this.emit('Sub32I', 1, v(arr), v(end), imm(ObjectLayout.arrayBytes));
    this.emit('Store32I', 0, heapReg(arr, ObjectLayout.kindOffset), imm(Kind.Array));
    this.emit('Store32I', 0, heapReg(arr, ObjectLayout.arrayKindOffset), imm(ElementsKind.Int32 | ElementsKind.HoleyBit));
    this.emit('Store32', 0, v(length), heapReg(arr, ObjectLayout.arrayLengthOffset));
    this.emit('Store32', 0, v(top), heapReg(arr, ObjectLayout.arrayElementsOffset));
    this.emit('BoxTag', 1, v(d), v(arr), imm(Tag.Ptr));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    this.runtimeCall({ kind: 'builtin', id: Builtin.ArrayConstruct }, n.inputs, d);
    this.label(done);
  }

  /** Before a store that adds property number `slot` to obj: when obj's Slots store is
   *  full (its capacity is `slot`), a store twice as big (as the runtime grows it) is
   *  bump-allocated, the values copied and the rest filled with holes, and vreg `store` is
   *  pointed at it. When the LAB has no room (it is used up, or a collection is due) the
   *  runtime grows the store (objects.growSlots) and `store` is loaded again: a deopt here
   *  would send every such store to the interpreter until the next collection. */
  protected growSlotsIfFull(objNode: Node, obj: number, store: number, slot: number, fs: FrameState | undefined): void {
    const capacity = this.newVreg('int32');
    const fits = this.newLabel();
    this.emit('Load32', 1, v(capacity), heapReg(store, ObjectLayout.storeCapacityOffset));
    this.emit('BrCmp32I', 0, imm(Cond.Gt), v(capacity), imm(slot), imm(fits));
    this.guard('BrCmp32I', 0, 'property-store-grow', fs, imm(Cond.Ne), v(capacity), imm(slot));
    const grown = Math.min(MAX_FAST_PROPERTIES, Math.max(ObjectLayout.objectInitialSlots, 2 * slot));
    const bytes = ObjectLayout.storeValuesOffset + SLOT * grown;
    const slow = this.newLabel();
    const { top } = this.bumpAllocate(bytes, slow);
    this.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Slots));
    this.emit('Store32I', 0, heapReg(top, ObjectLayout.storeCapacityOffset), imm(grown));
    for (let i = 0; i < grown; i++) {
      const to = heapReg(top, ObjectLayout.storeValuesOffset + SLOT * i);
      if (i >= slot) {
        this.emit('Store64I', 0, to, imm(0), imm(Tag.Hole));
        continue;
      }
      const word = this.newVreg('tagged');
      this.emit('Load64', 1, v(word), heapReg(store, ObjectLayout.storeValuesOffset + SLOT * i));
      this.emit('Store64', 0, v(word), to);
    }
    this.emit('Store32', 0, v(top), heapReg(obj, ObjectLayout.objectSlotsOffset));
    this.emit('MovGG', 1, v(store), v(top));
    this.emit('Jump', 0, imm(fits));
    this.label(slow);
    this.runtimeCall({ kind: 'grow-slots' }, [objNode]);
    this.emit('Load32', 1, v(store), heapReg(obj, ObjectLayout.objectSlotsOffset));
    this.label(fits);
  }

  // ---- classes and `new` ----------------------------------------------------------------
  /** The receiver `new C` passes a class constructor: the hole, carrying new.target (C). */
  protected lowerConstructReceiver(n: Node): void {
    this.emit('BoxTag', 1, v(this.define(n)), v(this.use(n.inputs[0], 'tagged')), imm(Tag.Hole));
  }

  /** ClassEntry: new.target from a construct receiver; a plain call (any other receiver)
   *  throws in the runtime. */
  protected lowerClassEntry(n: Node): void {
    const receiver = this.use(n.inputs[0], 'tagged');
    const d = this.define(n);
    const slow = this.newLabel();
    const done = this.newLabel();
    this.emit('BrTag', 0, imm(Cond.Ne), v(receiver), imm(Tag.Hole), imm(slow));
    this.emit('BoxTag', 1, v(d), v(receiver), imm(Tag.Ptr));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    this.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
    this.label(done);
  }

  /** CtorResult: a constructor that returns undefined with `this` initialized returns
   *  `this`; anything else (an object returned, a check that throws) is the runtime's. */
  protected lowerCtorResult(n: Node): void {
    const [value, self] = n.inputs;
    const isUndefined = value.op === 'const' && value.repr === 'tagged' && (value.aux as number[])[0] === Tag.Undefined;
    const s = this.use(self, 'tagged');
    const d = this.define(n);
    const slow = this.newLabel();
    const done = this.newLabel();
    if (!isUndefined) this.emit('BrTag', 0, imm(Cond.Ne), v(this.use(value, 'tagged')), imm(Tag.Undefined), imm(slow));
    this.emit('BrTag', 0, imm(Cond.Ne), v(s), imm(Tag.Ptr), imm(slow));
    this.emit('MovGG', 1, v(d), v(s));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    this.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
    this.label(done);
  }

  /** The guard of a compiled super(...): the class (a function) has the recorded shape of
   *  property object, whose prototype is the recorded parent; the parent is still a
   *  function object of the recorded function id. */
  protected lowerCheckSuperParent(n: Node): void {
    const fs = n.frameState;
    const entry = n.aux as SuperConstructEntry;
    const fn = this.heapObjectOfKind(n.inputs[0], Kind.Function, 'wrong-call-target', fs);
    const props = this.newVreg('int32');
    this.emit('Load32', 1, v(props), heapReg(fn, ObjectLayout.functionPropertiesOffset));
    this.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Eq), v(props), imm(0));
    const shape = this.newVreg('int32');
    this.emit('Load32', 1, v(shape), heapReg(props, ObjectLayout.objectShapeOffset));
    this.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(shape), imm(entry.propsShape));
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapAt(entry.parent + ObjectLayout.kindOffset));
    this.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(kind), imm(Kind.Function));
    const id = this.newVreg('int32');
    this.emit('Load32', 1, v(id), heapAt(entry.parent + ObjectLayout.functionIdOffset));
    this.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(id), imm(entry.parentId));
  }

  /** CheckSuperNotCalled: `this` still the hole passes; the runtime throws otherwise. */
  protected lowerCheckSuperNotCalled(n: Node): void {
    const self = this.use(n.inputs[0], 'tagged');
    const d = this.define(n);
    const slow = this.newLabel();
    const done = this.newLabel();
    this.emit('BrTag', 0, imm(Cond.Ne), v(self), imm(Tag.Hole), imm(slow));
    this.emit('MovGI', 1, v(d), imm(0), imm(Tag.Undefined));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    this.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
    this.label(done);
  }

  /** CreateThis with new.target's prototype found where the interpreter saw it: new.target's
   *  property object has a recorded shape and its `prototype` slot holds the recorded
   *  prototype (still an object), so the new object gets that prototype's empty shape and is
   *  bump-allocated; anything else (or a full LAB) is the runtime's CreateThis. */
  protected lowerCreateThis(n: Node): void {
    const { generic, entries } = n.aux as { generic: RuntimeOperation; entries: readonly CreateThisEntry[] };
    const target = this.use(n.inputs[0], 'tagged');
    const d = this.define(n);
    const slow = this.newLabel();
    const done = this.newLabel();
    this.emit('BrTag', 0, imm(Cond.Ne), v(target), imm(Tag.Ptr), imm(slow));
    const fn = this.newVreg('int32');
    this.emit('Unbox32', 1, v(fn), v(target));
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapReg(fn, ObjectLayout.kindOffset));
    this.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.Function), imm(slow));
    const props = this.newVreg('int32');
    this.emit('Load32', 1, v(props), heapReg(fn, ObjectLayout.functionPropertiesOffset));
    this.emit('BrCmp32I', 0, imm(Cond.Eq), v(props), imm(0), imm(slow));
    const propsShape = this.newVreg('int32');
    this.emit('Load32', 1, v(propsShape), heapReg(props, ObjectLayout.objectShapeOffset));
    const store = this.newVreg('int32');
    this.emit('Load32', 1, v(store), heapReg(props, ObjectLayout.objectSlotsOffset));
    for (const e of entries) {
      const next = this.newLabel();
      this.emit('BrCmp32I', 0, imm(Cond.Ne), v(propsShape), imm(e.propsShape), imm(next));
      const proto = this.newVreg('tagged');
      this.emit('Load64', 1, v(proto), heapReg(store, ObjectLayout.storeValuesOffset + SLOT * e.slot));
      const expected = this.newVreg('tagged');
      this.emit('MovGI', 1, v(expected), imm(e.proto), imm(Tag.Ptr));
      this.emit('BrCmp64', 0, imm(Cond.Ne), v(proto), v(expected), imm(next));
      const protoKind = this.newVreg('int32');
      this.emit('Load32', 1, v(protoKind), heapAt(e.proto + ObjectLayout.kindOffset));
      this.emit('BrCmp32I', 0, imm(Cond.Ne), v(protoKind), imm(Kind.Object), imm(next));
      const room = this.newLabel();
      this.branchIfRoom(room);
      this.emit('Jump', 0, imm(slow));
      this.label(room);
      this.writeEmptyObject(d, imm(e.rootShape));
      this.emit('Jump', 0, imm(done));
      this.label(next);
    }
    this.label(slow);
    this.runtimeCall(generic, n.inputs, d);
    this.label(done);
  }
}
