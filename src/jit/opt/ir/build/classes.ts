// Graph building for the class and `new` bytecodes: `new C(...)` and `super(...)` whose
// target the profile knows become a guard and a direct call of the constructor with the
// construct receiver; `super.key` goes through its inline cache (properties.ts); ClassEntry, CtorResult, CheckSuperNotCalled and CreateThis become
// nodes that lowering runs inline with the generic class operation as their runtime path;
// the rest stay generic runtime operations (runtime/class-ops.ts), shared with the
// interpreter, whose decoder (decodeClassOp) gives their registers in order.

import { Op } from '../../../../bytecode/opcodes';
import { instructionWords, type InstructionOf } from '../../../../bytecode/operands';
import { IC_ENTRIES, IC_STRIDE } from '../../../../profile/feedback';
import { decodeClassOp, type ClassOpInstruction } from '../../../../runtime/class-ops';
import { NATIVE_FUNCTION_ID_BASE, Tag } from '../../../../runtime/layout';
import type { Node } from '../ir';
import type { GraphBuilder } from './builder';
import { superLoad } from './properties';

/** Construct, ClassEntry, CreateThis, DefineClass, DefineMember, SuperGet, SuperConstruct,
 *  CtorResult, InstanceOf, CheckSuperNotCalled: the node, into the destination if any. */
export function classOperation(b: GraphBuilder, op: number, pc: number): boolean {
  const ins = decodeClassOp(b.code, pc, b.fn.constants);
  const inputs = ins.regs.map((r) => b.reg(r));
  if (op === Op.SuperGet) {
    // super.key through the site's inline cache (its operand after the key).
    const cached = superLoad(b, pc, inputs[0], inputs[1], b.code[pc + 5]);
    if (cached === 'ended') return true;
    if (cached) {
      b.set(ins.dst, cached);
      return false;
    }
  }
  const node = buildClassOp(b, op, pc, ins, inputs);
  if (ins.dst >= 0) b.set(ins.dst, node);
  return false;
}

/** The node for class bytecode `op` at pc (decoded as `ins`, its input registers' values
 *  `inputs`); its destination register, if any, takes it. */
function buildClassOp(b: GraphBuilder, op: number, pc: number, ins: ClassOpInstruction, inputs: Node[]): Node {
  const generic = { kind: 'class-op', op, key: ins.key, imm: ins.imm } as const;
  switch (op) {
    case Op.Construct:
      return constructCall(b, pc, inputs) ?? b.node('runtime', inputs, 'tagged', generic, pc);
    case Op.SuperConstruct:
      return superConstructCall(b, pc, inputs) ?? b.node('runtime', inputs, 'tagged', generic, pc);
    case Op.ClassEntry:
      return b.node('class-entry', inputs, 'tagged', generic, pc);
    case Op.CtorResult:
      return b.node('ctor-result', inputs, 'tagged', generic, pc);
    case Op.CheckSuperNotCalled:
      return b.node('check-super-not-called', inputs, 'tagged', generic, pc);
    case Op.InstanceOf: {
      const entry = b.src.failed(pc) ? undefined : b.src.instanceOf(pc);
      if (entry) return b.guarded('instance-of', inputs, 'bool', { generic, entry }, pc);
      return b.node('runtime', inputs, 'tagged', generic, pc);
    }
    case Op.CreateThis: {
      const entries = b.src.failed(pc) ? undefined : b.src.createThis(pc);
      if (entries?.length) return b.node('create-this', inputs, 'tagged', { generic, entries }, pc);
      return b.node('runtime', inputs, 'tagged', generic, pc);
    }
    default:
      return b.node('runtime', inputs, 'tagged', generic, pc);
  }
}

function isClassConstructor(b: GraphBuilder, functionId: number): boolean {
  if (functionId < 0 || functionId >= NATIVE_FUNCTION_ID_BASE) return false;
  const kind = b.source(functionId).fn.kind;
  return kind === 'class' || kind === 'derived-class';
}

/** `new F(...)` of an ordinary function F that does not read new.target, where the site has
 *  recorded where `this` gets its prototype: `this` allocated as CreateThis does, a call of
 *  F with it, and F's result if an object, else `this`. */
function constructOrdinaryCall(b: GraphBuilder, pc: number, target: number, inputs: Node[]): Node | undefined {
  const fn = b.source(target).fn;
  if ((fn.kind ?? 'normal') !== 'normal' || fn.generator || fn.async || fn.topLevel || fn.code[0] === Op.LoadNewTarget) return undefined;
  const entries = b.src.createThis(pc);
  if (!entries?.length) return undefined;
  const [callee, ...args] = inputs;
  b.guarded('check-function', [callee], 'tagged', target, pc);
  const generic = { kind: 'class-op', op: Op.CreateThis, key: undefined, imm: 0 } as const;
  const self = b.node('create-this', [callee], 'tagged', { generic, entries }, pc);
  const result = b.guarded('call', [callee, self, ...args], 'tagged', { withThis: true }, pc);
  return b.node('construct-result', [result, self], 'tagged', undefined, pc);
}

/** `new C(...)` where the site has only constructed class C: a guard on the target and a
 *  call of C with the construct receiver (the hole, carrying new.target = C) that its
 *  ClassEntry prologue expects. An ordinary function: constructOrdinaryCall. */
