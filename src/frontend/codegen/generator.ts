// Bytecode generator: scope-resolved AST → Program (one BytecodeFunction per function, the
// module top level first). This file owns the per-function frame setup (context creation,
// hoisted bindings, closures); statements and expressions live in statements.ts and
// expressions.ts. Called by frontend/compile.ts after parse → subset → scope analysis.
// The files import down this order only: generator → statements → exceptions → classes,
// patterns → expressions → context → builder (calls back up go through NESTED).

import type * as acorn from 'acorn';
import type { FunctionLiteral, FunctionNode } from '../ast';
import type { Binding, FunctionInfo, ScopeInfo } from '../scope-model';
import type { BytecodeFunction, Program } from '../../bytecode/function';
import { methodStarts } from '../function-source';
import { bindingPlace, createDeclaredClosure, enterScope, FunctionContext, placeOf, readPlace, storeBinding, type NestedConstructs } from './context';
import { Label } from './builder';
import { loadReceiver, valueOf } from './expressions';
import { applyDefault, destructure, patternAssignment } from './patterns';
import { objectLiteralInto } from './object-literals';
import { taggedTemplateInto } from './templates';
import { statement, statements } from './statements';
import { Builtin } from '../../bytecode/builtin-ids';
import { Op } from '../../bytecode/opcodes';
import {
  accessorProperty, classConstructorPrologue, classInto, constructInto, constructorReturn, fieldDefinition,
  newTargetInto, newTargetPrologue, privateInto, superAssignment, superCallInto, superMemberInto,
} from './classes';
import { privateGet, privateKey, privateSet } from './private-members';
import { asyncBody, awaitInto, emitFunctionReturn, generatorPrologue, isAsyncFunction, yieldInto } from './suspension';

/** The constructs lower files reach back up for (context.ts says why). */
const NESTED: NestedConstructs = {
  statement, classInto, constructInto, superCallInto, superMemberInto, accessorProperty, fieldDefinition, patternAssignment,
  privateKey, privateGet, privateSet, privateInto, newTargetInto, superAssignment,
  objectLiteralInto, taggedTemplateInto, yieldInto, awaitInto,
};

/** How a program is compiled: `selfHosted` is kiln's own library code that stands in for
 *  builtins (runtime/self-hosted.ts): its calls of `callFunction(f, thisArg, ...args)` and
 *  `argumentCount()` are intrinsics, and its functions print as natives. */
export interface GenerateOptions {
  readonly selfHosted?: boolean;
}

export function generateProgram(ast: acorn.Program, scopes: ScopeInfo, source: string, file: string, options: GenerateOptions = {}): Program {
  if (scopes.main.node !== ast) throw new Error('generator: scope info belongs to another AST');
  const starts = methodStarts(ast, source);
  const selfHosted = options.selfHosted === true;
  const functions = scopes.functions.map((fn) => generateFunction(scopes, fn, source, file, starts, selfHosted));
  return { file, source, functions, main: scopes.main.id, modules: [{ file, source, main: scopes.main.id }] };
}

function generateFunction(scopes: ScopeInfo, fn: FunctionInfo, source: string, file: string, starts: ReadonlyMap<acorn.Node, number>, selfHosted: boolean): BytecodeFunction {
  const g = new FunctionContext(scopes, fn, source, NESTED, selfHosted);
  const node = fn.node;
  g.at(node);
  const declarations = prologue(g);
  if (!isAsyncFunction(g)) declarations();
  generatorPrologue(g);
  asyncBody(g, () => {
    if (isAsyncFunction(g)) declarations();
    if (node.type !== 'Program' && node.body.type !== 'BlockStatement') {
      // An arrow with an expression body returns it.
      const value = valueOf(g, node.body);
      emitFunctionReturn(g.at(node.body), value);
    } else {
      const body = node.type === 'Program' ? node.body : (node.body as acorn.BlockStatement).body;
      statements(g, body as acorn.Statement[]);
    }
    if (!g.b.endsInReturn()) {
      const t = g.b.temp();
      g.b.at(endOf(node)).emit(Op.LoadUndefined, t);
      constructorReturn(g, t);
      emitFunctionReturn(g, t);
    }
  });
  const start = node.loc!.start;
  const handlers = [...g.handlers].sort((a, b) => b.depth - a.depth)
    .map(({ start: from, end, handler, register }) => ({ start: from, end, handler, register }));
  // Function.prototype.toString prints the source text: a class's whole definition, a
  // method's from its key (function-source.ts).
  const text = fn.classInfo !== null && (fn.kind === 'class' || fn.kind === 'derived-class') ? fn.classInfo.node : node;
  return g.b.finish({
    id: fn.id, name: fn.name, paramCount: fn.params.length, line: start.line, column: start.column + 1, kind: fn.kind,
    file, topLevel: node.type === 'Program', length: expectedArgumentCount(node),
    sourceStart: text === node ? starts.get(node) ?? text.start : text.start, sourceEnd: text.end, strict: fn.strict,
    ...(node.type !== 'Program' && node.generator ? { generator: true } : {}),
    ...(node.type !== 'Program' && node.async ? { async: true } : {}),
    ...(forwardsToParent(fn) ? { forwardsToParent: true } : {}),
    ...(selfHosted ? { selfHosted: true } : {}),
  }, handlers);
}

