// Language-level exceptions. Until the heap language brings Error objects, a thrown error is
// a host exception carrying node's error name and message plus kiln's own stack (function
// name and file:line:col per frame). It crosses native frames as a pending N-API exception:
// compiled code sees a Tag.Exception status word and returns until it reaches TypeScript.

export type ErrorName = 'TypeError' | 'ReferenceError' | 'RangeError' | 'SyntaxError' | 'Error' | 'EvalError' | 'URIError' | 'AggregateError';

/** One frame of an error's stack. `text` is what V8 prints after `    at `: the frame's
 *  label and location (`f (/abs/file.js:3:9)`, `new K (...)`, `Array.map (<anonymous>)`,
 *  a bare `/abs/file.js:3:9` for an anonymous function), made when the stack is captured
 *  (the label depends on the frame's receiver). `file` is '' for frames outside any file
 *  (natives, node's own frames below the program). */
export interface StackEntry {
  functionName: string;
  file: string;
  line: number;
  column: number;
  text: string;
}

export class KilnThrow extends Error {
  /** The thrown language value ([hi, lo] word): set by `throw`, or made from the name and
   *  message when a handler catches an error the runtime raised (ErrorObjects.valueOf).
   *  Between the throw and its handler no collection can run (unwinding has no
   *  safepoints), so holding it here keeps it alive. */
  value?: [number, number];
  /** Own properties the error object gets besides its message (node's system errors carry
   *  errno, code, syscall and path), added when a handler catches it. */
  ownProperties?: readonly (readonly [string, string | number])[];
  /** The frame of the builtin that raised it when the builtin runs inline (no frame of its
   *  own): `JSON.parse`, shown `at JSON.parse (<anonymous>)` above its caller as V8 shows it. */
  /** The error belongs to the caller of the frame it was raised in: a class constructor
   *  called without `new` fails in its entry check, where V8 fails the call itself, so the
   *  stack starts at the call. */
  atCaller?: boolean;
  builtinFrame?: string;
  /** node's own frames at the top of a host library error's stack (`Object.readFileSync
   *  (node:fs:448:20)`): they stand for the native that called the host, as node shows them. */
  hostFrames?: readonly string[];
  /** The first part of the error's `stack` when it is not `Name: message` (a host error's
   *  header, e.g. `TypeError [ERR_X]: …`, copied from it). */
  stackHeader?: string;
  /** A rejection no handler took, raised as an uncaught exception (process 'uncaughtException'
   *  listeners get this origin). */
  origin?: 'unhandledRejection';

  constructor(
    readonly errorName: ErrorName,
    readonly errorMessage: string,
    readonly kilnStack: StackEntry[] = [],
  ) {
    // A language exception does not need the host's stack: capturing it would make every
    // `throw` cost a V8 stack walk.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${errorName}: ${errorMessage}`);
    Error.stackTraceLimit = limit;
  }

  /** What node prints for an uncaught error of this kind (the stack differs in detail). */
  formatUncaught(sourceOf?: (file: string) => string | undefined, headline = `${this.errorName}: ${this.errorMessage}`): string {
    const lines: string[] = [];
    const top = this.kilnStack[0];
    if (top) {
      lines.push(`${top.file}:${top.line}`);
      const text = sourceOf?.(top.file)?.split('\n')[top.line - 1];
      if (text !== undefined) {
        lines.push(text, ' '.repeat(Math.max(0, top.column - 1)) + '^', '');
      }
    }
    lines.push(headline);
    for (const e of this.kilnStack) lines.push(`    at ${e.text}`);
    return lines.join('\n') + '\n';
  }
}

/** The exception `throw value` raises. `describe` gives the uncaught `Name: message` line. */
export function thrownValue(value: [number, number]): KilnThrow {
  const e = new KilnThrow('Error', '');
  e.value = value;
  return e;
}

const STACK_OVERFLOW_MESSAGE = 'Maximum call stack size exceeded';

export const stackOverflow = (): KilnThrow => new KilnThrow('RangeError', STACK_OVERFLOW_MESSAGE);

/** A host RangeError from V8 running out of its own stack while kiln code was deep in
 *  recursion through native frames is the same language error. */
