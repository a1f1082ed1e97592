// Generators and async functions: code that suspends. A generator or async function keeps
// its generator object in a register of its own (FunctionContext.generatorReg), made by
// CreateGenerator when the prologue is done. `yield`, `await` and the generator's first stop
// are a Suspend (the frame is copied into the generator object) and a Return to whoever
// resumed it; runtime/generators.ts resumes the frame with the sent value in the Suspend's
// dst, at the Suspend itself with an exception for throw(v), or at its return path for
// return(v). A return path is the `return` statement the spec says a resumed return(v)
// behaves as: the enclosing finalizers (leaveTries), then Return.
//
// An async function is a generator the runtime drives: `await v` registers the resume as a
// reaction on PromiseResolve(v) (AsyncAwait) and suspends; `return v` resolves the
// function's promise (AsyncResolve), and one handler around the whole body rejects it
// with what escapes (AsyncReject). Each of them returns the promise, which is what the
// first activation's caller receives.
//
// An async generator is a generator whose `yield v` and `return v` await v first, and
// whose awaits suspend with the AWAITING flag (the runtime then keeps it executing: its
// request is settled by the next yield or the end, runtime/generators.ts). A return(v)
// request resumed at a yield awaits v before it returns.

import type * as acorn from 'acorn';
import type { FunctionLiteral } from '../ast';
import { Label } from './builder';
import type { FunctionContext } from './context';
import { leaveTries } from './exceptions';
import { valueOf } from './expressions';
import { Builtin } from '../../bytecode/builtin-ids';
import { Op } from '../../bytecode/opcodes';

/** Suspend flag: the value is an iterator result already (yield* passes the inner one on). */
const RAW_RESULT = 1;
/** Suspend flag: an `await` (an async generator's request stays unsettled). */
const AWAITING = 2;

/** Is the function being generated async (an async function or an async generator)? */
export function isAsync(g: FunctionContext): boolean {
  return g.fn.node.type !== 'Program' && (g.fn.node as FunctionLiteral).async;
}

/** Is it an async generator? */
export function isAsyncGenerator(g: FunctionContext): boolean {
  return isAsync(g) && (g.fn.node as FunctionLiteral).generator;
}

/** An async function (not an async generator): the runtime settles its one promise. */
export function isAsyncFunction(g: FunctionContext): boolean {
  return isAsync(g) && !isAsyncGenerator(g);
}

/** After the prologue: the generator object; a generator then stops until its first next(). */
export function generatorPrologue(g: FunctionContext): void {
  const gen = g.generatorReg;
  if (gen < 0) return;
  g.b.emit(Op.CreateGenerator, gen, isAsyncGenerator(g) ? 2 : isAsync(g) ? 1 : 0);
  if (isAsyncFunction(g)) return;
  const mark = g.b.mark();
  g.b.suspend(g.b.temp(), gen, gen, null, 0);
  g.b.release(mark);
}

/** Returns `value` from the function: an async function resolves its promise with it. */
export function emitFunctionReturn(g: FunctionContext, value: number): void {
  if (!isAsyncFunction(g)) {
    g.b.emit(Op.Return, value);
    return;
  }
  const mark = g.b.mark();
  g.b.emit(Op.Return, asyncSettle(g, Builtin.AsyncResolve, value));
  g.b.release(mark);
}

/** An async function's body: what it throws rejects its promise. `body` emits the whole
 *  body, ending in a return. */
export function asyncBody(g: FunctionContext, body: () => void): void {
  if (!isAsyncFunction(g)) return body();
  const start = g.b.pc;
  body();
  const end = g.b.pc;
  const mark = g.b.mark();
  const exception = g.b.temp();
  g.handlers.push({ start, end, handler: g.b.pc, register: exception, depth: -1 });
  g.b.emit(Op.Return, asyncSettle(g, Builtin.AsyncReject, exception));
  g.b.release(mark);
}

/** CallBuiltin id(generator, value) into a temporary: the async function's promise. */
function asyncSettle(g: FunctionContext, id: Builtin, value: number): number {
  const args = g.b.temps(2);
  g.b.emit(Op.Mov, args, g.generatorReg);
  g.b.emit(Op.Mov, args + 1, value);
  const promise = g.b.temp();
  g.b.emit(Op.CallBuiltin, promise, id, args, 2);
  return promise;
}

