// The event loop, as node orders it: timers, immediates, process.nextTick, queueMicrotask
// and the Promise jobs (promises.ts) on the microtask queue. After the main module, the nextTick queue
// and then the microtask queue drain (repeatedly, until both are empty); then each turn runs
// the timers phase (every timer whose time has come, in order of due time then creation, the
// queues drained after each) and the check phase (the immediates queued before it began),
// sleeping until the next timer when nothing else is ready. The process ends when nothing
// is pending (an unref'd timer does not keep it alive).
//
// Callbacks and their arguments are heap values held by TypeScript between turns: roots()
// hands them to the collector.

import { KilnThrow } from './errors';
import { Tag } from './layout';
import { immediateFrames, microtaskFrames, tickFrames, timerFrames, type DrainSite } from './node-job-frames';
import { newPrivateKey } from './private-names';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
/** node's TIMEOUT_MAX: a delay outside [1, 2^31 - 1] ms becomes 1. */
const TIMEOUT_MAX = 2 ** 31 - 1;

interface Task {
  readonly fn: Word;
  readonly args: Word[];
  /** The callback's `this`: the handle of a timer or immediate the program made (node's
   *  Timeout or Immediate object); absent for undefined. */
  readonly self?: true;
  /** A queueMicrotask callback (node runs it through an AsyncResource). */
  readonly queued?: true;
}

/** What the loop is running now, for the node frames under it (node-job-frames.ts). */
const enum JobKind { None, Timer, Immediate, Tick, Microtask }

interface Timer extends Task {
  readonly id: number;
  /** The object setTimeout returned (clearTimeout's argument), 0 for none yet. */
  handle: number;
  due: number;
  readonly seq: number;
  /** setInterval's period; null for a one-shot timer. */
  readonly repeat: number | null;
  readonly delay: number;
}

export class EventLoop {
  private readonly ticks: Task[] = [];
  private readonly microtasks: Task[] = [];
  private readonly timers = new Map<number, Timer>();
  private immediates: Timer[] = [];
  private nextId = 1;
  private seq = 0;
  /** Immediates cleared while their batch runs (forgotten when the batch ends). */
  private readonly cleared = new Set<number>();
  /** What Atomics.wait sleeps on, made at the first sleep (a SharedArrayBuffer costs ~1 ms of
   *  start-up the first time one is made). */
  private sleeper: Int32Array | null = null;
  /** Prototypes of the objects setTimeout/setInterval and setImmediate return. */
  private timeoutProto = 0;
  private immediateProto = 0;
  /** The loop's clock, as libuv's: read at the top of each turn, and the timers phase fires
   *  what is due by it. A timer made (or refreshed, or an interval re-armed) counts from the
   *  clock read then, as node's getLibuvNow updates libuv's time at each call: a
   *  `setTimeout(f, 10)` made after the program ran a while is still 10 ms away. */
  private loopTime = 0;
  /** Milliseconds of the run spent in kiln's own work that node does not do on the
   *  program's thread (compiling, collecting: tiering/stats.ts), left out of the timers'
   *  clock: a JIT compile between two setTimeout calls must not reorder timers that node,
   *  which compiles off the main thread, starts within the same millisecond. */
  overheadMs: () => number = () => 0;

  /** The callback running now (none outside the loop's callbacks): its kind, where the
   *  queues it belongs to are emptied, and whether processTicksAndRejections runs them. */
  private jobKind = JobKind.None;
  private jobSite: DrainSite = 'end';
  private jobTicking = false;
  private jobTask: Task | null = null;
  /** The running timer or immediate was cleared by its own callback (node then drops the
   *  `_onTimeout` key its frame is named by). */
  private jobCleared = false;

  /** stdoutWrites when the queues were last emptied. */
  private stdoutWritesSeen = 0;

  constructor(private readonly rt: RuntimeCore) {
    watchStdout();
    this.stdoutWritesSeen = stdoutWrites;
  }

