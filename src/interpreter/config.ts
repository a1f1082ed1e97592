// What the interpreter is built from and what it reports upward: its configuration and the
// hooks tiering installs (safepoints, hot functions, compiled and OSR entries). A file of its
// own so that every part of the interpreter can name them without importing interpreter.ts,
// which assembles those parts.

import type { FunctionProfile } from '../profile/function-profile';
import type { Heap } from '../runtime/heap';
import type { Runtime } from '../runtime/runtime';
import type { ValueConverter } from '../runtime/values';

export interface InterpreterHooks {
  /** A collection was requested and the interpreter is at a safepoint; the VM stack is
   *  in use up to byte offset `stackTop`. */
  safepoint(stackTop: number): void;
  /** The function's work counter reached the tier-up threshold (called at most once per
   *  budget; tiering resets `profile.work`/`hot` when it acts). */
  onHot(profile: FunctionProfile): void;
  /** Enter the (compiled) entry of function object fnOffset with its frame at fp. */
  enterNative(fnOffset: number, fp: number): void;
  /** Function object fnOffset (made by compiled code, with the interpreter entry) takes its
   *  function's installed code as its entry, and joins the closures tiering patches. */
  adoptCompiledEntry(fnOffset: number): void;
  /** A back-edge into the loop header at pc, past profile.osrAt: the address of OSR code
   *  for the frame at fp, or 0 to keep interpreting. */
  osr(profile: FunctionProfile, fp: number, pc: number): number;
  /** Run OSR code at `address` on the interpreter frame at fp. */
  enterOsr(address: number, fp: number): void;
}

export interface InterpreterConfig {
  readonly heap: Heap;
  readonly converter: ValueConverter;
  readonly profiles: readonly FunctionProfile[];
  readonly file: string;
  /** Low and high words of the interpreter-entry stub address (entry of uncompiled code). */
  readonly interpreterEntryLo: number;
  readonly interpreterEntryHi: number;
  readonly threshold: number;
  readonly hooks: InterpreterHooks;
  readonly runtime: Runtime;
}
