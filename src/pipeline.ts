// The whole flow as a straight list of stages: source → bytecode (frontend/) → runtime
// (heap region from the addon, function profiles) → tiering wiring (interpreter hooks,
// addon callbacks) → run the module's top level → report errors and stats.

import * as fs from 'fs';
import * as path from 'path';
import type * as BytecodeDisassembler from './bytecode/disassembler';
import type { Program } from './bytecode/function';
import { Op } from './bytecode/opcodes';
import { DynamicCode } from './dynamic-code';
import { EntryScriptError, locateEntryScript } from './entry-script';
import { compileModules, KilnDiagnostic, withCompletionPrinted } from './frontend';
import { Interpreter } from './interpreter/interpreter';
import { loadAddon } from './native/addon';
import { initDisassembler } from './native/disassemble';
import type { Options } from './options';
import { FunctionProfile } from './profile/function-profile';
import { isHostStackOverflow, KilnThrow, stackOverflow } from './runtime/errors';
import { formatGcEvent, GarbageCollector } from './runtime/gc';
import { Heap, HeapLimitError } from './runtime/heap';
import { Globals, Kind, NATIVE_FUNCTION_ID_BASE, Tag } from './runtime/layout';
import { LibraryBuiltins } from './runtime/library-builtins';
import { ModuleRegistry } from './runtime/modules';
import { Runtime } from './runtime/runtime';
import type { SuspendKind } from './runtime/runtime-core';
import { formatUncaughtException } from './runtime/uncaught';
import { ValueConverter } from './runtime/values';
import { makeDeoptHandler } from './tiering/deoptimizer';
import { makeRuntimeHandler } from './tiering/runtime-calls';
import { Stats } from './tiering/stats';
import { Tiering } from './tiering/tiering';

/** What a finished run leaves behind for an in-process observer: the compiled program and
 *  the tiering state (profiles with their feedback, the heap, the addon). Valid until the
 *  next runScript in this process, which reuses the one heap region. */
export interface FinishedRun {
  readonly program: Program;
  readonly tiering: Tiering;
}

/** Runs a script; resolves to the process exit code. `finished` sees the run's state after
 *  the script completed normally (bench/compile-speed.js compiles its profiled functions). */
