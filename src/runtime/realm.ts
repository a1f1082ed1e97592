// The realm: the global object and every builtin as an ordinary value on it. Each builtin
// function is a native Function object (so `const max = Math.max`, `arr.map(Number)`,
// `Object.prototype.toString.call(x)` work), installed on its namespace (Math, JSON,
// console, process, ...) or constructor (Object, Array, Number, String, Boolean, Function),
// with node's `name` and `length`. The generator still compiles a direct call such as
// `Math.floor(x)` of an unshadowed global to a CallBuiltin instruction (the tiers' fast
// path): it assumes the program does not replace the builtin on its namespace.
//
// The frontend's REALM_GLOBALS lists the names installed here (test/realm.test.js checks
// the two agree); a global node has and kiln lacks stays a compile-time "unsupported".

import { Builtin, BUILTIN_CALLS, BUILTIN_CONSTANTS, BUILTIN_GLOBAL_CALLS } from '../bytecode/builtin-ids';
import { Kind, Tag } from './layout';
import { BoundFunctions, functionPrototypeNatives } from './function-natives';
import { LEGACY_ACCESSOR_NATIVES } from './object-legacy-accessors';
import { OBJECT_CONSTRUCTOR, OBJECT_PROTOTYPE_NATIVES } from './object-natives';
import { OBJECT_REFLECTION_NATIVES, PROTO_ACCESSOR } from './object-reflection';
import type { NativeMethod, RuntimeCore } from './runtime-core';
import { ARRAY_CONSTRUCTOR_NATIVES } from './array-natives-recent';
import { withConstructedReceiver } from './array-species';
import { constructedTimeValue, DATE_STATIC_NATIVES, dateToPrimitive, datePrototypeNatives, makeDate } from './dates';
import { BASE64_NATIVES, MATH_LIBRARY_NATIVES, OBJECT_HAS_OWN, STRING_CONSTRUCTOR_NATIVES, URI_NATIVES } from './library-natives';
import { PropFlag } from './shapes';
import { arrayNullReceiver, KilnThrow } from './errors';
import { formatArguments } from './format-directives';
import { numberWord } from './values';
import type { Word } from './word';
import * as util from 'util';

const UNDEF: Word = [Tag.Undefined, 0];
/** The attributes of value properties such as Math.PI and NaN. */
const CONSTANT = PropFlag.NonEnumerable | PropFlag.ReadOnly | PropFlag.NonConfigurable;

/** What the realm needs besides the runtime core: the one entry that runs a builtin id on
 *  value words (heap builtins and host ones alike). */
export type CallBuiltin = (id: Builtin, args: Word[]) => Word;

/** node's `length` of the builtins behind CallBuiltin ids (1 when not listed). */
const BUILTIN_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['console.log', 0], ['Math.max', 2], ['Math.min', 2], ['Math.hypot', 2], ['Math.atan2', 2], ['Math.pow', 2],
  ['Math.imul', 2], ['Math.random', 0], ['Date.now', 0], ['performance.now', 0], ['Object.assign', 2],
  ['JSON.stringify', 3], ['JSON.parse', 2], ['parseInt', 2], ['process.exit', 1], ['process.stdout.write', 1],
  ['process.hrtime', 1],
]);

/** node's `length` of the prototype methods kiln implements natively (0 when not listed). */
const METHOD_LENGTHS: ReadonlyMap<string, number> = new Map([
  // Array.prototype
  ['push', 1], ['unshift', 1], ['slice', 2], ['splice', 2], ['concat', 1], ['indexOf', 1], ['lastIndexOf', 1],
  ['includes', 1], ['join', 1], ['fill', 1], ['sort', 1], ['forEach', 1], ['map', 1], ['filter', 1], ['some', 1],
  ['every', 1], ['find', 1], ['findIndex', 1], ['reduce', 1], ['reduceRight', 1], ['findLast', 1], ['findLastIndex', 1],
  // String.prototype
  ['charAt', 1], ['charCodeAt', 1], ['substring', 2], ['startsWith', 1], ['endsWith', 1], ['split', 2], ['repeat', 1],
  ['padStart', 1], ['padEnd', 1], ['at', 1], ['codePointAt', 1], ['substr', 2], ['replace', 2], ['replaceAll', 2],
  // Number.prototype
  ['toFixed', 1], ['toString', 1], ['toPrecision', 1], ['toExponential', 1],
]);

