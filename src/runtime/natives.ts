// Native methods of Array.prototype and String.prototype, written in TypeScript against the
// object model. String methods take primitive arguments, so they apply the host's own
// String.prototype method to the decoded string (its semantics are the language's); array
// methods work on the heap array in place and call back through the runtime's Invoker.

import { arrayIntegrity, MUTATING_ARRAY_METHODS, replayMutation } from './array-integrity';
import { arrayNullReceiver, hostCall, KilnThrow } from './errors';
import { messageText } from './message-text';
import { Kind, Tag } from './layout';
import { isRegExp } from './regexps';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const arg = (args: Word[], i: number): Word => args[i] ?? UNDEF;
const bool = (b: boolean): Word => [Tag.Bool, b ? 1 : 0];
const int = (n: number): Word => [Tag.Int32, n | 0];

// ---- String.prototype ---------------------------------------------------------------------
const HOST_STRING_METHODS = [
  'charAt', 'charCodeAt', 'indexOf', 'lastIndexOf', 'slice', 'substring', 'startsWith', 'endsWith',
  'includes', 'split', 'trim', 'trimStart', 'trimEnd', 'toUpperCase', 'toLowerCase', 'repeat',
  'padStart', 'padEnd', 'concat', 'at', 'codePointAt', 'substr', 'localeCompare', 'normalize',
  'toLocaleLowerCase', 'toLocaleUpperCase', 'isWellFormed', 'toWellFormed',
] as const;

type HostStringMethod = (this: string, ...args: unknown[]) => unknown;

/** The host's String.prototype by name (ES2024's isWellFormed and toWellFormed are node 20's
 *  but not in the ES2022 library types kiln compiles against). */
const hostStringMethod = (name: (typeof HOST_STRING_METHODS)[number]): HostStringMethod =>
  (String.prototype as unknown as Record<string, HostStringMethod>)[name];

function thisString(rt: RuntimeCore, self: Word, name: string): string {
  if (self[0] === Tag.Undefined || self[0] === Tag.Null) {
    throw new KilnThrow('TypeError', `String.prototype.${name} called on null or undefined`);
  }
  return rt.toStringValue(self);
}

/** How each method converts its arguments: per parameter 'n' a number (ToIntegerOrInfinity,
 *  ToLength, ...), 's' a string, or 'h' the host value as it is (localeCompare's locales and
 *  options, read by the host's Intl); '*' applies the one before it to every further argument. */
const STRING_PARAMS: Record<(typeof HOST_STRING_METHODS)[number], string> = {
  charAt: 'n', charCodeAt: 'n', indexOf: 'sn', lastIndexOf: 'sn', slice: 'nn', substring: 'nn',
  startsWith: 'sn', endsWith: 'sn', includes: 'sn', split: 'sn', trim: '', trimStart: '', trimEnd: '',
  toUpperCase: '', toLowerCase: '', repeat: 'n', padStart: 'ns', padEnd: 'ns', concat: 's*', at: 'n',
  codePointAt: 'n', substr: 'nn', localeCompare: 'shh', normalize: 's', toLocaleLowerCase: '', toLocaleUpperCase: '',
  isWellFormed: '', toWellFormed: '',
};

/** The host arguments of String.prototype[name]: object arguments converted in the language
 *  (ToPrimitive with the parameter's hint: their valueOf/toString run here, in the order
 *  the method's algorithm converts them), primitives as they are (the host converts those
 *  exactly as the language does). */
function stringMethodArgs(rt: RuntimeCore, name: (typeof HOST_STRING_METHODS)[number], s: string, args: Word[]): unknown[] | string {
  const params = STRING_PARAMS[name];
  const host: unknown[] = args.map((a) => (rt.convert.isObject(a) ? undefined : rt.host(a)));
  const convert = (i: number): void => {
    if (i >= args.length || !rt.convert.isObject(args[i])) return;
    const kind = i < params.length && params[i] !== '*' ? params[i] : params.endsWith('*') ? params[params.length - 2] : '';
    if (kind === 'n') host[i] = rt.toNumber(args[i]);
    else if (kind === 's') host[i] = rt.toStringValue(args[i]);
    else if (kind === 'h') host[i] = rt.host(args[i]);
    else host[i] = undefined; // an argument the method ignores
  };
  if (name === 'split') {
    // The limit is converted before the separator.
    convert(1);
    convert(0);
  } else if (name === 'padStart' || name === 'padEnd') {
    // The filler is converted only when the string is padded at all.
    convert(0);
    const maxLength = Math.min(Math.max(Math.trunc(Number(host[0])) || 0, 0), Number.MAX_SAFE_INTEGER);
    if (maxLength <= s.length) return s;
    convert(1);
  } else {
    for (let i = 0; i < args.length; i++) convert(i);
  }
  return host;
}