export async function runScript(options: Options, finished?: (run: FinishedRun) => void): Promise<number> {
  // The addon first: it raises V8's stack limit, which deeply nested source needs to parse.
  const hostFrames = nodeFramesBelowEntryScript();
  const native = loadAddon();
  native.setNativeStackLimit();
  let file: string;
  let program: Program;
  try {
    const entry = locateEntryScript(options);
    file = entry.file;
    const source = options.printResult && entry.source !== undefined ? withCompletionPrinted(entry.source, file) : entry.source;
    program = compileModules(file, source);
  } catch (e) {
    if (e instanceof EntryScriptError) {
      process.stderr.write(e.report);
      return e.exitCode;
    }
    if (e instanceof KilnDiagnostic) {
      process.stderr.write(e.format() + '\n');
      return 1;
    }
    throw e;
  }
  if (options.printBytecode) {
    // Loaded only under the flag, as the other printers are.
    const { disassembleProgram } = require('./bytecode/disassembler') as typeof BytecodeDisassembler;
    process.stdout.write(disassembleProgram(program) + '\n');
  }
  if (options.printCode) await initDisassembler();

  const heap = options.maxHeapMb === undefined ? new Heap(native.heap) : new Heap(native.heap, options.maxHeapMb * 1024 * 1024);
  heap.u32[Globals.stressCounter >> 2] = options.stressDeoptPeriod;
  const profiles = program.functions.map((fn) => new FunctionProfile(fn, heap));
  const stats = new Stats();
  const tiering = new Tiering(program, heap, native, profiles, options, stats);
  const runtime = new Runtime(
    heap,
    (id) => tiering.createClosure(id, Tag.Undefined, 0),
    (fnOffset) => nameOf(heap.functionId(fnOffset)),
  );
  runtime.functionKind = (fnOffset) => program.functions[heap.functionId(fnOffset)].kind ?? 'normal';
  runtime.functionSuspends = (fnOffset) => suspendKind(program.functions[heap.functionId(fnOffset)]);
  runtime.functionIsSloppy = (fnOffset) => {
    const fn = program.functions[heap.functionId(fnOffset)];
    return fn.strict !== true && fn.selfHosted !== true;
  };
  runtime.usesNewTarget = (fnOffset) => program.functions[heap.functionId(fnOffset)].code[0] === Op.LoadNewTarget;
  runtime.bytecodeFunctionLength = (fnOffset) => program.functions[heap.functionId(fnOffset)].length;
  runtime.functionSource = (fnOffset) => sourceOf(heap.functionId(fnOffset));
  const moduleSources = new Map(program.modules.map((m) => [m.file, m.source]));
  /** Function.prototype.toString: a function's own source text, as node prints it. */
  const sourceOf = (id: number): string => {
    if (id >= NATIVE_FUNCTION_ID_BASE) return `function ${nameOf(id)}() { [native code] }`;
    const fn = program.functions[id];
    if (fn.selfHosted) return `function ${fn.name}() { [native code] }`;
    const text = dynamicCode.sourceOf(id) ?? moduleSources.get(fn.file) ?? program.source;
    return text.slice(fn.sourceStart, fn.sourceEnd);
  };
  const nameOf = (id: number): string => (id >= NATIVE_FUNCTION_ID_BASE ? runtime.nativeName(id) : program.functions[id].name);
  runtime.props.functionsReady();
  const converter = new ValueConverter(heap, {
    nameOf,
    isClass: (id) => id < NATIVE_FUNCTION_ID_BASE && (program.functions[id].kind === 'class' || program.functions[id].kind === 'derived-class'),
    suspends: (id) => (id >= NATIVE_FUNCTION_ID_BASE ? undefined : suspendKind(program.functions[id])),
    sourceOf: (id) => sourceOf(id),
  });
  converter.objects = runtime.objects;
  converter.collections = runtime.collections;
  converter.errors = runtime.errors;
  const built = runtime.built; // the groups built on first use: printing must not build one
  converter.exoticMirror = (at) => built.binary?.typedArrays.hostCopy(at) ?? runtime.weakCollections.mirror(at)
    ?? built.binary?.textCodecs.mirror(at) ?? built.urls?.mirror(at) ?? built.intl?.mirror(at);
  converter.symbols = runtime.symbols;
  converter.customInspect = (at) => runtime.customInspect.methodFor(at);
  converter.readProperty = (at, key) => runtime.getProperty([Tag.Ptr, at], key);
  converter.readAccessor = (at, key) => {
    try {
      return runtime.host(runtime.getProperty([Tag.Ptr, at], key));
    } catch (e) {
      if (!(e instanceof KilnThrow)) throw e;
      // (node shows the thrown value's `message`: a mirror of it has the same)
      throw runtime.host(runtime.thrownValue(e));
    }
  };
  // A proxy prints as its target (proxies exist once the Proxy global is built).
  converter.proxyTarget = (at) => (runtime.props.proxies !== null && runtime.props.isProxy(at) ? runtime.props.proxies.targetOf(at) : undefined);
  converter.proxyHandler = (at) => runtime.props.proxies?.handlerOf(at) ?? 0;
  runtime.conv = converter;
  const gc = new GarbageCollector(heap, {
    roots: runtimeRoots(runtime, profiles),
    freed: (at, kind) => {
      if (kind === Kind.Dictionary) {
        runtime.objects.forgetStore(at);
        runtime.collections.forgetStore(at);
      }
      else if (kind === Kind.BigInt) heap.bigints.freed(at);
      else {
        converter.forget(at);
        runtime.realm.bound.forget(at);
      }
    },
    freedKinds: [Kind.Dictionary, Kind.Function, Kind.Symbol, Kind.BigInt],
    swept: (isLive) => {
      tiering.dropDeadClosures(isLive);
      runtime.collections.dropDead(isLive);
      runtime.userIterables.dropDead(isLive);
      runtime.objects.dropDeadArrayBags(isLive);
      runtime.weakCollections.dropDead(isLive);
      built.binary?.typedArrays.dropDead(isLive);
      built.binary?.textCodecs.dropDead(isLive);
      built.urls?.dropDead(isLive);
      built.intl?.dropDead(isLive);
    },
    isWeakCollection: (at) => runtime.weakCollections.isWeak(at),
    weakEntriesCleared: (store) => runtime.collections.forgetStore(store),
    weakEntryCleared: (store, hi, lo) => runtime.weakCollections.entryCleared(store, hi, lo),
    collected: (e) => {
      runtime.weakCollections.finalize();
      stats.recordGc(e.pauseMs, e.freedBytes);
      if (options.traceGc) process.stderr.write(formatGcEvent(e, options.traceFormat) + '\n');
    },
  }, { stress: options.gcStress, verify: options.gcStress });
  const interpreter = new Interpreter({
    heap,
    converter,
    profiles,
    file,
    interpreterEntryLo: native.interpreterEntry % 0x100000000,
    interpreterEntryHi: Math.floor(native.interpreterEntry / 0x100000000),
    threshold: options.jitThreshold,
    runtime,
    hooks: {
      onHot: (p) => tiering.onHot(p),
      enterNative: (fn, fp) => tiering.enter(fn, fp),
      adoptCompiledEntry: (fn) => tiering.adoptCompiledEntry(fn),
      safepoint: (top) => gc.safepoint(top),
      osr: (p, fp, pc) => tiering.onOsr(p, fp, pc),
      enterOsr: (address, fp) => tiering.enterAt(address, fp),
    },
  });
  interpreter.createClosure = tiering.createClosure;
  if (!file.startsWith('[')) interpreter.setHostFrames(hostFrames);
  tiering.interpreter = interpreter;
  tiering.runtime = runtime;
  tiering.rememberBuiltinMethods();
  native.setCallbacks(tiering.callbacks(makeDeoptHandler(tiering), makeRuntimeHandler(tiering, converter)));

  const dynamicCode = new DynamicCode(program, heap, profiles, tiering, runtime);
  runtime.compileFunction = (params, body) => dynamicCode.createFunction(params, body);
  runtime.evaluateScript = (code) => dynamicCode.evaluate(code);
  runtime.evaluateDirect = (code, site, context, receiver) => dynamicCode.evaluateDirect(code, site, context, receiver);
  runtime.selfHosted.runLibrary = (source, libraryFile) => dynamicCode.runSelfHosted(source, libraryFile);
  runtime.selfHosted.adoptClosure = (at, closure) => tiering.adoptClosure(at, closure);
  runtime.selfHosted.configure(options.jitThreshold);
  runtime.eventLoop.overheadMs = () => stats.compileMs + stats.gcPauseMs;
  runtime.modules = new ModuleRegistry(runtime, program.modules);
  runtime.libraryExports = (name) => runtime.modules!.library(name);
  runtime.library = new LibraryBuiltins(runtime, { argv: programArgv(options, file), randomSeed: options.randomSeed, exit: (args) => runtime.processObject.exit(args) });
  runtime.realm.installLibraryValues();
  try {
    runToCompletion(runtime);
    const code = runtime.processObject.emitExit(runtime.processObject.exitCode(0));
    finished?.({ program, tiering });
    return code;
  } catch (e) {
    // V8 running out of its own stack in a runtime path (not in the dispatch loop, which
    // converts it itself) is the same language error: deep recursion.
    const error = isHostStackOverflow(e) ? stackOverflow() : e;
    if (error instanceof KilnThrow) {
      const sourceOf = (f: string): string | undefined => program.modules.find((m) => m.file === f)?.source;
      // node runs the 'exit' listeners first, with process.exitCode 1 (one may change it;
      // what one throws is dropped), then prints the report.
      let code = 1;
      try {
        code = runtime.processObject.exitAfterUncaught();
      } catch (inner) {
        if (!(inner instanceof KilnThrow)) throw inner;
        code = runtime.processObject.exitCode(1);
      }
      let report: string;
      try {
        report = formatUncaughtException(runtime, runtime.errors, error, sourceOf);
      } catch (inner) {
        // Printing ran into the language (a getter that throws): the plain form.
        if (!(inner instanceof KilnThrow)) throw inner;
        report = error.formatUncaught(sourceOf, error.value ? runtime.errors.describeUncaught(error.value) : undefined);
      }
      process.stderr.write(report);
      return code;
    }
    if (e instanceof HeapLimitError) {
      process.stderr.write(`FATAL ERROR: ${e.message}\n`);
      return 134;
    }
    throw e;
  } finally {
    if (options.stats) process.stderr.write(stats.format(options.traceFormat));
  }
}

