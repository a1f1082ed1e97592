// Date: objects whose [[DateValue]] (a time value, ms since the epoch or NaN) is a
// private-key own property, as wrappers keep their primitive (wrappers.ts). Every method is
// the host's Date method applied to a host Date of that time value — the calendar, time
// zone, parsing and formatting are node's own — and a setter stores the host's new time
// value back. Arguments are converted in the language first (their valueOf runs as kiln
// code); the locale methods take their locales and options as they are.

import { hostCall, KilnThrow } from './errors';
import { Tag } from './layout';
import { DATE_VALUE_KEY, dateValueOf } from './date-value';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

function thisTimeValue(rt: RuntimeCore, self: Word, name: string): number {
  const tv = self[0] === Tag.Ptr && rt.convert.isObject(self) ? dateValueOf(rt.objects, self[1]) : undefined;
  if (tv === undefined) throw new KilnThrow('TypeError', 'this is not a Date object.');
  void name;
  return rt.toNumber(tv);
}

function setTimeValue(rt: RuntimeCore, at: number, tv: number): void {
  const w = numberWord(tv);
  rt.objects.defineOwn(at, DATE_VALUE_KEY, w[0], w[1], PropFlag.NonEnumerable);
}

/** A new Date object with time value tv and prototype proto. */
export function makeDate(rt: RuntimeCore, proto: number, tv: number): Word {
  const at = rt.objects.allocObject(proto);
  setTimeValue(rt, at, tv);
  return [Tag.Ptr, at];
}

/** The time value `new Date(...args)` makes. */
export function constructedTimeValue(rt: RuntimeCore, args: Word[]): number {
  if (args.length === 0) return Date.now();
  if (args.length === 1) {
    const v = args[0];
    if (v[0] === Tag.Ptr && rt.convert.isObject(v)) {
      const tv = dateValueOf(rt.objects, v[1]);
      if (tv !== undefined) return rt.toNumber(tv);
    }
    const p = rt.toPrimitive(v, 'default');
    const host = rt.host(p);
    return typeof host === 'string' ? new Date(host).getTime() : new Date(rt.toNumber(p)).getTime();
  }
  const numbers = args.slice(0, 7).map((a) => rt.toNumber(a)) as [number, number, ...number[]];
  return new Date(...numbers).getTime();
}

type HostDateMethod = (this: Date, ...a: unknown[]) => unknown;

/** Date.prototype's methods, the host's on a host Date of the receiver's time value. */
export function datePrototypeNatives(): NativeMethod[] {
  const names = Object.getOwnPropertyNames(Date.prototype).filter((n) => n !== 'constructor' && typeof (Date.prototype as unknown as Record<string, unknown>)[n] === 'function');
  return names.map((name): NativeMethod => {
    const method = (Date.prototype as unknown as Record<string, HostDateMethod>)[name];
    const locale = name.startsWith('toLocale');
    return {
      name, length: method.length,
      fn: (rt, self, args) => {
        const tv = thisTimeValue(rt, self, name);
        const hostArgs = locale ? args.map((a) => rt.host(a)) : args.map((a) => rt.toNumber(a));
        const d = new Date(tv);
        const r = hostCall(() => method.apply(d, hostArgs));
        if (name.startsWith('set')) setTimeValue(rt, self[1], d.getTime());
        if (r === null) return [Tag.Null, 0];
        return typeof r === 'string' ? rt.str(r) : typeof r === 'number' ? numberWord(r) : UNDEF;
      },
    };
  });
}

/** Date.prototype[Symbol.toPrimitive](hint): a string for 'default' and 'string', the time
 *  value for 'number' (OrdinaryToPrimitive through the object's own methods). */
export function dateToPrimitive(): NativeMethod {
  return {
    name: '[Symbol.toPrimitive]', length: 1,
    fn: (rt, self, args) => {
      if (!rt.convert.isObject(self)) throw new KilnThrow('TypeError', 'Date.prototype [ @@toPrimitive ] called on non-object');
      const hint = rt.host(args[0] ?? UNDEF);
      if (hint !== 'default' && hint !== 'string' && hint !== 'number') throw new KilnThrow('TypeError', `Invalid hint: ${String(hint)}`);
      const order = hint === 'number' ? ['valueOf', 'toString'] : ['toString', 'valueOf'];
      for (const key of order) {
        const m = rt.getProperty(self, key);
        if (rt.isCallable(m)) {
          const r = rt.invoker.call(m, self, []);
          if (!rt.convert.isObject(r)) return r;
        }
      }
      throw new KilnThrow('TypeError', 'Cannot convert object to primitive value');
    },
  };
}

/** Date.parse, Date.UTC (Date.now is a builtin id). */
export const DATE_STATIC_NATIVES: readonly NativeMethod[] = [
  { name: 'parse', length: 1, fn: (rt, _self, args) => numberWord(Date.parse(rt.toStringValue(args[0] ?? UNDEF))) },
  {
    name: 'UTC', length: 7,
    fn: (rt, _self, args) => numberWord(Date.UTC(...(args.slice(0, 7).map((a) => rt.toNumber(a)) as [number, ...number[]]))),
  },
];
