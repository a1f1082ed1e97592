// Error stacks: the positions of the frames an exception or error passes through, walked
// over VM frame headers from the innermost outwards. Interpreted frames link to their caller
// and its resume offset; a frame called by compiled code (or by the interpreter calling
// compiled code or a native) names the call's bytecode offset and its caller's distance
// below (layout.ts, Frame), so compiled frames appear too. A frame the host entered (a
// constructor run by `new`, a callback of a native such as forEach) is linked here to the
// operation or native that entered it, so the walk goes on through it as V8's does (natives
// print as `Array.forEach (<anonymous>)`). Below the entry module's top level come node's own
// frames (kiln runs the program while node loads bin/kiln.js, so they are the frames node
// prints under any main module). At most Error.stackTraceLimit frames, 10 by default.
// ErrorSites decides where the stack of an error made now starts: at the instruction that
// made it, at the class/`new` operation running, or at the caller of the running native.

import { BUILTIN_NAMES, type Builtin } from '../bytecode/builtin-ids';
import { positionAt } from '../bytecode/function';
import type { FunctionProfile } from '../profile/function-profile';
import { KilnThrow, type ErrorName, type StackEntry } from '../runtime/errors';
import type { Heap } from '../runtime/heap';
import { Frame, NATIVE_FUNCTION_ID_BASE, Region } from '../runtime/layout';
import type { RuntimeCore } from '../runtime/runtime-core';
import { frameText, nodeLocation } from '../runtime/stack-frames';
import type { Word } from '../runtime/word';

export const DEFAULT_STACK_LIMIT = 10;

/** A frame compiled code inlined, as a runtime call in it names it (tiering/runtime-calls.ts). */
export interface InlinedFrame {
  readonly functionId: number;
  readonly pc: number;
  readonly callee: Word;
  readonly receiver: Word;
}

/** Where a frame the host entered was entered from: a VM frame stopped at bytecode offset
 *  pc, or (pc -1) the frame of a running native. */
interface HostLink {
  readonly fp: number;
  readonly pc: number;
  /** The builtin the host ran between them (`JSON.parse`), which V8 lists as a frame. */
  readonly label?: string | null;
}

export class StackTraces {
  /** node's frames below the entry module's top level, as `    at ` lines without the
   *  prefix (pipeline.ts finds them, on first use: formatting a host stack is not free);
   *  empty when kiln does not run as node's main module. */
  hostFrames: () => readonly string[] = () => [];
  /** Frames entered from the host and what entered them, innermost last: entries nest (a
   *  native's callback frame lies above every frame entered before it), so a stack of
   *  plain numbers serves, and a callback costs no allocation (it is every element of
   *  forEach or sort). Index i: hostFps[i] entered from (hostLinkFps[i], hostLinkPcs[i]). */
  private readonly hostFps: number[] = [];
  private readonly hostLinkFps: number[] = [];
  private readonly hostLinkPcs: number[] = [];
  private readonly hostLinkLabels: (string | null)[] = [];
  private hostDepth = 0;
  /** The real return offsets of frames running OSR code (their header says -1 meanwhile). */
  readonly suspendedReturnPcs = new Map<number, number>();
  /** Error.stackTraceLimit now (the interpreter sets it). */
  stackLimit: () => number = () => DEFAULT_STACK_LIMIT;

  constructor(
    private readonly heap: Heap,
    private readonly profiles: readonly FunctionProfile[],
    private readonly rt: RuntimeCore,
  ) {}

  /** The stack of the code that called the frame at fp (empty when the host did). */
  callerStack(fp: number, limit = DEFAULT_STACK_LIMIT, skipUntil = 0): StackEntry[] {
    const next = this.callerOf(fp);
    return next ? this.stackAt(next.fp, next.pc, limit, skipUntil) : [];
  }

