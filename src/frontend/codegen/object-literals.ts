// Object literals: `{a, b: v, [k]: v, m() {}, get x() {}, set [k](v) {}, ...o, __proto__: p}`.
// Data properties with a static key are stores (SetNamed) into the fresh object, with a
// computed key or the static key `__proto__` definitions (DefineComputed/DefineMember: no
// setter up the chain may run); accessors with a
// static key are DefineMember (classes.ts), with a computed key DefineKeyedGetter/Setter;
// a spread is CopyDataProperties; `__proto__: p` evaluates p in its place and sets the
// prototype once every property is in (SetLiteralProto): nothing in a literal can observe the
// object before it is complete, and no setter of the new prototype is reached by the stores.
// A literal whose methods use `super` first stores the object in its hidden `%home` binding
// (scope analysis made it), in a scope the methods close over.

import type * as acorn from 'acorn';
import { isAnonymousFunction, staticKey } from '../ast';
import { MemberFlag } from '../../bytecode/immediates';
import { bindingPlace, enterScope, storeBinding, type FunctionContext } from './context';
import { emitSet, propertyKey, valueOf } from './expressions';
import { Op } from '../../bytecode/opcodes';

export function objectLiteralInto(g: FunctionContext, node: acorn.ObjectExpression, dst: number): void {
  g.at(node).b.emit(Op.CreateObject, dst);
  const homeObject = g.scopes.homeObjects.get(node);
  if (!homeObject) return properties(g, node, dst);
  g.within(homeObject.scope, () => enterScope(g, homeObject.scope));
  g.within(homeObject.scope, () => {
    storeBinding(g, bindingPlace(g, homeObject.home, false), dst);
    properties(g, node, dst);
  });
}

function properties(g: FunctionContext, node: acorn.ObjectExpression, obj: number): void {
  const mark = g.b.mark();
  const proto = node.properties.some(isProtoSetter) ? g.b.temp() : -1;
  for (const p of node.properties) {
    const m = g.b.mark();
    if (p.type === 'SpreadElement') {
      const source = valueOf(g, p.argument);
      const none = g.b.temp();
      g.at(p).b.emit(Op.LoadUndefined, none);
      g.b.emit(Op.CopyDataProperties, obj, source, none);
    } else if (isProtoSetter(p)) {
      const v = valueOf(g, p.value as acorn.Expression);
      g.at(p).b.emit(Op.Mov, proto, v);
    } else if (p.kind === 'get' || p.kind === 'set') {
      if (staticKey(p.key, p.computed) !== null) g.nested.accessorProperty(g, obj, p);
      else {
        const key = valueOf(g, p.key as acorn.Expression, [p.value]);
        const fn = valueOf(g, p.value as acorn.Expression);
        g.at(p).b.emit(p.kind === 'get' ? Op.DefineKeyedGetter : Op.DefineKeyedSetter, obj, key, fn);
      }
    } else {
      const key = propertyKey(g, p.key, p.computed, [p.value]);
      const value = valueOf(g, p.value as acorn.Expression);
      g.at(p);
      if (p.computed && 'keyed' in key) {
        // A computed key may name a property with a setter up the chain (`['__proto__']`):
        // a literal defines, it never stores.
        g.b.emit(Op.DefineComputed, obj, key.keyed, value, isAnonymousFunction(p.value) ? MemberFlag.SetName : 0);
      } else if ('named' in key && staticKey(p.key, false) === '__proto__') {
        g.b.emit(Op.DefineMember, obj, key.named, value, 0); // `{ __proto__ }`, `{ '__proto__': v }`
      } else {
        emitSet(g, obj, key, value);
      }
    }
    g.b.release(m);
  }
  if (proto >= 0) g.at(node).b.emit(Op.SetLiteralProto, obj, proto);
  g.b.release(mark);
}

/** `__proto__: v` (not computed, not shorthand, not a method): sets the prototype. */
function isProtoSetter(p: acorn.Property | acorn.SpreadElement): boolean {
  if (p.type !== 'Property' || p.computed || p.shorthand || p.method || p.kind !== 'init') return false;
  return staticKey(p.key, false) === '__proto__';
}
