// util.types: node's type checks (isPromise, isDate, isMap, isTypedArray, isAsyncFunction,
// isNativeError, isBoxedPrimitive, … every one node 20 has). Each check asks the host's own
// util.types about a stand-in: an empty host value of the same internal type as the
// language value (a Date for a Date, an async function for an async function, the host copy
// of a typed array) — found from the value's internal slots, never from its prototype or
// Symbol.toStringTag, as node's checks do — so no object graph is mirrored to answer.

import * as util from 'util';
import { dateValueOf } from './date-value';
import { isGeneratorObject } from './generators';
import { Kind, NATIVE_FUNCTION_ID_BASE, Tag } from './layout';
import { promiseStateOf } from './promise-state';
import { regExpSlotOf } from './regexp-slot';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { wrappedPrimitive } from './wrappers';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

function argumentsObject(): unknown {
  // eslint-disable-next-line prefer-rest-params
  return (function () { return arguments; })();
}

/** A host value util.types classifies as it classifies `w`. */
function standIn(rt: RuntimeCore, w: Word): unknown {
  if (w[0] !== Tag.Ptr) return rt.host(w);
  const at = w[1];
  const kind = rt.heap.kindOf(at);
  if (kind === Kind.String || kind === Kind.Symbol || kind === Kind.BigInt) return rt.host(w);
  // A proxy is a proxy and nothing else (node's checks see no Date or Map through one).
  if (rt.props.proxies !== null && rt.props.isProxy(at)) return new Proxy(kind === Kind.Function ? function () {} : {}, {});
  if (kind === Kind.Function) {
    // A native (a builtin, a bound function) is none of the suspending kinds.
    if (rt.heap.functionId(at) >= NATIVE_FUNCTION_ID_BASE) return function () {};
    switch (rt.functionSuspends(at)) {
      case 'async': return async function () {};
      case 'generator': return function* () {};
      case 'async-generator': return async function* () {};
      default: return function () {};
    }
  }
  const o = rt.objects;
  if (kind === Kind.Array) return o.isArguments(at) ? argumentsObject() : [];
  if (kind !== Kind.Object) return {};
  const inner = wrappedPrimitive(o, at);
  if (inner !== undefined) return Object(rt.host(inner));
  if (dateValueOf(o, at) !== undefined) return new Date(0);
  if (regExpSlotOf(o, rt.heap, at) !== undefined) return /(?:)/;
  if (promiseStateOf(o, at) !== undefined) return Promise.resolve();
  const conv = rt.conv;
  const walk = conv.collections?.iteratorWalk(Tag.Ptr, at);
  if (walk !== undefined) return walk.kind === 'map' ? new Map().entries() : walk.kind === 'set' ? new Set().values() : [].values();
  const collection = conv.collections?.kindOf(Tag.Ptr, at) ?? null;
  if (collection !== null) return collection === 'map' ? new Map() : new Set();
  if (conv.errors?.isNativeError(at)) return new Error();
  if (isGeneratorObject(o, at)) return (function* () {})();
  // Typed arrays, ArrayBuffers, DataViews, the weak collections: their host copies.
  return conv.exoticMirror(at) ?? {};
}

type TypeCheck = (v: unknown) => boolean;

/** util.types' functions, as natives (in node's order). */
export function utilTypesNatives(): NativeMethod[] {
  const checks = util.types as unknown as Record<string, TypeCheck>;
  return Object.keys(checks).map((name) => ({
    name, length: 0,
    fn: (rt, _self, args) => [Tag.Bool, checks[name](standIn(rt, args[0] ?? UNDEF)) ? 1 : 0],
  }));
}
