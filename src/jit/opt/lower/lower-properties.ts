// Lowering of property and element access specialized by the graph builder: named loads
// and stores through the cached shapes (a store that adds the property grows the store
// inline, lower-objects.ts), prototype-chain loads behind shape and epoch guards, array and
// string kinds and lengths, array elements with bounds and elements-kind guards,
// arr.push(v) in place, and Float64Array/Int32Array elements behind a shape guard.

import { Op } from '../../../bytecode/opcodes';
import { ElementsKind, Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { FrameState, Node } from '../ir/ir';
import type { LArg } from './lir';
import type { LirBuilder } from './lir-builder';
import { heapAt, heapReg, imm, SLOT, v } from './lir-operands';
import { bumpAllocate, growSlotsIfFull } from './lower-objects';
import { stringObject } from './lower-strings';
import type { TypedAccess } from '../ir/build/properties';
import { TypedArraySlot } from '../../../runtime/typed-array-layout';

/** load-named, store-named, function-properties, check-proto, load-proto-poly, check-kind, array-length,
 *  string-length, load-element, store-element, array-push, array-pop, load-typed, store-typed. */
export function lowerProperty(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const [a] = n.inputs;
  switch (n.op) {
    case 'load-named':
    case 'store-named':
      lowerNamedAccess(b, n);
      return;
    case 'function-properties': {
      // A function's named properties live in a plain object it points to (made on first
      // use): the cached shapes are that object's.
      const fn = b.heapObjectOfKind(a, Kind.Function, 'wrong-shape', fs);
      const props = b.load32(heapReg(fn, ObjectLayout.functionPropertiesOffset));
      b.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Eq), v(props), imm(0));
      b.emit('BoxTag', 1, v(b.define(n)), v(props), imm(Tag.Ptr));
      return;
    }
    case 'check-proto': {
      // The receiver has a shape whose prototype chain the load was cached for, and no
      // prototype changed since (then the loaded value is the constant the code uses).
      const load = n.aux as { shapes: number[]; epoch: number };
      const shapes = n.knownShape === undefined ? load.shapes : [];
      const obj = shapes.length > 0 ? b.heapObjectOfKind(a, Kind.Object, 'wrong-shape', fs) : -1;
      const shape = shapes.length > 0 ? b.load32(heapReg(obj, ObjectLayout.objectShapeOffset)) : -1;
      const ok = b.newLabel();
      shapes.forEach((s, i) => {
        if (i === shapes.length - 1) {
          b.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(s));
          return;
        }
        const next = b.newLabel();
        b.emit('BrCmp32I', 0, imm(Cond.Ne), v(shape), imm(s), imm(next));
        b.emit('Jump', 0, imm(ok));
        b.label(next);
      });
      b.label(ok);
      const epoch = b.load32(heapAt(Globals.protoEpoch));
      b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(epoch), imm(load.epoch));
      return;
    }
    case 'load-proto-poly':
      lowerProtoPoly(b, n);
      return;
    case 'check-kind': {
      // A builtin prototype's method as a constant: the receiver has no own property that
      // could shadow it (an array with a properties object has one, or another prototype),
      // is no `arguments` object (whose prototype is Object.prototype), and no prototype
      // changed since it was read.
      const { receiver, epoch } = n.aux as { receiver: 'array' | 'string'; epoch: number };
      const isArray = receiver === 'array';
      const obj = isArray ? b.heapObjectOfKind(a, Kind.Array, 'not-an-array', fs) : stringObject(b, a, 'not-a-string', fs);
      if (isArray) guardPlainArray(b, obj, fs);
      const current = b.load32(heapAt(Globals.protoEpoch));
      b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(current), imm(epoch));
      return;
    }
    case 'array-length':
    case 'string-length': {
      const isArray = n.op === 'array-length';
      const obj = isArray ? b.heapObjectOfKind(a, Kind.Array, 'not-an-array', fs) : stringObject(b, a, 'not-a-string', fs);
      b.emit('Load32', 1, v(b.define(n)), heapReg(obj, isArray ? ObjectLayout.arrayLengthOffset : ObjectLayout.lengthOffset));
      return;
    }
    case 'load-element':
    case 'store-element':
      lowerElementAccess(b, n);
      return;
    case 'load-element-holey':
      lowerHoleyLoad(b, n);
      return;
    case 'array-pop':
      return lowerArrayPop(b, n);
    case 'array-push':
      lowerArrayPush(b, n);
      return;
    case 'load-typed':
    case 'store-typed':
      lowerTypedAccess(b, n);
      return;
    default:
      throw new Error(`lowerProperty: ${n.op}`);
  }
}

