// Runtime calls from compiled code: generic operations on tagged values, allocation of
// objects, contexts and closures, non-inlined builtins, and throwing a stack overflow.
// Operands are tagged words in the caller's outgoing area; the result goes to
// Globals.returnValue. The operations are the interpreter's own slow paths, so both tiers
// agree on semantics. Each call site gets its own handler, made at its first call, so a
// hot site (an object literal's CreateObject) goes straight to its operation without a
// dispatch on the operation kind or host arrays per call.

import { Op, OPCODES } from '../bytecode/opcodes';
import { isTruthy } from '../interpreter/generic-ops';
import type { InlinedFrame } from '../interpreter/stack-trace';
import type { RuntimeOperation, RuntimeSite } from '../jit/opt/ir/runtime-ops';
import { BUILTIN_NAMES, type Builtin } from '../bytecode/builtin-ids';
import { displayName } from '../bytecode/function';
import { callBuiltin } from '../runtime/builtins';
import { isHeapBuiltin, type Word } from '../runtime/runtime';
import { KilnThrow, stackOverflow, thrownValue } from '../runtime/errors';
import { classOp } from '../runtime/class-ops';
import { syntaxOp } from '../runtime/syntax-ops';
import { ElementsKind, Frame, Globals, Kind, ObjectLayout, Tag } from '../runtime/layout';
import { typeOfWord, type ValueConverter } from '../runtime/values';
import type { Tiering } from './tiering';

const COMPARES = new Set<number>([Op.Lt, Op.Le, Op.Gt, Op.Ge, Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe]);

/** One site's operation: `w` is the word index of its operand 0's low word. */
type SiteHandler = (w: number) => void;

export function makeRuntimeHandler(t: Tiering, conv: ValueConverter): (id: number, fp: number) => void {
  const handlers: SiteHandler[] = [];
  // --stats counts the calls per site (what the JIT left generic, by operation).
  const counts = t.options.stats ? t.stats.runtimeCallsBySite : undefined;
  t.stats.siteLabel = (id) => operationLabel(t.runtimeSites[id].operation);
  t.stats.siteFunction = (id) => {
    const fnId = t.runtimeSites[id].functionId;
    return fnId === undefined ? '?' : displayName(t.program.functions[fnId]);
  };
  return (id: number, fp: number) => {
    const site = t.runtimeSites[id];
    const handler = handlers[id] ?? (handlers[id] = siteHandler(t, conv, site));
    if (counts) counts[id] = (counts[id] ?? 0) + 1;
    const w = (fp + site.operandOffset) >> 2;
    const inlined = site.inlinedFrames;
    // A call back into the language (an object's toString, ...) puts its frame after this
    // frame's outgoing operands (and the inlined frames' words after them).
    try {
      t.interpreter.runAbove(4 * (w + 2 * site.operandCount + 4 * (inlined?.length ?? 0)), handler, w);
    } catch (e) {
      // An error the runtime raised for compiled code: its stack starts at this call, in
      // the innermost function inlined there.
      if (e instanceof KilnThrow && e.kilnStack.length === 0) t.interpreter.withStack(e, fp, site.pc, inlined && inlinedFramesAt(t.heap.u32, w + 2 * site.operandCount, inlined));
      throw e;
    }
  };
}

/** The inlined frames of a runtime call, their callee and receiver words read from after
 *  its operands (word index w). */
function inlinedFramesAt(u32: Uint32Array, w: number, frames: readonly { functionId: number; pc: number }[]): InlinedFrame[] {
  return frames.map((f, i) => ({
    ...f,
    callee: [u32[w + 4 * i + 1], u32[w + 4 * i]],
    receiver: [u32[w + 4 * i + 3], u32[w + 4 * i + 2]],
  }));
}

/** A runtime operation as --stats names it: its kind plus the bytecode or builtin it runs
 *  (`heap-op GetNamed`, `builtin Math.sin`, `class-op Construct`, `to-boolean`). */
