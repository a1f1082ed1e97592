// A Date's [[DateValue]] slot: a private-key own property holding the time value (as
// wrappers keep their primitive). Only the slot, so printing (values.ts) and
// Object.prototype.toString (runtime-core.ts) can recognize dates without the Date library
// (dates.ts).

import type { ObjectModel } from './objects';
import { newPrivateKey } from './private-names';
import type { Word } from './word';

export const DATE_VALUE_KEY = newPrivateKey('[[DateValue]]');

/** The time value word of date object `at` (a number word), or undefined when it is no Date. */
export function dateValueOf(objects: Pick<ObjectModel, 'getOwn' | 'rhi' | 'rlo'>, at: number): Word | undefined {
  if (!objects.getOwn(at, DATE_VALUE_KEY)) return undefined;
  return [objects.rhi, objects.rlo];
}