/** The names node's "called on null or undefined" messages give methods, where they are
 *  not the methods' own: V8 names trimStart and trimEnd by their Annex B aliases. */
const RECEIVER_ERROR_NAMES: Partial<Record<(typeof HOST_STRING_METHODS)[number], string>> = { trimStart: 'trimLeft', trimEnd: 'trimRight' };

export const STRING_NATIVES: readonly NativeMethod[] = HOST_STRING_METHODS.map((name) => ({
  name,
  fn: (rt: RuntimeCore, self: Word, args: Word[]): Word => {
    const s = thisString(rt, self, RECEIVER_ERROR_NAMES[name] ?? name);
    if ((name === 'startsWith' || name === 'endsWith' || name === 'includes') && isRegExp(rt, args[0] ?? UNDEF)) {
      throw new KilnThrow('TypeError', `First argument to String.prototype.${name} must not be a regular expression`);
    }
    const hostArgs = stringMethodArgs(rt, name, s, args);
    if (typeof hostArgs === 'string') return rt.str(hostArgs);
    const method = hostStringMethod(name);
    // The host's RangeErrors ("Invalid count value: -1") are node's.
    const r = hostCall(() => method.apply(s, hostArgs));
    if (Array.isArray(r)) return rt.newArray(r.map((x: string) => rt.str(x)));
    return rt.word(r as string | number | boolean | undefined);
  },
}));

// ---- Number.prototype ---------------------------------------------------------------------
// The host's own methods on the number (their formatting and RangeErrors are node's).
const HOST_NUMBER_METHODS = ['toFixed', 'toString', 'toPrecision', 'toExponential', 'toLocaleString'] as const;

export const NUMBER_NATIVES: readonly NativeMethod[] = HOST_NUMBER_METHODS.map((name) => ({
  name,
  fn: (rt: RuntimeCore, self: Word, args: Word[]): Word => {
    const value = rt.thisPrimitive(self, 'Number', name);
    const method = Number.prototype[name] as (...a: unknown[]) => string;
    const x = rt.toNumber(value);
    // Object arguments (digits, radix, precision) convert to numbers in the language.
    // toLocaleString's (locales, options) go to the host's Intl as they are.
    const hostArgs = name === 'toLocaleString' ? args.map((a) => rt.host(a)) : args.map((a) => (rt.convert.isObject(a) ? rt.toNumber(a) : rt.host(a)));
    return rt.str(hostCall(() => method.apply(x, hostArgs)));
  },
}));

// ---- Array.prototype ----------------------------------------------------------------------
// The methods that write to their receiver (MUTATING_ARRAY_METHODS): on anything but an array
// they are not supported yet (the others read an array-like through a snapshot:
// withArrayReceiver).

/** Array.prototype methods, the mutating ones first checked against their receiver's
 *  integrity level (array-integrity.ts: a frozen array's push throws node's TypeError). */
export function withIntegrityChecks(methods: readonly NativeMethod[]): NativeMethod[] {
  return methods.map((m) => (!MUTATING_ARRAY_METHODS.has(m.name) ? m : {
    ...m,
    fn: (rt, self, args, callee) => {
      if (rt.objects.isArray(self[0], self[1]) && arrayIntegrity(rt.objects, self[1]) !== 0) replayMutation(rt, self[1], m.name, args);
      return m.fn(rt, self, args, callee);
    },
  }));
}

export function thisArray(rt: RuntimeCore, self: Word, name: string): number {
  if (!rt.objects.isArray(self[0], self[1])) {
    throw new KilnThrow('TypeError', `kiln supports Array.prototype.${name} on arrays only`);
  }
  return self[1];
}

/** Runs an Array.prototype method on its receiver as an array. An array is itself; any other
 *  value (`Array.prototype.map.call('abc', f)`, `Array.prototype.slice.call(arguments)`,
 *  `{ length: 2, 0: 'a' }`) is read as the spec's generic methods read it — ToObject, then
 *  `length`, then each index present (an absent one is a hole) — into a snapshot array the
 *  method runs on, while callbacks still receive the receiver itself. A method that writes to
 *  its receiver accepts only arrays. */
