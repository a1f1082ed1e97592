// The rest of node's `process` that scripts reach for: identity values (version, versions,
// pid, arch, title, execPath), cwd(), uptime(), memoryUsage(), process.stderr.write,
// process.stdin (lib/stdin.js), the
// exit code a program sets (process.exitCode), the 'beforeExit' event (each time the loop
// runs dry: pipeline.ts), the 'exit' event (listeners run once the event loop is done, with
// the exit code), and the two events that change how a process ends:
// 'uncaughtException' (an exception no code caught goes to its listeners, with the origin,
// and the event loop goes on) and 'unhandledRejection' (a rejection still unhandled when the
// queues drain goes to its listeners with the promise, instead of ending the process). Other
// events keep their listeners for process.emit (kiln raises no signal or warning event).
// The listener methods are node's EventEmitter ones (on/once/off/emit/listeners/...).

import { KilnThrow } from './errors';
import { describeReceived } from './event-loop';
import { Kind, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** The process events kiln itself raises (a program may emit any other). */
type ProcessEvent = 'exit' | 'beforeExit' | 'uncaughtException' | 'unhandledRejection';

export class ProcessObject {
  /** Listeners per event, each list a heap array (a GC root), and which were added by once(). */
  private readonly listeners = new Map<string, { array: number; once: boolean[] }>();

  constructor(private readonly rt: RuntimeCore, private readonly processNs: number) {}

  roots(): number[] {
    return [...this.listeners.values()].map((l) => l.array);
  }

  /** Does event `event` have listeners? */
  listens(event: ProcessEvent): boolean {
    return this.listenerCount(event) > 0;
  }

  private listenerCount(event: string): number {
    const list = this.listeners.get(event);
    return list === undefined ? 0 : this.rt.objects.arrayLength(list.array);
  }

  /** The listeners of `event`, in order. */
  private listenerWords(event: string): Word[] {
    const list = this.listeners.get(event);
    if (list === undefined) return [];
    const o = this.rt.objects;
    const fns: Word[] = [];
    for (let i = 0; i < o.arrayLength(list.array); i++) {
      o.getElement(list.array, i);
      fns.push([o.rhi, o.rlo]);
    }
    return fns;
  }

  /** Removes the last registration of `listener` for `event` (node's removeListener). */
  private removeListener(event: string, listener: Word): void {
    const list = this.listeners.get(event);
    if (list === undefined) return;
    const fns = this.listenerWords(event);
    let at = -1;
    for (let i = fns.length - 1; i >= 0 && at < 0; i--) if (fns[i][0] === listener[0] && fns[i][1] === listener[1]) at = i;
    if (at < 0) return;
    fns.splice(at, 1);
    list.once.splice(at, 1);
    this.listeners.set(event, { array: this.rt.newArray(fns)[1], once: list.once });
  }

  /** Calls event's listeners in order with args (those added by once() are removed first). */
  emit(event: string, args: Word[]): void {
    const list = this.listeners.get(event);
    if (list === undefined) return;
    const o = this.rt.objects;
    const fns: Word[] = [];
    const keep: Word[] = [];
    const keepOnce: boolean[] = [];
    for (let i = 0; i < o.arrayLength(list.array); i++) {
      o.getElement(list.array, i);
      fns.push([o.rhi, o.rlo]);
      if (!list.once[i]) {
        keep.push([o.rhi, o.rlo]);
        keepOnce.push(false);
      }
    }
    const handles = this.rt.heap.handles.length;
    for (const f of fns) this.rt.heap.pushHandleWord(f);
    try {
      const kept = this.rt.newArray(keep)[1];
      this.listeners.set(event, { array: kept, once: keepOnce });
      for (const f of fns) this.rt.invoker.call(f, [Tag.Ptr, this.processNs], args);
    } finally {
      this.rt.heap.handles.length = handles;
    }
  }

  private addListener(event: string, listener: Word, once: boolean): void {
    let list = this.listeners.get(event);
    if (list === undefined) this.listeners.set(event, (list = { array: this.rt.newArray([])[1], once: [] }));
    this.rt.objects.push(list.array, listener[0], listener[1]);
    list.once.push(once);
  }

  install(installMethods: (holder: number, methods: readonly NativeMethod[]) => void, namespace: () => number): void {
    const rt = this.rt;
    const o = rt.objects;
    const ns = this.processNs;
    const value = (key: string, w: Word): void => o.defineOwn(ns, key, w[0], w[1], 0);
    // node's process object is tagged `process` ([object process]; its methods' frames are
    // `process.<anonymous>`).
    o.defineOwn(ns, rt.symbols.wellKnownKey('toStringTag'), Tag.Ptr, rt.str('process')[1], PropFlag.NonEnumerable | PropFlag.NonConfigurable);
    value('version', rt.str(process.version));
    const versions = o.allocObject();
    for (const [k, v] of Object.entries(process.versions)) if (typeof v === 'string') o.setOwn(versions, k, Tag.Ptr, rt.str(v)[1]);
    value('versions', [Tag.Ptr, versions]);
    value('pid', numberWord(process.pid));
    value('ppid', numberWord(process.ppid));
    value('arch', rt.str(process.arch));
    value('title', rt.str(process.title));
    value('execPath', rt.str(process.execPath));
    value('argv0', rt.str(process.argv0));
    value('execArgv', rt.newArray([]));
    const stderr = namespace();
    value('stderr', [Tag.Ptr, stderr]);
    // process.stdin: a readable stream written in the language (lib/stdin.js), loaded when a
    // program first reads it.
    const stdin = rt.createNative({ name: 'get stdin', length: 0, fn: (r) => r.libraryExports('stdin') });
    rt.props.define(ns, 'stdin', Tag.Ptr, stdin, 0, 'get');
    installMethods(stderr, [{
      name: 'write', length: 1,
      fn: (r, _self, args) => {
        const chunk = args[0] ?? UNDEF;
        // A Buffer or typed array is written as its bytes.
        const bytes = r.bufferBytes(chunk);
        if (bytes !== undefined) return [Tag.Bool, process.stderr.write(Uint8Array.from(bytes)) ? 1 : 0];
        if (!(chunk[0] === Tag.Ptr && !r.convert.isObject(chunk))) throw new KilnThrow('TypeError', 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
        return [Tag.Bool, process.stderr.write(r.toStringValue(chunk)) ? 1 : 0];
      },
    }]);
    const on = (name: string): NativeMethod => ({
      name, length: 2,
      fn: (r, self, args) => {
        const event = r.toStringValue(args[0] ?? UNDEF);
        const listener = args[1] ?? UNDEF;
        if (!r.isCallable(listener)) throw invalidListener(r, listener);
        this.addListener(event, listener, name === 'once');
        return self;
      },
    });
    const eventOf = (args: Word[]): string => rt.toStringValue(args[0] ?? UNDEF);
    const off = (name: string): NativeMethod => ({
      name, length: 2,
      fn: (r, self, args) => {
        const listener = args[1] ?? UNDEF;
        if (!r.isCallable(listener)) throw invalidListener(r, listener);
        this.removeListener(eventOf(args), listener);
        return self;
      },
    });
    // process.hrtime.bigint(): nanoseconds as a BigInt (what timing code reaches for first).
    const hrtime = rt.getProperty([Tag.Ptr, ns], 'hrtime');
    if (hrtime[0] === Tag.Ptr) {
      const bigint = rt.createNative({ name: 'hrtimeBigInt', length: 0, fn: (r) => [Tag.Ptr, r.heap.bigints.intern(process.hrtime.bigint())] });
      rt.props.define(hrtime[1], 'bigint', Tag.Ptr, bigint, 0);
    }
    installMethods(ns, [
      on('on'), on('once'), on('addListener'), off('off'), off('removeListener'),
      {
        name: 'removeAllListeners', length: 1,
        fn: (_r, self, args) => {
          if (args.length === 0 || args[0][0] === Tag.Undefined) this.listeners.clear();
          else this.listeners.delete(eventOf(args));
          return self;
        },
      },
      { name: 'listenerCount', length: 1, fn: (_r, _self, args) => [Tag.Int32, this.listenerCount(eventOf(args))] },
      { name: 'listeners', length: 1, fn: (r, _self, args) => r.newArray(this.listenerWords(eventOf(args))) },
      {
        name: 'emit', length: 1,
        fn: (_r, _self, args) => {
          const event = eventOf(args);
          const had = this.listenerCount(event) > 0;
          this.emit(event, args.slice(1));
          return [Tag.Bool, had ? 1 : 0];
        },
      },
      {
        // The warning is node's own text on stderr (kiln raises no 'warning' event).
        name: 'emitWarning', length: 4,
        fn: (r, _self, args) => {
          const warning = args[0] ?? UNDEF;
          const detail = args[1] ?? UNDEF;
          const type = detail[0] === Tag.Ptr && r.heap.kindOf(detail[1]) === Kind.String ? r.toStringValue(detail) : undefined;
          process.emitWarning(r.toStringValue(warning), type);
          return UNDEF;
        },
      },
      { name: 'cwd', length: 0, fn: (r) => r.str(process.cwd()) },
      { name: 'uptime', length: 0, fn: () => numberWord(process.uptime()) },
      {
        name: 'memoryUsage', length: 0,
        fn: (r) => {
          const usage = r.objects.allocObject();
          for (const [k, v] of Object.entries(process.memoryUsage())) r.objects.setOwn(usage, k, ...numberWord(v));
          return [Tag.Ptr, usage];
        },
      },
    ]);
  }

  /** The code the process ends with: process.exitCode when the program set it to a number. */
  exitCode(fallback: number): number {
    const w = this.rt.getProperty([Tag.Ptr, this.processNs], 'exitCode');
    if (w[0] === Tag.Undefined) return fallback;
    const n = this.rt.toNumber(w);
    return Number.isInteger(n) ? n : fallback;
  }

  /** The 'exit' listeners have run or are running: a process.exit() inside one ends the
   *  process without running them again (node's process._exiting). */
  private exiting = false;

  /** Runs the 'exit' listeners (in order, with the exit code), once, and returns the final
   *  code (a listener may set process.exitCode). */
  emitExit(code: number): number {
    if (!this.exiting) {
      this.exiting = true;
      this.emit('exit', [[Tag.Int32, code]]);
    }
    return this.exitCode(code);
  }

  /** process.exit(code) as node's: an argument given becomes process.exitCode (checked as
   *  node's setter checks it: an integer, an integer string, undefined or null), the 'exit'
   *  listeners run, and the process ends there with process.exitCode: what was written stays
   *  written, nothing after it runs. */
  exit(args: readonly Word[]): never {
    if (args.length > 0) {
      const code = args[0];
      this.checkExitCode(code);
      this.rt.objects.setOwn(this.processNs, 'exitCode', code[0], code[1]);
    }
    process.exit(this.emitExit(this.exitCode(0)));
  }

  /** An uncaught exception, before node's report is printed: process.exitCode becomes 1 and
   *  the 'exit' listeners run (unless they are running: an exception thrown by one); the
   *  final code. */
  exitAfterUncaught(): number {
    if (this.exiting) return 1;
    this.rt.objects.setOwn(this.processNs, 'exitCode', Tag.Int32, 1);
    return this.emitExit(1);
  }

  private checkExitCode(code: Word): void {
    if (code[0] === Tag.Undefined || code[0] === Tag.Null) return;
    const host = this.rt.host(code);
    const value = typeof host === 'string' && host !== '' && Number.isInteger(Number(host)) ? Number(host) : host;
    let error: KilnThrow | null = null;
    if (typeof value !== 'number') {
      error = new KilnThrow('TypeError', `The "code" argument must be of type number. Received ${describeReceived(this.rt, code)}`);
      error.ownProperties = [['code', 'ERR_INVALID_ARG_TYPE']];
    } else if (!Number.isInteger(value)) {
      error = new KilnThrow('RangeError', `The value of "code" is out of range. It must be an integer. Received ${String(value)}`);
      error.ownProperties = [['code', 'ERR_OUT_OF_RANGE']];
    }
    if (error !== null) throw error;
  }
}

/** node's ERR_INVALID_ARG_TYPE for a listener that is not a function. */
function invalidListener(rt: RuntimeCore, listener: Word): KilnThrow {
  const error = new KilnThrow('TypeError', `The "listener" argument must be of type function. Received ${describeReceived(rt, listener)}`);
  error.ownProperties = [['code', 'ERR_INVALID_ARG_TYPE']];
  return error;
}
