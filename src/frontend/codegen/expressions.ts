// Expression code generation: subset-checked, scope-resolved ESTree expressions → register
// bytecode. `exprInto` computes a value into a given register, `valueOf` into whatever
// register is cheapest, `effect` for the side effects only, `jumpIfFalse`/`jumpIfTrue` for
// conditions. Called by statements.ts; bindings are accessed through context.ts,
// destructuring patterns through patterns.ts.

import type * as acorn from 'acorn';
import { getLineInfo } from 'acorn';
import { arrayIndex, printCallee, staticKey } from '../ast';
import { SPREAD_BUILTINS } from '../scope-model';
import { Builtin } from '../../bytecode/builtin-ids';
import {
  bindingPlace, directTarget, lookupWith, placeOf, placeOperand, readPlace, writePlace, type DynamicPlace, type FunctionContext, type Place, type PrivateKey, type StaticPlace, type MappedPlace,
} from './context';
import { Label, type Located } from './builder';
import { describeEvalSite } from '../eval-scopes';
import { SUPPORTED_GLOBALS } from '../globals';
import { Op } from '../../bytecode/opcodes';

type ArithmeticOperator = Exclude<acorn.BinaryOperator, 'in' | 'instanceof'>;

const BINARY_OPS: { readonly [K in ArithmeticOperator]: number } = {
  '+': Op.Add, '-': Op.Sub, '*': Op.Mul, '/': Op.Div, '%': Op.Mod, '**': Op.Exp,
  '&': Op.BitAnd, '|': Op.BitOr, '^': Op.BitXor, '<<': Op.Shl, '>>': Op.Sar, '>>>': Op.Shr,
  '<': Op.Lt, '<=': Op.Le, '>': Op.Gt, '>=': Op.Ge,
  '==': Op.Eq, '!=': Op.Ne, '===': Op.StrictEq, '!==': Op.StrictNe,
};

const LOGICAL_JUMPS: { readonly [K in acorn.LogicalOperator]: number } = {
  // Jump taken when the left value is the result (short circuit).
  '&&': Op.JumpIfFalse, '||': Op.JumpIfTrue, '??': Op.JumpIfNotNullish,
};

// ---- entry points ----

/** Emits code that leaves the value of `node` in `dst`. */
export function exprInto(g: FunctionContext, node: acorn.Expression, dst: number): void {
  switch (node.type) {
    case 'Identifier': return readPlace(g.at(node), placeOf(g, node), dst);
    case 'Literal': return literal(g, node, dst);
    case 'TemplateLiteral': return template(g, node, dst);
    case 'TaggedTemplateExpression': return g.nested.taggedTemplateInto(g, node, dst);
    case 'UnaryExpression': return unary(g, node, dst);
    case 'UpdateExpression': return update(g, node, dst);
    case 'BinaryExpression': return binary(g, node, dst);
    case 'LogicalExpression': return logical(g, node, dst);
    case 'AssignmentExpression': return assignment(g, node, dst);
    case 'ConditionalExpression': return conditional(g, node, dst);
    case 'SequenceExpression': return sequence(g, node, dst);
    case 'CallExpression': return call(g, node, dst);
    case 'NewExpression':
      if (g.scopes.builtinCalls.has(node)) return builtinCall(g, node, dst);
      if (node.arguments.some((a) => a.type === 'SpreadElement')) return constructSpread(g, node, dst);
      return g.nested.constructInto(g, node, dst, g.b.constant(printCallee(node.callee as acorn.Expression, g.source)));
    case 'ClassExpression': return g.nested.classInto(g, node, dst);
    case 'MetaProperty': return g.nested.newTargetInto(g, node, dst);
    case 'YieldExpression': return g.nested.yieldInto(g, node, dst);
    case 'AwaitExpression': return g.nested.awaitInto(g, node, dst);
    case 'MemberExpression': return member(g, node, dst);
    case 'ThisExpression': return thisValue(g, node, dst);
    case 'ArrayExpression': return arrayLiteral(g, node, dst);
    case 'ObjectExpression': return g.nested.objectLiteralInto(g, node, dst);
    case 'FunctionExpression': case 'ArrowFunctionExpression': return closure(g, node, dst);
    case 'ParenthesizedExpression': return exprInto(g, node.expression, dst);
    case 'ChainExpression': return optionalChain(g, node, dst, () => exprInto(g, node.expression, dst), Op.LoadUndefined);
    default: throw new Error(`generator: unexpected expression ${node.type}`);
  }
}

/**
 * A register holding the value of `node`. An identifier bound to a register is used in place
 * unless one of `later` (evaluated before the value is consumed) may assign to a binding.
 */
export function valueOf(g: FunctionContext, node: acorn.Expression, later: readonly acorn.Node[] = []): number {
  if (node.type === 'Identifier') {
    const place = placeOf(g, node);
    if (place.kind === 'register') return placeOperand(g.at(node), place, later.some(mayWrite));
  }
  if (node.type === 'ParenthesizedExpression') return valueOf(g, node.expression, later);
  const t = g.b.temp();
  exprInto(g, node, t);
  return t;
}

/** Emits `node` for its side effects only. */
export function effect(g: FunctionContext, node: acorn.Expression): void {
  const mark = g.b.mark();
  switch (node.type) {
    case 'AssignmentExpression': assignment(g, node, null); break;
    case 'UpdateExpression': update(g, node, null); break;
    case 'SequenceExpression': for (const e of node.expressions) effect(g, e); break;
    case 'ParenthesizedExpression': effect(g, node.expression); break;
    case 'Literal': break;
    case 'Identifier': {
      // Only the TDZ check or ReferenceError of a read is observable.
      const place = placeOf(g, node);
      if (place.kind === 'register') placeOperand(g.at(node), place, false);
      else readPlace(g.at(node), place, g.b.temp());
      break;
    }
    default: exprInto(g, node, g.b.temp());
  }
  g.b.release(mark);
}

/**
 * May evaluating `node` assign to a register binding of the running function? (Conservative:
 * any assignment or update. Calls cannot: nested functions write captured bindings, which
 * live in contexts.)
 */