/** The GC roots the runtime holds: the prototypes, every shape's prototype (shapes are
 *  never freed; they are scanned once, as they are made) and the feedback vectors. */
function runtimeRoots(runtime: Runtime, profiles: readonly FunctionProfile[]): (mark: (at: number) => void) => void {
  const protos = new Set<number>();
  let shapesSeen = 0;
  return (mark) => {
    for (const at of runtime.roots()) mark(at);
    const shapes = runtime.shapes.all;
    for (; shapesSeen < shapes.length; shapesSeen++) if (shapes[shapesSeen].proto !== 0) protos.add(shapes[shapesSeen].proto);
    protos.forEach(mark);
    for (const p of profiles) mark(p.feedbackOffset - 8); // the feedback vector's Bytes header
  };
}

/** The frames node has below the top level of a main module (`Module._compile (node:internal/
 *  modules/cjs/loader:…)` and on), as `    at ` lines without the prefix: kiln runs the
 *  program synchronously while node loads bin/kiln.js, so they are the frames under kiln's
 *  own entry script now, which node prints under any script it runs. Returned as a function
 *  that formats them on first use; empty when kiln was not started from bin/kiln.js (an
 *  in-process caller). */
function nodeFramesBelowEntryScript(): () => string[] {
  // The host captures the frames now and formats them when `stack` is first read.
  const savedLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  const here = new Error();
  Error.stackTraceLimit = savedLimit;
  let frames: string[] | null = null;
  return () => (frames ??= framesBelowEntry(here.stack ?? ''));
}

