// Statement code generation: control flow (if, loops with JumpLoop back-edges, switch,
// labels, break/continue), declarations and block scopes (let/const start as the TDZ hole at
// scope entry), return. Called by generator.ts per function; expressions via expressions.ts.

import { classInto, constructorReturn } from './classes';
import type * as acorn from 'acorn';
import type { Scope } from '../scope-model';
import { Label } from './builder';
import {
  bindingPlace, directTarget, inScope, placeOf, readPlace, storeBinding, writePlace, type FunctionContext, type JumpTarget,
} from './context';
import { effect, exprInto, jumpIfFalse, valueOf, writesDstLast } from './expressions';
import { destructure, patternSource, type PatternMode } from './patterns';
import { crossesFinally, ignoringExceptions, leaveTries, throwStatement, tryStatement, withIteratorClose } from './exceptions';
import { awaitRegister, emitFunctionReturn, isAsyncGenerator } from './suspension';
import { Op } from '../../bytecode/opcodes';
import { Builtin } from '../../bytecode/builtin-ids';

export function statements(g: FunctionContext, list: readonly acorn.Statement[]): void {
  for (const s of list) statement(g, s);
}

export function statement(g: FunctionContext, node: acorn.Statement, labels: readonly string[] = []): void {
  const mark = g.b.mark();
  switch (node.type) {
    case 'ExpressionStatement': effect(g, node.expression); break;
    case 'VariableDeclaration': declaration(g, node); break;
    case 'ClassDeclaration': classDeclaration(g, node); break;
    case 'FunctionDeclaration': annexBFunction(g, node); break; // the closure was made on entry (hoisted)
    case 'ReturnStatement': returnStatement(g, node); break;
    case 'BlockStatement': block(g, node); break;
    case 'EmptyStatement': case 'DebuggerStatement': break; // no debugger attaches to kiln
    case 'IfStatement': ifStatement(g, node); break;
    case 'WhileStatement': whileStatement(g, node, labels); break;
    case 'DoWhileStatement': doWhileStatement(g, node, labels); break;
    case 'ForStatement': forStatement(g, node, labels); break;
    case 'ForInStatement': forInOf(g, node, labels); break;
    case 'ForOfStatement': if (node.await) forAwaitOf(g, node, labels); else forInOf(g, node, labels); break;
    case 'SwitchStatement': switchStatement(g, node, labels); break;
    case 'LabeledStatement': labeled(g, node, labels); break;
    case 'BreakStatement': breakStatement(g, node); break;
    case 'ContinueStatement': continueStatement(g, node); break;
    case 'ThrowStatement': throwStatement(g, node); break;
    case 'TryStatement': tryStatement(g, node); break;
    case 'WithStatement': withStatement(g, node); break;
    default: throw new Error(`generator: unexpected statement ${(node as acorn.Node).type}`);
  }
  g.b.release(mark);
}

// ---- scopes and declarations ----

/**
 * A fresh copy of a per-iteration scope's context (`for (let i ...)`: closures made in one
 * iteration keep that iteration's bindings).
 */
function copyContext(g: FunctionContext, scope: Scope): void {
  const reg = g.contextRegisterOf(scope);
  const mark = g.b.mark();
  const fresh = g.b.temp();
  const t = g.b.temp();
  g.b.emit(Op.CreateContext, fresh, scope.contextSlots);
  for (let slot = 0; slot < scope.contextSlots; slot++) {
    g.b.emit(Op.LoadContextSlot, t, reg, 0, slot);
    g.b.emit(Op.StoreContextSlot, t, fresh, 0, slot);
  }
  g.b.emit(Op.Mov, reg, fresh);
  g.b.release(mark);
}

/** Sloppy code reaching a function declaration in a block (Annex B.3.3): the function's var
 *  of that name (a global property in a global script) takes the block's function. */
function annexBFunction(g: FunctionContext, node: acorn.FunctionDeclaration): void {
  const annexB = g.scopes.annexBFunctions.get(node);
  if (annexB === undefined) return;
  const value = g.b.temp();
  readPlace(g, bindingPlace(g, annexB.block, false), value);
  if (annexB.target === null) g.b.emit(Op.StoreGlobal, value, g.b.constant(node.id.name), 0);
  else storeBinding(g, bindingPlace(g, annexB.target, false), value);
}

function block(g: FunctionContext, node: acorn.BlockStatement): void {
  g.at(node);
  inScope(g, g.scopes.scopeOf(node), () => statements(g, node.body));
}

/** `with (o) body`: ToObject(o) in the body scope's hidden binding, which the body's names
 *  consult first (context.ts lookupWith). */