  /** node's frames below the callback the loop runs now, as `    at ` lines without the
   *  prefix (stack-trace.ts puts them under the callback's frame). */
  jobFrames(): readonly string[] {
    const task = this.jobTask;
    if (task === null) return [];
    switch (this.jobKind) {
      case JobKind.Timer: return timerFrames(task.args.length > 0);
      case JobKind.Immediate: return immediateFrames(task.args.length > 0);
      case JobKind.Tick: return tickFrames(this.jobSite, task.args.length);
      case JobKind.Microtask: return microtaskFrames(this.jobSite, this.jobTicking, task.queued === true);
      default: return [];
    }
  }

  /** The key node calls the running callback through (`timeout._onTimeout()`), which names
   *  its frame (`Timeout._onTimeout`); null when node calls it plainly. */
  jobMethod(): string | null {
    if (this.jobCleared) return null;
    return this.jobKind === JobKind.Timer ? '_onTimeout' : this.jobKind === JobKind.Immediate ? '_onImmediate' : null;
  }

  /** The timers' clock: monotonic time less kiln's overhead. */
  private clock(): number {
    return now() - this.overheadMs();
  }

  /** Heap values the loop holds (GC roots). */
  roots(): number[] {
    const out: number[] = [this.timeoutProto, this.immediateProto].filter((p) => p !== 0);
    const add = (t: Task & { handle?: number }): void => {
      for (const w of [t.fn, ...t.args]) if (w[0] === Tag.Ptr) out.push(w[1]);
      if (t.handle) out.push(t.handle);
    };
    this.ticks.forEach(add);
    this.microtasks.forEach(add);
    this.timers.forEach(add);
    this.immediates.forEach(add);
    return out;
  }

  /** The globals (setTimeout, ...) and process.nextTick, as native functions. */
  natives(): { globals: NativeMethod[]; nextTick: NativeMethod } {
    const rt = this.rt;
    const callbackOf = (args: Word[]): Word => {
      const fn = args[0] ?? UNDEF;
      if (!rt.isCallable(fn)) {
        throw new KilnThrow('TypeError', `The "callback" argument must be of type function. Received ${describeReceived(rt, fn)}`);
      }
      return fn;
    };
    const schedule = (args: Word[], repeat: boolean): Word => {
      const fn = callbackOf(args);
      let delay = args.length > 1 ? rt.toNumber(args[1]) : 1;
      if (!(delay >= 1 && delay <= TIMEOUT_MAX)) delay = 1;
      delay = Math.trunc(delay);
      const timer: Timer = { id: this.nextId++, handle: 0, fn, args: args.slice(2), due: this.clock() + delay, seq: this.seq++, repeat: repeat ? delay : null, delay, self: true };
      timer.handle = this.handleObject(this.timeoutProto, timer.id);
      this.timers.set(timer.id, timer);
      return [Tag.Ptr, timer.handle];
    };
    const clear = (args: Word[]): Word => {
      const id = this.idOf(args[0] ?? UNDEF);
      if (id !== null) {
        const job = this.jobTask as Partial<Timer> | null;
        if (job !== null && job.id === id && (this.jobKind === JobKind.Timer || this.jobKind === JobKind.Immediate)) this.jobCleared = true;
        this.timers.delete(id);
        this.immediates = this.immediates.filter((t) => t.id !== id);
        this.cleared.add(id);
      }
      return UNDEF;
    };
    const globals: NativeMethod[] = [
      { name: 'setTimeout', length: 2, fn: (_rt, _self, args) => schedule(args, false) },
      { name: 'setInterval', length: 2, fn: (_rt, _self, args) => schedule(args, true) },
      {
        name: 'setImmediate', length: 1,
        fn: (_rt, _self, args) => {
          const fn = callbackOf(args);
          const immediate: Timer = { id: this.nextId++, handle: 0, fn, args: args.slice(1), due: 0, seq: this.seq++, repeat: null, delay: 0, self: true };
          immediate.handle = this.handleObject(this.immediateProto, immediate.id);
          this.immediates.push(immediate);
          return [Tag.Ptr, immediate.handle];
        },
      },
      { name: 'clearTimeout', length: 1, fn: (_rt, _self, args) => clear(args) },
      { name: 'clearInterval', length: 1, fn: (_rt, _self, args) => clear(args) },
      { name: 'clearImmediate', length: 1, fn: (_rt, _self, args) => clear(args) },
      {
        name: 'queueMicrotask', length: 1,
        fn: (_rt, _self, args) => {
          const fn = args[0] ?? UNDEF;
          if (!rt.isCallable(fn)) throw new KilnThrow('TypeError', `The "callback" argument must be of type function. Received ${describeReceived(rt, fn)}`);
          this.microtasks.push({ fn, args: [], queued: true });
          return UNDEF;
        },
      },
    ];
    const nextTick: NativeMethod = {
      name: 'nextTick', length: 1,
      fn: (_rt, _self, args) => {
        this.ticks.push({ fn: callbackOf(args), args: args.slice(1) });
        return UNDEF;
      },
    };
    return { globals, nextTick };
  }