export function mayWrite(node: acorn.Node): boolean {
  const n = node as acorn.AnyNode;
  switch (n.type) {
    case 'AssignmentExpression': case 'UpdateExpression': return true;
    case 'Identifier': case 'Literal': case 'ThisExpression': return false;
    case 'FunctionExpression': case 'ArrowFunctionExpression': return false;
    case 'MemberExpression': return mayWrite(n.object) || (n.computed && mayWrite(n.property));
    case 'TemplateLiteral': return n.expressions.some(mayWrite);
    case 'UnaryExpression': return mayWrite(n.argument);
    case 'BinaryExpression': case 'LogicalExpression': return mayWrite(n.left) || mayWrite(n.right);
    case 'ConditionalExpression': return mayWrite(n.test) || mayWrite(n.consequent) || mayWrite(n.alternate);
    case 'SequenceExpression': return n.expressions.some(mayWrite);
    case 'CallExpression': case 'NewExpression': return mayWrite(n.callee) || n.arguments.some(mayWrite);
    case 'SpreadElement': return mayWrite(n.argument);
    case 'ArrayExpression': return n.elements.some((e) => e !== null && mayWrite(e));
    case 'ObjectExpression':
      return n.properties.some((p) => p.type === 'SpreadElement' ? mayWrite(p) : (p.computed && mayWrite(p.key)) || mayWrite(p.value));
    case 'ParenthesizedExpression': case 'ChainExpression': return mayWrite(n.expression);
    default: return true;
  }
}

/**
 * Does `exprInto(node, dst)` write `dst` only with its last instruction, after reading all
 * operands? Then a binding's own register may be the destination.
 */
export function writesDstLast(node: acorn.Expression): boolean {
  switch (node.type) {
    case 'Identifier': case 'Literal': case 'BinaryExpression': case 'CallExpression': case 'MemberExpression':
    case 'NewExpression': case 'ThisExpression': case 'FunctionExpression': case 'ArrowFunctionExpression':
      return true;
    case 'ArrayExpression': return !node.elements.some((e) => e?.type === 'SpreadElement');
    case 'UnaryExpression': return node.operator !== 'void';
    case 'ParenthesizedExpression': return writesDstLast(node.expression);
    default: return false;
  }
}

// ---- conditions ----

/** Jumps to `target` when `node` is falsy; falls through otherwise. */
export function jumpIfFalse(g: FunctionContext, node: acorn.Expression, target: Label): void {
  if (node.type === 'UnaryExpression' && node.operator === '!') return jumpIfTrue(g, node.argument, target);
  if (node.type === 'ParenthesizedExpression') return jumpIfFalse(g, node.expression, target);
  if (node.type === 'LogicalExpression' && node.operator === '&&') {
    jumpIfFalse(g, node.left, target);
    return jumpIfFalse(g, node.right, target);
  }
  if (node.type === 'LogicalExpression' && node.operator === '||') {
    const skip = new Label();
    jumpIfTrue(g, node.left, skip);
    jumpIfFalse(g, node.right, target);
    return g.b.bind(skip);
  }
  const known = constantTruth(node);
  if (known === false) g.b.at(node).jump(target);
  if (known !== null) return;
  branchOn(g, node, target, Op.JumpIfFalse);
}

/** Jumps to `target` when `node` is truthy; falls through otherwise. */
export function jumpIfTrue(g: FunctionContext, node: acorn.Expression, target: Label): void {
  if (node.type === 'UnaryExpression' && node.operator === '!') return jumpIfFalse(g, node.argument, target);
  if (node.type === 'ParenthesizedExpression') return jumpIfTrue(g, node.expression, target);
  if (node.type === 'LogicalExpression' && node.operator === '||') {
    jumpIfTrue(g, node.left, target);
    return jumpIfTrue(g, node.right, target);
  }
  if (node.type === 'LogicalExpression' && node.operator === '&&') {
    const skip = new Label();
    jumpIfFalse(g, node.left, skip);
    jumpIfTrue(g, node.right, target);
    return g.b.bind(skip);
  }
  const known = constantTruth(node);
  if (known === true) g.b.at(node).jump(target);
  if (known !== null) return;
  branchOn(g, node, target, Op.JumpIfTrue);
}

function branchOn(g: FunctionContext, node: acorn.Expression, target: Label, op: number): void {
  const mark = g.b.mark();
  const r = valueOf(g, node);
  g.b.at(node).jump(target, op, r);
  g.b.release(mark);
}

/** Truthiness of a literal condition (`while (true)`), or null when not a literal. */
function constantTruth(node: acorn.Expression): boolean | null {
  if (node.type !== 'Literal' || node.regex || node.bigint !== undefined) return null;
  return Boolean(node.value);
}

// ---- leaves ----

export function loadNumber(g: FunctionContext, dst: number, value: number): void {
  if (Number.isInteger(value) && (value | 0) === value && !Object.is(value, -0)) {
    g.b.emit(Op.LoadInt, dst, value);
  } else {
    g.b.emit(Op.LoadConst, dst, g.b.constant(value));
  }
}

function literal(g: FunctionContext, node: acorn.Literal, dst: number): void {
  const v = node.value;
  g.b.at(node);
  if (typeof v === 'number') return loadNumber(g, dst, v);
  if (typeof v === 'string') return g.b.emit(Op.LoadConst, dst, g.b.constant(v));
  if (v === true) return g.b.emit(Op.LoadTrue, dst);
  if (v === false) return g.b.emit(Op.LoadFalse, dst);
  if (node.bigint !== undefined) {
    // The value's one heap object (interned by value), found or made from its digits.
    g.b.emit(Op.LoadConst, dst, g.b.constant(BigInt(node.bigint).toString()));
    return g.b.emit(Op.CallBuiltin, dst, Builtin.BigIntLiteral, dst, 1);
  }
  if (node.regex !== undefined) {
    // A new RegExp object per evaluation (the pattern was checked when parsed).
    const args = g.b.temps(2);
    g.b.emit(Op.LoadConst, args, g.b.constant(node.regex.pattern));
    g.b.emit(Op.LoadConst, args + 1, g.b.constant(node.regex.flags));
    return g.b.emit(Op.CallBuiltin, dst, Builtin.RegExpCreate, args, 2);
  }
  if (v === null) return g.b.emit(Op.LoadNull, dst);
  throw new Error(`generator: unexpected literal ${node.raw}`);
}

