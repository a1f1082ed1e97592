// RegExp: objects whose [[RegExpMatcher]] slot (regexp-slot.ts) names a pattern that the
// host's regular-expression engine compiles and runs. kiln does not write its own regexp
// engine: V8's Irregexp is node's, so matching, syntax errors and the pattern language are
// node's byte for byte. What kiln owns is everything around the engine that programs can
// observe: the objects, `lastIndex` (an ordinary own data property, read and written as the
// spec's RegExpBuiltinExec does, so user valueOf runs and frozen regexps throw), the match
// result arrays (index, input, groups, indices as named properties), the prototype's
// accessors, and the protocol methods (regexp-symbol-methods.ts) that call a replaced
// `exec` as kiln code. A compiled host RegExp is cached per (flags, source); its lastIndex
// is set before every use, so one host object serves every kiln regexp of that pattern.

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import { REGEXP_KEY, regExpSlotOf } from './regexp-slot';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const NULL: Word = [Tag.Null, 0];
/** RegExp.prototype's flag accessors, in the order the `flags` getter reads them. */
export const FLAG_ACCESSORS: readonly (readonly [string, string])[] = [
  ['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'],
  ['dotAll', 's'], ['unicode', 'u'], ['unicodeSets', 'v'], ['sticky', 'y'],
];
/** Compiled host patterns kept at most (a program building patterns in a loop must not grow
 *  the cache without bound; V8 keeps its own compilation cache behind this one). */
const HOST_CACHE_LIMIT = 512;

/** ToLength: an integer in [0, 2^53 - 1]. */
export function toLength(n: number): number {
  return Math.min(Math.max(Math.trunc(n) || 0, 0), Number.MAX_SAFE_INTEGER);
}

