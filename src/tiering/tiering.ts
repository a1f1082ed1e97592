// Tiering connects the two execution engines: it installs the interpreter's hooks (hot
// functions get compiled by the optimizing JIT and installed through the addon) and the
// addon's callbacks (compiled code entering the interpreter, runtime calls, deopts). The
// policy: compile when a function's work reaches --jit-threshold; recompile when hot again
// after a deopt dropped the code, without the failed speculation; leave a function that
// deopted --max-deopts times in the interpreter. Deopts themselves: deoptimizer.ts
// (frames rebuilt by deopt-frames.ts, the reaction decided by deopt-policy.ts).

import * as fs from 'fs';
import type * as BytecodeDisassembler from '../bytecode/disassembler';
import { displayName, positionAt, type BytecodeFunction, type Program } from '../bytecode/function';
import { Interpreter } from '../interpreter/interpreter';
import type * as OptimizingCompiler from '../jit/opt/compiler';
import type { CompiledFunction } from '../jit/opt/compiler';
import type { FunctionSource, GlobalConstant, OsrEntry, ProtoLoad } from '../jit/opt/ir/graph-builder';
import { METHOD_NODES, type BuiltinReceiver } from '../jit/opt/ir/build/source';
import type { RuntimeSite } from '../jit/opt/ir/runtime-ops';
import type { NativeAddon, NativeCallbacks } from '../native/addon';
import type { FunctionProfile } from '../profile/function-profile';
import type { Heap } from '../runtime/heap';
import { Frame, Kind, NATIVE_FUNCTION_ID_BASE, ObjectLayout, Tag } from '../runtime/layout';
import type { ObjectModel } from '../runtime/objects';
import { PropFlag } from '../runtime/shapes';
import { IC_ABSENT_SLOT, IC_ENTRIES, IC_GETTER_BIT, IC_PROTO_BIT, IC_SLOT_MASK, IC_STRIDE } from '../profile/feedback';
import type { Runtime } from '../runtime/runtime';
import type { TieringOptions } from './tiering-options';
import { Trace, type TierEvent } from './trace';
import { Stats } from './stats';
import type * as PrintCode from './print-code';
import { NativeExceptions } from './native-exceptions';
import { newFunctionState, speculationKey, type CodeRecord, type FunctionState } from './function-state';

// Loaded at first use: the optimizing JIT when the first function gets hot, the printers only
// under --print-code. A short run that never tiers up does not pay for loading them.
let optimizingCompiler: typeof OptimizingCompiler | undefined;
function jit(): typeof OptimizingCompiler {
  return (optimizingCompiler ??= require('../jit/opt/compiler') as typeof OptimizingCompiler);
}

/** A global's value for compiled code to use as a constant while the prototype epoch
 *  holds: an own data property of the global object (its prototype chain's are looked up
 *  at run time), or undefined for an absent name read by typeof. */
function globalConstant(rt: Runtime, name: string, forTypeof: boolean): GlobalConstant | undefined {
  rt.ensureGlobal(name); // a global built on first use is built now, not folded as absent
  const g = rt.globalObject;
  const epoch = rt.objects.protoEpoch;
  const holder: [number, number] = [Tag.Ptr, g];
  if (rt.objects.getOwn(g, name)) {
    if ((rt.objects.rflags & PropFlag.Accessor) !== 0) return undefined;
    return { value: [rt.objects.rhi, rt.objects.rlo], epoch, holder };
  }
  if (!forTypeof || rt.props.findHolder(g, name) !== 0) return undefined;
  return { value: [Tag.Undefined, 0], epoch, holder };
}

/** What a named-load site whose cache entries all found the property on a prototype
 *  loads, while the prototype epoch is the one they were recorded in: the receiver shapes,
 *  the epoch, and the value (per shape when data properties differ; getters must agree). */