/** Builds the global object of `rt` (called once, from the Runtime's constructor). */
export class Realm {
  readonly bound: BoundFunctions;
  private boundNative = 0;
  /** The realm's Array constructor (array-species.ts compares receivers and species with it). */
  arrayFn = 0;

  /** `Function(p1, …, pn, body)`: every argument converted to a string in order, then the
   *  front end compiles the function (dynamic-code.ts, through RuntimeCore's hook). */
  private createDynamicFunction(args: Word[]): Word {
    const texts = args.map((a) => this.rt.toStringValue(a));
    const body = texts.length > 0 ? texts.pop()! : '';
    return this.rt.compileFunction(texts.join(','), body);
  }

  constructor(
    private readonly rt: RuntimeCore,
    private readonly callBuiltin: CallBuiltin,
  ) {
    this.bound = new BoundFunctions(rt);
    rt.boundTargetOf = (fn) => (this.bound.isBound(fn) ? this.bound.targetOf(fn) : null);
  }

  /** A native function object with its `name` and `length`. */
  native(m: NativeMethod): number {
    return this.rt.createNative(m);
  }

  /** Defines methods on object `holder` (non-enumerable, as builtins are). */
  installMethods(holder: number, methods: readonly NativeMethod[]): void {
    for (const m of methods) this.define(holder, m.name, [Tag.Ptr, this.native({ ...m, length: m.length ?? METHOD_LENGTHS.get(m.name) ?? 0 })]);
  }

  private define(holder: number, key: string, w: Word): void {
    const rt = this.rt;
    const target = rt.heap.kindOf(holder) === Kind.Function ? rt.objects.functionProperties(holder, true) : holder;
    rt.objects.defineOwn(target, key, w[0], w[1], PropFlag.NonEnumerable);
  }

  /** A native for a CallBuiltin id, as a value. */
  private builtinFunction(path: string, id: Builtin): number {
    const name = path.slice(path.lastIndexOf('.') + 1);
    return this.native({ name, length: BUILTIN_LENGTHS.get(path) ?? 1, fn: (_rt, _self, args) => this.callBuiltin(id, args) });
  }

  /** A plain object holding namespace members (Math, JSON, console, ...). */
  namespace(): number {
    return this.rt.objects.allocObject();
  }

