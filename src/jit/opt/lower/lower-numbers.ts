// Lowering of int32 and float64 arithmetic and compares (the speculated cases: overflow,
// -0 and modulus guards deopt), conversions between the number representations, ToInt32
// of doubles, and the Math builtins that compile to a few instructions. Compare-and-branch
// fusion in lower.ts reads compareOperands and the condition tables from here.

import { Op } from '../../../bytecode/opcodes';
import { Builtin } from '../../../bytecode/builtin-ids';
import { Cond, MATH_FUNCTION_ARITY, type MasmOpName } from '../../masm';
import { mathFunctionIndex, mathFunctionOf } from '../math-calls';
import type { Node } from '../ir/ir';
import { DeclineError, type LirBuilder } from './lir-builder';
import type { LArg } from './lir';
import { imm, v } from './lir-operands';

/** i32.*, f64.* arithmetic, to-int32, convert, i32.cmp, f64.cmp. */
export function lowerNumbers(b: LirBuilder, n: Node): void {
  const fs = n.frameState;
  const [a, right] = n.inputs;
  switch (n.op) {
    case 'i32.add':
    case 'i32.sub': {
      const d = b.define(n);
      const x = b.use(a, 'int32', fs);
      if (right.op === 'const' && right.repr === 'int32') {
        b.guard(n.op === 'i32.add' ? 'Add32IOv' : 'Sub32IOv', 1, 'int32-overflow', fs, v(d), v(x), imm(right.aux as number));
      } else {
        const y = b.use(right, 'int32', fs);
        b.guard(n.op === 'i32.add' ? 'Add32Ov' : 'Sub32Ov', 1, 'int32-overflow', fs, v(d), v(x), v(y));
      }
      return;
    }
    case 'i32.mul': {
      const d = b.define(n);
      const x = b.use(a, 'int32', fs);
      const y = b.use(right, 'int32', fs);
      b.guard('Mul32Ov', 1, 'int32-overflow', fs, v(d), v(x), v(y));
      const nonZero = b.newLabel();
      const t = b.newVreg('int32');
      b.emit('BrCmp32I', 0, imm(Cond.Ne), v(d), imm(0), imm(nonZero));
      b.emit('Or32', 1, v(t), v(x), v(y));
      b.guard('BrCmp32I', 0, 'minus-zero', fs, imm(Cond.Lt), v(t), imm(0));
      b.label(nonZero);
      return;
    }
    case 'i32.mod': {
      const x = b.use(a, 'int32', fs);
      const y = b.use(right, 'int32', fs);
      b.guard('BrCmp32I', 0, 'modulus-operands', fs, imm(Cond.Lt), v(x), imm(0));
      b.guard('BrCmp32I', 0, 'modulus-operands', fs, imm(Cond.Le), v(y), imm(0));
      b.emit('Mod32', 1, v(b.define(n)), v(x), v(y));
      return;
    }
    case 'i32.neg': {
      const x = b.use(a, 'int32', fs);
      b.guard('BrCmp32I', 0, 'minus-zero', fs, imm(Cond.Eq), v(x), imm(0));
      b.guard('Neg32Ov', 1, 'int32-overflow', fs, v(b.define(n)), v(x));
      return;
    }
    case 'i32.and': case 'i32.or': case 'i32.xor': case 'i32.shl': case 'i32.sar': case 'i32.shr': {
      const x = b.use(a, 'int32', fs);
      const op = INT_BITWISE[n.op];
      const d = b.define(n);
      if (right.op === 'const' && right.repr === 'int32') b.emit(`${op}I` as MasmOpName, 1, v(d), v(x), imm(right.aux as number));
      else b.emit(op, 1, v(d), v(x), v(b.use(right, 'int32', fs)));
      if (n.op === 'i32.shr') b.guard('BrCmp32I', 0, 'int32-overflow', fs, imm(Cond.Lt), v(d), imm(0));
      return;
    }
    case 'i32.not':
      b.emit('Not32', 1, v(b.define(n)), v(b.use(a, 'int32', fs)));
      return;
    case 'f64.add': case 'f64.sub': case 'f64.mul': case 'f64.div': {
      const x = b.use(a, 'float64', fs);
      const y = b.use(right, 'float64', fs);
      b.emit(F64_BINARY[n.op], 1, v(b.define(n)), v(x), v(y));
      return;
    }
    case 'f64.neg':
      b.emit('NegF64', 1, v(b.define(n)), v(b.use(a, 'float64', fs)));
      return;
    case 'to-int32':
      truncateToInt32(b, b.use(a, 'float64', fs), b.define(n));
      return;
    case 'convert':
      b.bind(n, b.use(a, n.repr, fs));
      return;
    case 'i32.cmp':
    case 'f64.cmp': {
      const { cond, a: x, b: y, kind } = compareOperands(b, n);
      b.emit(SET_OP[kind], 1, imm(cond), v(b.define(n)), x, y);
      return;
    }
    default:
      throw new Error(`lowerNumbers: ${n.op}`);
  }
}