/** A function's `length`: its parameters before the first default or rest one. */
function expectedArgumentCount(node: FunctionNode): number {
  if (node.type === 'Program') return 0;
  const i = node.params.findIndex((p) => p.type === 'AssignmentPattern' || p.type === 'RestElement');
  return i < 0 ? node.params.length : i;
}

/** Position of the implicit `return undefined` at a function's closing brace (or end of script). */
function endOf(node: FunctionNode): acorn.Node {
  const end = node.loc!.end;
  const column = node.type === 'Program' ? end.column : Math.max(0, end.column - 1);
  return { type: 'End', start: node.end, end: node.end, loc: { start: { line: end.line, column }, end } };
}

/**
 * Frame setup, in order: the arguments object and the rest parameter (first, into registers
 * nothing writes before: the interpreter makes them at frame entry), the context (own:
 * CreateContext; or the closure's context), the captured receiver (`this` of arrows inside)
 * and arguments object stored, captured vars set to undefined, the function scope's let/const
 * set to the hole, the parameters (captured ones copied into their slots, defaults,
 * destructuring, rest), then one closure per hoisted function declaration. Returns the
 * emitter of that last part (parameters and declarations), which an async function runs
 * once its promise exists: what it throws rejects the promise (EvaluateAsyncFunctionBody).
 */
function prologue(g: FunctionContext): () => void {
  const fn = g.fn;
  const mark = g.b.mark();
  const storeNewTarget = newTargetPrologue(g);
  const argumentsReg = fn.argumentsBinding ? argumentRegister(g, fn.argumentsBinding) : -1;
  if (argumentsReg >= 0) g.b.emit(Op.CreateArguments, argumentsReg);
  const restReg = fn.node.type === 'Program' ? -1 : restParameter(g, fn.node);
  if (fn.contextMode === 'own') {
    g.b.emit(Op.CreateContext, g.contextReg, fn.contextSlots);
  } else if (fn.contextMode === 'closure') {
    g.b.emit(Op.LoadClosureContext, g.contextReg);
  }
  const classConstructor = fn.kind === 'class' || fn.kind === 'derived-class';
  if (fn.thisBinding && !classConstructor) {
    const place = bindingPlace(g, fn.thisBinding, false);
    const m = g.b.mark();
    const target = place.kind === 'register' ? place.reg : g.b.temp();
    loadReceiver(g, target);
    storeBinding(g, place, target);
    g.b.release(m);
  }
  if (fn.argumentsBinding) storeBinding(g, bindingPlace(g, fn.argumentsBinding, false), argumentsReg);
  initializeCapturedVars(g);
  const mappedCount = g.scopes.mappedArguments.get(fn);
  if (mappedCount !== undefined) {
    // The argument count at entry (arguments.length may be assigned later) says which
    // parameters live in the arguments object.
    const m = g.b.mark();
    const count = g.b.temp();
    g.b.emit(Op.GetNamed, count, argumentsReg, g.b.constant('length'), g.b.feedback());
    storeBinding(g, bindingPlace(g, mappedCount, false), count);
    g.b.release(m);
  }
  enterScope(g, fn.scope);
  createEvalVariables(g);
  if (classConstructor) classConstructorPrologue(g);
  storeNewTarget?.();
  return () => {
    if (fn.node.type !== 'Program') parameters(g, fn.node, restReg);
    else moduleParameters(g);
    g.b.release(mark);
    g.at(fn.node);
    if (fn.node.type === 'Program') declareGlobalVars(g);
    createClosures(g);
    if (fn.node.type === 'Program') addEvalVariables(g);
  };
}

/** A derived class's implicit constructor when the class puts no fields or private methods
 *  on its instances: all it does is `super(...args)` and return `this`. */
function forwardsToParent(fn: FunctionInfo): boolean {
  const c = fn.classInfo;
  return fn.kind === 'derived-class' && c !== null && c.implicitConstructor && c.fieldsBinding === null && c.brandBinding === null;
}

/** A sloppy function calling eval directly: its eval variables object, a plain object with
 *  no prototype (scope.ts; names of the function look there first, as in `with`). */
function createEvalVariables(g: FunctionContext): void {
  const binding = g.scopes.evalVariables.get(g.fn);
  if (binding === undefined) return;
  const mark = g.b.mark();
  const variables = g.b.temp();
  const nil = g.b.temp();
  g.b.emit(Op.CreateObject, variables);
  g.b.emit(Op.LoadNull, nil);
  g.b.emit(Op.SetLiteralProto, variables, nil);
  storeBinding(g, bindingPlace(g, binding, false), variables);
  g.b.release(mark);
}