export function withArrayReceiver(rt: RuntimeCore, self: Word, name: string, run: (a: number) => Word): Word {
  if (rt.objects.isArray(self[0], self[1])) return run(self[1]);
  if (self[0] === Tag.Undefined || self[0] === Tag.Null) throw arrayNullReceiver(name);
  const mutates = MUTATING_ARRAY_METHODS.has(name);
  // (a string's indices are read-only: the mutating methods take only object receivers)
  // (a primitive receiver is made an object: a string's read-only indices then refuse writes)
  if (mutates && !rt.convert.isObject(self)) return withArrayReceiver(rt, rt.toObject(self), name, run);
  const length = Math.min(Math.max(Math.trunc(rt.toNumber(rt.getProperty(self, 'length'))) || 0, 0), Number.MAX_SAFE_INTEGER);
  if (length > 0xffffffff) throw new KilnThrow('RangeError', 'Invalid array length');
  // A string's indices below its length all exist; an object's are asked with HasProperty.
  const object = self[0] === Tag.Ptr && rt.convert.isObject(self);
  const snapshot = rt.newArray([])[1];
  rt.heap.pushHandle(snapshot);
  try {
    for (let i = 0; i < length; i++) {
      if (object && !rt.props.has(self[0], self[1], i)) {
        rt.objects.push(snapshot, Tag.Hole, 0);
        continue;
      }
      const v = rt.getProperty(self, i);
      rt.objects.push(snapshot, v[0], v[1]);
    }
    const before = mutates ? elementWords(rt, snapshot) : [];
    const result = run(snapshot);
    if (mutates) writeBack(rt, self, snapshot, before, length, LENGTH_CHANGING.has(name));
    return result;
  } finally {
    rt.heap.popHandle();
  }
}

/** The element words of array `a` (holes as Tag.Hole). */
function elementWords(rt: RuntimeCore, a: number): Word[] {
  const out: Word[] = [];
  for (let i = 0, n = rt.objects.arrayLength(a); i < n; i++) {
    const w = rt.objects.elementWord(a, i);
    out.push([rt.heap.u32[w + 1], rt.heap.u32[w]]);
  }
  return out;
}

/** The mutating methods that set their receiver's `length`. */
const LENGTH_CHANGING: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice']);

/** A mutating method run on an array-like's snapshot: its elements written back to the
 *  receiver (Set, or DeletePropertyOrThrow for a hole and for indices past the new length),
 *  then its `length` when the method sets it. */
function writeBack(rt: RuntimeCore, self: Word, snapshot: number, before: readonly Word[], oldLength: number, setsLength: boolean): void {
  const now = elementWords(rt, snapshot);
  const n = now.length;
  const remove = (i: number): void => void rt.props.delete(self[0], self[1], i, true);
  for (let i = 0; i < n; i++) {
    const [hi, lo] = now[i];
    // (an element the method left where it was is not written again)
    if (i < before.length && before[i][0] === hi && before[i][1] === lo) continue;
    if (hi === Tag.Hole) remove(i);
    else rt.props.set(self[0], self[1], i, hi, lo, true);
  }
  for (let i = n; i < oldLength; i++) remove(i);
  if (setsLength) rt.props.set(self[0], self[1], 'length', Tag.Int32, n, true);
}

export function element(rt: RuntimeCore, a: number, i: number): Word {
  rt.objects.getElement(a, i);
  return [rt.objects.rhi, rt.objects.rlo];
}

export function isHole(rt: RuntimeCore, a: number, i: number): boolean {
  return rt.heap.u32[rt.objects.elementWord(a, i) + 1] === Tag.Hole;
}

export function callback(rt: RuntimeCore, f: Word): Word {
  if (!rt.isCallable(f)) throw new KilnThrow('TypeError', `${messageText(rt, f)} is not a function`);
  return f;
}

/** ToIntegerOrInfinity then clamped relative index, as slice/splice/fill/indexOf do. */
export function relativeIndex(rt: RuntimeCore, w: Word, length: number, dflt: number): number {
  if (w[0] === Tag.Undefined) return dflt;
  const n = integerOrInfinity(rt, w);
  return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}

export function truthy(rt: RuntimeCore, w: Word): boolean {
  return rt.convert.toBoolean(w);
}

function strictEquals(rt: RuntimeCore, a: Word, b: Word, zero: boolean): boolean {
  return rt.convert.strictEquals(a, b, zero);
}

