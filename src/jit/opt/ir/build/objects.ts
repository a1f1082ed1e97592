// Graph building for object and array literals and the generic heap operations: `{}` and
// [a, b, ...] become allocation nodes that lowering bump-allocates; delete, `in`, spread
// appends, for-in keys, for-of iterables and String() stay calls of the runtime's generic
// operation (a 'heap-op' RuntimeOperation naming the bytecode).

import { Op } from '../../../../bytecode/opcodes';
import { registerRange } from '../../../../bytecode/operands';
import type { GraphBuilder } from './builder';

export function createObject(b: GraphBuilder, { dst }: { dst: number }, pc: number): boolean {
  b.set(dst, b.node('create-object', [], 'tagged', undefined, pc));
  return false;
}

export function createArray(b: GraphBuilder, { dst, items, count }: { dst: number; items: number; count: number }, pc: number): boolean {
  const values = registerRange(items, count).map((r) => b.reg(r));
  b.set(dst, b.node('create-array', values, 'tagged', { kind: 'heap-op', op: Op.CreateArray }, pc));
  return false;
}

/** ArrayPush, ArrayAppend (array literals with spread): the runtime appends; the array is
 *  noted as grown, so super(...array) no longer reads its elements off the literal. */
export function arrayAppend(b: GraphBuilder, { op, array, value }: { op: number; array: number; value: number }, pc: number): boolean {
  b.noteGrownArray(b.reg(array));
  b.node('runtime', [b.reg(array), b.reg(value)], 'tagged', { kind: 'heap-op', op }, pc);
  return false;
}

/** A generic heap operation with a result: dst = op(inputs) in the runtime (DeleteProperty,
 *  HasProperty, ForInKeys, IterableToArray, ForOfIterable, ToString). */
export function heapOperation(b: GraphBuilder, op: number, dst: number, inputs: number[], pc: number): boolean {
  const strict = op === Op.DeleteProperty && b.fn.strict === true ? { strict: true } : {};
  b.set(dst, b.node('runtime', inputs.map((r) => b.reg(r)), 'tagged', { kind: 'heap-op', op, ...strict }, pc));
  return false;
}
