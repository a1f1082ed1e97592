// The Error family of the runtime library: Error, TypeError, RangeError, ReferenceError and
// SyntaxError as native constructor functions (global values, LoadGlobal), their prototypes
// (name, message '' and toString on Error.prototype; each subclass's prototype inherits from
// it), and error objects: own `stack` then `message`, as V8 makes them. Errors the runtime
// raises itself (KilnThrow without a value) become such objects only when a handler
// catches them, so the common uncaught or never-caught path allocates nothing.

import { KilnThrow, type ErrorName, type StackEntry } from './errors';
import { Kind, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import type { Word } from './word';
import { PropFlag } from './shapes';

export const ERROR_NAMES: readonly ErrorName[] = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'];

export class ErrorObjects {
  /** Prototype object by error name (Error.prototype first). */
  readonly prototypes = new Map<ErrorName, number>();

  constructor(private readonly rt: RuntimeCore) {
    const o = rt.objects;
    const base = o.allocObject(o.objectProto);
    for (const name of ERROR_NAMES) {
      const proto = name === 'Error' ? base : o.allocObject(base);
      o.defineOwn(proto, 'name', Tag.Ptr, rt.heap.internString(name), PropFlag.NonEnumerable);
      o.defineOwn(proto, 'message', Tag.Ptr, rt.heap.internString(''), PropFlag.NonEnumerable);
      this.prototypes.set(name, proto);
    }
  }

  /** Native methods of Error.prototype. */
  prototypeMethods(): NativeMethod[] {
    return [{ name: 'toString', fn: (rt, self) => rt.str(this.errorToString(self)) }];
  }

  /** The constructors, called with or without `new` (the two are the same for errors). */
  constructors(): NativeMethod[] {
    return ERROR_NAMES.map((name) => ({
      name,
      fn: (rt: RuntimeCore, _self: Word, args: Word[]): Word => {
        const message = args.length > 0 && args[0][0] !== Tag.Undefined ? rt.toStringValue(args[0]) : undefined;
        return [Tag.Ptr, this.create(this.prototypes.get(name)!, name, message, rt.captureStack())];
      },
      // `new E(m)`, and super(m) in a class extending E: the prototype comes from newTarget.
      construct: (rt: RuntimeCore, args: Word[], newTarget: Word): Word => {
        const message = args.length > 0 && args[0][0] !== Tag.Undefined ? rt.toStringValue(args[0]) : undefined;
        const proto = rt.prototypeForNew(newTarget);
        rt.props.get(Tag.Ptr, proto, 'name');
        const shown = rt.objects.rhi === Tag.Ptr && rt.heap.kindOf(rt.objects.rlo) === Kind.String ? rt.heap.readString(rt.objects.rlo) : name;
        return [Tag.Ptr, this.create(proto, shown, message, rt.captureStack())];
      },
    }));
  }

  /** Links constructor function `fn` of error `name` with its prototype (`E.prototype`,
   *  `E.prototype.constructor`, non-enumerable); TypeError and the others inherit from Error. */
  link(name: ErrorName, fn: number, errorFn: number): void {
    const { objects, props } = this.rt;
    const proto = this.prototypes.get(name)!;
    if (name !== 'Error') objects.functionProperties(fn, true, errorFn);
    props.define(fn, 'prototype', Tag.Ptr, proto, PropFlag.NonEnumerable);
    objects.defineOwn(proto, 'constructor', Tag.Ptr, fn, PropFlag.NonEnumerable);
  }

  /** A new error object: own `stack` ("Name: message" and one line per frame), then
   *  `message` when one was given. */
  create(proto: number, name: string, message: string | undefined, stack: readonly StackEntry[]): number {
    const { objects, heap } = this.rt;
    const obj = objects.allocObject(proto);
    const header = message ? `${name}: ${message}` : name;
    const text = [header, ...stack.map(formatFrame)].join('\n');
    objects.defineOwn(obj, 'stack', Tag.Ptr, heap.allocString(text), PropFlag.NonEnumerable);
    if (message !== undefined) objects.defineOwn(obj, 'message', Tag.Ptr, heap.allocString(message), PropFlag.NonEnumerable);
    return obj;
  }

  /** The language value of a caught exception: what was thrown, or for an error the runtime
   *  raised, a new error object of its kind (made once, then kept on the exception). */
  valueOf(e: KilnThrow): Word {
    if (!e.value) {
      e.value = [Tag.Ptr, this.create(this.prototypes.get(e.errorName)!, e.errorName, e.errorMessage, e.kilnStack)];
    }
    return e.value;
  }

  /** Error.prototype.toString. */
  errorToString(self: Word): string {
    if (self[0] !== Tag.Ptr) throw new KilnThrow('TypeError', 'Error.prototype.toString requires that \'this\' be an Object');
    const name = this.stringProperty(self, 'name', 'Error');
    const message = this.stringProperty(self, 'message', '');
    if (!name) return message;
    if (!message) return name;
    return `${name}: ${message}`;
  }

  /** What an uncaught exception prints as its `Name: message` line (node prints the
   *  error's current name and message), or the value itself for a non-error. */
  describeUncaught(value: Word): string {
    const rt = this.rt;
    if (value[0] === Tag.Ptr && this.isError(value[1])) return this.errorToString(value);
    if (value[0] === Tag.Ptr && rt.heap.kindOf(value[1]) === Kind.String) return rt.toStringValue(value);
    return rt.describe(value[0], value[1]);
  }

  /** Does the object have an error prototype on its chain? */
  isError(obj: number): boolean {
    const o = this.rt.objects;
    const errorProto = this.prototypes.get('Error')!;
    if (this.rt.heap.kindOf(obj) !== Kind.Object) return false;
    for (let p = o.shapeOf(obj).proto; p !== 0; p = o.shapeOf(p).proto) if (p === errorProto) return true;
    return false;
  }

  private stringProperty(self: Word, key: string, fallback: string): string {
    const rt = this.rt;
    rt.props.get(self[0], self[1], key);
    const w: Word = [rt.objects.rhi, rt.objects.rlo];
    return w[0] === Tag.Undefined ? fallback : rt.toStringValue(w);
  }

  roots(): number[] {
    return [...this.prototypes.values()];
  }
}

function formatFrame(e: StackEntry): string {
  return `    at ${e.functionName || 'Object.<anonymous>'} (${e.file}:${e.line}:${e.column})`;
}
