// Representation selection: decides which builtin calls are inlined as machine operations
// (from their operands' representations) and gives every phi the narrowest representation
// that holds all its inputs (int32 ⊔ float64 = float64, anything ⊔ tagged = tagged), by
// optimistic fixpoint, so loop counters and accumulators stay unboxed in registers.

import { Builtin } from '../../../bytecode/builtin-ids';
import { MATH_FUNCTION_ARITY } from '../../masm';
import { mathFunctionOf } from '../math-calls';
import type { Graph, Node, Repr } from '../ir/ir';

export function selectRepresentations(g: Graph, mathFunctions: ReadonlySet<string> = new Set()): void {
  for (let round = 0; round < 2; round++) {
    inferPhis(g);
    for (const b of g.blocks) for (const n of b.nodes) if (n.op === 'builtin') typeBuiltin(n, mathFunctions);
  }
  inferPhis(g);
}

function inferPhis(g: Graph): void {
  const phis = g.blocks.flatMap((b) => b.phis);
  const guess = new Map<Node, Repr | undefined>(phis.map((p) => [p, undefined]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const phi of phis) {
      let r: Repr | undefined;
      for (const input of phi.inputs) {
        const ir = guess.has(input) ? guess.get(input) : input.repr;
        if (ir !== undefined) r = r === undefined ? ir : join(r, ir);
      }
      if (r !== guess.get(phi)) {
        guess.set(phi, r);
        changed = true;
      }
    }
  }
  for (const phi of phis) phi.repr = guess.get(phi) ?? 'tagged';
}

function join(a: Repr, b: Repr): Repr {
  if (a === b) return a;
  if ((a === 'int32' && b === 'float64') || (a === 'float64' && b === 'int32')) return 'float64';
  return 'tagged';
}

/** A builtin with a frame state may guard that a tagged operand is a number (lowering
 *  converts it with a deopting check), so tagged operands count as numbers there. */
const numericFor = (n: Node) => (a: Node): boolean => a.repr === 'int32' || a.repr === 'float64' || (a.repr === 'tagged' && n.frameState !== undefined);

/** Sets the repr of a builtin call that lowering will inline; others stay tagged calls.
 *  `new Array(n)`, `String.fromCharCode(c)` and `String(x)` are inlined for any operand
 *  (lowering checks it, with a runtime path). */
function typeBuiltin(n: Node, mathFunctions: ReadonlySet<string>): void {
  const id = (typeof n.aux === 'number' ? n.aux : (n.aux as { id: number }).id) as Builtin;
  const args = n.inputs;
  let repr: Repr | undefined;
  const numeric = numericFor(n);
  const intLike = (a: Node): boolean => a.repr === 'int32' || (a.repr === 'tagged' && n.frameState !== undefined);
  const allInt = args.every(intLike);
  switch (id) {
    case Builtin.MathFloor:
    case Builtin.MathCeil:
    case Builtin.MathTrunc:
    case Builtin.MathRound:
      if (args.length >= 1 && numeric(args[0])) repr = args[0].repr === 'int32' ? 'int32' : 'float64';
      break;
    case Builtin.MathSqrt:
    case Builtin.MathAbs:
      if (args.length >= 1 && numeric(args[0])) repr = 'float64';
      break;
    case Builtin.MathImul:
      if (args.length === 2 && allInt) repr = 'int32';
      break;
    case Builtin.MathMin:
    case Builtin.MathMax:
      // Two int32s stay int32; anything else that is (or may be speculated to be) a number
      // is compared as doubles.
      if (args.length === 2 && args.every((a) => a.repr === 'int32')) repr = 'int32';
      else if (args.length === 2 && args.every(numeric)) repr = 'float64';
      break;
    case Builtin.NumberConvert:
      // Number(x): a double, parsed inline from a plain decimal string (lower-number-parse.ts).
      if (args.length === 1) repr = 'float64';
      break;
    case Builtin.ArrayConstruct:
    case Builtin.ArrayIsArray:
    case Builtin.StringFromCharCode:
    case Builtin.StringConvert:
      if (args.length === 1) repr = 'tagged';
      break;
    default: {
      // Math.sin and its kin: a direct call of V8's own function (CallF64) when this process
      // has it (math-calls.ts).
      const fn = mathFunctionOf(id);
      const arity = fn === undefined ? 0 : MATH_FUNCTION_ARITY(fn);
      if (fn !== undefined && mathFunctions.has(fn) && args.length >= arity && args.slice(0, arity).every(numeric)) repr = 'float64';
      break;
    }
  }
  n.aux = { id, inline: repr !== undefined };
  n.repr = repr ?? 'tagged';
}