/** A named load or store through the site's cached shapes: one compare per shape, each
 *  with its own slot (and, for a store that adds the property, a capacity check and the
 *  new shape); any other shape deopts. */
function lowerNamedAccess(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const cached = n.aux as { shape: number; slot: number; after: number; epoch?: number }[];
  // A shape proven by an earlier guard: that entry alone, with no tag, kind or shape check.
  const proven = n.knownShape === undefined ? undefined : cached.find((e) => e.shape === n.knownShape);
  const entries = proven ? [proven] : cached;
  const obj = proven ? b.unbox32(b.use(n.inputs[0], 'tagged')) : b.heapObjectOfKind(n.inputs[0], Kind.Object, 'wrong-shape', fs);
  const value = n.op === 'store-named' ? b.use(n.inputs[1], 'tagged') : undefined;
  const result = value === undefined ? b.define(n) : -1;
  const shape = proven ? -1 : b.load32(heapReg(obj, ObjectLayout.objectShapeOffset));
  const store = b.load32(heapReg(obj, ObjectLayout.objectSlotsOffset));
  const done = b.newLabel();
  entries.forEach((e, i) => {
    const last = i === entries.length - 1;
    const next = b.newLabel();
    if (!proven && last) b.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(e.shape));
    else if (!proven) b.emit('BrCmp32I', 0, imm(Cond.Ne), v(shape), imm(e.shape), imm(next));
    const at = heapReg(store, ObjectLayout.storeValuesOffset + SLOT * e.slot);
    if (value === undefined) {
      b.emit('Load64', 1, v(result), at);
    } else {
      if (e.epoch !== undefined) {
        const epoch = b.load32(heapAt(Globals.protoEpoch));
        b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(epoch), imm(e.epoch));
      }
      if (e.after !== e.shape) growSlotsIfFull(b, n.inputs[0], obj, store, e.slot, fs);
      b.emit('Store64', 0, v(value), at);
      if (e.after !== e.shape) b.emit('Store32I', 0, heapReg(obj, ObjectLayout.objectShapeOffset), imm(e.after));
    }
    if (!last) {
      b.emit('Jump', 0, imm(done));
      b.label(next);
    }
  });
  b.label(done);
}

/** A prototype-chain load whose value depends on the receiver's shape (o.m() on
 *  instances of sibling classes): one compare per cached shape, each giving its constant;
 *  any other shape, or a changed prototype, deopts. */
function lowerProtoPoly(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const load = n.aux as { shapes: number[]; epoch: number; values: [number, number][] };
  const d = b.define(n);
  const epochGuard = (): void => {
    const epoch = b.load32(heapAt(Globals.protoEpoch));
    b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(epoch), imm(load.epoch));
  };
  if (n.knownShape !== undefined) {
    // The receiver's shape is proven: its value is a constant.
    const [hi, lo] = load.values[load.shapes.indexOf(n.knownShape)];
    b.emit('MovGI', 1, v(d), imm(lo), imm(hi));
    return epochGuard();
  }
  const obj = b.heapObjectOfKind(n.inputs[0], Kind.Object, 'wrong-shape', fs);
  const shape = b.load32(heapReg(obj, ObjectLayout.objectShapeOffset));
  const done = b.newLabel();
  load.shapes.forEach((s, i) => {
    const last = i === load.shapes.length - 1;
    const next = b.newLabel();
    if (last) b.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(s));
    else b.emit('BrCmp32I', 0, imm(Cond.Ne), v(shape), imm(s), imm(next));
    const [hi, lo] = load.values[i];
    b.emit('MovGI', 1, v(d), imm(lo), imm(hi));
    if (!last) {
      b.emit('Jump', 0, imm(done));
      b.label(next);
    }
  });
  b.label(done);
  epochGuard();
}

