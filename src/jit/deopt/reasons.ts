// THE list of deoptimization reasons: a closed set, each with the name that --trace-deopt
// and the JSON schema print, what a deopt for it does to the code that took it, and a
// sentence a person can act on. Every guard and exit in the optimizing compiler names one
// of these (a typo is a type error); the deopt policy in tiering/ reads the outcome; the
// README's table is this table.

/** What a deopt does to the optimized code it left:
 *  - `keep`: nothing was mis-speculated, the code stays installed;
 *  - `recompile`: the code is dropped and compiled again once hot, with nothing held
 *    against the site (not counted toward --max-deopts);
 *  - `despeculate`: a speculation failed: the code is dropped, the site is remembered so the
 *    next code does not speculate on it, and the deopt counts toward --max-deopts. */
export type DeoptOutcome = 'keep' | 'recompile' | 'despeculate';

export interface DeoptReasonInfo {
  readonly name: string;
  readonly outcome: DeoptOutcome;
  readonly text: string;
}

export const DEOPT_REASONS = [
  { name: 'int32-overflow', outcome: 'despeculate', text: 'int32 arithmetic overflowed; the site will be compiled for doubles' },
  { name: 'not-int32', outcome: 'despeculate', text: 'a value speculated to be an int32 was something else (a double, a string, ...)' },
  { name: 'not-number', outcome: 'despeculate', text: 'a value speculated to be a number was not one (a string, undefined, ...)' },
  { name: 'minus-zero', outcome: 'despeculate', text: 'an int32 operation would have produced -0, which only a double can hold' },
  { name: 'lost-precision', outcome: 'despeculate', text: 'a double speculated to hold an int32 had a fraction or was out of range' },
  { name: 'modulus-operands', outcome: 'despeculate', text: 'int32 % was compiled for a non-negative dividend and a positive divisor' },
  { name: 'wrong-call-target', outcome: 'despeculate', text: 'an inlined call site called a different function than the one inlined' },
  { name: 'call-in-inlined-code', outcome: 'despeculate', text: 'inlined code reached a call that was not inlined in turn: the interpreter makes the call (so every frame shows in stacks), and the function around it is no longer inlined there' },
  { name: 'not-a-function', outcome: 'despeculate', text: 'the callee was not a function: the interpreter throws the TypeError' },
  { name: 'throw', outcome: 'despeculate', text: 'this path throws: the interpreter raises the error with its exact message' },
  { name: 'exception', outcome: 'keep', text: 'a call in a function with `try` threw: the interpreter rebuilds the frames and rethrows at the call, where its handler table finds the `catch`/`finally` (the code stays valid)' },
  { name: 'stress', outcome: 'keep', text: '--stress-deopt forced this guard to fail (the code stays valid)' },
  { name: 'wrong-shape', outcome: 'despeculate', text: 'a property access saw an object whose hidden class (shape) the code was not specialized for' },
  { name: 'prototype-changed', outcome: 'despeculate', text: 'a prototype object changed (a property added, replaced or deleted) after the code loaded a property from it' },
  { name: 'not-an-array', outcome: 'despeculate', text: 'an element or length access speculated on an array saw another kind of value' },
  { name: 'not-a-string', outcome: 'despeculate', text: 'a length access speculated on a string saw another kind of value' },
  { name: 'out-of-bounds', outcome: 'despeculate', text: 'an array index was negative or past the end (or read a hole); the site becomes generic' },
  { name: 'not-one-byte', outcome: 'despeculate', text: 's[i] or s.charAt(i) read a character past U+00FF, which has no one-character string ready; the site becomes generic' },
  { name: 'wrong-elements-kind', outcome: 'despeculate', text: 'an array held values of a kind (double, any) the code did not expect' },
  { name: 'property-store-grow', outcome: 'despeculate', text: 'adding a property needed a bigger property store than the object has' },
  { name: 'no-feedback', outcome: 'recompile', text: 'this code had never run when the function was compiled; the interpreter runs it, records feedback, and the function is compiled again' },
  { name: 'gc-safepoint', outcome: 'keep', text: 'a garbage collection was requested: the interpreter runs it at its next safepoint (the code stays valid)' },
] as const satisfies readonly DeoptReasonInfo[];

export type DeoptReason = (typeof DEOPT_REASONS)[number]['name'];

const BY_NAME: ReadonlyMap<DeoptReason, DeoptReasonInfo> = new Map(DEOPT_REASONS.map((r) => [r.name, r]));

export function deoptReasonText(reason: DeoptReason): string {
  return BY_NAME.get(reason)!.text;
}

export function deoptOutcome(reason: DeoptReason): DeoptOutcome {
  return BY_NAME.get(reason)!.outcome;
}