function protoLoadOf(objects: ObjectModel, p: FunctionProfile, site: number): ProtoLoad | undefined {
  const base = site * IC_STRIDE;
  const n = p.ics[base];
  const epoch = objects.protoEpoch;
  if (n < 1 || n > IC_ENTRIES || p.icEpochs[site] !== epoch) return undefined;
  const shapes: number[] = [];
  const values: [number, number][] = [];
  let isGetter = false;
  for (let e = 0; e < n; e++) {
    const at = base + 1 + 3 * e;
    const slot = p.ics[at + 1];
    if ((slot & IC_PROTO_BIT) === 0) return undefined;
    const getter = (slot & IC_GETTER_BIT) !== 0;
    if (e > 0 && getter !== isGetter) return undefined;
    isGetter = getter;
    const holder = p.ics[at + 2];
    if ((slot & IC_SLOT_MASK) === IC_ABSENT_SLOT) {
      // Found nowhere on the chain: undefined.
      values.push([Tag.Undefined, 0]);
      shapes.push(p.ics[at]);
      continue;
    }
    const w = ((objects.heap.u32[(holder + ObjectLayout.objectSlotsOffset) >> 2] + ObjectLayout.storeValuesOffset) >> 2) + 2 * (slot & IC_SLOT_MASK);
    let v: [number, number] = [objects.heap.u32[w + 1], objects.heap.u32[w]];
    if (getter) {
      objects.getElement(v[1], 0);
      v = [objects.rhi, objects.rlo];
    }
    values.push(v);
    shapes.push(p.ics[at]);
  }
  const value = values[0];
  const functionIdOf = ([hi, lo]: [number, number]): number | undefined => (hi === Tag.Ptr && objects.heap.kindOf(lo) === Kind.Function ? objects.heap.functionId(lo) : undefined);
  if (values.every((v) => v[0] === value[0] && v[1] === value[1])) {
    const getterId = isGetter ? objects.heap.functionId(value[1]) : undefined;
    return { shapes, epoch, value, getterId, functionIds: [functionIdOf(value)] };
  }
  // Different getters would need a call per shape: not cached.
  if (isGetter) return undefined;
  return { shapes, epoch, value, values, functionIds: values.map(functionIdOf) };
}

export class Tiering {
  readonly codes: CodeRecord[] = [];
  readonly states: FunctionState[];
  readonly runtimeSites: RuntimeSite[] = [];
  readonly trace: Trace;
  interpreter!: Interpreter;
  runtime!: Runtime;
  /** The function objects of the builtin methods the JIT compiles calls of to nodes of their
   *  own (calls.ts), as the realm made them (rememberBuiltinMethods), by `receiver.key`. */
  private readonly originalMethods = new Map<string, number>();
  readonly exceptions: NativeExceptions;
  /** The Math functions compiled code calls directly (the addon resolved them). */
  private readonly mathFunctions: ReadonlySet<string>;

  constructor(
    readonly program: Program,
    readonly heap: Heap,
    readonly native: NativeAddon,
    readonly profiles: readonly FunctionProfile[],
    readonly options: TieringOptions,
    readonly stats: Stats,
  ) {
    this.states = program.functions.map(() => newFunctionState());
    const osrAt = options.jitless ? Infinity : options.jitThreshold;
    for (const p of profiles) p.osrAt = osrAt;
    this.trace = new Trace(options.traceFormat);
    this.exceptions = new NativeExceptions(heap);
    this.mathFunctions = new Set(native.mathFunctions ?? []);
  }

  /** A function compiled while the program runs (dynamic-code.ts): its profile is already
   *  in `profiles` (the array this tiering shares), its function in the program's table. */
  addFunction(profile: FunctionProfile): void {
    this.states[profile.fn.id] = newFunctionState();
    profile.osrAt = this.options.jitless ? Infinity : this.options.jitThreshold;
    this.interpreter.addFunction(profile.fn);
  }

  get interpreterEntry(): number {
    return this.native.interpreterEntry;
  }

  /** Records the builtin methods the JIT specializes before the program can replace one
   *  (`String.prototype.charCodeAt = f` must make a call of it a call of f). */
  rememberBuiltinMethods(): void {
    const o = this.runtime.objects;
    for (const [receiver, methods] of Object.entries(METHOD_NODES) as [BuiltinReceiver, object][]) {
      for (const key of Object.keys(methods)) if (o.getOwn(this.builtinPrototype(receiver), key)) this.originalMethods.set(`${receiver}.${key}`, o.rlo);
    }
  }

  /** Array.prototype, String.prototype or Function.prototype. */
  private builtinPrototype(receiver: BuiltinReceiver): number {
    const o = this.runtime.objects;
    return receiver === 'array' ? o.arrayProto : receiver === 'string' ? o.stringProto : o.functionProto;
  }

