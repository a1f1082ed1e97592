// RegExp.prototype[@@match], [@@matchAll], [@@replace], [@@search], [@@split] and the
// RegExp String Iterator: the protocol String.prototype.match & co. dispatch to. Each follows
// the spec's steps over RegExpExec, so a regexp with a replaced `exec` (or any object that
// borrows these methods) sees exactly the calls and property reads node makes. A regexp
// that still has the builtin exec (RegExps.pristine) takes the host's own algorithm on the
// compiled pattern instead — same result, without a result array per match — which is what
// everyday code (`s.replace(/x/g, '-')`, `s.split(/,\s*/)`) runs.

import { KilnThrow } from './errors';
import { Tag } from './layout';
import { newPrivateKey } from './private-names';
import { advanceStringIndex, hostMatches, receiverText, toLength, type RegExps } from './regexps';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];
const NULL: Word = [Tag.Null, 0];
const MATCHER_KEY = newPrivateKey('[[IteratingRegExp]]');
const STRING_KEY = newPrivateKey('[[IteratedString]]');
const STATE_KEY = newPrivateKey('[[RegExpStringIteratorState]]');
const enum IteratorState { Global = 1, Unicode = 2, Done = 4 }

function requireObject(rt: RuntimeCore, self: Word, method: string): void {
  if (!rt.isObjectWord(self)) throw new KilnThrow('TypeError', `Method RegExp.prototype.${method} called on incompatible receiver ${receiverText(rt, self)}`);
}

/** Runs `body` with the words kept alive across calls into kiln code (which may collect). */
function holding<T>(rt: RuntimeCore, words: Word[], body: () => T): T {
  for (const w of words) rt.heap.pushHandleWord(w);
  try {
    return body();
  } finally {
    for (let i = 0; i < words.length; i++) rt.heap.popHandle();
  }
}

/** ToString(Get(o, key)). */
function getString(rt: RuntimeCore, o: Word, key: string | number): string {
  return rt.toStringValue(rt.getProperty(o, key));
}

/** GetSubstitution: a replacement template's $$, $&, $`, $', $n, $nn and $<name>. */
export function getSubstitution(rt: RuntimeCore, matched: string, s: string, position: number, captures: (string | undefined)[], namedCaptures: Word, template: string): string {
  let out = '';
  const tailPos = Math.min(position + matched.length, s.length);
  const m = captures.length;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    const next = template[i + 1];
    if (c !== '$' || next === undefined) {
      out += c;
      continue;
    }
    if (next === '$') { out += '$'; i++; continue; }
    if (next === '&') { out += matched; i++; continue; }
    if (next === '`') { out += s.slice(0, position); i++; continue; }
    if (next === "'") { out += s.slice(tailPos); i++; continue; }
    if (next >= '0' && next <= '9') {
      const two = template[i + 2];
      const twoDigit = two !== undefined && two >= '0' && two <= '9' ? Number(next + two) : -1;
      if (twoDigit >= 1 && twoDigit <= m) {
        out += captures[twoDigit - 1] ?? '';
        i += 2;
        continue;
      }
      const one = Number(next);
      if (one >= 1 && one <= m) {
        out += captures[one - 1] ?? '';
        i += 1;
        continue;
      }
      out += c;
      continue;
    }
    if (next === '<' && namedCaptures[0] !== Tag.Undefined) {
      const close = template.indexOf('>', i + 2);
      if (close === -1) { out += c; continue; }
      const capture = rt.getProperty(namedCaptures, template.slice(i + 2, close));
      if (capture[0] !== Tag.Undefined) out += rt.toStringValue(capture);
      i = close;
      continue;
    }
    out += c;
  }
  return out;
}