  /** Positions of the frames from (fp, pc) outwards, innermost first: interpreted frames,
   *  the compiled ones between them and natives, through host entries, to node's own frames.
   *  With skipUntil (a function object), the frames up to and including its frame are left
   *  out (V8 does so for the constructors an error subclass's `super` passes through). */
  stackAt(fp: number, pc: number, limit = DEFAULT_STACK_LIMIT, skipUntil = 0): StackEntry[] {
    const { u32 } = this.heap;
    const stack: StackEntry[] = [];
    let skipping = skipUntil !== 0;
    for (let guard = 0; stack.length < limit && fp >= Region.vmStackOffset && guard < 100000; guard++) {
      const fw = fp >> 2;
      const fnOffset = u32[fw + 2 * Frame.functionSlot];
      const id = this.heap.functionId(fnOffset);
      const next = this.callerOf(fp);
      if (!skipping) {
        const receiver: Word = [u32[fw + 2 * Frame.thisSlot + 1], u32[fw + 2 * Frame.thisSlot]];
        if (id >= NATIVE_FUNCTION_ID_BASE) {
          if (this.rt.nativeEndsStack(id)) {
            // V8 lists the synchronous frames (node's, under the job) before the async ones.
            this.pushTexts(stack, this.rt.jobFrames(), limit);
            this.pushAsyncCallers(stack, fnOffset, limit);
            break;
          }
          if (!this.rt.nativeHiddenInStack(id)) stack.push({ functionName: this.rt.nativeName(id), file: '', line: 0, column: 0, text: frameText(this.rt, fnOffset, null, receiver, '<anonymous>') });
        } else {
          // The callback the event loop called: node calls a timer's through a key.
          stack.push(this.languageFrame(fnOffset, id, receiver, pc, next ? null : this.rt.jobMethod()));
        }
      } else if (fnOffset === skipUntil) {
        skipping = false;
      }
      if (!next) {
        if (!skipping) this.pushTexts(stack, id === 0 ? this.hostFrames() : this.rt.jobFrames(), limit);
        break;
      }
      if (!skipping && next.label && stack.length < limit) stack.push({ functionName: next.label, file: '', line: 0, column: 0, text: `${next.label} (<anonymous>)` });
      fp = next.fp;
      pc = next.pc;
    }
    return stack;
  }

  /** Frames of node's own code (`    at ` lines without the prefix), up to the limit. */
  private pushTexts(stack: StackEntry[], texts: readonly string[], limit: number): void {
    for (const text of texts) if (stack.length < limit) stack.push({ functionName: '', file: '', line: 0, column: 0, text });
  }

  /** The entry of a frame of function object fnOffset (function id `id`, not a native)
   *  stopped at bytecode offset pc; `method`: the key its caller called it through, when
   *  the receiver does not tell (the event loop's `_onTimeout`). */
  private languageFrame(fnOffset: number, id: number, receiver: Word, pc: number, method: string | null = null): StackEntry {
    const fn = this.profiles[id].fn;
    // kiln's own code standing in for a builtin prints as the native would.
    if (fn.selfHosted) return { functionName: fn.name, file: '', line: 0, column: 0, text: frameText(this.rt, fnOffset, fn, receiver, '<anonymous>') };
    const { line, column } = positionAt(fn, pc);
    const text = frameText(this.rt, fnOffset, fn, receiver, nodeLocation(fn.file, line) ?? `${fn.file}:${line}:${column}`, method);
    return { functionName: fn.name, file: fn.file, line, column, text };
  }

  /** The frames compiled code inlined, innermost first, for the stack of an error raised
   *  in them (each frame's function object and receiver as the code passed them). */
  inlinedStack(frames: readonly InlinedFrame[]): StackEntry[] {
    return frames.map((f) => this.languageFrame(f.callee[1], f.functionId, f.receiver, f.pc));
  }

  /** Below an async function resumed by the event-loop job `job`: V8's `async fn` line for
   *  each async function awaiting it (each awaiting the next), at the await it waits in. */
  private pushAsyncCallers(stack: StackEntry[], job: number, limit: number): void {
    for (const caller of this.rt.asyncCallersOf(job)) {
      if (caller.label !== undefined) {
        if (stack.length >= limit) return;
        stack.push({ functionName: caller.label, file: '', line: 0, column: 0, text: `async ${caller.label}` });
        continue;
      }
      const id = this.heap.functionId(caller.closure);
      if (stack.length >= limit || id >= NATIVE_FUNCTION_ID_BASE) return;
      const fn = this.profiles[id].fn;
      const { line, column } = positionAt(fn, caller.pc);
      const text = `async ${frameText(this.rt, caller.closure, fn, caller.receiver, `${fn.file}:${line}:${column}`)}`;
      stack.push({ functionName: fn.name, file: fn.file, line, column, text });
    }
  }

  /** The frame (and its stop offset) below the frame at fp; null when the host entered it
   *  and nothing in the VM did. */
  private callerOf(fp: number): HostLink | null {
    const w = fp >> 2;
    let returnPc = this.heap.i32[w + 2 * Frame.returnPcSlot];
    if (returnPc === -1) returnPc = this.suspendedReturnPcs.get(fp) ?? -1;
    const link = this.heap.u32[w + 2 * Frame.callerFpSlot];
    if (returnPc >= 0) return { fp: link, pc: returnPc };
    if (returnPc !== -1) return { fp: fp - link, pc: -2 - returnPc };
    for (let i = this.hostDepth - 1; i >= 0; i--) {
      if (this.hostFps[i] === fp) return { fp: this.hostLinkFps[i], pc: this.hostLinkPcs[i], label: this.hostLinkLabels[i] };
    }
    return null;
  }