  /** Closure creation, shared by the interpreter and the runtime: new closures of a
   *  compiled function start in its compiled code. */
  createClosure = (functionId: number, ctxHi: number, ctxLo: number): number => {
    if (functionId >= NATIVE_FUNCTION_ID_BASE) return this.heap.allocFunction(functionId, this.interpreterEntry, ctxHi, ctxLo);
    const state = this.states[functionId];
    const entry = state.code ? state.code.installed.address : this.interpreterEntry;
    const at = this.heap.allocFunction(functionId, entry, ctxHi, ctxLo);
    state.closures.push(at);
    return at;
  };

  /** After a collection: closures the GC freed leave their function's list (the lists are
   *  weak; a freed offset may be reused by any object). */
  dropDeadClosures(isLive: (at: number) => boolean): void {
    for (const state of this.states) {
      const closures = state.closures;
      let n = 0;
      for (const c of closures) if (isLive(c)) closures[n++] = c;
      closures.length = n;
    }
  }

  // ---- compilation --------------------------------------------------------------------
  onHot(profile: FunctionProfile): void {
    const id = profile.fn.id;
    const state = this.states[id];
    if (this.options.jitless || state.declined || state.code) return;
    // The top level runs once: code compiled after it got hot in its own loops could never be
    // entered by a call (its loops reach OSR code instead), so only an eager threshold
    // compiles it whole.
    if (id === this.program.main && profile.work > 1) return;
    const record = this.compileAndReport(profile, state);
    if (!record) {
      state.declined = true;
      return;
    }
    state.code = record;
    profile.compiledEntry = record.installed.address;
    for (const c of state.closures) this.heap.setFunctionEntry(c, record.installed.address);
  }

  /** A closure compiled code made (with the interpreter entry: lower-objects.ts) is called
   *  while its function has code: it enters that code from now on, and is patched with the
   *  others when the code is dropped. */
  /** Native function object `at` becomes a closure of the function and context of closure
   *  `closure` (a self-hosted builtin replacing its native: runtime/self-hosted.ts), keeping
   *  its identity and its own properties; it enters that function's compiled code when
   *  there is some, and follows it from then on like any closure. */
  adoptClosure(at: number, closure: number): void {
    const id = this.heap.functionId(closure);
    const heap = this.heap;
    heap.u32[(at + ObjectLayout.functionIdOffset) >> 2] = id;
    const context = (closure + ObjectLayout.functionContextOffset) >> 2;
    heap.u32[(at + ObjectLayout.functionContextOffset) >> 2] = heap.u32[context];
    heap.u32[((at + ObjectLayout.functionContextOffset) >> 2) + 1] = heap.u32[context + 1];
    const state = this.states[id];
    heap.setFunctionEntry(at, state.code ? state.code.installed.address : this.interpreterEntry);
    state.closures.push(at);
  }

  adoptCompiledEntry(fnOffset: number): void {
    const state = this.states[this.heap.functionId(fnOffset)];
    if (!state.code) return;
    this.heap.setFunctionEntry(fnOffset, state.code.installed.address);
    state.closures.push(fnOffset);
  }

  /** On-stack replacement: the interpreter frame at fp, running `profile`'s function, is at
   *  the back-edge into the loop header at `pc` with its work budget spent. Returns the
   *  address of OSR code entered there (compiled now or earlier), or 0 to keep
   *  interpreting. The top-level script and a first long-running call reach compiled code
   *  this way instead of waiting for a next call that never comes. */
  onOsr(profile: FunctionProfile, fp: number, pc: number): number {
    const state = this.states[profile.fn.id];
    if (this.options.jitless || state.declined) {
      profile.osrAt = Infinity;
      return 0;
    }
    let record = state.osr.get(pc);
    if (!record) {
      const registers = (fp >> 2) + 2 * Frame.headerSlots;
      record = this.compileAndReport(profile, state, { pc, registerTag: (r) => this.heap.u32[registers + 2 * r + 1] });
      if (!record) {
        profile.osrAt = Infinity;
        return 0;
      }
      state.osr.set(pc, record);
    }
    return record.installed.address;
  }