/** AdvanceStringIndex: past one code unit, or one code point when `unicode`. */
export function advanceStringIndex(s: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= s.length) return index + 1;
  return index + ((s.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/** Every match of global host regexp `host` in s, from the start (an empty match steps one
 *  character, or one code point under u/v, as the spec's global loops do). */
export function hostMatches(host: RegExp, s: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  host.lastIndex = 0;
  for (let m = host.exec(s); m !== null; m = host.exec(s)) {
    matches.push(m);
    if (m[0] === '') host.lastIndex = advanceStringIndex(s, host.lastIndex, host.unicode || host.flags.includes('v'));
  }
  return matches;
}

/** How V8 names a receiver in "called on incompatible receiver X". */
export function receiverText(rt: RuntimeCore, w: Word): string {
  if (w[0] === Tag.Ptr && rt.isObjectWord(w)) return rt.objects.isArray(w[0], w[1]) ? '[object Array]' : '#<Object>';
  return rt.isSymbol(w) ? rt.describe(w[0], w[1]) : String(rt.host(w));
}

interface LegacyMatch {
  slot: string;
  input: string;
  match: RegExpExecArray | null;
  before: LegacyMatch | null;
}

/** The spec's IsRegExp(w): an object whose @@match is truthy, or (when it has none) one
 *  with a [[RegExpMatcher]]. */
export function isRegExp(rt: RuntimeCore, w: Word): boolean {
  if (!rt.isObjectWord(w)) return false;
  const matcher = rt.getProperty(w, rt.symbols.wellKnownKey('match'));
  if (matcher[0] !== Tag.Undefined) return rt.toBoolean(matcher);
  return regExpSlotOf(rt.objects, rt.heap, w[1]) !== undefined;
}

export class RegExps {
  /** %RegExp.prototype% (an ordinary object, not a regexp). */
  proto = 0;
  /** String.prototype.replace is running RegExp.prototype[Symbol.replace] (V8 runs it inline:
   *  its frame is not in stacks then, as it is under replaceAll or when called directly). */
  replacingFromString = 0;
  /** %RegExp%. */
  ctor = 0;
  /** The builtin RegExp.prototype.exec: a regexp whose `exec` is this one is matched on the
   *  host directly; any other exec is called as the protocol says. */
  private execFn = 0;
  private readonly hostCache = new Map<string, RegExp>();
  /** The last successful match, for RegExp.$1 & co. (the legacy statics). A global host
   *  operation (replace, match, split) records only its pattern and input: its last match
   *  is found again if a program asks (rarely), falling back to the one before it. */
  private legacy: LegacyMatch | null = null;

  constructor(private readonly rt: RuntimeCore) {}

  /** The slot text of w when it is a RegExp object. */
  slotOf(w: Word): string | undefined {
    return w[0] === Tag.Ptr ? regExpSlotOf(this.rt.objects, this.rt.heap, w[1]) : undefined;
  }

  /** The host RegExp of slot text `flags/source`. */
  hostFor(slot: string): RegExp {
    let re = this.hostCache.get(slot);
    if (re === undefined) {
      const cut = slot.indexOf('/');
      re = new RegExp(slot.slice(cut + 1), slot.slice(0, cut));
      if (this.hostCache.size >= HOST_CACHE_LIMIT) this.hostCache.clear();
      this.hostCache.set(slot, re);
    }
    return re;
  }

  /** The host RegExp of regexp object w (which must be one). */
  hostOf(w: Word): RegExp {
    return this.hostFor(this.slotOf(w)!);
  }

  /** Does w match with the builtin exec (a regexp whose `exec` property is the builtin)? */
  pristine(w: Word): boolean {
    if (this.slotOf(w) === undefined) return false;
    const exec = this.rt.getProperty(w, 'exec');
    return exec[0] === Tag.Ptr && exec[1] === this.execFn;
  }

  /** The slot text for (pattern, flags), checked by compiling it: node's SyntaxErrors. */
  private compile(pattern: string, flags: string): string {
    let host: RegExp;
    try {
      host = new RegExp(pattern, flags);
    } catch (e) {
      if (e instanceof SyntaxError) throw new KilnThrow('SyntaxError', e.message);
      throw e;
    }
    const slot = `${host.flags}/${pattern}`;
    if (!this.hostCache.has(slot) && this.hostCache.size < HOST_CACHE_LIMIT) this.hostCache.set(slot, host);
    return slot;
  }

  /** A new RegExp object of prototype `proto` (RegExpAlloc + RegExpInitialize). `literal`:
   *  a literal's text, interned (a program has finitely many). */
  create(proto: number, pattern: string, flags: string, literal = false): Word {
    const slot = this.compile(pattern, flags);
    const o = this.rt.objects;
    const at = o.allocObject(proto);
    o.defineOwn(at, 'lastIndex', Tag.Int32, 0, PropFlag.NonEnumerable | PropFlag.NonConfigurable);
    const text = literal ? this.rt.heap.internString(slot) : this.rt.heap.allocString(slot);
    o.defineOwn(at, REGEXP_KEY, Tag.Ptr, text, PropFlag.NonEnumerable);
    return [Tag.Ptr, at];
  }

  /** A regular-expression literal's value: a new object per evaluation. */
  literal(pattern: Word, flags: Word): Word {
    return this.create(this.proto, this.rt.toStringValue(pattern), this.rt.toStringValue(flags), true);
  }

  /** Set(R, "lastIndex", n, true). */
  setLastIndex(r: Word, n: number): void {
    this.rt.props.set(r[0], r[1], 'lastIndex', ...numberWord(n), true);
  }

  /** RegExpBuiltinExec up to the host's match: lastIndex read (ToLength) and written back as
   *  the spec's steps do, the match itself the host's. */
  builtinMatch(r: Word, s: string): RegExpExecArray | null {
    const host = this.hostOf(r);
    const lastIndexWord = this.rt.getProperty(r, 'lastIndex');
    let lastIndex = lastIndexWord[0] === Tag.Int32 && lastIndexWord[1] >= 0 ? lastIndexWord[1] : toLength(this.rt.toNumber(lastIndexWord));
    const advancing = host.global || host.sticky;
    if (!advancing) lastIndex = 0;
    if (lastIndex > s.length) {
      this.setLastIndex(r, 0);
      return null;
    }
    host.lastIndex = lastIndex;
    const m = host.exec(s);
    if (advancing) this.setLastIndex(r, m === null ? 0 : host.lastIndex);
    if (m !== null) this.legacy = { slot: this.slotOf(r)!, input: s, match: m, before: null };
    return m;
  }

  /** RegExpBuiltinExec: the match as the language's result array, or null. */
  builtinExec(r: Word, input: Word): Word {
    const m = this.builtinMatch(r, this.rt.toStringValue(input));
    return m === null ? NULL : this.matchArray(m, input);
  }

  /** Records a global host operation of regexp r on s for the legacy statics. */
  noteGlobalMatch(r: Word, s: string): void {
    this.legacy = { slot: this.slotOf(r)!, input: s, match: null, before: this.legacy };
  }

  /** The legacy statics' match and input ('' and no match before any). */
  private legacyMatch(): { input: string; match: RegExpExecArray | null } {
    for (let l = this.legacy; l !== null; l = l.before) {
      if (l.match !== null) return l;
      const host = this.hostFor(l.slot);
      const last = hostMatches(new RegExp(host.source, `${host.flags.replace(/[gy]/g, '')}g`), l.input).pop();
      if (last !== undefined) {
        l.match = last;
        l.before = null;
        return l;
      }
    }
    return { input: '', match: null };
  }

  /** RegExp.input, RegExp.$1 & co.: accessors on the constructor, as node has them. */
  private legacyStatics(): [string, NativeMethod, NativeMethod][] {
    const rt = this.rt;
    const statics: [string, (l: { input: string; match: RegExpExecArray | null }) => string][] = [
      ['input', (l) => l.input], ['$_', (l) => l.input],
      ['lastMatch', (l) => l.match?.[0] ?? ''], ['$&', (l) => l.match?.[0] ?? ''],
      ['lastParen', (l) => (l.match !== null && l.match.length > 1 ? l.match[l.match.length - 1] ?? '' : '')],
      ['$+', (l) => (l.match !== null && l.match.length > 1 ? l.match[l.match.length - 1] ?? '' : '')],
      ['leftContext', (l) => (l.match === null ? '' : l.input.slice(0, l.match.index))],
      ['$`', (l) => (l.match === null ? '' : l.input.slice(0, l.match.index))],
      ['rightContext', (l) => (l.match === null ? '' : l.input.slice(l.match.index + l.match[0].length))],
      ["$'", (l) => (l.match === null ? '' : l.input.slice(l.match.index + l.match[0].length))],
    ];
    for (let i = 1; i <= 9; i++) statics.push([`$${i}`, (l) => l.match?.[i] ?? '']);
    return statics.map(([name, read]) => [name,
      { name: `get ${name}`, length: 0, fn: () => rt.str(read(this.legacyMatch())) },
      {
        name: `set ${name}`, length: 1,
        fn: (_rt, _self, args) => {
          // Only RegExp.input (and $_) can be set: the input the next read reports.
          if (name === 'input' || name === '$_') {
            const l = this.legacyMatch();
            this.legacy = { slot: '/', input: rt.toStringValue(args[0] ?? UNDEF), match: l.match, before: null };
          }
          return UNDEF;
        },
      }]);
  }

  /** The result array of host match m on string `input`: the matched text and captures,
   *  then index, input, groups (and indices under the d flag) as named properties. */
  matchArray(m: RegExpExecArray, input: Word): Word {
    const rt = this.rt;
    const o = rt.objects;
    const a = rt.newArray(Array.from(m, (x) => (x === undefined ? UNDEF : rt.str(x))));
    const bag = o.arrayProperties(a[1], true);
    o.setOwn(bag, 'index', Tag.Int32, m.index);
    o.setOwn(bag, 'input', input[0], input[1]);
    const groups = this.groupsObject(m.groups);
    o.setOwn(bag, 'groups', groups[0], groups[1]);
    if (m.indices !== undefined) {
      const pairs = m.indices;
      const pair = (p: [number, number] | undefined): Word => (p === undefined ? UNDEF : rt.newArray([[Tag.Int32, p[0]], [Tag.Int32, p[1]]]));
      const indices = rt.newArray(Array.from(pairs, pair));
      const named = pairs.groups === undefined ? UNDEF : this.groupsObject(pairs.groups, pair);
      o.setOwn(o.arrayProperties(indices[1], true), 'groups', named[0], named[1]);
      o.setOwn(bag, 'indices', indices[0], indices[1]);
    }
    return a;
  }

  /** A match's `groups`: a null-prototype object of the named captures, or undefined. */
  groupsObject<T>(groups: Record<string, T> | undefined, convert?: (v: T) => Word): Word {
    if (groups === undefined) return UNDEF;
    const o = this.rt.objects;
    const at = o.allocObject(0);
    for (const [name, v] of Object.entries(groups)) {
      const w = convert !== undefined ? convert(v) : v === undefined ? UNDEF : this.rt.str(v as string);
      o.setOwn(at, name, w[0], w[1]);
    }
    return [Tag.Ptr, at];
  }

  /** RegExpExec(R, S): R's own `exec` when it was replaced (its result must be an object or
   *  null), else the builtin one. */
  exec(r: Word, input: Word): Word {
    const rt = this.rt;
    const exec = rt.getProperty(r, 'exec');
    if (rt.isCallable(exec) && exec[1] !== this.execFn) {
      const result = rt.invoker.call(exec, r, [input]);
      if (result[0] !== Tag.Null && !rt.isObjectWord(result)) throw new KilnThrow('TypeError', 'RegExp exec method returned something other than an Object or null');
      return result;
    }
    if (this.slotOf(r) === undefined) throw new KilnThrow('TypeError', `Method RegExp.prototype.exec called on incompatible receiver ${receiverText(rt, r)}`);
    return this.builtinExec(r, input);
  }

  /** A string word for w (ToString), w itself when it is one. */
  stringWord(w: Word): Word {
    return w[0] === Tag.Ptr && this.rt.heap.kindOf(w[1]) === Kind.String ? w : this.rt.str(this.rt.toStringValue(w));
  }

  // ---- the constructor ----------------------------------------------------------------
  /** RegExp(pattern, flags) called (newTarget undefined) or constructed. */
  construct(args: Word[], newTarget: Word | undefined): Word {
    const rt = this.rt;
    const pattern = args[0] ?? UNDEF;
    const flags = args[1] ?? UNDEF;
    const patternIsRegExp = isRegExp(rt, pattern);
    if (newTarget === undefined && patternIsRegExp && flags[0] === Tag.Undefined) {
      const ctor = rt.getProperty(pattern, 'constructor');
      if (ctor[0] === Tag.Ptr && ctor[1] === this.ctor) return pattern;
    }
    let p: Word = pattern;
    let f: Word = flags;
    const slot = this.slotOf(pattern);
    if (slot !== undefined) {
      const cut = slot.indexOf('/');
      p = rt.str(slot.slice(cut + 1));
      if (flags[0] === Tag.Undefined) f = rt.str(slot.slice(0, cut));
    } else if (patternIsRegExp) {
      p = rt.getProperty(pattern, 'source');
      if (flags[0] === Tag.Undefined) f = rt.getProperty(pattern, 'flags');
    }
    const proto = newTarget === undefined ? this.proto : rt.prototypeForNew(newTarget);
    const patternText = p[0] === Tag.Undefined ? '' : rt.toStringValue(p);
    const flagsText = f[0] === Tag.Undefined ? '' : rt.toStringValue(f);
    return this.create(proto, patternText, flagsText);
  }

  // ---- RegExp.prototype ---------------------------------------------------------------
  /** exec, test, toString, compile. */
  prototypeMethods(): NativeMethod[] {
    const rt = this.rt;
    return [
      {
        name: 'exec', length: 1,
        fn: (_rt, self, args) => {
          if (this.slotOf(self) === undefined) throw new KilnThrow('TypeError', `Method RegExp.prototype.exec called on incompatible receiver ${receiverText(rt, self)}`);
          return this.builtinExec(self, this.stringWord(args[0] ?? UNDEF));
        },
      },
      {
        name: 'compile', length: 2,
        fn: (_rt, self, args) => {
          if (this.slotOf(self) === undefined) throw new KilnThrow('TypeError', `Method RegExp.prototype.compile called on incompatible receiver ${receiverText(rt, self)}`);
          const pattern = args[0] ?? UNDEF;
          const flags = args[1] ?? UNDEF;
          let p: string;
          let f: string;
          const slot = this.slotOf(pattern);
          if (slot !== undefined) {
            if (flags[0] !== Tag.Undefined) throw new KilnThrow('TypeError', 'Cannot supply flags when constructing one RegExp from another');
            const cut = slot.indexOf('/');
            [p, f] = [slot.slice(cut + 1), slot.slice(0, cut)];
          } else {
            p = pattern[0] === Tag.Undefined ? '' : rt.toStringValue(pattern);
            f = flags[0] === Tag.Undefined ? '' : rt.toStringValue(flags);
          }
          const text = this.compile(p, f);
          rt.objects.defineOwn(self[1], REGEXP_KEY, Tag.Ptr, rt.heap.allocString(text), PropFlag.NonEnumerable);
          this.setLastIndex(self, 0);
          return self;
        },
      },
      {
        name: 'toString', length: 0,
        fn: (_rt, self) => {
          if (!rt.isObjectWord(self)) throw new KilnThrow('TypeError', `Method RegExp.prototype.toString called on incompatible receiver ${receiverText(rt, self)}`);
          const source = rt.toStringValue(rt.getProperty(self, 'source'));
          const flags = rt.toStringValue(rt.getProperty(self, 'flags'));
          return rt.str(`/${source}/${flags}`);
        },
      },
      {
        name: 'test', length: 1,
        fn: (_rt, self, args) => {
          // (V8 names any primitive receiver `undefined` here.)
          if (!rt.isObjectWord(self)) throw new KilnThrow('TypeError', 'Method RegExp.prototype.test called on incompatible receiver undefined');
          const input = this.stringWord(args[0] ?? UNDEF);
          if (this.pristine(self)) return [Tag.Bool, this.builtinMatch(self, rt.toStringValue(input)) === null ? 0 : 1];
          return [Tag.Bool, this.exec(self, input)[0] === Tag.Null ? 0 : 1];
        },
      },
    ];
  }

  /** The accessors: flags, source, and one per flag. */
  private accessors(): NativeMethod[] {
    const rt = this.rt;
    const flagGetter = ([name, letter]: readonly [string, string]): NativeMethod => ({
      name: `get ${name}`, length: 0,
      fn: (_rt, self) => {
        const slot = this.slotOf(self);
        if (slot === undefined) {
          if (self[0] === Tag.Ptr && self[1] === this.proto) return UNDEF;
          throw new KilnThrow('TypeError', `RegExp.prototype.${name} getter called on non-RegExp object`);
        }
        return [Tag.Bool, slot.slice(0, slot.indexOf('/')).includes(letter) ? 1 : 0];
      },
    });
    const flags: NativeMethod = {
      name: 'get flags', length: 0,
      fn: (_rt, self) => {
        if (!rt.isObjectWord(self)) throw new KilnThrow('TypeError', `RegExp.prototype.flags getter called on non-object ${receiverText(rt, self)}`);
        let text = '';
        for (const [name, letter] of FLAG_ACCESSORS) if (rt.toBoolean(rt.getProperty(self, name))) text += letter;
        return rt.str(text);
      },
    };
    const source: NativeMethod = {
      name: 'get source', length: 0,
      fn: (_rt, self) => {
        const slot = this.slotOf(self);
        if (slot === undefined) {
          if (self[0] === Tag.Ptr && self[1] === this.proto) return rt.str('(?:)');
          throw new KilnThrow('TypeError', 'RegExp.prototype.source getter called on non-RegExp object');
        }
        return rt.str(this.hostFor(slot).source);
      },
    };
    const byName = new Map<string, NativeMethod>(FLAG_ACCESSORS.map((f) => [f[0], flagGetter(f)]));
    byName.set('flags', flags).set('source', source);
    // node's order of RegExp.prototype's own properties.
    return ['dotAll', 'flags', 'global', 'hasIndices', 'ignoreCase', 'multiline', 'source', 'sticky', 'unicode', 'unicodeSets'].map((n) => byName.get(n)!);
  }

  /** Makes %RegExp% and %RegExp.prototype% and returns the constructor. `native` makes a
   *  function object; `installMethods` puts methods on a holder. */
  install(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void): number {
    const rt = this.rt;
    const o = rt.objects;
    this.proto = o.allocObject();
    this.ctor = native({
      name: 'RegExp', length: 2,
      fn: (_rt, _self, args) => this.construct(args, undefined),
      construct: (_rt, args, newTarget) => this.construct(args, newTarget),
    });
    rt.props.define(this.ctor, 'prototype', Tag.Ptr, this.proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
    o.defineOwn(this.proto, 'constructor', Tag.Ptr, this.ctor, PropFlag.NonEnumerable);
    const methods = this.prototypeMethods();
    const accessors = this.accessors();
    const defineGetter = (m: NativeMethod): void => rt.props.define(this.proto, m.name.slice(4), Tag.Ptr, native(m), PropFlag.NonEnumerable, 'get');
    // node's order: exec, the accessors but unicodeSets, compile, toString, test, unicodeSets.
    installMethods(this.proto, methods.slice(0, 1));
    accessors.slice(0, -1).forEach(defineGetter);
    installMethods(this.proto, methods.slice(1));
    defineGetter(accessors[accessors.length - 1]);
    this.execFn = rt.getProperty([Tag.Ptr, this.proto], 'exec')[1];
    for (const [name, get, set] of this.legacyStatics()) {
      rt.props.define(this.ctor, name, Tag.Ptr, native(get), PropFlag.NonEnumerable, 'get');
      rt.props.define(this.ctor, name, Tag.Ptr, native(set), PropFlag.NonEnumerable, 'set');
    }
    // RegExp[Symbol.species]: the constructor itself.
    rt.props.define(this.ctor, rt.symbols.wellKnownKey('species'), Tag.Ptr, native({ name: 'get [Symbol.species]', length: 0, fn: (_rt, self) => self }), PropFlag.NonEnumerable, 'get');
    return this.ctor;
  }

  roots(): number[] {
    return [this.proto, this.ctor];
  }
}