/** `a${x}b` → "a" + String(x) + "b" (a leading empty part is left out: String(x) is a string). */
function template(g: FunctionContext, node: acorn.TemplateLiteral, dst: number): void {
  const cooked = (i: number): string => node.quasis[i].value.cooked ?? '';
  const head = cooked(0);
  let started = head !== '' || node.expressions.length === 0;
  if (started) g.b.at(node).emit(Op.LoadConst, dst, g.b.constant(head));
  node.expressions.forEach((e, i) => {
    const mark = g.b.mark();
    const v = valueOf(g, e);
    if (started) {
      const s = g.b.temp();
      g.b.at(e).emit(Op.ToString, s, v);
      g.b.emit(Op.Add, dst, dst, s, g.b.feedback());
    } else {
      g.b.at(e).emit(Op.ToString, dst, v);
      started = true;
    }
    const text = cooked(i + 1);
    if (text !== '') {
      const t = g.b.temp();
      g.b.at(node.quasis[i + 1]).emit(Op.LoadConst, t, g.b.constant(text));
      g.b.emit(Op.Add, dst, dst, t, g.b.feedback());
    }
    g.b.release(mark);
  });
}

function thisValue(g: FunctionContext, node: acorn.ThisExpression, dst: number): void {
  const binding = g.scopes.thisOf.get(node);
  if (binding === undefined) throw new Error('generator: unresolved this');
  if (binding === null) return loadReceiver(g.at(node), dst);
  const derived = binding.name === '%this' && binding.fn.kind === 'derived-class';
  readPlace(g.at(node), bindingPlace(g, binding, derived), dst);
}

/** The frame's receiver into dst as `this` sees it: sloppy functions get the global object
 *  for an undefined or null receiver and a primitive in its wrapper (OrdinaryCallBindThis);
 *  an object, the common case, is one tag and kind test. The script's top level keeps its
 *  receiver (module.exports, as node's CommonJS wrapper has it). */
export function loadReceiver(g: FunctionContext, dst: number): void {
  g.b.emit(Op.LoadThis, dst);
  if (g.fn.strict || g.fn.node.type === 'Program' || (g.fn.kind !== 'normal' && g.fn.kind !== 'method')) return;
  const done = new Label();
  g.b.jump(done, Op.JumpIfObject, dst);
  g.b.emit(Op.CallBuiltin, dst, Builtin.SloppyThis, dst, 1);
  g.b.bind(done);
}

// ---- properties ----

/** A property key: a constant-pool name (GetNamed/SetNamed) or a register (keyed ops). */
export type Key = { readonly named: number } | { readonly keyed: number } | PrivateKey;

/** The key of a static property name: array indices go to the keyed ops. */
export function staticPropertyKey(g: FunctionContext, name: string): Key {
  const index = arrayIndex(name);
  if (index === null) return { named: g.b.constant(name) };
  const t = g.b.temp();
  loadNumber(g, t, index);
  return { keyed: t };
}

/** The key of `o.k` / `o[k]` / a pattern or literal property (computed keys are evaluated). */
export function propertyKey(
  g: FunctionContext, key: acorn.Expression | acorn.PrivateIdentifier, computed: boolean, later: readonly acorn.Node[],
): Key {
  if (key.type === 'PrivateIdentifier') return g.nested.privateKey(g, key);
  const name = staticKey(key, computed);
  if (name !== null) return staticPropertyKey(g, name);
  return { keyed: valueOf(g, key as acorn.Expression, later) };
}

export function emitGet(g: FunctionContext, dst: number, object: number, key: Key): void {
  if ('private' in key) return g.nested.privateGet(g, dst, object, key);
  if ('named' in key) g.b.emit(Op.GetNamed, dst, object, key.named, g.b.feedback());
  else g.b.emit(Op.GetKeyed, dst, object, key.keyed, g.b.feedback());
}

export function emitSet(g: FunctionContext, object: number, key: Key, value: number): void {
  if ('private' in key) return g.nested.privateSet(g, object, key, value);
  if ('named' in key) g.b.emit(Op.SetNamed, object, key.named, value, g.b.feedback());
  else g.b.emit(Op.SetKeyed, object, key.keyed, value, g.b.feedback());
}

/** The object and key registers of a member expression; `later` runs before they are used. */
function memberParts(g: FunctionContext, node: acorn.MemberExpression, later: readonly acorn.Node[]): { object: number; key: Key } {
  const object = valueOf(g, node.object as acorn.Expression, node.computed ? [node.property, ...later] : later);
  shortCircuit(g, node, object);
  const key = propertyKey(g, node.property, node.computed, later);
  return { object, key };
}

// ---- optional chains ----

/**
 * An optional chain (`a?.b.c()`, `f?.()`): `body` emits the chain's last link into dst; an
 * optional link whose object or callee is null or undefined jumps out of the whole chain to
 * where `onExit` (LoadUndefined: the chain's value; LoadTrue: `delete a?.b`) writes dst.
 */
function optionalChain(g: FunctionContext, node: acorn.Node, dst: number, body: () => void, onExit: Op): void {
  const exit = new Label();
  const done = new Label();
  const saved = g.chainExit;
  g.chainExit = exit;
  body();
  g.chainExit = saved;
  g.b.at(node).jump(done);
  g.b.bind(exit);
  g.b.emit(onExit, dst);
  g.b.bind(done);
}

/** After an optional link's object or callee is in `value`: leave the chain when nullish. */
function shortCircuit(g: FunctionContext, link: acorn.MemberExpression | acorn.CallExpression, value: number): void {
  if (!link.optional) return;
  if (g.chainExit === null) throw new Error('generator: optional link outside an optional chain');
  g.b.at(link).jump(g.chainExit, Op.JumpIfNullish, value);
}

