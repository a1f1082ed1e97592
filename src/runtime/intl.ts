// Intl: each constructor (NumberFormat, DateTimeFormat, Collator, PluralRules,
// RelativeTimeFormat, ListFormat, DisplayNames, Locale) makes a kiln object that owns the host
// object node would make (a host-side table keyed by address, dropped when the GC frees it):
// locales, options, formatting and collation are node's ICU. Every prototype method and
// accessor of the host class is a kiln native that passes its arguments as host values (kiln
// dates as host dates) and gives the result back as a kiln value; `format`/`compare`, which
// the host returns bound, are bound natives here too. Intl.Segmenter's segment() gives a
// Segments object over the host's: containing() and iteration (the segments, made when
// iteration starts, through an array iterator).

import { hostLibraryCall, KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const CONSTRUCTORS = ['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Locale', 'DisplayNames', 'Segmenter'] as const;
type IntlName = (typeof CONSTRUCTORS)[number];
type HostFn = (this: unknown, ...a: unknown[]) => unknown;

export class IntlObjects {
  private readonly objects = new Map<number, object>();
  private readonly protos: number[] = [];
  private namespace = 0;

  constructor(private readonly rt: RuntimeCore) {}

  mirror(at: number): object | undefined {
    return this.objects.get(at);
  }

  /** A host result as a language value: primitives, arrays and plain objects (copied). */
  private toWord(v: unknown): Word {
    const rt = this.rt;
    if (v === undefined) return UNDEF;
    if (v === null) return [Tag.Null, 0];
    if (typeof v === 'string') return rt.str(v);
    if (typeof v === 'number') return numberWord(v);
    if (typeof v === 'boolean') return [Tag.Bool, v ? 1 : 0];
    if (Array.isArray(v)) return rt.newArray(v.map((e) => this.toWord(e)));
    const obj = rt.objects.allocObject();
    rt.heap.pushHandle(obj);
    try {
      for (const [k, e] of Object.entries(v as Record<string, unknown>)) {
        const w = this.toWord(e);
        rt.objects.setOwn(obj, k, w[0], w[1]);
      }
    } finally {
      rt.heap.popHandle();
    }
    return [Tag.Ptr, obj];
  }

  private hostArgs(args: Word[]): unknown[] {
    return args.map((a) => {
      const own = a[0] === Tag.Ptr ? this.objects.get(a[1]) : undefined;
      return own ?? this.rt.host(a);
    });
  }

  private receiver(self: Word, name: IntlName, method: string): object {
    const host = self[0] === Tag.Ptr ? this.objects.get(self[1]) : undefined;
    if (host === undefined || !(host instanceof (Intl as unknown as Record<string, new () => object>)[name])) {
      throw new KilnThrow('TypeError', `Method Intl.${name}.prototype.${method} called on incompatible receiver ${this.rt.describe(self[0], self[1])}`);
    }
    return host;
  }

  /** Makes the Intl namespace (returned, to be made global). */
  install(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void, toStringTagKey: string): number {
    const rt = this.rt;
    const o = rt.objects;
    const ns = o.allocObject();
    this.namespace = ns;
    o.defineOwn(ns, toStringTagKey, Tag.Ptr, rt.heap.internString('Intl'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
    installMethods(ns, [
      { name: 'getCanonicalLocales', length: 1, fn: (_rt, _self, args) => this.toWord(hostLibraryCall(() => Intl.getCanonicalLocales(...(this.hostArgs(args) as [string])))) },
      { name: 'supportedValuesOf', length: 1, fn: (_rt, _self, args) => this.toWord(hostLibraryCall(() => (Intl as unknown as { supportedValuesOf: HostFn }).supportedValuesOf(...this.hostArgs(args)))) },
    ]);
    for (const name of CONSTRUCTORS) {
      const HostClass = (Intl as unknown as Record<string, new (...a: unknown[]) => object>)[name];
      const proto = o.allocObject();
      this.protos.push(proto);
      const construct = (args: Word[], newTarget: Word | undefined): Word => {
        const host = hostLibraryCall(() => new HostClass(...this.hostArgs(args)));
        const at = o.allocObject(newTarget === undefined ? proto : rt.prototypeForNew(newTarget) || proto);
        this.objects.set(at, host);
        return [Tag.Ptr, at];
      };
      // The service constructors may be called without new (as the spec's legacy allows);
      // Locale, ListFormat, RelativeTimeFormat, DisplayNames and PluralRules may not.
      const callable = name === 'DateTimeFormat' || name === 'NumberFormat' || name === 'Collator';
      const ctor = native({
        name, length: HostClass.length,
        fn: (_rt, _self, args) => {
          if (!callable) throw new KilnThrow('TypeError', `Constructor Intl.${name} requires 'new'`);
          return construct(args, undefined);
        },
        construct: (_rt, args, newTarget) => construct(args, newTarget),
      });
      rt.props.define(ctor, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
      o.defineOwn(proto, 'constructor', Tag.Ptr, ctor, PropFlag.NonEnumerable);
      o.defineOwn(proto, toStringTagKey, Tag.Ptr, rt.heap.internString(`Intl.${name}`), PropFlag.NonEnumerable | PropFlag.ReadOnly);
      installMethods(ctor, [{
        name: 'supportedLocalesOf', length: 1,
        fn: (_rt, _self, args) => this.toWord(hostLibraryCall(() => (HostClass as unknown as { supportedLocalesOf: HostFn }).supportedLocalesOf(...this.hostArgs(args)))),
      }]);
      const hostProto = HostClass.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(hostProto)) {
        if (key === 'constructor') continue;
        const d = Object.getOwnPropertyDescriptor(hostProto, key)!;
        if (d.get !== undefined) {
          const get = d.get as HostFn;
          rt.props.define(proto, key, Tag.Ptr, native({
            name: `get ${key}`, length: 0,
            fn: (_rt, self) => {
              const host = this.receiver(self, name, key);
              const r = hostLibraryCall(() => get.call(host));
              if (typeof r !== 'function') return this.toWord(r);
              // format/compare: a function bound to the receiver.
              const bound = r as HostFn;
              return [Tag.Ptr, native({ name: '', length: bound.length, fn: (_r, _s, args) => this.toWord(hostLibraryCall(() => bound(...this.hostArgs(args)))) })];
            },
          }), PropFlag.NonEnumerable, 'get');
          continue;
        }
        if (typeof d.value !== 'function') continue;
        const method = d.value as HostFn;
        if (name === 'Segmenter' && key === 'segment') {
          installMethods(proto, [{
            name: key, length: method.length,
            fn: (_rt, self, args) => {
              const host = this.receiver(self, name, key);
              const segments = hostLibraryCall(() => method.apply(host, this.hostArgs(args))) as object;
              const at = o.allocObject(this.segmentsProto(native, installMethods));
              this.objects.set(at, segments);
              return [Tag.Ptr, at];
            },
          }]);
          continue;
        }
        installMethods(proto, [{
          name: key, length: method.length,
          fn: (_rt, self, args) => {
            const host = this.receiver(self, name, key);
            return this.toWord(hostLibraryCall(() => method.apply(host, this.hostArgs(args))));
          },
        }]);
      }
      o.defineOwn(ns, name, Tag.Ptr, ctor, PropFlag.NonEnumerable);
    }
    return ns;
  }

  /** The prototype of the Segments objects segment() returns (made on first use). */
  private segmentsPrototype = 0;

  private segmentsProto(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): number {
    if (this.segmentsPrototype !== 0) return this.segmentsPrototype;
    const rt = this.rt;
    const proto = rt.objects.allocObject();
    this.segmentsPrototype = proto;
    const segmentsOf = (self: Word): Iterable<unknown> & { containing(i?: number): unknown } => {
      const host = self[0] === Tag.Ptr ? this.objects.get(self[1]) : undefined;
      if (host === undefined) throw new KilnThrow('TypeError', `Method %Segments.prototype%.containing called on incompatible receiver ${rt.describe(self[0], self[1])}`);
      return host as Iterable<unknown> & { containing(i?: number): unknown };
    };
    installMethods(proto, [{
      name: 'containing', length: 1,
      fn: (_rt, self, args) => {
        const segments = segmentsOf(self);
        const index = args.length > 0 ? rt.toNumber(args[0]) : undefined;
        return this.toWord(hostLibraryCall(() => segments.containing(index)));
      },
    }]);
    // Iteration: the segments as a kiln array, walked by the array's own iterator.
    const iteratorKey = rt.symbols.wellKnownKey('iterator');
    rt.props.define(proto, iteratorKey, Tag.Ptr, native({
      name: '[Symbol.iterator]', length: 0,
      fn: (r, self) => {
        const list = this.toWord(Array.from(segmentsOf(self)));
        r.heap.pushHandleWord(list);
        try {
          return r.invoker.call(r.getProperty(list, iteratorKey), list, []);
        } finally {
          r.heap.popHandle();
        }
      },
    }), PropFlag.NonEnumerable);
    return proto;
  }

  roots(): number[] {
    if (this.namespace === 0) return [];
    return this.segmentsPrototype === 0 ? [this.namespace, ...this.protos] : [this.namespace, ...this.protos, this.segmentsPrototype];
  }

  dropDead(isLive: (at: number) => boolean): void {
    for (const at of this.objects.keys()) if (!isLive(at)) this.objects.delete(at);
  }
}
