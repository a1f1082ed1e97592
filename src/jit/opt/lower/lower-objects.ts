// Lowering of object allocation and of the class and `new` operations compiled inline:
// `{}` and a constructor's `this` bump-allocated in the linear allocation area, the class
// constructor prologue and epilogue (ClassEntry, CtorResult) and the super-call check on
// their common path, each with the generic class operation (runtime/class-ops.ts) as its
// runtime fallback. Part of the lowering stack (see lower-tagged.ts).

import { Op } from '../../../bytecode/opcodes';
import type { CreateThisEntry } from '../../../profile/function-profile';
import { Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import { heapAt, heapReg, imm, SLOT, v } from './lir-builder';
import { TaggedLowering } from './lower-tagged';

const CAPACITY = ObjectLayout.objectInitialSlots;
const STORE_BYTES = ObjectLayout.storeValuesOffset + SLOT * CAPACITY;
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