  /** Compiles (normal or OSR code) and reports it in the trace and stats; undefined when
   *  the JIT declined the function, which the trace says with the reason. */
  private compileAndReport(profile: FunctionProfile, state: FunctionState, osr?: OsrEntry): CodeRecord | undefined {
    const name = displayName(profile.fn);
    const started = performance.now();
    let record: CodeRecord;
    try {
      record = this.compile(profile, state, osr);
    } catch (e) {
      // A construct the JIT does not compile is declined; so is a compiler bug, loudly named,
      // because the function still runs correctly in the interpreter.
      if (!(e instanceof Error)) throw e;
      const reason = e instanceof jit().DeclineError ? e.message : `internal compiler error: ${e.message}`;
      this.stats.declined++;
      if (this.options.traceTier) this.trace.emit({ event: 'jit-declined', function: name, reason, osr: osrPlace(profile.fn, osr) });
      return undefined;
    }
    const ms = performance.now() - started;
    this.stats.recordCompile(ms, record.installed.size);
    if (this.options.traceTier) {
      const why = `${profile.work} unit${profile.work === 1 ? '' : 's'} of work > --jit-threshold=${this.options.jitThreshold}${state.deopts ? ` (recompile after ${state.deopts} deopt${state.deopts > 1 ? 's' : ''})` : ''}`;
      this.trace.emit({
        event: 'tier', function: name, from: 'interpreter', to: 'optimized', reason: why,
        compileMs: round(ms), codeBytes: record.installed.size, osr: osrPlace(profile.fn, osr),
      });
    }
    if (this.options.perfMap) {
      const { address, size } = record.installed;
      fs.appendFileSync(`/tmp/perf-${process.pid}.map`, `${address.toString(16)} ${size.toString(16)} kiln:${name}\n`);
    }
    if (this.options.printCode) {
      const { printCode } = require('./print-code') as typeof PrintCode;
      const { disassembleFunction } = require('../bytecode/disassembler') as typeof BytecodeDisassembler;
      process.stderr.write(printCode(record.installed, profile.fn, disassembleFunction(profile.fn, this.program), this.native));
    }
    return record;
  }

  private compile(profile: FunctionProfile, state: FunctionState, osr: OsrEntry | undefined): CodeRecord {
    const codeId = this.codes.length;
    const firstSite = this.runtimeSites.length;
    const compiled = this.optimize(profile.fn.id, state, osr, codeId, (site) => this.runtimeSites.push(site) - 1);
    for (let i = firstSite; i < this.runtimeSites.length; i++) {
      this.runtimeSites[i].operandOffset = compiled.frameBytes;
      this.runtimeSites[i].functionId = profile.fn.id;
    }
    const installed = this.native.installCode(compiled.stream);
    const record: CodeRecord = {
      codeId,
      functionId: profile.fn.id,
      exits: compiled.exits,
      frameBytes: compiled.frameBytes,
      spillBase: compiled.spillBase,
      installed,
      osrPc: osr?.pc,
    };
    this.codes.push(record);
    return record;
  }

