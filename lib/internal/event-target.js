'use strict';
// The web event globals for programs kiln runs, in the JavaScript kiln compiles (the runtime
// loads this file the first time a program names one of them): EventTarget, Event,
// CustomEvent, AbortController and AbortSignal (abort(), AbortSignal.abort/timeout/any,
// throwIfAborted, onabort), and the DOMException their abort reasons are — printed as node
// prints them. Not here: event bubbling phases (a target has no parent), MessageEvent.

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

class DOMException extends Error {
  #name;
  #code;
  constructor(message = '', nameOrOptions = 'Error') {
    super(message);
    const name = typeof nameOrOptions === 'object' && nameOrOptions !== null ? String(nameOrOptions.name ?? 'Error') : String(nameOrOptions);
    this.#name = name;
    this.#code = DOMException.#codes[name] ?? 0;
    // node's header: `DOMException [AbortError]: …`
    Object.defineProperty(this, 'name', { value: `DOMException [${name}]`, configurable: true });
    void this.stack;
    delete this.name;
  }

  get name() { return this.#name; }
  get code() { return this.#code; }

  static #codes = { IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25 };
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

class Event {
  #type;
  #cancelable;
  #defaultPrevented = false;
  #stopped = false;
  #timeStamp = performance.now();
  target = null;
  currentTarget = null;
  constructor(type, options = {}) {
    if (arguments.length === 0) throw invalidArgType('type', 'string', undefined, 'argument must be specified');
    this.#type = String(type);
    this.#cancelable = Boolean(options && options.cancelable);
    this.bubbles = Boolean(options && options.bubbles);
    Object.defineProperty(this, 'target', { enumerable: false, writable: true });
    Object.defineProperty(this, 'currentTarget', { enumerable: false, writable: true });
    Object.defineProperty(this, 'bubbles', { enumerable: false, writable: true });
  }

  get type() { return this.#type; }
  get cancelable() { return this.#cancelable; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { return this.#timeStamp; }
  preventDefault() { this.#defaultPrevented = true; }
  stopImmediatePropagation() { this.#stopped = true; }
  stopPropagation() {}
  get _stopped() { return this.#stopped; }

  [inspectCustom](depth, options, inspect) {
    const fields = { type: this.type, defaultPrevented: this.defaultPrevented, cancelable: this.cancelable, timeStamp: this.timeStamp };
    return `${this.constructor.name} ${inspect(fields, options)}`;
  }
}

class CustomEvent extends Event {
  #detail;
  constructor(type, options = {}) {
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }

  get detail() { return this.#detail; }
}

function invalidArgType(name, type, value, text) {
  const e = new TypeError(text === undefined ? `The "${name}" argument must be of type ${type}. Received ${String(value)}` : `The "${name}" ${text}`);
  e.code = text === undefined ? 'ERR_INVALID_ARG_TYPE' : 'ERR_MISSING_ARGS';
  e.name = `${e.name} [${e.code}]`; void e.stack; delete e.name; // node's stack header names the code
  return e;
}

class EventTarget {
  #listeners = new Map();

  addEventListener(type, listener, options) {
    if (listener === null || listener === undefined) return;
    const once = typeof options === 'object' && options !== null && Boolean(options.once);
    let list = this.#listeners.get(type);
    if (list === undefined) this.#listeners.set(type, (list = []));
    if (list.some((l) => l.listener === listener)) return;
    list.push({ listener, once });
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    if (signal !== undefined) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
  }

  removeEventListener(type, listener) {
    const list = this.#listeners.get(type);
    if (list === undefined) return;
    const at = list.findIndex((l) => l.listener === listener);
    if (at >= 0) list.splice(at, 1);
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw invalidArgType('event', 'Event', event);
    event.target = this;
    event.currentTarget = this;
    const handler = this._eventHandler(event.type);
    const list = [...(this.#listeners.get(event.type) ?? [])];
    if (handler !== undefined) list.push({ listener: handler, once: false, handler: true });
    for (const entry of list) {
      if (entry.once) this.removeEventListener(event.type, entry.listener);
      const fn = entry.listener;
      try {
        if (typeof fn === 'function') fn.call(this, event);
        else if (fn && typeof fn.handleEvent === 'function') fn.handleEvent(event);
      } catch (error) {
        // As in node: a listener's exception is reported as uncaught, the others still run.
        process.nextTick(() => { throw error; });
      }
      if (event._stopped) break;
    }
    event.currentTarget = null;
    return !event.defaultPrevented;
  }

  /** The on<type> handler property of a subclass (AbortSignal's onabort). */
  _eventHandler() {
    return undefined;
  }

  [inspectCustom]() {
    return `${this.constructor.name} {}`;
  }
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  onabort = null;

  constructor(key) {
    super();
    if (key !== signalKey) throw new TypeError('Illegal constructor');
    Object.defineProperty(this, 'onabort', { enumerable: false, writable: true });
  }

  get aborted() { return this.#aborted; }
  get reason() { return this.#reason; }

  throwIfAborted() {
    if (this.#aborted) throw this.#reason;
  }

  _abort(reason) {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    this.dispatchEvent(new Event('abort'));
  }

  _eventHandler(type) {
    return type === 'abort' && typeof this.onabort === 'function' ? this.onabort : undefined;
  }

  static abort(reason) {
    const signal = new AbortSignal(signalKey);
    signal._abort(reason);
    return signal;
  }

  static timeout(ms) {
    const signal = new AbortSignal(signalKey);
    // The timer does not keep the process alive, as in node.
    setTimeout(() => signal._abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms).unref();
    return signal;
  }

  static any(signals) {
    const signal = new AbortSignal(signalKey);
    for (const s of signals) {
      if (s.aborted) {
        signal._abort(s.reason);
        return signal;
      }
    }
    for (const s of signals) s.addEventListener('abort', () => signal._abort(s.reason), { once: true });
    return signal;
  }

  [inspectCustom]() {
    return `AbortSignal { aborted: ${this.#aborted} }`;
  }
}

const signalKey = Symbol('AbortSignal');

class AbortController {
  #signal = new AbortSignal(signalKey);

  get signal() { return this.#signal; }

  abort(reason) {
    this.#signal._abort(reason);
  }

  [inspectCustom]() {
    return `AbortController { signal: AbortSignal { aborted: ${this.#signal.aborted} } }`;
  }
}

module.exports = { EventTarget, Event, CustomEvent, AbortController, AbortSignal, DOMException };
