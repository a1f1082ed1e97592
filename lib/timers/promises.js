'use strict';
// node's `timers/promises` for programs kiln runs, in the JavaScript kiln compiles: setTimeout
// and setImmediate as promises, setInterval as an async iterator, and `scheduler` (wait,
// yield). They run on the timers of require('timers') (kiln's event loop), so they order
// against other timers as node's do. util.promisify(setTimeout) and
// util.promisify(setImmediate) are these functions (setTimeout[util.promisify.custom]).
// Not here: the `signal` option (AbortSignal).

const timers = require('timers');

function invalidArgType(name, type, v) {
  const received = v === undefined || v === null ? `Received ${v}`
    : typeof v === 'function' ? `Received function ${v.name}`
    : typeof v === 'object' ? `Received ${v.constructor && v.constructor.name ? `an instance of ${v.constructor.name}` : String(v)}`
    : `Received type ${typeof v} (${typeof v === 'string' ? `'${v}'` : String(v)})`;
  const e = new TypeError(`The "${name}" ${name.includes('.') ? 'property' : 'argument'} must be of type ${type}. ${received}`);
  e.code = 'ERR_INVALID_ARG_TYPE';
  e.name = `${e.name} [${e.code}]`; void e.stack; delete e.name; // node's stack header names the code
  return e;
}

/** node's checks of the options argument: an object, `ref` a boolean if present. */
function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  if (options.ref !== undefined && typeof options.ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', options.ref);
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined && typeof after !== 'number') throw invalidArgType('delay', 'number', after);
    checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise((resolve) => {
    const timer = timers.setTimeout(resolve, after, value);
    if (options.ref === false) timer.unref();
  });
}

function setImmediate(value, options = {}) {
  try {
    checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return new Promise((resolve) => {
    const immediate = timers.setImmediate(resolve, value);
    if (options.ref === false) immediate.unref();
  });
}

async function* setInterval(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') throw invalidArgType('delay', 'number', after);
  checkOptions(options);
  let notYielded = 0;
  let wake = null;
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
      if (notYielded === 0) await new Promise((resolve) => { wake = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
  } finally {
    timers.clearInterval(interval);
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
