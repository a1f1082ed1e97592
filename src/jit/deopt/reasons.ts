// THE list of deoptimization reasons: a closed set, each with the name that --trace-deopt
// and the JSON schema print and a sentence a person can act on. Guards in the optimizing
// compiler name one of these; the README's table is this table.

export const DEOPT_REASONS = [
  ['int32-overflow', 'int32 arithmetic overflowed; the site will be compiled for doubles'],
  ['not-int32', 'a value speculated to be an int32 was something else (a double, a string, ...)'],
  ['not-number', 'a value speculated to be a number was not one (a string, undefined, ...)'],
  ['minus-zero', 'an int32 operation would have produced -0, which only a double can hold'],
  ['lost-precision', 'a double speculated to hold an int32 had a fraction or was out of range'],
  ['modulus-operands', 'int32 % was compiled for a non-negative dividend and a positive divisor'],
  ['wrong-call-target', 'an inlined call site called a different function than the one inlined'],
  ['not-a-function', 'the callee was not a function: the interpreter throws the TypeError'],
  ['throw', 'this path throws: the interpreter raises the error with its exact message'],
  ['stress', '--stress-deopt forced this guard to fail (the code stays valid)'],
] as const;

export type DeoptReason = (typeof DEOPT_REASONS)[number][0];

export function deoptReasonText(reason: DeoptReason): string {
  return DEOPT_REASONS.find(([name]) => name === reason)![1];
}
