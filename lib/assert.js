'use strict';
// node's `assert` module for programs kiln runs, written in the JavaScript kiln compiles. The
// comparisons are node's: strict ones by Object.is, deep strict ones by util.isDeepStrictEqual
// (node's own, on the values' mirrors), loose deep ones by the algorithm below. An
// AssertionError is node's shape — name, code 'ERR_ASSERTION', actual, expected, operator,
// generatedMessage, and a stack whose header reads `AssertionError [ERR_ASSERTION]: …` — and
// a generated message is node's: its first line, then `a !== b` or a line diff of the two
// inspections. Not here: the elision of long diffs (kiln's shows every line) and
// assert.CallTracker.

const util = require('util');

const inspect = (v) => util.inspect(v, { depth: 1000, compact: false, sorted: true, getters: true, customInspect: false, maxArrayLength: Infinity });
const inline = (v) => util.inspect(v);

/** node's "+ actual - expected" block: two inspections as a line diff (the longest common
 *  subsequence kept as context, actual's own lines `+`, expected's `-`; lines that differ
 *  only by a trailing comma are common). */
function diff(a, b) {
  const al = a.split('\n');
  const bl = b.split('\n');
  const same = (x, y) => x === y || x.replace(/,$/, '') === y.replace(/,$/, '');
  const common = [];
  for (let i = 0; i <= al.length; i++) common.push(new Array(bl.length + 1).fill(0));
  for (let i = al.length - 1; i >= 0; i--) {
    for (let j = bl.length - 1; j >= 0; j--) {
      common[i][j] = same(al[i], bl[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < al.length || j < bl.length) {
    if (i < al.length && j < bl.length && same(al[i], bl[j])) {
      out.push(`  ${bl[j++]}`);
      i++;
    } else if (j >= bl.length || (i < al.length && common[i + 1][j] >= common[i][j + 1])) {
      out.push(`+ ${al[i++]}`);
    } else {
      out.push(`- ${bl[j++]}`);
    }
  }
  return `+ actual - expected\n\n${out.join('\n')}`;
}

/** What follows a comparison's first line, as node writes it: `a !== b` for two short
 *  primitives, else the diff (with a caret under the first difference of two one-line
 *  values). */
function comparison(actual, expected) {
  const primitive = (v) => (typeof v !== 'object' || v === null) && typeof v !== 'function';
  const a = inspect(actual);
  const b = inspect(expected);
  const single = !a.includes('\n') && !b.includes('\n') && a !== b;
  const length = a.length + b.length;
  if (single && length <= 12 && primitive(actual) && primitive(expected) && (actual !== 0 || expected !== 0)) {
    return `\n\n${a} !== ${b}\n`;
  }
  let indicator = '';
  if (single && length > 12 && length < 80) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (i > 2) indicator = `\n  ${' '.repeat(i)}^`;
  }
  return `\n${diff(a, b)}${indicator}`;
}

class AssertionError extends Error {
  constructor(options) {
    const { message, actual, expected, operator, stackStartFn } = options;
    super(message === undefined ? '' : String(message));
    this.generatedMessage = options.generatedMessage === true;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    // node's trick: the stack's header is made at its first read, with this name.
    this.name = 'AssertionError [ERR_ASSERTION]';
    Error.captureStackTrace(this, stackStartFn || AssertionError);
    void this.stack;
    this.name = 'AssertionError';
  }
}

/** Throws node's AssertionError (or the Error given as the message). Each throw is on its own
 *  line, marked with the line of node's assert that throws for the same failure (`site`:
 *  'ok', 'checkError', 'checkObject'; else the operator decides), which an uncaught report
 *  shows. */
function fail(actual, expected, message, operator, stackStartFn, generated, site) {
  if (message instanceof Error) {
    if (site === 'ok') throw message; // node-line: node:internal/assert/utils:270:7 |      throw message;
    throw message;
  }
  const err = new AssertionError({ message, actual, expected, operator, stackStartFn, generatedMessage: generated });
  if (site === 'ok') throw err; // node-line: node:internal/assert/utils:281:5 |    throw err;
  if (site === 'checkError') throw err; // node-line: node:assert:491:5 |    throw err;
  if (site === 'checkObject') throw err; // node-line: node:assert:377:7 |      throw err;
  if (operator === 'fail') throw err; // node-line: node:assert:137:3 |  throw err;
  if (operator === 'match' || operator === 'doesNotMatch') throw err; // node-line: node:assert:768:5 |    throw err;
  if (operator === 'ifError') throw err; // node-line: node:assert:733:5 |    throw newErr;
  throw err; // node-line: node:assert:90:3 |  throw new AssertionError(obj);
}

const assertCallText = util[Symbol.for('kiln.assertCallText')];

/** node's message for the assert call that failed: the expression as node's assert finds it
 *  in the source (runtime/assert-call-text.ts), undefined when node's parse finds none. */
function callMessage(stackStartFn) {
  const holder = {};
  Error.captureStackTrace(holder, stackStartFn);
  const line = String(holder.stack).split('\n')[1] || '';
  const m = /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(line.trim());
  return m === null ? undefined : assertCallText(m[1], Number(m[2]), Number(m[3]));
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message === undefined) {
    generated = true;
    // (node's own message when the source gives none: `value == true`)
    message = callMessage(fn) ?? `${inline(value)} == true`;
  }
  fail(value, true, message, '==', fn, generated, 'ok');
}

function ok(...args) {
  innerOk(ok, args.length, args[0], args[1]);
}

const assert = function assert(...args) {
  innerOk(assert, args.length, args[0], args[1]);
};
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function failMethod(message) {
  if (message instanceof Error) throw message; // node-line: node:assert:124:33 |  if (message instanceof Error) throw message;
  fail(undefined, undefined, message === undefined ? 'Failed' : message, 'fail', failMethod, message === undefined);
};

assert.equal = function equal(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) return;
  fail(actual, expected, message === undefined ? `${inline(actual)} == ${inline(expected)}` : message, '==', equal, message === undefined);
};