  /** Runs the optimizing compiler on function `functionId` with its profile's feedback as
   *  it stands: the instruction stream and deopt exits, not yet encoded or installed. */
  private optimize(
    functionId: number,
    state: FunctionState,
    osr: OsrEntry | undefined,
    codeId: number,
    registerRuntimeSite: (site: RuntimeSite) => number,
  ): CompiledFunction {
    const failed = state.failedSpeculations;
    const source = (id: number): FunctionSource => {
      const p = this.profiles[id];
      const constants = this.interpreter.constantWords(id);
      return {
        fn: p.fn,
        feedback: (slot) => p.feedback(this.heap, slot),
        constantWord: (k) => [constants.hi[k], constants.lo[k]],
        failed: (pc) => failed.has(speculationKey(id, pc)),
        callTarget: (pc) => p.callTarget(pc),
        ics: p.ics,
        builtinMethod: (receiver, key) => {
          const o = this.runtime.objects;
          if (!o.getOwn(this.builtinPrototype(receiver), key) || (o.rflags & PropFlag.Accessor) !== 0) return undefined;
          return { value: [o.rhi, o.rlo], epoch: o.protoEpoch, original: this.originalMethods.get(`${receiver}.${key}`) === o.rlo };
        },
        protoLoad: (site) => protoLoadOf(this.runtime.objects, p, site),
        holeEpoch: () => {
          // Integer-like keys make an object a dictionary: two fast shapes have none.
          const o = this.runtime.objects;
          return o.shapeOf(o.arrayProto).dictionary || o.shapeOf(o.objectProto).dictionary ? undefined : o.protoEpoch;
        },
        storeEpoch: (site) => (p.icEpochs[site] === this.runtime.objects.protoEpoch ? p.icEpochs[site] : undefined),
        createThis: (pc) => p.createThis.get(pc),
        superConstruct: (pc) => p.superConstruct.get(pc),
        instanceOf: (pc) => {
          const e = p.instanceOf.get(pc);
          return e && e.answers.length > 0 && e.epoch === this.runtime.objects.protoEpoch ? e : undefined;
        },
        internedString: (text) => [Tag.Ptr, this.heap.internString(text)],
        globalValue: (name, forTypeof) => globalConstant(this.runtime, name, forTypeof),
      };
    };
    return jit().compileOptimized({
      root: source(functionId),
      source,
      codeId,
      stressDeopt: this.options.stressDeopt,
      gprCount: this.native.gprCount,
      interpreterEntry: this.interpreterEntry,
      fprCount: this.native.fprCount,
      mathFunctions: this.mathFunctions,
      registerRuntimeSite,
      printIr: this.options.printIr ? (text) => process.stderr.write(text + '\n') : undefined,
      osr,
    });
  }

  /** Compile-speed benchmarks (bench/compile-speed.js): what a tier-up of `functionId`
   *  compiles now, from graph building to the instruction stream, with nothing recorded,
   *  registered or installed (the stream is the caller's to encode). Throws DeclineError
   *  for a function the JIT declines. */
  compileDetached(functionId: number): CompiledFunction {
    let sites = 0;
    return this.optimize(functionId, this.states[functionId], undefined, this.codes.length, () => sites++);
  }

  /** True while `code` is what its function runs (its normal or one of its OSR codes). */
  isCurrent(code: CodeRecord): boolean {
    const state = this.states[code.functionId];
    return code.osrPc === undefined ? state.code === code : state.osr.get(code.osrPc) === code;
  }

  /** Drops a function's optimized code, OSR code included: its closures go back to the
   *  interpreter, which profiles it again from a zero budget. */
  invalidate(functionId: number): void {
    const state = this.states[functionId];
    if (!state.code && state.osr.size === 0) return;
    state.osr.clear();
    if (state.code) {
      state.code = undefined;
      this.profiles[functionId].compiledEntry = 0;
      for (const c of state.closures) this.heap.setFunctionEntry(c, this.interpreterEntry);
    }
    const profile = this.profiles[functionId];
    profile.work = 0;
    profile.hot = false;
  }

  callbacks(deopt: NativeCallbacks['deopt'], runtime: NativeCallbacks['runtime']): NativeCallbacks {
    const x = this.exceptions;
    return {
      interpret: (fp) => x.guard(() => this.interpretFromNative(fp)),
      runtime: (id, fp) => x.guard(() => runtime(id, fp)),
      deopt: (fp) => x.guard(() => deopt(fp)),
    };
  }

  /** Runs machine code from TypeScript: an exception it ended with is thrown here. */
  enter(fnOffset: number, fp: number): void {
    this.native.enter(fnOffset, fp);
    this.exceptions.rethrowIfPending();
  }

  enterAt(address: number, fp: number): void {
    this.native.enterAt(address, fp);
    this.exceptions.rethrowIfPending();
  }

  /** Compiled code called a function whose entry is the interpreter stub (--stats counts
   *  the calls of natives: each crosses from machine code into TypeScript). */
  private interpretFromNative(fp: number): void {
    if (this.options.stats) {
      const id = this.heap.functionId(this.heap.u32[fp >> 2]);
      if (id >= NATIVE_FUNCTION_ID_BASE) this.stats.recordNativeCall(this.runtime.nativeName(id));
    }
    this.interpreter.enterFrame(fp);
  }
}

function osrPlace(fn: BytecodeFunction, osr: OsrEntry | undefined): TierEvent['osr'] {
  return osr && { bytecodeOffset: osr.pc, ...positionAt(fn, osr.pc) };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