/** The values part of array obj's elements kind (ElementsKind.Int32/Double/Any), int32.
 *  `checkWhole` (stores, pushes) is first given the whole kind, to leave an array with an
 *  integrity level (non-extensible, sealed, frozen) to the runtime. */
function loadValuesKind(b: LirBuilder, obj: number, checkWhole?: (kind: number) => void): number {
  const kind = b.load32(heapReg(obj, ObjectLayout.arrayKindOffset));
  checkWhole?.(kind);
  b.emit('And32I', 1, v(kind), v(kind), imm(3));
  return kind;
}

/** The elements-kind bits of an integrity level (array-integrity.ts). */
const INTEGRITY_BITS = ElementsKind.NonExtensibleBit | ElementsKind.SealedBit | ElementsKind.FrozenBit;

/** The integrity bits of elements kind `kind` (int32 vreg), in a new vreg. */
function integrityOf(b: LirBuilder, kind: number): number {
  const bits = b.newVreg('int32');
  b.emit('And32I', 1, v(bits), v(kind), imm(INTEGRITY_BITS));
  return bits;
}

/** The memory operand of element `index` (int32 vreg) of the Elements store `store`. */
export function elementSlot(b: LirBuilder, store: number, index: number): LArg {
  const offset = b.shl32i(index, 3);
  const at = b.add32(store, offset);
  return heapReg(at, ObjectLayout.storeValuesOffset);
}

/** arr.push(v), all in machine code but for arrays with an integrity level, a full LAB and
 *  the longest arrays: a full elements store is replaced by one half as big again plus 8
 *  (the runtime's growth, objects.ensureCapacity), bump-allocated with the values copied and
 *  the rest holes; a value the elements kind does not hold widens it (Int32 < Double < Any:
 *  every kind stores value words, so widening rewrites only the kind). The runtime's push
 *  (which does the same in TypeScript) is left for the rest. */
function lowerArrayPush(b: LirBuilder, n: Node): void {
  const [arr, value] = n.inputs;
  const obj = b.heapObjectOfKind(arr, Kind.Array, 'not-an-array', n.frameState);
  const d = b.define(n);
  const length = b.load32(heapReg(obj, ObjectLayout.arrayLengthOffset));
  appendElement(b, obj, length, b.use(value, 'tagged'), d, () => {
    b.runtimeCall({ kind: 'heap-op', op: Op.ArrayPush }, [arr, value]);
    b.emit('Load32', 1, v(d), heapReg(obj, ObjectLayout.arrayLengthOffset));
  });
}

/** arr.pop() in machine code: an empty array answers undefined; otherwise the last value
 *  leaves a hole behind it (so the collector no longer sees it) and the length drops by one.
 *  An integrity level (frozen: the length is read-only; sealed: the element cannot be
 *  deleted) and a hole at the end (its value comes from the prototypes) deopt, as does an
 *  `arguments` object or an array with another prototype. */
