// Builtin function ids: the id operand of the CallBuiltin bytecode, so part of the instruction
// set (the disassembler names them). The generator maps a call such as
// `Math.floor(x)` (when `Math` is not shadowed) to an id; the interpreter and the JIT
// implement each id. Values of builtin constants (Math.PI, ...) are loaded as constants.

import * as path from 'path';

export const enum Builtin {
  ConsoleLog = 0,
  MathFloor,
  MathCeil,
  MathRound,
  MathTrunc,
  MathAbs,
  MathSqrt,
  MathMin,
  MathMax,
  MathImul,
  MathPow,
  MathSign,
  MathSin,
  MathCos,
  MathTan,
  MathAsin,
  MathAcos,
  MathAtan,
  MathAtan2,
  MathExp,
  MathLog,
  MathLog2,
  MathLog10,
  MathHypot,
  MathCbrt,
  MathFround,
  DateNow,
  PerformanceNow,
  StringFromCharCode,
  ObjectKeys,
  ObjectValues,
  ObjectEntries,
  ArrayIsArray,
  NumberIsInteger,
  ParseInt,
  ParseFloat,
  IsNaN,
  StringConvert, // String(x)
  NumberConvert, // Number(x)
  ArrayConstruct, // new Array(n), Array(n)
  // ---- the library: collections, JSON, Object.assign, random, process ----
  MapConstruct, // new Map(iterable)
  SetConstruct, // new Set(iterable)
  ObjectAssign,
  JsonStringify,
  JsonParse,
  MathRandom,
  ProcessArgv, // the value of process.argv (one array per run)
  ProcessExit,
  ProcessStdoutWrite,
  ProcessHrtime,
  ObjectGetPrototypeOf,
  SloppyThis, // (receiver, not an object): sloppy code's `this`: the global object for undefined or null, else the primitive in a wrapper (OrdinaryCallBindThis)
  DeclareGlobalVar, // a global script's `var name`: the global object's property, undefined unless it has one
  // ---- generators and async functions (runtime/generators.ts) ----
  AsyncAwait, // (generator, v): the resume of the suspended async function becomes a reaction to PromiseResolve(v); its promise
  AsyncResolve, // (generator, v): resolves the async function's promise with v; the promise
  AsyncReject, // (generator, e): rejects the async function's promise with e; the promise
  GetIterator, // (v): v[Symbol.iterator](), an object (yield*)
  YieldStarStep, // (iterator, mode, received): the inner iterator's next/throw/return(received) result (yield*)
  RegExpCreate, // (pattern, flags): a regular-expression literal's new RegExp object (runtime/regexps.ts)
  IteratorClose, // (items): a for-of loop left early: its user iterator's return(), if any (runtime/user-iterables.ts)
  IterableTake, // (v, n): an array pattern's source: IterableToArray, but a user iterator gives at most n values and is closed
  // ---- for await (runtime/generators.ts) ----
  GetAsyncIterator, // (v): the record [iterator, next, fromSync] of v's async (or, wrapped, sync) iterator
  AsyncIteratorNext, // (record): next() of the record's iterator, to be awaited
  IteratorResultCheck, // (r): r, or a TypeError when it is not an object
  AsyncIteratorReturn, // (record): the iterator's return() result to await, or the record when it has none
  BigIntLiteral, // (digits): the BigInt of a literal's decimal digits (runtime/bigint-store.ts)
  IteratorCloseOnThrow, // (items): an exception leaving a for-of body: IteratorClose, whatever it throws ignored
  AsyncIteratorReturnOnThrow, // (record): an exception leaving a for-await body: return()'s result, or the record when there is none or it threw
}

/** `object.property` callee spelled in source → builtin id. */
export const BUILTIN_CALLS: ReadonlyMap<string, Builtin> = new Map([
  ['console.log', Builtin.ConsoleLog],
  ['Math.floor', Builtin.MathFloor],
  ['Math.ceil', Builtin.MathCeil],
  ['Math.round', Builtin.MathRound],
  ['Math.trunc', Builtin.MathTrunc],
  ['Math.abs', Builtin.MathAbs],
  ['Math.sqrt', Builtin.MathSqrt],
  ['Math.min', Builtin.MathMin],
  ['Math.max', Builtin.MathMax],
  ['Math.imul', Builtin.MathImul],
  ['Math.pow', Builtin.MathPow],
  ['Math.sign', Builtin.MathSign],
  ['Math.sin', Builtin.MathSin],
  ['Math.cos', Builtin.MathCos],
  ['Math.tan', Builtin.MathTan],
  ['Math.asin', Builtin.MathAsin],
  ['Math.acos', Builtin.MathAcos],
  ['Math.atan', Builtin.MathAtan],
  ['Math.atan2', Builtin.MathAtan2],
  ['Math.exp', Builtin.MathExp],
  ['Math.log', Builtin.MathLog],
  ['Math.log2', Builtin.MathLog2],
  ['Math.log10', Builtin.MathLog10],
  ['Math.hypot', Builtin.MathHypot],
  ['Math.cbrt', Builtin.MathCbrt],
  ['Math.fround', Builtin.MathFround],
  ['Date.now', Builtin.DateNow],
  ['performance.now', Builtin.PerformanceNow],
  ['String.fromCharCode', Builtin.StringFromCharCode],
  ['Object.keys', Builtin.ObjectKeys],
  ['Object.getPrototypeOf', Builtin.ObjectGetPrototypeOf],
  ['Object.values', Builtin.ObjectValues],
  ['Object.entries', Builtin.ObjectEntries],
  ['Array.isArray', Builtin.ArrayIsArray],
  ['Number.isInteger', Builtin.NumberIsInteger],
  ['Object.assign', Builtin.ObjectAssign],
  ['JSON.stringify', Builtin.JsonStringify],
  ['JSON.parse', Builtin.JsonParse],
  ['Math.random', Builtin.MathRandom],
  ['process.exit', Builtin.ProcessExit],
  ['process.stdout.write', Builtin.ProcessStdoutWrite],
  ['process.hrtime', Builtin.ProcessHrtime],
]);

