// The dispatch of one bytecode instruction to its family's graph building: decodes the
// operands by name (bytecode/operands.ts) and hands the instruction to loads.ts,
// arithmetic.ts, control.ts, properties.ts, objects.ts, calls.ts, contexts.ts or
// classes.ts. Returns true when the instruction ended the block. The switch is exhaustive
// over Op: a new opcode does not type-check until it has a case here.

import { Op, OPCODES } from '../../../../bytecode/opcodes';
import { decode } from '../../../../bytecode/operands';
import { Tag } from '../../../../runtime/layout';
import { DeclineError } from '../decline';
import { binary, compare, not, typeOf, unary } from './arithmetic';
import { UNDEFINED, type GraphBuilder } from './builder';
import { call, callBuiltin, callMethod, callSpread } from './calls';
import { classOperation, privateAccess } from './classes';
import { alwaysThrows, branch, jump, returnValue, throwValue } from './control';
import { argumentsArray, createClosure, createContext, loadClosureContext, loadContextSlot, storeContextSlot } from './contexts';
import { checkNotHole, loadBoolean, loadConstant, loadGlobal, loadInt, loadThis, loadWord, move, storeGlobal } from './loads';
import { arrayAppend, createArray, createObject, heapOperation } from './objects';
import { getKeyed, getNamed, setKeyed, setNamed } from './properties';
import { syntaxOperation } from './syntax-ops';

