// Lowering of the class and `new` operations compiled inline: the construct receiver, the
// class constructor prologue and epilogue (ClassEntry, CtorResult), the super() checks and
// guards, and CreateThis (bump-allocated with lower-objects.ts's helpers) run their common
// path inline, with the generic class operation (runtime/class-ops.ts) as the runtime
// fallback.

import type { CreateThisEntry, InstanceOfEntry, SuperConstructEntry } from '../../../profile/function-profile';
import { ElementsKind, Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import type { LirBuilder } from './lir-builder';
import { heapAt, heapReg, imm, SLOT, v } from './lir-operands';
import { branchIfRoom, writeEmptyObject } from './lower-objects';

/** construct-receiver, class-entry, ctor-result, check-super-not-called,
 *  check-super-parent, create-this, check-private-name, check-shapes. */
export function lowerClass(b: LirBuilder, n: Node): void {
  switch (n.op) {
    case 'construct-receiver':
      return lowerConstructReceiver(b, n);
    case 'class-entry':
      return lowerClassEntry(b, n);
    case 'construct-result':
      lowerConstructResult(b, n);
      return;
    case 'ctor-result':
      return lowerCtorResult(b, n);
    case 'check-super-not-called':
      return lowerCheckSuperNotCalled(b, n);
    case 'check-super-parent':
      return lowerCheckSuperParent(b, n);
    case 'create-this':
      return lowerCreateThis(b, n);
    case 'check-private-name': {
      // The name register holds the one private name the site saw (an interned string).
      const name = b.use(n.inputs[0], 'tagged');
      const expected = b.word(n.aux as number, Tag.Ptr);
      b.guard('BrCmp64', 0, 'wrong-shape', n.frameState, imm(Cond.Ne), v(name), v(expected));
      return;
    }
    case 'check-shapes':
      return lowerCheckShapes(b, n);
    case 'instance-of':
      return lowerInstanceOf(b, n);
    default:
      throw new Error(`lowerClass: ${n.op}`);
  }
}

/** The receiver `new C` passes a class constructor: the hole, carrying new.target (C). */
function lowerConstructReceiver(b: LirBuilder, n: Node): void {
  b.emit('BoxTag', 1, v(b.define(n)), v(b.use(n.inputs[0], 'tagged')), imm(Tag.Hole));
}

/** ClassEntry: new.target from a construct receiver; a plain call (any other receiver)
 *  throws in the runtime. */
function lowerClassEntry(b: LirBuilder, n: Node): void {
  const receiver = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(receiver), imm(Tag.Hole), imm(slow));
  b.emit('BoxTag', 1, v(d), v(receiver), imm(Tag.Ptr));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** CtorResult: a constructor that returns undefined with `this` initialized returns
 *  `this`; anything else (an object returned, a check that throws) is the runtime's. */
function lowerCtorResult(b: LirBuilder, n: Node): void {
  const [value, self] = n.inputs;
  const isUndefined = value.op === 'const' && value.repr === 'tagged' && (value.aux as number[])[0] === Tag.Undefined;
  const s = b.use(self, 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  if (!isUndefined) b.emit('BrTag', 0, imm(Cond.Ne), v(b.use(value, 'tagged')), imm(Tag.Undefined), imm(slow));
  b.emit('BrTag', 0, imm(Cond.Ne), v(s), imm(Tag.Ptr), imm(slow));
  b.emit('MovGG', 1, v(d), v(s));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** What `new F()` of an ordinary function gives: F's return value when it is an object (a
 *  heap object other than a string, symbol or BigInt), else the `this` it was called with. */
function lowerConstructResult(b: LirBuilder, n: Node): void {
  const [value, self] = n.inputs;
  const r = b.use(value, 'tagged');
  const s = b.use(self, 'tagged');
  const d = b.define(n);
  const useThis = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(r), imm(Tag.Ptr), imm(useThis));
  const kind = b.load32(heapReg(b.unbox32(r), ObjectLayout.kindOffset));
  for (const primitive of [Kind.String, Kind.Rope, Kind.Symbol, Kind.BigInt]) {
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(primitive), imm(useThis));
  }
  b.emit('MovGG', 1, v(d), v(r));
  b.emit('Jump', 0, imm(done));
  b.label(useThis);
  b.emit('MovGG', 1, v(d), v(s));
  b.label(done);
}

/** The guard of a compiled super(...): the class (a function) has the recorded shape of
 *  property object, whose prototype is the recorded parent; the parent is still a
 *  function object of the recorded function id. */
function lowerCheckSuperParent(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const entry = n.aux as SuperConstructEntry;
  const fn = b.heapObjectOfKind(n.inputs[0], Kind.Function, 'wrong-call-target', fs);
  const props = b.load32(heapReg(fn, ObjectLayout.functionPropertiesOffset));
  b.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Eq), v(props), imm(0));
  const shape = b.load32(heapReg(props, ObjectLayout.objectShapeOffset));
  b.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(shape), imm(entry.propsShape));
  const kind = b.load32(heapAt(entry.parent + ObjectLayout.kindOffset));
  b.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(kind), imm(Kind.Function));
  const id = b.load32(heapAt(entry.parent + ObjectLayout.functionIdOffset));
  b.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(id), imm(entry.parentId));
}

/** CheckSuperNotCalled: `this` still the hole passes; the runtime throws otherwise. */
function lowerCheckSuperNotCalled(b: LirBuilder, n: Node): void {
  const self = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(self), imm(Tag.Hole), imm(slow));
  b.emit('MovGI', 1, v(d), imm(0), imm(Tag.Undefined));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** CreateThis with new.target's prototype found where the interpreter saw it: new.target's
 *  property object has a recorded shape and its `prototype` slot holds the recorded
 *  prototype (still an object), so the new object gets that prototype's empty shape and is
 *  bump-allocated; anything else (or a full LAB) is the runtime's CreateThis. */
