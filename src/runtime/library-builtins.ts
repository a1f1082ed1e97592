// The library builtins behind CallBuiltin ids from MapConstruct on: new Map/new Set,
// Object.assign, JSON (stringify in json.ts), Math.random and the `process` members kiln
// models (argv, exit, stdout.write, hrtime). JSON.parse and process members apply the
// host's own implementation (so formatting and error messages are node's), then turn
// results back into heap values.

import { Builtin } from '../bytecode/builtin-ids';
import { constructCollection } from './collection-natives';
import { hostLibraryCall, KilnThrow } from './errors';
import { jsonStringify } from './json';
import { Kind, Tag } from './layout';
import { forEachOwnEnumerable, keyOfOwn, withHandles } from './object-reflection';
import { RandomSource } from './random';
import type { RuntimeCore } from './runtime-core';
import type { Word } from './word';
import { numberWord } from './values';

const UNDEF: Word = [Tag.Undefined, 0];

export interface LibraryConfig {
  /** process.argv: [node's path, the script's absolute path, ...the program's arguments]. */
  readonly argv: readonly string[];
  readonly randomSeed?: number;
  /** process.exit(...args): runs the 'exit' listeners and ends the process (process-natives.ts). */
  readonly exit: (args: readonly Word[]) => never;
}

export class LibraryBuiltins {
  private readonly random: RandomSource;
  /** The process.argv array (made at first use; a GC root from then on). */
  private argvArray = 0;

  constructor(
    private readonly rt: RuntimeCore,
    private readonly config: LibraryConfig,
  ) {
    this.random = new RandomSource(config.randomSeed);
  }

  roots(): number[] {
    return this.argvArray === 0 ? [] : [this.argvArray];
  }

  call(id: Builtin, args: Word[]): Word {
    const rt = this.rt;
    const arg = (i: number): Word => args[i] ?? UNDEF;
    switch (id) {
      case Builtin.MapConstruct:
        return constructCollection(rt, 'map', arg(0));
      case Builtin.SetConstruct:
        return constructCollection(rt, 'set', arg(0));
      case Builtin.ObjectAssign:
        return this.assign(arg(0), args.slice(1));
      case Builtin.JsonStringify:
        return jsonStringify(rt, arg(0), arg(1), arg(2));
      case Builtin.JsonParse:
        return this.parse(arg(0), args.length > 1 ? arg(1) : UNDEF);
      case Builtin.MathRandom:
        return numberWord(this.random.next());
      case Builtin.ProcessArgv:
        if (this.argvArray === 0) this.argvArray = rt.newArray(this.config.argv.map((s) => rt.str(s)))[1];
        return [Tag.Ptr, this.argvArray];
      case Builtin.ProcessExit:
        return this.config.exit(args);
      case Builtin.ProcessStdoutWrite:
        return this.writeStdout(args);
      case Builtin.ProcessHrtime: {
        const prev = args.length === 0 || arg(0)[0] === Tag.Undefined ? undefined : this.hrtimeArgument(arg(0));
        const [s, ns] = process.hrtime(prev);
        return rt.newArray([numberWord(s), numberWord(ns)]);
      }
      default:
        throw new Error(`kiln internal error: builtin ${id} is not a library builtin`);
    }
  }

  // ---- Object.assign --------------------------------------------------------------------
  /** Each source's own enumerable properties (symbol keys too) written to the target with
   *  [[Set]] as strict code writes: setters run, and a read-only property, a getter without
   *  a setter or a non-extensible target is node's TypeError (properties.ts). */
  private assign(target: Word, sources: Word[]): Word {
    const rt = this.rt;
    if (target[0] === Tag.Undefined || target[0] === Tag.Null) {
      throw new KilnThrow('TypeError', 'Cannot convert undefined or null to object');
    }
    const to = rt.toObject(target);
    // Primitive sources other than strings have no own enumerable properties: they add nothing.
    return withHandles(rt, [to, ...sources], () => {
      for (const source of sources) {
        if (source[0] !== Tag.Ptr) continue;
        forEachOwnEnumerable(rt, source, (key, v) => rt.props.set(to[0], to[1], keyOfOwn(key), v[0], v[1], true));
      }
      return to;
    });
  }

