// What the graph builder reads about the functions it translates (the one being compiled
// and the ones it inlines): bytecode, feedback and the profile's answers, as tiering
// provides them, and how a named site's cache entries read; shared by the builder core,
// every instruction family and the inlining policy.

import type { BytecodeFunction } from '../../../../bytecode/function';
import { IC_ENTRIES, IC_STRIDE } from '../../../../profile/feedback';
import type { CreateThisEntry, InstanceOfEntry, SuperConstructEntry } from '../../../../profile/function-profile';

/** What the builder needs to know about one function: the one being compiled, or one it
 *  inlines. */
export interface FunctionSource {
  fn: BytecodeFunction;
  feedback: (slot: number) => number;
  /** Constant k of the function as a value word. */
  constantWord: (k: number) => [hi: number, lo: number];
  /** True where a speculation at this bytecode offset already failed: compile it one step
   *  more generally (and do not inline a call there). */
  failed: (pc: number) => boolean;
  /** The one function a call site has called so far (call-target feedback), if any. */
  callTarget: (pc: number) => number | undefined;
  /** Shape inline caches of named-access sites (profile/feedback.ts IC layout). */
  ics: Int32Array;
  /** The value of a builtin prototype's data property (Array.prototype.push, ...), a
   *  constant while the prototype epoch stays `epoch` (a program may replace the method). */
  builtinMethod: (receiver: BuiltinReceiver, key: string) => BuiltinMethod | undefined;
  /** A global's value as a constant (a data property of the global object, or undefined
   *  for an absent one under typeof) valid while the prototype epoch stays `epoch` (every
   *  change to the global object bumps it); undefined when it must be looked up. */
  globalValue: (name: string, forTypeof: boolean) => GlobalConstant | undefined;
  /** A named-load site that found its property on prototypes (see ProtoLoad), if it did
   *  for every receiver shape it saw and nothing changed since. */
  protoLoad: (site: number) => ProtoLoad | undefined;
  /** The prototype epoch now when no prototype of a plain array (Array.prototype,
   *  Object.prototype) has an integer-keyed property, so a hole or an index past the end
   *  reads undefined while the epoch stays; undefined when one has. */
  holeEpoch: () => number | undefined;
  /** The prototype epoch a store site's adding entries are valid in (no setter or
   *  read-only property appeared on a prototype since), or undefined when they are stale. */
  storeEpoch: (site: number) => number | undefined;
  /** What a CreateThis site saw (interpreter/construct-feedback.ts), if it recorded any. */
  createThis: (pc: number) => readonly CreateThisEntry[] | undefined;
  /** What an InstanceOf site saw (interpreter/construct-feedback.ts), when it is one
   *  ordinary constructor with answers recorded in the current prototype epoch. */
  instanceOf: (pc: number) => InstanceOfEntry | undefined;
  /** What a SuperConstruct site saw (interpreter/construct-feedback.ts), if anything. */
  superConstruct: (pc: number) => SuperConstructEntry | undefined;
  /** The interned heap string with this text, as a value word (interned strings live as
   *  long as the program). */
  internedString: (text: string) => [hi: number, lo: number];
}

/** Whose builtin prototype a method is read from: Array's, String's or Function's. */
export type BuiltinReceiver = 'array' | 'string' | 'function';

/** The builtin methods whose calls calls.ts compiles to nodes of their own, with the argument
 *  counts it does so for ('any': every count). The inlining policy predicts them, and tiering
 *  remembers the realm's originals (a method the program replaced is called instead). */
export const METHOD_NODES: { readonly [R in BuiltinReceiver]: Readonly<Record<string, readonly number[] | 'any'>> } = {
  array: { push: [1], pop: [0] },
  string: { charCodeAt: [1], charAt: [1], substring: [2], slice: [1, 2] },
  function: { call: 'any' },
};

export interface BuiltinMethod {
  readonly value: [hi: number, lo: number];
  readonly epoch: number;
  /** The value is the method the realm made (not one the program stored there since): only
   *  then may a call of it compile to what that builtin does. */
  readonly original: boolean;
}

export interface GlobalConstant {
  readonly value: [hi: number, lo: number];
  readonly epoch: number;
  /** The global object (the epoch guard's input). */
  readonly holder: [hi: number, lo: number];
}

/** A property read from a prototype, the same value for every receiver shape seen: code
 *  guards the receiver's shape and the prototype epoch, then uses the value as a constant
 *  (a method call becomes a call of a known function). */
export interface ProtoLoad {
  shapes: number[];
  epoch: number;
  value: [hi: number, lo: number];
  /** Data properties that differ between the shapes (a method each class defines): the
   *  value for each shape, in order; `value` is then the first of them. */
  values?: [hi: number, lo: number][];
  /** The function id of `value` (with `values`, of each of them) where it is a function:
   *  a method call of it needs no check that it is one, or dispatches over them. */
  functionIds?: (number | undefined)[];
  /** Set when the property is an accessor: value is its getter, of this function id (the
   *  load is a call of it on the receiver). */
  getterId?: number;
}

export interface BuildInput {
  root: FunctionSource;
  source: (functionId: number) => FunctionSource;
  /** On-stack replacement: code entered at the loop header at this bytecode offset from a
   *  running interpreter frame, instead of at the function's start. */
  osr?: OsrEntry;
}

export interface OsrEntry {
  pc: number;
  /** The tag word of interpreter register r in the frame being replaced: the entry
   *  speculates that numbers stay numbers (unboxed loop variables from the first iteration). */
  registerTag: (r: number) => number;
}

/** The cached entries of a named site: (shape, slot, shape after) per entry, or undefined
 *  before the first or past the last entry (megamorphic). */
export function cachedEntries(src: FunctionSource, site: number): { shape: number; slot: number; after: number }[] | undefined {
  const ics = src.ics;
  const base = site * IC_STRIDE;
  const n = ics[base];
  if (n < 1 || n > IC_ENTRIES) return undefined;
  const entries = [];
  for (let e = 0; e < n; e++) {
    const at = base + 1 + 3 * e;
    entries.push({ shape: ics[at], slot: ics[at + 1], after: ics[at + 2] });
  }
  return entries;
}
