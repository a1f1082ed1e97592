// Runtime calls from compiled code: generic operations on tagged values, allocation of
// contexts and closures, non-inlined builtins, and throwing a stack overflow. Operands are
// tagged words in the caller's outgoing area; the result goes to Globals.returnValue.
// The operations are the interpreter's own slow paths, so both tiers agree on semantics.

import { Op } from '../bytecode/opcodes';
import { genericBinary, genericCompare, genericUnary, identityCompare, isTruthy } from '../interpreter/generic-ops';
import type { Builtin } from '../runtime/builtin-ids';
import { callBuiltin } from '../runtime/builtins';
import { isHeapBuiltin, type Word } from '../runtime/runtime';
import { stackOverflow } from '../runtime/errors';
import { Globals, Tag } from '../runtime/layout';
import { typeOfWord, type ValueConverter } from '../runtime/values';
import type { Tiering } from './tiering';

const COMPARES = new Set<number>([Op.Lt, Op.Le, Op.Gt, Op.Ge, Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe]);

export function makeRuntimeHandler(t: Tiering, conv: ValueConverter): (id: number, fp: number) => void {
  const { heap } = t;
  const ret = Globals.returnValue >> 2;
  return (id: number, fp: number) => {
    const site = t.runtimeSites[id];
    const w = (fp + site.operandOffset) >> 2;
    const arg = (i: number) => conv.read(w + 2 * i);
    const op = site.operation;
    switch (op.kind) {
      case 'binary': {
        if (op.op === Op.Add) {
          const s = t.runtime.addStrings(heap.u32[w + 1], heap.u32[w], heap.u32[w + 3], heap.u32[w + 2]);
          if (s !== 0) return heap.setReturnValue(Tag.Ptr, s);
        }
        const same = identityCompare(heap, op.op, heap.u32[w + 1], heap.u32[w], heap.u32[w + 3], heap.u32[w + 2]);
        if (same !== undefined) heap.setReturnValue(Tag.Bool, same ? 1 : 0);
        else conv.write(ret, COMPARES.has(op.op) ? genericCompare(op.op, arg(0), arg(1)) : genericBinary(op.op, arg(0), arg(1)));
        return;
      }
      case 'unary':
        conv.write(ret, genericUnary(op.op, arg(0)));
        return;
      case 'typeof':
        heap.setReturnValue(Tag.Ptr, heap.internString(typeOfWord(heap, heap.u32[w + 1], heap.u32[w])));
        return;
      case 'builtin': {
        if (isHeapBuiltin(op.id as Builtin)) {
          heap.setReturnValue(...t.runtime.callBuiltin(op.id as Builtin, operandWords(heap.u32, w, site.operandCount)));
          return;
        }
        const args = [];
        for (let i = 0; i < site.operandCount; i++) args.push(arg(i));
        conv.write(ret, callBuiltin(op.id as Builtin, args));
        return;
      }
      case 'create-context':
        heap.setReturnValue(Tag.Ptr, heap.allocContext(op.slots, heap.u32[w + 1], heap.u32[w]));
        return;
      case 'create-closure':
        heap.setReturnValue(Tag.Ptr, t.createClosure(op.functionId, heap.u32[w + 1], heap.u32[w]));
        return;
      case 'to-boolean':
        heap.setReturnValue(Tag.Bool, isTruthy(heap, heap.u32[w + 1], heap.u32[w], w) ? 1 : 0);
        return;
      case 'throw-stack-overflow':
        throw stackOverflow();
      case 'heap-op': {
        heap.setReturnValue(...t.runtime.genericHeapOp(op.op, op.key, operandWords(heap.u32, w, site.operandCount)));
        return;
      }
    }
  };
}

/** The n operand words stored from word index w. */
function operandWords(u32: Uint32Array, w: number, n: number): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < n; i++) words.push([u32[w + 2 * i + 1], u32[w + 2 * i]]);
  return words;
}
