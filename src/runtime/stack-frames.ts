// How a frame of an error stack is named, as V8 names it (CallSiteInfo serialization): the
// receiver decides. A constructor frame is `new F`; a call with no receiver (a plain call,
// kiln's `this` undefined) is the function's name, or only the location when it has none; a
// method call is `Type.name`, Type being the receiver's constructor name (`Object` for a
// literal, the class for an instance, the function itself for a static method, `Number` for
// a primitive), with ` [as key]` when the function was reached through another key; a
// module's top level, called with `exports` as receiver, is `Object.<anonymous>`. Getters and
// setters print `get g [as g]`. Natives are located at `<anonymous>` (`Array.map (<anonymous>)`).
// The label is computed when the stack is captured: the receiver may change afterwards.

import * as fs from 'fs';
import * as path from 'path';
import type { FunctionKind } from '../bytecode/function';
import { Kind, NATIVE_FUNCTION_ID_BASE, Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

/** What the frame namer needs to know of the running function. */
export interface FrameFunction {
  readonly name: string;
  readonly kind?: FunctionKind;
  readonly topLevel: boolean;
  readonly file: string;
}

/** The text after `    at ` for the frame of function object `fnOffset` (`fn`: its bytecode
 *  function, null for a native) called with `receiver`, located at `location`; `method`, when
 *  given, is the key the caller called it through (V8 finds it on the receiver). */
export function frameText(rt: RuntimeCore, fnOffset: number, fn: FrameFunction | null, receiver: Word, location: string, method: string | null = null): string {
  const label = frameLabel(rt, fnOffset, fn, receiver, method);
  return label === null ? location : `${label} (${location})`;
}

function frameLabel(rt: RuntimeCore, fnOffset: number, fn: FrameFunction | null, receiver: Word, method: string | null): string | null {
  const name = fn ? fn.name : rt.nativeName(rt.heap.functionId(fnOffset));
  // -e and stdin programs: node runs them as scripts, whose top level has no receiver.
  if (fn?.topLevel && fn.file.startsWith('[')) return null;
  if (fn && isConstructorFrame(rt, fnOffset, fn, receiver)) return `new ${name || '<anonymous>'}`;
  // A symbol-named method (`[Symbol.iterator]() {}`, RegExp's `[Symbol.replace]`) prints by
  // its name alone.
  const runtimeName = name || (fn ? functionName(rt, fnOffset) : '');
  if (runtimeName.startsWith('[')) return runtimeName;
  if (receiver[0] === Tag.Undefined || receiver[0] === Tag.Null || receiver[0] === Tag.Hole) return name || null;
  if (name.startsWith('get ') || name.startsWith('set ')) return `${name} [as ${name.slice(4)}]`;
  const typeName = receiverTypeName(rt, receiver);
  const methodName = method ?? methodNameOf(rt, receiver, fnOffset, name);
  if (name) {
    const typed = typeName && !name.startsWith(typeName) ? `${typeName}.${name}` : name;
    return methodName && !endsWithMethodName(name, methodName) ? `${typed} [as ${methodName}]` : typed;
  }
  return `${typeName ? `${typeName}.` : ''}${methodName || '<anonymous>'}`;
}

/** A class constructor's frame, or an ordinary function's run by `new` (its receiver is an
 *  object whose `constructor` is that function). */
function isConstructorFrame(rt: RuntimeCore, fnOffset: number, fn: FrameFunction, receiver: Word): boolean {
  if (fn.kind === 'class' || fn.kind === 'derived-class') return true;
  if ((fn.kind ?? 'normal') !== 'normal' || fn.topLevel || receiver[0] !== Tag.Ptr) return false;
  if (rt.heap.kindOf(receiver[1]) !== Kind.Object) return false;
  const ctor = rawLookup(rt, rt.objects.protoOf(receiver[1]), 'constructor');
  return ctor !== null && ctor[0] === Tag.Ptr && ctor[1] === fnOffset;
}

/** V8's GetConstructorName of the receiver (ToObject for primitives). */
function receiverTypeName(rt: RuntimeCore, receiver: Word): string | null {
  const [hi, lo] = receiver;
  if (hi === Tag.Int32 || hi < Tag.MIN) return 'Number';
  if (hi === Tag.Bool) return 'Boolean';
  if (hi !== Tag.Ptr) return null;
  const { heap, objects } = rt;
  switch (heap.kindOf(lo)) {
    case Kind.String:
      return 'String';
    case Kind.Array:
      return 'Array';
    case Kind.Function:
      // A builtin constructor as receiver (Object.keys, Array.from) is V8's `Function`.
      if (heap.functionId(lo) >= NATIVE_FUNCTION_ID_BASE) return 'Function';
      return functionName(rt, lo) || 'Function';
    case Kind.Object:
      for (let p = objects.protoOf(lo); p !== 0; p = objects.protoOf(p)) {
        if (p === objects.objectProto) return toStringTagName(rt, lo) ?? 'Object';
        if (heap.kindOf(p) !== Kind.Object || !objects.getOwn(p, 'constructor')) continue;
        if ((objects.rflags & PropFlag.Accessor) !== 0 || objects.rhi !== Tag.Ptr || heap.kindOf(objects.rlo) !== Kind.Function) continue;
        const n = functionName(rt, objects.rlo);
        if (n) return n;
      }
      return toStringTagName(rt, lo);
    default:
      return null;
  }
}

/** A string Symbol.toStringTag data property on the chain from `at` (V8 names an object with
 *  no better constructor by it: `JSON.parse`, `Math.max`, `Reflect.ownKeys`), or null. */
function toStringTagName(rt: RuntimeCore, at: number): string | null {
  const tag = rawLookup(rt, at, rt.symbols.wellKnownKey('toStringTag'));
  return tag !== null && tag[0] === Tag.Ptr && rt.heap.kindOf(tag[1]) === Kind.String ? rt.heap.readString(tag[1]) : null;
}

/** The key the receiver reaches the function through: its own name when that finds it,
 *  else the one key of the receiver's chain holding it (none when several do). */
function methodNameOf(rt: RuntimeCore, receiver: Word, fnOffset: number, name: string): string | null {
  if (receiver[0] !== Tag.Ptr) return name || null;
  const start = receiver[1];
  if (name) {
    const found = rawLookup(rt, start, name);
    if (found !== null && found[0] === Tag.Ptr && found[1] === fnOffset) return name;
  }
  const { heap, objects } = rt;
  let key: string | null = null;
  for (let p = start; p !== 0; p = objects.protoOf(p)) {
    const store = heap.kindOf(p) === Kind.Function ? objects.functionProperties(p, false) : p;
    if (store === 0 || heap.kindOf(store) !== Kind.Object) continue;
    for (const k of objects.ownKeys(store, true)) {
      if (!objects.getOwn(store, k) || (objects.rflags & PropFlag.Accessor) !== 0) continue;
      if (objects.rhi !== Tag.Ptr || objects.rlo !== fnOffset) continue;
      if (key !== null && key !== k) return null;
      key = k;
    }
  }
  return key;
}

/** The raw value of `key` on the chain from `holder` (getters not called), null if absent. */
function rawLookup(rt: RuntimeCore, holder: number, key: string): Word | null {
  const { heap, objects } = rt;
  for (let p = holder; p !== 0; p = objects.protoOf(p)) {
    const store = heap.kindOf(p) === Kind.Function ? objects.functionProperties(p, false) : p;
    if (store === 0 || heap.kindOf(store) !== Kind.Object) continue;
    if (objects.getOwn(store, key)) return (objects.rflags & PropFlag.Accessor) !== 0 ? null : [objects.rhi, objects.rlo];
  }
  return null;
}

function functionName(rt: RuntimeCore, fnOffset: number): string {
  const id = rt.heap.functionId(fnOffset);
  if (id >= NATIVE_FUNCTION_ID_BASE) return rt.nativeName(id);
  const { objects, heap } = rt;
  if (!rt.props.own(fnOffset, 'name') || (objects.rflags & PropFlag.Accessor) !== 0) return '';
  return objects.rhi === Tag.Ptr && heap.kindOf(objects.rlo) === Kind.String ? heap.readString(objects.rlo) : '';
}

/** V8's StringEndsWithMethodName: the name is the key, or ends with `.key`. */
function endsWithMethodName(name: string, key: string): boolean {
  return name === key || name.endsWith(`.${key}`);
}

/** kiln's lib/ folder: JavaScript standing in for node's own modules. */
const LIB_DIR = path.resolve(__dirname, '..', '..', 'lib') + path.sep;

/** What a line of kiln's lib/ JavaScript stands for in node's own code. */
interface NodeLine {
  /** node's `file:line:column` of the same operation. */
  readonly location: string;
  /** node's source line there (for a throw an uncaught report shows), when given. */
  readonly text?: string;
}

const nodeLines = new Map<string, ReadonlyMap<number, NodeLine>>();

/** The node counterpart of a line of kiln's lib/ JavaScript: the line ends with
 *  `// node-frame: <location>` (a call or `new` that frames of stacks name), or with
 *  `// node-line: <location> |<node's source line>` (a throw an uncaught report shows). */
function nodeLineOf(file: string, line: number): NodeLine | null {
  if (!file.startsWith(LIB_DIR)) return null;
  let lines = nodeLines.get(file);
  if (lines === undefined) {
    const found = new Map<number, NodeLine>();
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // A file that cannot be read again keeps kiln's locations.
    }
    text.split('\n').forEach((l, i) => {
      const frame = /\/\/ node-frame: (\S+)\s*$/.exec(l);
      if (frame) found.set(i + 1, { location: frame[1] });
      const thrown = /\/\/ node-line: (\S+) \|(.*)$/.exec(l);
      if (thrown) found.set(i + 1, { location: thrown[1], text: thrown[2] });
    });
    nodeLines.set(file, (lines = found));
  }
  return lines.get(line) ?? null;
}

/** node's location of the call a line of kiln's lib/ JavaScript makes in its place
 *  (`EventEmitter.emit (node:events:524:28)`, not kiln's file), or null. */
export function nodeLocation(file: string, line: number): string | null {
  return nodeLineOf(file, line)?.location ?? null;
}

/** node's `file:line`, source line and column for a throw in kiln's lib/ JavaScript that an
 *  uncaught report shows (`node:events:502` and `throw er; // Unhandled 'error' event`). */
export function nodeThrowLine(file: string, line: number): { readonly file: string; readonly line: number; readonly column: number; readonly text: string } | null {
  const found = nodeLineOf(file, line);
  const m = found?.text === undefined ? null : /^(.*):(\d+):(\d+)$/.exec(found.location);
  return m && found?.text !== undefined ? { file: m[1], line: Number(m[2]), column: Number(m[3]), text: found.text } : null;
}
