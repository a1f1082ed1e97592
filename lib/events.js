'use strict';
// node's `events` module for programs kiln runs: EventEmitter, written in the JavaScript kiln
// compiles (so its methods tier up and inline like the program's own). It keeps node's
// observable layout — `_events` (a null-prototype object holding one listener or an array of
// them), `_eventsCount`, `_maxListeners` and the shapeMode and kCapture symbols — so an emitter prints as
// node prints it. The front end loads this file for require('events') / require('node:events').
// events.once (a promise of an event's arguments) and events.on (an async iterator of them)
// are here too. Not here: captureRejections, AbortSignal options, and the
// MaxListenersExceededWarning (the limit is kept but not warned about).

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');

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

class EventEmitter {
  constructor() {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this._maxListeners = undefined;
    this[kShapeMode] = false;
    this[kCapture] = false;
  }

  setMaxListeners(n) {
    if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
      throw new RangeError(`The value of "n" is out of range. It must be a non-negative number. Received ${String(n)}`);
    }
    this._maxListeners = n;
    return this;
  }

  getMaxListeners() {
    return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
  }

  emit(type, ...args) {
    const events = this._events;
    if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    const handler = events === undefined ? undefined : events[type];
    if (handler === undefined) {
      if (type === 'error') {
        const er = args[0];
        if (er instanceof Error) throw er;
        const error = new Error(`Unhandled error. (${typeof er === 'string' ? `'${er}'` : String(er)})`);
        error.code = 'ERR_UNHANDLED_ERROR';
        error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
        error.context = er;
        throw error;
      }
      return false;
    }
    if (typeof handler === 'function') {
      handler.apply(this, args);
    } else {
      const listeners = handler.slice();
      for (let i = 0; i < listeners.length; i++) listeners[i].apply(this, args);
    }
    return true;
  }

  addListener(type, listener) {
    return addListener(this, type, listener, false);
  }

  on(type, listener) {
    return addListener(this, type, listener, false);
  }

  prependListener(type, listener) {
    return addListener(this, type, listener, true);
  }

  once(type, listener) {
    checkListener(listener);
    this.on(type, onceWrapper(this, type, listener));
    return this;
  }

  prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, onceWrapper(this, type, listener));
    return this;
  }

  removeListener(type, listener) {
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
  }

  off(type, listener) {
    return this.removeListener(type, listener);
  }

  removeAllListeners(type) {
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
  }

  listeners(type) {
    return listenersOf(this, type, true);
  }

  rawListeners(type) {
    return listenersOf(this, type, false);
  }

  listenerCount(type) {
    const list = this._events[type];
    if (list === undefined) return 0;
    return typeof list === 'function' ? 1 : list.length;
  }

  eventNames() {
    return this._eventsCount > 0 ? Object.keys(this._events) : [];
  }
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount += 1;
  } else if (typeof existing === 'function') {
    events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  return target;
}

function onceWrapper(target, type, listener) {
  const state = { fired: false, target, type, listener };
  const wrapped = function (...args) {
    if (!state.fired) {
      state.target.removeListener(state.type, wrapped);
      state.fired = true;
      return state.listener.apply(state.target, args);
    }
    return undefined;
  };
  wrapped.listener = listener;
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
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      resolve(args);
    };
    emitter.once(name, resolver);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

/** events.on(emitter, name): an async iterator of the arguments of every `name` event, queued
 *  while nobody waits; an 'error' event ends it by rejecting (the waiting next() or the next
 *  one). return() stops listening. */
function on(emitter, event, options = {}) {
  void options.signal; // (an AbortSignal is not supported; null throws as in node)
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const result = (value, done) => ({ value, done });
  const stop = () => {
    emitter.removeListener(event, eventHandler);
    emitter.removeListener('error', errorHandler);
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
