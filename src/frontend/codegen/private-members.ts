// Bytecode for private member accesses: `o.#x` read, written, compounded, called, and
// `#x in o`. Scope analysis resolved each `#x` to its PrivateName (scope-classes.ts); the
// expression generator treats `#x` as a third kind of property key (PrivateKey) beside
// named and keyed ones, and hands the key's get and set here. A field is a property keyed
// by its private name (GetPrivate/SetPrivate, shape-cached like `o.x`); a method or
// accessor is a brand check (CheckPrivateBrand) followed by a read or call of the closure
// the class scope holds; what can never succeed (writing a method, reading an accessor
// without a getter) throws node's TypeError after the brand check.

import type * as acorn from 'acorn';
import { Op } from '../../bytecode/opcodes';
import type { Binding, PrivateName } from '../scope-model';
import { bindingPlace, readPlace, type FunctionContext, type PrivateKey } from './context';


function read(g: FunctionContext, binding: Binding, dst: number): void {
  readPlace(g, bindingPlace(g, binding, false), dst);
}

/** What the access to pn checks: its private name, the brand, or the class. */
function checkedBinding(pn: PrivateName): Binding {
  if (pn.kind === 'field') return pn.binding;
  return pn.isStatic ? pn.cls.classBinding : pn.cls.brandBinding!;
}

export function privateKey(g: FunctionContext, id: acorn.PrivateIdentifier): PrivateKey {
  const pn = g.scopes.privateRefs.get(id);
  if (!pn) throw new Error('generator: unresolved private name');
  const r = g.b.temp();
  read(g, checkedBinding(pn), r);
  return { private: r, name: pn };
}

/** A temporary other than `busy` (the expression generator may pass operands in
 *  registers it has already released). */
function freeTemp(g: FunctionContext, busy: readonly number[]): number {
  let t = g.b.temp();
  while (busy.includes(t)) t = g.b.temp();
  return t;
}

function brandCheck(g: FunctionContext, object: number, key: PrivateKey): void {
  const pn = key.name;
  const className = pn.isStatic ? pn.cls.staticBrandName : pn.cls.brandName;
  g.b.emit(Op.CheckPrivateBrand, object, key.private, g.b.constant(className), pn.isStatic ? 1 : 0, g.b.feedback());
}

/** dst = object.#x */
export function privateGet(g: FunctionContext, dst: number, object: number, key: PrivateKey): void {
  const pn = key.name;
  if (pn.kind === 'field') return g.b.emit(Op.GetPrivate, dst, object, key.private, g.b.feedback());
  brandCheck(g, object, key);
  if (pn.kind === 'method') return read(g, pn.binding, dst);
  if (!pn.hasGetter) return g.b.emit(Op.ThrowTypeError, g.b.constant(`'${pn.text}' was defined without a getter`));
  const mark = g.b.mark();
  const getter = freeTemp(g, [object, dst]);
  read(g, pn.binding, getter);
  g.b.emit(Op.CallMethod, dst, getter, object, getter, 0, g.b.constant(pn.text));
  g.b.release(mark);
}

/** object.#x = value */
export function privateSet(g: FunctionContext, object: number, key: PrivateKey, value: number): void {
  const pn = key.name;
  if (pn.kind === 'field') return g.b.emit(Op.SetPrivate, object, key.private, value, g.b.feedback());
  brandCheck(g, object, key);
  if (pn.kind === 'method') return g.b.emit(Op.ThrowTypeError, g.b.constant(`Private method '${pn.text}' is not writable`));
  if (!pn.setter) return g.b.emit(Op.ThrowTypeError, g.b.constant(`'${pn.text}' was defined without a setter`));
  const mark = g.b.mark();
  const setter = freeTemp(g, [object, value]);
  read(g, pn.setter, setter);
  g.b.emit(Op.CallMethod, setter, setter, object, value, 1, g.b.constant(pn.text));
  g.b.release(mark);
}

/** `#x in o` into dst; `object` holds o. */
export function privateIn(g: FunctionContext, id: acorn.PrivateIdentifier, object: number, dst: number): void {
  const mark = g.b.mark();
  const key = privateKey(g, id);
  const pn = key.name;
  const isStatic = pn.kind !== 'field' && pn.isStatic;
  // node names a method's brand (the class) in the TypeError, a field or static member itself.
  const text = pn.kind === 'field' || pn.isStatic ? pn.text : pn.cls.brandName;
  g.b.emit(Op.HasPrivate, dst, key.private, object, g.b.constant(text), isStatic ? 1 : 0);
  g.b.release(mark);
}