/** ToIntegerOrInfinity (NaN and -0 become 0; objects convert through valueOf). */
export function integerOrInfinity(rt: RuntimeCore, w: Word): number {
  return Math.trunc(rt.toNumber(w)) || 0;
}

/** Iterates the callback methods' (element, index, array) calls, skipping holes. */
function eachElement(rt: RuntimeCore, a: number, f: Word, self: Word, thisArg: Word, visit: (r: Word, v: Word, i: number) => boolean): void {
  const length = rt.objects.arrayLength(a);
  for (let i = 0; i < length && i < rt.objects.arrayLength(a); i++) {
    if (isHole(rt, a, i)) continue;
    const v = element(rt, a, i);
    // The callback may drop v from the array and a collection may run: keep v alive.
    rt.heap.pushHandleWord(v);
    let more: boolean;
    try {
      more = visit(rt.invoker.call(f, thisArg, [v, int(i), self]), v, i);
    } finally {
      rt.heap.popHandle();
    }
    if (!more) return;
  }
}

function defaultSortKey(rt: RuntimeCore, w: Word): string {
  return rt.toStringValue(w);
}

/** Arrays whose join is running (cycle detection). */
const joining = new Set<number>();

export type ArrayMethod = (rt: RuntimeCore, self: Word, args: Word[], a: number) => Word;

