// What the graph builder inlines. A callee inlines when it is small, has no loops, handlers
// or generators, and uses only instructions the builder translates in place. It may itself
// make calls only when each of them will inline in turn (one level deeper, at most two) or
// become a node of its own (arr.push, s.charCodeAt):
// then no JavaScript call is left inside inlined code, whose frame a stack walk could not
// see. The prediction reads the same feedback the builder will (call targets, prototype
// loads, builtin method feedback); where the builder still meets a call it cannot inline
// inside inlined code, it deopts there instead (calls.ts), and the site is not predicted
// again.

import type { BytecodeFunction } from '../../../../bytecode/function';
import { Op } from '../../../../bytecode/opcodes';
import { decode, instructionWords } from '../../../../bytecode/operands';
import { AccessBits, IC_FUNCTION_BIT, IC_PROTO_BIT } from '../../../../profile/feedback';
import { NATIVE_FUNCTION_ID_BASE } from '../../../../runtime/layout';
import { cachedEntries, METHOD_NODES, type FunctionSource, type ProtoLoad } from './source';

/** Inlining budget: callees without loops or new contexts (forward jumps become blocks of
 *  the caller's graph; property access is specialized on the callee's own caches; context
 *  slots are read and written through the called function object's context). Small ones
 *  (a getter, a predicate) inline anywhere; bigger ones (a method with a few branches, like
 *  V8's 460-byte limit) only into the compiled function itself, and together at most
 *  INLINE_CUMULATIVE_WORDS per compilation, so code size stays bounded. */
export const INLINE_SMALL_WORDS = 64;
const INLINE_MAX_WORDS = 300;
export const INLINE_CUMULATIVE_WORDS = 900;
/** Inlined frames at most below the compiled function: a callee at depth 1 may call
 *  functions inlined at depth 2, which may call only builtin methods that become nodes. */
export const MAX_INLINE_DEPTH = 2;
/** Most targets a polymorphic call site dispatches over (V8's polymorphic inlining limit). */
export const MAX_POLYMORPHIC_TARGETS = 4;

/** Forward control flow (`a || b`, `c ? x : y`, an early return): its callee is built block
 *  by block. */
export const JUMPS = new Set<number>([Op.Jump, Op.JumpIfTrue, Op.JumpIfFalse, Op.JumpIfNullish, Op.JumpIfNotNullish]);
const LEAF_OPS = new Set<number>([
  Op.LoadConst, Op.LoadInt, Op.LoadUndefined, Op.LoadNull, Op.LoadTrue, Op.LoadFalse, Op.LoadHole, Op.Mov,
  Op.CheckHole, Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.Exp, Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl,
  Op.Sar, Op.Shr, Op.Neg, Op.ToNumber, Op.ToNumeric, Op.BitNot, Op.Inc, Op.Dec, Op.Not, Op.TypeOf, Op.Lt, Op.Le, Op.Gt,
  Op.Ge, Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe, Op.CallBuiltin, Op.Return,
  Op.GetNamed, Op.SetNamed, Op.GetKeyed, Op.SetKeyed, Op.LoadThis,
  // Module-level constants and closed-over variables: the callee's own context.
  Op.LoadClosureContext, Op.LoadContextSlot, Op.StoreContextSlot,
  ...JUMPS,
]);
const CALL_OPS = new Set<number>([Op.Call, Op.CallMethod]);

/** 'leaf': inlinable, and makes no JavaScript call; 'calls': inlinable if its calls are. */
type InlineShape = 'leaf' | 'calls' | undefined;

function inlineShape(fn: BytecodeFunction, maxWords: number): InlineShape {
  if (fn.code.length > maxWords || fn.handlers.length > 0 || fn.generator || fn.async) return undefined;
  let returns = false;
  let calls = false;
  for (let pc = 0; pc < fn.code.length; pc += instructionWords(fn.code, pc)) {
    const op = fn.code[pc];
    if (CALL_OPS.has(op)) calls = true;
    else if (!LEAF_OPS.has(op)) return undefined;
    if (op === Op.Return) returns = true;
  }
  return returns ? (calls ? 'calls' : 'leaf') : undefined;
}

