// Feedback for `new` that the interpreter records beside the generic class operations: the
// constructor a Construct site called, the parent class a super() call reached, and how a
// CreateThis site found the new object's prototype (new.target's `prototype` slot and that
// prototype's empty shape). The optimizing compiler turns them into direct calls of the
// constructors and an inline allocation.

import type { FunctionProfile, CreateThisEntry, SuperConstructEntry } from '../profile/function-profile';
import { Kind, ObjectLayout as L, Tag } from '../runtime/layout';
import type { Runtime } from '../runtime/runtime';
import { PropFlag } from '../runtime/shapes';

/** Construct at pc is about to call the value (hi, lo): remember its function id. */
export function recordConstructTarget(rt: Runtime, profile: FunctionProfile, pc: number, hi: number, lo: number): void {
  if (hi !== Tag.Ptr || rt.heap.kindOf(lo) !== Kind.Function) return;
  profile.recordCallTarget(pc, rt.heap.functionId(lo));
}

/** CreateThis at pc runs with new.target (hi, lo): remember where its prototype came from
 *  (the shape of new.target's property object and the slot of `prototype` there) and the
 *  empty shape of objects with that prototype. Only plain data slots holding an object. */
export function recordCreateThis(rt: Runtime, profile: FunctionProfile, pc: number, hi: number, lo: number): void {
  const { heap, shapes } = rt;
  const u32 = heap.u32;
  if (hi !== Tag.Ptr || heap.kindOf(lo) !== Kind.Function) return;
  const props = u32[(lo + L.functionPropertiesOffset) >> 2];
  if (props === 0) return;
  const propsShape = u32[(props + L.objectShapeOffset) >> 2];
  const shape = shapes.get(propsShape);
  const slot = shape.dictionary ? undefined : shape.slotOf('prototype');
  if (slot === undefined || (shape.flagsOf(slot) & PropFlag.Accessor) !== 0) return;
  const w = (u32[(props + L.objectSlotsOffset) >> 2] + L.storeValuesOffset + 8 * slot) >> 2;
  if (u32[w + 1] !== Tag.Ptr || heap.kindOf(u32[w]) !== Kind.Object) return;
  const proto = u32[w];
  const entry: CreateThisEntry = { propsShape, slot, proto, rootShape: shapes.root(proto).id };
  profile.recordCreateThis(pc, entry);
}

/** SuperConstruct at pc runs in class (hi, lo): remember the shape of the class's property
 *  object (which holds its [[Prototype]], the parent class) and that parent, when it is a
 *  function object. */
export function recordSuperConstruct(rt: Runtime, profile: FunctionProfile, pc: number, hi: number, lo: number): void {
  const { heap } = rt;
  const u32 = heap.u32;
  if (hi !== Tag.Ptr || heap.kindOf(lo) !== Kind.Function) return;
  const props = u32[(lo + L.functionPropertiesOffset) >> 2];
  if (props === 0) return;
  const propsShape = u32[(props + L.objectShapeOffset) >> 2];
  const parent = rt.shapes.get(propsShape).proto;
  if (parent === 0 || heap.kindOf(parent) !== Kind.Function) return;
  const entry: SuperConstructEntry = { propsShape, parent, parentId: heap.functionId(parent) };
  profile.superConstruct.set(pc, entry);
}
