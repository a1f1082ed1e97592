// Deopt mechanism: frame materialization (V8's FrameDescription / TranslatedState, LuaJIT's
// snapshot restore). An exit's frame states say, for every live interpreter register, where
// its value is (a machine register the deopt stub saved, a spill slot in the VM frame, or a
// constant) and in which representation; this boxes each into the interpreter frames' slots
// and links inlined frames as calls. It decides nothing about the code: that is
// deopt-policy.ts.

import type { Program } from '../bytecode/function';
import type { DeoptFrame, ExitValue } from '../jit/deopt/exits';
import type { Heap } from '../runtime/heap';
import { Frame, Globals, Tag } from '../runtime/layout';
import { numberWord, wordToDouble } from '../runtime/values';

/** A tagged word as [hi, lo]. */
type TaggedWord = [hi: number, lo: number];

const UNDEFINED: TaggedWord = [Tag.Undefined, 0];

/** Rebuilds the exit's interpreter frames, outermost at fp and each inlined callee right
 *  after its caller's frame, with the callee's header saying "return into the caller at
 *  the call". Returns the innermost frame's address, where the interpreter resumes. */
export function materializeFrames(heap: Heap, program: Program, fp: number, spillBase: number, frames: DeoptFrame[]): number {
  const read = (v: ExitValue | undefined): TaggedWord => (v ? readValue(heap, fp, spillBase, v) : UNDEFINED);
  // Read everything first: the frames below overwrite spill slots and the outgoing area.
  const words = frames.map((f) => f.registers.map(read));
  const callees = frames.map((f) => read(f.callee));
  const receivers = frames.map((f) => read(f.receiver));
  const frameBytes = (functionId: number) => 8 * (Frame.headerSlots + program.functions[functionId].registerCount);
  let frameFp = fp;
  frames.forEach((f, i) => {
    const w = frameFp >> 2;
    if (i > 0) {
      const caller = frames[i - 1];
      heap.u32[w] = callees[i][1];
      heap.u32[w + 1] = callees[i][0];
      heap.u32[w + 2 * Frame.callerFpSlot] = frameFp - frameBytes(caller.functionId);
      heap.i32[w + 2 * Frame.returnPcSlot] = caller.pc;
      heap.i32[w + 2 * Frame.argcSlot] = f.argc;
      heap.u32[w + 2 * Frame.thisSlot] = receivers[i][1]; // undefined for a plain call
      heap.u32[w + 2 * Frame.thisSlot + 1] = receivers[i][0];
    }
    const base = w + 2 * Frame.headerSlots;
    for (let r = 0; r < program.functions[f.functionId].registerCount; r++) {
      const [hi, lo] = words[i][r] ?? UNDEFINED;
      heap.u32[base + 2 * r] = lo;
      heap.u32[base + 2 * r + 1] = hi;
    }
    if (i < frames.length - 1) frameFp += frameBytes(f.functionId);
  });
  return frameFp;
}

/** The tagged word of an exit value: boxed by its representation, doubles normalized to
 *  int32 where they hold one (as the interpreter stores numbers). */
function readValue(heap: Heap, fp: number, spillBase: number, v: ExitValue): TaggedWord {
  if (v.kind === 'const') {
    const value = v.value as number;
    switch (v.repr) {
      case 'tagged':
        return v.value as TaggedWord;
      case 'int32':
        return [Tag.Int32, value >>> 0];
      case 'bool':
        return [Tag.Bool, value];
      case 'float64':
        return numberWord(value);
    }
  }
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