  /** The label a native left for the frame it enters next (RuntimeCore.nextHostFrameLabel),
   *  taken once. */
  takeHostFrameLabel(): string | null {
    const label = this.rt.nextHostFrameLabel;
    if (label !== null) this.rt.nextHostFrameLabel = null;
    return label;
  }

  /** The frame at fp is entered from the host, from (linkFp, linkPc); popHostLink undoes it. */
  pushHostLink(fp: number, linkFp: number, linkPc: number, label: string | null = null): void {
    const i = this.hostDepth++;
    this.hostFps[i] = fp;
    this.hostLinkFps[i] = linkFp;
    this.hostLinkPcs[i] = linkPc;
    this.hostLinkLabels[i] = label;
  }

  popHostLink(): void {
    this.hostDepth--;
  }
}

/** Where the stack of an error made now starts. The interpreter's own errors name their
 *  instruction; errors made natively (runtime.captureStack) start at the class/`new`
 *  operation running, else at the caller of the running native, else nowhere. */
export class ErrorSites {
  /** The innermost VM frame running host code: a class/`new` operation's frame stopped at
   *  `sitePc`, or (sitePc -1) a native's frame, whose errors start at its caller. */
  private siteFp = 0;
  private sitePc = 0;
  /** The property access (interpreted, or a compiled runtime call) or builtin call running
   *  now that may call language code (a getter or setter, a reviver): its frame, offset, and
   *  the VM stack top it ran with, where a frame it enters from the host starts. A frame
   *  entered at exactly `accessTop` is the accessor's, called from (accessFp, accessPc).
   *  `accessTop` is -1 once the access ends; one that throws leaves it set (the hot path has
   *  no finally) until the dispatch loop's catch or the next access. */
  accessFp = 0;
  accessPc = 0;
  accessTop = -1;
  /** For a builtin call site recorded the same way, the frame V8 shows for the builtin
   *  (`JSON.parse`); null for a property access. */
  accessLabel: string | null = null;

  constructor(readonly stacks: StackTraces) {}

  /** A property access at offset pc of the frame at fp, run with VM stack top `top`: a
   *  getter or setter it calls links to it in stacks (under the frame named `label`). */
  recordAccess(fp: number, pc: number, top: number, label: string | null = null): void {
    this.accessFp = fp;
    this.accessPc = pc;
    this.accessTop = top;
    this.accessLabel = label;
  }

  /** A builtin call (JSON.parse, Object.entries, ...) at offset pc of the frame at fp, run with
   *  VM stack top `top`: language code it calls (a reviver, a getter, toJSON) links to it,
   *  under the frame V8 shows for the builtin. */
  recordBuiltinCall(fp: number, pc: number, top: number, id: Builtin): void {
    this.recordAccess(fp, pc, top, builtinFrameName(id));
  }

  /** The stack of an error the runtime makes now: `limit` frames, leaving out those up to
   *  function object `skipUntil` when it is on the stack. */
  capture(limit = this.stacks.stackLimit(), skipUntil = 0): StackEntry[] {
    if (this.siteFp === 0) return [];
    if (this.sitePc === -1) return this.stacks.callerStack(this.siteFp, limit, skipUntil);
    return this.stacks.stackAt(this.siteFp, this.sitePc, limit, skipUntil);
  }

  /** Runs `body`, a class/`new` operation of the frame at fp at bytecode offset pc
   *  (interpreted, or compiled: then pc is the runtime call's), so that an error it makes
   *  natively gets its stack from there. */
  atOperation(fp: number, pc: number, body: () => void): void {
    const savedFp = this.siteFp;
    const savedPc = this.sitePc;
    this.siteFp = fp;
    this.sitePc = pc;
    try {
      body();
    } finally {
      this.siteFp = savedFp;
      this.sitePc = savedPc;
    }
  }

  /** Runs `body`, the native of the frame at fp. */
  inNative<T>(fp: number, body: () => T): T {
    const savedFp = this.siteFp;
    const savedPc = this.sitePc;
    this.siteFp = fp;
    this.sitePc = -1;
    try {
      return body();
    } catch (e) {
      // An error the native raised: its stack starts at the native's frame (V8's
      // `at Array.reduce (<anonymous>)`).
      if (e instanceof KilnThrow && e.kilnStack.length === 0 && !e.value) {
        const limit = this.stacks.stackLimit();
        const entries = this.stacks.stackAt(fp, 0, limit);
        // A host library call's error: node's own frames stand for the native's.
        if (e.hostFrames !== undefined && entries.length > 0) {
          const host = e.hostFrames.map((text) => ({ functionName: text, file: '', line: 0, column: 0, text }));
          entries.splice(0, 1, ...host);
        }
        e.kilnStack.push(...entries.slice(0, limit));
      }
      throw e;
    } finally {
      this.siteFp = savedFp;
      this.sitePc = savedPc;
    }
  }