function operationLabel(op: RuntimeOperation): string {
  switch (op.kind) {
    case 'binary':
    case 'unary':
    case 'heap-op':
    case 'class-op':
    case 'syntax-op':
      return `${op.kind} ${OPCODES[op.op].name}`;
    case 'builtin':
      return `builtin ${BUILTIN_NAMES[op.id] ?? op.id}`;
    default:
      return op.kind;
  }
}

/** The handler for one site's operation. */
function siteHandler(t: Tiering, conv: ValueConverter, site: RuntimeSite): SiteHandler {
  const { heap } = t;
  const u32 = heap.u32;
  const ret = Globals.returnValue >> 2;
  const count = site.operandCount;
  const op = site.operation;
  switch (op.kind) {
    case 'arguments-array':
      return (w) => {
        const fp = 4 * w - site.operandOffset;
        const argc = heap.i32[(fp >> 2) + 2 * Frame.argcSlot];
        const objects = t.runtime.objects;
        const arr = objects.allocArray(0, Math.max(0, argc - op.from));
        for (let i = op.from, a = (fp >> 2) + 2 * (Frame.headerSlots + op.from); i < argc; i++, a += 2) objects.push(arr, u32[a + 1], u32[a]);
        if (op.isArguments) objects.addKindBits(arr, ElementsKind.ArgumentsBit);
        heap.setReturnValue(Tag.Ptr, arr);
      };
    case 'call-spread':
      return (w) => {
        const fn: Word = [u32[w + 1], u32[w]];
        if (!t.runtime.isCallable(fn)) throw new KilnThrow('TypeError', `${op.name} is not a function`);
        const array = u32[w + 4];
        const objects = t.runtime.objects;
        const args: Word[] = [];
        for (let i = 0, n = objects.arrayLength(array); i < n; i++) {
          objects.getElement(array, i);
          args.push([objects.rhi, objects.rlo]);
        }
        // The callee's frame goes after this frame's outgoing operands.
        const [hi, lo] = t.interpreter.invoke(fn, [u32[w + 3], u32[w + 2]], args);
        heap.setReturnValue(hi, lo);
      };
    case 'binary': {
      const operators = t.runtime.operators;
      if (COMPARES.has(op.op)) {
        return (w) => heap.setReturnValue(Tag.Bool, operators.compare(op.op, [u32[w + 1], u32[w]], [u32[w + 3], u32[w + 2]]) ? 1 : 0);
      }
      return (w) => {
        if (op.op === Op.Add) {
          const s = t.runtime.addStrings(u32[w + 1], u32[w], u32[w + 3], u32[w + 2]);
          if (s !== 0) return heap.setReturnValue(Tag.Ptr, s);
        }
        // Objects convert through their own valueOf/toString (which may run code).
        const [hi, lo] = operators.binary(op.op, [u32[w + 1], u32[w]], [u32[w + 3], u32[w + 2]]);
        heap.setReturnValue(hi, lo);
      };
    }
    case 'unary':
      return (w) => {
        const [hi, lo] = t.runtime.operators.unary(op.op, [u32[w + 1], u32[w]]);
        heap.setReturnValue(hi, lo);
      };
    case 'typeof':
      return (w) => heap.setReturnValue(Tag.Ptr, heap.internString(typeOfWord(heap, u32[w + 1], u32[w])));
    case 'builtin': {
      if (isHeapBuiltin(op.id as Builtin)) {
        return (w) => {
          t.interpreter.recordBuiltinCall(4 * w - site.operandOffset, site.pc, op.id as Builtin);
          const [hi, lo] = t.runtime.callBuiltin(op.id as Builtin, operandWords(u32, w, count));
          t.interpreter.clearAccess();
          heap.setReturnValue(hi, lo);
        };
      }
      return (w) => conv.write(ret, callBuiltin(op.id as Builtin, t.runtime.hostBuiltinArgs(op.id as Builtin, operandWords(u32, w, count))));
    }
    case 'create-context':
      return (w) => heap.setReturnValue(Tag.Ptr, heap.allocContext(op.slots, u32[w + 1], u32[w]));
    case 'create-closure':
      return (w) => heap.setReturnValue(Tag.Ptr, t.createClosure(op.functionId, u32[w + 1], u32[w]));
    case 'flatten-string':
      return (w) => heap.setReturnValue(Tag.Ptr, heap.flatString(u32[w]));
    case 'alloc-string':
      return (w) => {
        const units = u32[w];
        const at = heap.allocObjectBytes(Kind.String, ObjectLayout.stringDataOffset + 2 * units);
        u32[(at >> 2) + 1] = units;
        heap.setReturnValue(Tag.Ptr, at);
      };
    case 'to-boolean':
      return (w) => heap.setReturnValue(Tag.Bool, isTruthy(heap, u32[w + 1], u32[w], w) ? 1 : 0);
    case 'grow-slots':
      return (w) => {
        t.runtime.objects.growSlots(u32[w]);
        heap.setReturnValue(Tag.Undefined, 0);
      };
    case 'throw-stack-overflow':
      return () => {
        throw stackOverflow();
      };
    case 'throw':
      return (w) => {
        const value: Word = [u32[w + 1], u32[w]];
        throw (op.again ? t.runtime.errors.rethrown(value) : undefined) ?? thrownValue(value);
      };
    case 'take-exception':
      return () => {
        const [hi, lo] = t.runtime.errors.caught(t.exceptions.take());
        heap.setReturnValue(hi, lo);
      };
    case 'heap-op': {
      const handler = heapOpHandler(t, site, op.op, op.key, op.strict === true);
      if (!ACCESSOR_OPS.has(op.op)) return handler;
      // A getter or setter the access calls links to the compiled frame in stacks.
      return (w) => {
        t.interpreter.recordAccess(4 * w - site.operandOffset, site.pc);
        handler(w);
        t.interpreter.clearAccess();
      };
    }
    case 'class-op':
      return (w) => {
        const fp = 4 * w - site.operandOffset;
        t.interpreter.atOperation(fp, site.pc, () => {
          const [hi, lo] = classOp(t.runtime, op.op, op.key, op.imm, operandWords(u32, w, count));
          heap.setReturnValue(hi, lo);
        });
      };
    case 'syntax-op':
      return (w) => {
        const fp = 4 * w - site.operandOffset;
        t.interpreter.atOperation(fp, site.pc, () => {
          const [hi, lo] = syntaxOp(t.runtime, op.op, op.key, operandWords(u32, w, count));
          heap.setReturnValue(hi, lo);
        });
      };
  }
}

