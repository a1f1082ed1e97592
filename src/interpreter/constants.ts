// Each function's constant pool as value words, made once when the interpreter starts:
// numbers as their words, strings interned in the heap. LoadConst copies the two words of
// an entry; tiering embeds the same words in compiled code.

import type { BytecodeFunction } from '../bytecode/function';
import type { FunctionProfile } from '../profile/function-profile';
import type { Heap } from '../runtime/heap';
import { Tag } from '../runtime/layout';
import { numberWord } from '../runtime/values';

export class ConstantPools {
  /** Per function id: the tag (high) and payload (low) words of each constant. */
  readonly hi: Uint32Array[] = [];
  readonly lo: Uint32Array[] = [];

  constructor(
    private readonly heap: Heap,
    profiles: readonly FunctionProfile[],
  ) {
    for (const p of profiles) this.materialize(p.fn);
  }

  /** The function's constants as value words. */
  words(functionId: number): { hi: Uint32Array; lo: Uint32Array } {
    return { hi: this.hi[functionId], lo: this.lo[functionId] };
  }

  /** Makes the constants of a function added after start-up (dynamic code). */
  materialize(fn: BytecodeFunction): void {
    const hi = new Uint32Array(fn.constants.length);
    const lo = new Uint32Array(fn.constants.length);
    fn.constants.forEach((c, i) => {
      [hi[i], lo[i]] = typeof c === 'string' ? [Tag.Ptr, this.heap.internString(c)] : numberWord(c);
    });
    this.hi[fn.id] = hi;
    this.lo[fn.id] = lo;
  }
}