/** SpeciesConstructor(r, %RegExp%). */
function speciesConstructor(rt: RuntimeCore, regexps: RegExps, r: Word): Word {
  const fallback: Word = [Tag.Ptr, regexps.ctor];
  const c = rt.getProperty(r, 'constructor');
  if (c[0] === Tag.Undefined) return fallback;
  if (!rt.isObjectWord(c)) throw new KilnThrow('TypeError', 'object.constructor is not an object');
  const species = rt.getProperty(c, rt.symbols.wellKnownKey('species'));
  if (species[0] === Tag.Undefined || species[0] === Tag.Null) return fallback;
  if (rt.isConstructor(species)) return species;
  throw new KilnThrow('TypeError', 'object.constructor[Symbol.species] is not a constructor');
}

export class RegExpSymbolMethods {
  private iteratorProto = 0;

  constructor(private readonly rt: RuntimeCore, private readonly regexps: RegExps) {}

  /** RegExp.prototype[@@match](string). */
  match(r: Word, string: Word): Word {
    const { rt, regexps } = this;
    requireObject(rt, r, '@@match');
    const input = regexps.stringWord(string);
    if (regexps.pristine(r)) {
      const host = regexps.hostOf(r);
      if (!host.global) return regexps.builtinExec(r, input);
      regexps.setLastIndex(r, 0);
      host.lastIndex = 0;
      const all = rt.toStringValue(input).match(host);
      if (all !== null) regexps.noteGlobalMatch(r, rt.toStringValue(input));
      return all === null ? NULL : rt.newArray(all.map((x) => rt.str(x)));
    }
    const flags = getString(rt, r, 'flags');
    if (!flags.includes('g')) return regexps.exec(r, input);
    const unicode = flags.includes('u') || flags.includes('v');
    regexps.setLastIndex(r, 0);
    const found = rt.newArray([]);
    return holding(rt, [input, found], () => {
      for (;;) {
        const result = regexps.exec(r, input);
        if (result[0] === Tag.Null) return rt.objects.arrayLength(found[1]) === 0 ? NULL : found;
        const matched = getString(rt, result, 0);
        const m = rt.str(matched);
        rt.objects.push(found[1], m[0], m[1]);
        if (matched === '') this.advanceLastIndex(r, rt.toStringValue(input), unicode);
      }
    });
  }

  /** lastIndex = AdvanceStringIndex(S, ToLength(lastIndex)) after an empty match. */
  private advanceLastIndex(r: Word, s: string, unicode: boolean): void {
    const thisIndex = toLength(this.rt.toNumber(this.rt.getProperty(r, 'lastIndex')));
    const next = advanceStringIndex(s, thisIndex, unicode);
    this.regexps.setLastIndex(r, next);
  }

  /** RegExp.prototype[@@search](string). */
  search(r: Word, string: Word): Word {
    const { rt, regexps } = this;
    requireObject(rt, r, '@@search');
    const input = regexps.stringWord(string);
    const previous = rt.getProperty(r, 'lastIndex');
    const sameValue = (a: Word, b: Word): boolean => Object.is(rt.host(a), rt.host(b));
    const zero: Word = [Tag.Int32, 0];
    if (!sameValue(previous, zero)) regexps.setLastIndex(r, 0);
    const result = holding(rt, [input, previous], () => regexps.exec(r, input));
    const current = rt.getProperty(r, 'lastIndex');
    if (!sameValue(current, previous)) rt.props.set(r[0], r[1], 'lastIndex', previous[0], previous[1], true);
    return result[0] === Tag.Null ? [Tag.Int32, -1] : rt.getProperty(result, 'index');
  }

