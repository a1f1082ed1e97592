// Deoptimization: a guard in optimized code failed and the deopt stub called here with the
// frame pointer. The exit id names the code and the exit; its frames are rebuilt
// (deopt-frames.ts, mechanism), the policy reacts (deopt-policy.ts: drop the code and
// remember the failed speculation, or keep it), the deopt is counted and traced, and the
// activation finishes in the interpreter from the guard's bytecode offset. Its result goes
// back to the compiled caller. OSR code's activation was entered from a dispatch loop:
// that loop continues it instead.

import { displayName, positionAt } from '../bytecode/function';
import { unpackExitId } from '../jit/deopt/exits';
import { Globals, Tag } from '../runtime/layout';
import { materializeFrames } from './deopt-frames';
import { reactToDeopt } from './deopt-policy';
import type { Tiering } from './tiering';

export function makeDeoptHandler(t: Tiering): (fp: number) => void {
  // One flat closure with few locals, on purpose: the interpreter runs the rest of the
  // activation from here, so this frame stays on the host stack once per nested deopt, and
  // deep recursion under --stress-deopt reaches the host stack's limit. A deeper or larger
  // handler moves where that overflow lands (in a trace write it can wedge process.stderr).
  return (fp: number) => {
    const { heap } = t;
    const id = unpackExitId(heap.u32[Globals.deoptId >> 2]);
    const code = t.codes[id.codeId];
    const exit = code.exits[id.exitIndex];
    const innermostFp = materializeFrames(heap, t.program, fp, code.spillBase, exit.frames);
    const innermost = exit.frames[exit.frames.length - 1];
    const fn = t.program.functions[innermost.functionId];
    const state = t.states[code.functionId];
    t.stats.recordDeopt(exit.reason);
    const action = reactToDeopt(t, code, exit);
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