function lowerArrayPop(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const obj = b.heapObjectOfKind(n.inputs[0], Kind.Array, 'not-an-array', fs);
  guardPlainArray(b, obj, fs);
  const kind = b.load32(heapReg(obj, ObjectLayout.arrayKindOffset));
  b.guard('BrCmp32I', 0, 'wrong-elements-kind', fs, imm(Cond.Ne), v(integrityOf(b, kind)), imm(0));
  const d = b.define(n);
  const length = b.load32(heapReg(obj, ObjectLayout.arrayLengthOffset));
  const nonEmpty = b.newLabel();
  const done = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(length), imm(0), imm(nonEmpty));
  b.emit('MovGI', 1, v(d), imm(0), imm(Tag.Undefined));
  b.emit('Jump', 0, imm(done));
  b.label(nonEmpty);
  const last = b.newVreg('int32');
  b.emit('Sub32I', 1, v(last), v(length), imm(1));
  const store = b.load32(heapReg(obj, ObjectLayout.arrayElementsOffset));
  const slot = elementSlot(b, store, last);
  b.emit('Load64', 1, v(d), slot);
  b.guard('BrTag', 0, 'out-of-bounds', fs, imm(Cond.Eq), v(d), imm(Tag.Hole));
  b.emit('Store64I', 0, slot, imm(0), imm(Tag.Hole));
  b.emit('Store32', 0, v(last), heapReg(obj, ObjectLayout.arrayLengthOffset));
  b.label(done);
}

/** Appends value `word` to array obj of length `length` (vreg d, when given, gets the new
 *  length), growing its store inline when full; `slow` emits what the runtime does instead
 *  (an array with an integrity level, a full LAB, a very long array). */
function appendElement(b: LirBuilder, obj: number, length: number, word: number, d: number | undefined, slow: () => void): void {
  const store = b.newVreg('int32');
  b.emit('Load32', 1, v(store), heapReg(obj, ObjectLayout.arrayElementsOffset));
  const capacity = b.load32(heapReg(store, ObjectLayout.storeCapacityOffset));
  const slowPath = b.newLabel();
  const kindWord = b.load32(heapReg(obj, ObjectLayout.arrayKindOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(integrityOf(b, kindWord)), imm(0), imm(slowPath));
  // A length past int32 range (arrays that long are the runtime's) keeps the sums below exact.
  b.emit('BrCmp32I', 0, imm(Cond.Ae), v(length), imm(MAX_INLINE_PUSH_LENGTH), imm(slowPath));
  const room = b.newLabel();
  b.emit('BrCmp32', 0, imm(Cond.B), v(length), v(capacity), imm(room));
  growElements(b, obj, store, length, capacity, slowPath);
  b.label(room);
  const valuesKind = b.newVreg('int32');
  b.emit('And32I', 1, v(valuesKind), v(kindWord), imm(3));
  const fits = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(fits));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(valuesKind), imm(ElementsKind.Any), imm(fits));
  // Widen: a double needs at least Double, anything else Any.
  const needed = b.newVreg('int32');
  const isDouble = b.newLabel();
  const widen = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.B), v(word), imm(Tag.MIN), imm(isDouble));
  b.emit('MovGI', 1, v(needed), imm(ElementsKind.Any), imm(0));
  b.emit('Jump', 0, imm(widen));
  b.label(isDouble);
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(valuesKind), imm(ElementsKind.Double), imm(fits));
  b.emit('MovGI', 1, v(needed), imm(ElementsKind.Double), imm(0));
  b.label(widen);
  const widened = b.newVreg('int32');
  b.emit('And32I', 1, v(widened), v(kindWord), imm(~3));
  b.emit('Or32', 1, v(widened), v(widened), v(needed));
  b.emit('Store32', 0, v(widened), heapReg(obj, ObjectLayout.arrayKindOffset));
  b.label(fits);
  b.emit('Store64', 0, v(word), elementSlot(b, store, length));
  const newLength = d ?? b.newVreg('int32');
  b.emit('Add32I', 1, v(newLength), v(length), imm(1));
  b.emit('Store32', 0, v(newLength), heapReg(obj, ObjectLayout.arrayLengthOffset));
  b.emit('Jump', 0, imm(done));
  b.label(slowPath);
  slow();
  b.label(done);
}

/** Pushes inline below this length: the grown store's size in bytes stays far inside int32. */
const MAX_INLINE_PUSH_LENGTH = 1 << 24;

