// Standard-library functions of primitives whose semantics are the host's own (the language
// defines them on numbers and strings, and node's answers are the reference): the rest of
// Math, String.fromCodePoint, the URI coding functions, and Object.hasOwn. Arguments are
// converted in the language first (valueOf/toString of objects run as kiln code); the host's
// RangeErrors and URIErrors become the language's.

import { hostCall, KilnThrow } from './errors';
import { OBJECT_PROTOTYPE_NATIVES } from './object-natives';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { Tag } from './layout';
import { numberWord } from './values';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

const UNARY_MATH = ['acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'expm1', 'log1p', 'clz32'] as const;

/** Math functions kiln has no builtin id for (those go through the host's Math). */
export const MATH_LIBRARY_NATIVES: readonly NativeMethod[] = UNARY_MATH.map((name) => ({
  name, length: 1,
  fn: (rt: RuntimeCore, _self: Word, args: Word[]): Word => numberWord(Math[name](rt.toNumber(args[0] ?? UNDEF))),
}));

export const STRING_CONSTRUCTOR_NATIVES: readonly NativeMethod[] = [{
  name: 'fromCodePoint', length: 1,
  fn: (rt, _self, args) => {
    const codes = args.map((a) => rt.toNumber(a));
    return rt.str(hostCall(() => String.fromCodePoint(...codes)));
  },
}];

const URI_FUNCTIONS = ['encodeURIComponent', 'decodeURIComponent', 'encodeURI', 'decodeURI', 'escape', 'unescape'] as const;

/** The global URI coding functions (and Annex B's escape/unescape). */
export const URI_NATIVES: readonly NativeMethod[] = URI_FUNCTIONS.map((name) => ({
  name, length: 1,
  fn: (rt: RuntimeCore, _self: Word, args: Word[]): Word => {
    const text = rt.toStringValue(args[0] ?? UNDEF);
    return rt.str(hostCall(() => globalThis[name](text)));
  },
}));

/** node's btoa and atob: the host's on the argument's string (a character btoa cannot
 *  encode, or text atob cannot decode, is the host's "Invalid character"). */
export const BASE64_NATIVES: readonly NativeMethod[] = (['btoa', 'atob'] as const).map((name) => ({
  name, length: 1,
  fn: (rt: RuntimeCore, _self: Word, args: Word[]): Word => {
    if (args.length === 0) throw new KilnThrow('TypeError', 'The "input" argument must be specified');
    const text = rt.toStringValue(args[0]);
    try {
      return rt.str(globalThis[name](text));
    } catch (e) {
      throw new KilnThrow('Error', e instanceof Error ? e.message : String(e));
    }
  },
}));

const hasOwnProperty = OBJECT_PROTOTYPE_NATIVES.find((m) => m.name === 'hasOwnProperty')!;

/** Object.hasOwn(o, key): Object.prototype.hasOwnProperty with the object as an argument
 *  (ToObject first, so null and undefined throw before the key converts). */
export const OBJECT_HAS_OWN: NativeMethod = {
  name: 'hasOwn', length: 2,
  fn: (rt, _self, args, callee) => {
    const o = args[0] ?? UNDEF;
    if (o[0] === Tag.Undefined || o[0] === Tag.Null) throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
    return hasOwnProperty.fn(rt, o, [args[1] ?? UNDEF], callee);
  },
};