  /** Installs everything; `constructors` are those made elsewhere (Error types, Map, Set),
   *  already global. */
  install(): void {
    const rt = this.rt;
    const o = rt.objects;
    const g = rt.globalObject;
    this.boundNative = this.native(this.bound.native);

    // ---- constructors whose prototypes the object model made ----
    // Function.prototype is a function of length 0 named '' (what `delete f.name` uncovers).
    o.defineOwn(o.functionProto, 'length', Tag.Int32, 0, PropFlag.NonEnumerable | PropFlag.ReadOnly);
    o.defineOwn(o.functionProto, 'name', Tag.Ptr, rt.heap.internString(''), PropFlag.NonEnumerable | PropFlag.ReadOnly);
    const objectFn = this.constructorFunction(OBJECT_CONSTRUCTOR, o.objectProto);
    this.installMethods(o.objectProto, OBJECT_PROTOTYPE_NATIVES);
    this.installMethods(o.objectProto, LEGACY_ACCESSOR_NATIVES);
    this.installMethods(objectFn, OBJECT_REFLECTION_NATIVES);
    rt.props.define(o.objectProto, '__proto__', Tag.Ptr, this.native(PROTO_ACCESSOR.get), PropFlag.NonEnumerable, 'get');
    rt.props.define(o.objectProto, '__proto__', Tag.Ptr, this.native(PROTO_ACCESSOR.set), PropFlag.NonEnumerable, 'set');
    const functionFn = this.constructorFunction({
      name: 'Function', length: 1,
      fn: (_rt, _self, args) => this.createDynamicFunction(args),
      construct: (_rt, args) => this.createDynamicFunction(args),
    }, o.functionProto);
    this.installMethods(o.functionProto, functionPrototypeNatives(this.bound, () => this.boundNative));
    const arrayFn = this.constructorFunction({
      name: 'Array', length: 1,
      fn: (_rt, _self, args) => this.callBuiltin(Builtin.ArrayConstruct, args),
      construct: (r, args, newTarget) => {
        // `class List extends Array`: the new array's prototype is List.prototype.
        const a = this.callBuiltin(Builtin.ArrayConstruct, args);
        const proto = r.prototypeForNew(newTarget);
        if (proto !== o.arrayProto) o.setPrototype(o.arrayProperties(a[1], true), proto);
        return a;
      },
    }, o.arrayProto);
    this.arrayFn = arrayFn;
    this.installMethods(arrayFn, withConstructedReceiver(ARRAY_CONSTRUCTOR_NATIVES, () => arrayFn));
    this.installMethods(o.arrayProto, [{
      name: 'toString', length: 0,
      fn: (r, self) => {
        if (self[0] === Tag.Undefined || self[0] === Tag.Null) throw arrayNullReceiver('toString');
        const join = r.getProperty(self, 'join');
        return r.isCallable(join) ? r.invoker.call(join, self, []) : r.str(`[object ${r.objects.isArray(self[0], self[1]) ? 'Array' : 'Object'}]`);
      },
    }, {
      // Each element's own toLocaleString(locales, options) (ECMA-402), '' for undefined
      // and null, joined by ','.
      name: 'toLocaleString', length: 0,
      fn: (r, self, args) => {
        const array = r.toObject(self);
        const length = r.toNumber(r.getProperty(array, 'length'));
        const parts: string[] = [];
        for (let i = 0; i < length; i++) {
          const element = r.getProperty(array, i);
          if (element[0] === Tag.Undefined || element[0] === Tag.Null) {
            parts.push('');
            continue;
          }
          const method = r.getProperty(element, 'toLocaleString');
          if (!r.isCallable(method)) throw new KilnThrow('TypeError', `${r.describe(method[0], method[1])} is not a function`);
          parts.push(r.toStringValue(r.invoker.call(method, element, args.slice(0, 2))));
        }
        return r.str(parts.join(','));
      },
    }]);
    const numberFn = this.constructorFunction({
      name: 'Number', length: 1,
      fn: (_rt, _self, args) => this.callBuiltin(Builtin.NumberConvert, args),
      construct: (r, args, newTarget) => [Tag.Ptr, r.wrap(numberWord(args.length === 0 ? 0 : r.toNumber(args[0])), r.prototypeForNew(newTarget))],
    }, o.numberProto);
    this.installMethods(o.numberProto, [primitiveValueOf('Number')]);
    const stringFn = this.constructorFunction({
      name: 'String', length: 1,
      fn: (_rt, _self, args) => this.callBuiltin(Builtin.StringConvert, args),
      // `new String(symbol)` converts (a TypeError) where `String(symbol)` describes it.
      construct: (r, args, newTarget) => [Tag.Ptr, r.wrap(args.length === 0 ? r.str('') : r.str(r.toStringValue(args[0])), r.prototypeForNew(newTarget))],
    }, o.stringProto);
    this.define(stringFn, 'raw', [Tag.Ptr, this.native(STRING_RAW)]);
    this.installMethods(stringFn, STRING_CONSTRUCTOR_NATIVES);
    this.installMethods(o.stringProto, [primitiveValueOf('String', 'toString'), primitiveValueOf('String')]);
    // Annex B's trimLeft and trimRight are the very function objects trimStart and trimEnd.
    for (const [alias, name] of [['trimLeft', 'trimStart'], ['trimRight', 'trimEnd']] as const) {
      if (o.getOwn(o.stringProto, name)) this.define(o.stringProto, alias, [o.rhi, o.rlo]);
    }
    const booleanFn = this.constructorFunction({
      name: 'Boolean', length: 1,
      fn: (r, _self, args) => [Tag.Bool, r.toBoolean(args[0] ?? UNDEF) ? 1 : 0],
      construct: (r, args, newTarget) => [Tag.Ptr, r.wrap([Tag.Bool, r.toBoolean(args[0] ?? UNDEF) ? 1 : 0], r.prototypeForNew(newTarget))],
    }, o.booleanProto);
    this.installMethods(o.booleanProto, [
      { name: 'toString', length: 0, fn: (r, self) => r.str(r.thisPrimitive(self, 'Boolean', 'toString')[1] === 1 ? 'true' : 'false') },
      primitiveValueOf('Boolean'),
    ]);
    const dateProto = o.allocObject(o.objectProto);
    const dateFn = this.constructorFunction({
      name: 'Date', length: 7,
      // Date() called: the current time as a string, whatever the arguments.
      fn: (r) => r.str(new Date().toString()),
      construct: (r, args, newTarget) => makeDate(r, r.prototypeForNew(newTarget), constructedTimeValue(r, args)),
    }, dateProto);
    this.installMethods(dateProto, datePrototypeNatives());
    rt.objects.defineOwn(dateProto, rt.symbols.wellKnownKey('toPrimitive'), Tag.Ptr, this.native(dateToPrimitive()), PropFlag.NonEnumerable | PropFlag.ReadOnly);
    this.installMethods(dateFn, DATE_STATIC_NATIVES);
    for (const [name, fn] of [
      ['Object', objectFn], ['Function', functionFn], ['Array', arrayFn], ['Number', numberFn],
      ['String', stringFn], ['Boolean', booleanFn], ['Date', dateFn],
    ] as const) rt.defineGlobal(name, [Tag.Ptr, fn]);

    // ---- namespaces ----
    const namespaces = new Map<string, number>([
      ['Object', objectFn], ['Array', arrayFn], ['Number', numberFn], ['String', stringFn], ['Date', dateFn],
    ]);
    for (const name of ['Math', 'JSON', 'console', 'process', 'performance']) {
      const ns = this.namespace();
      namespaces.set(name, ns);
      rt.defineGlobal(name, [Tag.Ptr, ns]);
    }
    const holderOf = (path: string): number => {
      const parts = path.split('.');
      let holder = namespaces.get(parts[0])!;
      for (const part of parts.slice(1, -1)) {
        // process.stdout: a namespace inside a namespace.
        const key = `${parts[0]}.${part}`;
        let inner = namespaces.get(key);
        if (inner === undefined) {
          inner = this.namespace();
          namespaces.set(key, inner);
          rt.objects.defineOwn(holder, part, Tag.Ptr, inner, 0);
        }
        holder = inner;
      }
      return holder;
    };
    for (const [path, id] of BUILTIN_CALLS) {
      this.define(holderOf(path), path.slice(path.lastIndexOf('.') + 1), [Tag.Ptr, this.builtinFunction(path, id)]);
    }
    for (const [path, value] of BUILTIN_CONSTANTS) {
      // Math.PI, Number.MAX_SAFE_INTEGER, ...: neither writable nor configurable.
      const holder = holderOf(path);
      const target = rt.heap.kindOf(holder) === Kind.Function ? rt.objects.functionProperties(holder, true) : holder;
      const w = numberWord(value);
      rt.objects.defineOwn(target, path.slice(path.lastIndexOf('.') + 1), w[0], w[1], CONSTANT);
    }
    this.installMethods(namespaces.get('Math')!, MATH_LIBRARY_NATIVES);
    this.installMethods(objectFn, [OBJECT_HAS_OWN]);
    for (const m of [...URI_NATIVES, ...BASE64_NATIVES]) rt.defineGlobal(m.name, [Tag.Ptr, this.native(m)]);
    // console's other printing methods are node's own (stderr for error and warn).
    const consoleNs = namespaces.get('console')!;
    // (group indents what console.log prints next, as in node: it is node's console.)
    // Those that format their arguments as console.log does resolve the directives that run
    // the program's code in kiln first (format-directives.ts); console.assert formats what
    // follows its condition.
    const formats = new Set(['error', 'warn', 'info', 'debug', 'group', 'groupCollapsed', 'dirxml']);
    for (const name of ['error', 'warn', 'info', 'debug', 'dirxml', 'dir', 'table', 'assert', 'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd', 'time', 'timeEnd', 'timeLog'] as const) {
      this.define(consoleNs, name, [Tag.Ptr, this.native({
        name, length: 0,
        fn: (r, _self, args) => {
          const host = formats.has(name) ? formatArguments(r, args)
            : name === 'assert' && args.length > 1 ? [r.host(args[0]), ...formatArguments(r, args.slice(1))]
            : name === 'dir' && args.length > 1 ? [r.hostForInspect(args[0], args[1]), ...args.slice(1).map((a) => r.host(a))]
            : args.map((a) => r.host(a));
          (console[name] as (...a: unknown[]) => void)(...host);
          return UNDEF;
        },
      })]);
    }
    // console.trace: node's `Trace: <formatted>` and the stack from its caller, on stderr
    // (an object given the stack as Error.captureStackTrace gives one, as node's does).
    this.define(consoleNs, 'trace', [Tag.Ptr, this.native({
      name: 'trace', length: 0,
      fn: (r, _self, args, callee) => {
        const message = util.format(...formatArguments(r, args));
        const holder = r.objects.allocObject();
        r.objects.setOwn(holder, 'name', Tag.Ptr, r.heap.allocString('Trace'));
        r.objects.setOwn(holder, 'message', Tag.Ptr, r.heap.allocString(message));
        const errorFn = r.getProperty([Tag.Ptr, r.globalObject], 'Error');
        r.heap.pushHandle(holder);
        try {
          r.invoker.call(r.getProperty(errorFn, 'captureStackTrace'), errorFn, [[Tag.Ptr, holder], [Tag.Ptr, callee]]);
          console.error(r.toStringValue(r.getProperty([Tag.Ptr, holder], 'stack')));
        } finally {
          r.heap.popHandle();
        }
        return UNDEF;
      },
    })]);
    this.processNs = namespaces.get('process')!;
    // process.stdout is an open stream node reports writable.
    rt.objects.defineOwn(namespaces.get('process.stdout')!, 'writable', Tag.Bool, 1, PropFlag.NonEnumerable);
    rt.objects.defineOwn(this.processNs, 'platform', Tag.Ptr, rt.heap.allocString(process.platform), 0);
    // process.env: the environment as the program starts (an object of strings, whose
    // writes convert to strings: PropertyOps.envObject).
    const env = rt.objects.allocObject();
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined) rt.objects.setOwn(env, key, Tag.Ptr, rt.heap.allocString(value));
    }
    rt.objects.makeDictionary(env);
    rt.props.envObject = env;
    rt.objects.defineOwn(this.processNs, 'env', Tag.Ptr, env, 0);

    // ---- global functions (Number.parseFloat is the same function as parseFloat) ----
    for (const [name, id] of BUILTIN_GLOBAL_CALLS) {
      if (name === 'String' || name === 'Number' || name === 'Array') continue;
      const fn = this.builtinFunction(name, id);
      rt.defineGlobal(name, [Tag.Ptr, fn]);
      if (name === 'parseInt' || name === 'parseFloat') this.define(numberFn, name, [Tag.Ptr, fn]);
    }
    const numberPredicates: [string, (x: number) => boolean][] = [
      ['isFinite', Number.isFinite], ['isNaN', Number.isNaN], ['isSafeInteger', Number.isSafeInteger],
    ];
    for (const [name, test] of numberPredicates) {
      this.define(numberFn, name, [Tag.Ptr, this.native({
        name, length: 1,
        fn: (r, _self, args) => {
          const v = args[0] ?? UNDEF;
          return [Tag.Bool, (v[0] === Tag.Int32 || v[0] < Tag.MIN) && test(r.toNumber(v)) ? 1 : 0];
        },
      })]);
    }
    rt.defineGlobal('isFinite', [Tag.Ptr, this.native({
      name: 'isFinite', length: 1,
      fn: (r, _self, args) => [Tag.Bool, Number.isFinite(r.toNumber(r.toPrimitive(args[0] ?? UNDEF, 'default'))) ? 1 : 0],
    })]);
    // eval as a value: an indirect eval (a call `eval(code)` is a DirectEval instruction,
    // direct when the callee is this function).
    rt.intrinsicEval = this.native({
      name: 'eval', length: 1,
      fn: (r, _self, args) => r.evaluateScript(args[0] ?? UNDEF),
    });
    rt.defineGlobal('eval', [Tag.Ptr, rt.intrinsicEval]);
    // undefined, NaN and Infinity (read-only in node; kiln's generator loads them as constants).
    for (const [name, w] of [['undefined', UNDEF], ['NaN', numberWord(NaN)], ['Infinity', numberWord(Infinity)]] as const) {
      rt.objects.defineOwn(g, name, w[0], w[1], CONSTANT);
    }
  }

  processNs = 0;

  /** The values the library computes (process.argv), once the pipeline has set it up. */
  installLibraryValues(): void {
    const argv = this.callBuiltin(Builtin.ProcessArgv, []);
    this.rt.objects.defineOwn(this.processNs, 'argv', argv[0], argv[1], 0);
  }

  /** A native constructor whose `prototype` is `proto` (and proto.constructor it). */
  private constructorFunction(m: NativeMethod, proto: number): number {
    const fn = this.native(m);
    this.rt.props.define(fn, 'prototype', Tag.Ptr, proto, CONSTANT);
    this.rt.objects.defineOwn(proto, 'constructor', Tag.Ptr, fn, PropFlag.NonEnumerable);
    return fn;
  }

  /** What the realm holds that no heap object reaches: the function object bound functions
   *  are cloned from, and what bound functions keep alive. */
  roots(): number[] {
    // process.env stays alive even when the program replaces it: PropertyOps knows it by its
    // address, which must not go to another object.
    const env = this.rt.props.envObject === 0 ? [] : [this.rt.props.envObject];
    return this.boundNative ? [this.boundNative, ...env, ...this.bound.roots()] : [...env, ...this.bound.roots()];
  }
}