/** Replaces array obj's full Elements store (vreg `store`, `length` values, all of its
 *  `capacity`) with a bump-allocated one of capacity + capacity / 2 + 8, the values copied
 *  and the rest holes, and points `store` at it; jumps to `full` when the LAB has no room. */
function growElements(b: LirBuilder, obj: number, store: number, length: number, capacity: number, full: number): void {
  const grown = b.newVreg('int32');
  b.emit('Shr32I', 1, v(grown), v(capacity), imm(1));
  b.emit('Add32', 1, v(grown), v(grown), v(capacity));
  b.emit('Add32I', 1, v(grown), v(grown), imm(8));
  const valueBytes = b.shl32i(grown, 3);
  const { top } = bumpAllocate(b, ObjectLayout.storeValuesOffset, full, valueBytes);
  b.emit('Store32I', 0, heapReg(top, ObjectLayout.kindOffset), imm(Kind.Elements));
  b.emit('Store32', 0, v(grown), heapReg(top, ObjectLayout.storeCapacityOffset));
  // The values, first to last, then holes to the end.
  const copyEnd = b.shl32i(length, 3);
  const i = b.newVreg('int32');
  const copy = b.newLabel();
  const fill = b.newLabel();
  const filled = b.newLabel();
  b.emit('MovGI', 1, v(i), imm(0), imm(0));
  b.label(copy);
  b.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(copyEnd), imm(fill));
  const from = b.add32(store, i);
  const valueWord = b.load64(heapReg(from, ObjectLayout.storeValuesOffset));
  const to = b.add32(top, i);
  b.emit('Store64', 0, v(valueWord), heapReg(to, ObjectLayout.storeValuesOffset));
  b.emit('Add32I', 1, v(i), v(i), imm(SLOT));
  b.emit('Jump', 0, imm(copy));
  b.label(fill);
  b.emit('BrCmp32', 0, imm(Cond.Eq), v(i), v(valueBytes), imm(filled));
  const holeAt = b.add32(top, i);
  b.emit('Store64I', 0, heapReg(holeAt, ObjectLayout.storeValuesOffset), imm(0), imm(Tag.Hole));
  b.emit('Add32I', 1, v(i), v(i), imm(SLOT));
  b.emit('Jump', 0, imm(fill));
  b.label(filled);
  b.emit('Store32', 0, v(top), heapReg(obj, ObjectLayout.arrayElementsOffset));
  b.emit('MovGG', 1, v(store), v(top));
}

/** Array element load/store: array guard, int32 index, unsigned bounds check against the
 *  length, an elements-kind guard that the loaded value (or the stored one) fits, and a
 *  hole check on loads. Elements are value words, 8 bytes each. */
