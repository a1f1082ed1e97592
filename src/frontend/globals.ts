// Names that exist in node's global scope (or in the CommonJS module wrapper) for a script.
// Scope analysis rejects references to them as unsupported — kiln does not model them yet —
// so that no program silently reads `undefined`/throws where node would find a value.

/** Globals kiln implements as plain values when not shadowed. */
export const SUPPORTED_GLOBALS: ReadonlySet<string> = new Set(['undefined', 'NaN', 'Infinity']);

/** Globals kiln implements as heap values (constructors of the runtime library), read with
 *  LoadGlobal when not shadowed. */
export const VALUE_GLOBALS: ReadonlySet<string> = new Set([
  'Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'Map', 'Set',
  'EvalError', 'URIError', 'AggregateError',
]);

/** Parameters of node's CommonJS wrapper, visible at the top level of every script. */
export const COMMONJS_NAMES: ReadonlySet<string> = new Set([
  'require', 'module', 'exports', '__filename', '__dirname', 'arguments',
]);

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
  structuredClone unescape`.split(/\s+/),
);