assert.notEqual = function notEqual(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) return;
  fail(actual, expected, message === undefined ? `${inline(actual)} != ${inline(expected)}` : message, '!=', notEqual, message === undefined);
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) return;
  if (message instanceof Error) throw message;
  // A message of the caller's replaces the first line only: node still shows the values.
  let first;
  const objects = typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null;
  if (objects && util.isDeepStrictEqual(actual, expected)) {
    first = `Values have same structure but are not reference-equal:\n\n${inspect(actual)}\n`;
  } else if (objects || typeof actual === 'function' || typeof expected === 'function') {
    first = `${message === undefined ? 'Expected "actual" to be reference-equal to "expected":' : message}${comparison(actual, expected)}`;
  } else {
    first = `${message === undefined ? 'Expected values to be strictly equal:' : message}${comparison(actual, expected)}`;
  }
  fail(actual, expected, first, 'strictEqual', strictEqual, message === undefined);
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) return;
  const shown = typeof actual === 'object' && actual !== null ? `\n\n${inspect(actual)}\n` : ` ${inline(actual)}`;
  fail(actual, expected, message === undefined ? `Expected "actual" to be strictly unequal to:${shown}` : message, 'notStrictEqual', notStrictEqual, message === undefined);
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (util.isDeepStrictEqual(actual, expected)) return;
  if (message instanceof Error) throw message;
  // A message of the caller's replaces the first line only: node still shows the diff.
  const first = `${message === undefined ? 'Expected values to be strictly deep-equal:' : message}${comparison(actual, expected)}`;
  fail(actual, expected, first, 'deepStrictEqual', deepStrictEqual, message === undefined);
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (!util.isDeepStrictEqual(actual, expected)) return;
  const first = `Expected "actual" not to be strictly deep-equal to:\n\n${inspect(expected)}\n`;
  fail(actual, expected, message === undefined ? first : message, 'notDeepStrictEqual', notDeepStrictEqual, message === undefined);
};

