// Bytecode for classes and the other constructs around them: class definitions (constructor
// closure, DefineClass, one DefineMember per method/accessor, field initializers), the
// class-constructor prologue and return rule, `super(...)`, `super.x`, `new F(...)` and
// getters/setters of object literals. Scope analysis (frontend/scope-classes.ts) made every
// part a plain function with hidden bindings, so this file only wires the runtime opcodes.

import type * as acorn from 'acorn';
import { MemberFlag } from '../../bytecode/immediates';
import { isAnonymousFunction, staticKey } from '../ast';
import type { Binding } from '../scope-model';
import { bindingPlace, enterScope, readPlace, storeBinding, type FunctionContext } from './context';
import { buildArray, exprInto, loadReceiver, valueOf } from './expressions';
import { Op } from '../../bytecode/opcodes';
import { privateIn, privateKey } from './private-members';

function read(g: FunctionContext, binding: Binding, dst: number): void {
  readPlace(g, bindingPlace(g, binding, false), dst);
}

function store(g: FunctionContext, binding: Binding, value: number): void {
  storeBinding(g, bindingPlace(g, binding, false), value);
}

/** A class declaration or expression: the constructor into dst. In the order of the
 *  definition: the class's private names (new ones each time the class is evaluated), the
 *  constructor and prototype, then each member and computed field key in source order,
 *  then the static fields and blocks, called on the class. */
export function classInto(g: FunctionContext, node: acorn.Class, dst: number): void {
  const info = g.scopes.classes.get(node);
  if (!info) throw new Error('generator: unanalyzed class');
  const mark = g.b.mark();
  const parent = g.b.temp();
  if (node.superClass) exprInto(g, node.superClass, parent);
  else g.at(node).b.emit(Op.LoadHole, parent);
  g.within(info.scope, () => enterScope(g, info.scope));
  g.within(info.scope, () => {
    const context = g.closureContextRegister();
    const t = g.b.temp();
    for (const pn of info.privateNames) {
      if (pn.kind !== 'field') continue;
      g.at(node).b.emit(Op.CreatePrivateName, t, g.b.constant(pn.text));
      store(g, pn.binding, t);
    }
    if (info.brandBinding) {
      g.at(node).b.emit(Op.CreatePrivateName, t, g.b.constant(info.brandName));
      store(g, info.brandBinding, t);
    }
    g.at(node).b.emit(Op.CreateClosure, dst, info.ctor.id, context);
    const proto = g.b.temp();
    g.b.emit(Op.DefineClass, proto, dst, parent);
    store(g, info.classBinding, dst);
    if (info.nameBinding) store(g, info.nameBinding, dst);
    store(g, info.protoBinding, proto);
    if (info.fieldsFn && info.fieldsBinding) {
      g.b.emit(Op.CreateClosure, t, info.fieldsFn.id, context);
      store(g, info.fieldsBinding, t);
    }
    const key = g.b.temp();
    for (const e of info.elements) {
      if (e.kind === 'field-key') {
        exprInto(g, e.key, key);
        g.at(e.key).b.emit(Op.ToPropertyKey, key, key);
        store(g, e.binding, key);
        continue;
      }
      const m = e.member;
      if (m.computedKey) {
        exprInto(g, m.computedKey, key);
        g.at(m.computedKey).b.emit(Op.ToPropertyKey, key, key);
      }
      g.at(m.fn.node).b.emit(Op.CreateClosure, t, m.fn.id, context);
      if (m.privateBinding) {
        store(g, m.privateBinding, t);
        continue;
      }
      const flags = MemberFlag.NonEnumerable | (m.kind === 'get' ? MemberFlag.Getter : m.kind === 'set' ? MemberFlag.Setter : 0);
      if (m.computedKey) g.b.emit(Op.DefineComputed, m.isStatic ? dst : proto, key, t, flags | MemberFlag.SetName);
      else g.b.emit(Op.DefineMember, m.isStatic ? dst : proto, g.b.constant(m.key!), t, flags);
    }
    for (const part of info.staticParts) {
      g.at(part.node).b.emit(Op.CreateClosure, t, part.id, context);
      g.b.emit(Op.CallMethod, t, t, dst, t, 0, g.b.constant('static initializer'));
    }
  });
  g.b.release(mark);
}

/** Class constructor prologue (after the function scope is entered): check the call came
 *  from `new` and take new.target; a base class makes `this` and defines its fields. */
