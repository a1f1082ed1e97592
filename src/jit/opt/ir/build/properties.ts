// Graph building for property access, specialized on the interpreter's inline caches and
// access feedback: a named load or store through the cached shapes, a load found on the
// prototype chain as a constant behind shape and epoch guards (a getter becomes a call,
// inlined when small), array and string lengths, builtin methods of arrays and strings,
// in-bounds element loads and stores, s[i]; anything else is the generic runtime operation.

import { Op } from '../../../../bytecode/opcodes';
import { AccessBits, IC_FUNCTION_BIT, IC_PROTO_BIT, IC_STRIDE } from '../../../../profile/feedback';
import { NATIVE_FUNCTION_ID_BASE } from '../../../../runtime/layout';
import type { Node } from '../ir';
import type { GraphBuilder } from './builder';
import { cachedEntries, type ProtoLoad } from './source';
import { tryInline } from './calls';

interface Access { op: number; obj: number; key: number; slot: number }

/** GetNamed: r0 = r1.k. */
export function getNamed(b: GraphBuilder, ins: Access & { dst: number }, pc: number): boolean {
  if (unprofiled(b, pc, ins.slot)) return b.deoptHere(pc, 'no-feedback');
  const value = namedLoad(b, pc, b.reg(ins.obj), b.fn.constants[ins.key] as string, ins.slot);
  if (value === 'ended') return true;
  b.set(ins.dst, value);
  return false;
}

/** SetNamed: r0.k = r2. */
export function setNamed(b: GraphBuilder, ins: Access & { value: number }, pc: number): boolean {
  if (unprofiled(b, pc, ins.slot)) return b.deoptHere(pc, 'no-feedback');
  namedStore(b, pc, b.reg(ins.obj), b.fn.constants[ins.key] as string, b.reg(ins.value), ins.slot);
  return false;
}

/** GetKeyed: r0 = r1[r2]. */
export function getKeyed(b: GraphBuilder, ins: Access & { dst: number }, pc: number): boolean {
  if (unprofiled(b, pc, ins.slot)) return b.deoptHere(pc, 'no-feedback');
  b.set(ins.dst, keyedLoad(b, pc, b.reg(ins.obj), b.reg(ins.key), ins.slot));
  return false;
}

/** SetKeyed: r0[r1] = r2. */
export function setKeyed(b: GraphBuilder, ins: Access & { value: number }, pc: number): boolean {
  if (unprofiled(b, pc, ins.slot)) return b.deoptHere(pc, 'no-feedback');
  keyedStore(b, pc, b.reg(ins.obj), b.reg(ins.key), b.reg(ins.value), ins.slot);
  return false;
}

/** Never run yet: nothing to specialize on. The site leaves for the interpreter, which
 *  records feedback there, and is compiled again later (V8's "insufficient type feedback"). */
function unprofiled(b: GraphBuilder, pc: number, site: number): boolean {
  return !b.src.failed(pc) && b.src.feedback(site) === 0 && b.src.ics[site * IC_STRIDE] === 0;
}

/** A named load's value ('ended': an inlined getter always deopts, ending the block). A site
 *  whose receivers were functions (IC_FUNCTION_BIT: a class's static members, `F.call`)
 *  reads the function's properties object through the same cached shapes. */
