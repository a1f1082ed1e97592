// The generic semantics of the class, `new` and prototype bytecodes (Construct, ClassEntry,
// DefineClass, DefineMember, SuperGet, SuperConstruct, CtorResult, InstanceOf, ...) on value
// words. The interpreter and compiled code (through a runtime call) both run them here, so
// the two tiers cannot disagree; the object-model work itself is in runtime.ts/properties.ts.

import { MemberFlag } from '../bytecode/immediates';
import { Op, OPCODES } from '../bytecode/opcodes';
import { CLASS_FEATURE_OPS, CLASS_FEATURE_STATEMENTS, classFeatureOp } from './class-features';
import { KilnThrow } from './errors';
import { Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import type { Word } from './word';
import { PropFlag } from './shapes';

export const DERIVED_THIS_MESSAGE =
  "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";

const UNDEFINED: Word = [Tag.Undefined, 0];

/** Runs class/`new` opcode `op` on its register operands' words (in operand order; the
 *  destination excluded); `key` is its constant operand, `imm` its immediate. */
export function classOp(rt: RuntimeCore, op: number, key: string | undefined, imm: number, w: Word[]): Word {
  switch (op) {
    case Op.Construct:
      return rt.construct(w[0], w.slice(1), w[0], key!);
    case Op.ClassEntry:
      if (w[0][0] !== Tag.Hole) {
        const e = new KilnThrow('TypeError', `Class constructor ${key} cannot be invoked without 'new'`);
        e.atCaller = true;
        throw e;
      }
      return [Tag.Ptr, w[0][1]];
    case Op.CreateThis:
      return [Tag.Ptr, rt.objects.allocObject(rt.prototypeForNew(w[0]))];
    case Op.DefineClass:
      return rt.defineClass(w[0], w[1]);
    case Op.DefineMember: {
      const flags = imm & MemberFlag.NonEnumerable ? PropFlag.NonEnumerable : 0;
      const accessor = imm & MemberFlag.Getter ? 'get' : imm & MemberFlag.Setter ? 'set' : undefined;
      rt.props.define(w[0][1], key!, w[1][0], w[1][1], flags, accessor);
      return UNDEFINED;
    }
    case Op.SuperGet:
      return rt.superGet(w[0], w[1], key!);
    case Op.SuperGetKeyed:
      return rt.superGet(w[0], w[1], String(rt.props.toKey(w[2][0], w[2][1])));
    case Op.SuperConstruct: {
      const args: Word[] = [];
      const arr = w[2][1];
      for (let i = 0, n = rt.objects.arrayLength(arr); i < n; i++) {
        rt.objects.getElement(arr, i);
        args.push([rt.objects.rhi, rt.objects.rlo]);
      }
      return rt.superConstruct(w[0], w[1], args);
    }
    case Op.CtorResult: {
      const [v, self] = w;
      if (rt.isObjectWord(v)) return v;
      if (imm === 1 && v[0] !== Tag.Undefined) {
        throw new KilnThrow('TypeError', 'Derived constructors may only return object or undefined');
      }
      if (self[0] === Tag.Hole) throw new KilnThrow('ReferenceError', DERIVED_THIS_MESSAGE);
      return self;
    }
    case Op.InstanceOf:
      return [Tag.Bool, rt.instanceOf(w[0], w[1]) ? 1 : 0];
    case Op.CheckSuperNotCalled:
      if (w[0][0] !== Tag.Hole) throw new KilnThrow('ReferenceError', 'Super constructor may only be called once');
      return UNDEFINED;
    case Op.CheckThis:
      if (w[0][0] === Tag.Hole) throw new KilnThrow('ReferenceError', DERIVED_THIS_MESSAGE);
      return UNDEFINED;
    default:
      if (CLASS_FEATURE_OPS.includes(op)) return classFeatureOp(rt, op, key, imm, w);
      throw new Error(`kiln internal error: opcode ${op} is not a class operation`);
  }
}

/** A decoded class opcode: destination register (-1: none), input registers in order,
 *  constant key and immediate. */
export interface ClassOpInstruction {
  dst: number;
  regs: number[];
  key: string | undefined;
  imm: number;
}

export function decodeClassOp(code: Int32Array, pc: number, constants: readonly (number | string)[]): ClassOpInstruction {
  const op = code[pc];
  const kinds = OPCODES[op].operands;
  const hasDestination = op !== Op.DefineMember && op !== Op.CheckSuperNotCalled && op !== Op.CheckThis && !CLASS_FEATURE_STATEMENTS.has(op);
  const out: ClassOpInstruction = { dst: -1, regs: [], key: undefined, imm: 0 };
  for (let i = 0; i < kinds.length; i++) {
    const v = code[pc + 1 + i];
    switch (kinds[i]) {
      case 'r':
        if (i === 0 && hasDestination) out.dst = v;
        else out.regs.push(v);
        break;
      case 'k': out.key = String(constants[v]); break;
      case 'i': out.imm = v; break;
      case 'n': {
        // Construct: the argument range starts at the register before the count.
        const first = out.regs.pop()!;
        for (let a = 0; a < v; a++) out.regs.push(first + a);
        break;
      }
    }
  }
  return out;
}

export const CLASS_OPS: ReadonlySet<number> = new Set([
  Op.Construct, Op.ClassEntry, Op.CreateThis, Op.DefineClass, Op.DefineMember, Op.SuperGet, Op.SuperGetKeyed, Op.SuperConstruct,
  Op.CtorResult, Op.InstanceOf, Op.CheckSuperNotCalled, Op.CheckThis, ...CLASS_FEATURE_OPS,
]);