export function classConstructorPrologue(g: FunctionContext): void {
  const fn = g.fn;
  const info = fn.classInfo!;
  const mark = g.b.mark();
  const t = g.b.temp();
  const newTarget = g.b.temp();
  g.at(fn.node).b.emit(Op.LoadThis, t);
  g.b.emit(Op.ClassEntry, newTarget, t, g.b.constant(info.name));
  store(g, fn.scope.bindings.get('%newTarget')!, newTarget);
  if (fn.kind === 'class') {
    g.b.emit(Op.CreateThis, t, newTarget);
    store(g, fn.thisBinding!, t);
    initializeInstance(g, info.brandBinding, info.fieldsBinding, t);
  }
  g.b.release(mark);
}

/** What a new instance gets once `this` exists: the brand of the class's private methods,
 *  then its fields (the field initializer called on it). */
function initializeInstance(g: FunctionContext, brand: Binding | null, fields: Binding | null, self: number): void {
  const mark = g.b.mark();
  const f = g.b.temp();
  if (brand) {
    read(g, brand, f);
    g.b.emit(Op.DefinePrivate, self, f, f, 1);
  }
  if (fields) {
    read(g, fields, f);
    g.b.emit(Op.CallMethod, f, f, self, f, 0, g.b.constant('fields'));
  }
  g.b.release(mark);
}

/** What a class constructor's `return value` returns (in place). */
export function constructorReturn(g: FunctionContext, value: number): void {
  const fn = g.fn;
  if (fn.kind !== 'class' && fn.kind !== 'derived-class') return;
  const mark = g.b.mark();
  const self = g.b.temp();
  read(g, fn.thisBinding!, self);
  g.b.emit(Op.CtorResult, value, value, self, fn.kind === 'derived-class' ? 1 : 0);
  g.b.release(mark);
}

/** `super(...args)`: construct the parent with this new.target, bind `this`, define fields. */
export function superCallInto(g: FunctionContext, node: acorn.CallExpression, dst: number): void {
  const info = g.scopes.superCalls.get(node)!;
  const mark = g.b.mark();
  const args = g.b.temp();
  buildArray(g, node.arguments, args, node);
  const cls = g.b.temp();
  const newTarget = g.b.temp();
  read(g, info.cls, cls);
  read(g, info.newTarget, newTarget);
  const result = g.b.temp();
  g.at(node).b.emit(Op.SuperConstruct, result, cls, newTarget, args);
  read(g, info.self, cls);
  g.b.emit(Op.CheckSuperNotCalled, cls);
  store(g, info.self, result);
  initializeInstance(g, info.brand, info.fields, result);
  g.b.emit(Op.Mov, dst, result);
  g.b.release(mark);
}

/** The receiver of a super member access into dst. */
function superReceiver(g: FunctionContext, self: Binding | null, dst: number): void {
  if (self === null) loadReceiver(g, dst);
  else {
    readPlace(g, bindingPlace(g, self, self.fn.kind === 'derived-class'), dst);
  }
}

/** `super.key` into dst; its receiver (this) into `receiver` when asked (method calls). */
export function superMemberInto(g: FunctionContext, node: acorn.MemberExpression, dst: number, receiver = -1): void {
  const info = g.scopes.superMembers.get(node)!;
  const mark = g.b.mark();
  const home = g.b.temp();
  const self = receiver >= 0 ? receiver : g.b.temp();
  g.at(node);
  read(g, info.home, home);
  superReceiver(g, info.self, self);
  const key = superKey(g, node);
  if (typeof key === 'number') g.at(node).b.emit(Op.SuperGetKeyed, dst, home, self, key);
  else g.b.emit(Op.SuperGet, dst, home, self, g.b.constant(key), g.b.feedback());
  g.b.release(mark);
}

/** The key of super member `node`: its name, or (`super[expr]`) a register holding the
 *  property key of expr, evaluated after the receiver as the spec orders them. */
function superKey(g: FunctionContext, node: acorn.MemberExpression): string | number {
  if (!node.computed) return staticKey(node.property, false)!;
  const key = g.b.temp();
  exprInto(g, node.property as acorn.Expression, key);
  g.b.emit(Op.ToPropertyKey, key, key);
  return key;
}

/** `new F(args)`. */
export function constructInto(g: FunctionContext, node: acorn.NewExpression, dst: number, name: number): void {
  const mark = g.b.mark();
  const args = node.arguments as acorn.Expression[];
  const f = valueOf(g, node.callee as acorn.Expression, args);
  const base = args.length > 0 ? g.b.temps(args.length) : dst;
  args.forEach((a, i) => exprInto(g, a, base + i));
  g.b.release(mark);
  g.at(node).b.emit(Op.Construct, dst, f, base, args.length, name);
}

