// util.inspect.custom: node's inspect prints an object through its
// [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) method when it has one.
// kiln prints through host mirrors, so this file gives the mirror of such an object a host
// method under node's own symbol that calls the kiln method on the kiln object and hands its
// result back to node's inspect (a string is printed as it is, anything else is inspected).

import * as util from 'util';
import { Kind, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { numberWord, type CustomInspectMethod, type HostValue } from './values';
import type { Word } from './word';

const CUSTOM_INSPECT_KEY = 'nodejs.util.inspect.custom';
const UNDEF: Word = [Tag.Undefined, 0];

/** The third argument node passes: inspect itself, as kiln code calls it. */
const INSPECT_ARGUMENT: NativeMethod = {
  name: 'inspect',
  length: 2,
  fn: (rt, _self, args) => rt.str(util.inspect(rt.host(args[0] ?? UNDEF), hostOptions(rt.host(args[1] ?? UNDEF)))),
};

/** The inspect options a kiln object gives, without its functions (the stylize passed in is
 *  kiln's own, which the host cannot call; node's default does the same without colours). */
function hostOptions(options: HostValue): util.InspectOptions | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function')) as util.InspectOptions;
}

/** options.stylize: kiln prints without colours, where node's stylize returns the text. */
const STYLIZE: NativeMethod = {
  name: 'stylize',
  length: 2,
  fn: (rt, _self, args) => rt.str(rt.toStringValue(args[0] ?? UNDEF)),
};

/** Finds an object's custom inspect method and makes the host method that calls it. */
export class CustomInspect {
  /** The inspect and stylize functions handed to custom methods (made on first use). */
  private inspectFn = 0;
  private stylizeFn = 0;

  constructor(private readonly rt: RuntimeCore) {}

  /** The host method for kiln object `at`, or undefined when it has no custom method. */
  methodFor(at: number): CustomInspectMethod | undefined {
    const rt = this.rt;
    // No object can have the method before the program has made the symbol.
    const sym = rt.symbols.registeredSymbol(CUSTOM_INSPECT_KEY);
    if (sym === 0) return undefined;
    const self: Word = [Tag.Ptr, at];
    const method = rt.getProperty(self, rt.symbols.keyOf(sym));
    if (!rt.isCallable(method) || isPrototypeObject(rt, at)) return undefined;
    const helpers = this.helpers();
    return function (this: unknown, depth: unknown, options: unknown): unknown {
      const optionsObject = optionsFor(rt, options, helpers.stylize);
      rt.heap.pushHandle(optionsObject);
      let result: Word;
      try {
        result = rt.invoker.call(method, self, [hostWord(rt, depth), [Tag.Ptr, optionsObject], [Tag.Ptr, helpers.inspect]]);
      } finally {
        rt.heap.popHandle();
      }
      // Returning the object itself asks node to print it the ordinary way.
      if (result[0] === Tag.Ptr && result[1] === at) return this;
      return rt.host(result);
    };
  }

  private helpers(): { inspect: number; stylize: number } {
    if (this.inspectFn === 0) {
      this.inspectFn = this.rt.createNative(INSPECT_ARGUMENT);
      this.stylizeFn = this.rt.createNative(STYLIZE);
    }
    return { inspect: this.inspectFn, stylize: this.stylizeFn };
  }

  /** The functions it made (GC roots). */
  roots(): number[] {
    return this.inspectFn === 0 ? [] : [this.inspectFn, this.stylizeFn];
  }
}

/** node skips the method on an object that is its constructor's prototype (Foo.prototype). */
function isPrototypeObject(rt: RuntimeCore, at: number): boolean {
  const ctor = rt.getProperty([Tag.Ptr, at], 'constructor');
  if (ctor[0] !== Tag.Ptr || rt.heap.kindOf(ctor[1]) !== Kind.Function) return false;
  const proto = rt.getProperty(ctor, 'prototype');
  return proto[0] === Tag.Ptr && proto[1] === at;
}

/** A kiln object with the primitive inspect options node passed, plus stylize. */
function optionsFor(rt: RuntimeCore, options: unknown, stylizeFn: number): number {
  const obj = rt.objects.allocObject();
  if (typeof options === 'object' && options !== null) {
    for (const [key, value] of Object.entries(options)) {
      // (in node's order: stylize comes first)
      if (key === 'stylize') rt.objects.setOwn(obj, key, Tag.Ptr, stylizeFn);
      else if (value === null || typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol') {
        const w = hostWord(rt, value as HostValue);
        rt.objects.setOwn(obj, key, w[0], w[1]);
      }
    }
  }
  if (!rt.objects.getOwn(obj, 'stylize')) rt.objects.setOwn(obj, 'stylize', Tag.Ptr, stylizeFn);
  return obj;
}

function hostWord(rt: RuntimeCore, v: unknown): Word {
  if (typeof v === 'number') return numberWord(v);
  if (v === null) return [Tag.Null, 0];
  return rt.word(v as HostValue);
}
