// A value as V8 writes it inside its TypeError messages (`5 is not a function`, `#<Foo> is
// not a function`): V8's NoSideEffectsToString, which never runs the program's code —
// primitives as String() would give them, a string without quotes, an array, a Date or a
// RegExp by its builtin tag (`[object Array]`), any other object by its constructor's name
// (`#<Map>`, `#<Object>`; V8's lookup of `constructor` starts at the object itself, so a
// class's prototype is `#<A>`), or `[object Object]` when it has none (a null prototype).

import { Kind, Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import type { Word } from './word';

export function messageText(rt: RuntimeCore, w: Word): string {
  const [hi, lo] = w;
  if (hi !== Tag.Ptr) return rt.describe(hi, lo);
  switch (rt.heap.kindOf(lo)) {
    case Kind.String:
      return rt.heap.readString(lo);
    case Kind.Array:
      return '[object Array]';
    case Kind.Object: {
      if (rt.props.isProxy(lo)) return '#<Object>';
      const tag = rt.builtinTag(lo);
      if (tag === 'Date' || tag === 'RegExp') return `[object ${tag}]`;
      const name = rt.props.constructorName(lo, '', true);
      return name === '' ? '[object Object]' : `#<${name}>`;
    }
    default:
      return rt.describe(hi, lo);
  }
}