/** The loose deep equality of assert.deepEqual: == for primitives, own enumerable keys for
 *  objects (prototypes ignored), Maps and Sets by entries, Dates by time, RegExps by text. */
function looseEqual(a, b, seen) {
  // eslint-disable-next-line eqeqeq
  if (a == b || (a !== a && b !== b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (seen.has(a) && seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !looseEqual(v, b.get(k), seen)) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !looseEqual(a[k], b[k], seen)) return false;
  }
  return true;
}

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (looseEqual(actual, expected, new Map())) return;
  const first = `Expected values to be loosely deep-equal:\n\n${inspect(actual)}\n\nshould loosely deep-equal\n\n${inspect(expected)}`;
  fail(actual, expected, message === undefined ? first : message, 'deepEqual', deepEqual, message === undefined);
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (!looseEqual(actual, expected, new Map())) return;
  const first = `"actual" deepEqual "expected"`;
  fail(actual, expected, message === undefined ? first : message, 'notDeepEqual', notDeepEqual, message === undefined);
};

/** Does thrown value `e` satisfy `expected` (a class, a RegExp, a validation function or an
 *  object of properties)? Throws node's AssertionError when it does not. */
function checkError(e, expected, message, fn) {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    const text = String(e);
    if (expected.test(text)) return;
    fail(e, expected, message !== undefined ? message : `The input did not match the regular expression ${expected}. Input:\n\n${inline(text)}\n`, fn.name, fn, message === undefined, 'checkError');
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && e instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      const received = e !== null && typeof e === 'object' && e.constructor ? e.constructor.name : typeof e;
      const detail = e instanceof Error ? `\n\nError message:\n\n${e.message}` : '';
      fail(e, expected, message !== undefined ? message : `The error is expected to be an instance of "${expected.name}". Received "${received}"${detail}`, fn.name, fn, message === undefined, 'checkError');
    }
    const result = expected.call({}, e);
    if (result === true) return;
    let shown = message;
    if (shown === undefined) {
      shown = `The ${expected.name ? `"${expected.name}" ` : ''}validation function is expected to return "true". Received ${inline(result)}`;
      if (e instanceof Error) shown += `\n\nCaught error:\n\n${e}`;
    }
    fail(e, expected, shown, fn.name, fn, message === undefined, 'checkError');
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof e !== 'object' || e === null) {
      fail(e, expected, message !== undefined ? message : `Expected values to be strictly deep-equal:${comparison(e, expected)}`, fn.name, fn, message === undefined, 'checkObject');
    }
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    for (const key of keys) {
      const want = expected[key];
      const got = e[key];
      const matches = key in e && (want instanceof RegExp && typeof got === 'string' ? want.test(got) : util.isDeepStrictEqual(got, want));
      if (!matches) {
        // node shows the keys of `expected` of both, as two objects of class Comparison.
        const shown = message !== undefined ? message : `Expected values to be strictly deep-equal:${comparison(new Comparison(e, keys), new Comparison(expected, keys, e))}`;
        fail(e, expected, shown, fn.name, fn, message === undefined, 'checkObject');
      }
    }
  }
}

/** The keys of `obj` among `keys` (a RegExp of `expected` that matches `actual`'s string
 *  stands as that string), as node's assert prints a failed comparison with an object. */
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      const matched = actual !== undefined && typeof actual[key] === 'string' && obj[key] instanceof RegExp && obj[key].test(actual[key]);
      this[key] = matched ? actual[key] : obj[key];
    }
  }
}

const NO_EXCEPTION = Symbol('no exception');

function missing(expected, message, fn) {
  let details = '';
  if (typeof expected === 'function' && expected.name) details = ` (${expected.name})`;
  details += typeof message === 'string' ? `: ${message}` : '.';
  fail(undefined, expected, `Missing expected ${fn.name === 'rejects' ? 'rejection' : 'exception'}${details}`, fn.name, fn, false);
}

