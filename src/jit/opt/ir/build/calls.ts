// Graph building for calls: a monomorphic call of a function inline-policy.ts accepts is
// inlined (a guard on the target, then the callee's instructions translated in place), a
// polymorphic method call dispatches over its methods, each inlined; arr.push(v), arr.pop(),
// s.charCodeAt(i), s.charAt(i), s.slice and s.substring with the builtin methods become
// nodes of their own; other calls are guarded call nodes (the callee must be a function),
// builtins builtin nodes that lowering may inline, and f(...spread) a runtime call.

import { Op } from '../../../../bytecode/opcodes';
import { decode, instructionWords, registerRange } from '../../../../bytecode/operands';
import type { Node } from '../ir';
import { NATIVE_FUNCTION_ID_BASE, Tag } from '../../../../runtime/layout';
import type { CalleeCase, GraphBuilder } from './builder';
import { hasJumps, INLINE_CUMULATIVE_WORDS, INLINE_SMALL_WORDS, inlinesAt, MAX_POLYMORPHIC_TARGETS } from './inline-policy';
import type { BuiltinReceiver, FunctionSource, ProtoLoad } from './source';

/** Call: r0 = r1(args). */
export function call(b: GraphBuilder, ins: { dst: number; callee: number; args: number; argc: number }, pc: number): boolean {
  const args = [b.reg(ins.callee), ...registerRange(ins.args, ins.argc).map((r) => b.reg(r))];
  const inlined = tryInline(b, pc, args[0], args.slice(1));
  if (inlined === 'ended') return true;
  if (inlined === undefined && b.outer) return b.deoptHere(pc, 'call-in-inlined-code');
  b.set(ins.dst, inlined ?? b.guarded('call', args, 'tagged', undefined, pc));
  return false;
}

