// The frames node's own JavaScript has below a callback its event loop runs, as node 20 prints
// them in an error stack (`at listOnTimeout (node:internal/timers:581:17)`), and the key node
// calls a timer's callback through (`Timeout._onTimeout`). kiln's event loop (event-loop.ts)
// runs the same callbacks in the same order from TypeScript, so it names here what node's
// loop would have on the stack at each one: a timer under listOnTimeout and processTimers, an
// immediate under processImmediate, nextTick callbacks and Promise jobs under
// processTicksAndRejections (called at the end of a callback, or by runNextTicks between two
// timers or immediates of one batch) or under nothing at all when V8's own microtask
// checkpoint runs them (no tick was queued), queueMicrotask callbacks under node's
// AsyncResource wrapper. The line:column pairs are node v20's (lib/internal/timers.js,
// lib/internal/process/task_queues.js).

const TIMERS = 'node:internal/timers';
const QUEUES = 'node:internal/process/task_queues';

/** Where the nextTick and microtask queues are emptied after a callback of the loop:
 *  `end` when the callback was the last of its batch (node's callback scope closes and calls
 *  processTicksAndRejections from C++, or lets V8's checkpoint run the microtasks), else by
 *  runNextTicks before the next timer of the same list, the next timer list, or the next
 *  immediate of the batch. */
export type DrainSite = 'end' | 'timer-list' | 'timer-lists' | 'immediates';

const PROCESS_TIMERS = `process.processTimers (${TIMERS}:519:7)`;

const SITE_FRAMES: Record<DrainSite, readonly string[]> = {
  end: [],
  'timer-list': [`listOnTimeout (${TIMERS}:545:9)`, PROCESS_TIMERS],
  'timer-lists': [`process.processTimers (${TIMERS}:516:9)`],
  immediates: [`process.processImmediate (${TIMERS}:454:9)`],
};

/** The frames below a timer's callback (called with `withArgs` extra arguments or none). */
export function timerFrames(withArgs: boolean): readonly string[] {
  return [withArgs ? `listOnTimeout (${TIMERS}:583:11)` : `listOnTimeout (${TIMERS}:581:17)`, PROCESS_TIMERS];
}

/** The frames below an immediate's callback. */
export function immediateFrames(withArgs: boolean): readonly string[] {
  return [`process.processImmediate (${TIMERS}:${withArgs ? '485' : '483'}:21)`];
}

/** processTicksAndRejections at `position`, called from the drain site. */
function ticksFrames(site: DrainSite, position: string): readonly string[] {
  if (site === 'end') return [`process.processTicksAndRejections (${QUEUES}:${position})`];
  return [`processTicksAndRejections (${QUEUES}:${position})`, `runNextTicks (${QUEUES}:64:3)`, ...SITE_FRAMES[site]];
}

/** The line where processTicksAndRejections calls a tick with `argCount` arguments. */
const TICK_POSITIONS = ['77:11', '81:21', '82:21', '83:21', '84:21'];

/** The frames below a process.nextTick callback with argCount arguments. */
export function tickFrames(site: DrainSite, argCount: number): readonly string[] {
  return ticksFrames(site, TICK_POSITIONS[argCount] ?? '85:22');
}

/** The frames below a microtask (a Promise job, or with `queued` a queueMicrotask callback),
 *  run by processTicksAndRejections (`ticking`) or else by V8's checkpoint. */
export function microtaskFrames(site: DrainSite, ticking: boolean, queued: boolean): readonly string[] {
  const below = ticking ? ticksFrames(site, '95:5') : site === 'end' ? [] : [`runNextTicks (${QUEUES}:60:5)`, ...SITE_FRAMES[site]];
  if (!queued) return below;
  return [`${QUEUES}:140:7`, 'AsyncResource.runInAsyncScope (node:async_hooks:206:9)', `AsyncResource.runMicrotask (${QUEUES}:137:8)`, ...below];
}
