// The generic semantics of the expression-syntax bytecodes on value words: `new f(...args)`
// (ConstructSpread), object spread and object rest (CopyDataProperties), computed accessors
// and `__proto__: p` of object literals, and the template objects of tagged templates
// (GetTemplateObject). The interpreter (interpreter/runtime-ops.ts) and compiled code (a
// 'syntax-op' runtime call, tiering/runtime-calls.ts) both run them here, so the tiers agree.
//
// Template objects: one frozen-in-spirit array of cooked strings per call site, made the
// first time the site runs and kept for the life of the runtime (the spec's template
// registry), so `tag\`\`` at one site gets the same array each time. Its `raw` array is kept
// beside it in a side table that property reads of arrays consult (properties.ts
// arrayNamedGet), because kiln's arrays have no named properties of their own yet; both
// arrays are GC roots. Writes to them are not refused: kiln has no non-writable properties yet.

import { Op } from '../bytecode/opcodes';
import { symbolFunctionName } from './class-features';
import { Kind, Tag } from './layout';
import { forEachOwnEnumerable, setIntegrity } from './object-reflection';
import type { RuntimeCore } from './runtime-core';
import { PropFlag } from './shapes';
import type { Word } from './word';

const UNDEFINED: Word = [Tag.Undefined, 0];

/** The opcodes syntaxOp runs. */
export const SYNTAX_OPS: ReadonlySet<number> = new Set([
  Op.ConstructSpread, Op.CopyDataProperties, Op.DefineKeyedGetter, Op.DefineKeyedSetter,
  Op.SetLiteralProto, Op.GetTemplateObject, Op.ToWithObject, Op.WithHas, Op.IsIntrinsicEval, Op.DirectEval,
]);

/** Runs expression-syntax opcode `op` on its register operands' words (in operand order,
 *  the destination excluded); `key` is its constant operand. Returns the destination's value
 *  (undefined for the opcodes without one). */
export function syntaxOp(rt: RuntimeCore, op: number, key: string | undefined, w: Word[]): Word {
  switch (op) {
    case Op.ConstructSpread:
      return rt.construct(w[0], arrayElements(rt, w[1][1]), w[0], key!);
    case Op.CopyDataProperties:
      copyDataProperties(rt, w[0][1], w[1], w[2]);
      return UNDEFINED;
    case Op.DefineKeyedGetter:
    case Op.DefineKeyedSetter: {
      const name = String(rt.props.toKey(w[1][0], w[1][1]));
      const accessor = op === Op.DefineKeyedGetter ? 'get' : 'set';
      // A computed accessor's function is named `get k` / `set k` from the key known only now.
      if (w[2][0] === Tag.Ptr && rt.heap.kindOf(w[2][1]) === Kind.Function) {
        const text = rt.isSymbol(w[1]) ? symbolFunctionName(rt, w[1][1]) : name;
        const fnName = rt.str(`${accessor} ${text}`);
        rt.props.define(w[2][1], 'name', fnName[0], fnName[1], PropFlag.NonEnumerable | PropFlag.ReadOnly);
      }
      rt.props.define(w[0][1], name, w[2][0], w[2][1], 0, accessor);
      return UNDEFINED;
    }
    case Op.SetLiteralProto: {
      const [hi, lo] = w[1];
      if (hi === Tag.Null) rt.objects.setPrototype(w[0][1], 0);
      else if (rt.isObjectWord(w[1])) rt.objects.setPrototype(w[0][1], lo);
      return UNDEFINED;
    }
    case Op.GetTemplateObject:
      return [Tag.Ptr, templates(rt).get(key!)];
    case Op.ToWithObject:
      return rt.toObject(w[0]);
    case Op.WithHas:
      return [Tag.Bool, withHasBinding(rt, w[0], key!) ? 1 : 0];
    case Op.IsIntrinsicEval:
      return [Tag.Bool, w[0][0] === Tag.Ptr && w[0][1] === rt.intrinsicEval ? 1 : 0];
    case Op.DirectEval:
      return rt.evaluateDirect(w[0], key!, w[1], w[2]);
    default:
      throw new Error(`kiln internal error: opcode ${op} is not an expression-syntax operation`);
  }
}

