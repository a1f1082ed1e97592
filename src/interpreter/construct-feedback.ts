// Feedback for `new` and `instanceof` that the interpreter records beside the generic class
// operations: the constructor a Construct site called, the parent class a super() call
// reached, how a CreateThis site found the new object's prototype (new.target's `prototype`
// slot and that prototype's empty shape), and an InstanceOf site's constructor and answers
// per receiver shape. The optimizing compiler turns them into direct calls of the
// constructors, an inline allocation, and an instanceof answered by a shape compare.

import { INSTANCE_OF_SHAPES, type FunctionProfile, type CreateThisEntry, type InstanceOfEntry, type SuperConstructEntry } from '../profile/function-profile';
import { ElementsKind, Kind, ObjectLayout as L, Tag } from '../runtime/layout';
import type { Runtime } from '../runtime/runtime';
import { PropFlag } from '../runtime/shapes';
import type { Word } from '../runtime/word';

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
  const found = props === 0 ? undefined : prototypeSlot(rt, props);
  if (!found) return;
  const entry: CreateThisEntry = { ...found, rootShape: shapes.root(found.proto).id };
  profile.recordCreateThis(pc, entry);
}

/** Where a function's property object `props` keeps `prototype`, when it is a data slot of
 *  a fast shape holding an object: the shape, the slot and that object. */
function prototypeSlot(rt: Runtime, props: number): { propsShape: number; slot: number; proto: number } | undefined {
  const u32 = rt.heap.u32;
  const propsShape = u32[(props + L.objectShapeOffset) >> 2];
  const shape = rt.shapes.get(propsShape);
  const slot = shape.dictionary ? undefined : shape.slotOf('prototype');
  if (slot === undefined || (shape.flagsOf(slot) & PropFlag.Accessor) !== 0) return undefined;
  const w = (u32[(props + L.objectSlotsOffset) >> 2] + L.storeValuesOffset + 8 * slot) >> 2;
  if (u32[w + 1] !== Tag.Ptr || rt.heap.kindOf(u32[w]) !== Kind.Object) return undefined;
  return { propsShape, slot, proto: u32[w] };
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

/** InstanceOf at pc computed `x instanceof c` = answer: remember c's ordinary instanceof
 *  (see InstanceOfEntry) and the answer for x's shape. Entries of an older prototype epoch
 *  start over; a second right-hand side, or one that is not a plain function with the
 *  ordinary @@hasInstance and an object `prototype`, makes the site mixed (null: generic). */
export function recordInstanceOf(rt: Runtime, profile: FunctionProfile, pc: number, x: Word, c: Word, answer: boolean): void {
  const { heap, shapes, objects } = rt;
  let entry = profile.instanceOf.get(pc);
  if (entry === null) return;
  const ctor = c[0] === Tag.Ptr && heap.kindOf(c[1]) === Kind.Function ? c[1] : 0;
  if (entry !== undefined && entry.ctor !== ctor) {
    profile.instanceOf.set(pc, null);
    return;
  }
  if (entry === undefined || entry.epoch !== objects.protoEpoch) {
    entry = ctor === 0 ? undefined : ordinaryInstanceOf(rt, ctor);
    profile.instanceOf.set(pc, entry ?? null);
    if (!entry) return;
  }
  if (x[0] !== Tag.Ptr) return;
  const kind = heap.kindOf(x[1]);
  if (kind === Kind.Array && (heap.u32[(x[1] + L.arrayKindOffset) >> 2] & (ElementsKind.PropertiesBit | ElementsKind.ArgumentsBit)) === 0) {
    entry.arrayAnswer = answer;
    return;
  }
  if (kind !== Kind.Object) return;
  const shape = heap.u32[(x[1] + L.objectShapeOffset) >> 2];
  if (shapes.get(shape).dictionary || entry.answers.some(([s]) => s === shape)) return;
  if (entry.answers.length < INSTANCE_OF_SHAPES) entry.answers.push([shape, answer]);
}

/** Function fn's instanceof as an entry without answers, when it is the ordinary one: not
 *  bound nor a proxy (whose traps decide; proxy receivers have a dictionary shape, never
 *  cached either), @@hasInstance found as Function.prototype's, `prototype` a data slot of a
 *  fast-shaped property object holding an object. Watches fn and the functions it
 *  inherits from, so a change to any of them bumps the prototype epoch. */
function ordinaryInstanceOf(rt: Runtime, fn: number): InstanceOfEntry | undefined {
  const { heap, shapes, objects, props, symbols } = rt;
  if (rt.boundTargetOf(fn) !== null || props.isProxy(fn)) return undefined;
  if (props.findHolder(fn, symbols.wellKnownKey('hasInstance')) === 0) return undefined;
  if (objects.rhi !== Tag.Ptr || objects.rlo !== symbols.ordinaryHasInstance || (objects.rflags & PropFlag.Accessor) !== 0) return undefined;
  const propsObject = objects.functionProperties(fn, true);
  const found = prototypeSlot(rt, propsObject);
  if (!found) return undefined;
  for (let p = fn; p !== 0 && heap.kindOf(p) === Kind.Function; p = objects.protoOf(p)) shapes.watch(objects.functionProperties(p, true));
  return { ctor: fn, props: propsObject, ...found, epoch: objects.protoEpoch, answers: [] };
}
