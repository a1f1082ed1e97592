// structuredClone(value): the HTML structured clone of a value, as node's V8 serializer makes
// it — primitives (BigInts too) as they are; arrays (holes and named properties kept), plain objects (own
// enumerable string-keyed properties, getters read once, prototypes not kept: a class
// instance becomes a plain object), Date, RegExp, Map, Set, the Error types (name, message,
// stack, cause), wrapper objects, typed arrays, ArrayBuffers and DataViews copied; cycles and shared references kept. Functions,
// symbols, promises and the weak collections are a DataCloneError, as in node.

import { dateValueOf } from './date-value';
import { KilnThrow, thrownValue } from './errors';
import { Kind, Tag } from './layout';
import { promiseStateOf } from './promise-state';
import { regExpSlotOf } from './regexp-slot';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { isArrayIndexKey } from './shapes';
import { wrappedPrimitive } from './wrappers';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const ERROR_NAMES = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);

/** The DataCloneError DOMException node throws (kiln's DOMException class, from the library). */
function dataCloneError(rt: RuntimeCore, what: string): KilnThrow {
  const ctor = rt.getProperty(rt.libraryExports('internal/event-target'), 'DOMException');
  return thrownValue(rt.construct(ctor, [rt.str(`${what} could not be cloned.`), rt.str('DataCloneError')], ctor, 'DOMException'));
}

class Cloner {
  /** Originals → their copies (cycles, shared references). */
  private readonly copies = new Map<number, Word>();
  /** Handles pushed for the copies (getters run kiln code, which may collect). */
  private handles = 0;

  constructor(private readonly rt: RuntimeCore) {}

  run(v: Word): Word {
    try {
      return this.clone(v);
    } finally {
      for (; this.handles > 0; this.handles--) this.rt.heap.popHandle();
    }
  }

  private remember(original: number, copy: Word): Word {
    this.copies.set(original, copy);
    this.rt.heap.pushHandleWord(copy);
    this.handles++;
    return copy;
  }

  private construct(global: string, args: Word[]): Word {
    const ctor = this.rt.loadGlobal(global, false);
    return this.rt.construct(ctor, args, ctor, global);
  }

  private clone(v: Word): Word {
    const rt = this.rt;
    if (v[0] !== Tag.Ptr) return v;
    const at = v[1];
    const kind = rt.heap.kindOf(at);
    // Strings and BigInts are primitives on the heap: immutable, so the clone is the value.
    if (kind === Kind.String || kind === Kind.BigInt) return v;
    if (kind === Kind.Symbol) throw dataCloneError(rt, rt.describe(v[0], v[1]));
    if (kind === Kind.Function) throw dataCloneError(rt, rt.functionSource(at));
    const seen = this.copies.get(at);
    if (seen !== undefined) return seen;
    if (kind === Kind.Array) return this.cloneArray(at);
    const o = rt.objects;
    const date = dateValueOf(o, at);
    if (date !== undefined) return this.remember(at, this.construct('Date', [date]));
    const regexp = regExpSlotOf(o, rt.heap, at);
    if (regexp !== undefined) {
      const cut = regexp.indexOf('/');
      return this.remember(at, this.construct('RegExp', [rt.str(regexp.slice(cut + 1)), rt.str(regexp.slice(0, cut))]));
    }
    const inner = wrappedPrimitive(o, at);
    if (inner !== undefined) return this.remember(at, rt.toObject(inner));
    const collection = rt.collections.kindOf(v[0], v[1]);
    if (collection !== null) return this.cloneCollection(at, collection);
    const binary = rt.cloneBinary(at);
    if (binary !== undefined) return this.remember(at, binary);
    if (promiseStateOf(o, at) !== undefined) throw dataCloneError(rt, '#<Promise>');
    if (rt.collections.iteratorWalk(v[0], v[1]) !== undefined) throw dataCloneError(rt, '#<Object>');
    if (rt.isErrorObject(at)) return this.cloneError(v);
    const ctorName = rt.props.constructorName(at, '');
    if (ctorName === 'WeakMap' || ctorName === 'WeakSet' || ctorName === 'WeakRef') throw dataCloneError(rt, `#<${ctorName}>`);
    const copy = this.remember(at, [Tag.Ptr, o.allocObject()]);
    this.copyProperties(v, copy);
    return copy;
  }

  /** The own enumerable string-keyed properties of `from`, each read (getters run) and
   *  cloned onto `to`. */
  private copyProperties(from: Word, to: Word, skipIndices = false): void {
    const rt = this.rt;
    for (const key of rt.props.ownKeys(from[0], from[1])) {
      if (skipIndices && isArrayIndexKey(key)) continue;
      const value = this.clone(rt.getProperty(from, key));
      rt.props.set(to[0], to[1], key, value[0], value[1], true);
    }
  }

  private cloneArray(at: number): Word {
    const rt = this.rt;
    const o = rt.objects;
    const n = o.arrayLength(at);
    const copy = this.remember(at, rt.newArray([]));
    const u32 = rt.heap.u32;
    for (let i = 0; i < n; i++) {
      if (u32[o.elementWord(at, i) + 1] === Tag.Hole) {
        o.setLength(copy[1], i + 1); // extends with a hole
        continue;
      }
      o.getElement(at, i);
      const value = this.clone([o.rhi, o.rlo]);
      o.push(copy[1], value[0], value[1]);
    }
    this.copyProperties([Tag.Ptr, at], copy, true);
    return copy;
  }

  private cloneCollection(at: number, kind: 'map' | 'set'): Word {
    const rt = this.rt;
    const c = rt.collections;
    const copy = this.remember(at, this.construct(kind === 'map' ? 'Map' : 'Set', []));
    const entries: [Word, Word][] = [];
    for (let e = 0, n = c.used(at); e < n; e++) if (c.entry(at, e)) entries.push([[c.khi, c.klo], [c.rhi, c.rlo]]);
    for (const [k, v] of entries) {
      const key = this.clone(k);
      rt.heap.pushHandleWord(key);
      try {
        const value = kind === 'map' ? this.clone(v) : key;
        c.set(copy[1], key[0], key[1], value[0], value[1]);
      } finally {
        rt.heap.popHandle();
      }
    }
    return copy;
  }

  /** An error: one of the same standard type with its message, stack and cause. */
  private cloneError(v: Word): Word {
    const rt = this.rt;
    const name = rt.toStringValue(rt.getProperty(v, 'name'));
    const type = ERROR_NAMES.has(name) ? name : 'Error';
    const message = rt.getProperty(v, 'message');
    const copy = this.remember(v[1], this.construct(type, message[0] === Tag.Undefined ? [] : [rt.str(rt.toStringValue(message))]));
    const stack = rt.getProperty(v, 'stack');
    if (stack[0] !== Tag.Undefined) rt.props.set(copy[0], copy[1], 'stack', ...rt.str(rt.toStringValue(stack)), true);
    if (rt.props.has(v[0], v[1], 'cause')) {
      const cause = this.clone(rt.getProperty(v, 'cause'));
      rt.props.set(copy[0], copy[1], 'cause', cause[0], cause[1], true);
    }
    return copy;
  }
}

export const STRUCTURED_CLONE: NativeMethod = {
  name: 'structuredClone', length: 2,
  fn: (rt, _self, args) => {
    if (args.length === 0) {
      const e = new KilnThrow('TypeError', 'The value argument must be specified');
      e.ownProperties = [['code', 'ERR_MISSING_ARGS']];
      throw e;
    }
    return new Cloner(rt).run(args[0] ?? UNDEF);
  },
};