/** The property accesses that may call a getter or setter. */
const ACCESSOR_OPS: ReadonlySet<number> = new Set([Op.GetNamed, Op.SetNamed, Op.GetKeyed, Op.SetKeyed]);

/** A property, array or object bytecode's generic semantics: the common ones directly on
 *  the operand words, the rest through Runtime.genericHeapOp. */
function heapOpHandler(t: Tiering, site: RuntimeSite, op: number, key: string | undefined, strict: boolean): SiteHandler {
  const { heap } = t;
  const u32 = heap.u32;
  const { objects, props } = t.runtime;
  switch (op) {
    case Op.CreateObject:
      return () => heap.setReturnValue(Tag.Ptr, objects.allocObject());
    case Op.GetNamed:
      return (w) => {
        props.get(u32[w + 1], u32[w], key!);
        heap.setReturnValue(objects.rhi, objects.rlo);
      };
    case Op.SetNamed:
      return (w) => {
        props.set(u32[w + 1], u32[w], key!, u32[w + 3], u32[w + 2], strict);
        heap.setReturnValue(Tag.Undefined, 0);
      };
    default:
      return (w) => {
        const [hi, lo] = t.runtime.genericHeapOp(op, key, operandWords(u32, w, site.operandCount), strict);
        heap.setReturnValue(hi, lo);
      };
  }
}

/** The n operand words stored from word index w. */
function operandWords(u32: Uint32Array, w: number, n: number): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < n; i++) words.push([u32[w + 2 * i + 1], u32[w + 2 * i]]);
  return words;
}