  /** Makes the prototypes of the timer handles (ref/unref/hasRef/refresh, and a
   *  Symbol.toPrimitive giving the id, so `+timeout` and clearTimeout(id) work as in node). */
  installPrototypes(define: (holder: number, m: NativeMethod) => void, toPrimitiveKey: string): void {
    const rt = this.rt;
    this.timeoutProto = rt.objects.allocObject(rt.objects.objectProto);
    this.immediateProto = rt.objects.allocObject(rt.objects.objectProto);
    const timerOf = (self: Word): Timer | undefined => {
      const id = this.idOf(self);
      return id === null ? undefined : this.timers.get(id) ?? this.immediates.find((t) => t.id === id);
    };
    const setRef = (self: Word, on: boolean): Word => {
      if (this.idOf(self) !== null && self[0] === Tag.Ptr) rt.objects.defineOwn(self[1], HANDLE_REF_KEY, Tag.Bool, on ? 1 : 0, PropFlag.NonEnumerable);
      return self;
    };
    for (const [proto, name] of [[this.timeoutProto, 'Timeout'], [this.immediateProto, 'Immediate']] as const) {
      // node's classes are internal: `constructor` is there for its name.
      const ctor = rt.createNative({
        name, length: 0,
        fn: () => {
          throw new KilnThrow('TypeError', `kiln: ${name} objects are made by ${name === 'Timeout' ? 'setTimeout and setInterval' : 'setImmediate'} only`);
        },
      });
      rt.objects.defineOwn(proto, 'constructor', Tag.Ptr, ctor, PropFlag.NonEnumerable);
      define(proto, { name: 'ref', fn: (_r, self) => setRef(self, true) });
      define(proto, { name: 'unref', fn: (_r, self) => setRef(self, false) });
      define(proto, { name: 'hasRef', fn: (_r, self) => [Tag.Bool, this.isRef(self) ? 1 : 0] });
      const idFn = rt.createNative({ name: '[Symbol.toPrimitive]', fn: (_r, self) => [Tag.Int32, this.idOf(self) ?? 0] });
      rt.objects.defineOwn(proto, toPrimitiveKey, Tag.Ptr, idFn, PropFlag.NonEnumerable);
    }
    define(this.timeoutProto, {
      name: 'close',
      fn: (_r, self) => {
        const id = this.idOf(self);
        if (id !== null) this.timers.delete(id);
        return self;
      },
    });
    define(this.timeoutProto, {
      name: 'refresh',
      fn: (_r, self) => {
        const t = timerOf(self);
        if (t && this.timers.has(t.id)) t.due = this.clock() + t.delay;
        return self;
      },
    });
  }

  /** Does anything keep the loop going (a ref'ed timer, an immediate)? node's uv_loop_alive. */
  alive(): boolean {
    return this.immediates.length > 0 || [...this.timers.values()].some((t) => this.isRef([Tag.Ptr, t.handle]));
  }

  /** Runs everything the main module left pending, as node's loop would. */
  run(): void {
    this.drain('end');
    for (;;) {
      if (!this.alive()) return;
      if (this.immediates.length === 0) this.sleepUntil(this.earliestDue());
      this.loopTime = this.clock();
      this.runTimers();
      this.runImmediates();
    }
  }