  /** Runs `body`, which enters the frame at fp from the host: a stack walk reaching that
   *  frame goes on at the operation or native running now. */
  enteringFrom<T>(fp: number, body: () => T): T {
    if (!this.enterFromHost(fp)) return body();
    try {
      return body();
    } finally {
      this.stacks.popHostLink();
    }
  }

  /** enteringFrom without a closure (a native's callbacks, the hot case): true when a link
   *  was pushed, which the caller pops (leftFromHost) once the frame is done. */
  enterFromHost(fp: number): boolean {
    // A getter or setter a property access calls (a class/`new` operation of the same frame
    // running now is the more recent site).
    if (fp === this.accessTop && !(this.siteFp === this.accessFp && this.sitePc >= 0)) {
      this.stacks.pushHostLink(fp, this.accessFp, this.accessPc, this.accessLabel);
      return true;
    }
    if (this.siteFp === 0) return false;
    this.stacks.pushHostLink(fp, this.siteFp, this.sitePc, this.stacks.takeHostFrameLabel());
    return true;
  }

  leftFromHost(): void {
    this.stacks.popHostLink();
  }

  error(fp: number, pc: number, name: ErrorName, message: string): KilnThrow {
    return this.withStack(new KilnThrow(name, message), fp, pc);
  }

  /** Attaches the positions of the frames from (fp, pc) outwards to an error; `inlined`:
   *  the frames compiled code at (fp, pc) inlined, innermost first, come before them. */
  withStack(e: KilnThrow, fp: number, pc: number, inlined: readonly InlinedFrame[] = []): KilnThrow {
    if (e.kilnStack.length !== 0) return e;
    // A thrown language value needs only where it was thrown (an uncaught report's source
    // line): an error object's own stack was captured when it was made. Walking the whole
    // stack at every `throw` made exceptions used for control flow slow.
    const limit = e.value !== undefined ? Math.min(1, this.stacks.stackLimit()) : this.stacks.stackLimit();
    if (e.atCaller && limit > 0) {
      // The frame it was raised in is not part of it: one more entry, then that one dropped.
      this.attachStack(e, fp, pc, inlined, limit + 1);
      e.kilnStack.shift();
      return e;
    }
    return this.attachStack(e, fp, pc, inlined, limit);
  }

  private attachStack(e: KilnThrow, fp: number, pc: number, inlined: readonly InlinedFrame[], limit: number): KilnThrow {
    if (inlined.length > 0) {
      const inner = this.stacks.inlinedStack(inlined);
      // An inline builtin's error still starts at the builtin's own frame.
      if (e.builtinFrame !== undefined) inner.unshift({ functionName: e.builtinFrame, file: '', line: 0, column: 0, text: `${e.builtinFrame} (<anonymous>)` });
      e.kilnStack.push(...inner.slice(0, limit));
      if (inner.length < limit) e.kilnStack.push(...this.stacks.stackAt(fp, pc, limit - inner.length));
      return e;
    }
    // An inline builtin's error starts at the builtin's own (native) frame, as in V8.
    if (e.builtinFrame !== undefined && limit > 0) {
      e.kilnStack.push({ functionName: e.builtinFrame, file: '', line: 0, column: 0, text: `${e.builtinFrame} (<anonymous>)` });
      e.kilnStack.push(...this.stacks.stackAt(fp, pc, limit - 1));
    } else {
      e.kilnStack.push(...this.stacks.stackAt(fp, pc, limit));
    }
    return e;
  }
}

const builtinFrameNames = new Map<Builtin, string | null>();

/** V8's frame name of a builtin (`JSON.parse`, `Math.max`; a constructor's static method is
 *  `Function.keys`: V8 names the receiver by its type); null for one V8 shows no frame of
 *  (node's own JavaScript, such as process.stdout.write). */
function builtinFrameName(id: Builtin): string | null {
  let name = builtinFrameNames.get(id);
  if (name === undefined) {
    const full = BUILTIN_NAMES[id] ?? '';
    const [holder, method] = full.split('.');
    name = method === undefined ? null : holder === 'JSON' || holder === 'Math' ? full : /^[A-Z]/.test(holder) ? `Function.${method}` : null;
    builtinFrameNames.set(id, name);
  }
  return name;
}
