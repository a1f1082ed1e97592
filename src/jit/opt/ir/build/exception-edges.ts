// How a node inside a `try` of the compiled function reaches its handler when it throws.
// Calls and runtime calls, whose value is the call's result word, throw to the handler in
// compiled code: their result is the exception word when they threw, and the builder
// branches on it right after them (builder.ts branchToHandler) to a landing that takes the
// exception and jumps to the handler's block. Nodes that call out on a slow path and
// post-process the result (an inlined builtin, a comparison that may run valueOf) keep an
// exception state instead: their throw leaves through an exception exit, a deopt whose
// interpreter frames rethrow at the node, so the interpreter's handler runs. Nodes that
// never leave machine code need neither. Inlined code always takes the exit (its frames
// must be unwound first).

import type { NodeOp } from '../ir';
import { RUNS_NO_JAVASCRIPT, type RuntimeOperation } from '../runtime-ops';

export type ExceptionPath = 'none' | 'handler-in-graph' | 'exit';

/** Ops whose lowering never calls out of machine code, so never throws (a failed guard
 *  deopts before anything happened). */
const NEVER_THROWS = new Set<NodeOp>([
  'param', 'const', 'phi',
  'i32.add', 'i32.sub', 'i32.mul', 'i32.mod', 'i32.neg', 'i32.and', 'i32.or', 'i32.xor', 'i32.shl', 'i32.sar', 'i32.shr', 'i32.not',
  'f64.add', 'f64.sub', 'f64.mul', 'f64.div', 'f64.neg', 'f64.sqrt', 'f64.floor', 'f64.ceil', 'f64.trunc', 'f64.abs',
  'i32.cmp', 'f64.cmp', 'tagged.stricteq', 'bool.not', 'is-nullish', 'is-object', 'is-exception',
  'convert', 'to-int32', 'check-hole', 'check-function', 'gc-poll', 'load-this', 'check-proto', 'load-proto-poly',
  'load-named', 'check-shapes', 'check-kind', 'array-length', 'string-length', 'string-char-code', 'string-char-at',
  'string-substring-unit', 'load-element', 'load-element-holey', 'load-typed', 'load-context-slot', 'store-context-slot',
  'closure-context', 'callee', 'argument-count', 'deopt', 'construct-receiver', 'check-private-name', 'check-super-parent',
]);

export function exceptionPath(op: NodeOp, aux: unknown, inlined: boolean): ExceptionPath {
  if (NEVER_THROWS.has(op)) return 'none';
  if (inlined) return 'exit';
  if (op === 'call') return 'handler-in-graph';
  // Those that run no JavaScript can still run out of memory, which the exit reports.
  if (op === 'runtime' && !RUNS_NO_JAVASCRIPT.has((aux as RuntimeOperation).kind)) return 'handler-in-graph';
  return 'exit';
}