  /** RegExp.prototype[@@replace](string, replaceValue). */
  replace(r: Word, string: Word, replaceValue: Word): Word {
    const { rt, regexps } = this;
    // (V8 names any primitive receiver `undefined` here.)
    if (!rt.isObjectWord(r)) throw new KilnThrow('TypeError', 'Method RegExp.prototype.@@replace called on incompatible receiver undefined');
    const input = regexps.stringWord(string);
    const s = rt.toStringValue(input);
    const functional = rt.isCallable(replaceValue);
    const template = functional ? '' : rt.toStringValue(replaceValue);
    if (regexps.pristine(r)) return this.pristineReplace(r, input, s, functional ? replaceValue : null, template);
    const flags = getString(rt, r, 'flags');
    const global = flags.includes('g');
    const unicode = flags.includes('u') || flags.includes('v');
    if (global) regexps.setLastIndex(r, 0);
    const results = rt.newArray([]);
    return holding(rt, [input, results], () => {
      for (;;) {
        const result = regexps.exec(r, input);
        if (result[0] === Tag.Null) break;
        rt.objects.push(results[1], result[0], result[1]);
        if (!global) break;
        if (getString(rt, result, 0) === '') this.advanceLastIndex(r, s, unicode);
      }
      let out = '';
      let nextSourcePosition = 0;
      for (let k = 0, n = rt.objects.arrayLength(results[1]); k < n; k++) {
        const result = rt.getProperty(results, k);
        const nCaptures = Math.max(toLength(rt.toNumber(rt.getProperty(result, 'length'))) - 1, 0);
        const matched = getString(rt, result, 0);
        const position = Math.max(Math.min(Math.trunc(rt.toNumber(rt.getProperty(result, 'index'))) || 0, s.length), 0);
        const captures: (string | undefined)[] = [];
        for (let i = 1; i <= nCaptures; i++) {
          const cap = rt.getProperty(result, i);
          captures.push(cap[0] === Tag.Undefined ? undefined : rt.toStringValue(cap));
        }
        let named = rt.getProperty(result, 'groups');
        let replacement: string;
        if (functional) {
          const args: Word[] = [rt.str(matched), ...captures.map((c) => (c === undefined ? UNDEF : rt.str(c))), [Tag.Int32, position], input];
          if (named[0] !== Tag.Undefined) args.push(named);
          replacement = rt.toStringValue(holding(rt, args, () => rt.invoker.call(replaceValue, UNDEF, args)));
        } else {
          if (named[0] !== Tag.Undefined) named = rt.toObject(named);
          replacement = getSubstitution(rt, matched, s, position, captures, named, template);
        }
        if (position >= nextSourcePosition) {
          out += s.slice(nextSourcePosition, position) + replacement;
          nextSourcePosition = position + matched.length;
        }
      }
      return rt.str(nextSourcePosition >= s.length ? out : out + s.slice(nextSourcePosition));
    });
  }

  /** @@replace with the builtin exec: a template replacement is the host's replace; a
   *  function is called per match (all matches found first, as the spec orders it). */
  private pristineReplace(r: Word, input: Word, s: string, fn: Word | null, template: string): Word {
    const { rt, regexps } = this;
    const host = regexps.hostOf(r);
    if (fn === null) {
      if (host.global) {
        regexps.setLastIndex(r, 0);
        host.lastIndex = 0;
        regexps.noteGlobalMatch(r, s);
        return rt.str(s.replace(host, template));
      }
      const m = regexps.builtinMatch(r, s);
      if (m === null) return input;
      return rt.str(s.slice(0, m.index) + this.substitute(m, s, template) + s.slice(m.index + m[0].length));
    }
    let matches: RegExpExecArray[] = [];
    if (host.global) {
      regexps.setLastIndex(r, 0);
      matches = hostMatches(host, s);
      if (matches.length > 0) regexps.noteGlobalMatch(r, s);
    } else {
      const m = regexps.builtinMatch(r, s);
      if (m !== null) matches.push(m);
    }
    let out = '';
    let end = 0;
    return holding(rt, [input], () => {
      for (const m of matches) {
        const args: Word[] = Array.from(m, (x) => (x === undefined ? UNDEF : rt.str(x)));
        args.push([Tag.Int32, m.index], input);
        if (m.groups !== undefined) args.push(regexps.groupsObject(m.groups));
        const replacement = rt.toStringValue(holding(rt, args, () => rt.invoker.call(fn, UNDEF, args)));
        out += s.slice(end, m.index) + replacement;
        end = m.index + m[0].length;
      }
      return rt.str(out + s.slice(end));
    });
  }