/** `arguments.callee`: the running function, or the TypeError of an unmapped arguments
 *  object's callee accessor (node's message). */
function argumentsCallee(g: FunctionContext, node: acorn.MemberExpression, dst: number): void {
  if (g.scopes.argumentsCallee.get(node) === 'callee') return g.at(node).b.emit(Op.LoadCallee, dst);
  g.at(node.property).b.emit(Op.ThrowTypeError, g.b.constant("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"));
}

function member(g: FunctionContext, node: acorn.MemberExpression, dst: number): void {
  if (node.object.type === 'Super') return g.nested.superMemberInto(g, node, dst);
  if (g.scopes.argumentsCallee.has(node)) return argumentsCallee(g, node, dst);
  const constant = g.scopes.builtinConstants.get(node);
  if (constant !== undefined) return loadNumber(g.at(node), dst, constant);
  const builtinValue = g.scopes.builtinValues.get(node);
  if (builtinValue !== undefined) return g.at(node).b.emit(Op.CallBuiltin, dst, builtinValue, dst, 0);
  const mark = g.b.mark();
  const { object, key } = memberParts(g, node, []);
  g.b.release(mark);
  g.b.at(accessPosition(g, node));
  emitGet(g, dst, object, key);
}

/** Where V8 places a property access in errors and stack frames: at the name of `o.k`
 *  (at its `.` once the chain has had a call: `f().k`, as V8's parser does), at the `[` of
 *  `o[k]`. */
function accessPosition(g: FunctionContext, node: acorn.MemberExpression): Located {
  if (!node.computed && !followsCall(node)) return node.property;
  return sourcePosition(g, node.computed ? '[' : '.', node.object.end, node.property.start) ?? node;
}

/** Where V8 places a call: at the callee's last name (`f()`, `o.m()`), else at the `(`. */
function callPosition(g: FunctionContext, node: acorn.CallExpression): Located {
  const callee = node.callee;
  if (callee.type === 'Identifier') return callee;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type !== 'Super') return callee.property;
  return sourcePosition(g, '(', callee.end, node.end) ?? node;
}

/** Is the member access part of a chain that went through a call before it? */
function followsCall(node: acorn.MemberExpression): boolean {
  let object: acorn.Node = node.object;
  while (object.type === 'MemberExpression') object = (object as acorn.MemberExpression).object;
  return object.type === 'CallExpression';
}

/** The position of the first `text` in the source between offsets from and to. */
function sourcePosition(g: FunctionContext, text: string, from: number, to: number): Located | null {
  const at = g.source.indexOf(text, from);
  if (at < 0 || at >= to) return null;
  const { line, column } = getLineInfo(g.source, at);
  return { loc: { start: { line, column } } };
}

/** Where V8 places an assignment: at its operator. */
function operatorPosition(g: FunctionContext, node: acorn.AssignmentExpression): Located {
  return sourcePosition(g, node.operator, node.left.end, node.right.start) ?? node;
}

function arrayLiteral(g: FunctionContext, node: acorn.ArrayExpression, dst: number): void {
  buildArray(g, node.elements, dst, node);
}

/** A function expression or arrow: a closure over the current context. */
function closure(g: FunctionContext, node: acorn.FunctionExpression | acorn.ArrowFunctionExpression, dst: number): void {
  const info = g.scopes.functionInfo(node);
  const nameScope = g.scopes.scopeOf(node);
  const mark = g.b.mark();
  g.at(node);
  if (nameScope?.hasContext) {
    // A named function expression whose name is used inside: a context holding the closure.
    const context = g.b.temp();
    g.b.emit(Op.CreateContext, context, nameScope.contextSlots);
    if (nameScope.hasLink) g.b.emit(Op.StoreContextSlot, g.currentContext(), context, 0, 0);
    g.b.emit(Op.CreateClosure, dst, info.id, context);
    g.b.emit(Op.StoreContextSlot, dst, context, 0, nameScope.captured[0].slot);
  } else {
    g.b.emit(Op.CreateClosure, dst, info.id, g.closureContextRegister());
  }
  g.b.release(mark);
}

// ---- operators ----

function unary(g: FunctionContext, node: acorn.UnaryExpression, dst: number): void {
  const arg = node.argument;
  if (node.operator === '-' && arg.type === 'Literal' && typeof arg.value === 'number') {
    return loadNumber(g.at(node), dst, -arg.value);
  }
  if (node.operator === 'void') {
    effect(g, arg);
    return g.b.at(node).emit(Op.LoadUndefined, dst);
  }
  if (node.operator === 'delete') {
    if (arg.type === 'Identifier') return deleteName(g, arg, dst);
    const reference = arg.type === 'ChainExpression' ? arg.expression : arg;
    if (reference.type !== 'MemberExpression') {
      // `delete f()`, `delete 1`: the operand is evaluated, and deleting a value is true.
      effect(g, arg);
      return g.b.emit(Op.LoadTrue, dst);
    }
    if (arg.type !== 'ChainExpression') return deleteProperty(g, reference, dst, node);
    // `delete a?.b` is true when a is null or undefined.
    return optionalChain(g, arg, dst, () => deleteProperty(g, reference, dst, node), Op.LoadTrue);
  }
  if (node.operator === 'typeof' && arg.type === 'Identifier') {
    const place = placeOf(g, arg);
    const inner = place.kind === 'dynamic' ? place.inner : place;
    if (inner.kind === 'global' && !SUPPORTED_GLOBALS.has(inner.name)) {
      // typeof of an undeclared name is 'undefined', not a ReferenceError.
      const readForTypeof = (): void => g.b.at(node).emit(Op.LoadGlobalForTypeof, dst, g.b.constant(inner.name));
      if (place.kind === 'dynamic') lookupWith(g, place, (object) => g.b.emit(Op.GetNamed, dst, object, g.b.constant(place.name), g.b.feedback()), readForTypeof);
      else readForTypeof();
      return g.b.emit(Op.TypeOf, dst, dst);
    }
  }
  const mark = g.b.mark();
  const v = valueOf(g, arg);
  g.b.release(mark);
  g.b.at(node);
  switch (node.operator) {
    case '-': return g.b.emit(Op.Neg, dst, v, g.b.feedback());
    case '+': return g.b.emit(Op.ToNumber, dst, v, g.b.feedback());
    case '~': return g.b.emit(Op.BitNot, dst, v, g.b.feedback());
    case '!': return g.b.emit(Op.Not, dst, v);
    case 'typeof': return g.b.emit(Op.TypeOf, dst, v);
  }
}

