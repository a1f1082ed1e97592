// Lowering of calls: a JavaScript call in the VM calling convention (the caller writes the
// callee's frame header and arguments in its outgoing area, after its own frame and spill
// slots, and calls the callee's entry, which moves the frame pointer), the guard that an
// inlined call's target is still the inlined function, runtime calls of generic operations,
// and builtins (inlined Math, `new Array(n)`, else the runtime).

import { Builtin } from '../../../bytecode/builtin-ids';
import { Op } from '../../../bytecode/opcodes';
import { ElementsKind, Frame, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import type { LirBuilder } from './lir-builder';
import { heapReg, imm, outAt, regsBase, SLOT, v } from './lir-operands';
import { lowerMathBuiltin } from './lower-numbers';
import { elementSlot } from './lower-properties';
import { lowerArrayConstruct, lowerCreateClosure, lowerCreateContext } from './lower-objects';
import { lowerAddAny, lowerFromCharCode, lowerToStringAny } from './lower-strings';
import { lowerNumberConvert } from './lower-number-parse';

/** call, check-function, runtime, builtin. */
export function lowerCall(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  switch (n.op) {
    case 'call':
      lowerJsCall(b, n);
      return;
    case 'check-function': {
      const callee = b.use(n.inputs[0], 'tagged');
      b.guard('BrTag', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(callee), imm(Tag.Ptr));
      const target = b.unbox32(callee);
      const kind = b.load32(heapReg(target, ObjectLayout.kindOffset));
      b.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(kind), imm(Kind.Function));
      const id = b.load32(heapReg(target, ObjectLayout.functionIdOffset));
      b.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(id), imm(n.aux as number));
      return;
    }
    case 'runtime': {
      const op = n.aux as RuntimeOperation;
      if (op.kind === 'binary' && op.op === Op.Add) lowerAddAny(b, n);
      else if (op.kind === 'create-context') lowerCreateContext(b, n, op.slots);
      else if (op.kind === 'create-closure') lowerCreateClosure(b, n, op.functionId);
      else if (op.kind === 'heap-op' && op.op === Op.ForOfIterable) lowerForOfIterable(b, n);
      else if (op.kind === 'heap-op' && op.op === Op.HasProperty) lowerHasProperty(b, n);
      else if (op.kind === 'heap-op' && op.op === Op.ToString) lowerToStringAny(b, n, op);
      else b.runtimeCall(op, n.inputs, b.define(n));
      return;
    }
    case 'builtin':
      lowerBuiltin(b, n);
      return;
    default:
      throw new Error(`lowerCall: ${n.op}`);
  }
}

/** ForOfIterable: an array is walked as it is (runtime-core's ForOfIterable gives it back),
 *  with no runtime call; anything else (strings, collections, user iterables) is the
 *  runtime's. */
function lowerForOfIterable(b: LirBuilder, n: Node): void {
  const word = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Ptr), imm(slow));
  const obj = b.unbox32(word);
  const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.Array), imm(slow));
  b.emit('MovGG', 1, v(d), v(word));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** `k in array` (HasProperty) with an int32 key below an array's length whose element is no
 *  hole is true without a runtime call (arrays, `arguments` included, keep their elements
 *  in their store whatever else they have); anything else asks the runtime (holes and
 *  indices past the end look at the prototype chain, proxies run their trap). The
 *  self-hosted Array.prototype methods ask this of every index. */
function lowerHasProperty(b: LirBuilder, n: Node): void {
  const [keyNode, objNode] = n.inputs;
  const key = b.use(keyNode, 'tagged');
  const word = b.use(objNode, 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(key), imm(Tag.Int32), imm(slow));
  b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Ptr), imm(slow));
  const obj = b.unbox32(word);
  const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.Array), imm(slow));
  const index = b.unbox32(key);
  const length = b.load32(heapReg(obj, ObjectLayout.arrayLengthOffset));
  b.emit('BrCmp32', 0, imm(Cond.Ae), v(index), v(length), imm(slow));
  const store = b.load32(heapReg(obj, ObjectLayout.arrayElementsOffset));
  const element = b.newVreg('tagged');
  b.emit('Load64', 1, v(element), elementSlot(b, store, index));
  b.emit('BrTag', 0, imm(Cond.Eq), v(element), imm(Tag.Hole), imm(slow));
  b.emit('MovGI', 1, v(d), imm(1), imm(Tag.Bool));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall(n.aux as RuntimeOperation, n.inputs, d);
  b.label(done);
}