function constructCall(b: GraphBuilder, pc: number, inputs: Node[]): Node | undefined {
  const src = b.src;
  if (src.failed(pc)) return undefined;
  const target = src.callTarget(pc);
  if (target === undefined || target < 0 || target >= NATIVE_FUNCTION_ID_BASE) return undefined;
  if (!isClassConstructor(b, target)) return constructOrdinaryCall(b, pc, target, inputs);
  const [callee, ...args] = inputs;
  b.guarded('check-function', [callee], 'tagged', target, pc);
  const receiver = b.node('construct-receiver', [callee], 'tagged', undefined, pc);
  return b.guarded('call', [skipImplicitConstructors(b, pc, callee, target), receiver, ...args], 'tagged', { withThis: true }, pc);
}

/** The constructor `new C(...)` really runs: while C's constructor only forwards its
 *  arguments to its parent (forwardsToParent) and C's own super() site saw that parent, a
 *  guard that C's parent is still it, and the parent instead (V8 omits default constructors
 *  too: the receiver still carries C as new.target, so the instance gets C's prototype). */
function skipImplicitConstructors(b: GraphBuilder, pc: number, callee: Node, target: number): Node {
  let cls = callee;
  let id = target;
  for (let depth = 0; depth < 8; depth++) {
    const src = b.source(id);
    if (src.fn.forwardsToParent !== true) break;
    const superPc = instructionPcs(src.fn.code).find((at) => src.fn.code[at] === Op.SuperConstruct);
    const entry = superPc === undefined || src.failed(superPc) ? undefined : src.superConstruct(superPc);
    if (!entry || !isClassConstructor(b, entry.parentId)) break;
    b.guarded('check-super-parent', [cls], 'tagged', entry, pc);
    cls = b.constTagged([Tag.Ptr, entry.parent], pc);
    id = entry.parentId;
  }
  return cls;
}

function instructionPcs(code: Int32Array): number[] {
  const pcs: number[] = [];
  for (let at = 0; at < code.length; at += instructionWords(code, at)) pcs.push(at);
  return pcs;
}

/** super(...args) with the arguments of an array literal built here (no spread), in a class
 *  whose parent the site has seen: a guard that the class's [[Prototype]] is still that
 *  parent (a class constructor), then a call of it with the construct receiver for
 *  new.target. */
function superConstructCall(b: GraphBuilder, pc: number, inputs: Node[]): Node | undefined {
  const src = b.src;
  const entry = src.failed(pc) ? undefined : src.superConstruct(pc);
  const [cls, newTarget, array] = inputs;
  if (!entry || array.op !== 'create-array' || b.isGrownArray(array)) return undefined;
  if (!isClassConstructor(b, entry.parentId)) return undefined;
  b.guarded('check-super-parent', [cls], 'tagged', entry, pc);
  const parent = b.constTagged([Tag.Ptr, entry.parent], pc);
  const receiver = b.node('construct-receiver', [newTarget], 'tagged', undefined, pc);
  return b.guarded('call', [parent, receiver, ...array.inputs], 'tagged', { withThis: true }, pc);
}

type PrivateInstruction = InstructionOf<Op.GetPrivate> | InstructionOf<Op.SetPrivate> | InstructionOf<Op.CheckPrivateBrand>;

/** GetPrivate, SetPrivate and an instance's CheckPrivateBrand through the site's cache
 *  (interpreter/private-caches.ts) when every entry is for one private name: a guard that
 *  the name register holds that name, then the same shape-guarded slot load or store as
 *  `this.x` (or, for the brand, the shape guard alone). Anything else is the generic
 *  operation; a site that never ran leaves for the interpreter to gather feedback first. */
export function privateAccess(b: GraphBuilder, ins: PrivateInstruction, pc: number): boolean {
  const src = b.src;
  const isStatic = ins.op === Op.CheckPrivateBrand && ins.isStatic !== 0;
  const entries = src.failed(pc) || isStatic ? undefined : privateEntries(src.ics, ins.slot);
  if (entries === 'unprofiled') return b.deoptHere(pc, 'no-feedback');
  if (entries === undefined) return classOperation(b, ins.op, pc);
  const obj = b.reg(ins.obj);
  const name = b.reg(ins.op === Op.CheckPrivateBrand ? ins.brand : ins.name);
  b.guarded('check-private-name', [name], 'tagged', entries.name, pc);
  const slots = entries.slots.map((e) => ({ shape: e.shape, slot: e.slot, after: e.shape }));
  switch (ins.op) {
    case Op.GetPrivate:
      b.set(ins.dst, b.guarded('load-named', [obj], 'tagged', slots, pc));
      break;
    case Op.SetPrivate:
      b.guarded('store-named', [obj, b.reg(ins.value)], 'tagged', slots, pc);
      break;
    case Op.CheckPrivateBrand:
      b.guarded('check-shapes', [obj], 'tagged', slots.map((e) => e.shape), pc);
      break;
  }
  return false;
}

/** The entries of a private-access site, all of one name; 'unprofiled' before the first
 *  access, undefined for a megamorphic site or one that saw several names. */
function privateEntries(ics: Int32Array, site: number): { name: number; slots: { shape: number; slot: number }[] } | 'unprofiled' | undefined {
  const base = site * IC_STRIDE;
  const n = ics[base];
  if (n === 0) return 'unprofiled';
  if (n > IC_ENTRIES) return undefined;
  const name = ics[base + 3];
  const slots = [];
  for (let e = 0; e < n; e++) {
    const at = base + 1 + 3 * e;
    if (ics[at + 2] !== name) return undefined;
    slots.push({ shape: ics[at], slot: ics[at + 1] });
  }
  return { name, slots };
}