/** Sloppy `delete x`: a declared binding stays (false); a property a with object has, or a
 *  global object property, is deleted as `delete o.x` would (true when it is gone). */
function deleteName(g: FunctionContext, id: acorn.Identifier, dst: number): void {
  const place = placeOf(g, id);
  const deleteOn = (object: number): void => {
    const key = g.b.temp();
    g.b.emit(Op.LoadConst, key, g.b.constant(id.name));
    g.b.emit(Op.DeleteProperty, dst, object, key);
  };
  const staticDelete = (inner: StaticPlace | MappedPlace): void => {
    if (inner.kind !== 'global') return g.b.emit(Op.LoadFalse, dst);
    const global = g.b.temp();
    g.b.emit(Op.LoadGlobal, global, g.b.constant('globalThis'));
    deleteOn(global);
  };
  const mark = g.b.mark();
  g.at(id);
  if (place.kind === 'dynamic') lookupWith(g, place, deleteOn, () => staticDelete(place.inner));
  else staticDelete(place);
  g.b.release(mark);
}

/** `delete target` (the unary expression `at`) into dst. */
function deleteProperty(g: FunctionContext, target: acorn.MemberExpression, dst: number, at: acorn.Node): void {
  const mark = g.b.mark();
  const object = valueOf(g, target.object as acorn.Expression, target.computed ? [target.property] : []);
  shortCircuit(g, target, object);
  let key: number;
  const name = staticKey(target.property, target.computed);
  if (name !== null) {
    key = g.b.temp();
    const index = arrayIndex(name);
    if (index === null) g.at(target.property).b.emit(Op.LoadConst, key, g.b.constant(name));
    else loadNumber(g, key, index);
  } else {
    key = valueOf(g, target.property as acorn.Expression);
  }
  g.b.release(mark);
  g.at(at).b.emit(Op.DeleteProperty, dst, object, key);
}

function binary(g: FunctionContext, node: acorn.BinaryExpression, dst: number): void {
  if (node.left.type === 'PrivateIdentifier') return g.nested.privateInto(g, node, dst);
  const mark = g.b.mark();
  const left = valueOf(g, node.left as acorn.Expression, [node.right]);
  const right = valueOf(g, node.right);
  g.b.release(mark);
  g.atOperatorAfter(node.left);
  if (node.operator === 'in') return g.b.emit(Op.HasProperty, dst, left, right);
  if (node.operator === 'instanceof') return g.b.emit(Op.InstanceOf, dst, left, right);
  g.b.emit(BINARY_OPS[node.operator], dst, left, right, g.b.feedback());
}

function logical(g: FunctionContext, node: acorn.LogicalExpression, dst: number): void {
  const done = new Label();
  exprInto(g, node.left, dst);
  g.b.at(node).jump(done, LOGICAL_JUMPS[node.operator], dst);
  exprInto(g, node.right, dst);
  g.b.bind(done);
}

function conditional(g: FunctionContext, node: acorn.ConditionalExpression, dst: number): void {
  const otherwise = new Label();
  const done = new Label();
  jumpIfFalse(g, node.test, otherwise);
  exprInto(g, node.consequent, dst);
  g.b.at(node).jump(done);
  g.b.bind(otherwise);
  exprInto(g, node.alternate, dst);
  g.b.bind(done);
}

function sequence(g: FunctionContext, node: acorn.SequenceExpression, dst: number): void {
  const last = node.expressions.length - 1;
  node.expressions.forEach((e, i) => (i < last ? effect(g, e) : exprInto(g, e, dst)));
}

// ---- assignment and update ----

/** Assignment; the assigned value is left in `dst` unless `dst` is null. */
function assignment(g: FunctionContext, node: acorn.AssignmentExpression, dst: number | null): void {
  const left = node.left;
  if (g.scopes.fieldDefinitions.has(node)) return g.nested.fieldDefinition(g, node);
  if (left.type === 'MemberExpression') return memberAssignment(g, node, left, dst);
  if (left.type === 'ObjectPattern' || left.type === 'ArrayPattern') return g.nested.patternAssignment(g, node, dst);
  const place = placeOf(g, left as acorn.Identifier);
  const mark = g.b.mark();
  let value: number;
  if (node.operator === '=') value = simpleAssign(g, node, place);
  else if (node.operator === '&&=' || node.operator === '||=' || node.operator === '??=') {
    value = logicalAssign(g, node, place, node.operator.slice(0, 2) as acorn.LogicalOperator);
  } else value = compoundAssign(g, node, place, node.operator.slice(0, -1) as ArithmeticOperator);
  if (dst !== null && dst !== value) g.b.emit(Op.Mov, dst, value);
  g.b.release(mark);
}

function simpleAssign(g: FunctionContext, node: acorn.AssignmentExpression, place: Place): number {
  const direct = directTarget(place);
  if (direct !== null && writesDstLast(node.right)) {
    exprInto(g, node.right, direct);
    return direct;
  }
  const value = valueOf(g, node.right);
  writePlace(g.at(node), place, value, false);
  return value;
}

function compoundAssign(g: FunctionContext, node: acorn.AssignmentExpression, place: Place, op: ArithmeticOperator): number {
  const current = placeOperand(g.at(node.left), place, mayWrite(node.right));
  const right = valueOf(g, node.right);
  const direct = directTarget(place);
  const result = direct ?? g.b.temp();
  g.b.at(node).emit(BINARY_OPS[op], result, current, right, g.b.feedback());
  if (direct === null) writePlace(g, place, result, true);
  return result;
}