/** CallMethod: r0 = r1(args) with this = r2. */
export function callMethod(
  b: GraphBuilder,
  ins: { dst: number; callee: number; receiver: number; args: number; argc: number },
  pc: number,
): boolean {
  const callee = b.reg(ins.callee);
  /** Is the callee this builtin method (loaded as a constant behind a receiver-kind guard)? */
  const calls = (receiver: BuiltinReceiver, key: string): boolean => {
    const method = b.src.builtinMethod(receiver, key);
    return callee.op === 'const' && method !== undefined && method.original && (callee.aux as number[])[1] === method.value[1];
  };
  if (ins.argc === 1 && calls('array', 'push')) {
    // arr.push(v) with Array.prototype.push: append in place (the runtime grows the store).
    b.set(ins.dst, b.guarded('array-push', [b.reg(ins.receiver), b.reg(ins.args)], 'int32', undefined, pc));
    return false;
  }
  if (!b.src.failed(pc) && ins.argc === 0 && calls('array', 'pop')) {
    // arr.pop() with Array.prototype.pop: the last value taken off in place (a hole there or
    // an integrity level deopts, then the site is a call).
    b.set(ins.dst, b.guarded('array-pop', [b.reg(ins.receiver)], 'tagged', undefined, pc));
    return false;
  }
  if (!b.src.failed(pc) && ins.argc === 2 && calls('string', 'substring')) {
    // s.substring(i, i + 1): the one-unit string (another end deopts, then the site is a call).
    b.set(ins.dst, b.guarded('string-substring-unit', [b.reg(ins.receiver), b.reg(ins.args), b.reg(ins.args + 1)], 'tagged', undefined, pc));
    return false;
  }
  if (!b.src.failed(pc) && ins.argc === 1 && (calls('string', 'charCodeAt') || calls('string', 'charAt'))) {
    // s.charCodeAt(i), s.charAt(i): a load of the code unit (an index out of range deopts).
    const op = calls('string', 'charAt') ? 'string-char-at' : 'string-char-code';
    b.set(ins.dst, b.guarded(op, [b.reg(ins.receiver), b.reg(ins.args)], op === 'string-char-at' ? 'tagged' : 'int32', undefined, pc));
    return false;
  }
  if (!b.src.failed(pc) && (ins.argc === 1 || ins.argc === 2) && calls('string', 'slice')) {
    // s.slice(start[, end]): the copy made inline (a non-int32 bound deopts, then the site is a call).
    const inputs = [b.reg(ins.receiver), ...registerRange(ins.args, ins.argc).map((r) => b.reg(r))];
    b.set(ins.dst, b.guarded('string-slice', inputs, 'tagged', { empty: b.src.internedString('') }, pc));
    return false;
  }
  if (!b.src.failed(pc) && !b.outer && calls('function', 'call')) {
    // f.call(thisArg, ...args) with Function.prototype.call: a call of f itself with that
    // receiver (no native in between; f not a function deopts, then the site is a call).
    const thisArg = ins.argc >= 1 ? b.reg(ins.args) : b.constTagged([Tag.Undefined, 0], pc);
    const rest = registerRange(ins.args + 1, Math.max(ins.argc - 1, 0)).map((r) => b.reg(r));
    b.set(ins.dst, b.guarded('call', [b.reg(ins.receiver), thisArg, ...rest], 'tagged', { withThis: true }, pc));
    return false;
  }
  const args = [b.reg(ins.callee), b.reg(ins.receiver), ...registerRange(ins.args, ins.argc).map((r) => b.reg(r))];
  // A monomorphic method call (o.m() with m found on o's prototype) inlines like a call; a
  // polymorphic one dispatches over the methods its receivers' classes define.
  const inlined = tryInline(b, pc, args[0], args.slice(2), args[1]) ?? tryInlinePolymorphic(b, pc, args[0], args.slice(2), args[1]);
  if (inlined === 'ended') return true;
  // Inside inlined code a call would hide the inlined frames from stack walks: the
  // interpreter makes it (inline-policy.ts predicted otherwise; the site is marked).
  if (inlined === undefined && b.outer) return b.deoptHere(pc, 'call-in-inlined-code');
  b.set(ins.dst, inlined ?? b.guarded('call', args, 'tagged', { withThis: true, knownFunction: b.isFunctionConstant(args[0]) }, pc));
  return false;
}

/** o.m() where m came from a prototype load that found a different method per receiver
 *  shape (load-proto-poly): the callee is compared with each method in turn, and each case
 *  is that method inlined (a call of it when it does not inline; inside inlined code every
 *  method must). Not when no method inlines: the plain call is as good. */
function tryInlinePolymorphic(b: GraphBuilder, pc: number, callee: Node, args: Node[], receiver: Node): Node | 'ended' | undefined {
  if (b.src.failed(pc) || callee.op !== 'load-proto-poly') return undefined;
  const load = callee.aux as ProtoLoad;
  if (load.values === undefined || load.functionIds === undefined) return undefined;
  const targets = new Map<number, [number, number]>();
  for (let i = 0; i < load.values.length; i++) {
    const id = load.functionIds[i];
    if (id === undefined || id >= NATIVE_FUNCTION_ID_BASE) return undefined;
    targets.set(id, load.values[i]);
  }
  if (targets.size > MAX_POLYMORPHIC_TARGETS) return undefined;
  const sources = [...targets.keys()].map((id) => b.source(id));
  let planned = 0; // the bigger methods this site will inline count against the budget together
  const inlines = sources.map((s) => {
    const fits = inlinesAt(s, b.inlineDepth, (id) => b.source(id)) && withinBudget(b, s, planned);
    if (fits && s.fn.code.length > INLINE_SMALL_WORDS) planned += s.fn.code.length;
    return fits;
  });
  if (b.outer ? !inlines.every((x) => x) : !inlines.some((x) => x)) return undefined;
  const cases = [...targets].map(([, value], k): CalleeCase => ({
    value,
    emit: () => {
      const known = b.constTagged(value, pc);
      if (!inlines[k]) return b.guarded('call', [known, receiver, ...args], 'tagged', { withThis: true, knownFunction: true }, pc);
      return inlineBody(b, pc, sources[k], known, args, receiver);
    },
  }));
  return b.dispatchOnCallee(callee, cases, pc);
}