  /** Queues fn(...args) for the check phase, as an immediate nothing can clear (the
   *  completion of an operation node runs on its thread pool). */
  enqueueImmediate(fn: Word, args: Word[]): void {
    const immediate: Timer = { id: this.nextId++, handle: 0, fn, args, due: 0, seq: this.seq++, repeat: null, delay: 0 };
    immediate.handle = this.handleObject(this.immediateProto, immediate.id);
    this.immediates.push(immediate);
  }

  /** Queues a job (a Promise reaction, a thenable's resolution): fn called with args. */
  enqueueMicrotask(fn: Word, args: Word[]): void {
    this.microtasks.push({ fn, args });
  }

  /** Called whenever the queues have drained (promises.ts: node's unhandled-rejection check;
   *  weak-collections.ts: the end of a job for WeakRef targets). */
  private readonly drainedListeners: (() => void)[] = [];

  onDrained(listener: () => void): void {
    this.drainedListeners.push(listener);
  }

  /** Empties the nextTick and microtask queues (work a callback the loop did not run queued). */
  drainQueues(): void {
    this.drain('end');
  }

  /** The nextTick queue to empty, then the microtask queue to empty (V8 runs it to the end:
   *  a tick queued by a microtask waits for it), again while either has work. With no tick
   *  queued at first, node leaves the microtasks to V8's checkpoint; from the first tick on,
   *  processTicksAndRejections runs both (what their stacks show). */
  private drain(site: DrainSite): void {
    do {
      let ticking = this.ticks.length > 0 || stdoutWrites !== this.stdoutWritesSeen;
      while (this.ticks.length > 0 || this.microtasks.length > 0) {
        for (let tick = this.ticks.shift(); tick; tick = this.ticks.shift()) this.call(tick, JobKind.Tick, site, true);
        for (let task = this.microtasks.shift(); task; task = this.microtasks.shift()) this.call(task, JobKind.Microtask, site, ticking);
        ticking = true;
      }
      this.stdoutWritesSeen = stdoutWrites;
      for (const listener of this.drainedListeners) listener();
    } while (this.ticks.length > 0 || this.microtasks.length > 0);
  }

  /** The timers due now, as node's processTimers runs them: node keeps one list per delay,
   *  runs the lists in order of their earliest timer and each list's due timers in order. */
  private runTimers(): void {
    const t0 = this.loopTime;
    const lists = new Map<number, Timer[]>();
    for (const t of [...this.timers.values()].filter((t) => t.due <= t0).sort((a, b) => a.due - b.due || a.seq - b.seq)) {
      const list = lists.get(t.delay);
      if (list) list.push(t);
      else lists.set(t.delay, [t]);
    }
    const due = [...lists.values()].flat();
    for (let i = 0; i < due.length; i++) {
      const timer = due[i];
      if (!this.timers.has(timer.id)) continue; // cleared by an earlier callback
      if (timer.repeat === null) this.timers.delete(timer.id);
      // An interval counts its next period from just before its callback (node's start).
      const start = timer.repeat === null ? 0 : this.clock();
      this.call(timer, JobKind.Timer, 'end', false);
      if (timer.repeat !== null && this.timers.has(timer.id)) timer.due = start + timer.repeat;
      let next = i + 1;
      while (next < due.length && !this.timers.has(due[next].id)) next++;
      this.drain(next === due.length ? 'end' : due[next].delay === timer.delay ? 'timer-list' : 'timer-lists');
    }
  }

  private runImmediates(): void {
    const batch = this.immediates;
    this.immediates = [];
    this.cleared.clear();
    let i = 0;
    try {
      for (; i < batch.length; i++) {
        // One cleared by an earlier callback of this batch.
        if (this.cleared.has(batch[i].id)) continue;
        this.call(batch[i], JobKind.Immediate, 'end', false);
        let next = i + 1;
        while (next < batch.length && this.cleared.has(batch[next].id)) next++;
        this.drain(next === batch.length ? 'end' : 'immediates');
      }
    } finally {
      // An exception (which a process 'uncaughtException' listener may handle) leaves the
      // rest of the batch to run first when the loop goes on.
      if (i < batch.length) this.immediates.unshift(...batch.slice(i + 1));
    }
  }

