// node's builtin modules, as far as kiln provides them natively: `path` (all of it, on
// strings), `fs` (the synchronous calls: read, write, append, exists, mkdir, mkdtemp, rm, rmdir,
// open, close, fsync, readSync / writeSync on a file descriptor,
// unlink, rename, copy, symlink, readlink, realpath, access, and fs-stats.ts's stat, lstat,
// fstat and readdir; a read without an encoding gives a Buffer, a write takes one; their
// callback forms and fs.promises over them), `util` (format, formatWithOptions, inspect and
// isDeepStrictEqual, node's own over the values' host mirrors, as console.log prints;
// util.types (util-types.ts); promisify, callbackify, deprecate, inherits and debuglog in the
// language), `os` (the host's answers: platform, cpus, totalmem, userInfo, …, EOL, constants),
// `timers` (the global functions; `promises` is lib/timers/promises.js) and `crypto`
// (crypto-module.ts). Each module is a plain object of native functions, made on its first
// require and cached. A failing fs call throws node's error: message, errno, code, syscall
// and path.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import { ASSERT_CALL_TEXT } from './assert-call-text';
import { installCrypto } from './crypto-module';
import { hostLibraryCall, KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { formatArguments } from './format-directives';
import { fsClassGetters, fsStatNatives } from './fs-stats';
import { PARSE_ARGS } from './util-parse-args';
import { utilTypesNatives } from './util-types';
import { PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** A host value the modules return (strings, numbers, booleans, string arrays, plain
 *  objects of those) as a heap value. */
function toWord(rt: RuntimeCore, v: unknown): Word {
  if (v === undefined) return UNDEF;
  if (v === null) return [Tag.Null, 0];
  if (typeof v === 'string') return rt.str(v);
  if (typeof v === 'number') return numberWord(v);
  if (typeof v === 'boolean') return [Tag.Bool, v ? 1 : 0];
  if (Array.isArray(v)) return rt.newArray(v.map((e) => toWord(rt, e)));
  const obj = rt.objects.allocObject();
  for (const [k, e] of Object.entries(v as Record<string, unknown>)) {
    const w = toWord(rt, e);
    rt.objects.setOwn(obj, k, w[0], w[1]);
  }
  return [Tag.Ptr, obj];
}

const text = (rt: RuntimeCore, args: Word[], i: number): string => rt.toStringValue(args[i] ?? UNDEF);

/** A function of string arguments whose result is a host value. */
function stringsIn(name: string, length: number, fn: (...a: string[]) => unknown): NativeMethod {
  return { name, length, fn: (rt, _self, args) => toWord(rt, hostLibraryCall(() => fn(...args.map((_, i) => text(rt, args, i))))) };
}

const PATH_STRING_FUNCTIONS = ['join', 'resolve', 'normalize', 'dirname', 'basename', 'extname', 'relative', 'isAbsolute', 'parse', 'toNamespacedPath', 'format', 'matchesGlob'] as const;

/** path's functions for one flavour (path.posix, which `path` is here, or path.win32): node's
 *  own, called with the host values of their arguments, so they validate them as node does
 *  (`path.join(5)` throws ERR_INVALID_ARG_TYPE). */
function pathModule(flavour: path.PlatformPath): { natives: NativeMethod[]; values: [string, unknown][] } {
  const natives: NativeMethod[] = [];
  for (const name of PATH_STRING_FUNCTIONS) {
    const f = (flavour as unknown as Record<string, unknown>)[name];
    if (typeof f !== 'function') continue;
    natives.push({ name, length: f.length, fn: (rt, _self, args) => toWord(rt, hostLibraryCall(() => f.apply(flavour, args.map((a) => rt.host(a))))) });
  }
  return { natives, values: [['sep', flavour.sep], ['delimiter', flavour.delimiter]] };
}

/** Fills module object `obj` with its natives and values. */
function installParts(rt: RuntimeCore, obj: number, parts: { natives: NativeMethod[]; values: [string, unknown][] }): void {
  for (const m of parts.natives) rt.objects.setOwn(obj, m.name, Tag.Ptr, rt.createNative(m));
  for (const [key, v] of parts.values) {
    const w = toWord(rt, v);
    rt.objects.setOwn(obj, key, w[0], w[1]);
  }
}

/** `path` is path.posix (as on any POSIX host); path.win32 is a second object; each names both. */
function installPath(rt: RuntimeCore, obj: number): void {
  installParts(rt, obj, pathModule(path.posix));
  const win32 = rt.objects.allocObject();
  rt.objects.setOwn(obj, 'win32', Tag.Ptr, win32);
  installParts(rt, win32, pathModule(path.win32));
  for (const holder of [obj, win32]) {
    rt.objects.setOwn(holder, 'posix', Tag.Ptr, obj);
    rt.objects.setOwn(holder, 'win32', Tag.Ptr, win32);
  }
}

/** A path argument of an fs call as node takes it: a string, Buffer or URL as it is, anything
 *  else handed over for node to reject (ERR_INVALID_ARG_TYPE) as it does. */
function pathArg(rt: RuntimeCore, args: Word[], i: number): fs.PathLike {
  return rt.host(args[i] ?? UNDEF) as fs.PathLike;
}

/** The encoding a read was given (a string or `{ encoding }`); null for none (a Buffer). */
function encodingOf(rt: RuntimeCore, options: Word): BufferEncoding | null {
  const h = rt.host(options) as unknown;
  const encoding = typeof h === 'string' ? h : h !== null && typeof h === 'object' ? (h as { encoding?: unknown }).encoding : undefined;
  return typeof encoding === 'string' ? (encoding as BufferEncoding) : null;
}

/** What a write was given to write: a typed array's or Buffer's bytes, else the text. */
function dataOf(rt: RuntimeCore, args: Word[], i: number): string | Uint8Array {
  return rt.bufferBytes(args[i] ?? UNDEF) ?? text(rt, args, i);
}

function fsModule(): NativeMethod[] {
  return [
    {
      name: 'readFileSync', length: 2,
      fn: (rt, _self, args) => {
        const encoding = encodingOf(rt, args[1] ?? UNDEF);
        // A number is a file descriptor (0: standard input, read to its end).
        const file = (args[0] ?? UNDEF)[0] === Tag.Int32 ? args[0][1] : pathArg(rt, args, 0);
        if (encoding === null) return rt.makeBuffer(hostLibraryCall(() => fs.readFileSync(file)));
        return rt.str(hostLibraryCall(() => fs.readFileSync(file, encoding)));
      },
    },
    { name: 'writeFileSync', length: 3, fn: (rt, _self, args) => (hostLibraryCall(() => fs.writeFileSync(pathArg(rt, args, 0), dataOf(rt, args, 1), rt.host(args[2] ?? UNDEF) as fs.WriteFileOptions)), UNDEF) },
    { name: 'appendFileSync', length: 3, fn: (rt, _self, args) => (hostLibraryCall(() => fs.appendFileSync(pathArg(rt, args, 0), dataOf(rt, args, 1), rt.host(args[2] ?? UNDEF) as fs.WriteFileOptions)), UNDEF) },
    { name: 'existsSync', length: 1, fn: (rt, _self, args) => [Tag.Bool, fs.existsSync(pathArg(rt, args, 0)) ? 1 : 0] },
    ...fsStatNatives(),
    { name: 'mkdirSync', length: 2, fn: (rt, _self, args) => toWord(rt, hostLibraryCall(() => fs.mkdirSync(pathArg(rt, args, 0), rt.host(args[1] ?? UNDEF) as fs.MakeDirectoryOptions))) },
    { name: 'rmSync', length: 2, fn: (rt, _self, args) => (hostLibraryCall(() => fs.rmSync(pathArg(rt, args, 0), rt.host(args[1] ?? UNDEF) as fs.RmOptions)), UNDEF) },
    { name: 'unlinkSync', length: 1, fn: (rt, _self, args) => (hostLibraryCall(() => fs.unlinkSync(pathArg(rt, args, 0))), UNDEF) },
    { name: 'renameSync', length: 2, fn: (rt, _self, args) => (hostLibraryCall(() => fs.renameSync(pathArg(rt, args, 0), pathArg(rt, args, 1))), UNDEF) },
    { name: 'copyFileSync', length: 3, fn: (rt, _self, args) => (hostLibraryCall(() => fs.copyFileSync(pathArg(rt, args, 0), pathArg(rt, args, 1))), UNDEF) },
    { name: 'rmdirSync', length: 2, fn: (rt, _self, args) => (hostLibraryCall(() => fs.rmdirSync(pathArg(rt, args, 0))), UNDEF) },
    { name: 'symlinkSync', length: 3, fn: (rt, _self, args) => (hostLibraryCall(() => fs.symlinkSync(pathArg(rt, args, 0), pathArg(rt, args, 1))), UNDEF) },
    stringsIn('readlinkSync', 2, (file) => fs.readlinkSync(file, 'utf8')),
    stringsIn('realpathSync', 2, (file) => fs.realpathSync(file, 'utf8')),
    stringsIn('mkdtempSync', 2, (prefix) => fs.mkdtempSync(prefix, 'utf8')),
    // The streams are kiln's JavaScript (lib/internal/fs-streams.js, loaded on first use).
    ...(['createReadStream', 'createWriteStream'] as const).map((name): NativeMethod => ({
      name, length: 2,
      fn: (rt, self, args) => rt.invoker.call(rt.getProperty(rt.libraryExports('internal/fs-streams'), name), self, args),
    })),
    // File descriptors: open, read into / write from a Buffer (the host's view of its bytes
    // in kiln's heap) or a string, close. Other arguments go to node as they are.
    {
      name: 'openSync', length: 3,
      fn: (rt, _self, args) => {
        const open = fs.openSync as (file: unknown, ...more: unknown[]) => number;
        return numberWord(hostLibraryCall(() => open(pathArg(rt, args, 0), ...args.slice(1).map((a) => rt.host(a)))));
      },
    },
    { name: 'closeSync', length: 1, fn: (rt, _self, args) => (hostLibraryCall(() => fs.closeSync(rt.host(args[0] ?? UNDEF) as number)), UNDEF) },
    { name: 'fsyncSync', length: 1, fn: (rt, _self, args) => (hostLibraryCall(() => fs.fsyncSync(rt.host(args[0] ?? UNDEF) as number)), UNDEF) },
    {
      name: 'readSync', length: 5,
      fn: (rt, _self, args) => {
        const view = rt.bufferBytes(args[1] ?? UNDEF);
        const rest = args.slice(2).map((a) => rt.host(a));
        const read = fs.readSync as (fd: unknown, buffer: unknown, ...more: unknown[]) => number;
        return numberWord(hostLibraryCall(() => read(rt.host(args[0] ?? UNDEF), view ?? rt.host(args[1] ?? UNDEF), ...rest)));
      },
    },
    {
      name: 'writeSync', length: 5,
      fn: (rt, _self, args) => {
        const data = args[1] ?? UNDEF;
        const view = rt.bufferBytes(data);
        const rest = args.slice(2).map((a) => rt.host(a));
        const write = fs.writeSync as (fd: unknown, data: unknown, ...more: unknown[]) => number;
        return numberWord(hostLibraryCall(() => write(rt.host(args[0] ?? UNDEF), view ?? rt.host(data), ...rest)));
      },
    },
    {
      name: 'accessSync', length: 2,
      fn: (rt, _self, args) => (hostLibraryCall(() => fs.accessSync(pathArg(rt, args, 0), args.length > 1 ? rt.toNumber(args[1]) : undefined)), UNDEF),
    },
  ];
}

/** The asynchronous forms of the fs calls: name → the synchronous native they run. */
const ASYNC_FS_CALLS = ['readFile', 'writeFile', 'appendFile', 'readdir', 'mkdir', 'rm', 'unlink', 'rename', 'copyFile', 'access', 'stat', 'lstat', 'fstat', 'rmdir', 'symlink', 'readlink', 'realpath', 'mkdtemp'] as const;
/** fs.promises has no fstat (a FileHandle's stat() is its form). */
const NOT_PROMISES: ReadonlySet<string> = new Set(['fstat']);

/** fs.promises.<call>: a promise of the synchronous call's result (or its error), and
 *  fs.<call>(…, callback): the callback called with (error) or (null, result) as a task of
 *  its own. The work itself runs at once (kiln has no thread pool): what a program sees is
 *  the ordering of node's completions, not their concurrency. */
function asyncFsCalls(sync: readonly NativeMethod[]): { promises: NativeMethod[]; callbacks: NativeMethod[] } {
  const byName = new Map(sync.map((m) => [m.name, m]));
  const promises: NativeMethod[] = [];
  const callbacks: NativeMethod[] = [];
  for (const name of ASYNC_FS_CALLS) {
    const run = byName.get(`${name}Sync`)!;
    if (!NOT_PROMISES.has(name)) promises.push({ name, length: run.length, fn: (rt, self, args, callee) => rt.settledPromise(() => run.fn(rt, self, args, callee)) });
    callbacks.push({
      name, length: (run.length ?? 0) + 1,
      fn: (rt, self, args, callee) => {
        // The callback follows the required arguments (and any options).
        const required = name === 'writeFile' || name === 'appendFile' || name === 'rename' || name === 'copyFile' || name === 'symlink' ? 2 : 1;
        const cb = args.length > required ? args[args.length - 1] : UNDEF;
        if (!rt.isCallable(cb)) {
          const received = cb[0] === Tag.Undefined ? 'undefined' : `type ${typeof rt.host(cb)} (${String(rt.host(cb))})`;
          const e = new KilnThrow('TypeError', `The "cb" argument must be of type function. Received ${received}`);
          e.ownProperties = [['code', 'ERR_INVALID_ARG_TYPE']];
          throw e;
        }
        let result: Word;
        try {
          result = run.fn(rt, self, args.slice(0, -1), callee);
        } catch (e) {
          rt.deferCallback(cb, [rt.thrownValue(e)]);
          return UNDEF;
        }
        rt.deferCallback(cb, result[0] === Tag.Undefined ? [[Tag.Null, 0]] : [[Tag.Null, 0], result]);
        return UNDEF;
      },
    });
  }
  return { promises, callbacks };
}

function utilModule(): NativeMethod[] {
  return [
    { name: 'format', length: 0, fn: (rt, _self, args) => rt.str(util.format(...formatArguments(rt, args))) },
    {
      // util.inspect(value, options) or the legacy (value, showHidden, depth, colors).
      name: 'inspect', length: 2,
      fn: (rt, _self, args) => {
        const value = rt.hostForInspect(args[0] ?? UNDEF, args[1] ?? UNDEF);
        return rt.str((util.inspect as (...a: unknown[]) => string)(value, ...args.slice(1).map((a) => rt.host(a))));
      },
    },
    { name: 'isDeepStrictEqual', length: 2, fn: (rt, _self, args) => [Tag.Bool, util.isDeepStrictEqual(rt.host(args[0] ?? UNDEF), rt.host(args[1] ?? UNDEF)) ? 1 : 0] },
    {
      name: 'formatWithOptions', length: 1,
      fn: (rt, _self, args) => rt.str(hostLibraryCall(() => util.formatWithOptions(rt.host(args[0] ?? UNDEF) as util.InspectOptions, ...formatArguments(rt, args.slice(1))))),
    },
    stringsIn('stripVTControlCharacters', 1, (str) => util.stripVTControlCharacters(str)),
    stringsIn('toUSVString', 1, (str) => util.toUSVString(str)),
    { name: 'isArray', length: 1, fn: (rt, _self, args) => [Tag.Bool, rt.objects.isArrayValue((args[0] ?? UNDEF)[0], (args[0] ?? UNDEF)[1]) ? 1 : 0] },
    PARSE_ARGS,
  ];
}

/** util.types, util.inspect.custom (the symbol node's inspect looks for), TextEncoder/Decoder. */
function installUtilExtras(rt: RuntimeCore, util: number): void {
  const types = rt.objects.allocObject();
  rt.objects.setOwn(util, 'types', Tag.Ptr, types);
  for (const m of utilTypesNatives()) rt.objects.setOwn(types, m.name, Tag.Ptr, rt.createNative(m));
  const inspect = rt.getProperty([Tag.Ptr, util], 'inspect');
  rt.props.set(inspect[0], inspect[1], 'custom', Tag.Ptr, rt.symbols.for('nodejs.util.inspect.custom'), true);
  // lib/assert.js's way to node's falsy-call message (assert-call-text.ts): a registry
  // symbol's non-enumerable property, seen by nothing but Reflect.ownKeys.
  rt.props.define(util, rt.symbols.keyOf(rt.symbols.for('kiln.assertCallText')), Tag.Ptr, rt.createNative(ASSERT_CALL_TEXT), PropFlag.NonEnumerable);
  // util.TextEncoder / util.TextDecoder are the global classes themselves, as in node.
  for (const key of ['TextEncoder', 'TextDecoder']) {
    const ctor = rt.loadGlobal(key, false);
    rt.objects.setOwn(util, key, ctor[0], ctor[1]);
  }
}

/** util's functions that make functions and promises, written in the language and compiled by
 *  kiln's own front end when util is first required (a native cannot make a closure per call):
 *  [name, parameters, body, then (statements on the new function `fn`)]. `invalidArgType` is
 *  node's ERR_INVALID_ARG_TYPE. */
const UTIL_FUNCTIONS: readonly (readonly [string, string, string, string?])[] = [
  ['promisify', 'original', `
    const custom = Symbol.for('nodejs.util.promisify.custom');
    if (typeof original !== 'function') throw invalidArgType('"original" argument', 'function', original);
    if (typeof original[custom] === 'function') return original[custom];
    function promisified(...args) {
      return new Promise((resolve, reject) => {
        original.call(this, ...args, (err, ...values) => (err ? reject(err) : resolve(values[0])));
      });
    }
    Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
    Object.defineProperty(promisified, custom, { value: promisified, enumerable: false, writable: false, configurable: true });
    return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(original));`,
  `fn.custom = Symbol.for('nodejs.util.promisify.custom');`],
  ['callbackify', 'original', `
    if (typeof original !== 'function') throw invalidArgType('"original" argument', 'function', original);
    function callbackified(...args) {
      const callback = args.pop();
      if (typeof callback !== 'function') throw invalidArgType('last argument', 'function', callback);
      Reflect.apply(original, this, args).then(
        (value) => process.nextTick(callback, null, value),
        (reason) => {
          if (!reason) {
            const e = new Error('Promise was rejected with falsy value');
            e.code = 'ERR_FALSY_VALUE_REJECTION';
            e.name = \`\${e.name} [\${e.code}]\`; void e.stack; delete e.name; // node's stack header names the code
            e.reason = reason;
            reason = e;
          }
          process.nextTick(callback, reason);
        });
    }
    const descriptors = Object.getOwnPropertyDescriptors(original);
    if (descriptors.length !== undefined && typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (descriptors.name !== undefined && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    const proto = descriptors.prototype;
    delete descriptors.prototype;
    Object.defineProperties(callbackified, descriptors);
    if (proto !== undefined) Object.defineProperty(callbackified, 'prototype', proto);
    return callbackified;`],
  // A warning written as node writes it, on the next tick (kiln has no 'warning' event):
  // once per function, and once per code.
  ['deprecate', 'fn, msg, code', `
    if (code !== undefined && typeof code !== 'string') throw invalidArgType('"code" argument', 'string', code);
    let warned = false;
    function deprecated(...args) {
      if (!warned && !process.noDeprecation) {
        warned = true;
        if (code === undefined || !deprecationCodes.has(code)) {
          if (code !== undefined) deprecationCodes.add(code);
          const first = !deprecationShown;
          deprecationShown = true;
          // (node emits a warning on the next tick: it prints after the code that caused it)
          const text = '(node:' + process.pid + ') ' + (code !== undefined ? '[' + code + '] ' : '') + 'DeprecationWarning: ' + msg + '\\n'
            + (first ? '(Use \`node --trace-deprecation ...\` to show where the warning was created)\\n' : '');
          process.nextTick(() => process.stderr.write(text));
        }
      }
      if (new.target) return Reflect.construct(fn, args, new.target);
      return Reflect.apply(fn, this, args);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;`],
  // NODE_DEBUG is not read: every section is off, as node's is without it.
  ['debuglog', 'set, cb', `
    const logger = function debug() {};
    Object.defineProperty(logger, 'enabled', { get() { return false; }, configurable: true, enumerable: true });
    return logger;`],
  ['inherits', 'ctor, superCtor', `
    if (ctor === undefined || ctor === null) throw invalidArgType('"ctor" argument', 'function', ctor);
    if (superCtor === undefined || superCtor === null) throw invalidArgType('"superCtor" argument', 'function', superCtor);
    if (superCtor.prototype === undefined) throw invalidArgType('"superCtor.prototype" property', 'object', undefined);
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);`],
];

const INVALID_ARG_TYPE = `
  const deprecationCodes = new Set();
  let deprecationShown = false;
  // node's coded errors print their code: String(e) is \`TypeError [ERR_INVALID_ARG_TYPE]: …\`.
  const codedProto = Object.create(TypeError.prototype, {
    toString: { value: function toString() { return this.name + ' [ERR_INVALID_ARG_TYPE]: ' + this.message; }, writable: true, configurable: true },
  });
  function invalidArgType(what, type, v) {
    const received = v === undefined || v === null ? 'Received ' + v
      : typeof v === 'function' ? 'Received function ' + v.name
      : typeof v === 'object' ? (v.constructor && v.constructor.name ? 'Received an instance of ' + v.constructor.name : 'Received ' + String(v))
      : 'Received type ' + typeof v + ' (' + (typeof v === 'string' ? "'" + v + "'" : String(v)) + ')';
    const e = new TypeError('The ' + what + ' must be of type ' + type + '. ' + received);
    e.code = 'ERR_INVALID_ARG_TYPE';
    e.name = \`\${e.name} [\${e.code}]\`; void e.stack; delete e.name; // node's stack header names the code
    Object.setPrototypeOf(e, codedProto);
    return e;
  }`;

/** util's functions written in the language (UTIL_FUNCTIONS), as [name, function] words. */
function utilFunctions(rt: RuntimeCore): [string, Word][] {
  return UTIL_FUNCTIONS.map(([name, params, body, then = '']) => {
    const outer = rt.compileFunction('', `${INVALID_ARG_TYPE}\n  const fn = function ${name}(${params}) {${body}\n  };\n  ${then}\n  return fn;`);
    return [name, rt.invoker.call(outer, UNDEF, [])];
  });
}

/** os's functions whose results are host values (strings, numbers, plain objects and arrays
 *  of them), called with the host values of their arguments. */
const OS_FUNCTIONS = ['platform', 'type', 'arch', 'homedir', 'tmpdir', 'hostname', 'release', 'endianness', 'machine', 'version',
  'cpus', 'totalmem', 'freemem', 'uptime', 'loadavg', 'userInfo', 'networkInterfaces', 'availableParallelism', 'getPriority', 'setPriority'] as const;

function osModule(): { natives: NativeMethod[]; values: [string, unknown][] } {
  const natives: NativeMethod[] = OS_FUNCTIONS.map((name) => {
    const f = os[name] as (...a: unknown[]) => unknown;
    return { name, length: f.length, fn: (rt, _self, args) => toWord(rt, hostLibraryCall(() => f(...args.map((a) => rt.host(a))))) };
  });
  return { natives, values: [['EOL', os.EOL], ['devNull', os.devNull], ['constants', os.constants]] };
}

/** The module object of node builtin `name` (one of NODE_BUILTIN_MODULES). */
export function createNodeModule(rt: RuntimeCore, name: string): number {
  const obj = rt.objects.allocObject();
  rt.heap.pushHandle(obj);
  if (name === 'timers') {
    // The globals themselves (as node's are), and the promise forms (lib/timers/promises.js).
    for (const key of ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval']) {
      const fn = rt.getProperty([Tag.Ptr, rt.globalObject], key);
      rt.objects.setOwn(obj, key, fn[0], fn[1]);
    }
    rt.props.define(obj, 'promises', Tag.Ptr, rt.createNative({ name: 'get promises', length: 0, fn: (r) => r.libraryExports('timers/promises') }), 0, 'get');
    rt.heap.popHandle();
    return obj;
  }
  const install = name === 'crypto' ? installCrypto : name === 'path' ? installPath : undefined;
  if (install !== undefined) {
    try {
      install(rt, obj);
    } finally {
      rt.heap.popHandle();
    }
    return obj;
  }
  const parts = name === 'os' ? osModule() : { natives: name === 'fs' ? fsModule() : utilModule(), values: [] };
  try {
    for (const m of parts.natives) rt.objects.setOwn(obj, m.name, Tag.Ptr, rt.createNative(m));
    if (name === 'fs') {
      const { promises, callbacks } = asyncFsCalls(parts.natives);
      for (const m of callbacks) rt.objects.setOwn(obj, m.name, Tag.Ptr, rt.createNative(m));
      const promisesObj = rt.objects.allocObject();
      rt.objects.setOwn(obj, 'promises', Tag.Ptr, promisesObj);
      for (const m of promises) rt.objects.setOwn(promisesObj, m.name, Tag.Ptr, rt.createNative(m));
      for (const m of fsClassGetters()) rt.props.define(obj, m.name.slice(4), Tag.Ptr, rt.createNative(m), 0, 'get');
    }
    for (const [key, v] of parts.values) {
      const w = toWord(rt, v);
      rt.objects.setOwn(obj, key, w[0], w[1]);
    }
    if (name === 'util') {
      installUtilExtras(rt, obj);
      for (const [key, fn] of utilFunctions(rt)) rt.objects.setOwn(obj, key, fn[0], fn[1]);
    }
  } finally {
    rt.heap.popHandle();
  }
  return obj;
}
