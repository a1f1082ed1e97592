// Names that exist in node's global scope (or in the CommonJS module wrapper) for a script.
// An unresolved name is a property of the global object, looked up when the code runs
// (LoadGlobal: a ReferenceError when absent, as in node). The names node defines that kiln's
// global object does not have yet are rejected by scope analysis as unsupported, so that no
// program silently throws a ReferenceError where node would find a value.

/** Globals the generator loads as constants when not shadowed (the global object's
 *  read-only `undefined`, `NaN` and `Infinity`). */
export const SUPPORTED_GLOBALS: ReadonlySet<string> = new Set(['undefined', 'NaN', 'Infinity']);

/** The properties of kiln's global object (runtime/realm.ts installs exactly these; a test
 *  checks the two agree). */
export const REALM_GLOBALS: ReadonlySet<string> = new Set([
  'globalThis', 'global', 'undefined', 'NaN', 'Infinity',
  'Object', 'Function', 'Array', 'Number', 'String', 'Boolean',
  'Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError',
  'Map', 'Set', 'Math', 'JSON', 'console', 'process', 'performance', 'Date',
  'parseInt', 'parseFloat', 'isNaN', 'isFinite',
  'Symbol', 'eval', 'RegExp', 'BigInt', 'Reflect', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'structuredClone',
  'ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Buffer', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'Intl',
  'encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'escape', 'unescape', 'atob', 'btoa',
  'Promise', 'Proxy', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'crypto',
  'EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException',
]);

/** Parameters of node's CommonJS wrapper, visible at the top level of every script. */
export const COMMONJS_NAMES: ReadonlySet<string> = new Set([
  'require', 'module', 'exports', '__filename', '__dirname', 'arguments',
]);

/** node's globals: the names below that the node running kiln defines (a newer node has
 *  more: Float16Array, Iterator; where this node lacks one, a program's reference to it is an
 *  ordinary unresolved name, a ReferenceError or `typeof` 'undefined', as in that node). */
export const NODE_GLOBALS: ReadonlySet<string> = new Set(
  `AbortController AbortSignal AggregateError Array ArrayBuffer Atomics BigInt BigInt64Array
  BigUint64Array Blob Boolean BroadcastChannel Buffer ByteLengthQueuingStrategy CompressionStream
  CountQueuingStrategy Crypto CryptoKey CustomEvent DOMException DataView Date
  DecompressionStream Error EvalError Event EventTarget File FinalizationRegistry Float16Array
  Float32Array Float64Array FormData Function Headers Int16Array Int32Array Int8Array Intl
  Iterator JSON Map Math MessageChannel MessageEvent MessagePort Navigator Number Object
  Performance PerformanceEntry PerformanceMark PerformanceMeasure PerformanceObserver
  PerformanceObserverEntryList PerformanceResourceTiming Promise Proxy RangeError
  ReadableByteStreamController ReadableStream ReadableStreamBYOBReader ReadableStreamBYOBRequest
  ReadableStreamDefaultController ReadableStreamDefaultReader ReferenceError Reflect RegExp
  Request Response Set SharedArrayBuffer String SubtleCrypto Symbol SyntaxError TextDecoder
  TextDecoderStream TextEncoder TextEncoderStream TransformStream
  TransformStreamDefaultController TypeError URIError URL URLSearchParams Uint16Array Uint32Array
  Uint8Array Uint8ClampedArray WeakMap WeakRef WeakSet WebAssembly WebSocket WritableStream
  WritableStreamDefaultController WritableStreamDefaultWriter atob btoa clearImmediate
  clearInterval clearTimeout console crypto decodeURI decodeURIComponent encodeURI
  encodeURIComponent escape eval fetch global globalThis isFinite isNaN navigator parseFloat
  parseInt performance process queueMicrotask setImmediate setInterval setTimeout
  structuredClone unescape`.split(/\s+/).filter((name) => name in globalThis),
);
