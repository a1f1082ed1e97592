// How the library's constructors are wired to their prototypes (a fixed `prototype`, the
// prototype's `constructor`, its @@toStringTag) and what calling one without `new` throws:
// shared by the host-backed classes (typed arrays, TextEncoder/TextDecoder, URL).

import { KilnThrow } from './errors';
import { Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';

/** ctor.prototype = proto (fixed), proto.constructor = ctor, and proto's @@toStringTag when
 *  `tag` is given. */
export function linkConstructor(rt: RuntimeCore, ctor: number, proto: number, tag?: string): void {
  rt.props.define(ctor, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable);
  rt.objects.defineOwn(proto, 'constructor', Tag.Ptr, ctor, PropFlag.NonEnumerable);
  if (tag !== undefined) {
    rt.objects.defineOwn(proto, rt.symbols.wellKnownKey('toStringTag'), Tag.Ptr, rt.heap.internString(tag), PropFlag.NonEnumerable | PropFlag.ReadOnly);
  }
}

/** A constructor's call behaviour when it needs `new`: node's TypeError for a builtin
 *  ('constructor': "Constructor X requires 'new'") or a class of node's library ('class':
 *  "Class constructor X cannot be invoked without 'new'"). */
export function requiresNew(name: string, kind: 'constructor' | 'class' = 'constructor'): NativeMethod['fn'] {
  return () => {
    throw new KilnThrow('TypeError', kind === 'class' ? `Class constructor ${name} cannot be invoked without 'new'` : `Constructor ${name} requires 'new'`);
  };
}
