// Deoptimization: a guard in optimized code failed. The exit's frame state says, for every
// live interpreter register, where its value is (a machine register saved by the deopt
// stub, a spill slot in the VM frame, or a constant) and in which representation; we box
// each into the frame's register slots, let the policy react (drop the code and remember
// the failed speculation, or keep it for --stress-deopt), and finish the activation in the
// interpreter from the guard's bytecode offset. Its result goes back to the compiled caller.
// OSR code's activation was entered from a dispatch loop: that loop continues it instead.

import { displayName, positionAt } from '../bytecode/function';
import type { DeoptFrame, ExitValue } from '../jit/opt/compiler';
import { Frame, Globals, Tag } from '../runtime/layout';
import { numberWord, wordToDouble } from '../runtime/values';
import { speculationKey, type Tiering } from './tiering';

export function makeDeoptHandler(t: Tiering): (fp: number) => void {
  return (fp: number) => {
    const { heap } = t;
    const id = heap.u32[Globals.deoptId >> 2];
    const code = t.codes[id >>> 16];
    const exit = code.exits[id & 0xffff];
    const innermostFp = materializeFrames(t, fp, code.spillBase, exit.frames);
    const innermost = exit.frames[exit.frames.length - 1];
    const fn = t.program.functions[innermost.functionId];
    const state = t.states[code.functionId];
    t.stats.recordDeopt(exit.reason);
    let action: 'invalidate' | 'keep-code' | 'stay-interpreted' = 'keep-code';
    if (exit.reason === 'stress' || exit.reason === 'gc-safepoint' || exit.reason === 'exception') {
      // Nothing was mis-speculated: the code stays valid.
      if (exit.reason === 'stress') heap.u32[Globals.stressCounter >> 2] = t.options.stressDeoptPeriod;
    } else if (exit.reason === 'no-feedback') {
      // Not a failed speculation: recompile once the interpreter has profiled the site.
      if (t.isCurrent(code)) t.invalidate(code.functionId);
      action = 'invalidate';
    } else {
      state.deopts++;
      const key = speculationKey(innermost.functionId, innermost.pc);
      // A receiver of a new shape: the interpreter's cache learns it when the site runs
      // again, so the next code handles it too. A site that misses twice goes generic.
      if (exit.reason === 'wrong-shape' && !state.shapeMisses.has(key)) state.shapeMisses.add(key);
      else state.failedSpeculations.add(key);
      if (t.isCurrent(code)) t.invalidate(code.functionId);
      action = 'invalidate';
      if (state.deopts >= t.options.maxDeopts) {
        state.declined = true;
        action = 'stay-interpreted';
      }
    }
    if (t.options.traceDeopt) {
      const pos = positionAt(fn, innermost.pc);
      t.trace.emit({
        event: 'deopt', function: displayName(fn), reason: exit.reason, bytecodeOffset: innermost.pc,
        line: pos.line, column: pos.column, file: fn.file, count: state.deopts, action,
      });
    }
    // An exception exit rethrows, at the call, what the callee threw.
    const throwing = exit.reason === 'exception' ? t.exceptions.take() : undefined;
    if (code.osrPc !== undefined) {
      // OSR code was entered from a dispatch loop, which goes on with the rebuilt frames.
      heap.setReturnValue(Tag.Undefined, 0);
      t.interpreter.resumeAfterOsrDeopt(innermostFp, innermost.pc, throwing);
      return;
    }
    t.interpreter.run(innermostFp, innermost.pc, throwing);
  };
}

/** Rebuilds the exit's interpreter frames, outermost at fp and each inlined callee right
 *  after its caller's frame, with the callee's header saying "return into the caller at
 *  the call". Returns the innermost frame's address, where the interpreter resumes. */
function materializeFrames(t: Tiering, fp: number, spillBase: number, frames: DeoptFrame[]): number {
  const { heap } = t;
  // Read everything first: the frames below overwrite spill slots and the outgoing area.
  const words = frames.map((f) => f.registers.map((r) => (r ? readValue(t, fp, spillBase, r) : UNDEFINED)));
  const callees = frames.map((f) => (f.callee ? readValue(t, fp, spillBase, f.callee) : UNDEFINED));
  const receivers = frames.map((f) => (f.receiver ? readValue(t, fp, spillBase, f.receiver) : UNDEFINED));
  let frameFp = fp;
  frames.forEach((f, i) => {
    const w = frameFp >> 2;
    if (i > 0) {
      const caller = frames[i - 1];
      heap.u32[w] = callees[i][1];
      heap.u32[w + 1] = callees[i][0];
      heap.u32[w + 2 * Frame.callerFpSlot] = frameFp - frameBytes(t, caller.functionId);
      heap.i32[w + 2 * Frame.returnPcSlot] = caller.pc;
      heap.i32[w + 2 * Frame.argcSlot] = f.argc;
      heap.u32[w + 2 * Frame.thisSlot] = receivers[i][1]; // undefined for a plain call
      heap.u32[w + 2 * Frame.thisSlot + 1] = receivers[i][0];
    }
    const base = w + 2 * Frame.headerSlots;
    for (let r = 0; r < t.program.functions[f.functionId].registerCount; r++) {
      const [hi, lo] = words[i][r] ?? UNDEFINED;
      heap.u32[base + 2 * r] = lo;
      heap.u32[base + 2 * r + 1] = hi;
    }
    if (i < frames.length - 1) frameFp += frameBytes(t, f.functionId);
  });
  return frameFp;
}

const UNDEFINED: [number, number] = [Tag.Undefined, 0];

function frameBytes(t: Tiering, functionId: number): number {
  return 8 * (Frame.headerSlots + t.program.functions[functionId].registerCount);
}

/** The tagged word of an exit value: boxed by its representation, doubles normalized to
 *  int32 where they hold one (as the interpreter stores numbers). */
function readValue(t: Tiering, fp: number, spillBase: number, v: ExitValue): [number, number] {
  if (v.kind === 'const') {
    const value = v.value as number;
    switch (v.repr) {
      case 'tagged':
        return v.value as [number, number];
      case 'int32':
        return [Tag.Int32, value >>> 0];
      case 'bool':
        return [Tag.Bool, value];
      case 'float64':
        return numberWord(value);
    }
  }
  const { heap } = t;
  const l = v.location;
  const at =
    l.kind === 'slot'
      ? fp + spillBase + 8 * l.index
      : (v.repr === 'float64' ? Globals.deoptFprSave : Globals.deoptGprSave) + 8 * l.index;
  const lo = heap.u32[at >> 2];
  const hi = heap.u32[(at >> 2) + 1];
  switch (v.repr) {
    case 'tagged':
      return [hi, lo];
    case 'int32':
      return [Tag.Int32, lo];
    case 'bool':
      return [Tag.Bool, lo & 1];
    case 'float64':
      return numberWord(wordToDouble(hi, lo));
  }
}
