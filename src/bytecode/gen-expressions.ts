// Expression code generation: subset-checked, scope-resolved ESTree expressions → register
// bytecode. `exprInto` computes a value into a given register, `valueOf` into whatever
// register is cheapest, `effect` for the side effects only, `jumpIfFalse`/`jumpIfTrue` for
// conditions. Called by gen-statements.ts; bindings are accessed through gen-context.ts.

import type * as acorn from 'acorn';
import { builtinCallPath, builtinConstantPath } from '../frontend/ast';
import { BUILTIN_CALLS, BUILTIN_CONSTANTS } from '../runtime/builtin-ids';
import {
  directTarget, placeOf, placeOperand, readPlace, writePlace, type FunctionContext, type Place,
} from './gen-context';
import { Label } from './gen-builder';
import { Op } from './opcodes';

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
    case 'UnaryExpression': return unary(g, node, dst);
    case 'UpdateExpression': return update(g, node, dst);
    case 'BinaryExpression': return binary(g, node, dst);
    case 'LogicalExpression': return logical(g, node, dst);
    case 'AssignmentExpression': return assignment(g, node, dst);
    case 'ConditionalExpression': return conditional(g, node, dst);
    case 'SequenceExpression': return sequence(g, node, dst);
    case 'CallExpression': return call(g, node, dst);
    case 'MemberExpression': return builtinConstant(g, node, dst);
    case 'ParenthesizedExpression': return exprInto(g, node.expression, dst);
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

/** May evaluating `node` assign to a binding? (Conservative: any assignment or update.) */
export function mayWrite(node: acorn.Node): boolean {
  const n = node as acorn.AnyNode;
  switch (n.type) {
    case 'AssignmentExpression': case 'UpdateExpression': return true;
    case 'Identifier': case 'Literal': case 'MemberExpression': return false;
    case 'TemplateLiteral': return n.expressions.some(mayWrite);
    case 'UnaryExpression': return mayWrite(n.argument);
    case 'BinaryExpression': case 'LogicalExpression': return mayWrite(n.left) || mayWrite(n.right);
    case 'ConditionalExpression': return mayWrite(n.test) || mayWrite(n.consequent) || mayWrite(n.alternate);
    case 'SequenceExpression': return n.expressions.some(mayWrite);
    case 'CallExpression': return mayWrite(n.callee) || n.arguments.some(mayWrite);
    case 'ParenthesizedExpression': return mayWrite(n.expression);
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
      return true;
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
  if (v === null) return g.b.emit(Op.LoadNull, dst);
  throw new Error(`generator: unexpected literal ${node.raw}`);
}

function builtinConstant(g: FunctionContext, node: acorn.MemberExpression, dst: number): void {
  const path = builtinConstantPath(node);
  const value = path === null ? undefined : BUILTIN_CONSTANTS.get(path);
  if (value === undefined) throw new Error('generator: member access reached the generator');
  loadNumber(g.at(node), dst, value);
}

/** `a${x}b` → "a" + x + "b" (the first part is kept even when empty, so the result is a string). */
function template(g: FunctionContext, node: acorn.TemplateLiteral, dst: number): void {
  const cooked = (i: number): string => node.quasis[i].value.cooked ?? '';
  g.b.at(node).emit(Op.LoadConst, dst, g.b.constant(cooked(0)));
  node.expressions.forEach((e, i) => {
    const mark = g.b.mark();
    const v = valueOf(g, e);
    g.b.at(e).emit(Op.Add, dst, dst, v, g.b.feedback());
    const text = cooked(i + 1);
    if (text !== '') {
      const t = g.b.temp();
      g.b.at(node.quasis[i + 1]).emit(Op.LoadConst, t, g.b.constant(text));
      g.b.emit(Op.Add, dst, dst, t, g.b.feedback());
    }
    g.b.release(mark);
  });
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
  if (node.operator === 'typeof' && arg.type === 'Identifier') {
    const place = placeOf(g, arg);
    if (place.kind === 'global' && place.name !== 'undefined' && place.name !== 'NaN' && place.name !== 'Infinity') {
      return g.b.at(node).emit(Op.LoadConst, dst, g.b.constant('undefined'));
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
    case 'delete': throw new Error('generator: delete reached the generator');
  }
}

function binary(g: FunctionContext, node: acorn.BinaryExpression, dst: number): void {
  if (node.operator === 'in' || node.operator === 'instanceof') {
    throw new Error(`generator: ${node.operator} reached the generator`);
  }
  const mark = g.b.mark();
  const left = valueOf(g, node.left as acorn.Expression, [node.right]);
  const right = valueOf(g, node.right);
  g.b.release(mark);
  g.b.at(node).emit(BINARY_OPS[node.operator], dst, left, right, g.b.feedback());
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
  const place = placeOf(g, node.left as acorn.Identifier);
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

/** `++x`, `x--`: the value (new for prefix, old as a number for postfix) goes to `dst`. */
function update(g: FunctionContext, node: acorn.UpdateExpression, dst: number | null): void {
  const place = placeOf(g, node.argument as acorn.Identifier);
  const op = node.operator === '++' ? Op.Inc : Op.Dec;
  const mark = g.b.mark();
  const current = placeOperand(g.at(node), place, false);
  const direct = directTarget(place);
  let input = current;
  if (!node.prefix && dst !== null) {
    g.b.emit(Op.ToNumber, dst, current, g.b.feedback());
    input = dst;
  }
  const result = direct ?? g.b.temp();
  g.b.emit(op, result, input, g.b.feedback());
  if (direct === null) writePlace(g, place, result, true);
  if (node.prefix && dst !== null && dst !== result) g.b.emit(Op.Mov, dst, result);
  g.b.release(mark);
}

// ---- calls ----

function call(g: FunctionContext, node: acorn.CallExpression, dst: number): void {
  const path = builtinCallPath(node.callee);
  const args = node.arguments as acorn.Expression[];
  const mark = g.b.mark();
  const callee = path === null ? valueOf(g, node.callee as acorn.Expression, args) : -1;
  // With no arguments the argument register is never read; name the destination.
  const base = args.length > 0 ? g.b.temps(args.length) : dst;
  args.forEach((a, i) => exprInto(g, a, base + i));
  g.b.release(mark);
  g.b.at(node);
  if (path !== null) {
    g.b.emit(Op.CallBuiltin, dst, BUILTIN_CALLS.get(path)!, base, args.length);
  } else {
    g.b.emit(Op.Call, dst, callee, base, args.length, g.b.constant(calleeName(g, node.callee as acorn.Expression)));
  }
}

/** How node names a callee in "x is not a function": `f`, `f(...)`, else the source text. */
function calleeName(g: FunctionContext, callee: acorn.Expression): string {
  switch (callee.type) {
    case 'Identifier': return callee.name;
    case 'CallExpression': return `${calleeName(g, callee.callee as acorn.Expression)}(...)`;
    case 'ParenthesizedExpression': return calleeName(g, callee.expression);
    default: return g.source.slice(callee.start, callee.end);
  }
}