function logicalAssign(g: FunctionContext, node: acorn.AssignmentExpression, place: Place, op: acorn.LogicalOperator): number {
  const done = new Label();
  const direct = directTarget(place);
  const result = direct ?? g.b.temp();
  readPlace(g.at(node.left), place, result);
  g.b.at(node).jump(done, LOGICAL_JUMPS[op], result);
  if (direct === null || writesDstLast(node.right)) {
    exprInto(g, node.right, result);
  } else {
    const value = valueOf(g, node.right);
    g.b.at(node).emit(Op.Mov, result, value);
  }
  if (direct === null) writePlace(g.at(node), place, result, true);
  g.b.bind(done);
  return result;
}

/** `o.k = v`, `a[i] op= v`, `o.k ||= v`: object and key are evaluated once. */
function memberAssignment(
  g: FunctionContext, node: acorn.AssignmentExpression, target: acorn.MemberExpression, dst: number | null,
): void {
  if (target.object.type === 'Super') return g.nested.superAssignment(g, node, dst);
  const mark = g.b.mark();
  const { object, key } = memberParts(g, target, [node.right]);
  let value: number;
  if (node.operator === '=') {
    value = valueOf(g, node.right);
    g.b.at(operatorPosition(g, node));
    emitSet(g, object, key, value);
  } else if (node.operator === '&&=' || node.operator === '||=' || node.operator === '??=') {
    const done = new Label();
    value = g.b.temp();
    g.at(target);
    emitGet(g, value, object, key);
    g.b.at(node).jump(done, LOGICAL_JUMPS[node.operator.slice(0, 2) as acorn.LogicalOperator], value);
    exprInto(g, node.right, value);
    g.at(node);
    emitSet(g, object, key, value);
    g.b.bind(done);
  } else {
    const current = g.b.temp();
    g.at(target);
    emitGet(g, current, object, key);
    const right = valueOf(g, node.right);
    value = g.b.temp();
    g.b.at(node).emit(BINARY_OPS[node.operator.slice(0, -1) as ArithmeticOperator], value, current, right, g.b.feedback());
    emitSet(g, object, key, value);
  }
  if (dst !== null) g.b.emit(Op.Mov, dst, value);
  g.b.release(mark);
}

/** `++x`, `x--`: the value (new for prefix, old as a numeric for postfix) goes to `dst`. */
function update(g: FunctionContext, node: acorn.UpdateExpression, dst: number | null): void {
  if (node.argument.type === 'MemberExpression') return memberUpdate(g, node, node.argument, dst);
  const place = placeOf(g, node.argument as acorn.Identifier);
  const op = node.operator === '++' ? Op.Inc : Op.Dec;
  const mark = g.b.mark();
  const current = placeOperand(g.at(node), place, false);
  const direct = directTarget(place);
  let input = current;
  if (!node.prefix && dst !== null) {
    g.b.emit(Op.ToNumeric, dst, current, g.b.feedback());
    input = dst;
  }
  const result = direct ?? g.b.temp();
  g.b.emit(op, result, input, g.b.feedback());
  if (direct === null) writePlace(g, place, result, true);
  if (node.prefix && dst !== null && dst !== result) g.b.emit(Op.Mov, dst, result);
  g.b.release(mark);
}

function memberUpdate(g: FunctionContext, node: acorn.UpdateExpression, target: acorn.MemberExpression, dst: number | null): void {
  const mark = g.b.mark();
  const { object, key } = memberParts(g, target, []);
  const current = g.b.temp();
  g.at(node);
  emitGet(g, current, object, key);
  let input = current;
  if (!node.prefix && dst !== null) {
    input = g.b.temp();
    g.b.emit(Op.ToNumeric, input, current, g.b.feedback());
  }
  const result = g.b.temp();
  g.b.emit(node.operator === '++' ? Op.Inc : Op.Dec, result, input, g.b.feedback());
  emitSet(g, object, key, result);
  if (dst !== null) g.b.emit(Op.Mov, dst, node.prefix ? result : input);
  g.b.release(mark);
}

// ---- calls ----

/**
 * The function and receiver (-1: none, a plain call) of a callee: `o.m` and `super.m` and
 * `(a?.m)` are method calls on their object; `later` is evaluated before the call.
 */
export function calleeParts(g: FunctionContext, callee: acorn.Expression, later: readonly acorn.Node[]): { fn: number; receiver: number } {
  let fn: number;
  let receiver = -1;
  if (callee.type === 'MemberExpression' && callee.object.type === 'Super') {
    // super.m(args): m looked up from the home object's prototype, called on `this`.
    receiver = g.b.temp();
    fn = g.b.temp();
    g.nested.superMemberInto(g, callee, fn, receiver);
  } else if (callee.type === 'MemberExpression' && g.scopes.argumentsCallee.has(callee)) {
    // arguments.callee(args): the running function, called with the arguments object as this.
    receiver = valueOf(g, callee.object as acorn.Expression, later);
    fn = g.b.temp();
    argumentsCallee(g, callee, fn);
  } else if (callee.type === 'MemberExpression') {
    // o.m(args): the receiver is evaluated once and passed as `this`.
    const parts = memberParts(g, callee, later);
    receiver = parts.object;
    fn = g.b.temp();
    g.b.at(accessPosition(g, callee));
    emitGet(g, fn, receiver, parts.key);
  } else if (callee.type === 'ChainExpression' && callee.expression.type === 'MemberExpression') {
    // (a?.m)(args): still a method call on a; a nullish a makes the callee undefined.
    const link = callee.expression;
    fn = g.b.temp();
    receiver = g.b.temp();
    optionalChain(g, callee, fn, () => {
      const parts = memberParts(g, link, later);
      g.b.emit(Op.Mov, receiver, parts.object);
      g.at(link);
      emitGet(g, fn, receiver, parts.key);
    }, Op.LoadUndefined);
  } else if (callee.type === 'Identifier' && dynamicPlace(g, callee) !== null) {
    // f(args) inside a with body: a function found on a with object gets it as `this`.
    const place = dynamicPlace(g, callee)!;
    fn = g.b.temp();
    receiver = g.b.temp();
    lookupWith(g, place, (object) => {
      g.b.emit(Op.Mov, receiver, object);
      g.b.emit(Op.GetNamed, fn, object, g.b.constant(place.name), g.b.feedback());
    }, () => {
      g.b.emit(Op.LoadUndefined, receiver);
      readPlace(g, place.inner, fn);
    });
  } else {
    fn = valueOf(g, callee, later);
  }
  return { fn, receiver };
}