/** Array.isArray(x): an array (its heap kind, but not an `arguments` object, which is one
 *  inside) is true and a primitive or a function false without a runtime call; an object may
 *  be a proxy of an array, which the runtime answers. */
function lowerArrayIsArray(b: LirBuilder, n: Node): void {
  const word = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const yes = b.newLabel();
  const no = b.newLabel();
  const slow = b.newLabel();
  const done = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Ne), v(word), imm(Tag.Ptr), imm(no));
  const obj = b.unbox32(word);
  const kind = b.load32(heapReg(obj, ObjectLayout.kindOffset));
  const array = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.Array), imm(array));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(kind), imm(Kind.Object), imm(slow));
  b.emit('Jump', 0, imm(no));
  b.label(array);
  const elementsKind = b.load32(heapReg(obj, ObjectLayout.arrayKindOffset));
  b.emit('And32I', 1, v(elementsKind), v(elementsKind), imm(ElementsKind.ArgumentsBit));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(elementsKind), imm(0), imm(yes));
  b.label(no);
  b.emit('MovGI', 1, v(d), imm(0), imm(Tag.Bool));
  b.emit('Jump', 0, imm(done));
  b.label(yes);
  b.emit('MovGI', 1, v(d), imm(1), imm(Tag.Bool));
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  b.runtimeCall({ kind: 'builtin', id: Builtin.ArrayIsArray }, n.inputs, d);
  b.label(done);
}

/** A builtin call: inlined when representation selection marked it so, else the runtime. */
function lowerBuiltin(b: LirBuilder, n: Node): void {
  const { id, inline } = n.aux as { id: Builtin; inline: boolean };
  if (!inline) {
    b.runtimeCall({ kind: 'builtin', id }, n.inputs, b.define(n));
    return;
  }
  if (id === Builtin.ArrayConstruct) {
    lowerArrayConstruct(b, n);
    return;
  }
  if (id === Builtin.StringFromCharCode) {
    lowerFromCharCode(b, n);
    return;
  }
  if (id === Builtin.ArrayIsArray) {
    lowerArrayIsArray(b, n);
    return;
  }
  if (id === Builtin.NumberConvert) {
    lowerNumberConvert(b, n);
    return;
  }
  if (id === Builtin.StringConvert) {
    lowerToStringAny(b, n, { kind: 'builtin', id });
    return;
  }
  lowerMathBuiltin(b, n, id);
}

/** A call of a JavaScript function value: guards that it is a function, writes the callee
 *  frame's header and arguments, calls its entry. */
function lowerJsCall(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const aux = n.aux as { withThis?: boolean; knownFunction?: boolean } | undefined;
  const withThis = aux?.withThis === true;
  const [calleeNode, ...rest] = n.inputs;
  const receiver = withThis ? rest[0] : undefined;
  const argNodes = withThis ? rest.slice(1) : rest;
  const callee = b.use(calleeNode, 'tagged');
  if (aux?.knownFunction !== true) b.guard('BrTag', 0, 'not-a-function', fs, imm(Cond.Ne), v(callee), imm(Tag.Ptr));
  const target = b.unbox32(callee);
  if (aux?.knownFunction !== true) {
    const kind = b.load32(heapReg(target, ObjectLayout.kindOffset));
    b.guard('BrCmp32I', 0, 'not-a-function', fs, imm(Cond.Ne), v(kind), imm(Kind.Function));
  }
  b.emit('Store64', 0, v(callee), outAt(Frame.functionSlot * SLOT));
  // The callee's header names this call (error stacks): the caller's distance below is
  // written by emit.ts, which knows the frame size.
  b.emit('Store64I', 0, outAt(Frame.returnPcSlot * SLOT), imm(-2 - b.pc), imm(0));
  b.emit('Store64I', 0, outAt(Frame.argcSlot * SLOT), imm(argNodes.length), imm(0));
  if (receiver) b.emit('Store64', 0, v(b.use(receiver, 'tagged')), outAt(Frame.thisSlot * SLOT));
  else b.emit('Store64I', 0, outAt(Frame.thisSlot * SLOT), imm(0), imm(Tag.Undefined));
  argNodes.forEach((arg, i) => b.emit('Store64', 0, v(b.use(arg, 'tagged')), outAt(regsBase + SLOT * i)));
  b.reserveOutSlots(Frame.headerSlots + argNodes.length);
  const entry = b.load64(heapReg(target, ObjectLayout.functionEntryOffset));
  b.emit('CallJS', 1, v(b.define(n)), v(entry));
}

