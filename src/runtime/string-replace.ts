// String.prototype.replace and replaceAll for patterns that are not regular expressions
// (kiln has no RegExp yet): a string pattern, or an object with a [Symbol.replace] method,
// which is called as the spec says. The steps follow the spec's order of conversions; the
// substitution patterns of a replacement string ($$, $&, $`, $') are the host's own, and a
// replacement function is called as kiln code, once per match in order, with (match,
// position, string).

import { KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod } from './runtime-core';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

function replaceMethod(all: boolean): NativeMethod {
  const name = all ? 'replaceAll' : 'replace';
  return {
    name, length: 2,
    fn: (rt, self, args) => {
      if (self[0] === Tag.Undefined || self[0] === Tag.Null) {
        throw new KilnThrow('TypeError', `String.prototype.${name} called on null or undefined`);
      }
      const searchValue = args[0] ?? UNDEF;
      const replaceValue = args[1] ?? UNDEF;
      if (searchValue[0] !== Tag.Undefined && searchValue[0] !== Tag.Null) {
        const replacer = rt.getProperty(searchValue, rt.symbols.wellKnownKey('replace'));
        if (replacer[0] !== Tag.Undefined && replacer[0] !== Tag.Null) {
          if (!rt.isCallable(replacer)) throw new KilnThrow('TypeError', `${rt.describe(replacer[0], replacer[1])} is not a function`);
          return rt.invoker.call(replacer, searchValue, [self, replaceValue]);
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

export const STRING_REPLACE_NATIVES: readonly NativeMethod[] = [replaceMethod(false), replaceMethod(true)];
