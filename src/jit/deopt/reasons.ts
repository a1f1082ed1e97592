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
  ['wrong-shape', 'a property access saw an object whose hidden class (shape) the code was not specialized for'],
  ['prototype-changed', 'a prototype object changed (a property added, replaced or deleted) after the code loaded a property from it'],
  ['not-an-array', 'an element or length access speculated on an array saw another kind of value'],
  ['not-a-string', 'a length access speculated on a string saw another kind of value'],
  ['out-of-bounds', 'an array index was negative or past the end (or read a hole); the site becomes generic'],
  ['not-one-byte', 's[i] or s.charAt(i) read a character past U+00FF, which has no one-character string ready; the site becomes generic'],
  ['wrong-elements-kind', 'an array held values of a kind (double, any) the code did not expect'],
  ['property-store-grow', "adding a property needed a bigger property store than the object has"],
  ['no-feedback', 'this code had never run when the function was compiled; the interpreter runs it, records feedback, and the function is compiled again'],
  ['gc-safepoint', 'a garbage collection was requested: the interpreter runs it at its next safepoint (the code stays valid)'],
] as const;

export type DeoptReason = (typeof DEOPT_REASONS)[number][0];

export function deoptReasonText(reason: DeoptReason): string {
  return DEOPT_REASONS.find(([name]) => name === reason)![1];
}
