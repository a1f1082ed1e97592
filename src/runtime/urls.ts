// URL and URLSearchParams: kiln objects that each own a host URL or URLSearchParams (a
// host-side table keyed by address, dropped when the GC frees the object), so parsing,
// serialization, percent-encoding and the setters' rules are node's (WHATWG URL). A URL's
// searchParams is one kiln object over the host URL's own searchParams, so writes through
// either show in the other. Printing shows the host objects, as node prints them.

import { hostLibraryCall, KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { linkConstructor, requiresNew } from './library-wiring';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const URL_PROPERTIES = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash'] as const;
const READ_ONLY = new Set(['origin', 'searchParams']);

export class Urls {
  readonly urlProto: number;
  readonly paramsProto: number;
  private readonly urls = new Map<number, URL>();
  private readonly params = new Map<number, URLSearchParams>();
  /** Host searchParams objects → their kiln objects (one per URL). */
  private readonly paramsObjects = new Map<URLSearchParams, number>();

  constructor(private readonly rt: RuntimeCore) {
    this.urlProto = rt.objects.allocObject();
    this.paramsProto = rt.objects.allocObject();
  }

  mirror(at: number): object | undefined {
    return this.urls.get(at) ?? this.params.get(at);
  }

  private url(self: Word, name: string): URL {
    const u = self[0] === Tag.Ptr ? this.urls.get(self[1]) : undefined;
    if (u === undefined) throw new KilnThrow('TypeError', `Cannot read private member from an object whose class did not declare it (URL.prototype.${name})`);
    return u;
  }

  private searchParams(self: Word): URLSearchParams {
    const p = self[0] === Tag.Ptr ? this.params.get(self[1]) : undefined;
    if (p === undefined) {
      const e = new KilnThrow('TypeError', 'Value of "this" must be of type URLSearchParams');
      e.ownProperties = [['code', 'ERR_INVALID_THIS']];
      throw e;
    }
    return p;
  }

  /** The kiln object of host search params `p` (made once). */
  private paramsObject(p: URLSearchParams, proto = this.paramsProto): number {
    let at = this.paramsObjects.get(p);
    if (at === undefined) {
      at = this.rt.objects.allocObject(proto);
      this.params.set(at, p);
      this.paramsObjects.set(p, at);
    }
    return at;
  }

  /** The host value URLSearchParams(init) is given: strings as they are, a kiln
   *  URLSearchParams as its host, pairs and records as host arrays and objects. */
  private paramsInit(init: Word): string | URLSearchParams | [string, string][] | Record<string, string> | undefined {
    const rt = this.rt;
    if (init[0] === Tag.Undefined || init[0] === Tag.Null) return undefined;
    if (init[0] === Tag.Ptr && this.params.has(init[1])) return this.params.get(init[1]);
    if (!rt.isObjectWord(init)) return rt.toStringValue(init);
    const iterator = rt.getProperty(init, rt.symbols.wellKnownKey('iterator'));
    if (iterator[0] !== Tag.Undefined && iterator[0] !== Tag.Null) {
      const list = rt.iterableToArray(init[0], init[1]);
      const pairs: [string, string][] = [];
      for (let i = 0, n = rt.objects.arrayLength(list); i < n; i++) {
        const pair = rt.getProperty([Tag.Ptr, list], i);
        const items = rt.iterableToArray(pair[0], pair[1]);
        if (rt.objects.arrayLength(items) !== 2) {
          const e = new KilnThrow('TypeError', 'Each query pair must be an iterable [name, value] tuple');
          e.ownProperties = [['code', 'ERR_INVALID_TUPLE']];
          throw e;
        }
        pairs.push([rt.toStringValue(rt.getProperty([Tag.Ptr, items], 0)), rt.toStringValue(rt.getProperty([Tag.Ptr, items], 1))]);
      }
      return pairs;
    }
    const record: Record<string, string> = {};
    for (const key of rt.props.ownKeys(init[0], init[1])) record[key] = rt.toStringValue(rt.getProperty(init, key));
    return record;
  }

  install(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): [string, number][] {
    const rt = this.rt;
    const o = rt.objects;
    const link = (ctor: number, proto: number, tag: string): void => linkConstructor(rt, ctor, proto, tag);
    const parse = (args: Word[]): URL => {
      const input = rt.toStringValue(args[0] ?? UNDEF);
      const base = args.length > 1 && args[1][0] !== Tag.Undefined ? rt.toStringValue(args[1]) : undefined;
      return hostLibraryCall(() => new URL(input, base));
    };

    // ---- URL ----
    const urlCtor = native({
      name: 'URL', length: 1, fn: requiresNew('URL', 'class'),
      construct: (_rt, args, newTarget) => {
        const u = parse(args);
        const at = o.allocObject(rt.prototypeForNew(newTarget) || this.urlProto);
        this.urls.set(at, u);
        return [Tag.Ptr, at];
      },
    });
    link(urlCtor, this.urlProto, 'URL');
    installMethods(this.urlProto, [{ name: 'toString', length: 0, fn: (_rt, self) => rt.str(this.url(self, 'toString').href) }]);
    for (const name of URL_PROPERTIES) {
      rt.props.define(this.urlProto, name, Tag.Ptr, native({
        name: `get ${name}`, length: 0,
        fn: (_rt, self) => {
          const u = this.url(self, name);
          return name === 'searchParams' ? [Tag.Ptr, this.paramsObject(u.searchParams)] : rt.str(u[name]);
        },
      }), PropFlag.None, 'get');
      if (READ_ONLY.has(name)) continue;
      rt.props.define(this.urlProto, name, Tag.Ptr, native({
        name: `set ${name}`, length: 1,
        fn: (_rt, self, args) => {
          const u = this.url(self, name);
          const text = rt.toStringValue(args[0] ?? UNDEF);
          hostLibraryCall(() => {
            (u as unknown as Record<string, string>)[name] = text;
          });
          return UNDEF;
        },
      }), PropFlag.None, 'set');
    }
    installMethods(this.urlProto, [{ name: 'toJSON', length: 0, fn: (_rt, self) => rt.str(this.url(self, 'toJSON').href) }]);
    installMethods(urlCtor, [{
      name: 'canParse', length: 1,
      fn: (_rt, _self, args) => {
        try {
          parse(args);
          return [Tag.Bool, 1];
        } catch {
          return [Tag.Bool, 0];
        }
      },
    }]);

    // ---- URLSearchParams ----
    const paramsCtor = native({
      name: 'URLSearchParams', length: 0, fn: requiresNew('URLSearchParams', 'class'),
      construct: (_rt, args, newTarget) => {
        const p = new URLSearchParams(this.paramsInit(args[0] ?? UNDEF));
        return [Tag.Ptr, this.paramsObject(p, rt.prototypeForNew(newTarget) || this.paramsProto)];
      },
    });
    link(paramsCtor, this.paramsProto, 'URLSearchParams');
    const text = (args: Word[], i: number): string => rt.toStringValue(args[i] ?? UNDEF);
    const need = (args: Word[], n: number, names: string): void => {
      if (args.length >= n) return;
      const e = new KilnThrow('TypeError', `The ${names} arguments must be specified`);
      e.ownProperties = [['code', 'ERR_MISSING_ARGS']];
      throw e;
    };
    const pairsIterator = (self: Word, mode: 'entries' | 'keys' | 'values'): Word => {
      const p = this.searchParams(self);
      const list = [...p].map(([k, v]): Word => (mode === 'keys' ? rt.str(k) : mode === 'values' ? rt.str(v) : rt.newArray([rt.str(k), rt.str(v)])));
      const array = rt.newArray(list);
      return [Tag.Ptr, rt.collections.createArrayIterator(array[1], 'values')];
    };
    rt.props.define(this.paramsProto, 'size', Tag.Ptr, native({ name: 'get size', length: 0, fn: (_rt, self) => [Tag.Int32, this.searchParams(self).size] }), PropFlag.None, 'get');
    installMethods(this.paramsProto, [
      { name: 'append', length: 2, fn: (_rt, self, args) => (need(args, 2, '"name" and "value"'), this.searchParams(self).append(text(args, 0), text(args, 1)), UNDEF) },
      { name: 'delete', length: 1, fn: (_rt, self, args) => (need(args, 1, '"name"'), this.searchParams(self).delete(text(args, 0)), UNDEF) },
      {
        name: 'get', length: 1,
        fn: (_rt, self, args) => {
          need(args, 1, '"name"');
          const v = this.searchParams(self).get(text(args, 0));
          return v === null ? [Tag.Null, 0] : rt.str(v);
        },
      },
      { name: 'getAll', length: 1, fn: (_rt, self, args) => (need(args, 1, '"name"'), rt.newArray(this.searchParams(self).getAll(text(args, 0)).map((v) => rt.str(v)))) },
      { name: 'has', length: 1, fn: (_rt, self, args) => (need(args, 1, '"name"'), [Tag.Bool, this.searchParams(self).has(text(args, 0)) ? 1 : 0]) },
      { name: 'set', length: 2, fn: (_rt, self, args) => (need(args, 2, '"name" and "value"'), this.searchParams(self).set(text(args, 0), text(args, 1)), UNDEF) },
      { name: 'sort', length: 0, fn: (_rt, self) => (this.searchParams(self).sort(), UNDEF) },
      { name: 'entries', length: 0, fn: (_rt, self) => pairsIterator(self, 'entries') },
      {
        name: 'forEach', length: 1,
        fn: (_rt, self, args) => {
          const fn = args[0] ?? UNDEF;
          if (!rt.isCallable(fn)) throw new KilnThrow('TypeError', `The "callback" argument must be of type function. Received ${rt.describe(fn[0], fn[1])}`);
          for (const [k, v] of [...this.searchParams(self)]) rt.invoker.call(fn, args[1] ?? UNDEF, [rt.str(v), rt.str(k), self]);
          return UNDEF;
        },
      },
      { name: 'keys', length: 0, fn: (_rt, self) => pairsIterator(self, 'keys') },
      { name: 'values', length: 0, fn: (_rt, self) => pairsIterator(self, 'values') },
      { name: 'toString', length: 0, fn: (_rt, self) => rt.str(this.searchParams(self).toString()) },
    ]);
    const entries = rt.getProperty([Tag.Ptr, this.paramsProto], 'entries');
    o.defineOwn(this.paramsProto, rt.symbols.wellKnownKey('iterator'), Tag.Ptr, entries[1], PropFlag.NonEnumerable);
    return [['URL', urlCtor], ['URLSearchParams', paramsCtor]];
  }

  /** The prototypes, and the search-params objects of live URLs (one object per URL). */
  roots(): number[] {
    return [this.urlProto, this.paramsProto];
  }

  dropDead(isLive: (at: number) => boolean): void {
    for (const at of this.urls.keys()) if (!isLive(at)) this.urls.delete(at);
    for (const [at, p] of this.params) {
      if (isLive(at)) continue;
      this.params.delete(at);
      this.paramsObjects.delete(p);
    }
  }
}
