// Graph building for the expression-syntax bytecodes (spread in `new`, object spread and
// rest, computed accessors and `__proto__` of object literals, tagged-template objects):
// each is a call of its generic runtime operation (runtime/syntax-ops.ts, a 'syntax-op'
// RuntimeOperation), shared with the interpreter. None is on a hot path that a speculation
// would pay for yet: a template object is one cached lookup, a spread a loop over keys, and
// `with` (ToWithObject, WithHas) is sloppy code's dynamic scope, not an idiom of hot code; a
// direct eval compiles its code each time its text is new.

import { Op } from '../../../../bytecode/opcodes';
import type { Instruction } from '../../../../bytecode/operands';
import type { GraphBuilder } from './builder';

type SyntaxInstruction = Extract<Instruction, {
  op: Op.ConstructSpread | Op.CopyDataProperties | Op.DefineKeyedGetter | Op.DefineKeyedSetter | Op.SetLiteralProto | Op.GetTemplateObject
    | Op.ToWithObject | Op.WithHas | Op.IsIntrinsicEval | Op.DirectEval;
}>;

export function syntaxOperation(b: GraphBuilder, ins: SyntaxInstruction, pc: number): boolean {
  const constant = (k: number): string => String(b.fn.constants[k]);
  switch (ins.op) {
    case Op.ConstructSpread:
      return result(b, ins.dst, [ins.callee, ins.array], ins.op, pc, constant(ins.name));
    case Op.CopyDataProperties:
      return effect(b, [ins.target, ins.src, ins.excluded], ins.op, pc);
    case Op.DefineKeyedGetter: case Op.DefineKeyedSetter:
      return effect(b, [ins.obj, ins.key, ins.value], ins.op, pc);
    case Op.SetLiteralProto:
      return effect(b, [ins.obj, ins.value], ins.op, pc);
    case Op.GetTemplateObject:
      return result(b, ins.dst, [], ins.op, pc, constant(ins.site));
    case Op.ToWithObject:
      return result(b, ins.dst, [ins.value], ins.op, pc);
    case Op.WithHas:
      return result(b, ins.dst, [ins.obj], ins.op, pc, constant(ins.name));
    case Op.IsIntrinsicEval:
      return result(b, ins.dst, [ins.value], ins.op, pc);
    case Op.DirectEval:
      return result(b, ins.dst, [ins.code, ins.context, ins.receiver], ins.op, pc, constant(ins.site));
  }
}

function result(b: GraphBuilder, dst: number, regs: number[], op: number, pc: number, key?: string): boolean {
  b.set(dst, b.node('runtime', regs.map((r) => b.reg(r)), 'tagged', { kind: 'syntax-op', op, key }, pc));
  return false;
}

function effect(b: GraphBuilder, regs: number[], op: number, pc: number): boolean {
  b.node('runtime', regs.map((r) => b.reg(r)), 'tagged', { kind: 'syntax-op', op }, pc);
  return false;
}
