// A Promise's internal slots ([[PromiseState]], [[PromiseResult]], [[PromiseFulfillReactions]]
// and [[PromiseIsHandled]]) as own properties under private keys, as wrappers keep their
// [[PrimitiveValue]] (wrappers.ts): a promise is an ordinary object to shapes, inline caches
// and the JIT. This file is the slots alone, so printing (values.ts) can read them without
// depending on the Promise library (promises.ts).

import type { ObjectModel } from './objects';
import { newPrivateKey } from './private-names';
import type { Word } from './word';

export const PROMISE_STATE_KEY = newPrivateKey('[[PromiseState]]');
export const PROMISE_RESULT_KEY = newPrivateKey('[[PromiseResult]]');
export const PROMISE_REACTIONS_KEY = newPrivateKey('[[PromiseReactions]]');
export const PROMISE_HANDLED_KEY = newPrivateKey('[[PromiseIsHandled]]');

export const enum PromiseState {
  Pending = 0,
  Fulfilled = 1,
  Rejected = 2,
}

/** The state and result of promise `at`, or undefined when `at` is no promise. */
export function promiseStateOf(objects: Pick<ObjectModel, 'getOwn' | 'rhi' | 'rlo'>, at: number): { state: PromiseState; result: Word } | undefined {
  if (!objects.getOwn(at, PROMISE_STATE_KEY)) return undefined;
  const state = objects.rlo as PromiseState;
  objects.getOwn(at, PROMISE_RESULT_KEY);
  return { state, result: [objects.rhi, objects.rlo] };
}
