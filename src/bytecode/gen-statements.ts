// Statement code generation: control flow (if, loops with JumpLoop back-edges, switch,
// labels, break/continue), declarations and block scopes (let/const start as the TDZ hole at
// scope entry), return. Called by generator.ts per function; expressions via gen-expressions.ts.

import type * as acorn from 'acorn';
import type { Scope } from '../frontend/scope';
import { Label } from './gen-builder';
import { bindingPlace, placeOf, storeBinding, writePlace, type FunctionContext, type JumpTarget } from './gen-context';
import { effect, exprInto, jumpIfFalse, valueOf, writesDstLast } from './gen-expressions';
import { Op } from './opcodes';

export function statements(g: FunctionContext, list: readonly acorn.Statement[]): void {
  for (const s of list) statement(g, s);
}

function statement(g: FunctionContext, node: acorn.Statement, labels: readonly string[] = []): void {
  const mark = g.b.mark();
  switch (node.type) {
    case 'ExpressionStatement': effect(g, node.expression); break;
    case 'VariableDeclaration': declaration(g, node); break;
    case 'FunctionDeclaration': break; // hoisted: created in the function prologue
    case 'ReturnStatement': returnStatement(g, node); break;
    case 'BlockStatement': block(g, node); break;
    case 'EmptyStatement': break;
    case 'IfStatement': ifStatement(g, node); break;
    case 'WhileStatement': whileStatement(g, node, labels); break;
    case 'DoWhileStatement': doWhileStatement(g, node, labels); break;
    case 'ForStatement': forStatement(g, node, labels); break;
    case 'SwitchStatement': switchStatement(g, node, labels); break;
    case 'LabeledStatement': labeled(g, node, labels); break;
    case 'BreakStatement': breakStatement(g, node); break;
    case 'ContinueStatement': continueStatement(g, node); break;
    default: throw new Error(`generator: unexpected statement ${node.type}`);
  }
  g.b.release(mark);
}

// ---- scopes and declarations ----

/** Sets the let/const bindings of a block-like scope to the TDZ hole. */
export function enterScope(g: FunctionContext, scope: Scope | undefined): void {
  if (!scope) return;
  for (const binding of scope.lexicals) {
    if (binding.captured) {
      // Context slots start as the hole (CreateContext); only a function's top scope has them.
      if (scope.kind === 'function') continue;
      throw new Error(`captured ${binding.name} outside a function's top scope`);
    }
    g.b.emit(Op.LoadHole, g.registerOf(binding));
  }
}

function block(g: FunctionContext, node: acorn.BlockStatement): void {
  g.at(node);
  enterScope(g, g.scopes.scopeOf(node));
  statements(g, node.body);
}

function declaration(g: FunctionContext, node: acorn.VariableDeclaration): void {
  for (const d of node.declarations) {
    const id = d.id as acorn.Identifier;
    const mark = g.b.mark();
    if (node.kind === 'var') {
      if (d.init) assignDeclared(g, id, d.init);
    } else {
      initializeLexical(g, id, d);
    }
    g.b.release(mark);
  }
}

/** `var x = init`: an ordinary assignment to the hoisted binding. */
function assignDeclared(g: FunctionContext, id: acorn.Identifier, init: acorn.Expression): void {
  const place = placeOf(g, id);
  if (place.kind === 'register' && writesDstLast(init)) return exprInto(g, init, place.reg);
  const value = valueOf(g, init);
  writePlace(g.at(id), place, value, true);
}

/** `let x = init` / `const x = init` / `let x;`: the initialization that ends the TDZ. */
function initializeLexical(g: FunctionContext, id: acorn.Identifier, d: acorn.VariableDeclarator): void {
  const resolved = g.scopes.resolution(id);
  if (resolved.kind !== 'binding') throw new Error(`generator: ${id.name} is not a binding`);
  const place = bindingPlace(g, resolved.binding, false);
  if (place.kind === 'register' && (!d.init || writesDstLast(d.init))) {
    if (d.init) return exprInto(g, d.init, place.reg);
    return g.at(d).b.emit(Op.LoadUndefined, place.reg);
  }
  let value: number;
  if (d.init) {
    value = valueOf(g, d.init);
  } else {
    value = g.b.temp();
    g.at(d).b.emit(Op.LoadUndefined, value);
  }
  storeBinding(g.at(id), place, value);
}

function returnStatement(g: FunctionContext, node: acorn.ReturnStatement): void {
  let value: number;
  if (node.argument) {
    value = valueOf(g, node.argument);
  } else {
    value = g.b.temp();
    g.at(node).b.emit(Op.LoadUndefined, value);
  }
  g.at(node).b.emit(Op.Return, value);
}

// ---- control flow ----