export function isHostStackOverflow(e: unknown): boolean {
  // No regular expression here: compiling one needs stack, and this runs at the limit (V8
  // then throws "SyntaxError: Invalid regular expression: ... Maximum call stack size
  // exceeded", which is the same condition).
  if (!(e instanceof Error) || e instanceof KilnThrow) return false;
  return typeof e.message === 'string' && e.message.endsWith(STACK_OVERFLOW_MESSAGE);
}


/** The language exception a host exception stands for: a KilnThrow, or V8 running out of
 *  stack inside kiln (deep recursion); undefined for anything else (a kiln bug, heap limit). */
export function asLanguageException(e: unknown): KilnThrow | undefined {
  if (e instanceof KilnThrow) return e;
  if (isHostStackOverflow(e)) return stackOverflow();
  if (isHostSymbolConversion(e)) return new KilnThrow('TypeError', (e as TypeError).message);
  return undefined;
}

/** A host TypeError from a host operator converting a host symbol (the mirror of a kiln
 *  symbol: values.ts) to a string or number is the language's own error, word for word. */
function isHostSymbolConversion(e: unknown): boolean {
  return e instanceof TypeError && !(e instanceof KilnThrow) &&
    (e.message === 'Cannot convert a Symbol value to a string' || e.message === 'Cannot convert a Symbol value to a number');
}

/** What node's own library (fs, URL, TextDecoder, Intl, …) threw, as the language's error
 *  of the same type, with node's properties: `code`, a system error's `errno`, `syscall`,
 *  `path`, `dest`, a URL error's `input`. A language exception passes as it is. */
export function hostLibraryError(e: unknown): KilnThrow {
  if (e instanceof KilnThrow) return e;
  if (!(e instanceof Error)) return new KilnThrow('Error', String(e));
  const name = e instanceof TypeError ? 'TypeError' : e instanceof RangeError ? 'RangeError' : 'Error';
  const thrown = new KilnThrow(name, e.message);
  const sys = e as NodeJS.ErrnoException & { dest?: unknown; input?: unknown };
  const props: [string, string | number][] = [];
  if (typeof sys.errno === 'number') props.push(['errno', sys.errno]);
  if (typeof sys.code === 'string') props.push(['code', sys.code]);
  if (typeof sys.syscall === 'string') props.push(['syscall', sys.syscall]);
  if (typeof sys.path === 'string') props.push(['path', sys.path]);
  if (typeof sys.dest === 'string') props.push(['dest', sys.dest]);
  if (typeof sys.input === 'string') props.push(['input', sys.input]);
  thrown.ownProperties = props;
  // node's header (with the code of its own errors: `TypeError [ERR_X]: …`) is the host's.
  if (typeof e.stack === 'string') {
    const framesAt = e.stack.indexOf('\n    at ');
    thrown.stackHeader = framesAt < 0 ? e.stack : e.stack.slice(0, framesAt);
    const frames: string[] = [];
    for (const line of framesAt < 0 ? [] : e.stack.slice(framesAt + 1).split('\n')) {
      const frame = line.replace(/^ {4}at /, '');
      if (!/\(node:[^()]*\)$|^node:/.test(frame)) break;
      frames.push(frame);
    }
    if (frames.length > 0) thrown.hostFrames = frames;
  }
  return thrown;
}

/** Runs a call into node's own library on the language's behalf (hostLibraryError). */
export function hostLibraryCall<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw hostLibraryError(e);
  }
}

/** Runs host code on the language's behalf (a host method applied to a primitive's value),
 *  turning the host's RangeError and URIError — whose messages are node's — into the
 *  language's. */
export function hostCall<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) throw new KilnThrow('RangeError', e.message);
    if (e instanceof URIError) throw new KilnThrow('URIError', e.message);
    throw e;
  }
}

/** Array.prototype methods whose V8 message for a null or undefined receiver names them;
 *  the others (ToObject first) say `Cannot convert undefined or null to object`. */
const ARRAY_METHODS_NAMED_ON_NULL: ReadonlySet<string> = new Set([
  'map', 'indexOf', 'concat', 'filter', 'forEach', 'every', 'some', 'reduce', 'reduceRight', 'find', 'findIndex', 'findLast', 'findLastIndex',
]);

/** The TypeError Array.prototype[name] throws when called on null or undefined. */
export function arrayNullReceiver(name: string): KilnThrow {
  return new KilnThrow('TypeError', ARRAY_METHODS_NAMED_ON_NULL.has(name) ? `Array.prototype.${name} called on null or undefined` : 'Cannot convert undefined or null to object');
}
