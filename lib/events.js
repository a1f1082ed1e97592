'use strict';
// node's `events` module for programs kiln runs: EventEmitter, written in the JavaScript kiln
// compiles (so its methods tier up and inline like the program's own). It keeps node's
// observable layout — `_events` (a null-prototype object holding one listener or an array of
// them), `_eventsCount`, `_maxListeners` and the shapeMode and kCapture symbols — so an emitter prints as
// node prints it. The front end loads this file for require('events') / require('node:events').
// events.once (a promise of an event's arguments) and events.on (an async iterator of them)
// are here too, with captureRejections and the AbortSignal option of events.on/once. Not here:
// the MaxListenersExceededWarning (the limit is kept but not warned about).

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
// An unhandled 'error' event's error gets a function under this key that adds where it was
// emitted to its stack; kiln's report of an uncaught exception (runtime/uncaught.ts) calls it,
// as node's does.
const kEnhanceStackBeforeInspector = Symbol.for('kEnhanceStackBeforeInspector');

/** node's stack for an unhandled 'error' event: the error's, then the emit call's, with the
 *  frames both share left out. */
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // An emitter without a readable constructor name.
  }
  const sep = `\nEmitted 'error' event${ctorInfo} at:\n`;
  const errStack = err.stack.split('\n').slice(1);
  const ownStack = own.stack.split('\n').slice(1);
  const { len, offset } = identicalSequenceRange(ownStack, errStack);
  if (len > 0) ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return err.stack + sep + ownStack.join('\n');
}

/** The longest run (more than 3) of a's lines found in b, as node's util finds it. */
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    const shown = typeof listener === 'string' ? `'${listener}'` : String(listener);
    const received = listener === null ? 'null' : listener === undefined ? 'undefined' : `type ${typeof listener} (${shown})`;
    const error = new TypeError(`The "listener" argument must be of type function. Received ${received}`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
    throw error;
  }
}

/** node's EventEmitter is a function (old-style subclasses call `EventEmitter.call(this)`),
 *  its methods enumerable properties of the prototype, as node assigns them. */
function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      const shown = typeof opts.captureRejections === 'string' ? `'${opts.captureRejections}'` : String(opts.captureRejections);
      const error = new TypeError(`The "options.captureRejections" property must be of type boolean. Received type ${typeof opts.captureRejections} (${shown})`);
      error.code = 'ERR_INVALID_ARG_TYPE';
      error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
      throw error;
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
    throw new RangeError(`The value of "n" is out of range. It must be a non-negative number. Received ${String(n)}`);
  }
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
  const handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type === 'error') {
      const er = args[0];
      if (er instanceof Error) {
        try {
          const capture = {};
          Error.captureStackTrace(capture, EventEmitter.prototype.emit);
          Object.defineProperty(er, kEnhanceStackBeforeInspector, { value: enhanceStackTrace.bind(this, er, capture), configurable: true });
        } catch {
          // node goes on without the "Emitted 'error' event at" part.
        }
        throw er; // node-line: node:events:502:7 |      throw er; // Unhandled 'error' event
      }
      const error = new Error(`Unhandled error. (${typeof er === 'string' ? `'${er}'` : String(er)})`); // node-frame: node:events:513:17
      error.code = 'ERR_UNHANDLED_ERROR';
      error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
      error.context = er;
      throw error; // node-line: node:events:515:5 |    throw err; // Unhandled 'error' event
    }
    return false;
  }
  if (typeof handler === 'function') {
    const result = handler.apply(this, args); // node-frame: node:events:524:28
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].apply(this, args); // node-frame: node:events:536:35
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

const kRejection = Symbol.for('nodejs.rejection');

/** captureRejections: a listener's rejected promise becomes the emitter's 'error' event (or
 *  its Symbol.for('nodejs.rejection') method's call), on the next tick. */
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => process.nextTick(emitUnhandledRejectionOrErr, emitter, err, type, args));
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

// (one function under both names, as in node)
EventEmitter.prototype.on = EventEmitter.prototype.addListener;


EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    const removed = list[position];
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;


EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Object.keys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

EventEmitter.prototype.listenerCount = function listenerCount(type) {
  const list = this._events[type];
  if (list === undefined) return 0;
  return typeof list === 'function' ? 1 : list.length;
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Object.keys(this._events) : [];
};

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount += 1;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  // node's leak check: one MaxListenersExceededWarning per event, on the next tick.
  const max = target.getMaxListeners();
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    const shown = require('util').inspect(target, { depth: -1 });
    const text = `(node:${process.pid}) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
      `added to ${shown}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit\n`;
    const hint = warningHintShown ? '' : '(Use `node --trace-warnings ...` to show where the warning was created)\n';
    warningHintShown = true;
    process.nextTick(() => process.stderr.write(text + hint));
  }
  return target;
}

let warningHintShown = false;

/** A once() listener: onceWrapper bound to its state (named `bound onceWrapper`, as node's). */
function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (args.length === 0)
      return this.listener.call(this.target); // node-frame: node:events:638:28
    return this.listener.apply(this.target, args); // node-frame: node:events:639:26
  }
  return undefined;
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

function listenersOf(target, type, unwrap) {
  const list = target._events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return list.map((l) => (unwrap ? l.listener || l : l));
}

/** events.once(emitter, name): a promise of the arguments of the next `name` event; an
 *  'error' event first rejects it (unless `name` is 'error'). */
async function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  if (signal !== undefined && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal !== undefined) signal.removeEventListener('abort', abortListener);
      resolve(args);
    };
    const abortListener = () => {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', errorListener);
      reject(new AbortError(undefined, { cause: signal.reason }));
    };
    emitter.once(name, resolver);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  });
}

/** node's AbortError (its message and code; the signal's reason as the cause). */
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

/** events.on(emitter, name): an async iterator of the arguments of every `name` event, queued
 *  while nobody waits; an 'error' event ends it by rejecting (the waiting next() or the next
 *  one). return() stops listening. */
function on(emitter, event, options = {}) {
  const signal = options.signal; // (null throws as in node)
  if (signal !== undefined && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const result = (value, done) => ({ value, done });
  const abortListener = () => errorHandler(new AbortError(undefined, { cause: signal.reason }));
  const stop = () => {
    emitter.removeListener(event, eventHandler);
    emitter.removeListener('error', errorHandler);
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
  };
  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) return Promise.resolve(result(unconsumedEvents.shift(), false));
      if (error !== null) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve(result(undefined, true));
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      stop();
      finished = true;
      while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(result(undefined, true));
      return Promise.resolve(result(undefined, true));
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        const e = new TypeError(`The "EventEmitter.AsyncIterator" property must be an instance of Error. Received ${String(err)}`);
        e.code = 'ERR_INVALID_ARG_TYPE';
        e.name = `${e.name} [${e.code}]`; void e.stack; delete e.name; // node's stack header names the code
        throw e;
      }
      error = err;
      stop();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
  emitter.on(event, eventHandler);
  if (event !== 'error') emitter.on('error', errorHandler);
  if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;

  function eventHandler(...args) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(result(args, false));
    else unconsumedEvents.push(args);
  }

  function errorHandler(err) {
    finished = true;
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    iterator.return();
  }
}

function getEventListeners(emitter, name) {
  return emitter.listeners(name);
}

EventEmitter.defaultMaxListeners = 10;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.listenerCount = (emitter, type) => (typeof emitter.listenerCount === 'function' ? emitter.listenerCount(type) : EventEmitter.prototype.listenerCount.call(emitter, type));
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');
EventEmitter.captureRejections = false;
EventEmitter.usingDomains = false;
module.exports = EventEmitter;
