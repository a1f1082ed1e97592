// Which registers a bytecode instruction reads and writes, derived from the opcode table
// plus the few opcodes whose register operands are not "first is written, rest are read"
// (register ranges of calls and array literals, property stores, branches). Used by liveness and the graph builder.

import { Op, OPCODES, OPCODE_WORDS } from './opcodes';

export interface RegisterEffects {
  defs: number[];
  uses: number[];
}

export function registerEffects(code: Int32Array, pc: number): RegisterEffects {
  const op = code[pc];
  switch (op) {
    case Op.Call: {
      const uses = [code[pc + 2]];
      for (let i = 0; i < code[pc + 4]; i++) uses.push(code[pc + 3] + i);
      return { defs: [code[pc + 1]], uses };
    }
    case Op.Construct: {
      const uses = [code[pc + 2]];
      for (let i = 0; i < code[pc + 4]; i++) uses.push(code[pc + 3] + i);
      return { defs: [code[pc + 1]], uses };
    }
    case Op.DefineMember:
      return { defs: [], uses: [code[pc + 1], code[pc + 3]] };
    case Op.CheckSuperNotCalled:
    case Op.CheckThis:
      return { defs: [], uses: [code[pc + 1]] };
    case Op.CallMethod: {
      const uses = [code[pc + 2], code[pc + 3]];
      for (let i = 0; i < code[pc + 5]; i++) uses.push(code[pc + 4] + i);
      return { defs: [code[pc + 1]], uses };
    }
    case Op.CreateArray: {
      const uses: number[] = [];
      for (let i = 0; i < code[pc + 3]; i++) uses.push(code[pc + 2] + i);
      return { defs: [code[pc + 1]], uses };
    }
    case Op.SetNamed:
      return { defs: [], uses: [code[pc + 1], code[pc + 3]] };
    case Op.SetKeyed:
      return { defs: [], uses: [code[pc + 1], code[pc + 2], code[pc + 3]] };
    case Op.ArrayPush:
    case Op.ArrayAppend:
      return { defs: [], uses: [code[pc + 1], code[pc + 2]] };
    case Op.CallBuiltin: {
      const uses: number[] = [];
      for (let i = 0; i < code[pc + 4]; i++) uses.push(code[pc + 3] + i);
      return { defs: [code[pc + 1]], uses };
    }
    case Op.Return:
    case Op.Throw:
    case Op.JumpIfTrue:
    case Op.JumpIfFalse:
    case Op.JumpIfNullish:
    case Op.JumpIfNotNullish:
    case Op.CheckHole:
      return { defs: [], uses: [code[pc + 1]] };
    case Op.StoreContextSlot:
      return { defs: [], uses: [code[pc + 1], code[pc + 2]] };
    default: {
      const kinds = OPCODES[op].operands;
      const regs: number[] = [];
      for (let i = 0; i < kinds.length; i++) if (kinds[i] === 'r') regs.push(code[pc + 1 + i]);
      return { defs: regs.slice(0, 1), uses: regs.slice(1) };
    }
  }
}

export function isBlockEnd(op: number): boolean {
  return (
    op === Op.Jump || op === Op.JumpLoop || op === Op.JumpIfTrue || op === Op.JumpIfFalse ||
    op === Op.JumpIfNullish || op === Op.JumpIfNotNullish || op === Op.Return ||
    op === Op.ThrowReferenceError || op === Op.ThrowConstAssign || op === Op.ThrowTypeError || op === Op.Throw
  );
}

/** Jump targets of the instruction at pc (empty for non-jumps). */
export function jumpTargets(code: Int32Array, pc: number): number[] {
  const op = code[pc];
  if (op === Op.Jump || op === Op.JumpLoop) return [code[pc + 1]];
  if (op === Op.JumpIfTrue || op === Op.JumpIfFalse || op === Op.JumpIfNullish || op === Op.JumpIfNotNullish) {
    return [code[pc + 2]];
  }
  return [];
}

export function instructionWords(code: Int32Array, pc: number): number {
  return OPCODE_WORDS[code[pc]];
}
