// Graph building for control flow: jumps and branches end the block with their edges
// (a loop back-edge first polls for a pending collection), Return ends it with its value,
// `throw` calls the runtime, which always ends in the exception word, and the bytecodes that
// always throw leave for the interpreter, which throws.

import { Op } from '../../../../bytecode/opcodes';
import { toBoolean } from './arithmetic';
import type { GraphBuilder } from './builder';

/** Jump, JumpLoop. */
export function jump(b: GraphBuilder, { op, target }: { op: number; target: number }, pc: number): boolean {
  // A collection requested while this loop runs: leave for the interpreter, whose next
  // back-edge is a safepoint (the code stays valid).
  if (op === Op.JumpLoop) b.guarded('gc-poll', [], 'tagged', undefined, pc);
  const to = b.blockAt(target);
  b.jumpTo(to);
  b.terminate({ kind: 'goto', target: to });
  return true;
}

/** JumpIfTrue, JumpIfFalse, JumpIfNullish, JumpIfNotNullish, JumpIfObject: a two-way branch. */
export function branch(b: GraphBuilder, { op, cond, target }: { op: number; cond: number; target: number }, pc: number, next: number): boolean {
  const v = b.reg(cond);
  const test =
    op === Op.JumpIfNullish || op === Op.JumpIfNotNullish
      ? b.node('is-nullish', [v], 'bool', undefined, pc)
      : op === Op.JumpIfObject
        ? b.node('is-object', [v], 'bool', undefined, pc)
        : toBoolean(b, v, pc);
  const jumpIfTrue = op === Op.JumpIfTrue || op === Op.JumpIfNullish || op === Op.JumpIfObject;
  const taken = b.blockAt(target);
  const fallthrough = b.blockAt(next);
  const ifTrue = jumpIfTrue ? taken : fallthrough;
  const ifFalse = jumpIfTrue ? fallthrough : taken;
  b.jumpTo(ifTrue);
  b.jumpTo(ifFalse);
  b.terminate({ kind: 'branch', cond: test, ifTrue, ifFalse });
  return true;
}

export function returnValue(b: GraphBuilder, { value }: { value: number }): boolean {
  b.terminate({ kind: 'return', value: b.reg(value) });
  return true;
}

/** Throw, ReThrow (`again`: the exception keeps the origin it was first thrown at). */
export function throwValue(b: GraphBuilder, { value }: { value: number }, pc: number, again = false): boolean {
  b.node('runtime', [b.reg(value)], 'tagged', again ? { kind: 'throw', again } : { kind: 'throw' }, pc);
  b.terminate({ kind: 'none' });
  return true;
}

/** ThrowReferenceError, ThrowConstAssign, ThrowTypeError: the interpreter throws. */
export function alwaysThrows(b: GraphBuilder, pc: number): boolean {
  return b.deoptHere(pc, 'throw');
}