/** The Math builtins lowering inlines (representation selection marked them): floor, ceil,
 *  trunc, round, sqrt, abs, imul, min, max; sin, cos, exp, pow and their kin as direct calls
 *  of V8's own functions (math-calls.ts). */
export function lowerMathBuiltin(b: LirBuilder, n: Node, id: Builtin): void {
  const [a, right] = n.inputs;
  const fs = n.frameState;
  const d = b.define(n);
  switch (id) {
    case Builtin.MathFloor:
    case Builtin.MathCeil:
    case Builtin.MathTrunc: {
      if (n.repr === 'int32') {
        b.emit('MovGG', 1, v(d), v(b.use(a, 'int32', fs)));
        return;
      }
      const op = id === Builtin.MathFloor ? 'FloorF64' : id === Builtin.MathCeil ? 'CeilF64' : 'TruncF64';
      b.emit(op, 1, v(d), v(b.use(a, 'float64', fs)));
      return;
    }
    case Builtin.MathRound:
      if (n.repr === 'int32') {
        b.emit('MovGG', 1, v(d), v(b.use(a, 'int32', fs)));
        return;
      }
      roundHalfUp(b, b.use(a, 'float64', fs), d);
      return;
    case Builtin.MathSqrt:
      b.emit('SqrtF64', 1, v(d), v(b.use(a, 'float64', fs)));
      return;
    case Builtin.MathAbs:
      b.emit('AbsF64', 1, v(d), v(b.use(a, 'float64', fs)));
      return;
    case Builtin.MathImul:
      b.emit('Mul32', 1, v(d), v(b.use(a, 'int32', fs)), v(b.use(right, 'int32', fs)));
      return;
    case Builtin.MathMin:
    case Builtin.MathMax: {
      if (n.repr === 'float64') {
        floatMinMax(b, id === Builtin.MathMax, b.use(a, 'float64', fs), b.use(right, 'float64', fs), d);
        return;
      }
      const x = b.use(a, 'int32', fs);
      const y = b.use(right, 'int32', fs);
      const done = b.newLabel();
      b.emit('MovGG', 1, v(d), v(x));
      b.emit('BrCmp32', 0, imm(id === Builtin.MathMin ? Cond.Le : Cond.Ge), v(x), v(y), imm(done));
      b.emit('MovGG', 1, v(d), v(y));
      b.label(done);
      return;
    }
    default: {
      const fn = mathFunctionOf(id);
      if (fn === undefined) throw new DeclineError(`builtin ${id} marked inline without a lowering`);
      const args = n.inputs.slice(0, MATH_FUNCTION_ARITY(fn)).map((x) => v(b.use(x, 'float64', fs)));
      b.emit('CallMath', 1, v(d), ...args, imm(mathFunctionIndex(fn)));
      return;
    }
  }
}

/** d = Math.round(x): the nearest integer, halves toward +Infinity. ceil(x) is that unless
 *  it lies more than a half above x; the subtraction of 0.5 from an integer-valued double
 *  is exact, so 0.49999999999999994 rounds to 0 (floor(x + 0.5) would give 1), and the
 *  signs come out as V8's: -0 for x in [-0.5, -0], NaN for NaN (no comparison holds). */
