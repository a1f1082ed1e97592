// How language exceptions cross machine code. A callback that machine code made into
// TypeScript (interpreter entry, runtime call, deopt) catches a language exception, parks it
// here and returns the exception word, which compiled code checks after every call: without
// a handler it returns the word to its own caller; in a function with handlers it leaves
// through an exception exit, a deopt whose interpreter frames rethrow at the call. When the
// word comes out of the outermost `enter`, the parked exception is thrown again in TypeScript.
// Parking (rather than leaving a pending N-API exception) keeps N-API usable meanwhile: the
// deopt of an exception exit is itself a callback.

import { asLanguageException, type KilnThrow } from '../runtime/errors';
import type { Heap } from '../runtime/heap';
import { Globals, Tag } from '../runtime/layout';

export class NativeExceptions {
  private pending: KilnThrow | undefined;

  constructor(private readonly heap: Heap) {}

  /** A callback body, run so that a language exception becomes the exception word. */
  guard(body: () => void): void {
    try {
      body();
    } catch (e) {
      const language = asLanguageException(e);
      if (!language) throw e;
      this.pending = language;
      this.heap.setReturnValue(Tag.Exception, 0);
    }
  }

  /** After machine code returned to TypeScript: throws the parked exception if it ended in
   *  the exception word. */
  rethrowIfPending(): void {
    if (this.heap.u32[(Globals.returnValue >> 2) + 1] !== Tag.Exception) return;
    this.heap.setReturnValue(Tag.Undefined, 0);
    throw this.take();
  }

  /** The parked exception (an exception exit's deopt rethrows it in the interpreter). */
  take(): KilnThrow {
    const e = this.pending;
    this.pending = undefined;
    if (!e) throw new Error('kiln internal error: machine code returned the exception word with no exception parked');
    return e;
  }

  /** The parked exception's value, for the GC (a collection cannot run while one is
   *  parked, but the roots say what is held). */
  roots(): number[] {
    const v = this.pending?.value;
    return v && v[0] === Tag.Ptr ? [v[1]] : [];
  }
}