function withStatement(g: FunctionContext, node: acorn.WithStatement): void {
  const scope = g.scopes.scopeOf(node);
  if (scope?.withObject === undefined) throw new Error('generator: a with statement without its scope');
  const object = g.b.temp();
  exprInto(g, node.object, object);
  g.at(node).b.emit(Op.ToWithObject, object, object);
  inScope(g, scope, () => {
    storeBinding(g, bindingPlace(g, scope.withObject!, false), object);
    statement(g, node.body);
  });
}

function declaration(g: FunctionContext, node: acorn.VariableDeclaration): void {
  for (const d of node.declarations) {
    const mark = g.b.mark();
    if (d.id.type !== 'Identifier') {
      if (d.init) destructureDeclarator(g, d, node.kind === 'var' ? 'var' : 'init');
    } else if (node.kind === 'var') {
      if (d.init) assignDeclared(g, d.id, d.init);
    } else {
      initializeLexical(g, d.id, d);
    }
    g.b.release(mark);
  }
}

function destructureDeclarator(g: FunctionContext, d: acorn.VariableDeclarator, mode: PatternMode): void {
  const init = d.init as acorn.Expression;
  const value = g.b.temp();
  exprInto(g, init, value);
  destructure(g, d.id, value, mode, patternSource(init, g.source));
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
  if (node.argument && crossesFinally(g, 0)) {
    // The finalizers run after the value is computed and may assign the variable it came from.
    value = g.b.temp();
    exprInto(g, node.argument, value);
  } else if (node.argument) {
    value = valueOf(g, node.argument);
  } else {
    value = g.b.temp();
    g.at(node).b.emit(Op.LoadUndefined, value);
  }
  // An async generator's `return v` awaits v (before the finalizers run).
  if (node.argument && isAsyncGenerator(g)) {
    const awaited = g.b.temp();
    awaitRegister(g.at(node), value, awaited);
    value = awaited;
  }
  leaveTries(g, 0);
  if (g.fn.kind === 'class' || g.fn.kind === 'derived-class') {
    const t = g.b.temp();
    g.b.emit(Op.Mov, t, value);
    constructorReturn(g.at(node), t);
    value = t;
  }
  emitFunctionReturn(g.at(node), value);
}

