// console.log / util.format arguments on their way to node's formatter. kiln hands node's
// util.format host mirrors of its values, which is right for everything node only inspects;
// but `%s`, `%d`, `%i`, `%f` and `%j` may run the program's own code (a user toString or
// valueOf, a toJSON), which a mirror cannot call. So the directives whose argument is an
// object are resolved here, in the language, the way node's formatWithOptions resolves them,
// and node gets a primitive (or, for %j, the text itself) in the argument's place.

import { KilnThrow } from './errors';
import { Kind, NATIVE_FUNCTION_ID_BASE, Tag } from './layout';
import { jsonStringify } from './json';
import { hasOwn } from './object-natives';
import type { RuntimeCore } from './runtime-core';
import type { HostValue } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

/** The host arguments for node's formatter: args mirrored, with the directives of a leading
 *  format string that would run user code resolved in kiln first. */
export function formatArguments(rt: RuntimeCore, args: readonly Word[]): HostValue[] {
  const first = args[0];
  if (first === undefined || !isString(rt, first) || args.length < 2) return args.map((a) => rt.host(a));
  const format = rt.heap.readString(first[1]);
  if (!format.includes('%')) return args.map((a) => rt.host(a));
  let out = '';
  let last = 0;
  let next = 1;
  const rest: HostValue[] = [];
  for (let i = 0; i < format.length - 1; i++) {
    if (format.charCodeAt(i) !== 37 /* % */) continue;
    const directive = format[i + 1];
    if (directive === '%') {
      i++;
      continue;
    }
    if (!'sdifjoOc'.includes(directive) || next >= args.length) continue;
    const arg = args[next++];
    const resolved = rt.isObjectWord(arg) ? resolve(rt, directive, arg) : undefined;
    if (resolved === undefined) {
      // %o is node's inspect with showHidden and showProxy (and a depth of 4).
      rest.push(directive === 'o' ? rt.conv.toHostForInspect(arg[0], arg[1], true, true) : rt.host(arg));
    } else if (resolved.text !== undefined) {
      // The directive's whole output, printed by %s as the string it is.
      out += format.slice(last, i) + '%s';
      last = i + 2;
      rest.push(resolved.text);
    } else {
      rest.push(resolved.value);
    }
    i++;
  }
  out += format.slice(last);
  return [out, ...rest, ...args.slice(next).map((a) => rt.host(a))];
}

/** What directive `d` makes of object `arg` when that runs the program's code: a primitive
 *  node formats as it would the object's conversion, or the finished text; undefined when
 *  node's own handling of the mirror is already right. */
function resolve(rt: RuntimeCore, d: string, arg: Word): { value?: HostValue; text?: string } | undefined {
  switch (d) {
    case 's':
      // node prints String(arg) when arg has a toString of its own making, else inspects it.
      return rt.heap.kindOf(arg[1]) === Kind.Function || hasBuiltInToString(rt, arg) ? undefined : { value: rt.toStringValue(arg) };
    case 'd':
      return { value: rt.toNumber(arg) }; // Number(arg)
    case 'i':
    case 'f':
      return { value: rt.toStringValue(arg) }; // parseInt / parseFloat of ToString(arg)
    case 'j':
      return { text: jsonText(rt, arg) };
    default:
      return undefined;
  }
}

/** node's hasBuiltInToString: no callable toString, or the nearest toString is on a
 *  prototype whose constructor is one of the global builtins (Object, Error, Array, ...). */
function hasBuiltInToString(rt: RuntimeCore, arg: Word): boolean {
  if (!rt.isCallable(rt.getProperty(arg, 'toString'))) return true;
  if (hasOwn(rt, arg, 'toString')) return false;
  let holder = rt.objects.protoOf(arg[1]);
  while (holder !== 0 && !hasOwn(rt, [Tag.Ptr, holder], 'toString')) holder = rt.objects.protoOf(holder);
  if (holder === 0 || !hasOwn(rt, [Tag.Ptr, holder], 'constructor')) return false;
  const ctor = rt.getProperty([Tag.Ptr, holder], 'constructor');
  if (ctor[0] !== Tag.Ptr || rt.heap.kindOf(ctor[1]) !== Kind.Function || rt.heap.functionId(ctor[1]) < NATIVE_FUNCTION_ID_BASE) return false;
  const name = rt.getProperty(ctor, 'name');
  return isString(rt, name) && /^[A-Z][a-zA-Z0-9]+$/.test(rt.heap.readString(name[1]));
}

/** %j: JSON.stringify(arg), 'undefined' for nothing, '[Circular]' for a cycle (node's
 *  tryStringify); any other exception propagates. */
function jsonText(rt: RuntimeCore, arg: Word): string {
  try {
    const json = jsonStringify(rt, arg, UNDEF, UNDEF);
    return json[0] === Tag.Undefined ? 'undefined' : rt.heap.readString(json[1]);
  } catch (e) {
    if (e instanceof KilnThrow && e.errorName === 'TypeError' && e.errorMessage.startsWith('Converting circular structure')) return '[Circular]';
    throw e;
  }
}

function isString(rt: RuntimeCore, w: Word): boolean {
  return w[0] === Tag.Ptr && rt.heap.kindOf(w[1]) === Kind.String;
}