export function translate(b: GraphBuilder, pc: number, next: number): boolean {
  const ins = decode(b.code, pc);
  switch (ins.op) {
    // ---- loads and moves ----
    case Op.LoadConst: return loadConstant(b, ins, pc);
    case Op.LoadInt: return loadInt(b, ins, pc);
    case Op.LoadUndefined: return loadWord(b, ins.dst, UNDEFINED, pc);
    case Op.LoadNull: return loadWord(b, ins.dst, [Tag.Null, 0], pc);
    case Op.LoadHole: return loadWord(b, ins.dst, [Tag.Hole, 0], pc);
    case Op.LoadTrue: return loadBoolean(b, ins.dst, true, pc);
    case Op.LoadFalse: return loadBoolean(b, ins.dst, false, pc);
    case Op.Mov: return move(b, ins);
    case Op.CheckHole: return checkNotHole(b, ins.value, pc);
    case Op.CheckThis: return checkNotHole(b, ins.self, pc);
    case Op.LoadThis: return loadThis(b, ins, pc);
    case Op.LoadGlobal: case Op.LoadGlobalForTypeof: return loadGlobal(b, ins.op, ins, pc);
    case Op.StoreGlobal: return storeGlobal(b, ins, pc);
    // ---- arithmetic and compares ----
    case Op.Add: case Op.Sub: case Op.Mul: case Op.Div: case Op.Mod: case Op.Exp:
    case Op.BitAnd: case Op.BitOr: case Op.BitXor: case Op.Shl: case Op.Sar: case Op.Shr:
      return binary(b, ins, pc);
    case Op.Neg: case Op.ToNumber: case Op.ToNumeric: case Op.BitNot: case Op.Inc: case Op.Dec:
      return unary(b, ins, pc);
    case Op.Lt: case Op.Le: case Op.Gt: case Op.Ge: case Op.Eq: case Op.Ne: case Op.StrictEq: case Op.StrictNe:
      return compare(b, ins, pc);
    case Op.Not: return not(b, ins, pc);
    case Op.TypeOf: return typeOf(b, ins, pc);
    // ---- control flow ----
    case Op.Jump: case Op.JumpLoop: return jump(b, ins, pc);
    case Op.JumpIfTrue: case Op.JumpIfFalse: case Op.JumpIfNullish: case Op.JumpIfNotNullish: case Op.JumpIfObject:
      return branch(b, ins, pc, next);
    case Op.Return: return returnValue(b, ins);
    case Op.Throw: return throwValue(b, ins, pc);
    case Op.ReThrow: return throwValue(b, ins, pc, true);
    case Op.ThrowReferenceError: case Op.ThrowConstAssign: case Op.ThrowTypeError:
      return alwaysThrows(b, pc);
    // ---- properties ----
    case Op.GetNamed: return getNamed(b, ins, pc);
    case Op.SetNamed: return setNamed(b, ins, pc);
    case Op.GetKeyed: return getKeyed(b, ins, pc);
    case Op.SetKeyed: return setKeyed(b, ins, pc);
    // ---- objects, arrays and generic heap operations ----
    case Op.CreateObject: return createObject(b, ins, pc);
    case Op.CreateArray: return createArray(b, ins, pc);
    case Op.ArrayPush: case Op.ArrayAppend: return arrayAppend(b, ins, pc);
    case Op.DeleteProperty: return heapOperation(b, ins.op, ins.dst, [ins.obj, ins.key], pc);
    case Op.HasProperty: return heapOperation(b, ins.op, ins.dst, [ins.key, ins.obj], pc);
    case Op.ForInKeys: case Op.IterableToArray: case Op.ForOfIterable: case Op.ToString:
      return heapOperation(b, ins.op, ins.dst, [ins.src], pc);
    // ---- calls ----
    case Op.Call: return call(b, ins, pc);
    case Op.CallMethod: return callMethod(b, ins, pc);
    case Op.CallBuiltin: return callBuiltin(b, ins, pc);
    case Op.CallSpread: return callSpread(b, ins, pc);
    // ---- closures, contexts, arguments ----
    case Op.CreateContext: return createContext(b, ins, pc);
    case Op.LoadClosureContext: return loadClosureContext(b, ins, pc);
    case Op.LoadCallee: b.set(ins.dst, b.node('callee', [], 'tagged', undefined, pc)); return false;
    case Op.LoadArgumentCount: b.set(ins.dst, b.node('argument-count', [], 'int32', undefined, pc)); return false;
    case Op.LoadContextSlot: return loadContextSlot(b, ins, pc);
    case Op.StoreContextSlot: return storeContextSlot(b, ins, pc);
    case Op.CreateClosure: return createClosure(b, ins, pc);
    case Op.CreateArguments: return argumentsArray(b, ins.dst, 0, true, pc);
    case Op.CreateRest: return argumentsArray(b, ins.dst, ins.from, false, pc);
    // ---- classes and `new` ----
    case Op.Construct: case Op.ClassEntry: case Op.CreateThis: case Op.DefineClass: case Op.DefineMember:
    case Op.SuperGet: case Op.SuperConstruct: case Op.CtorResult: case Op.InstanceOf: case Op.CheckSuperNotCalled:
    case Op.ToPropertyKey: case Op.DefineComputed: case Op.CreatePrivateName: case Op.DefinePrivate:
    case Op.HasPrivate: case Op.LoadNewTarget: case Op.SuperSet: case Op.SuperGetKeyed: case Op.SuperSetKeyed:
      return classOperation(b, ins.op, pc);
    case Op.GetPrivate: case Op.SetPrivate: case Op.CheckPrivateBrand:
      return privateAccess(b, ins, pc);
    // ---- expression syntax: generic runtime operations ----
    case Op.ConstructSpread: case Op.CopyDataProperties: case Op.DefineKeyedGetter: case Op.DefineKeyedSetter:
    case Op.SetLiteralProto: case Op.GetTemplateObject: case Op.ToWithObject: case Op.WithHas:
    case Op.IsIntrinsicEval: case Op.DirectEval:
      return syntaxOperation(b, ins, pc);
    // ---- generators and async functions: they run in the interpreter (a resume would need
    // an entry per suspension point) ----
    case Op.CreateGenerator: case Op.Suspend:
      throw new DeclineError('a function that suspends (generator or async) is not compiled yet');
    default: {
      // Every opcode has a case above (the type checker proves it: `ins` is never here).
      const unknown: never = ins;
      const op = (unknown as { op: number }).op;
      throw new DeclineError(`${OPCODES[op]?.name ?? op} is not compiled yet`);
    }
  }
}
