// The generic semantics of the class-feature bytecodes: computed member names
// (ToPropertyKey, DefineComputed), private names and members (CreatePrivateName, GetPrivate,
// SetPrivate, DefinePrivate, CheckPrivateBrand, HasPrivate), new.target of ordinary functions
// (LoadNewTarget) and `super.k = v` (SuperSet). classOp (class-ops.ts) routes them here;
// the interpreter's caches and compiled code short-cut the common paths of the private
// accesses (own data slots found through shapes) and come here for everything else, errors
// included, which are node's word for word. Private names: see private-names.ts.

import { MemberFlag } from '../bytecode/immediates';
import { Op } from '../bytecode/opcodes';
import { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import { newPrivateKey, privateKeyDescription } from './private-names';
import type { RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEFINED: Word = [Tag.Undefined, 0];

/** Runs class-feature opcode `op` (see classOp for the operand convention). */
export function classFeatureOp(rt: RuntimeCore, op: number, key: string | undefined, imm: number, w: Word[]): Word {
  switch (op) {
    case Op.ToPropertyKey:
      return toPropertyKey(rt, w[0]);
    case Op.DefineComputed:
      defineComputed(rt, w[0], w[1], w[2], imm);
      return UNDEFINED;
    case Op.CreatePrivateName:
      return [Tag.Ptr, rt.heap.internString(newPrivateKey(key!))];
    case Op.GetPrivate:
      return getPrivate(rt, w[0], privateKey(rt, w[1]));
    case Op.SetPrivate:
      setPrivate(rt, w[0], privateKey(rt, w[1]), w[2]);
      return UNDEFINED;
    case Op.DefinePrivate:
      definePrivate(rt, w[0], privateKey(rt, w[1]), w[2], imm === 1);
      return UNDEFINED;
    case Op.CheckPrivateBrand:
      checkPrivateBrand(rt, w[0], w[1], key!, imm === 1);
      return UNDEFINED;
    case Op.HasPrivate:
      return [Tag.Bool, hasPrivate(rt, w[0], w[1], key!, imm === 1) ? 1 : 0];
    case Op.LoadNewTarget: {
      const target = rt.pendingNewTarget;
      rt.pendingNewTarget = UNDEFINED;
      return target;
    }
    case Op.SuperSet:
      superSet(rt, w[0], w[1], key!, w[2]);
      return UNDEFINED;
    case Op.SuperSetKeyed:
      superSet(rt, w[0], w[1], String(rt.props.toKey(w[2][0], w[2][1])), w[3]);
      return UNDEFINED;
    default:
      throw new Error(`kiln internal error: opcode ${op} is not a class-feature operation`);
  }
}

export const CLASS_FEATURE_OPS: readonly number[] = [
  Op.ToPropertyKey, Op.DefineComputed, Op.CreatePrivateName, Op.GetPrivate, Op.SetPrivate, Op.DefinePrivate,
  Op.CheckPrivateBrand, Op.HasPrivate, Op.LoadNewTarget, Op.SuperSet, Op.SuperSetKeyed,
];

/** Class-feature opcodes without a destination register. */
export const CLASS_FEATURE_STATEMENTS: ReadonlySet<number> = new Set([
  Op.DefineComputed, Op.SetPrivate, Op.DefinePrivate, Op.CheckPrivateBrand, Op.SuperSet, Op.SuperSetKeyed,
]);

// ---- computed member names ------------------------------------------------------------

/** ToPropertyKey: strings and non-negative int32s as they are, anything else converted to
 *  a string once (an object's toString runs here, at class definition). */
function toPropertyKey(rt: RuntimeCore, v: Word): Word {
  if (v[0] === Tag.Int32 && (v[1] | 0) >= 0) return v;
  if (v[0] === Tag.Ptr && rt.heap.kindOf(v[1]) === Kind.String) return v;
  if (rt.isSymbol(v)) return v;
  return rt.str(rt.toStringValue(v));
}

function defineComputed(rt: RuntimeCore, target: Word, keyWord: Word, value: Word, flags: number): void {
  const key = String(rt.props.toKey(keyWord[0], keyWord[1]));
  const accessor = flags & MemberFlag.Getter ? 'get' : flags & MemberFlag.Setter ? 'set' : undefined;
  if (flags & MemberFlag.SetName && value[0] === Tag.Ptr && rt.heap.kindOf(value[1]) === Kind.Function) {
    // A method's name is its key ("get k" / "set k" for accessors), known only now.
    const text = rt.isSymbol(keyWord) ? symbolFunctionName(rt, keyWord[1]) : key;
    const name = rt.str(accessor ? `${accessor} ${text}` : text);
    rt.props.define(value[1], 'name', name[0], name[1], PropFlag.NonEnumerable | PropFlag.ReadOnly);
  }
  rt.props.define(target[1], key, value[0], value[1], flags & MemberFlag.NonEnumerable ? PropFlag.NonEnumerable : 0, accessor);
}

/** The name a function keyed by a symbol gets: `[description]`, or '' without one. */
export function symbolFunctionName(rt: RuntimeCore, sym: number): string {
  const d = rt.symbols.descriptionText(sym);
  return d === undefined ? '' : `[${d}]`;
}

// ---- private members ------------------------------------------------------------------

function privateKey(rt: RuntimeCore, name: Word): string {
  return rt.heap.readString(name[1]);
}

/** The plain object holding obj's own properties (a function's property bag, made when
 *  `create`), or 0 when obj cannot have any. */
function privateStore(rt: RuntimeCore, obj: Word, create: boolean): number {
  if (obj[0] !== Tag.Ptr) return 0;
  switch (rt.heap.kindOf(obj[1])) {
    case Kind.Object: return obj[1];
    case Kind.Function: return rt.objects.functionProperties(obj[1], create);
    default: return 0;
  }
}

function nullishName(obj: Word): string | undefined {
  return obj[0] === Tag.Undefined ? 'undefined' : obj[0] === Tag.Null ? 'null' : undefined;
}

function getPrivate(rt: RuntimeCore, obj: Word, key: string): Word {
  const description = privateKeyDescription(key);
  const nullish = nullishName(obj);
  if (nullish) throw new KilnThrow('TypeError', `Cannot read properties of ${nullish} (reading '${description}')`);
  const store = privateStore(rt, obj, false);
  if (store === 0 || !rt.objects.getOwn(store, key)) {
    throw new KilnThrow('TypeError', `Cannot read private member ${description} from an object whose class did not declare it`);
  }
  return [rt.objects.rhi, rt.objects.rlo];
}

function setPrivate(rt: RuntimeCore, obj: Word, key: string, value: Word): void {
  const description = privateKeyDescription(key);
  const nullish = nullishName(obj);
  if (nullish) throw new KilnThrow('TypeError', `Cannot set properties of ${nullish} (setting '${description}')`);
  const store = privateStore(rt, obj, false);
  if (store === 0 || !rt.objects.getOwn(store, key)) {
    throw new KilnThrow('TypeError', `Cannot write private member ${description} to an object whose class did not declare it`);
  }
  rt.objects.setOwn(store, key, value[0], value[1]);
}

/** Adds private field `key` (or, `brand`, the brand of a class's private methods) to obj. */
function definePrivate(rt: RuntimeCore, obj: Word, key: string, value: Word, brand: boolean): void {
  const store = privateStore(rt, obj, true);
  if (store === 0) {
    throw new KilnThrow('TypeError', 'kiln does not support private members on arrays and strings yet');
  }
  if (rt.objects.getOwn(store, key)) {
    const what = brand ? `private methods of class ${privateKeyDescription(key)}` : privateKeyDescription(key);
    throw new KilnThrow('TypeError', `Cannot initialize ${what} twice on the same object`);
  }
  rt.objects.defineOwn(store, key, value[0], value[1], 0);
}

/** `o.#m` of a private method or accessor: o must carry the class's brand (a static one:
 *  o must be the class itself). `className` is what node's messages call the class. */
function checkPrivateBrand(rt: RuntimeCore, obj: Word, brand: Word, className: string, isStatic: boolean): void {
  if (isStatic) {
    if (obj[0] !== brand[0] || obj[1] !== brand[1]) throw new KilnThrow('TypeError', `Receiver must be class ${className}`);
    return;
  }
  const nullish = nullishName(obj);
  if (nullish) throw new KilnThrow('TypeError', `Cannot read properties of ${nullish} (reading '${className}')`);
  const store = privateStore(rt, obj, false);
  if (store === 0 || !rt.objects.getOwn(store, privateKey(rt, brand))) {
    throw new KilnThrow('TypeError', `Receiver must be an instance of class ${className}`);
  }
}

/** `#x in o`: name is the private name (a brand for methods; the class for static ones). */
function hasPrivate(rt: RuntimeCore, name: Word, obj: Word, text: string, isStatic: boolean): boolean {
  if (!rt.isObjectWord(obj)) {
    const shown = obj[0] === Tag.Ptr && rt.heap.kindOf(obj[1]) === Kind.String ? rt.heap.readString(obj[1]) : rt.describe(obj[0], obj[1]);
    throw new KilnThrow('TypeError', `Cannot use 'in' operator to search for '${text}' in ${shown}`);
  }
  if (isStatic) return obj[0] === name[0] && obj[1] === name[1];
  const store = privateStore(rt, obj, false);
  return store !== 0 && rt.objects.getOwn(store, privateKey(rt, name));
}

// ---- super.k = v ----------------------------------------------------------------------

/** `super.k = v` in a method with home object `home`: a setter found from home's prototype
 *  is called on the receiver; otherwise the receiver gets (or updates) an own data property. */
function superSet(rt: RuntimeCore, home: Word, receiver: Word, key: string, value: Word): void {
  const o = rt.objects;
  const holder = rt.props.findHolder(o.protoOf(home[1]), key);
  if (holder !== 0 && (o.rflags & PropFlag.Accessor) !== 0) {
    o.getElement(o.rlo, 1);
    const setter: Word = [o.rhi, o.rlo];
    if (setter[0] === Tag.Undefined) {
      throw new KilnThrow('TypeError', `Cannot set property ${key} of ${rt.describe(receiver[0], receiver[1])} which has only a getter`);
    }
    rt.invoker.call(setter, receiver, [value]);
    return;
  }
  const store = privateStore(rt, receiver, true);
  if (store === 0) return rt.props.set(receiver[0], receiver[1], key, value[0], value[1]);
  if (o.getOwn(store, key) && (o.rflags & PropFlag.Accessor) !== 0) {
    throw new KilnThrow('TypeError', `Cannot redefine property: ${key}`);
  }
  o.setOwn(store, key, value[0], value[1]);
}