function lowerElementAccess(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const [arr, index, value] = n.inputs;
  const obj = b.heapObjectOfKind(arr, Kind.Array, 'not-an-array', fs);
  const i = b.use(index, 'int32', fs);
  const length = b.load32(heapReg(obj, ObjectLayout.arrayLengthOffset));
  const append = n.op === 'store-element' ? (n.aux as ElementAppend | undefined) : undefined;
  // The stored word is made before the paths part (a conversion emitted on one path only
  // would be reused, unset, on the other).
  const word = n.op === 'store-element' ? b.use(value, 'tagged') : -1;
  const stored = b.newLabel();
  if (append !== undefined) {
    const words = [b.use(arr, 'tagged'), b.use(index, 'tagged'), word] as const;
    const inBounds = b.newLabel();
    b.emit('BrCmp32', 0, imm(Cond.B), v(i), v(length), imm(inBounds));
    appendAtLength(b, n, append, obj, i, length, words);
    b.emit('Jump', 0, imm(stored));
    b.label(inBounds);
  }
  b.guard('BrCmp32', 0, 'out-of-bounds', fs, imm(Cond.Ae), v(i), v(length));
  const valuesKind = loadValuesKind(b, obj, n.op === 'load-element' ? undefined : (kind) =>
    b.guard('BrCmp32I', 0, 'wrong-elements-kind', fs, imm(Cond.Ne), v(integrityOf(b, kind)), imm(0)));
  const store = b.load32(heapReg(obj, ObjectLayout.arrayElementsOffset));
  const slot = elementSlot(b, store, i);
  if (n.op === 'load-element') {
    const elements = n.aux as 'int32' | 'number' | 'any';
    if (elements !== 'any') {
      b.guard('BrCmp32I', 0, 'wrong-elements-kind', fs, imm(Cond.A), v(valuesKind), imm(elements === 'int32' ? ElementsKind.Int32 : ElementsKind.Double));
    }
    const word = b.load64(slot);
    if (elements === 'int32') {
      // Int32 elements: anything but an int32 here is a hole.
      b.guard('BrTag', 0, 'out-of-bounds', fs, imm(Cond.Ne), v(word), imm(Tag.Int32));
      b.emit('Unbox32', 1, v(b.define(n)), v(word));
    } else {
      b.guard('BrTag', 0, 'out-of-bounds', fs, imm(Cond.Eq), v(word), imm(Tag.Hole));
      b.bind(n, word);
    }
    return;
  }
  if (value.repr === 'float64') widenValuesKind(b, obj, valuesKind, ElementsKind.Double);
  if (value.repr === 'tagged') {
    // An int32 fits every kind; a double needs double elements or wider, anything else
    // elements of any kind: the kind widens in place (it only describes the values).
    const fits = b.newLabel();
    const notNumber = b.newLabel();
    b.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(fits));
    b.emit('BrTag', 0, imm(Cond.Ae), v(word), imm(Tag.MIN), imm(notNumber));
    widenValuesKind(b, obj, valuesKind, ElementsKind.Double);
    b.emit('Jump', 0, imm(fits));
    b.label(notNumber);
    widenValuesKind(b, obj, valuesKind, ElementsKind.Any);
    b.label(fits);
  }
  b.emit('Store64', 0, v(word), slot);
  b.label(stored);
}

/** A store-element that may append (its site also stored past the end). */
interface ElementAppend {
  readonly append: true;
  /** The prototype epoch in which no prototype of a plain array has integer keys. */
  readonly epoch: number;
  readonly strict: boolean;
}

/** store-element's index `i` is not below `length`: an index equal to it appends to a plain
 *  array while the epoch holds (one further deopts); the runtime's SetKeyed takes what the
 *  inline append leaves (an integrity level, a full LAB). `words`: the tagged array, index
 *  and value, made before the paths part. */
function appendAtLength(b: LirBuilder, n: Node, append: ElementAppend, obj: number, i: number, length: number, words: readonly [number, number, number]): void {
  const fs = n.frameState;
  b.guard('BrCmp32', 0, 'out-of-bounds', fs, imm(Cond.Ne), v(i), v(length));
  guardPlainArray(b, obj, fs);
  const epoch = b.load32(heapAt(Globals.protoEpoch));
  b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(epoch), imm(append.epoch));
  appendElement(b, obj, length, words[2], undefined, () => {
    b.runtimeCallOnWords({ kind: 'heap-op', op: Op.SetKeyed, strict: append.strict }, [...words]);
  });
}

/** Guards that array obj is plain: no properties object (own named properties, or another
 *  prototype than Array.prototype) and no `arguments` object (whose prototype is
 *  Object.prototype). */
function guardPlainArray(b: LirBuilder, obj: number, fs: FrameState | undefined): void {
  const kind = b.load32(heapReg(obj, ObjectLayout.arrayKindOffset));
  b.emit('And32I', 1, v(kind), v(kind), imm(ElementsKind.PropertiesBit | ElementsKind.ArgumentsBit));
  b.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(kind), imm(0));
}

