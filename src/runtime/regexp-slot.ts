// A RegExp's [[RegExpMatcher]] slot: a private-key own property holding the text
// `flags/source` (the canonical flags, then the pattern as written), which is also the key
// of the compiled host RegExp (regexps.ts). Only the slot, so printing
// (values.ts), Object.prototype.toString (runtime-core.ts) and property messages
// (properties.ts) can recognize regular expressions without the RegExp library.

import { Kind } from './layout';
import type { Heap } from './heap';
import type { ObjectModel } from './objects';
import { newPrivateKey } from './private-names';

export const REGEXP_KEY = newPrivateKey('[[RegExpMatcher]]');

/** The slot text (`flags/source`) of object `at`, or undefined when it is no RegExp. */
export function regExpSlotOf(objects: Pick<ObjectModel, 'getOwn' | 'rhi' | 'rlo'>, heap: Heap, at: number): string | undefined {
  if (heap.kindOf(at) !== Kind.Object || !objects.getOwn(at, REGEXP_KEY)) return undefined;
  return heap.readString(objects.rlo);
}