/** An object literal's `get k() {}` / `set k(v) {}`: define the accessor on obj. */
export function accessorProperty(g: FunctionContext, obj: number, p: acorn.Property): void {
  const mark = g.b.mark();
  const f = valueOf(g, p.value as acorn.Expression);
  g.at(p).b.emit(Op.DefineMember, obj, g.b.constant(staticKey(p.key, p.computed)!), f, p.kind === 'get' ? MemberFlag.Getter : MemberFlag.Setter);
  g.b.release(mark);
}

/** `this.k = v` of a field initializer: a definition on the instance (`this[%fieldkeyN]`
 *  for a computed key, `this.#x` for a private field). */
export function fieldDefinition(g: FunctionContext, node: acorn.AssignmentExpression): void {
  const left = node.left as acorn.MemberExpression;
  const mark = g.b.mark();
  const self = valueOf(g, left.object as acorn.Expression, [node.right]);
  if (left.property.type === 'PrivateIdentifier') {
    const key = privateKey(g, left.property);
    const v = valueOf(g, node.right);
    g.at(node).b.emit(Op.DefinePrivate, self, key.private, v, 0);
  } else if (left.computed) {
    const key = valueOf(g, left.property as acorn.Expression, [node.right]);
    const v = valueOf(g, node.right);
    g.at(node).b.emit(Op.DefineComputed, self, key, v, isAnonymousFunction(node.right) ? MemberFlag.SetName : 0);
  } else {
    const v = valueOf(g, node.right);
    g.at(node).b.emit(Op.DefineMember, self, g.b.constant(staticKey(left.property, false)!), v, 0);
  }
  g.b.release(mark);
}

/** `#x in o`. */
export function privateInto(g: FunctionContext, node: acorn.BinaryExpression, dst: number): void {
  const mark = g.b.mark();
  const object = valueOf(g, node.right);
  g.at(node);
  privateIn(g, node.left as acorn.PrivateIdentifier, object, dst);
  g.b.release(mark);
}

/** `new.target`: the function's `%newTarget` binding, or undefined where there is none. */
export function newTargetInto(g: FunctionContext, node: acorn.MetaProperty, dst: number): void {
  const binding = g.scopes.newTargets.get(node);
  if (binding === undefined) throw new Error('generator: unresolved new.target');
  if (binding === null) g.at(node).b.emit(Op.LoadUndefined, dst);
  else read(g.at(node), binding, dst);
}

/** The prologue of an ordinary function that reads new.target: its very first
 *  instruction takes it (runtime-core's construct() leaves it for exactly that call). */
export function newTargetPrologue(g: FunctionContext): (() => void) | null {
  const binding = g.fn.kind === 'normal' && g.fn.node.type !== 'Program' ? g.fn.scope.bindings.get('%newTarget') : undefined;
  if (!binding) return null;
  const t = g.b.temp();
  g.at(g.fn.node).b.emit(Op.LoadNewTarget, t);
  return () => store(g, binding, t);
}

const SUPER_COMPOUND_OPS: Readonly<Record<string, number>> = {
  '+=': Op.Add, '-=': Op.Sub, '*=': Op.Mul, '/=': Op.Div, '%=': Op.Mod, '**=': Op.Exp,
  '&=': Op.BitAnd, '|=': Op.BitOr, '^=': Op.BitXor, '<<=': Op.Shl, '>>=': Op.Sar, '>>>=': Op.Shr,
};

/** `super.k = v` and `super.k op= v` in a method: a SuperSet on `this`. */
export function superAssignment(g: FunctionContext, node: acorn.AssignmentExpression, dst: number | null): void {
  const target = node.left as acorn.MemberExpression;
  const info = g.scopes.superMembers.get(target)!;
  const mark = g.b.mark();
  const home = g.b.temp();
  const self = g.b.temp();
  g.at(target);
  read(g, info.home, home);
  superReceiver(g, info.self, self);
  const named = superKey(g, target);
  const key = typeof named === 'number' ? named : g.b.constant(named);
  let value: number;
  if (node.operator === '=') {
    value = valueOf(g, node.right);
  } else {
    const op = SUPER_COMPOUND_OPS[node.operator];
    if (op === undefined) throw new Error(`generator: super ${node.operator}`);
    const current = g.b.temp();
    if (typeof named === 'number') g.b.emit(Op.SuperGetKeyed, current, home, self, key);
    else g.b.emit(Op.SuperGet, current, home, self, key, g.b.feedback());
    const right = valueOf(g, node.right);
    value = g.b.temp();
    g.at(node).b.emit(op, value, current, right, g.b.feedback());
  }
  if (typeof named === 'number') g.at(node).b.emit(Op.SuperSetKeyed, home, self, key, value);
  else g.at(node).b.emit(Op.SuperSet, home, self, key, value);
  if (dst !== null) g.b.emit(Op.Mov, dst, value);
  g.b.release(mark);
}