  /** The template substituted for host match m. */
  private substitute(m: RegExpExecArray, s: string, template: string): string {
    if (!template.includes('$')) return template;
    const rt = this.rt;
    const named = this.regexps.groupsObject(m.groups);
    return getSubstitution(rt, m[0], s, m.index, Array.from(m).slice(1), named, template);
  }

  /** RegExp.prototype[@@split](string, limit). */
  split(r: Word, string: Word, limitWord: Word): Word {
    const { rt, regexps } = this;
    requireObject(rt, r, '@@split');
    const input = regexps.stringWord(string);
    const s = rt.toStringValue(input);
    const c = speciesConstructor(rt, regexps, r);
    if (c[1] === regexps.ctor && regexps.pristine(r)) {
      const limit = limitWord[0] === Tag.Undefined ? 0xffffffff : rt.toNumber(limitWord) >>> 0;
      regexps.noteGlobalMatch(r, s);
      return rt.newArray(s.split(regexps.hostOf(r), limit).map((x) => (x === undefined ? UNDEF : rt.str(x))));
    }
    const flags = getString(rt, r, 'flags');
    const unicode = flags.includes('u') || flags.includes('v');
    const splitter = rt.construct(c, [r, rt.str(flags.includes('y') ? flags : `${flags}y`)], c, 'RegExp');
    const out = rt.newArray([]);
    const push = (w: Word): void => rt.objects.push(out[1], w[0], w[1]);
    return holding(rt, [input, splitter, out], () => {
      const limit = limitWord[0] === Tag.Undefined ? 0xffffffff : rt.toNumber(limitWord) >>> 0;
      if (limit === 0) return out;
      if (s.length === 0) {
        if (regexps.exec(splitter, input)[0] === Tag.Null) push(input);
        return out;
      }
      let p = 0;
      let q = p;
      while (q < s.length) {
        regexps.setLastIndex(splitter, q);
        const z = regexps.exec(splitter, input);
        if (z[0] === Tag.Null) {
          q = advanceStringIndex(s, q, unicode);
          continue;
        }
        const e = Math.min(toLength(rt.toNumber(rt.getProperty(splitter, 'lastIndex'))), s.length);
        if (e === p) {
          q = advanceStringIndex(s, q, unicode);
          continue;
        }
        push(rt.str(s.slice(p, q)));
        if (rt.objects.arrayLength(out[1]) === limit) return out;
        p = e;
        const nCaptures = Math.max(toLength(rt.toNumber(rt.getProperty(z, 'length'))) - 1, 0);
        for (let i = 1; i <= nCaptures; i++) {
          push(rt.getProperty(z, i));
          if (rt.objects.arrayLength(out[1]) === limit) return out;
        }
        q = p;
      }
      push(rt.str(s.slice(p)));
      return out;
    });
  }

  /** RegExp.prototype[@@matchAll](string): an iterator over a copy of the regexp. */
  matchAll(r: Word, string: Word): Word {
    const { rt, regexps } = this;
    requireObject(rt, r, '@@matchAll');
    const input = regexps.stringWord(string);
    return holding(rt, [input], () => {
      const c = speciesConstructor(rt, regexps, r);
      const flags = getString(rt, r, 'flags');
      const matcher = rt.construct(c, [r, rt.str(flags)], c, 'RegExp');
      return holding(rt, [matcher], () => {
        const lastIndex = toLength(rt.toNumber(rt.getProperty(r, 'lastIndex')));
        regexps.setLastIndex(matcher, lastIndex);
        const o = rt.objects;
        const it = o.allocObject(this.iteratorProto);
        o.defineOwn(it, MATCHER_KEY, matcher[0], matcher[1], PropFlag.NonEnumerable);
        o.defineOwn(it, STRING_KEY, input[0], input[1], PropFlag.NonEnumerable);
        const state = (flags.includes('g') ? IteratorState.Global : 0) | (flags.includes('u') || flags.includes('v') ? IteratorState.Unicode : 0);
        o.defineOwn(it, STATE_KEY, Tag.Int32, state, PropFlag.NonEnumerable);
        return [Tag.Ptr, it] as Word;
      });
    });
  }