function framesBelowEntry(stack: string): string[] {
  let entry = path.join(__dirname, '..', 'bin', 'kiln.js');
  try {
    entry = fs.realpathSync(entry);
  } catch {
    return [];
  }
  const frames = stack.split('\n').slice(1).map((line) => line.replace(/^ {4}at /, ''));
  const at = frames.findIndex((f) => f.startsWith(`Object.<anonymous> (${entry}:`));
  return at < 0 ? [] : frames.slice(at + 1);
}

/** process.argv as node gives it: the script's path second, `-` for an explicit stdin, nothing
 *  for -e/-p or an implicit stdin. */
/** Runs the main module, then the event loop until it is empty. An exception nothing caught
 *  goes to the process's 'uncaughtException' listeners when there are any (with its origin),
 *  and the event loop goes on, as in node; without listeners it ends the run (the caller
 *  reports it). */
function runToCompletion(runtime: Runtime): void {
  let started = false;
  for (;;) {
    try {
      if (!started) {
        started = true;
        runtime.modules!.runMain();
      }
      runtime.eventLoop.run();
      // node's 'beforeExit': emitted each time the loop has nothing left to do; the process
      // ends once its listeners leave the loop with nothing again.
      if (!runtime.processObject.listens('beforeExit')) return;
      runtime.processObject.emit('beforeExit', [[Tag.Int32, runtime.processObject.exitCode(0)]]);
      runtime.eventLoop.drainQueues();
      if (!runtime.eventLoop.alive()) return;
    } catch (e) {
      if (!(e instanceof KilnThrow) || !runtime.processObject.listens('uncaughtException')) throw e;
      const value = runtime.thrownValue(e);
      runtime.heap.pushHandleWord(value);
      try {
        runtime.processObject.emit('uncaughtException', [value, runtime.str(e.origin ?? 'uncaughtException')]);
      } finally {
        runtime.heap.popHandle();
      }
    }
  }
}

function programArgv(options: Options, file: string): string[] {
  const script = file.startsWith('[') ? (options.script === '-' ? ['-'] : []) : [file];
  return [process.execPath, ...script, ...options.programArgs];
}

/** How a compiled function suspends, if it does. */
function suspendKind(fn: { generator?: boolean; async?: boolean }): SuspendKind | undefined {
  return fn.generator ? (fn.async ? 'async-generator' : 'generator') : fn.async ? 'async' : undefined;
}