function roundHalfUp(b: LirBuilder, x: number, d: number): void {
  const done = b.newLabel();
  const down = b.newLabel();
  b.emit('CeilF64', 1, v(d), v(x));
  const half = b.newVreg('float64');
  b.emit('MovFI', 1, v(half), imm(0), imm(0x3fe00000)); // 0.5
  const lower = b.newVreg('float64');
  b.emit('SubF64', 1, v(lower), v(d), v(half));
  b.emit('BrCmpF64', 0, imm(Cond.FGt), v(lower), v(x), imm(down));
  b.emit('Jump', 0, imm(done));
  b.label(down);
  const one = b.newVreg('float64');
  b.emit('MovFI', 1, v(one), imm(0), imm(0x3ff00000)); // 1
  b.emit('SubF64', 1, v(d), v(d), v(one));
  b.label(done);
}

/** The operands of an i32/f64 compare, converted (and guarded), and its condition. */
export function compareOperands(b: LirBuilder, n: Node): Comparison {
  const [a, right] = n.inputs;
  const fs = n.frameState;
  if (n.op === 'f64.cmp') {
    const x = v(b.use(a, 'float64', fs));
    return { cond: FLOAT_COND.get(n.aux as number)!, a: x, b: v(b.use(right, 'float64', fs)), kind: 'float' };
  }
  const cond = INT_COND.get(n.aux as number)!;
  const x = v(b.use(a, 'int32', fs));
  if (right.op === 'const' && right.repr === 'int32') return { cond, a: x, b: imm(right.aux as number), kind: 'int-imm' };
  return { cond, a: x, b: v(b.use(right, 'int32', fs)), kind: 'int' };
}

/** d = Math.max(x, y) (or Math.min) of doubles: NaN if either is NaN; of equal values
 *  a zero's sign is settled by adding them (max: +0 unless both are -0; min, negated
 *  around it: -0 if either is -0). */
function floatMinMax(b: LirBuilder, max: boolean, x: number, y: number, d: number): void {
  const retX = b.newLabel();
  const retY = b.newLabel();
  const done = b.newLabel();
  b.emit('BrCmpF64', 0, imm(Cond.FNe), v(x), v(x), imm(retX));
  b.emit('BrCmpF64', 0, imm(Cond.FNe), v(y), v(y), imm(retY));
  b.emit('BrCmpF64', 0, imm(Cond.FGt), v(x), v(y), imm(max ? retX : retY));
  b.emit('BrCmpF64', 0, imm(Cond.FLt), v(x), v(y), imm(max ? retY : retX));
  const zero = b.newVreg('float64');
  b.emit('MovFI', 1, v(zero), imm(0), imm(0));
  b.emit('BrCmpF64', 0, imm(Cond.FNe), v(x), v(zero), imm(retX));
  if (max) {
    b.emit('AddF64', 1, v(d), v(x), v(y));
  } else {
    const nx = b.newVreg('float64');
    const ny = b.newVreg('float64');
    b.emit('NegF64', 1, v(nx), v(x));
    b.emit('NegF64', 1, v(ny), v(y));
    b.emit('AddF64', 1, v(nx), v(nx), v(ny));
    b.emit('NegF64', 1, v(d), v(nx));
  }
  b.emit('Jump', 0, imm(done));
  b.label(retX);
  b.emit('MovFF', 1, v(d), v(x));
  b.emit('Jump', 0, imm(done));
  b.label(retY);
  b.emit('MovFF', 1, v(d), v(y));
  b.label(done);
}

/** d = ToInt32(x) for double x: an exact int32 directly; NaN and the infinities give 0;
 *  anything else is truncated and reduced modulo 2^32 in doubles (every step exact), then
 *  read as a signed int32. */