/** HasBinding of a `with` statement's object environment (ECMA-262 9.1.1.2.1): the object
 *  has the property, own or inherited, and its Symbol.unscopables (when an object) does not
 *  name it with a truthy value. Getters and proxies run as the spec orders them. */
function withHasBinding(rt: RuntimeCore, object: Word, name: string): boolean {
  if (!rt.props.has(object[0], object[1], name)) return false;
  const unscopables = rt.getProperty(object, rt.symbols.wellKnownKey('unscopables'));
  if (!rt.isObjectWord(unscopables)) return true;
  return !rt.toBoolean(rt.getProperty(unscopables, name));
}

function arrayElements(rt: RuntimeCore, array: number): Word[] {
  const o = rt.objects;
  const out: Word[] = [];
  for (let i = 0, n = o.arrayLength(array); i < n; i++) {
    o.getElement(array, i);
    out.push([o.rhi, o.rlo]);
  }
  return out;
}

/**
 * CopyDataProperties(target, source, excluded): every own enumerable property of source, in
 * the language's key order (symbol keys last), read with [[Get]] (getters run) and defined on
 * target as data; null and undefined copy nothing, a string its characters. A property a
 * getter deleted or made non-enumerable before its turn is skipped (forEachOwnEnumerable).
 */
function copyDataProperties(rt: RuntimeCore, target: number, source: Word, excludedArray: Word): void {
  const [hi] = source;
  if (hi === Tag.Undefined || hi === Tag.Null) return;
  const excluded = new Set<string>();
  if (excludedArray[0] === Tag.Ptr) {
    for (const k of arrayElements(rt, excludedArray[1])) excluded.add(String(rt.props.toKey(k[0], k[1])));
  }
  forEachOwnEnumerable(rt, source, (key, value) => rt.props.define(target, key, value[0], value[1], 0), excluded);
}

/** The template objects of one runtime, by site descriptor (see GetTemplateObject). */
class TemplateRegistry {
  private readonly bySite = new Map<string, number>();
  /** The raw strings array of each template object. */
  private readonly raws = new Map<number, number>();

  constructor(private readonly rt: RuntimeCore) {
    const previous = rt.props.arrayNamedGet;
    rt.props.arrayNamedGet = (array, name) => {
      const raw = name === 'raw' ? this.raws.get(array) : undefined;
      if (raw === undefined) return previous(array, name);
      rt.objects.rhi = Tag.Ptr;
      rt.objects.rlo = raw;
      return true;
    };
  }

  /** The template object of `site`: JSON [site id, cooked strings (null: an invalid escape
   *  sequence, cooked as undefined), raw strings]. */
  get(site: string): number {
    const known = this.bySite.get(site);
    if (known !== undefined) return known;
    const [, cooked, raw] = JSON.parse(site) as [string, (string | null)[], string[]];
    const { heap } = this.rt;
    const strings = this.rt.newArray(cooked.map((s): Word => (s === null ? UNDEFINED : [Tag.Ptr, heap.internString(s)])))[1];
    heap.pushHandle(strings);
    try {
      const raws = this.rt.newArray(raw.map((s): Word => [Tag.Ptr, heap.internString(s)]))[1];
      // Both arrays are frozen, as the spec's GetTemplateObject leaves them.
      setIntegrity(this.rt, [Tag.Ptr, raws], 'frozen');
      setIntegrity(this.rt, [Tag.Ptr, strings], 'frozen');
      this.raws.set(strings, raws);
      this.bySite.set(site, strings);
    } finally {
      heap.popHandle();
    }
    return strings;
  }

  roots(): number[] {
    return [...this.raws.keys(), ...this.raws.values()];
  }
}

const registries = new WeakMap<RuntimeCore, TemplateRegistry>();

function templates(rt: RuntimeCore): TemplateRegistry {
  let r = registries.get(rt);
  if (!r) registries.set(rt, (r = new TemplateRegistry(rt)));
  return r;
}

/** The heap objects the expression-syntax operations keep alive (template objects). */
export function syntaxRoots(rt: RuntimeCore): number[] {
  return registries.get(rt)?.roots() ?? [];
}