function namedLoad(b: GraphBuilder, pc: number, obj: Node, key: string, site: number): Node | 'ended' {
  if (!b.src.failed(pc)) {
    let entries = cachedEntries(b.src, site);
    let holder = obj;
    if (entries?.some((e) => (e.slot & IC_FUNCTION_BIT) !== 0)) {
      // Functions and plain objects at one site: the generic load.
      if (!entries.every((e) => (e.slot & IC_FUNCTION_BIT) !== 0)) return b.node('runtime', [obj], 'tagged', { kind: 'heap-op', op: Op.GetNamed, key }, pc);
      holder = b.guarded('function-properties', [obj], 'tagged', undefined, pc);
      entries = entries.map((e) => ({ ...e, slot: e.slot & ~IC_FUNCTION_BIT }));
    }
    if (entries?.some((e) => (e.slot & IC_PROTO_BIT) !== 0)) {
      const load = b.src.protoLoad(site);
      if (!load) return b.node('runtime', [obj], 'tagged', { kind: 'heap-op', op: Op.GetNamed, key }, pc);
      return prototypeChainLoad(b, pc, load, holder, obj);
    }
    if (entries) return b.guarded('load-named', [holder], 'tagged', entries, pc);
    const bits = b.src.feedback(site);
    const receiver = bits === AccessBits.ArrayLength ? 'array' : bits === AccessBits.StringIndex ? 'string' : undefined;
    if (receiver && key === 'length') return b.guarded(`${receiver}-length`, [obj], 'int32', undefined, pc);
    const method = receiver && b.src.builtinMethod(receiver, key);
    if (receiver && method) {
      b.guarded('check-kind', [obj], 'tagged', { receiver, epoch: method.epoch }, pc);
      return b.constTagged(method.value, pc);
    }
  }
  return b.node('runtime', [obj], 'tagged', { kind: 'heap-op', op: Op.GetNamed, key }, pc);
}

/** SuperGet: `super.key` with home object `home` and receiver `self`, through the site's
 *  cache: a prototype-chain load of the home object (its shape fixes where the lookup
 *  starts) as a constant behind shape and epoch guards, a getter called on the receiver;
 *  undefined when the site is not cached (the generic class operation then runs). */
export function superLoad(b: GraphBuilder, pc: number, home: Node, self: Node, site: number): Node | 'ended' | undefined {
  if (b.src.failed(pc)) return undefined;
  const entries = cachedEntries(b.src, site);
  if (!entries?.every((e) => (e.slot & IC_PROTO_BIT) !== 0 && (e.slot & IC_FUNCTION_BIT) === 0)) return undefined;
  const load = b.src.protoLoad(site);
  return load && prototypeChainLoad(b, pc, load, home, self);
}

/** The value of a cached prototype-chain load: behind guards on `holder`'s shape and the
 *  prototype epoch, a constant (per shape when the shapes' values differ), or the getter
 *  found there called on `receiver`, inlined when small. */
function prototypeChainLoad(b: GraphBuilder, pc: number, load: ProtoLoad, holder: Node, receiver: Node): Node | 'ended' {
  if (load.values) return b.guarded('load-proto-poly', [holder], 'tagged', load, pc);
  b.guarded('check-proto', [holder], 'tagged', load, pc);
  const value = b.constTagged(load.value, pc);
  if (load.functionIds?.[0] !== undefined) b.noteFunctionConstant(value);
  if (load.getterId === undefined) return value;
  const inlined = load.getterId < NATIVE_FUNCTION_ID_BASE ? tryInline(b, pc, value, [], receiver, load.getterId) : undefined;
  if (inlined === 'ended') return 'ended';
  return inlined ?? b.guarded('call', [value, receiver], 'tagged', { withThis: true }, pc);
}

function namedStore(b: GraphBuilder, pc: number, obj: Node, key: string, value: Node, site: number): void {
  const entries = b.src.failed(pc) ? undefined : cachedEntries(b.src, site);
  // A store that adds the property holds while no prototype changed (a setter or a
  // read-only property may have appeared there): its entries carry the epoch to guard.
  const epoch = b.src.storeEpoch(site);
  if (entries && (epoch !== undefined || entries.every((e) => e.after === e.shape))) {
    b.guarded('store-named', [obj, value], 'tagged', entries.map((e) => (e.after === e.shape ? e : { ...e, epoch })), pc);
    return;
  }
  b.node('runtime', [obj, value], 'tagged', { kind: 'heap-op', op: Op.SetNamed, key, strict: b.fn.strict === true }, pc);
}

/** In-bounds array elements: 'int32', 'number' or 'any' (the elements kinds seen), else
 *  undefined (holes, out of bounds, not an array, a failed speculation). */
