// JSON.stringify on value words, as the spec's SerializeJSONProperty runs it: getters and
// toJSON methods (own or inherited: a class's toJSON) are called in the language, then the
// replacer function with the holder as `this`; a replacer array picks the keys; the gap
// comes from `space`. The text is built in code units (json-text.ts); number printing is the
// host's (it is the language's). A cycle throws V8's TypeError, with its path drawn as V8
// draws it.

import { KilnThrow } from './errors';
import { JsonText } from './json-text';
import { Kind, Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import { isArrayIndexKey, PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** V8 draws a cycle's path with this many lines after the start, `...`, and this many
 *  before the closing line. */
const CIRCLE_PREFIX_LINES = 2;
const CIRCLE_POSTFIX_LINES = 1;

/** JSON.stringify(value, replacer, space): the text, or undefined. */
export function jsonStringify(rt: RuntimeCore, value: Word, replacer: Word, space: Word): Word {
  const s = new JsonSerializer(rt, replacer, space);
  const wrapper = rt.objects.allocObject();
  rt.heap.pushHandle(wrapper);
  try {
    rt.objects.setOwn(wrapper, '', value[0], value[1]);
    return s.top([Tag.Ptr, wrapper]) ? [Tag.Ptr, s.out.toHeapString()] : UNDEF;
  } finally {
    rt.heap.popHandle();
  }
}

class JsonSerializer {
  private readonly replacerFunction: Word | null = null;
  private readonly propertyList: string[] | null = null;
  private readonly gap: string = '';
  private indent = '';
  /** The objects being serialized, outermost first, with the key each was reached by. */
  private readonly stack: { key: string | number; obj: number }[] = [];
  private readonly quotedKeys = new Map<string, string>();
  /** The text written so far. */
  readonly out: JsonText;

  constructor(
    private readonly rt: RuntimeCore,
    replacer: Word,
    space: Word,
  ) {
    this.out = new JsonText(rt.heap);
    if (rt.isCallable(replacer)) {
      this.replacerFunction = replacer;
    } else if (rt.objects.isArrayValue(replacer[0], replacer[1])) {
      const list: string[] = [];
      for (let i = 0, n = rt.objects.arrayLength(replacer[1]); i < n; i++) {
        const v = rt.getProperty(replacer, i);
        const isNumber = v[0] === Tag.Int32 || v[0] < Tag.MIN;
        if (!isNumber && !rt.convert.isString(v)) continue;
        const item = rt.toStringValue(v);
        if (!list.includes(item)) list.push(item);
      }
      this.propertyList = list;
    }
    if (space[0] === Tag.Int32 || space[0] < Tag.MIN) {
      const n = Math.min(10, Math.trunc(rt.toNumber(space)) || 0);
      this.gap = n >= 1 ? ' '.repeat(n) : '';
    } else if (rt.convert.isString(space)) {
      this.gap = rt.toStringValue(space).slice(0, 10);
    }
  }

  /** SerializeJSONProperty('', wrapper) into `out`; false when the result is undefined. */
  top(wrapper: Word): boolean {
    const handles = this.rt.heap.handles;
    const mark = handles.length;
    const value = this.resolve('', wrapper);
    const serializable = this.serializable(value);
    if (serializable) this.write('', value);
    if (handles.length !== mark) handles.length = mark;
    return serializable;
  }

  /** The value SerializeJSONProperty serializes for holder[key]: after its toJSON and the
   *  replacer function. A heap value is left pushed as a handle (getters, toJSON and the
   *  replacer run code, and so may the serialization of its members): the caller drops the
   *  handles it pushed. */
  private resolve(key: string | number, holder: Word): Word {
    const rt = this.rt;
    let value = this.get(key, holder);
    if (value[0] !== Tag.Ptr && this.replacerFunction === null) return value;
    rt.heap.pushHandleWord(value);
    if (rt.convert.isObject(value) || rt.convert.isBigInt(value)) {
      const toJSON = rt.getProperty(value, 'toJSON');
      if (rt.isCallable(toJSON)) value = rt.invoker.call(toJSON, value, [rt.str(String(key))]);
      rt.heap.setTopHandleWord(value);
    }
    if (this.replacerFunction !== null) {
      value = rt.invoker.call(this.replacerFunction, holder, [rt.str(String(key)), value]);
      rt.heap.setTopHandleWord(value);
    }
    if (rt.convert.isObject(value)) {
      // Number, String and Boolean objects serialize as their primitives (converted: a
      // Number object's valueOf runs, as the spec's ToNumber does).
      const type = rt.wrapperTypeOfObject(value[1]);
      if (type === 'Number') value = numberWord(rt.toNumber(value));
      else if (type === 'String') value = rt.str(rt.toStringValue(value));
      else if (type === 'Boolean') value = rt.primitiveOf(value, 'Boolean')!;
      else if (type === 'BigInt') value = rt.primitiveOf(value, 'BigInt')!;
      rt.heap.setTopHandleWord(value);
    }
    if (rt.convert.isBigInt(value)) throw stringifyError('Do not know how to serialize a BigInt');
    return value;
  }

  /** holder[key]: an own data property or element read directly, anything else (getters,
   *  inherited properties) by the generic semantics. */
  private get(key: string | number, holder: Word): Word {
    const rt = this.rt;
    const o = rt.objects;
    const kind = rt.heap.kindOf(holder[1]);
    if (typeof key === 'number' && kind === Kind.Array) {
      o.getElement(holder[1], key);
      return [o.rhi, o.rlo];
    }
    if (typeof key === 'string' && kind === Kind.Object && o.getOwn(holder[1], key) && (o.rflags & PropFlag.Accessor) === 0) {
      return [o.rhi, o.rlo];
    }
    return rt.getProperty(holder, key);
  }

  /** Does the value serialize to text (not undefined, a function or a symbol)? */
  private serializable([hi, lo]: Word): boolean {
    if (hi === Tag.Undefined) return false;
    if (hi !== Tag.Ptr) return true;
    const kind = this.rt.heap.kindOf(lo);
    return kind !== Kind.Function && kind !== Kind.Symbol;
  }

  /** A member's key as JSON text with its colon (keys repeat: made once). */
  private memberPrefix(k: string): string {
    let q = this.quotedKeys.get(k);
    if (q === undefined) this.quotedKeys.set(k, (q = JSON.stringify(k) + (this.gap === '' ? ':' : ': ')));
    return q;
  }

  /** Appends the text of a serializable value to `out`. */
  private write(key: string | number, value: Word): void {
    const [hi, lo] = value;
    if (hi === Tag.Int32) {
      this.out.append(String(lo | 0));
    } else if (hi < Tag.MIN) {
      const n = this.rt.toNumber(value);
      this.out.append(Number.isFinite(n) ? String(n) : 'null');
    } else if (hi === Tag.Null) {
      this.out.append('null');
    } else if (hi === Tag.Bool) {
      this.out.append(lo !== 0 ? 'true' : 'false');
    } else {
      const kind = this.rt.heap.kindOf(lo);
      if (kind === Kind.String) this.out.appendQuoted(lo);
      else if (kind === Kind.Array && !this.rt.objects.isArguments(lo)) this.array(key, lo);
      else if (this.rt.props.asProxy(lo)?.isArray(lo)) this.array(key, lo);
      else this.object(key, lo);
    }
  }

  private object(key: string | number, obj: number): void {
    const rt = this.rt;
    const stepback = this.enter(key, obj);
    const keys = this.propertyList ?? rt.props.ownKeys(Tag.Ptr, obj);
    const separator = this.gap === '' ? ',' : `,\n${this.indent}`;
    let first = true;
    const handles = rt.heap.handles;
    const mark = handles.length;
    this.out.append('{');
    for (const k of keys) {
      const key = isArrayIndexKey(k) ? Number(k) : k;
      const value = this.resolve(key, [Tag.Ptr, obj]);
      if (this.serializable(value)) {
        this.out.append(first ? (this.gap === '' ? '' : `\n${this.indent}`) : separator);
        first = false;
        this.out.append(this.memberPrefix(k));
        this.write(key, value);
      }
      if (handles.length !== mark) handles.length = mark;
    }
    this.leave(stepback, first, '}');
  }

  private array(key: string | number, arr: number): void {
    const rt = this.rt;
    const stepback = this.enter(key, arr);
    // (A proxy of an array: its length by [[Get]].)
    const n = rt.heap.kindOf(arr) === Kind.Array ? rt.objects.arrayLength(arr) : toLength(rt.toNumber(rt.getProperty([Tag.Ptr, arr], 'length')));
    const separator = this.gap === '' ? ',' : `,\n${this.indent}`;
    const handles = rt.heap.handles;
    const mark = handles.length;
    this.out.append('[');
    for (let i = 0; i < n; i++) {
      this.out.append(i === 0 ? (this.gap === '' ? '' : `\n${this.indent}`) : separator);
      const value = this.resolve(i, [Tag.Ptr, arr]);
      if (this.serializable(value)) this.write(i, value);
      else this.out.append('null');
      if (handles.length !== mark) handles.length = mark;
    }
    this.leave(stepback, n === 0, ']');
  }

  /** Pushes obj on the stack (a cycle throws) and deepens the indent; returns the old one. */
  private enter(key: string | number, obj: number): string {
    for (let i = 0; i < this.stack.length; i++) {
      if (this.stack[i].obj === obj) throw stringifyError(this.circleMessage(i, key));
    }
    this.stack.push({ key, obj });
    this.rt.heap.pushHandle(obj);
    const stepback = this.indent;
    this.indent += this.gap;
    return stepback;
  }

  private leave(stepback: string, empty: boolean, close: string): void {
    this.stack.pop();
    this.rt.heap.popHandle();
    this.indent = stepback;
    this.out.append(empty || this.gap === '' ? close : `\n${stepback}${close}`);
  }

  // ---- V8's circular-structure message ------------------------------------------------------
  private circleMessage(start: number, closingKey: string | number): string {
    const s = this.stack;
    let text = 'Converting circular structure to JSON';
    text += `\n    --> starting at object with constructor ${this.constructorName(s[start].obj)}`;
    let i = start + 1;
    const prefixEnd = Math.min(s.length, i + CIRCLE_PREFIX_LINES);
    for (; i < prefixEnd; i++) text += this.normalLine(i);
    if (s.length > i + CIRCLE_POSTFIX_LINES) text += '\n    |     ...';
    for (i = Math.max(i, s.length - CIRCLE_POSTFIX_LINES); i < s.length; i++) text += this.normalLine(i);
    return `${text}\n    --- ${describeKey(closingKey)} closes the circle`;
  }

  private normalLine(i: number): string {
    const { key, obj } = this.stack[i];
    return `\n    |     ${describeKey(key)} -> object with constructor ${this.constructorName(obj)}`;
  }

  /** V8's GetConstructorName: the name of the `constructor` data property found on the
   *  chain, when it is a named function; else the object's class (Array, Object). */
  private constructorName(obj: number): string {
    const rt = this.rt;
    const o = rt.objects;
    const holder = rt.props.findHolder(rt.heap.kindOf(obj) === Kind.Array ? o.arrayProto : obj, 'constructor');
    if (holder !== 0 && (o.rflags & PropFlag.Accessor) === 0 && o.rhi === Tag.Ptr && rt.heap.kindOf(o.rlo) === Kind.Function) {
      const name = rt.toStringValue(rt.getProperty([Tag.Ptr, o.rlo], 'name'));
      if (name !== '') return `'${name}'`;
    }
    return rt.heap.kindOf(obj) === Kind.Array ? "'Array'" : "'Object'";
  }
}

function describeKey(key: string | number): string {
  if (typeof key === 'number') return `index ${key}`;
  return key === '' ? '<anonymous>' : `property '${key}'`;
}

/** ToLength. */
function toLength(n: number): number {
  const i = Math.trunc(n) || 0;
  return Math.min(Math.max(i, 0), Number.MAX_SAFE_INTEGER);
}

/** JSON.stringify's own TypeError, raised from its frame (`at JSON.stringify (<anonymous>)`). */
function stringifyError(message: string): KilnThrow {
  const error = new KilnThrow('TypeError', message);
  error.builtinFrame = 'JSON.stringify';
  return error;
}