function truncateToInt32(b: LirBuilder, x: number, d: number): void {
  const done = b.newLabel();
  const wide = b.newLabel();
  const zero = b.newLabel();
  const t = b.newVreg('float64');
  b.emit('TruncF64', 1, v(t), v(x));
  b.emit('CvtF64I32', 1, v(d), v(t), imm(wide));
  b.emit('Jump', 0, imm(done));
  b.label(wide);
  const inf = b.newVreg('float64');
  b.emit('SubF64', 1, v(inf), v(t), v(t));
  b.emit('BrCmpF64', 0, imm(Cond.FNe), v(inf), v(inf), imm(zero));
  const scale = b.newVreg('float64');
  const q = b.newVreg('float64');
  b.emit('MovFI', 1, v(scale), imm(0), imm(0x3df00000)); // 2^-32
  b.emit('MulF64', 1, v(q), v(t), v(scale));
  b.emit('FloorF64', 1, v(q), v(q));
  const two32 = b.newVreg('float64');
  b.emit('MovFI', 1, v(two32), imm(0), imm(0x41f00000)); // 2^32
  b.emit('MulF64', 1, v(q), v(q), v(two32));
  const r = b.newVreg('float64');
  b.emit('SubF64', 1, v(r), v(t), v(q)); // t mod 2^32, in [0, 2^32)
  const two31 = b.newVreg('float64');
  b.emit('MovFI', 1, v(two31), imm(0), imm(0x41e00000)); // 2^31
  const low = b.newLabel();
  b.emit('BrCmpF64', 0, imm(Cond.FLt), v(r), v(two31), imm(low));
  b.emit('SubF64', 1, v(r), v(r), v(two32));
  b.label(low);
  b.emit('CvtF64I32', 1, v(d), v(r), imm(zero));
  b.emit('Jump', 0, imm(done));
  b.label(zero);
  b.emit('MovGI', 1, v(d), imm(0), imm(0));
  b.label(done);
}

/** A compare ready to emit: int32 registers, int32 register and immediate, or float64. */
export interface Comparison {
  cond: Cond;
  a: LArg;
  b: LArg;
  kind: 'int' | 'int-imm' | 'float';
}
export const BRANCH_OP: Record<Comparison['kind'], MasmOpName> = { int: 'BrCmp32', 'int-imm': 'BrCmp32I', float: 'BrCmpF64' };
const SET_OP: Record<Comparison['kind'], MasmOpName> = { int: 'SetCmp32', 'int-imm': 'SetCmp32I', float: 'SetCmpF64' };

const INT_COND = new Map<number, Cond>([
  [Op.Lt, Cond.Lt], [Op.Le, Cond.Le], [Op.Gt, Cond.Gt], [Op.Ge, Cond.Ge],
  [Op.Eq, Cond.Eq], [Op.StrictEq, Cond.Eq], [Op.Ne, Cond.Ne], [Op.StrictNe, Cond.Ne],
]);
const FLOAT_COND = new Map<number, Cond>([
  [Op.Lt, Cond.FLt], [Op.Le, Cond.FLe], [Op.Gt, Cond.FGt], [Op.Ge, Cond.FGe],
  [Op.Eq, Cond.FEq], [Op.StrictEq, Cond.FEq], [Op.Ne, Cond.FNe], [Op.StrictNe, Cond.FNe],
]);
/** The condition that holds exactly when `cond` does not (a branch inverted to fall through). */
export const NEGATE = new Map<Cond, Cond>([
  [Cond.Lt, Cond.Ge], [Cond.Ge, Cond.Lt], [Cond.Le, Cond.Gt], [Cond.Gt, Cond.Le], [Cond.Eq, Cond.Ne], [Cond.Ne, Cond.Eq],
  [Cond.FLt, Cond.FNotLt], [Cond.FNotLt, Cond.FLt], [Cond.FLe, Cond.FNotLe], [Cond.FNotLe, Cond.FLe],
  [Cond.FGt, Cond.FNotGt], [Cond.FNotGt, Cond.FGt], [Cond.FGe, Cond.FNotGe], [Cond.FNotGe, Cond.FGe],
  [Cond.FEq, Cond.FNe], [Cond.FNe, Cond.FEq],
]);

const INT_BITWISE: Record<string, MasmOpName> = {
  'i32.and': 'And32', 'i32.or': 'Or32', 'i32.xor': 'Xor32', 'i32.shl': 'Shl32', 'i32.sar': 'Sar32', 'i32.shr': 'Shr32',
};
const F64_BINARY: Record<string, MasmOpName> = { 'f64.add': 'AddF64', 'f64.sub': 'SubF64', 'f64.mul': 'MulF64', 'f64.div': 'DivF64' };