function lowerCreateThis(b: LirBuilder, n: Node): void {
  const { generic, entries } = n.aux as { generic: RuntimeOperation; entries: readonly CreateThisEntry[] };
  const target = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(target), imm(Tag.Ptr), imm(slow));
  const fn = b.unbox32(target);
  const kind = b.load32(heapReg(fn, ObjectLayout.kindOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.Function), imm(slow));
  const props = b.load32(heapReg(fn, ObjectLayout.functionPropertiesOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(props), imm(0), imm(slow));
  const propsShape = b.load32(heapReg(props, ObjectLayout.objectShapeOffset));
  const store = b.load32(heapReg(props, ObjectLayout.objectSlotsOffset));
  for (const e of entries) {
    const next = b.newLabel();
    b.emit('BrCmp32I', 0, imm(Cond.Ne), v(propsShape), imm(e.propsShape), imm(next));
    const proto = b.load64(heapReg(store, ObjectLayout.storeValuesOffset + SLOT * e.slot));
    const expected = b.word(e.proto, Tag.Ptr);
    b.emit('BrCmp64', 0, imm(Cond.Ne), v(proto), v(expected), imm(next));
    const protoKind = b.load32(heapAt(e.proto + ObjectLayout.kindOffset));
    b.emit('BrCmp32I', 0, imm(Cond.Ne), v(protoKind), imm(Kind.Object), imm(next));
    const room = b.newLabel();
    branchIfRoom(b, room);
    b.emit('Jump', 0, imm(slow));
    b.label(room);
    writeEmptyObject(b, d, imm(e.rootShape));
    b.emit('Jump', 0, imm(done));
    b.label(next);
  }
  b.label(slow);
  b.runtimeCall(generic, n.inputs, d);
  b.label(done);
}


/** x instanceof F for the constructor the site saw: F itself (else a deopt: the site goes
 *  generic), its property object still of the recorded shape with the recorded prototype
 *  in its `prototype` slot and the prototype epoch unchanged (else a deopt: prototype
 *  changed), then the answer by x's shape: false for a primitive, the recorded answer for a
 *  recorded shape or a plain array, the runtime's InstanceOf for any other object. */
function lowerInstanceOf(b: LirBuilder, n: Node): void {
  const { generic, entry } = n.aux as { generic: RuntimeOperation; entry: InstanceOfEntry };
  const fs = n.frameState;
  const x = b.use(n.inputs[0], 'tagged');
  const ctor = b.use(n.inputs[1], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.guard('BrCmp64', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(ctor), v(b.word(entry.ctor, Tag.Ptr)));
  const props = b.load32(heapAt(entry.ctor + ObjectLayout.functionPropertiesOffset));
  b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(props), imm(entry.props));
  const propsShape = b.load32(heapAt(entry.props + ObjectLayout.objectShapeOffset));
  b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(propsShape), imm(entry.propsShape));
  const store = b.load32(heapAt(entry.props + ObjectLayout.objectSlotsOffset));
  const proto = b.load64(heapReg(store, ObjectLayout.storeValuesOffset + SLOT * entry.slot));
  b.guard('BrCmp64', 0, 'prototype-changed', fs, imm(Cond.Ne), v(proto), v(b.word(entry.proto, Tag.Ptr)));
  const epoch = b.load32(heapAt(Globals.protoEpoch));
  b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(epoch), imm(entry.epoch));
  const no = b.newLabel();
  const yes = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(x), imm(Tag.Ptr), imm(no));
  const obj = b.unbox32(x);
  const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
  if (entry.arrayAnswer !== undefined) {
    // A plain array's prototype is Array.prototype (the epoch guard covers its chain).
    const notArray = b.newLabel();
    b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.Array), imm(notArray));
    const bits = b.load32(heapReg(obj, ObjectLayout.arrayKindOffset));
    b.emit('And32I', 1, v(bits), v(bits), imm(ElementsKind.PropertiesBit | ElementsKind.ArgumentsBit));
    b.emit('BrCmp32I', 0, imm(Cond.Ne), v(bits), imm(0), imm(slow));
    b.emit('Jump', 0, imm(entry.arrayAnswer ? yes : no));
    b.label(notArray);
  }
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.Object), imm(slow));
  const shape = b.load32(heapReg(obj, ObjectLayout.objectShapeOffset));
  for (const [s, answer] of entry.answers) b.emit('BrCmp32I', 0, imm(Cond.Eq), v(shape), imm(s), imm(answer ? yes : no));
  b.emit('Jump', 0, imm(slow));
  b.boolOutcomes(d, { yes, no, slow, done }, generic, n.inputs);
}

/** check-shapes: the input is a plain object of one of the cached shapes (a private
 *  method's brand is in each of them); anything else deopts. */
function lowerCheckShapes(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const shapes = n.aux as number[];
  const obj = b.heapObjectOfKind(n.inputs[0], Kind.Object, 'wrong-shape', fs);
  const shape = b.load32(heapReg(obj, ObjectLayout.objectShapeOffset));
  const ok = b.newLabel();
  shapes.forEach((s, i) => {
    if (i === shapes.length - 1) {
      b.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(s));
      return;
    }
    b.emit('BrCmp32I', 0, imm(Cond.Eq), v(shape), imm(s), imm(ok));
  });
  b.label(ok);
}
