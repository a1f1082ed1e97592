// A RegExp's [[RegExpMatcher]] slot: a private-key own property holding the text
// `flags/source` (the canonical flags, then the pattern as written), which is also the key
// of the compiled host RegExp (regexps.ts). Only the slot and IsRegExp, so printing
// (values.ts), Object.prototype.toString (runtime-core.ts) and the String methods can
// recognize regular expressions without the RegExp library.

import { Kind, Tag } from './layout';
import type { Heap } from './heap';
import type { ObjectModel } from './objects';
import { newPrivateKey } from './private-names';
import type { RuntimeCore } from './runtime-core';
import type { Word } from './word';

export const REGEXP_KEY = newPrivateKey('[[RegExpMatcher]]');

/** The slot text (`flags/source`) of object `at`, or undefined when it is no RegExp. */
export function regExpSlotOf(objects: Pick<ObjectModel, 'getOwn' | 'rhi' | 'rlo'>, heap: Heap, at: number): string | undefined {
  if (heap.kindOf(at) !== Kind.Object || !objects.getOwn(at, REGEXP_KEY)) return undefined;
  return heap.readString(objects.rlo);
}

/** The spec's IsRegExp(w): an object whose @@match is truthy, or (when it has none) one
 *  with a [[RegExpMatcher]]. */
export function isRegExp(rt: RuntimeCore, w: Word): boolean {
  if (!rt.isObjectWord(w)) return false;
  const matcher = rt.getProperty(w, rt.symbols.wellKnownKey('match'));
  if (matcher[0] !== Tag.Undefined) return rt.toBoolean(matcher);
  return regExpSlotOf(rt.objects, rt.heap, w[1]) !== undefined;
}