export const ARRAY_METHODS: Record<string, ArrayMethod> = {
  push(rt, _self, args, a) {
    for (const [hi, lo] of args) rt.objects.push(a, hi, lo);
    return int(rt.objects.arrayLength(a));
  },
  pop(rt, self, _args, a) {
    const n = rt.objects.arrayLength(a);
    if (n === 0) return UNDEF;
    // A hole reads through the prototypes (Get), where an index may have a value.
    const v = isHole(rt, a, n - 1) ? rt.getProperty(self, n - 1) : element(rt, a, n - 1);
    rt.objects.setLength(a, n - 1);
    return v;
  },
  shift(rt, self, _args, a) {
    const n = rt.objects.arrayLength(a);
    if (n === 0) return UNDEF;
    const v = isHole(rt, a, 0) ? rt.getProperty(self, 0) : element(rt, a, 0);
    const w = rt.objects.elementWord(a, 0);
    rt.heap.u32.copyWithin(w, w + 2, w + 2 * n);
    rt.objects.setLength(a, n - 1);
    return v;
  },
  unshift(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    const k = args.length;
    if (k > 0) {
      rt.objects.ensureCapacity(a, n + k);
      const w = rt.objects.elementWord(a, 0);
      rt.heap.u32.copyWithin(w + 2 * k, w, w + 2 * n);
      rt.heap.u32[(a + 8) >> 2] = n + k;
      args.forEach(([hi, lo], i) => rt.objects.setElement(a, i, hi, lo));
    }
    return int(n + k);
  },
  slice(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    const start = relativeIndex(rt, arg(args, 0), n, 0);
    const end = relativeIndex(rt, arg(args, 1), n, n);
    const out: Word[] = [];
    for (let i = start; i < end; i++) out.push(isHole(rt, a, i) ? [Tag.Hole, 0] : element(rt, a, i));
    return rt.newArray(out);
  },
  splice(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    const start = relativeIndex(rt, arg(args, 0), n, 0);
    const count = args.length === 0 ? 0 : args.length === 1 ? n - start : Math.min(Math.max(Math.trunc(rt.toNumber(args[1])) || 0, 0), n - start);
    const items = args.slice(2);
    const all: Word[] = [];
    for (let i = 0; i < n; i++) all.push(isHole(rt, a, i) ? [Tag.Hole, 0] : element(rt, a, i));
    const removed = all.splice(start, count, ...items);
    rt.objects.setLength(a, 0);
    for (const [hi, lo] of all) rt.objects.push(a, hi, lo);
    return rt.newArray(removed);
  },
  concat(rt, self, args) {
    // The result is built in place (held: a getter of an array-like may collect).
    const result = rt.newArray([])[1];
    const add = (w: Word): void => rt.objects.push(result, w[0], w[1]);
    const receiver = rt.toObject(self);
    rt.heap.pushHandle(result);
    rt.heap.pushHandleWord(receiver);
    const isArray = (w: Word): boolean => rt.objects.isArrayValue(w[0], w[1]) || (w[0] === Tag.Ptr && rt.props.asProxy(w[1])?.isArray(w[1]) === true);
    try {
      for (const part of [receiver, ...args]) {
        // IsConcatSpreadable: an object's @@isConcatSpreadable when defined, else IsArray.
        const flag = rt.convert.isObject(part) ? rt.getProperty(part, rt.symbols.wellKnownKey('isConcatSpreadable')) : UNDEF;
        const spread = flag[0] !== Tag.Undefined ? rt.toBoolean(flag) : isArray(part);
        if (spread && rt.objects.isArrayValue(part[0], part[1]) && rt.heap.kindOf(part[1]) === Kind.Array) {
          const p = part[1];
          for (let i = 0; i < rt.objects.arrayLength(p); i++) add(isHole(rt, p, i) ? [Tag.Hole, 0] : element(rt, p, i));
        } else if (spread) {
          // An array-like (or a proxy of an array): its length, then each index it has.
          const n = Math.min(Math.max(Math.trunc(rt.toNumber(rt.getProperty(part, 'length'))) || 0, 0), Number.MAX_SAFE_INTEGER);
          for (let i = 0; i < n; i++) add(rt.props.has(part[0], part[1], i) ? rt.getProperty(part, i) : [Tag.Hole, 0]);
        } else {
          add(part);
        }
      }
    } finally {
      rt.heap.popHandle();
      rt.heap.popHandle();
    }
    return [Tag.Ptr, result];
  },
  indexOf(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    if (n === 0) return int(-1);
    // fromIndex may run code that shrinks the array: indices past its end are absent.
    for (let i = relativeIndex(rt, arg(args, 1), n, 0); i < n && i < rt.objects.arrayLength(a); i++) {
      if (!isHole(rt, a, i) && strictEquals(rt, element(rt, a, i), arg(args, 0), false)) return int(i);
    }
    return int(-1);
  },
  lastIndexOf(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    if (n === 0) return int(-1);
    // fromIndex, when given (even undefined: 0), counts from the end when negative.
    const from = args.length > 1 ? integerOrInfinity(rt, args[1]) : n - 1;
    if (from === -Infinity) return int(-1);
    for (let i = from >= 0 ? Math.min(from, n - 1) : n + from; i >= 0; i--) {
      if (i < rt.objects.arrayLength(a) && !isHole(rt, a, i) && strictEquals(rt, element(rt, a, i), arg(args, 0), false)) return int(i);
    }
    return int(-1);
  },
  includes(rt, _self, args, a) {
    const n = rt.objects.arrayLength(a);
    if (n === 0) return bool(false);
    for (let i = relativeIndex(rt, arg(args, 1), n, 0); i < n; i++) {
      if (strictEquals(rt, element(rt, a, i), arg(args, 0), true)) return bool(true);
    }
    return bool(false);
  },
  join(rt, _self, args, a) {
    const sep = arg(args, 0)[0] === Tag.Undefined ? ',' : rt.toStringValue(args[0]);
    // An array met again while it is being joined (a cycle) joins as '' (V8).
    if (joining.has(a)) return rt.str('');
    joining.add(a);
    const parts: string[] = [];
    try {
      for (let i = 0, n = rt.objects.arrayLength(a); i < n; i++) {
        const v = element(rt, a, i);
        parts.push(v[0] === Tag.Undefined || v[0] === Tag.Null ? '' : rt.toStringValue(v));
      }
    } finally {
      joining.delete(a);
    }
    return rt.str(parts.join(sep));
  },
  reverse(rt, self, _args, a) {
    const n = rt.objects.arrayLength(a);
    const u32 = rt.heap.u32;
    for (let i = 0, j = n - 1; i < j; i++, j--) {
      const wi = rt.objects.elementWord(a, i);
      const wj = rt.objects.elementWord(a, j);
      const lo = u32[wi];
      const hi = u32[wi + 1];
      u32[wi] = u32[wj];
      u32[wi + 1] = u32[wj + 1];
      u32[wj] = lo;
      u32[wj + 1] = hi;
    }
    return self;
  },
  fill(rt, self, args, a) {
    const n = rt.objects.arrayLength(a);
    const [hi, lo] = arg(args, 0);
    for (let i = relativeIndex(rt, arg(args, 1), n, 0), end = relativeIndex(rt, arg(args, 2), n, n); i < end; i++) {
      rt.objects.setElement(a, i, hi, lo);
    }
    return self;
  },
  sort(rt, self, args, a) {
    const cmp = arg(args, 0);
    if (cmp[0] !== Tag.Undefined && !rt.isCallable(cmp)) {
      throw new KilnThrow('TypeError', 'The comparison function must be either a function or undefined');
    }
    const n = rt.objects.arrayLength(a);
    const values: Word[] = [];
    let undefinedCount = 0;
    for (let i = 0; i < n; i++) {
      if (isHole(rt, a, i)) continue;
      const v = element(rt, a, i);
      if (v[0] === Tag.Undefined) undefinedCount++;
      else values.push(v);
    }
    if (cmp[0] === Tag.Undefined) {
      const keyed = values.map((v) => ({ v, k: defaultSortKey(rt, v) }));
      keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
      keyed.forEach((e, i) => (values[i] = e.v));
    } else {
      values.sort((x, y) => rt.toNumber(rt.invoker.call(cmp, UNDEF, [x, y])) || 0);
    }
    let i = 0;
    for (const [hi, lo] of values) rt.objects.setElement(a, i++, hi, lo);
    for (let k = 0; k < undefinedCount; k++) rt.objects.setElement(a, i++, Tag.Undefined, 0);
    for (; i < n; i++) rt.objects.setElement(a, i, Tag.Hole, 0);
    return self;
  },
  forEach(rt, self, args, a) {
    eachElement(rt, a, callback(rt, arg(args, 0)), self, arg(args, 1), () => true);
    return UNDEF;
  },
  map(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    const n = rt.objects.arrayLength(a);
    const out: Word[] = [];
    for (let i = 0; i < n; i++) out.push([Tag.Hole, 0]);
    const result = rt.newArray(out);
    rt.heap.pushHandle(result[1]);
    try {
      eachElement(rt, a, f, self, arg(args, 1), (r, _v, i) => {
        rt.objects.setElement(result[1], i, r[0], r[1]);
        return true;
      });
    } finally {
      rt.heap.popHandle();
    }
    return result;
  },
  filter(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    const keep = rt.newArray([]);
    rt.heap.pushHandle(keep[1]);
    try {
      eachElement(rt, a, f, self, arg(args, 1), (r, v) => {
        if (truthy(rt, r)) rt.objects.push(keep[1], v[0], v[1]);
        return true;
      });
    } finally {
      rt.heap.popHandle();
    }
    return keep;
  },
  some(rt, self, args, a) {
    let found = false;
    eachElement(rt, a, callback(rt, arg(args, 0)), self, arg(args, 1), (r) => !(found = truthy(rt, r)));
    return bool(found);
  },
  every(rt, self, args, a) {
    let all = true;
    eachElement(rt, a, callback(rt, arg(args, 0)), self, arg(args, 1), (r) => (all = truthy(rt, r)));
    return bool(all);
  },
  find(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    // The length is read once: elements appended by the callback are not visited; holes
    // and elements removed meanwhile are visited as undefined.
    for (let i = 0, n = rt.objects.arrayLength(a); i < n; i++) {
      const v = element(rt, a, i);
      rt.heap.pushHandleWord(v);
      try {
        if (truthy(rt, rt.invoker.call(f, arg(args, 1), [v, int(i), self]))) return v;
      } finally {
        rt.heap.popHandle();
      }
    }
    return UNDEF;
  },
  findIndex(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    for (let i = 0, n = rt.objects.arrayLength(a); i < n; i++) {
      if (truthy(rt, rt.invoker.call(f, arg(args, 1), [element(rt, a, i), int(i), self]))) return int(i);
    }
    return int(-1);
  },
  reduce(rt, self, args, a) {
    const f = callback(rt, arg(args, 0));
    const n = rt.objects.arrayLength(a);
    let i = 0;
    let acc: Word;
    if (args.length >= 2) {
      acc = args[1];
    } else {
      while (i < n && isHole(rt, a, i)) i++;
      if (i >= n) throw new KilnThrow('TypeError', 'Reduce of empty array with no initial value');
      acc = element(rt, a, i++);
    }
    rt.heap.pushHandleWord(acc);
    try {
      for (; i < n && i < rt.objects.arrayLength(a); i++) {
        if (isHole(rt, a, i)) continue;
        acc = rt.invoker.call(f, UNDEF, [acc, element(rt, a, i), int(i), self]);
        rt.heap.setTopHandleWord(acc);
      }
    } finally {
      rt.heap.popHandle();
    }
    return acc;
  },
};

export const ARRAY_NATIVES: readonly NativeMethod[] = Object.entries(ARRAY_METHODS).map(([name, impl]) => ({
  name,
  fn: (rt: RuntimeCore, self: Word, args: Word[]): Word => withArrayReceiver(rt, self, name, (a) => impl(rt, self, args, a)),
}));