/** Sloppy direct eval code, before its first statement: the variables it declares that the
 *  caller does not have become properties of the caller's eval variables object (undefined
 *  unless one is there already), and so do its function declarations (their closures). */
function addEvalVariables(g: FunctionContext): void {
  const extension = g.scopes.evalExtension;
  if (extension === null || (g.scopes.evalAddedVars.size === 0 && g.scopes.evalAddedFunctions.length === 0)) return;
  const mark = g.b.mark();
  const variables = g.b.temp();
  readPlace(g, bindingPlace(g, extension, false), variables);
  const t = g.b.temp();
  for (const name of g.scopes.evalAddedVars) {
    const present = new Label();
    g.b.emit(Op.WithHas, t, variables, g.b.constant(name));
    g.b.jump(present, Op.JumpIfTrue, t);
    g.b.emit(Op.LoadUndefined, t);
    g.b.emit(Op.SetNamed, variables, g.b.constant(name), t, g.b.feedback());
    g.b.bind(present);
  }
  for (const binding of g.scopes.evalAddedFunctions) {
    readPlace(g, bindingPlace(g, binding, false), t);
    g.b.emit(Op.SetNamed, variables, g.b.constant(binding.name), t, g.b.feedback());
  }
  g.b.release(mark);
}

/** A sloppy global script's top-level `var`s become global properties before it runs. */
function declareGlobalVars(g: FunctionContext): void {
  const mark = g.b.mark();
  const name = g.b.temp();
  for (const v of g.scopes.globalVars) {
    g.b.emit(Op.LoadConst, name, g.b.constant(v));
    g.b.emit(Op.CallBuiltin, name, Builtin.DeclareGlobalVar, name, 1);
  }
  g.b.release(mark);
}

/** The binding's own register when it has one, else a temporary kept for the prologue. */
function argumentRegister(g: FunctionContext, binding: Binding): number {
  return binding.captured ? g.b.temp() : g.registerOf(binding);
}

/** CreateRest for a rest parameter; returns its register (-1: none). */
function restParameter(g: FunctionContext, node: FunctionLiteral): number {
  const last = node.params[node.params.length - 1];
  if (last?.type !== 'RestElement') return -1;
  const id = last.argument.type === 'Identifier' ? last.argument : null;
  const place = id ? placeOf(g, id) : null;
  const reg = place?.kind === 'register' ? place.reg : g.b.temp();
  g.at(last).b.emit(Op.CreateRest, reg, node.params.length - 1);
  return reg;
}

function parameters(g: FunctionContext, node: FunctionLiteral, restReg: number): void {
  const fn = g.fn;
  node.params.forEach((p, i) => {
    const mark = g.b.mark();
    g.at(p);
    if (p.type === 'RestElement') {
      destructure(g, p.argument, restReg, 'init', null);
    } else {
      const param = fn.params[i];
      const pattern = p.type === 'AssignmentPattern' ? p.left : p;
      if (p.type === 'AssignmentPattern') applyDefault(g, i, p.right);
      if (pattern.type === 'Identifier') {
        if (param.captured) storeBinding(g, bindingPlace(g, param, false), i);
      } else {
        destructure(g, pattern, i, 'init', 'param');
      }
    }
    g.b.release(mark);
  });
}

/** The module wrapper's parameters (exports, require, module, __filename, __dirname):
 *  captured ones are copied into their context slots. */
function moduleParameters(g: FunctionContext): void {
  g.fn.params.forEach((param, i) => {
    if (param.captured) storeBinding(g, bindingPlace(g, param, false), i);
  });
}

function initializeCapturedVars(g: FunctionContext): void {
  const fn = g.fn;
  const declaredFunctions = new Set(fn.functions.map((f) => f.binding));
  const vars = fn.bindings.filter((b) =>
    b.captured && b.kind === 'var' && !declaredFunctions.has(b) && b !== fn.argumentsBinding);
  if (vars.length === 0) return;
  const mark = g.b.mark();
  const undef = g.b.temp();
  g.b.emit(Op.LoadUndefined, undef);
  for (const b of vars) storeBinding(g, bindingPlace(g, b, false), undef);
  g.b.release(mark);
}

/** The function declarations of the top level (those of blocks: enterScope). */
function createClosures(g: FunctionContext): void {
  const declared = g.fn.functions.filter((f) => f.scope === g.fn.scope);
  if (declared.length === 0) return;
  const mark = g.b.mark();
  const context = g.closureContextRegister();
  for (const { info, binding } of declared) {
    if (g.scopes.globalFunctions.has(binding)) {
      // A global script's function declaration: a property of the global object.
      const t = g.b.temp();
      g.b.emit(Op.CreateClosure, t, info.id, context);
      g.b.emit(Op.StoreGlobal, t, g.b.constant(binding.name), 0);
      continue;
    }
    createDeclaredClosure(g, info.id, binding, context);
  }
  g.b.release(mark);
}
