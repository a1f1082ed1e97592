// Bytecode for classes and the other constructs around them: class definitions (constructor
// closure, DefineClass, one DefineMember per method/accessor, field initializers), the
// class-constructor prologue and return rule, `super(...)`, `super.x`, `new F(...)` and
// getters/setters of object literals. Scope analysis (frontend/scope-classes.ts) made every
// part a plain function with hidden bindings, so this file only wires the runtime opcodes.

import type * as acorn from 'acorn';
import { MemberFlag } from '../../bytecode/immediates';
import { staticKey } from '../ast';
import type { Binding } from '../scope-model';
import { bindingPlace, enterScope, readPlace, storeBinding, type FunctionContext } from './context';
import { buildArray, exprInto, valueOf } from './expressions';
import { Op } from '../../bytecode/opcodes';

function read(g: FunctionContext, binding: Binding, dst: number): void {
  readPlace(g, bindingPlace(g, binding, false), dst);
}

function store(g: FunctionContext, binding: Binding, value: number): void {
  storeBinding(g, bindingPlace(g, binding, false), value);
}

/** A class declaration or expression: the constructor into dst. */
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
    g.at(node).b.emit(Op.CreateClosure, dst, info.ctor.id, context);
    const proto = g.b.temp();
    g.b.emit(Op.DefineClass, proto, dst, parent);
    store(g, info.classBinding, dst);
    if (info.nameBinding) store(g, info.nameBinding, dst);
    store(g, info.protoBinding, proto);
    const t = g.b.temp();
    if (info.fieldsFn && info.fieldsBinding) {
      g.b.emit(Op.CreateClosure, t, info.fieldsFn.id, context);
      store(g, info.fieldsBinding, t);
    }
    for (const m of info.members) {
      g.at(m.fn.node).b.emit(Op.CreateClosure, t, m.fn.id, context);
      const flags = MemberFlag.NonEnumerable | (m.kind === 'get' ? MemberFlag.Getter : m.kind === 'set' ? MemberFlag.Setter : 0);
      g.b.emit(Op.DefineMember, m.isStatic ? dst : proto, g.b.constant(m.key), t, flags);
    }
    if (info.staticFn) {
      g.at(node).b.emit(Op.CreateClosure, t, info.staticFn.id, context);
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
    if (info.fieldsBinding) initializeFields(g, info.fieldsBinding, t);
  }
  g.b.release(mark);
}

function initializeFields(g: FunctionContext, fields: Binding, self: number): void {
  const mark = g.b.mark();
  const f = g.b.temp();
  read(g, fields, f);
  g.b.emit(Op.CallMethod, f, f, self, f, 0, g.b.constant('fields'));
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
  if (info.fields) initializeFields(g, info.fields, result);
  g.b.emit(Op.Mov, dst, result);
  g.b.release(mark);
}

/** The receiver of a super member access into dst. */
function superReceiver(g: FunctionContext, self: Binding | null, dst: number): void {
  if (self === null) g.b.emit(Op.LoadThis, dst);
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
  g.b.emit(Op.SuperGet, dst, home, self, g.b.constant(staticKey(node.property, false)!));
  g.b.release(mark);
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

/** `this.k = v` of a field initializer: a definition on the instance. */
export function fieldDefinition(g: FunctionContext, node: acorn.AssignmentExpression): void {
  const left = node.left as acorn.MemberExpression;
  const mark = g.b.mark();
  const self = valueOf(g, left.object as acorn.Expression, [node.right]);
  const v = valueOf(g, node.right);
  g.at(node).b.emit(Op.DefineMember, self, g.b.constant(staticKey(left.property, false)!), v, 0);
  g.b.release(mark);
}
