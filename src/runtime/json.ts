// JSON.stringify on value words, as the spec's SerializeJSONProperty runs it: getters and
// toJSON methods (own or inherited: a class's toJSON) are called in the language, then the
// replacer function with the holder as `this`; a replacer array picks the keys; the gap
// comes from `space`. Only string quoting and number printing use the host (they are the
// language's). A cycle throws V8's TypeError, with its path drawn as V8 draws it.

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
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
    const text = s.property('', [Tag.Ptr, wrapper]);
    return text === undefined ? UNDEF : rt.str(text);
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

  constructor(
    private readonly rt: RuntimeCore,
    replacer: Word,
    space: Word,
  ) {
    if (rt.isCallable(replacer)) {
      this.replacerFunction = replacer;
    } else if (rt.objects.isArray(replacer[0], replacer[1])) {
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

  /** SerializeJSONProperty(key, holder): the text of holder[key], or undefined (omitted). */
  property(key: string | number, holder: Word): string | undefined {
    const rt = this.rt;
    let value = rt.getProperty(holder, key);
    // Getters, toJSON and the replacer run code: the value stays reachable meanwhile.
    rt.heap.pushHandleWord(value);
    try {
      if (rt.convert.isObject(value)) {
        const toJSON = rt.getProperty(value, 'toJSON');
        if (rt.isCallable(toJSON)) value = rt.invoker.call(toJSON, value, [rt.str(String(key))]);
        rt.heap.setTopHandleWord(value);
      }
      if (this.replacerFunction !== null) {
        value = rt.invoker.call(this.replacerFunction, holder, [rt.str(String(key)), value]);
        rt.heap.setTopHandleWord(value);
      }
      return this.serialize(key, value);
    } finally {
      rt.heap.popHandle();
    }
  }

  private serialize(key: string | number, value: Word): string | undefined {
    const [hi, lo] = value;
    if (hi === Tag.Int32) return String(lo | 0);
    if (hi < Tag.MIN) {
      const n = this.rt.toNumber(value);
      return Number.isFinite(n) ? String(n) : 'null';
    }
    switch (hi) {
      case Tag.Null:
        return 'null';
      case Tag.Bool:
        return lo !== 0 ? 'true' : 'false';
      case Tag.Ptr: {
        const kind = this.rt.heap.kindOf(lo);
        if (kind === Kind.String) return JSON.stringify(this.rt.heap.readString(lo));
        if (kind === Kind.Array) return this.array(key, lo);
        if (kind === Kind.Object) return this.object(key, lo);
        return undefined; // functions
      }
      default:
        return undefined;
    }
  }

  private object(key: string | number, obj: number): string {
    const rt = this.rt;
    const stepback = this.enter(key, obj);
    const keys = this.propertyList ?? rt.props.ownKeys(Tag.Ptr, obj);
    const colon = this.gap === '' ? ':' : ': ';
    const parts: string[] = [];
    for (const k of keys) {
      const text = this.property(rt.props.toKey(Tag.Ptr, rt.heap.internString(k)), [Tag.Ptr, obj]);
      if (text !== undefined) parts.push(JSON.stringify(k) + colon + text);
    }
    return this.leave(stepback, parts, '{', '}');
  }

  private array(key: string | number, arr: number): string {
    const rt = this.rt;
    const stepback = this.enter(key, arr);
    const parts: string[] = [];
    for (let i = 0, n = rt.objects.arrayLength(arr); i < n; i++) parts.push(this.property(i, [Tag.Ptr, arr]) ?? 'null');
    return this.leave(stepback, parts, '[', ']');
  }

  /** Pushes obj on the stack (a cycle throws) and deepens the indent; returns the old one. */
  private enter(key: string | number, obj: number): string {
    const start = this.stack.findIndex((e) => e.obj === obj);
    if (start >= 0) throw new KilnThrow('TypeError', this.circleMessage(start, key));
    this.stack.push({ key, obj });
    this.rt.heap.pushHandle(obj);
    const stepback = this.indent;
    this.indent += this.gap;
    return stepback;
  }

  private leave(stepback: string, parts: string[], open: string, close: string): string {
    this.stack.pop();
    this.rt.heap.popHandle();
    const inner = this.indent;
    this.indent = stepback;
    if (parts.length === 0) return open + close;
    if (this.gap === '') return open + parts.join(',') + close;
    return `${open}\n${inner}${parts.join(`,\n${inner}`)}\n${stepback}${close}`;
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