/** String.raw(template, ...substitutions): the raw strings with the substitutions between
 *  them (what a String.raw`...` tag receives, or any object with a `raw` array-like). */
const STRING_RAW: NativeMethod = {
  name: 'raw', length: 1,
  fn: (rt, _self, args) => {
    const cooked = rt.toObject(args[0] ?? UNDEF);
    const raw = rt.getProperty(cooked, 'raw');
    if (raw[0] === Tag.Undefined || raw[0] === Tag.Null) rt.toObject(raw); // its TypeError (a string primitive reads as one)
    const count = Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.trunc(rt.toNumber(rt.getProperty(raw, 'length'))) || 0));
    let text = '';
    for (let i = 0; i < count; i++) {
      text += rt.toStringValue(rt.getProperty(raw, i));
      if (i + 1 < count && i + 1 < args.length) text += rt.toStringValue(args[i + 1]);
    }
    return rt.str(text);
  },
};

/** Number/String/Boolean.prototype.valueOf (or toString): the primitive itself, or a
 *  TypeError for any other receiver. */
function primitiveValueOf(type: 'Number' | 'String' | 'Boolean', name: 'valueOf' | 'toString' = 'valueOf'): NativeMethod {
  return { name, length: 0, fn: (rt, self) => rt.thisPrimitive(self, type, name) };
}