function dynamicPlace(g: FunctionContext, id: acorn.Identifier): DynamicPlace | null {
  const place = placeOf(g, id);
  return place.kind === 'dynamic' ? place : null;
}

/**
 * `eval(args)`: when the callee is the realm's eval, a direct eval of the first argument in
 * this scope (the contexts it sees described in the instruction); else an ordinary call.
 */
function directEvalCall(g: FunctionContext, node: acorn.CallExpression, site: { self: acorn.ThisExpression; inParameters: boolean }, dst: number): void {
  const args = node.arguments as acorn.Expression[];
  const mark = g.b.mark();
  const fn = g.b.temp();
  readPlace(g.at(node.callee), placeOf(g, node.callee as acorn.Identifier), fn);
  const base = g.b.temps(Math.max(1, args.length));
  if (args.length === 0) g.b.emit(Op.LoadUndefined, base);
  args.forEach((a, i) => exprInto(g, a, base + i));
  const isEval = g.b.temp();
  g.b.at(callPosition(g, node)).emit(Op.IsIntrinsicEval, isEval, fn);
  const ordinary = new Label();
  const done = new Label();
  g.b.jump(ordinary, Op.JumpIfFalse, isEval);
  const receiver = g.b.temp();
  thisValue(g, site.self, receiver);
  const description = JSON.stringify(describeEvalSite(g.scope, g.fn, site.inParameters));
  g.b.at(callPosition(g, node)).emit(Op.DirectEval, dst, base, g.closureContextRegister(), receiver, g.b.constant(description));
  g.b.jump(done);
  g.b.bind(ordinary);
  g.b.emit(Op.Call, dst, fn, base, args.length, g.b.constant('eval'));
  g.b.bind(done);
  g.b.release(mark);
}

function call(g: FunctionContext, node: acorn.CallExpression, dst: number): void {
  if (g.scopes.builtinCalls.has(node)) return builtinCall(g, node, dst);
  if (g.selfHosted && selfHostedIntrinsic(g, node, dst)) return;
  const resolved = g.scopes.requireResolveTargets.get(node);
  if (resolved !== undefined) return requireResolve(g, node, resolved, dst);
  const evalSite = g.scopes.directEvals.get(node);
  if (evalSite !== undefined) return directEvalCall(g, node, evalSite, dst);
  if (node.callee.type === 'Super') return g.nested.superCallInto(g, node, dst);
  const args = node.arguments;
  const callee = node.callee as acorn.Expression;
  const name = g.b.constant(printCallee(callee, g.source));
  const mark = g.b.mark();
  const parts = calleeParts(g, callee, args);
  const fn = parts.fn;
  let receiver = parts.receiver;
  shortCircuit(g, node, fn);
  if (args.some((a) => a.type === 'SpreadElement')) {
    const array = g.b.temp();
    buildArray(g, args, array, node);
    if (receiver < 0) {
      receiver = g.b.temp();
      g.b.emit(Op.LoadUndefined, receiver);
    }
    g.b.release(mark);
    g.at(node).b.emit(Op.CallSpread, dst, fn, receiver, array, name);
    return;
  }
  // With no arguments the argument register is never read; name the destination.
  const base = args.length > 0 ? g.b.temps(args.length) : dst;
  const required = g.scopes.requireTargets.get(node);
  if (required !== undefined) requireArgument(g, node, required, base);
  else args.forEach((a, i) => exprInto(g, a as acorn.Expression, base + i));
  g.b.release(mark);
  g.b.at(callPosition(g, node));
  if (receiver >= 0) g.b.emit(Op.CallMethod, dst, fn, receiver, base, args.length, name);
  else g.b.emit(Op.Call, dst, fn, base, args.length, name);
}

/** Self-hosted code's intrinsics (global names nothing else defines there):
 *  `callFunction(f, thisArg, ...args)` calls f with that receiver (a CallMethod, without
 *  Function.prototype.call in between), `argumentCount()` is how many arguments the running
 *  function was passed. False for any other call. */
function selfHostedIntrinsic(g: FunctionContext, node: acorn.CallExpression, dst: number): boolean {
  const callee = node.callee;
  if (callee.type !== 'Identifier' || placeOf(g, callee).kind !== 'global') return false;
  const args = node.arguments as acorn.Expression[];
  if (callee.name === 'argumentCount' && args.length === 0) {
    g.at(node).b.emit(Op.LoadArgumentCount, dst);
    return true;
  }
  if (callee.name !== 'callFunction' || args.length < 2 || args.some((a) => (a as acorn.Node).type === 'SpreadElement')) return false;
  const mark = g.b.mark();
  const fn = g.b.temp();
  const receiver = g.b.temp();
  exprInto(g, args[0], fn);
  exprInto(g, args[1], receiver);
  const rest = args.slice(2);
  const base = rest.length > 0 ? g.b.temps(rest.length) : dst;
  rest.forEach((a, i) => exprInto(g, a, base + i));
  g.b.release(mark);
  g.b.at(callPosition(g, node)).emit(Op.CallMethod, dst, fn, receiver, base, rest.length, g.b.constant('callback'));
  return true;
}

/** `require.resolve('…')` as the module loader resolved it: the path, or a call of require
 *  with the specifier, which throws node's "Cannot find module" (require.resolve's error). */
function requireResolve(g: FunctionContext, node: acorn.CallExpression, resolved: { readonly path: string } | { readonly missing: string }, dst: number): void {
  if ('path' in resolved) {
    g.at(node).b.emit(Op.LoadConst, dst, g.b.constant(resolved.path));
    return;
  }
  const mark = g.b.mark();
  const fn = g.b.temp();
  const arg = g.b.temp();
  readPlace(g.at(node), placeOf(g, (node.callee as acorn.MemberExpression).object as acorn.Identifier), fn);
  g.b.emit(Op.LoadConst, arg, g.b.constant(resolved.missing));
  g.b.release(mark);
  g.b.at(callPosition(g, node)).emit(Op.Call, dst, fn, arg, 1, g.b.constant('require.resolve'));
}