/** A load from a plain array (no own named properties, no other prototype, not `arguments`)
 *  that may meet holes or run past the end: those read undefined, which holds while the
 *  prototype epoch is the one the JIT saw no prototype elements in (guarded only there). A
 *  negative index (a named property "-1") deopts. */
function lowerHoleyLoad(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const [arr, index] = n.inputs;
  const { epoch } = n.aux as { epoch: number };
  const obj = b.heapObjectOfKind(arr, Kind.Array, 'not-an-array', fs);
  guardPlainArray(b, obj, fs);
  const i = b.use(index, 'int32', fs);
  const d = b.define(n);
  const missing = b.newLabel();
  const done = b.newLabel();
  const length = b.load32(heapReg(obj, ObjectLayout.arrayLengthOffset));
  b.emit('BrCmp32', 0, imm(Cond.Ae), v(i), v(length), imm(missing));
  const store = b.load32(heapReg(obj, ObjectLayout.arrayElementsOffset));
  b.emit('Load64', 1, v(d), elementSlot(b, store, i));
  b.emit('BrTag', 0, imm(Cond.Ne), v(d), imm(Tag.Hole), imm(done));
  b.label(missing);
  b.guard('BrCmp32I', 0, 'out-of-bounds', fs, imm(Cond.Lt), v(i), imm(0));
  const current = b.load32(heapAt(Globals.protoEpoch));
  b.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(current), imm(epoch));
  b.emit('MovGI', 1, v(d), imm(0), imm(Tag.Undefined));
  b.label(done);
}

/** Float64Array / Int32Array element load or store: the array's shape (its own slots hold
 *  the length and the heap address of element 0, typed-arrays.ts), an unsigned bounds check,
 *  then the element itself: 8-byte doubles or 4-byte int32s, no boxing. A store converts its
 *  value first (a number to a double; an int32 as it is: anything else deopts). */
function lowerTypedAccess(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const [arr, index, value] = n.inputs;
  const access = n.aux as TypedAccess;
  const obj = b.heapObjectOfKind(arr, Kind.Object, 'wrong-shape', fs);
  const shape = b.load32(heapReg(obj, ObjectLayout.objectShapeOffset));
  b.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(access.shape));
  const i = b.use(index, 'int32', fs);
  const slots = b.load32(heapReg(obj, ObjectLayout.objectSlotsOffset));
  const length = b.load32(heapReg(slots, ObjectLayout.storeValuesOffset + SLOT * TypedArraySlot.length));
  b.guard('BrCmp32', 0, 'out-of-bounds', fs, imm(Cond.Ae), v(i), v(length));
  const base = b.load32(heapReg(slots, ObjectLayout.storeValuesOffset + SLOT * TypedArraySlot.address));
  const at = b.add32(base, b.shl32i(i, access.type === 'float64' ? 3 : 2));
  if (n.op === 'load-typed') {
    b.emit(access.type === 'float64' ? 'LoadF64' : 'Load32', 1, v(b.define(n)), heapReg(at, 0));
    return;
  }
  if (access.type === 'float64') b.emit('StoreF64', 0, v(b.use(value, 'float64', fs)), heapReg(at, 0));
  else b.emit('Store32', 0, v(b.use(value, 'int32', fs)), heapReg(at, 0));
}

/** Widens array obj's values kind (now valuesKind) to at least `to` (Double or Any),
 *  keeping its holey bit, as the runtime's noteValueKind does. */
function widenValuesKind(b: LirBuilder, obj: number, valuesKind: number, to: number): void {
  const wide = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Ge), v(valuesKind), imm(to), imm(wide));
  const kind = b.load32(heapReg(obj, ObjectLayout.arrayKindOffset));
  b.emit('And32I', 1, v(kind), v(kind), imm(~3)); // the holey bit and the integrity bits stay
  b.emit('Or32I', 1, v(kind), v(kind), imm(to));
  b.emit('Store32', 0, v(kind), heapReg(obj, ObjectLayout.arrayKindOffset));
  b.label(wide);
}

