// Graph building for the class and `new` bytecodes: `new C(...)` and `super(...)` whose
// target the profile knows become a guard and a direct call of the constructor with the
// construct receiver; ClassEntry, CtorResult, CheckSuperNotCalled and CreateThis become
// nodes that lowering runs inline with the generic class operation as their runtime path;
// the rest stay generic runtime operations (runtime/class-ops.ts), shared with the
// interpreter. Called by graph-builder.ts through the small interface below.

import { Op } from '../../../bytecode/opcodes';
import type { ClassOpInstruction } from '../../../runtime/class-ops';
import { NATIVE_FUNCTION_ID_BASE, Tag } from '../../../runtime/layout';
import type { FunctionSource } from './graph-builder';
import type { Node, NodeOp } from './ir';

/** The graph builder's side: the function being translated, node constructors (tagged
 *  results; `guarded` attaches the frame state at pc), and which array literals were added
 *  to (spread arguments) after they were built. */
export interface ClassGraphBuilder {
  src(): FunctionSource;
  source(functionId: number): FunctionSource;
  node(op: NodeOp, inputs: Node[], aux: unknown, pc: number): Node;
  guarded(op: NodeOp, inputs: Node[], aux: unknown, pc: number): Node;
  constTagged(word: [number, number], pc: number): Node;
  isGrownArray(n: Node): boolean;
}

/** The node for class bytecode `op` at pc (decoded as `ins`, its input registers' values
 *  `inputs`); its destination register, if any, takes it. */
export function buildClassOp(b: ClassGraphBuilder, op: number, pc: number, ins: ClassOpInstruction, inputs: Node[]): Node {
  const generic = { kind: 'class-op', op, key: ins.key, imm: ins.imm } as const;
  switch (op) {
    case Op.Construct:
      return constructCall(b, pc, inputs) ?? b.node('runtime', inputs, generic, pc);
    case Op.SuperConstruct:
      return superConstructCall(b, pc, inputs) ?? b.node('runtime', inputs, generic, pc);
    case Op.ClassEntry:
      return b.node('class-entry', inputs, generic, pc);
    case Op.CtorResult:
      return b.node('ctor-result', inputs, generic, pc);
    case Op.CheckSuperNotCalled:
      return b.node('check-super-not-called', inputs, generic, pc);
    case Op.CreateThis: {
      const entries = b.src().failed(pc) ? undefined : b.src().createThis(pc);
      if (entries?.length) return b.node('create-this', inputs, { generic, entries }, pc);
      return b.node('runtime', inputs, generic, pc);
    }
    default:
      return b.node('runtime', inputs, generic, pc);
  }
}

function isClassConstructor(b: ClassGraphBuilder, functionId: number): boolean {
  if (functionId < 0 || functionId >= NATIVE_FUNCTION_ID_BASE) return false;
  const kind = b.source(functionId).fn.kind;
  return kind === 'class' || kind === 'derived-class';
}

/** `new C(...)` where the site has only constructed class C: a guard on the target and a
 *  call of C with the construct receiver (the hole, carrying new.target = C) that its
 *  ClassEntry prologue expects. */
function constructCall(b: ClassGraphBuilder, pc: number, inputs: Node[]): Node | undefined {
  const src = b.src();
  if (src.failed(pc)) return undefined;
  const target = src.callTarget(pc);
  if (target === undefined || !isClassConstructor(b, target)) return undefined;
  const [callee, ...args] = inputs;
  b.guarded('check-function', [callee], target, pc);
  const receiver = b.node('construct-receiver', [callee], undefined, pc);
  return b.guarded('call', [callee, receiver, ...args], { withThis: true }, pc);
}

/** super(...args) with the arguments of an array literal built here (no spread), in a class
 *  whose parent the site has seen: a guard that the class's [[Prototype]] is still that
 *  parent (a class constructor), then a call of it with the construct receiver for
 *  new.target. */
function superConstructCall(b: ClassGraphBuilder, pc: number, inputs: Node[]): Node | undefined {
  const src = b.src();
  const entry = src.failed(pc) ? undefined : src.superConstruct(pc);
  const [cls, newTarget, array] = inputs;
  if (!entry || array.op !== 'create-array' || b.isGrownArray(array)) return undefined;
  if (!isClassConstructor(b, entry.parentId)) return undefined;
  b.guarded('check-super-parent', [cls], entry, pc);
  const parent = b.constTagged([Tag.Ptr, entry.parent], pc);
  const receiver = b.node('construct-receiver', [newTarget], undefined, pc);
  return b.guarded('call', [parent, receiver, ...array.inputs], { withThis: true }, pc);
}