/** Does `inner` inline at a call made at inline depth `depth` (0: in the compiled function
 *  itself)? */
export function inlinesAt(inner: FunctionSource, depth: number, source: (functionId: number) => FunctionSource): boolean {
  if (depth >= MAX_INLINE_DEPTH) return false;
  const shape = inlineShape(inner.fn, depth === 0 ? INLINE_MAX_WORDS : INLINE_SMALL_WORDS);
  if (shape === 'leaf') return true;
  // Its calls are translated one level deeper: JavaScript targets must fit there, builtin
  // methods that become nodes (push, charCodeAt, ...) fit anywhere.
  return shape === 'calls' && everyCallInlines(inner, depth + 1, source);
}

/** Will the builder inline every call `src` makes, translated at inline depth `depth`? */
function everyCallInlines(src: FunctionSource, depth: number, source: (functionId: number) => FunctionSource): boolean {
  const code = src.fn.code;
  // The GetNamed that last wrote each register (-1: something else did).
  const loadedBy = new Map<number, number>();
  for (let pc = 0; pc < code.length; pc += instructionWords(code, pc)) {
    if (code[pc] === Op.Call && !targetInlines(src, pc, depth, source)) return false;
    if (code[pc] === Op.CallMethod) {
      const callee = (decode(code, pc) as { callee: number }).callee;
      if (!methodCallInlines(src, pc, loadedBy.get(callee) ?? -1, depth, source)) return false;
    }
    const dst = (decode(code, pc) as { dst?: number }).dst;
    if (dst !== undefined) loadedBy.set(dst, code[pc] === Op.GetNamed ? pc : -1);
  }
  return true;
}

/** A call site with one target so far (call-target feedback) that inlines. */
function targetInlines(src: FunctionSource, pc: number, depth: number, source: (functionId: number) => FunctionSource): boolean {
  const target = src.callTarget(pc);
  if (src.failed(pc) || target === undefined || target < 0 || target >= NATIVE_FUNCTION_ID_BASE) return false;
  return inlinesAt(source(target), depth, source);
}

/** o.m(...) whose m the GetNamed at loadPc loaded: a monomorphic method that inlines, a
 *  polymorphic one whose every method does, or an array's push/pop (nodes of their own). */
function methodCallInlines(src: FunctionSource, pc: number, loadPc: number, depth: number, source: (functionId: number) => FunctionSource): boolean {
  if (loadPc < 0 || src.failed(pc) || src.failed(loadPc)) return false;
  const call = decode(src.fn.code, pc) as { argc: number };
  const load = decode(src.fn.code, loadPc) as { key: number; slot: number };
  const entries = cachedEntries(src, load.slot);
  if (entries === undefined) {
    // No named entries: an array's or a string's builtin method (properties.ts namedLoad)
    // that calls.ts makes a node of its own.
    const bits = src.feedback(load.slot);
    const key = String(src.fn.constants[load.key]);
    const receiver = bits === AccessBits.ArrayLength ? 'array' : bits === AccessBits.StringIndex ? 'string' : undefined;
    const argcs = receiver && Object.hasOwn(METHOD_NODES[receiver], key) ? METHOD_NODES[receiver][key] : undefined;
    return argcs === 'any' || argcs?.includes(call.argc) === true;
  }
  if (entries.some((e) => (e.slot & IC_PROTO_BIT) === 0 || (e.slot & IC_FUNCTION_BIT) !== 0)) return false;
  const proto: ProtoLoad | undefined = src.protoLoad(load.slot);
  if (proto === undefined || proto.getterId !== undefined) return false;
  if (proto.values === undefined) return targetInlines(src, pc, depth, source);
  const ids = new Set(proto.functionIds);
  if (ids.size > MAX_POLYMORPHIC_TARGETS) return false;
  for (const id of ids) if (id === undefined || id >= NATIVE_FUNCTION_ID_BASE || !inlinesAt(source(id), depth, source)) return false;
  return true;
}

/** Does the callee branch (then its body is translated block by block)? */
export function hasJumps(fn: BytecodeFunction): boolean {
  for (let pc = 0; pc < fn.code.length; pc += instructionWords(fn.code, pc)) if (JUMPS.has(fn.code[pc])) return true;
  return false;
}
