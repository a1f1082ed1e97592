// The web event globals (EventTarget, Event, CustomEvent, AbortController, AbortSignal,
// DOMException) are kiln's JavaScript, lib/internal/event-target.js. Until a program first
// reads one, each is a getter on the global object that loads the library — on a call path
// like any getter's, never in the middle of another operation, since loading runs the
// library's code — and replaces all six with the classes as ordinary data properties.

import { Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const NAMES = ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException'] as const;
const UNDEF: Word = [Tag.Undefined, 0];

/** Defines the six globals as loading accessors. */
export function installWebEventGlobals(rt: RuntimeCore): void {
  for (const name of NAMES) {
    const getter = rt.createNative({ name: `get ${name}`, length: 0, fn: (r) => loadAll(r, name) });
    // An assignment before the first read replaces the global, as it would node's.
    const setter = rt.createNative({
      name: `set ${name}`, length: 1,
      fn: (r, _self, args) => {
        const v = args[0] ?? UNDEF;
        r.objects.defineOwn(r.globalObject, name, v[0], v[1], PropFlag.NonEnumerable);
        return UNDEF;
      },
    });
    rt.props.define(rt.globalObject, name, Tag.Ptr, getter, PropFlag.NonEnumerable, 'get');
    rt.props.define(rt.globalObject, name, Tag.Ptr, setter, PropFlag.NonEnumerable, 'set');
  }
}

/** Loads the library, makes every one of the globals that is still an accessor its class,
 *  and returns global `name`. */
function loadAll(rt: RuntimeCore, name: string): Word {
  const exports = rt.libraryExports('internal/event-target');
  for (const n of NAMES) {
    if (!rt.objects.getOwn(rt.globalObject, n) || (rt.objects.rflags & PropFlag.Accessor) === 0) continue;
    const w = rt.getProperty(exports, n);
    rt.objects.defineOwn(rt.globalObject, n, w[0], w[1], PropFlag.NonEnumerable);
  }
  return rt.getProperty([Tag.Ptr, rt.globalObject], name);
}