  /** %RegExpStringIteratorPrototype%.next(). */
  private iteratorNext(self: Word): Word {
    const { rt, regexps } = this;
    const o = rt.objects;
    if (self[0] !== Tag.Ptr || !rt.isObjectWord(self) || !o.getOwn(self[1], STATE_KEY)) {
      throw new KilnThrow('TypeError', `Method %RegExpStringIterator%.prototype.next called on incompatible receiver ${receiverText(rt, self)}`);
    }
    const state = o.rlo;
    const result = (value: Word, done: boolean): Word => {
      const at = o.allocObject();
      o.setOwn(at, 'value', value[0], value[1]);
      o.setOwn(at, 'done', Tag.Bool, done ? 1 : 0);
      return [Tag.Ptr, at];
    };
    if (state & IteratorState.Done) return result(UNDEF, true);
    o.getOwn(self[1], MATCHER_KEY);
    const matcher: Word = [o.rhi, o.rlo];
    o.getOwn(self[1], STRING_KEY);
    const input: Word = [o.rhi, o.rlo];
    const setDone = (): void => o.defineOwn(self[1], STATE_KEY, Tag.Int32, state | IteratorState.Done, PropFlag.NonEnumerable);
    const match = regexps.exec(matcher, input);
    if (match[0] === Tag.Null) {
      setDone();
      return result(UNDEF, true);
    }
    if (state & IteratorState.Global) {
      if (getString(rt, match, 0) === '') this.advanceLastIndex(matcher, rt.toStringValue(input), (state & IteratorState.Unicode) !== 0);
      return result(match, false);
    }
    setDone();
    return result(match, false);
  }

  /** Defines the five methods on %RegExp.prototype% and makes the iterator prototype. */
  install(native: (m: NativeMethod) => number, installMethods: (holder: number, methods: readonly NativeMethod[]) => void, iteratorPrototype: number): void {
    const rt = this.rt;
    const o = rt.objects;
    const arg = (args: Word[], i: number): Word => args[i] ?? UNDEF;
    const methods: ['match' | 'matchAll' | 'replace' | 'search' | 'split', number, NativeMethod['fn']][] = [
      ['match', 1, (_rt, self, args) => this.match(self, arg(args, 0))],
      ['matchAll', 1, (_rt, self, args) => this.matchAll(self, arg(args, 0))],
      ['replace', 2, (_rt, self, args) => this.replace(self, arg(args, 0), arg(args, 1))],
      ['search', 1, (_rt, self, args) => this.search(self, arg(args, 0))],
      ['split', 2, (_rt, self, args) => this.split(self, arg(args, 0), arg(args, 1))],
    ];
    for (const [name, length, fn] of methods) {
      const hiddenInStack = name === 'replace' ? () => this.regexps.replacingFromString > 0 : undefined;
      o.defineOwn(this.regexps.proto, rt.symbols.wellKnownKey(name), Tag.Ptr, native({ name: `[Symbol.${name}]`, length, fn, hiddenInStack }), PropFlag.NonEnumerable);
    }
    this.iteratorProto = o.allocObject(iteratorPrototype);
    installMethods(this.iteratorProto, [{ name: 'next', length: 0, fn: (_rt, self) => this.iteratorNext(self) }]);
    o.defineOwn(this.iteratorProto, rt.symbols.wellKnownKey('toStringTag'), Tag.Ptr, rt.heap.internString('RegExp String Iterator'), PropFlag.NonEnumerable | PropFlag.ReadOnly);
  }

  roots(): number[] {
    return [this.iteratorProto];
  }
}