/** `new F(...args)`: the arguments as an array, then ConstructSpread. */
function constructSpread(g: FunctionContext, node: acorn.NewExpression, dst: number): void {
  const mark = g.b.mark();
  const callee = node.callee as acorn.Expression;
  const f = valueOf(g, callee, node.arguments);
  const array = g.b.temp();
  buildArray(g, node.arguments, array, node);
  g.b.release(mark);
  g.at(node).b.emit(Op.ConstructSpread, dst, f, array, g.b.constant(printCallee(callee, g.source)));
}

/** `require('./x')` passes the module loader's answer: the module's index, or the
 *  specifier when no file was found (the native require then throws as node does). */
function requireArgument(g: FunctionContext, node: acorn.CallExpression, target: number | string, dst: number): void {
  g.at(node.arguments[0]);
  if (typeof target === 'number') loadNumber(g, dst, target);
  else g.b.emit(Op.LoadConst, dst, g.b.constant(target));
}

/** An array from elements (an array literal's, or call arguments with spreads): CreateArray
 *  of the leading plain ones (holes are hole markers), then a push or an append per element. */
export function buildArray(g: FunctionContext, elements: readonly (acorn.Expression | acorn.SpreadElement | null)[], array: number, at: acorn.Node): void {
  const firstSpread = elements.findIndex((e) => e?.type === 'SpreadElement');
  const prefix = firstSpread < 0 ? elements.length : firstSpread;
  const mark = g.b.mark();
  // With no elements the element register is never read; name the destination.
  const base = prefix > 0 ? g.b.temps(prefix) : array;
  for (let i = 0; i < prefix; i++) {
    const e = elements[i];
    if (e === null) g.at(at).b.emit(Op.LoadHole, base + i);
    else exprInto(g, e as acorn.Expression, base + i);
  }
  g.b.release(mark);
  g.at(at).b.emit(Op.CreateArray, array, base, prefix);
  for (let i = prefix; i < elements.length; i++) {
    const e = elements[i];
    const m = g.b.mark();
    if (e === null) {
      const t = g.b.temp();
      g.at(at).b.emit(Op.LoadHole, t);
      g.b.emit(Op.ArrayPush, array, t);
    } else if (e.type === 'SpreadElement') {
      const v = valueOf(g, e.argument);
      g.at(e).b.emit(Op.ArrayAppend, array, v);
    } else {
      const v = valueOf(g, e);
      g.at(e).b.emit(Op.ArrayPush, array, v);
    }
    g.b.release(m);
  }
}

/** `Math.floor(x)`, `parseInt(s)`, `new Array(n)`: a CallBuiltin (spreads only for SPREAD_BUILTINS). */
function builtinCall(g: FunctionContext, node: acorn.CallExpression | acorn.NewExpression, dst: number): void {
  const id = g.scopes.builtinCalls.get(node);
  if (id === undefined) throw new Error('generator: new expression reached the generator');
  if (node.arguments.some((a) => a.type === 'SpreadElement')) return foldedBuiltinCall(g, node, id, dst);
  const args = node.arguments as acorn.Expression[];
  const mark = g.b.mark();
  // With no arguments the argument register is never read; name the destination.
  const base = args.length > 0 ? g.b.temps(args.length) : dst;
  args.forEach((a, i) => exprInto(g, a, base + i));
  g.b.release(mark);
  // (V8 places `JSON.parse(…)` at `parse`, as any call: where an error inside it points)
  if (node.type === 'CallExpression') g.b.at(callPosition(g, node));
  else g.at(node);
  g.b.emit(Op.CallBuiltin, dst, id, base, args.length);
}

/**
 * A builtin call with spread arguments, folded over the argument array:
 * `Math.max(...xs)` → r = Math.max(); for (e of args) r = Math.max(r, e) (likewise min);
 * `String.fromCharCode(...cs)` → r = ''; for (e of args) r += String.fromCharCode(e).
 */
function foldedBuiltinCall(g: FunctionContext, node: acorn.CallExpression | acorn.NewExpression, id: Builtin, dst: number): void {
  if (!SPREAD_BUILTINS.has(id)) throw new Error('generator: spread in a builtin call reached the generator');
  const concat = id === Builtin.StringFromCharCode;
  const mark = g.b.mark();
  const args = g.b.temp();
  const index = g.b.temp();
  const pair = g.b.temps(2); // the running result, then the element
  buildArray(g, node.arguments, args, node);
  g.at(node);
  if (concat) g.b.emit(Op.LoadConst, pair, g.b.constant(''));
  else g.b.emit(Op.CallBuiltin, pair, id, pair, 0);
  g.b.emit(Op.LoadInt, index, 0);
  const head = new Label();
  const exit = new Label();
  g.b.bind(head);
  const m = g.b.mark();
  const length = g.b.temp();
  const more = g.b.temp();
  g.b.emit(Op.GetNamed, length, args, g.b.constant('length'), g.b.feedback());
  g.b.emit(Op.Lt, more, index, length, g.b.feedback());
  g.b.jump(exit, Op.JumpIfFalse, more);
  g.b.release(m);
  g.b.emit(Op.GetKeyed, pair + 1, args, index, g.b.feedback());
  if (concat) {
    const t = g.b.temp();
    g.b.emit(Op.CallBuiltin, t, id, pair + 1, 1);
    g.b.emit(Op.Add, pair, pair, t, g.b.feedback());
  } else {
    g.b.emit(Op.CallBuiltin, pair, id, pair, 2);
  }
  g.b.emit(Op.Inc, index, index, g.b.feedback());
  g.b.jump(head);
  g.b.bind(exit);
  g.b.emit(Op.Mov, dst, pair);
  g.b.release(mark);
}