function ifStatement(g: FunctionContext, node: acorn.IfStatement): void {
  const otherwise = new Label();
  jumpIfFalse(g, node.test, otherwise);
  statement(g, node.consequent);
  if (!node.alternate) return g.b.bind(otherwise);
  const done = new Label();
  if (!g.b.endsInReturn()) g.at(node).b.jump(done);
  g.b.bind(otherwise);
  statement(g, node.alternate);
  g.b.bind(done);
}

/** Runs `body` with a break/continue target pushed. */
function withTarget(g: FunctionContext, target: JumpTarget, body: () => void): void {
  g.targets.push(target);
  body();
  g.targets.pop();
}

function whileStatement(g: FunctionContext, node: acorn.WhileStatement, labels: readonly string[]): void {
  const head = new Label();
  const exit = new Label();
  g.b.bind(head);
  jumpIfFalse(g, node.test, exit);
  withTarget(g, { kind: 'loop', labels, breakLabel: exit, continueLabel: head }, () => statement(g, node.body));
  g.at(node).b.jump(head);
  g.b.bind(exit);
}

function doWhileStatement(g: FunctionContext, node: acorn.DoWhileStatement, labels: readonly string[]): void {
  const head = new Label();
  const next = new Label();
  const exit = new Label();
  g.b.bind(head);
  withTarget(g, { kind: 'loop', labels, breakLabel: exit, continueLabel: next }, () => statement(g, node.body));
  g.b.bind(next);
  jumpIfFalse(g, node.test, exit);
  g.at(node).b.jump(head);
  g.b.bind(exit);
}

function forStatement(g: FunctionContext, node: acorn.ForStatement, labels: readonly string[]): void {
  g.at(node);
  enterScope(g, g.scopes.scopeOf(node));
  if (node.init?.type === 'VariableDeclaration') declaration(g, node.init);
  else if (node.init) effect(g, node.init);
  const head = new Label();
  const next = new Label();
  const exit = new Label();
  g.b.bind(head);
  if (node.test) jumpIfFalse(g, node.test, exit);
  withTarget(g, { kind: 'loop', labels, breakLabel: exit, continueLabel: next }, () => statement(g, node.body));
  g.b.bind(next);
  if (node.update) effect(g, node.update);
  g.at(node).b.jump(head);
  g.b.bind(exit);
}

/** Strict-equality dispatch over the cases in order, then the bodies in order (fall-through). */
function switchStatement(g: FunctionContext, node: acorn.SwitchStatement, labels: readonly string[]): void {
  const tests = node.cases.flatMap((c) => (c.test ? [c.test] : []));
  const discriminant = valueOf(g, node.discriminant, tests);
  g.at(node);
  enterScope(g, g.scopes.scopeOf(node));
  const bodies = node.cases.map(() => new Label());
  const exit = new Label();
  node.cases.forEach((c, i) => {
    if (!c.test) return;
    const mark = g.b.mark();
    const value = valueOf(g, c.test);
    const matched = g.b.temp();
    g.at(c).b.emit(Op.StrictEq, matched, discriminant, value, g.b.feedback());
    g.b.jump(bodies[i], Op.JumpIfTrue, matched);
    g.b.release(mark);
  });
  const defaultIndex = node.cases.findIndex((c) => !c.test);
  g.at(node).b.jump(defaultIndex >= 0 ? bodies[defaultIndex] : exit);
  withTarget(g, { kind: 'switch', labels, breakLabel: exit, continueLabel: null }, () => {
    node.cases.forEach((c, i) => {
      g.b.bind(bodies[i]);
      statements(g, c.consequent);
    });
  });
  g.b.bind(exit);
}

function labeled(g: FunctionContext, node: acorn.LabeledStatement, outer: readonly string[]): void {
  const labels = [...outer, node.label.name];
  switch (node.body.type) {
    case 'WhileStatement': case 'DoWhileStatement': case 'ForStatement': case 'SwitchStatement':
    case 'LabeledStatement':
      return statement(g, node.body, labels);
    default: {
      const exit = new Label();
      withTarget(g, { kind: 'label', labels, breakLabel: exit, continueLabel: null }, () => statement(g, node.body));
      g.b.bind(exit);
    }
  }
}

function findTarget(g: FunctionContext, label: string | undefined, forContinue: boolean): JumpTarget {
  for (let i = g.targets.length - 1; i >= 0; i--) {
    const t = g.targets[i];
    if (forContinue && t.kind !== 'loop') continue;
    if (label === undefined ? t.kind !== 'label' : t.labels.includes(label)) return t;
  }
  throw new Error(`generator: no target for ${forContinue ? 'continue' : 'break'} ${label ?? ''}`);
}

function breakStatement(g: FunctionContext, node: acorn.BreakStatement): void {
  g.at(node).b.jump(findTarget(g, node.label?.name, false).breakLabel);
}

function continueStatement(g: FunctionContext, node: acorn.ContinueStatement): void {
  const target = findTarget(g, node.label?.name, true).continueLabel;
  if (!target) throw new Error('generator: continue target is not a loop');
  g.at(node).b.jump(target);
}