/** CallBuiltin: r0 = builtin(args). */
export function callBuiltin(b: GraphBuilder, ins: { dst: number; builtin: number; args: number; argc: number }, pc: number): boolean {
  const args = registerRange(ins.args, ins.argc).map((r) => b.reg(r));
  // With a frame state, representation selection may speculate on tagged operands
  // being numbers (Math.imul(this.seed, k)); once that failed here, it may not.
  const builtin = b.src.failed(pc) ? b.node('builtin', args, 'tagged', ins.builtin, pc) : b.guarded('builtin', args, 'tagged', ins.builtin, pc);
  b.set(ins.dst, builtin);
  return false;
}

/** CallSpread: r0 = r1(...array r3) with this = r2, through the runtime. */
export function callSpread(
  b: GraphBuilder,
  ins: { dst: number; callee: number; receiver: number; array: number; name: number },
  pc: number,
): boolean {
  const name = String(b.fn.constants[ins.name]);
  const args = [b.reg(ins.callee), b.reg(ins.receiver), b.reg(ins.array)];
  b.set(ins.dst, b.node('runtime', args, 'tagged', { kind: 'call-spread', name }, pc));
  return false;
}

/** Inlines a monomorphic call to a small function without loops: a guard that the callee
 *  is that function, then the callee's instructions translated in place with its own
 *  registers (in blocks of their own when it branches); guards inside carry both frames. Returns the callee's result, or undefined
 *  when the site is not inlined ('ended': an instruction in it always deopts, which ends
 *  the caller's block too). */
export function tryInline(b: GraphBuilder, pc: number, callee: Node, args: Node[], receiver?: Node, known?: number): Node | 'ended' | undefined {
  if (b.src.failed(pc)) return undefined;
  const target = known ?? b.src.callTarget(pc);
  if (target === undefined || target < 0 || target >= NATIVE_FUNCTION_ID_BASE) return undefined;
  const inner = b.source(target);
  if (!inlinesAt(inner, b.inlineDepth, (id) => b.source(id)) || !withinBudget(b, inner)) return undefined;
  b.guarded('check-function', [callee], 'tagged', target, pc);
  return inlineBody(b, pc, inner, callee, args, receiver);
}

/** Does the compilation's budget for bigger callees leave room for `inner`, after `planned`
 *  more words? (Only the compiled function's own calls inline callees over
 *  INLINE_SMALL_WORDS.) */
function withinBudget(b: GraphBuilder, inner: FunctionSource, planned = 0): boolean {
  const words = inner.fn.code.length;
  return words <= INLINE_SMALL_WORDS || b.largeInlinedWords + planned + words <= INLINE_CUMULATIVE_WORDS;
}

/** The callee `inner` (known to be `callee`) translated in place of the call at pc. */
function inlineBody(b: GraphBuilder, pc: number, inner: FunctionSource, callee: Node, args: Node[], receiver: Node | undefined): Node | 'ended' {
  if (inner.fn.code.length > INLINE_SMALL_WORDS) b.largeInlinedWords += inner.fn.code.length;
  const state = b.stateAt(pc);
  return b.inline(inner, { state, callee, receiver, argc: args.length }, args, () => {
    if (hasJumps(inner.fn)) return b.inlineBranchingBody();
    for (let ipc = 0; ; ipc += instructionWords(b.code, ipc)) {
      const ins = decode(b.code, ipc);
      if (ins.op === Op.Return) return b.reg(ins.value);
      if (b.translate(ipc, ipc + instructionWords(b.code, ipc))) return 'ended';
    }
  });
}
