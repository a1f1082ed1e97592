// Graph building for the class and `new` bytecodes: `new C(...)` and `super(...)` whose
// target the profile knows become a guard and a direct call of the constructor with the
// construct receiver; ClassEntry, CtorResult, CheckSuperNotCalled and CreateThis become
// nodes that lowering runs inline with the generic class operation as their runtime path;
// the rest stay generic runtime operations (runtime/class-ops.ts), shared with the
// interpreter, whose decoder (decodeClassOp) gives their registers in order.

import { Op } from '../../../../bytecode/opcodes';
import { decodeClassOp, type ClassOpInstruction } from '../../../../runtime/class-ops';
import { NATIVE_FUNCTION_ID_BASE, Tag } from '../../../../runtime/layout';
import type { Node } from '../ir';
import type { GraphBuilder } from './builder';

/** Construct, ClassEntry, CreateThis, DefineClass, DefineMember, SuperGet, SuperConstruct,
 *  CtorResult, InstanceOf, CheckSuperNotCalled: the node, into the destination if any. */
export function classOperation(b: GraphBuilder, op: number, pc: number): boolean {
  const ins = decodeClassOp(b.code, pc, b.fn.constants);
  const inputs = ins.regs.map((r) => b.reg(r));
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

/** `new C(...)` where the site has only constructed class C: a guard on the target and a
 *  call of C with the construct receiver (the hole, carrying new.target = C) that its
 *  ClassEntry prologue expects. */
function constructCall(b: GraphBuilder, pc: number, inputs: Node[]): Node | undefined {
  const src = b.src;
  if (src.failed(pc)) return undefined;
  const target = src.callTarget(pc);
  if (target === undefined || !isClassConstructor(b, target)) return undefined;
  const [callee, ...args] = inputs;
  b.guarded('check-function', [callee], 'tagged', target, pc);
  const receiver = b.node('construct-receiver', [callee], 'tagged', undefined, pc);
  return b.guarded('call', [callee, receiver, ...args], 'tagged', { withThis: true }, pc);
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
