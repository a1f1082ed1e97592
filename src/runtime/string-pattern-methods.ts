// The String.prototype methods that take a pattern — match, matchAll, replace, replaceAll,
// search, split — as the spec writes them: a pattern object with the matching well-known
// symbol method (@@match, @@replace, ...) is asked to do the work (RegExp.prototype has all
// five: regexp-symbol-methods.ts; any user object may have them too); a string pattern is
// handled here, on the host's string methods; match, matchAll and search make a RegExp from
// any other argument first. replace with a string pattern: the substitution patterns of a
// replacement string ($$, $&, $`, $') are the host's own, and a replacement function is
// called as kiln code, once per match in order, with (match, position, string).

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import { isRegExp } from './regexps';
import type { RegExps } from './regexps';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { splitString } from './string-split';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

function replaceMethod(all: boolean, regexps: RegExps): NativeMethod {
  const name = all ? 'replaceAll' : 'replace';
  return {
    name, length: 2,
    fn: (rt, self, args) => {
      if (self[0] === Tag.Undefined || self[0] === Tag.Null) {
        throw new KilnThrow('TypeError', `String.prototype.${name} called on null or undefined`);
      }
      const searchValue = args[0] ?? UNDEF;
      const replaceValue = args[1] ?? UNDEF;
      if (all && isRegExp(rt, searchValue)) requireGlobalFlags(rt, searchValue, name);
      const replacer = patternMethod(rt, searchValue, 'replace');
      if (replacer !== undefined) {
        if (all) return rt.invoker.call(replacer, searchValue, [self, replaceValue]);
        regexps.replacingFromString++;
        try {
          return rt.invoker.call(replacer, searchValue, [self, replaceValue]);
        } finally {
          regexps.replacingFromString--;
        }
      }
      const s = rt.toStringValue(self);
      const search = rt.toStringValue(searchValue);
      const functional = rt.isCallable(replaceValue);
      const replacement = functional ? '' : rt.toStringValue(replaceValue);
      if (!functional) return rt.str(all ? s.replaceAll(search, replacement) : s.replace(search, replacement));
      const positions: number[] = [];
      const step = Math.max(1, search.length);
      for (let at = s.indexOf(search); at !== -1; at = at + step > s.length ? -1 : s.indexOf(search, at + step)) {
        positions.push(at);
        if (!all) break;
      }
      let out = '';
      let end = 0;
      const matched: Word = rt.str(search);
      rt.heap.pushHandleWord(matched);
      try {
        for (const at of positions) {
          const r = rt.invoker.call(replaceValue, UNDEF, [matched, [Tag.Int32, at], self]);
          out += s.slice(end, at) + rt.toStringValue(r);
          end = at + search.length;
        }
      } finally {
        rt.heap.popHandle();
      }
      return rt.str(out + s.slice(end));
    },
  };
}

/** GetMethod(pattern, @@name) for a pattern that is neither undefined nor null. */
function patternMethod(rt: RuntimeCore, pattern: Word, name: 'match' | 'matchAll' | 'replace' | 'search' | 'split'): Word | undefined {
  if (pattern[0] === Tag.Undefined || pattern[0] === Tag.Null) return undefined;
  const method = rt.getProperty(pattern, rt.symbols.wellKnownKey(name));
  if (method[0] === Tag.Undefined || method[0] === Tag.Null) return undefined;
  if (!rt.isCallable(method)) throw new KilnThrow('TypeError', `${rt.describe(method[0], method[1])} is not a function`);
  return method;
}

/** matchAll and replaceAll take only a global regexp (its `flags` read and checked). */
function requireGlobalFlags(rt: RuntimeCore, regexp: Word, name: string): void {
  const flags = rt.getProperty(regexp, 'flags');
  if (flags[0] === Tag.Undefined || flags[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
  if (!rt.toStringValue(flags).includes('g')) throw new KilnThrow('TypeError', `String.prototype.${name} called with a non-global RegExp argument`);
}

function requireCoercible(self: Word, name: string): void {
  if (self[0] === Tag.Undefined || self[0] === Tag.Null) {
    throw new KilnThrow('TypeError', `String.prototype.${name} called on null or undefined`);
  }
}

/** match, matchAll, search: the pattern's own method, else one of a RegExp made from it. */
function regExpMethod(regexps: RegExps, name: 'match' | 'matchAll' | 'search'): NativeMethod {
  return {
    name, length: 1,
    fn: (rt, self, args) => {
      requireCoercible(self, name);
      const pattern = args[0] ?? UNDEF;
      if (name === 'matchAll' && isRegExp(rt, pattern)) requireGlobalFlags(rt, pattern, name);
      const method = patternMethod(rt, pattern, name);
      if (method !== undefined) return rt.invoker.call(method, pattern, [self]);
      const s = rt.str(rt.toStringValue(self));
      rt.heap.pushHandleWord(s);
      try {
        const source = pattern[0] === Tag.Undefined ? '' : rt.toStringValue(pattern);
        const rx = regexps.create(regexps.proto, source, name === 'matchAll' ? 'g' : '');
        const own = rt.getProperty(rx, rt.symbols.wellKnownKey(name));
        if (!rt.isCallable(own)) throw new KilnThrow('TypeError', `${rt.describe(own[0], own[1])} is not a function`);
        return rt.invoker.call(own, rx, [s]);
      } finally {
        rt.heap.popHandle();
      }
    },
  };
}

/** split(separator, limit): the separator's @@split, else a string split on strings: on the
 *  heap's units for a string receiver and separator without a limit (string-split.ts),
 *  else the host's. */
function splitMethod(hostSplit: NativeMethod): NativeMethod {
  return {
    name: 'split', length: 2,
    fn: (rt, self, args, callee) => {
      requireCoercible(self, 'split');
      const separator = args[0] ?? UNDEF;
      const splitter = patternMethod(rt, separator, 'split');
      if (splitter !== undefined) return rt.invoker.call(splitter, separator, [self, args[1] ?? UNDEF]);
      const isString = (w: Word): boolean => w[0] === Tag.Ptr && rt.heap.kindOf(w[1]) === Kind.String;
      if ((args[1] ?? UNDEF)[0] === Tag.Undefined && isString(self) && isString(separator)) {
        return rt.newArray(splitString(rt.heap, self[1], separator[1]).map((at): Word => [Tag.Ptr, at]));
      }
      return hostSplit.fn(rt, self, args, callee);
    },
  };
}

/** The pattern methods; `hostSplit` is split on string separators (natives.ts). */
export function stringPatternNatives(regexps: RegExps, hostSplit: NativeMethod): NativeMethod[] {
  return [
    replaceMethod(false, regexps), replaceMethod(true, regexps),
    regExpMethod(regexps, 'match'), regExpMethod(regexps, 'matchAll'), regExpMethod(regexps, 'search'),
    splitMethod(hostSplit),
  ];
}
