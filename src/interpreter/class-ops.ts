// The interpreter's side of the class, `new` and prototype bytecodes: read the operand
// registers, run the shared generic operation (runtime/class-ops.ts), write the result.
// Kept out of the dispatch loop (dispatch.ts), which routes these opcodes here through runtime-ops.ts.

import { classOp, decodeClassOp } from '../runtime/class-ops';
import type { Runtime, Word } from '../runtime/runtime';

export function runClassOp(rt: Runtime, u32: Uint32Array, code: Int32Array, pc: number, R: number, constants: readonly (number | string)[]): void {
  const ins = decodeClassOp(code, pc, constants);
  const words: Word[] = ins.regs.map((r) => [u32[R + 2 * r + 1], u32[R + 2 * r]]);
  const [hi, lo] = classOp(rt, code[pc], ins.key, ins.imm, words);
  if (ins.dst >= 0) {
    u32[R + 2 * ins.dst] = lo;
    u32[R + 2 * ins.dst + 1] = hi;
  }
}