function inBoundsElements(b: GraphBuilder, pc: number, bits: number): 'int32' | 'number' | 'any' | undefined {
  if (b.src.failed(pc) || (bits & ~(AccessBits.DoubleElements | AccessBits.AnyElements)) !== AccessBits.ArrayInBounds) return undefined;
  return bits & AccessBits.AnyElements ? 'any' : bits & AccessBits.DoubleElements ? 'number' : 'int32';
}

/** Array elements where some reads found a hole or ran past the end (and nothing but arrays
 *  was indexed): load-element-holey's case. */
function holeyElements(b: GraphBuilder, pc: number, bits: number): boolean {
  const arrayBits = AccessBits.ArrayInBounds | AccessBits.OutOfBounds | AccessBits.DoubleElements | AccessBits.AnyElements;
  return !b.src.failed(pc) && (bits & AccessBits.OutOfBounds) !== 0 && (bits & ~arrayBits) === 0;
}

/** What a typed-array site was specialized to (load-typed/store-typed's aux). */
export interface TypedAccess {
  readonly shape: number;
  readonly type: 'float64' | 'int32';
}

/** A site that saw one Float64Array or Int32Array shape, always in bounds: that shape and
 *  element type, else undefined. */
function typedElements(b: GraphBuilder, pc: number, bits: number, site: number): TypedAccess | undefined {
  if (b.src.failed(pc) || bits !== AccessBits.TypedElements) return undefined;
  const base = site * IC_STRIDE;
  if (b.src.ics[base] !== 1) return undefined;
  return { shape: b.src.ics[base + 1], type: b.src.ics[base + 2] === 1 ? 'float64' : 'int32' };
}

function keyedLoad(b: GraphBuilder, pc: number, obj: Node, key: Node, site: number): Node {
  const bits = b.src.feedback(site);
  const typed = typedElements(b, pc, bits, site);
  if (typed) return b.guarded('load-typed', [obj, key], typed.type, typed, pc);
  if (bits === AccessBits.StringIndex) {
    if (!b.src.failed(pc)) return b.guarded('string-char-at', [obj, key], 'tagged', undefined, pc);
    // s[i] that deopted (an index past the end, a unit above 255): the same load, with
    // undefined past the end and the runtime for anything else.
    return b.node('string-char-at-any', [obj, key], 'tagged', { kind: 'heap-op', op: Op.GetKeyed }, pc);
  }
  const elements = inBoundsElements(b, pc, bits);
  if (elements) return b.guarded('load-element', [obj, key], elements === 'int32' ? 'int32' : 'tagged', elements, pc);
  // Arrays only, some read a hole or past the end (`new Array(n)` filled as it goes, a
  // search that runs off the end): undefined there, inline, while no prototype has elements.
  const epoch = holeyElements(b, pc, bits) ? b.src.holeEpoch() : undefined;
  if (epoch !== undefined) return b.guarded('load-element-holey', [obj, key], 'tagged', { epoch }, pc);
  return b.node('runtime', [obj, key], 'tagged', { kind: 'heap-op', op: Op.GetKeyed }, pc);
}

function keyedStore(b: GraphBuilder, pc: number, obj: Node, key: Node, value: Node, site: number): void {
  const bits = b.src.feedback(site);
  const typed = typedElements(b, pc, bits, site);
  if (typed) {
    b.guarded('store-typed', [obj, key, value], 'tagged', typed, pc);
    return;
  }
  if (inBoundsElements(b, pc, bits)) {
    b.guarded('store-element', [obj, key, value], 'tagged', undefined, pc);
    return;
  }
  // Stores that also ran past the end (`out[n++] = v`, a self-hosted filter's result): one
  // at the length appends, as push does, while no prototype has integer-keyed properties
  // (a setter there would see the store).
  const epoch = holeyElements(b, pc, bits) ? b.src.holeEpoch() : undefined;
  if (epoch !== undefined) {
    b.guarded('store-element', [obj, key, value], 'tagged', { append: true, epoch, strict: b.fn.strict === true }, pc);
    return;
  }
  b.node('runtime', [obj, key, value], 'tagged', { kind: 'heap-op', op: Op.SetKeyed, strict: b.fn.strict === true }, pc);
}