  private earliestDue(): number {
    let earliest = Infinity;
    for (const t of this.timers.values()) if (t.due < earliest) earliest = t.due;
    return earliest;
  }

  private sleepUntil(due: number): void {
    const ms = due - this.clock();
    if (ms > 0 && Number.isFinite(ms)) Atomics.wait((this.sleeper ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, ms);
  }

  private call(task: Task & { handle?: number }, kind: JobKind, site: DrainSite, ticking: boolean): void {
    const { jobKind, jobSite, jobTicking, jobTask, jobCleared } = this;
    this.jobKind = kind;
    this.jobSite = site;
    this.jobTicking = ticking;
    this.jobTask = task;
    this.jobCleared = false;
    try {
      this.rt.invoker.call(task.fn, task.self && task.handle ? [Tag.Ptr, task.handle] : UNDEF, task.args);
    } finally {
      this.jobKind = jobKind;
      this.jobSite = jobSite;
      this.jobTicking = jobTicking;
      this.jobTask = jobTask;
      this.jobCleared = jobCleared;
    }
  }

  private handleObject(proto: number, id: number): number {
    const obj = this.rt.objects.allocObject(proto);
    this.rt.objects.defineOwn(obj, HANDLE_ID_KEY, Tag.Int32, id, PropFlag.NonEnumerable);
    this.rt.objects.defineOwn(obj, HANDLE_REF_KEY, Tag.Bool, 1, PropFlag.NonEnumerable);
    return obj;
  }

  /** Does the handle keep the process alive (not unref'd)? */
  private isRef(w: Word): boolean {
    return w[0] === Tag.Ptr && this.rt.objects.getOwn(w[1], HANDLE_REF_KEY) && this.rt.objects.rlo === 1;
  }

  /** The timer id of a handle object or a number (as clearTimeout accepts). */
  private idOf(w: Word): number | null {
    if (w[0] === Tag.Int32) return w[1];
    if (w[0] === Tag.Ptr && this.rt.convert.isObject(w) && this.rt.objects.getOwn(w[1], HANDLE_ID_KEY)) return this.rt.objects.rlo;
    if (w[0] !== Tag.Ptr && w[0] !== Tag.Undefined && w[0] !== Tag.Null && w[0] !== Tag.Bool) {
      const n = this.rt.toNumber(w);
      return Number.isInteger(n) ? n : null;
    }
    return null;
  }
}

/** Writes to the process's stdout so far. node's stdout stream (a file or a pipe) finishes
 *  each write synchronously and queues its completion on the nextTick queue, so after the
 *  program printed something, the queues are emptied by processTicksAndRejections (what the
 *  stacks of the Promise jobs run then show). Every write kiln makes for the program
 *  (console.log, process.stdout.write) goes through the host stream's `write`. */
let stdoutWrites = 0;
let watching = false;

function watchStdout(): void {
  if (watching) return;
  watching = true;
  const stream = process.stdout;
  const write = stream.write;
  stream.write = function (this: typeof stream, ...args: Parameters<typeof write>): boolean {
    stdoutWrites++;
    return write.apply(this, args);
  } as typeof write;
}

/** The hidden key of a timer handle's id (a private name: invisible to the program). */
const HANDLE_ID_KEY = newPrivateKey('timerId');
const HANDLE_REF_KEY = newPrivateKey('timerRef');

/** Milliseconds on a monotonic clock. Not `performance.now()`: node loads perf_hooks on the
 *  first touch of the `performance` global (~1.4 ms of every start-up). */
function now(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}

/** node's `Received …` of an ERR_INVALID_ARG_TYPE message. */
export function describeReceived(rt: RuntimeCore, w: Word): string {
  if (w[0] === Tag.Undefined) return 'undefined';
  if (w[0] === Tag.Null) return 'null';
  const h = rt.host(w);
  if (typeof h === 'string') return `type string ('${h}')`;
  if (typeof h === 'number' || typeof h === 'boolean') return `type ${typeof h} (${String(h)})`;
  return rt.describe(w[0], w[1]);
}
