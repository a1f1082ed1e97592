// Function.prototype's methods (call, apply, bind, toString) and bound functions. A bound
// function is an ordinary Function object of one shared native id (BOUND_FUNCTION): its
// target, receiver and leading arguments live in a record beside the heap, keyed by the
// function object, whose words the GC treats as roots and which dies with the function
// (the collector's `freed` hook calls forgetBound). Its own `name` ("bound f") and `length`
// are data properties defined at bind time, as the spec's BoundFunctionCreate does.

import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEF: Word = [Tag.Undefined, 0];

interface BoundRecord {
  readonly target: Word;
  readonly self: Word;
  readonly args: readonly Word[];
}

/** What the bound functions of one runtime need: the records, and the native id to make
 *  their function objects from. */
export class BoundFunctions {
  private readonly records = new Map<number, BoundRecord>();
  /** The native every bound function object is an instance of (set by the realm). */
  native: NativeMethod;

  constructor(private readonly rt: RuntimeCore) {
    this.native = {
      // V8 shows no frame for a bound function: its target's frame follows its caller's.
      name: 'bound', hiddenInStack: true,
      fn: (_rt, _self, args, callee) => {
        const r = this.record(callee);
        return this.rt.invoker.call(r.target, r.self, [...r.args, ...args]);
      },
      construct: (_rt, args, newTarget, callee) => {
        const r = this.record(callee);
        const nt: Word = newTarget[1] === callee ? r.target : newTarget;
        return this.rt.construct(r.target, [...r.args, ...args], nt, this.rt.describe(r.target[0], r.target[1]));
      },
    };
  }

  private record(fn: number): BoundRecord {
    const r = this.records.get(fn);
    if (!r) throw new Error('kiln internal error: a bound function without its record');
    return r;
  }

  /** Is function object fn a bound function (its construct depends on its target)? */
  isBound(fn: number): boolean {
    return this.records.has(fn);
  }

  targetOf(fn: number): Word {
    return this.record(fn).target;
  }

  /** `target.bind(self, ...args)`. */
  bind(boundNative: number, target: Word, self: Word, args: Word[]): Word {
    const rt = this.rt;
    const fn = rt.cloneFunction(boundNative);
    this.records.set(fn, { target, self, args });
    const o = rt.objects;
    // The bound function's [[Prototype]] is its target's.
    const bag = o.functionProperties(fn, true, o.protoOf(target[1]));
    const targetLength = rt.getProperty(target, 'length');
    const n = targetLength[0] === Tag.Int32 || targetLength[0] < Tag.MIN ? rt.toNumber(targetLength) : 0;
    const length = Math.max(0, (n === Infinity ? n : Math.trunc(n) || 0) - args.length);
    const targetName = rt.getProperty(target, 'name');
    const name = targetName[0] === Tag.Ptr && rt.heap.kindOf(targetName[1]) === Kind.String ? rt.heap.readString(targetName[1]) : '';
    const lengthWord = rt.word(length);
    o.defineOwn(bag, 'length', lengthWord[0], lengthWord[1], PropFlag.NonEnumerable);
    o.defineOwn(bag, 'name', Tag.Ptr, rt.heap.allocString(`bound ${name}`), PropFlag.NonEnumerable);
    return [Tag.Ptr, fn];
  }

  /** Heap offsets the records keep alive. */
  roots(): number[] {
    const roots: number[] = [];
    for (const r of this.records.values()) {
      for (const w of [r.target, r.self, ...r.args]) if (w[0] === Tag.Ptr) roots.push(w[1]);
    }
    return roots;
  }

  /** The collector freed function object `at`. */
  forget(at: number): void {
    this.records.delete(at);
  }
}

function callableThis(rt: RuntimeCore, self: Word, method: string): Word {
  if (!rt.isCallable(self)) {
    throw new KilnThrow('TypeError', `Function.prototype.${method} called on a non-function`);
  }
  return self;
}

/** CreateListFromArrayLike: the arguments `apply` passes. */
export function argumentsFromArrayLike(rt: RuntimeCore, list: Word): Word[] {
  if (list[0] === Tag.Undefined || list[0] === Tag.Null) return [];
  if (list[0] !== Tag.Ptr || rt.heap.kindOf(list[1]) === Kind.String) {
    throw new KilnThrow('TypeError', 'CreateListFromArrayLike called on non-object');
  }
  const length = rt.toNumber(rt.getProperty(list, 'length'));
  const n = Math.min(Math.max(Math.trunc(length) || 0, 0), 2 ** 32 - 1);
  if (n > 65535) throw new KilnThrow('RangeError', 'Maximum call stack size exceeded');
  const args: Word[] = [];
  for (let i = 0; i < n; i++) args.push(rt.getProperty(list, i));
  return args;
}

/** Function.prototype's methods; `bound` makes bound functions. */
export function functionPrototypeNatives(bound: BoundFunctions, boundNative: () => number): NativeMethod[] {
  return [
    {
      name: 'call', length: 1, hiddenInStack: true,
      fn: (rt, self, args) => rt.invoker.call(callableThis(rt, self, 'call'), args[0] ?? UNDEF, args.slice(1)),
    },
    {
      name: 'apply', length: 2, hiddenInStack: true,
      fn: (rt, self, args) => rt.invoker.call(callableThis(rt, self, 'apply'), args[0] ?? UNDEF, argumentsFromArrayLike(rt, args[1] ?? UNDEF)),
    },
    {
      name: 'bind', length: 1,
      fn: (rt, self, args) => {
        if (!rt.isCallable(self)) throw new KilnThrow('TypeError', 'Bind must be called on a function');
        return bound.bind(boundNative(), self, args[0] ?? UNDEF, args.slice(1));
      },
    },
    {
      name: 'toString', length: 0,
      fn: (rt, self) => {
        if (!rt.isCallable(self)) throw new KilnThrow('TypeError', 'Function.prototype.toString requires that \'this\' be a Function');
        return rt.str(rt.functionSource(self[1]));
      },
    },
  ];
}