export function yieldInto(g: FunctionContext, node: acorn.YieldExpression, dst: number): void {
  if (node.delegate) return yieldStarInto(g, node, dst);
  const mark = g.b.mark();
  let value: number;
  if (node.argument) {
    value = valueOf(g, node.argument);
  } else {
    value = g.b.temp();
    g.b.emit(Op.LoadUndefined, value);
  }
  if (isAsyncGenerator(g)) {
    const awaited = g.b.temp();
    awaitRegister(g.at(node), value, awaited);
    value = awaited;
  }
  const onReturn = new Label();
  const resumed = new Label();
  g.at(node).b.suspend(dst, g.generatorReg, value, onReturn, 0);
  g.b.jump(resumed);
  g.b.bind(onReturn);
  if (isAsyncGenerator(g)) awaitRegister(g.at(node), dst, dst);
  leaveTries(g, 0);
  g.at(node).b.emit(Op.Return, dst);
  g.b.bind(resumed);
  g.b.release(mark);
}

export function awaitInto(g: FunctionContext, node: acorn.AwaitExpression, dst: number): void {
  const mark = g.b.mark();
  const value = valueOf(g, node.argument);
  awaitRegister(g.at(node), value, dst);
  g.b.release(mark);
}

/** `dst = await value` (register operands; dst may be value). */
export function awaitRegister(g: FunctionContext, value: number, dst: number): void {
  const mark = g.b.mark();
  const promise = asyncSettle(g, Builtin.AsyncAwait, value);
  g.b.suspend(dst, g.generatorReg, promise, null, AWAITING);
  g.b.release(mark);
}

/**
 * `yield* iterable`: a loop that forwards each next/throw/return the generator receives to
 * the inner iterator (YieldStarStep) and yields the inner results as they are, until one is
 * done: its value is the expression's (or, after a return(v), the generator returns it).
 * A throw(v) resumes at the Suspend, where a handler of its own catches v and forwards it.
 */
function yieldStarInto(g: FunctionContext, node: acorn.YieldExpression, dst: number): void {
  const mark = g.b.mark();
  const b = g.b;
  const iterable = valueOf(g, node.argument!);
  g.at(node);
  const async = isAsyncGenerator(g);
  const args = b.temps(3); // iterator, mode (0 next, 1 throw, 2 return), received
  // An async generator delegates to an async iterator (or a sync one, whose values it awaits).
  const fromSync = async ? b.temp() : -1;
  if (async) {
    const record = b.temp();
    b.emit(Op.CallBuiltin, record, Builtin.GetAsyncIterator, iterable, 1);
    b.emit(Op.LoadInt, fromSync, 0);
    b.emit(Op.GetKeyed, args, record, fromSync, b.feedback());
    b.emit(Op.LoadInt, fromSync, 2);
    b.emit(Op.GetKeyed, fromSync, record, fromSync, b.feedback());
  } else {
    b.emit(Op.CallBuiltin, args, Builtin.GetIterator, iterable, 1);
  }
  b.emit(Op.LoadInt, args + 1, 0);
  b.emit(Op.LoadUndefined, args + 2);
  const result = b.temp();
  const done = b.temp();
  const loop = new Label();
  const notDone = new Label();
  const exit = new Label();
  b.bind(loop);
  b.emit(Op.CallBuiltin, result, Builtin.YieldStarStep, args, 3);
  if (async) {
    awaitRegister(g, result, result);
    b.emit(Op.CallBuiltin, result, Builtin.IteratorResultCheck, result, 1);
  }
  b.emit(Op.GetNamed, done, result, b.constant('done'), b.feedback());
  if (async) {
    // The inner value, awaited when the source is sync; yielded as it is (no second await).
    b.emit(Op.GetNamed, result, result, b.constant('value'), b.feedback());
    const awaited = new Label();
    b.jump(awaited, Op.JumpIfFalse, fromSync);
    awaitRegister(g, result, result);
    b.bind(awaited);
  }
  b.jump(notDone, Op.JumpIfFalse, done);
  if (async) b.emit(Op.Mov, dst, result);
  else b.emit(Op.GetNamed, dst, result, b.constant('value'), b.feedback());
  b.emit(Op.LoadInt, done, 2);
  b.emit(Op.StrictEq, done, args + 1, done, b.feedback());
  b.jump(exit, Op.JumpIfFalse, done);
  leaveTries(g, 0);
  g.at(node).b.emit(Op.Return, dst);
  b.bind(notDone);
  const onReturn = new Label();
  const suspendPc = b.pc;
  b.suspend(args + 2, g.generatorReg, result, onReturn, async ? 0 : RAW_RESULT);
  b.emit(Op.LoadInt, args + 1, 0);
  b.jump(loop);
  b.bind(onReturn);
  b.emit(Op.LoadInt, args + 1, 2);
  b.jump(loop);
  // throw(v) is thrown at the Suspend: caught here into `received`, forwarded as a throw.
  g.handlers.push({ start: suspendPc, end: suspendPc + 1, handler: b.pc, register: args + 2, depth: g.tries.length });
  b.emit(Op.LoadInt, args + 1, 1);
  b.jump(loop);
  b.bind(exit);
  g.b.release(mark);
}
