'use strict';
// node's `timers/promises` for programs kiln runs, in the JavaScript kiln compiles: setTimeout
// and setImmediate as promises, setInterval as an async iterator, and `scheduler` (wait,
// yield). They run on the timers of require('timers') (kiln's event loop), so they order
// against other timers as node's do. util.promisify(setTimeout) and
// util.promisify(setImmediate) are these functions (setTimeout[util.promisify.custom]).
// The `signal` option (an AbortSignal) rejects with node's AbortError, its cause the
// signal's reason.

const timers = require('timers');

function invalidArgType(name, type, v) {
  const received = v === undefined || v === null ? `Received ${v}`
    : typeof v === 'function' ? `Received function ${v.name}`
    : typeof v === 'object' ? `Received ${v.constructor && v.constructor.name ? `an instance of ${v.constructor.name}` : String(v)}`
    : `Received type ${typeof v} (${typeof v === 'string' ? `'${v}'` : String(v)})`;
  const e = new TypeError(`The "${name}" ${name.includes('.') ? 'property' : 'argument'} must be ${type.startsWith('an instance') ? type : `of type ${type}`}. ${received}`);
  e.code = 'ERR_INVALID_ARG_TYPE';
  e.name = `${e.name} [${e.code}]`; void e.stack; delete e.name; // node's stack header names the code
  return e;
}

/** node's checks of the options argument: an object, `ref` a boolean and `signal` an
 *  AbortSignal if present. */
function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  if (options.ref !== undefined && typeof options.ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', options.ref);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw invalidArgType('options.signal', 'an instance of AbortSignal', options.signal);
}

/** node's AbortError (not the DOMException a signal's reason is). */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

/** A promise settled by `start(resolve)`, or rejected when `signal` aborts (`cancel` undoes
 *  the work). */
function abortable(signal, start, cancel) {
  if (signal === undefined) return new Promise((resolve) => start(resolve));
  if (signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      cancel();
      reject(new AbortError(undefined, { cause: signal.reason }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    start((value) => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
  });
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined && typeof after !== 'number') throw invalidArgType('delay', 'number', after);
    checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  let timer;
  return abortable(options.signal, (resolve) => {
    timer = timers.setTimeout(resolve, after, value);
    if (options.ref === false) timer.unref();
  }, () => timers.clearTimeout(timer));
}

function setImmediate(value, options = {}) {
  try {
    checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  let immediate;
  return abortable(options.signal, (resolve) => {
    immediate = timers.setImmediate(resolve, value);
    if (options.ref === false) immediate.unref();
  }, () => timers.clearImmediate(immediate));
}

async function* setInterval(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') throw invalidArgType('delay', 'number', after);
  checkOptions(options);
  const signal = options.signal;
  if (signal !== undefined && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let notYielded = 0;
  let wake = null;
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake !== null) {
      wake();
      wake = null;
    }
  };
  if (signal !== undefined) signal.addEventListener('abort', onAbort, { once: true });
  const interval = timers.setInterval(() => {
    notYielded++;
    if (wake !== null) {
      wake();
      wake = null;
    }
  }, after);
  if (options.ref === false) interval.unref();
  try {
    for (;;) {
      if (notYielded === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw new AbortError(undefined, { cause: signal.reason });
      for (; notYielded > 0; notYielded--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
    if (signal !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    this[kScheduler] = true;
  }

  yield() {
    return setImmediate();
  }

  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}

module.exports = { setTimeout, setImmediate, setInterval, scheduler: new Scheduler() };