  // ---- JSON -----------------------------------------------------------------------------
  private parse(text: Word, reviver: Word): Word {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.rt.toStringValue(text));
    } catch (e) {
      if (e instanceof SyntaxError) {
        const error = new KilnThrow('SyntaxError', e.message);
        error.builtinFrame = 'JSON.parse';
        throw error;
      }
      throw e;
    }
    const result = this.fromJson(parsed);
    if (!this.rt.isCallable(reviver)) return result;
    const root = this.rt.objects.allocObject();
    this.rt.objects.setOwn(root, '', result[0], result[1]);
    this.rt.heap.pushHandle(root);
    try {
      return this.internalize([Tag.Ptr, root], '', reviver);
    } finally {
      this.rt.heap.popHandle();
    }
  }

  /** The spec's InternalizeJSONProperty: the reviver sees every property bottom-up, with
   *  the holder as `this`; returning undefined deletes the property. The value walked is
   *  held by a handle: the reviver may detach it from its holder, and may collect. */
  private internalize(holder: Word, name: string | number, reviver: Word): Word {
    const rt = this.rt;
    const props = rt.props;
    const val = rt.getProperty(holder, name);
    if (val[0] === Tag.Ptr && rt.convert.isObject(val)) {
      rt.heap.pushHandleWord(val);
      try {
        const keys: (string | number)[] = [];
        if (rt.objects.isArray(val[0], val[1])) {
          const length = rt.toNumber(rt.getProperty(val, 'length'));
          for (let i = 0; i < length; i++) keys.push(i);
        } else {
          keys.push(...props.ownKeys(val[0], val[1]).map((k) => props.toKey(Tag.Ptr, rt.heap.internString(k))));
        }
        for (const key of keys) {
          const element = this.internalize(val, key, reviver);
          if (element[0] === Tag.Undefined) props.delete(val[0], val[1], key);
          else props.set(val[0], val[1], key, element[0], element[1]);
        }
      } finally {
        rt.heap.popHandle();
      }
    }
    return rt.invoker.call(reviver, holder, [rt.str(String(name)), val]);
  }

  /** A parsed JSON value as heap values (no collection can run while this allocates). */
  private fromJson(v: unknown): Word {
    const rt = this.rt;
    if (v === null) return [Tag.Null, 0];
    switch (typeof v) {
      case 'number': return numberWord(v);
      case 'string': return rt.str(v);
      case 'boolean': return [Tag.Bool, v ? 1 : 0];
      default:
        break;
    }
    if (Array.isArray(v)) return rt.newArray(v.map((e) => this.fromJson(e)));
    const obj = rt.objects.allocObject();
    for (const [k, e] of Object.entries(v as Record<string, unknown>)) {
      const [hi, lo] = this.fromJson(e);
      rt.objects.setOwn(obj, k, hi, lo);
    }
    return [Tag.Ptr, obj];
  }

  // ---- process ----------------------------------------------------------------------------
  /** process.stdout.write(chunk[, encoding][, callback]): the callback runs on a later tick
   *  (process.nextTick), once the write is done, as node's stream calls it. */
  private writeStdout(args: Word[]): Word {
    const rt = this.rt;
    const chunk = this.chunk(args[0] ?? UNDEF);
    const encoding = args.length > 1 && args[1][0] === Tag.Ptr && rt.heap.kindOf(args[1][1]) === Kind.String ? rt.heap.readString(args[1][1]) : undefined;
    const data = typeof chunk === 'string' && encoding !== undefined ? hostLibraryCall(() => Buffer.from(chunk, encoding as BufferEncoding)) : chunk;
    const ok = process.stdout.write(data);
    const callback = args.slice(1, 3).find((a) => rt.isCallable(a));
    if (callback !== undefined) {
      const processNs = rt.getProperty([Tag.Ptr, rt.globalObject], 'process');
      rt.invoker.call(rt.getProperty(processNs, 'nextTick'), processNs, [callback, [Tag.Null, 0]]);
    }
    return [Tag.Bool, ok ? 1 : 0];
  }

  /** A chunk to write: a string, or a copy of the bytes of a Buffer or typed array. */
  private chunk(w: Word): string | Uint8Array {
    const rt = this.rt;
    if (w[0] === Tag.Ptr && rt.heap.kindOf(w[1]) === Kind.String) return rt.heap.readString(w[1]);
    const bytes = rt.bufferBytes(w);
    if (bytes !== undefined) return Uint8Array.from(bytes);
    const h = rt.host(w);
    const received = h === undefined || h === null ? `Received ${h}` : `Received type ${typeof h} (${rt.describe(w[0], w[1])})`;
    throw new KilnThrow('TypeError', `The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ${received}`);
  }

  private hrtimeArgument(w: Word): [number, number] {
    const rt = this.rt;
    if (!rt.objects.isArray(w[0], w[1]) || rt.objects.arrayLength(w[1]) !== 2) {
      throw new KilnThrow('TypeError', 'kiln: process.hrtime(time) needs an array of two numbers');
    }
    return [rt.toNumber(rt.getProperty(w, 0)), rt.toNumber(rt.getProperty(w, 1))];
  }
}
