// Bytecode register liveness: which registers are live on entry to each instruction. Frame
// states record only live registers, so dead values are neither kept alive in machine
// registers nor materialized on deopt (a dead register is rewritten before it is read).
// An instruction inside a try range may also continue at its handler, with none of its own
// writes done: what is live at the handler is live before it.

import { handlerAt, type BytecodeFunction } from '../../../bytecode/function';
import { Op } from '../../../bytecode/opcodes';
import { instructionWords, jumpTargets, registerEffects } from '../../../bytecode/operands';

/** liveIn[pc][r] = 1 when register r is live before the instruction at pc. */
export function computeLiveness(fn: BytecodeFunction): Uint8Array[] {
  const code = fn.code;
  const pcs: number[] = [];
  for (let pc = 0; pc < code.length; pc += instructionWords(code, pc)) pcs.push(pc);
  const liveIn: Uint8Array[] = [];
  for (const pc of pcs) liveIn[pc] = new Uint8Array(fn.registerCount);
  const effects = new Map(pcs.map((pc) => [pc, registerEffects(code, pc)]));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = pcs.length - 1; i >= 0; i--) {
      const pc = pcs[i];
      const out = new Uint8Array(fn.registerCount);
      for (const s of successors(code, pc)) {
        const sIn = liveIn[s];
        if (sIn) for (let r = 0; r < out.length; r++) out[r] |= sIn[r];
      }
      const { defs, uses } = effects.get(pc)!;
      for (const d of defs) out[d] = 0;
      for (const u of uses) out[u] = 1;
      const h = fn.handlers.length > 0 ? handlerAt(fn, pc) : undefined;
      if (h) {
        const hIn = liveIn[h.handler];
        for (let r = 0; r < out.length; r++) out[r] |= hIn[r];
      }
      const cur = liveIn[pc];
      for (let r = 0; r < out.length; r++) {
        if (out[r] !== cur[r]) {
          cur[r] = out[r];
          changed = true;
        }
      }
    }
  }
  return liveIn;
}

function successors(code: Int32Array, pc: number): number[] {
  const op = code[pc];
  const next = pc + instructionWords(code, pc);
  switch (op) {
    case Op.Jump:
    case Op.JumpLoop:
      return jumpTargets(code, pc);
    case Op.Return:
    case Op.Throw:
    case Op.ReThrow:
    case Op.ThrowReferenceError:
    case Op.ThrowConstAssign:
    case Op.ThrowTypeError:
      return [];
    default:
      return [next, ...jumpTargets(code, pc)];
  }
}
