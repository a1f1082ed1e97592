// Which Math builtins compiled code runs as a direct call of V8's own double function
// (masm CallF64, native/entry/math_functions.h): representation selection marks such a call
// inline when the process has the function, and lowering emits the call. Keeping the map
// here lets both passes agree on it.

import { Builtin } from '../../bytecode/builtin-ids';
import { MATH_FUNCTIONS } from '../masm';

export type MathFunction = (typeof MATH_FUNCTIONS)[number];

const BY_BUILTIN = new Map<Builtin, MathFunction>([
  [Builtin.MathSin, 'sin'], [Builtin.MathCos, 'cos'], [Builtin.MathTan, 'tan'],
  [Builtin.MathAsin, 'asin'], [Builtin.MathAcos, 'acos'], [Builtin.MathAtan, 'atan'],
  [Builtin.MathExp, 'exp'], [Builtin.MathLog, 'log'], [Builtin.MathLog2, 'log2'],
  [Builtin.MathLog10, 'log10'], [Builtin.MathCbrt, 'cbrt'], [Builtin.MathAtan2, 'atan2'],
  [Builtin.MathPow, 'pow'],
]);

/** The C function behind builtin `id`, if it is one of them. */
export function mathFunctionOf(id: Builtin): MathFunction | undefined {
  return BY_BUILTIN.get(id);
}

/** Its CallF64 index. */
export function mathFunctionIndex(fn: MathFunction): number {
  return MATH_FUNCTIONS.indexOf(fn);
}
