// Builtin functions called through the CallBuiltin bytecode (and by compiled code through
// the runtime). They take and return host values, so their semantics are the host's:
// console.log prints exactly as node does because it IS node's console.log.

import { Builtin } from '../bytecode/builtin-ids';
import type { HostValue } from './values';

type Num = (x: unknown) => number;
const num: Num = (x) => Number(x);

export function callBuiltin(id: Builtin, args: HostValue[]): HostValue {
  switch (id) {
    case Builtin.ConsoleLog:
      console.log(...args);
      return undefined;
    case Builtin.MathFloor:
      return Math.floor(num(args[0]));
    case Builtin.MathCeil:
      return Math.ceil(num(args[0]));
    case Builtin.MathRound:
      return Math.round(num(args[0]));
    case Builtin.MathTrunc:
      return Math.trunc(num(args[0]));
    case Builtin.MathAbs:
      return Math.abs(num(args[0]));
    case Builtin.MathSqrt:
      return Math.sqrt(num(args[0]));
    case Builtin.MathMin:
      return Math.min(...args.map(num));
    case Builtin.MathMax:
      return Math.max(...args.map(num));
    case Builtin.MathImul:
      return Math.imul(num(args[0]), num(args[1]));
    case Builtin.MathPow:
      return Math.pow(num(args[0]), num(args[1]));
    case Builtin.MathSign:
      return Math.sign(num(args[0]));
    case Builtin.MathSin:
      return Math.sin(num(args[0]));
    case Builtin.MathCos:
      return Math.cos(num(args[0]));
    case Builtin.MathTan:
      return Math.tan(num(args[0]));
    case Builtin.MathAsin:
      return Math.asin(num(args[0]));
    case Builtin.MathAcos:
      return Math.acos(num(args[0]));
    case Builtin.MathAtan:
      return Math.atan(num(args[0]));
    case Builtin.MathAtan2:
      return Math.atan2(num(args[0]), num(args[1]));
    case Builtin.MathExp:
      return Math.exp(num(args[0]));
    case Builtin.MathLog:
      return Math.log(num(args[0]));
    case Builtin.MathLog2:
      return Math.log2(num(args[0]));
    case Builtin.MathLog10:
      return Math.log10(num(args[0]));
    case Builtin.MathHypot:
      return Math.hypot(...args.map(num));
    case Builtin.MathCbrt:
      return Math.cbrt(num(args[0]));
    case Builtin.MathFround:
      return Math.fround(num(args[0]));
    case Builtin.DateNow:
      return Date.now();
    case Builtin.PerformanceNow:
      return performance.now();
    default:
      throw new Error(`kiln internal error: builtin ${id} has no host implementation`);
  }
}