function classDeclaration(g: FunctionContext, node: acorn.ClassDeclaration): void {
  const mark = g.b.mark();
  const t = g.b.temp();
  classInto(g, node, t);
  g.at(node);
  storeBinding(g, placeOf(g, node.id!), t);
  g.b.release(mark);
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
  g.targets.push({ ...target, tryDepth: g.tries.length });
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

/**
 * for (init; test; update): a `let`/`const` head scope that owns a context is copied after
 * the initialization and at the end of each iteration, before the update.
 */
function forStatement(g: FunctionContext, node: acorn.ForStatement, labels: readonly string[]): void {
  g.at(node);
  const scope = g.scopes.scopeOf(node);
  inScope(g, scope, () => {
    if (node.init?.type === 'VariableDeclaration') declaration(g, node.init);
    else if (node.init) effect(g, node.init);
    const perIteration = scope?.hasContext ? scope : null;
    if (perIteration) copyContext(g.at(node), perIteration);
    const head = new Label();
    const next = new Label();
    const exit = new Label();
    g.b.bind(head);
    if (node.test) jumpIfFalse(g, node.test, exit);
    withTarget(g, { kind: 'loop', labels, breakLabel: exit, continueLabel: next }, () => statement(g, node.body));
    g.b.bind(next);
    if (perIteration) copyContext(g.at(node), perIteration);
    if (node.update) effect(g, node.update);
    g.at(node).b.jump(head);
    g.b.bind(exit);
  });
}

/**
 * for (x of iterable) → t = ForOfIterable(iterable); for (i = 0; i < t.length; i++) x = t[i]
 * (the length is read each iteration: elements pushed meanwhile are visited, as by node's
 * array iterator; for a Map or Set, t is a cursor whose length and elements follow the
 * live entries, see runtime/collections.ts); for (k in o) → the same over ForInKeys(o), whose length is fixed, skipping
 * a key that is no longer `in` o (deleted during the loop; a string's keys cannot be). A
 * let/const head gets a fresh scope (and context) per iteration.
 */
function forInOf(g: FunctionContext, node: acorn.ForInStatement | acorn.ForOfStatement, labels: readonly string[]): void {
  const isOf = node.type === 'ForOfStatement';
  const items = g.b.temp();
  const index = g.b.temp();
  const length = isOf ? -1 : g.b.temp();
  const object = isOf ? -1 : g.b.temp();
  const checkKeys = isOf ? -1 : g.b.temp();
  inScope(g, g.scopes.scopeOf(node.right), () => {
    if (isOf) {
      const mark = g.b.mark();
      const iterable = valueOf(g, node.right);
      g.at(node.right).b.emit(Op.ForOfIterable, items, iterable);
      g.b.release(mark);
    } else {
      exprInto(g, node.right, object);
      g.at(node.right).b.emit(Op.ForInKeys, items, object);
    }
  });
  g.at(node);
  if (!isOf) {
    const mark = g.b.mark();
    const type = g.b.temp();
    const string = g.b.temp();
    g.b.emit(Op.TypeOf, type, object);
    g.b.emit(Op.LoadConst, string, g.b.constant('string'));
    g.b.emit(Op.StrictNe, checkKeys, type, string, g.b.feedback());
    g.b.emit(Op.GetNamed, length, items, g.b.constant('length'), g.b.feedback());
    g.b.release(mark);
  }
  g.b.emit(Op.LoadInt, index, 0);
  const head = new Label();
  const next = new Label();
  const exit = new Label();
  g.b.bind(head);
  const mark = g.b.mark();
  const more = g.b.temp();
  if (isOf) {
    const n = g.b.temp();
    g.b.emit(Op.GetNamed, n, items, g.b.constant('length'), g.b.feedback());
    g.b.emit(Op.Lt, more, index, n, g.b.feedback());
  } else {
    g.b.emit(Op.Lt, more, index, length, g.b.feedback());
  }
  g.b.jump(exit, Op.JumpIfFalse, more);
  g.b.release(mark);
  const { left, target, mode, scope } = loopHead(g, node);
  inScope(g, scope, () => {
    const m = g.b.mark();
    const element = elementRegister(g, target, mode);
    g.at(left).b.emit(Op.GetKeyed, element, items, index, g.b.feedback());
    if (!isOf) {
      const present = g.b.temp();
      const checked = new Label();
      g.b.jump(checked, Op.JumpIfFalse, checkKeys);
      g.b.emit(Op.HasProperty, present, element, object);
      g.b.jump(next, Op.JumpIfFalse, present);
      g.b.bind(checked);
    }
    if (!isOf) {
      destructure(g, target, element, mode, 'for');
      g.b.release(m);
      withTarget(g, { kind: 'loop', labels, breakLabel: exit, continueLabel: next }, () => statement(g, node.body));
      return;
    }
    const closer = {
      closeIterator: (c: FunctionContext) => emitScratch(c, (t) => c.b.emit(Op.CallBuiltin, t, Builtin.IteratorClose, items, 1)),
      closeOnThrow: (c: FunctionContext) => emitScratch(c, (t) => c.b.emit(Op.CallBuiltin, t, Builtin.IteratorCloseOnThrow, items, 1)),
    };
    withIteratorClose(g, closer, (outside) => {
      destructure(g, target, element, mode, 'for');
      g.b.release(m);
      withTarget(g, { kind: 'loop', labels, breakLabel: exit, continueLabel: next, breakTryDepth: outside }, () => statement(g, node.body));
    });
  });
  g.b.bind(next);
  g.at(node).b.emit(Op.Inc, index, index, g.b.feedback());
  g.b.jump(head);
  g.b.bind(exit);
}

/** Where a for-of/in element is read: the loop variable's own register when it has one. */
/** A for-in/of head: what each iteration binds (a declaration's pattern or an assignment
 *  target), how, and the per-iteration scope of a let/const head. */
function loopHead(g: FunctionContext, node: acorn.ForInStatement | acorn.ForOfStatement): { left: acorn.Node; target: acorn.Pattern; mode: PatternMode; scope: Scope | undefined } {
  const left = node.left;
  const declared = left.type === 'VariableDeclaration' ? left : null;
  const target = declared ? declared.declarations[0].id : left as acorn.Pattern;
  const mode: PatternMode = !declared ? 'assign' : declared.kind === 'var' ? 'var' : 'init';
  const scope = declared && declared.kind !== 'var' ? g.scopes.scopeOf(node) : undefined;
  return { left, target, mode, scope };
}

/** Runs `emit` with a scratch register. */
function emitScratch(g: FunctionContext, emit: (t: number) => void): void {
  const mark = g.b.mark();
  emit(g.b.temp());
  g.b.release(mark);
}

/**
 * for await (x of iterable) → record = GetAsyncIterator(iterable); loop: r = await
 * AsyncIteratorNext(record), which must be an object; until r.done, x = r.value (awaited as
 * well when the iterator is a sync one) and the body. Leaving early awaits its return().
 */
function forAwaitOf(g: FunctionContext, node: acorn.ForOfStatement, labels: readonly string[]): void {
  const record = g.b.temp();
  inScope(g, g.scopes.scopeOf(node.right), () => {
    const mark = g.b.mark();
    const iterable = valueOf(g, node.right);
    g.at(node.right).b.emit(Op.CallBuiltin, record, Builtin.GetAsyncIterator, iterable, 1);
    g.b.release(mark);
  });
  const head = new Label();
  const next = new Label();
  const exit = new Label();
  g.at(node).b.bind(head);
  const mark = g.b.mark();
  const result = g.b.temp();
  g.b.emit(Op.CallBuiltin, result, Builtin.AsyncIteratorNext, record, 1);
  awaitRegister(g, result, result);
  g.b.emit(Op.CallBuiltin, result, Builtin.IteratorResultCheck, result, 1);
  emitScratch(g, (done) => {
    g.b.emit(Op.GetNamed, done, result, g.b.constant('done'), g.b.feedback());
    g.b.jump(exit, Op.JumpIfTrue, done);
  });
  const { left, target, mode, scope } = loopHead(g, node);
  inScope(g, scope, () => {
    const m = g.b.mark();
    const element = elementRegister(g, target, mode);
    g.at(left).b.emit(Op.GetNamed, element, result, g.b.constant('value'), g.b.feedback());
    const awaited = new Label();
    emitScratch(g, (fromSync) => {
      g.b.emit(Op.LoadInt, fromSync, 2);
      g.b.emit(Op.GetKeyed, fromSync, record, fromSync, g.b.feedback());
      g.b.jump(awaited, Op.JumpIfFalse, fromSync);
    });
    awaitRegister(g, element, element);
    g.b.bind(awaited);
    // AsyncIteratorClose: return()'s result awaited (the record itself when there is none)
    // and checked; with a throw completion neither a throw nor a rejection nor a non-object
    // result replaces the exception.
    const closeAsync = (c: FunctionContext, onThrow: boolean): void => {
      const cm = c.b.mark();
      const returned = c.b.temp();
      const same = c.b.temp();
      const skip = new Label();
      c.b.emit(Op.CallBuiltin, returned, onThrow ? Builtin.AsyncIteratorReturnOnThrow : Builtin.AsyncIteratorReturn, record, 1);
      c.b.emit(Op.StrictEq, same, returned, record, c.b.feedback());
      c.b.jump(skip, Op.JumpIfTrue, same);
      if (onThrow) {
        ignoringExceptions(c, () => awaitRegister(c, returned, returned));
      } else {
        awaitRegister(c, returned, returned);
        c.b.emit(Op.CallBuiltin, returned, Builtin.IteratorResultCheck, returned, 1);
      }
      c.b.bind(skip);
      c.b.release(cm);
    };
    const closer = { closeIterator: (c: FunctionContext) => closeAsync(c, false), closeOnThrow: (c: FunctionContext) => closeAsync(c, true) };
    withIteratorClose(g, closer, (outside) => {
      destructure(g, target, element, mode, 'for');
      g.b.release(m);
      withTarget(g, { kind: 'loop', labels, breakLabel: exit, continueLabel: next, breakTryDepth: outside }, () => statement(g, node.body));
    });
  });
  g.b.release(mark);
  g.b.bind(next);
  g.at(node).b.jump(head);
  g.b.bind(exit);
}

function elementRegister(g: FunctionContext, target: acorn.Pattern, mode: PatternMode): number {
  if (target.type === 'Identifier') {
    const place = placeOf(g, target);
    if (place.kind === 'register' && place.binding.kind !== 'fname') {
      if (mode !== 'assign') return place.reg;
      const direct = directTarget(place);
      if (direct !== null) return direct;
    }
  }
  return g.b.temp();
}

/** Strict-equality dispatch over the cases in order, then the bodies in order (fall-through). */
function switchStatement(g: FunctionContext, node: acorn.SwitchStatement, labels: readonly string[]): void {
  const tests = node.cases.flatMap((c) => (c.test ? [c.test] : []));
  const discriminant = valueOf(g, node.discriminant, tests);
  g.at(node);
  inScope(g, g.scopes.scopeOf(node), () => {
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
  });
}

function labeled(g: FunctionContext, node: acorn.LabeledStatement, outer: readonly string[]): void {
  const labels = [...outer, node.label.name];
  switch (node.body.type) {
    case 'WhileStatement': case 'DoWhileStatement': case 'ForStatement': case 'SwitchStatement':
    case 'ForInStatement': case 'ForOfStatement': case 'LabeledStatement':
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
  const target = findTarget(g, node.label?.name, false);
  leaveTries(g, target.breakTryDepth ?? target.tryDepth ?? 0);
  g.at(node).b.jump(target.breakLabel);
}

function continueStatement(g: FunctionContext, node: acorn.ContinueStatement): void {
  const target = findTarget(g, node.label?.name, true);
  if (!target.continueLabel) throw new Error('generator: continue target is not a loop');
  leaveTries(g, target.tryDepth ?? 0);
  g.at(node).b.jump(target.continueLabel);
}