/** `new Name(...)` of a global constructor (when the name is not shadowed) → builtin id. */
export const BUILTIN_CONSTRUCTORS: ReadonlyMap<string, Builtin> = new Map([
  ['Array', Builtin.ArrayConstruct],
  ['Map', Builtin.MapConstruct],
  ['Set', Builtin.SetConstruct],
]);

/** `object.property` values a builtin computes (read-only) → builtin id. */
export const BUILTIN_VALUES: ReadonlyMap<string, Builtin> = new Map([
  ['process.argv', Builtin.ProcessArgv],
]);

/** Global functions called by bare name (when the name is not shadowed) → builtin id.
 *  `new Array(n)` also maps to ArrayConstruct. */
export const BUILTIN_GLOBAL_CALLS: ReadonlyMap<string, Builtin> = new Map([
  ['parseInt', Builtin.ParseInt],
  ['parseFloat', Builtin.ParseFloat],
  ['isNaN', Builtin.IsNaN],
  ['String', Builtin.StringConvert],
  ['Number', Builtin.NumberConvert],
  ['Array', Builtin.ArrayConstruct],
]);


/** `object.property` constants spelled in source → value. */
export const BUILTIN_CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['Math.PI', Math.PI],
  ['Math.E', Math.E],
  ['Math.LN2', Math.LN2],
  ['Math.LN10', Math.LN10],
  ['Math.LOG2E', Math.LOG2E],
  ['Math.LOG10E', Math.LOG10E],
  ['Math.SQRT2', Math.SQRT2],
  ['Math.SQRT1_2', Math.SQRT1_2],
  ['Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
  ['Number.MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER],
  ['Number.EPSILON', Number.EPSILON],
  ['Number.MAX_VALUE', Number.MAX_VALUE],
  ['Number.MIN_VALUE', Number.MIN_VALUE],
  ['Number.POSITIVE_INFINITY', Infinity],
  ['Number.NEGATIVE_INFINITY', -Infinity],
  ['Number.NaN', NaN],
]);

/** Builtin names by id (for disassembly). */
export const BUILTIN_NAMES: readonly string[] = (() => {
  const names: string[] = [];
  for (const [name, id] of [...BUILTIN_CALLS, ...BUILTIN_GLOBAL_CALLS, ...BUILTIN_VALUES]) names[id] ??= name;
  for (const [name, id] of BUILTIN_CONSTRUCTORS) names[id] ??= `new ${name}`;
  names[Builtin.SloppyThis] = '%SloppyThis';
  names[Builtin.DeclareGlobalVar] = '%DeclareGlobalVar';
  names[Builtin.RegExpCreate] = '%RegExpCreate';
  names[Builtin.IteratorClose] = '%IteratorClose';
  names[Builtin.IterableTake] = '%IterableTake';
  names[Builtin.GetAsyncIterator] = '%GetAsyncIterator';
  names[Builtin.AsyncIteratorNext] = '%AsyncIteratorNext';
  names[Builtin.IteratorResultCheck] = '%IteratorResultCheck';
  names[Builtin.AsyncIteratorReturn] = '%AsyncIteratorReturn';
  names[Builtin.BigIntLiteral] = '%BigIntLiteral';
  names[Builtin.IteratorCloseOnThrow] = '%IteratorCloseOnThrow';
  names[Builtin.AsyncIteratorReturnOnThrow] = '%AsyncIteratorReturnOnThrow';
  for (const id of [Builtin.AsyncAwait, Builtin.AsyncResolve, Builtin.AsyncReject, Builtin.GetIterator, Builtin.YieldStarStep]) {
    names[id] = `%${['AsyncAwait', 'AsyncResolve', 'AsyncReject', 'GetIterator', 'YieldStarStep'][id - Builtin.AsyncAwait]}`;
  }
  return names;
})();

/** node's builtin modules kiln provides to `require('name')` / `require('node:name')` (the
 *  front end resolves them, runtime/node-modules.ts builds them). */
export const NODE_BUILTIN_MODULES: ReadonlySet<string> = new Set(['fs', 'fs/promises', 'path', 'util', 'os', 'events', 'assert', 'readline', 'crypto', 'timers', 'timers/promises',
  'assert/strict', 'util/types', 'url', 'buffer', 'perf_hooks', 'process', 'console', 'readline/promises', 'querystring']);

/** The builtin modules written in JavaScript (lib/<name>.js), compiled like a program's own. */
export const NODE_LIBRARY_MODULES: ReadonlySet<string> = new Set(['events', 'assert', 'readline', 'timers/promises',
  'assert/strict', 'util/types', 'url', 'buffer', 'perf_hooks', 'process', 'console', 'readline/promises', 'querystring']);

/** The file of library module `name` (lib/ beside dist/). */
export function libraryFile(name: string): string {
  return path.resolve(__dirname, '..', '..', 'lib', `${name}.js`);
}