assert.throws = function throws(block, expected, message) {
  if (typeof block !== 'function') {
    const error = new TypeError(`The "fn" argument must be of type function. Received ${inline(block)}`);
    error.code = 'ERR_INVALID_ARG_TYPE';
    error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
    throw error;
  }
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  let thrown = NO_EXCEPTION;
  try {
    block();
  } catch (e) {
    thrown = e;
  }
  if (thrown === NO_EXCEPTION) missing(expected, message, throws);
  checkError(thrown, expected, message, throws);
};

assert.doesNotThrow = function doesNotThrow(block, expected, message) {
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  try {
    block();
  } catch (e) {
    if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
    const details = message !== undefined ? `: ${message}` : '.';
    fail(e, expected, `Got unwanted exception${details}\nActual message: "${e && e.message}"`, 'doesNotThrow', doesNotThrow, false);
  }
};

const isPromiseLike = (v) => v instanceof Promise || (v !== null && typeof v === 'object' && typeof v.then === 'function' && typeof v.catch === 'function');

/** How node's argument errors name a value: `undefined`, `type number (5)`, `an instance of X`. */
function specificType(v) {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'function') return `function ${v.name}`;
  if (typeof v === 'object') return v.constructor && v.constructor.name ? `an instance of ${v.constructor.name}` : inline(v);
  return `type ${typeof v} (${inline(v)})`;
}

/** The promise assert.rejects / doesNotReject waits for: the one given, or the one the
 *  function given returns; node's argument errors (which reject the call) otherwise. */
function awaitable(promiseOrFn) {
  if (typeof promiseOrFn === 'function') {
    const p = promiseOrFn();
    if (isPromiseLike(p)) return p;
    const error = new TypeError(`Expected instance of Promise to be returned from the "promiseFn" function but got ${specificType(p)}.`);
    error.code = 'ERR_INVALID_RETURN_VALUE';
    error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
    throw error;
  }
  if (isPromiseLike(promiseOrFn)) return promiseOrFn;
  const error = new TypeError(`The "promiseFn" argument must be of type function or an instance of Promise. Received ${specificType(promiseOrFn)}`);
  error.code = 'ERR_INVALID_ARG_TYPE';
  error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
  throw error;
}

assert.rejects = async function rejects(promiseOrFn, expected, message) {
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  const promise = awaitable(promiseOrFn);
  let thrown = NO_EXCEPTION;
  try {
    await promise;
  } catch (e) {
    thrown = e;
  }
  if (thrown === NO_EXCEPTION) missing(expected, message, rejects);
  checkError(thrown, expected, message, rejects);
};

assert.doesNotReject = async function doesNotReject(promiseOrFn, expected, message) {
  const promise = awaitable(promiseOrFn);
  try {
    await promise;
  } catch (e) {
    const details = message !== undefined ? `: ${message}` : '.';
    fail(e, expected, `Got unwanted rejection${details}\nActual message: "${e && e.message}"`, 'doesNotReject', doesNotReject, false);
  }
};

assert.match = function match(string, regexp, message) {
  if (typeof string === 'string' && regexp.test(string)) return;
  const shown = typeof string === 'string' ? `The input did not match the regular expression ${regexp}. Input:\n\n${inline(string)}\n`
    : `The "string" argument must be of type string. Received type ${typeof string} (${inline(string)})`;
  fail(string, regexp, message === undefined ? shown : message, 'match', match, message === undefined);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  if (typeof string === 'string' && !regexp.test(string)) return;
  fail(string, regexp, message === undefined ? `The input was expected to not match the regular expression ${regexp}. Input:\n\n${inline(string)}\n` : message, 'doesNotMatch', doesNotMatch, message === undefined);
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  const shown = err instanceof Error ? err.message : inline(err);
  fail(err, null, `ifError got unwanted exception: ${shown}`, 'ifError', ifError, false);
};

/** assert.strict: the same functions with the strict comparisons under the loose names. */
const strict = function strict(...args) {
  innerOk(strict, args.length, args[0], args[1]);
};
for (const key of Object.keys(assert)) strict[key] = assert[key];
strict.equal = assert.strictEqual;
strict.notEqual = assert.notStrictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
