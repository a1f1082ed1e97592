// THE bytecode table (with its opcode numbers, the const enum Op). kiln bytecode is three-address register code: each instruction is an
// opcode word followed by fixed operands (Int32Array). The generator, interpreter,
// disassembler and the optimizing compiler's graph builder all read this table.
//
// Operand kinds:
//   r  register index (slot Frame.headerSlots + r of the frame)
//   k  constant-pool index of the function (number or string)
//   i  immediate int32
//   j  jump target: absolute bytecode offset
//   f  feedback slot index (see profile/feedback.ts)
//   n  count
//   b  builtin id (see runtime/builtins.ts)
//   u  function id (index into the program's function table)

export const enum Op {
  LoadConst = 0,
  LoadInt = 1,
  LoadUndefined = 2,
  LoadNull = 3,
  LoadTrue = 4,
  LoadFalse = 5,
  LoadHole = 6,
  Mov = 7,
  CheckHole = 8,
  Add = 9,
  Sub = 10,
  Mul = 11,
  Div = 12,
  Mod = 13,
  Exp = 14,
  BitAnd = 15,
  BitOr = 16,
  BitXor = 17,
  Shl = 18,
  Sar = 19,
  Shr = 20,
  Neg = 21,
  ToNumber = 22,
  BitNot = 23,
  Inc = 24,
  Dec = 25,
  Not = 26,
  TypeOf = 27,
  Lt = 28,
  Le = 29,
  Gt = 30,
  Ge = 31,
  Eq = 32,
  Ne = 33,
  StrictEq = 34,
  StrictNe = 35,
  Jump = 36,
  JumpLoop = 37,
  JumpIfTrue = 38,
  JumpIfFalse = 39,
  JumpIfNullish = 40,
  JumpIfNotNullish = 41,
  Return = 42,
  Call = 43,
  CallBuiltin = 44,
  CreateContext = 45,
  LoadContextSlot = 46,
  StoreContextSlot = 47,
  LoadClosureContext = 48,
  CreateClosure = 49,
  ThrowReferenceError = 50,
  ThrowConstAssign = 51,
  LoadThis = 52,
  CreateObject = 53,
  CreateArray = 54,
  GetNamed = 55,
  SetNamed = 56,
  GetKeyed = 57,
  SetKeyed = 58,
  DeleteProperty = 59,
  HasProperty = 60,
  CallMethod = 61,
  CallSpread = 62,
  ArrayPush = 63,
  ArrayAppend = 64,
  CreateArguments = 65,
  CreateRest = 66,
  ForInKeys = 67,
  IterableToArray = 68,
  ToString = 69,
  ThrowTypeError = 70,
  Throw = 71,
  LoadGlobal = 72,
  // ---- library (the lead renumbers when merging) ----
  ForOfIterable = 73,
  // ---- classes, `new`, prototypes (classes-work) ----
  Construct = 74,
  ClassEntry = 75,
  CreateThis = 76,
  DefineClass = 77,
  DefineMember = 78,
  SuperGet = 79,
  SuperConstruct = 80,
  CtorResult = 81,
  InstanceOf = 82,
  CheckSuperNotCalled = 83,
  CheckThis = 84,
  // ---- class features: computed members, private names, new.target, super.x = v (classes) ----
  ToPropertyKey = 85,
  DefineComputed = 86,
  CreatePrivateName = 87,
  GetPrivate = 88,
  SetPrivate = 89,
  DefinePrivate = 90,
  CheckPrivateBrand = 91,
  HasPrivate = 92,
  LoadNewTarget = 93,
  SuperSet = 94,
  // ---- the global object (realm) ----
  LoadGlobalForTypeof = 95,
  StoreGlobal = 96,
  // ---- expression syntax: spread in new, object spread/rest, literal accessors and __proto__, tagged templates (syntax work) ----
  ConstructSpread = 97,
  CopyDataProperties = 98,
  DefineKeyedGetter = 99,
  DefineKeyedSetter = 100,
  SetLiteralProto = 101,
  GetTemplateObject = 102,
  CreateGenerator = 103,
  Suspend = 104,
  ToNumeric = 105,
  SuperGetKeyed = 106,
  SuperSetKeyed = 107,
  ToWithObject = 108,
  WithHas = 109,
  IsIntrinsicEval = 110,
  DirectEval = 111,
  LoadCallee = 112,
}

export interface OpcodeInfo {
  readonly op: Op;
  readonly name: string;
  readonly operands: string;
  readonly doc: string;
}

export const OPCODES = [
  // ---- loads and moves ----
  { op: Op.LoadConst, name: 'LoadConst', operands: 'rk', doc: 'r = constant k' },
  { op: Op.LoadInt, name: 'LoadInt', operands: 'ri', doc: 'r = int32 i' },
  { op: Op.LoadUndefined, name: 'LoadUndefined', operands: 'r', doc: 'r = undefined' },
  { op: Op.LoadNull, name: 'LoadNull', operands: 'r', doc: 'r = null' },
  { op: Op.LoadTrue, name: 'LoadTrue', operands: 'r', doc: 'r = true' },
  { op: Op.LoadFalse, name: 'LoadFalse', operands: 'r', doc: 'r = false' },
  { op: Op.LoadHole, name: 'LoadHole', operands: 'r', doc: 'r = the TDZ marker (binding not yet initialized)' },
  { op: Op.Mov, name: 'Mov', operands: 'rr', doc: 'r0 = r1' },
  { op: Op.CheckHole, name: 'CheckHole', operands: 'rk', doc: "throw ReferenceError \"Cannot access 'k' before initialization\" if r is the TDZ marker" },
  // ---- arithmetic (f: operand-kind feedback) ----
  { op: Op.Add, name: 'Add', operands: 'rrrf', doc: 'r0 = r1 + r2 (numbers, or string concatenation)' },
  { op: Op.Sub, name: 'Sub', operands: 'rrrf', doc: 'r0 = r1 - r2' },
  { op: Op.Mul, name: 'Mul', operands: 'rrrf', doc: 'r0 = r1 * r2' },
  { op: Op.Div, name: 'Div', operands: 'rrrf', doc: 'r0 = r1 / r2' },
  { op: Op.Mod, name: 'Mod', operands: 'rrrf', doc: 'r0 = r1 % r2' },
  { op: Op.Exp, name: 'Exp', operands: 'rrrf', doc: 'r0 = r1 ** r2' },
  { op: Op.BitAnd, name: 'BitAnd', operands: 'rrrf', doc: 'r0 = r1 & r2' },
  { op: Op.BitOr, name: 'BitOr', operands: 'rrrf', doc: 'r0 = r1 | r2' },
  { op: Op.BitXor, name: 'BitXor', operands: 'rrrf', doc: 'r0 = r1 ^ r2' },
  { op: Op.Shl, name: 'Shl', operands: 'rrrf', doc: 'r0 = r1 << r2' },
  { op: Op.Sar, name: 'Sar', operands: 'rrrf', doc: 'r0 = r1 >> r2' },
  { op: Op.Shr, name: 'Shr', operands: 'rrrf', doc: 'r0 = r1 >>> r2' },
  { op: Op.Neg, name: 'Neg', operands: 'rrf', doc: 'r0 = -r1' },
  { op: Op.ToNumber, name: 'ToNumber', operands: 'rrf', doc: 'r0 = +r1' },
  { op: Op.BitNot, name: 'BitNot', operands: 'rrf', doc: 'r0 = ~r1' },
  { op: Op.Inc, name: 'Inc', operands: 'rrf', doc: 'r0 = ToNumeric(r1) + 1' },
  { op: Op.Dec, name: 'Dec', operands: 'rrf', doc: 'r0 = ToNumeric(r1) - 1' },
  { op: Op.Not, name: 'Not', operands: 'rr', doc: 'r0 = !r1' },
  { op: Op.TypeOf, name: 'TypeOf', operands: 'rr', doc: 'r0 = typeof r1' },
  // ---- comparisons (f: operand-kind feedback); result is a boolean ----
  { op: Op.Lt, name: 'Lt', operands: 'rrrf', doc: 'r0 = r1 < r2' },
  { op: Op.Le, name: 'Le', operands: 'rrrf', doc: 'r0 = r1 <= r2' },
  { op: Op.Gt, name: 'Gt', operands: 'rrrf', doc: 'r0 = r1 > r2' },
  { op: Op.Ge, name: 'Ge', operands: 'rrrf', doc: 'r0 = r1 >= r2' },
  { op: Op.Eq, name: 'Eq', operands: 'rrrf', doc: 'r0 = r1 == r2' },
  { op: Op.Ne, name: 'Ne', operands: 'rrrf', doc: 'r0 = r1 != r2' },
  { op: Op.StrictEq, name: 'StrictEq', operands: 'rrrf', doc: 'r0 = r1 === r2' },
  { op: Op.StrictNe, name: 'StrictNe', operands: 'rrrf', doc: 'r0 = r1 !== r2' },
  // ---- control flow ----
  { op: Op.Jump, name: 'Jump', operands: 'j', doc: 'goto j (forward)' },
  { op: Op.JumpLoop, name: 'JumpLoop', operands: 'j', doc: 'goto j (a loop back-edge: counts toward tier-up, a safepoint)' },
  { op: Op.JumpIfTrue, name: 'JumpIfTrue', operands: 'rj', doc: 'if ToBoolean(r) goto j' },
  { op: Op.JumpIfFalse, name: 'JumpIfFalse', operands: 'rj', doc: 'if !ToBoolean(r) goto j' },
  { op: Op.JumpIfNullish, name: 'JumpIfNullish', operands: 'rj', doc: 'if r is null or undefined goto j' },
  { op: Op.JumpIfNotNullish, name: 'JumpIfNotNullish', operands: 'rj', doc: 'if r is neither null nor undefined goto j' },
  { op: Op.Return, name: 'Return', operands: 'r', doc: 'return r to the caller' },
  // ---- calls ----
  { op: Op.Call, name: 'Call', operands: 'rrrnk', doc: 'r0 = r1(args r2 .. r2+n-1); k names the callee for "is not a function"' },
  { op: Op.CallBuiltin, name: 'CallBuiltin', operands: 'rbrn', doc: 'r0 = builtin b(args r1 .. r1+n-1)' },
  // ---- closures and contexts ----
  { op: Op.CreateContext, name: 'CreateContext', operands: 'rn', doc: "r = new context with n slots whose parent is the running closure's context" },
  { op: Op.LoadContextSlot, name: 'LoadContextSlot', operands: 'rrii', doc: 'r0 = slot i1 of the context i0 levels up from context r1' },
  { op: Op.StoreContextSlot, name: 'StoreContextSlot', operands: 'rrii', doc: 'slot i1 of the context i0 levels up from context r1 = r0' },
  { op: Op.LoadClosureContext, name: 'LoadClosureContext', operands: 'r', doc: "r = the running closure's context" },
  { op: Op.CreateClosure, name: 'CreateClosure', operands: 'rur', doc: 'r0 = new closure of function u over context r1' },
  // ---- errors ----
  { op: Op.ThrowReferenceError, name: 'ThrowReferenceError', operands: 'k', doc: 'throw ReferenceError "k is not defined"' },
  { op: Op.ThrowConstAssign, name: 'ThrowConstAssign', operands: '', doc: 'throw TypeError "Assignment to constant variable."' },
  // ---- objects, arrays, properties (f: inline-cache / elements-kind feedback) ----
  { op: Op.LoadThis, name: 'LoadThis', operands: 'r', doc: "r = the frame's receiver (this)" },
  { op: Op.CreateObject, name: 'CreateObject', operands: 'r', doc: 'r = {} (empty object, Object.prototype)' },
  { op: Op.CreateArray, name: 'CreateArray', operands: 'rrn', doc: 'r0 = [r1 .. r1+n-1] (a hole marker makes a hole)' },
  { op: Op.GetNamed, name: 'GetNamed', operands: 'rrkf', doc: 'r0 = r1.k' },
  { op: Op.SetNamed, name: 'SetNamed', operands: 'rkrf', doc: 'r0.k = r2' },
  { op: Op.GetKeyed, name: 'GetKeyed', operands: 'rrrf', doc: 'r0 = r1[r2]' },
  { op: Op.SetKeyed, name: 'SetKeyed', operands: 'rrrf', doc: 'r0[r1] = r2' },
  { op: Op.DeleteProperty, name: 'DeleteProperty', operands: 'rrr', doc: 'r0 = delete r1[r2]' },
  { op: Op.HasProperty, name: 'HasProperty', operands: 'rrr', doc: 'r0 = r1 in r2' },
  { op: Op.CallMethod, name: 'CallMethod', operands: 'rrrrnk', doc: 'r0 = r1(args r3 .. r3+n-1) with this = r2; k names the callee' },
  { op: Op.CallSpread, name: 'CallSpread', operands: 'rrrrk', doc: 'r0 = r1(...array r3) with this = r2; k names the callee' },
  { op: Op.ArrayPush, name: 'ArrayPush', operands: 'rr', doc: 'append r1 to array r0 (array literals with spread)' },
  { op: Op.ArrayAppend, name: 'ArrayAppend', operands: 'rr', doc: 'append every element of iterable r1 to array r0 (spread)' },
  { op: Op.CreateArguments, name: 'CreateArguments', operands: 'r', doc: "r = an array of the frame's arguments (`arguments`)" },
  { op: Op.CreateRest, name: 'CreateRest', operands: 'ri', doc: 'r = an array of the arguments from index i on (rest parameter)' },
  { op: Op.ForInKeys, name: 'ForInKeys', operands: 'rr', doc: 'r0 = array of the enumerable string keys of r1, in for-in order' },
  { op: Op.IterableToArray, name: 'IterableToArray', operands: 'rr', doc: 'r0 = r1 when an array, the code points of a string, else TypeError (for-of, spread)' },
  { op: Op.ToString, name: 'ToString', operands: 'rr', doc: 'r0 = String(r1) (template literals)' },
  { op: Op.ThrowTypeError, name: 'ThrowTypeError', operands: 'k', doc: 'throw TypeError with message k' },
  // ---- exceptions (handlers: the function's handler table, see bytecode/function.ts) ----
  { op: Op.Throw, name: 'Throw', operands: 'r', doc: 'throw r: unwind to the innermost handler covering this offset, in this frame or a caller' },
  { op: Op.LoadGlobal, name: 'LoadGlobal', operands: 'rk', doc: 'r = the global object\'s property k (ReferenceError "k is not defined" when absent)' },
  // ---- library ----
  { op: Op.ForOfIterable, name: 'ForOfIterable', operands: 'rr', doc: "r0 = what for-of walks by index and length: r1 when an array, a string's code points, a live cursor over a Map's, Set's or iterator's entries; else TypeError" },
  // ---- classes, `new`, prototypes: generic runtime operations (Runtime.classOp) ----
  { op: Op.Construct, name: 'Construct', operands: 'rrrnk', doc: 'r0 = new r1(args r2 .. r2+n-1); k names the callee for "is not a constructor"' },
  { op: Op.ClassEntry, name: 'ClassEntry', operands: 'rrk', doc: "class constructor prologue: r0 = new.target, from the receiver r1 that `new` passes; TypeError when class k is called without new" },
  { op: Op.CreateThis, name: 'CreateThis', operands: 'rr', doc: 'r0 = a new object whose prototype is r1.prototype (base class constructors)' },
  { op: Op.DefineClass, name: 'DefineClass', operands: 'rrr', doc: 'r0 = the prototype object made for class constructor r1 extending r2 (the hole: no extends)' },
  { op: Op.DefineMember, name: 'DefineMember', operands: 'rkri', doc: 'define r0.k = r1 with flags i (1 non-enumerable, 4 getter, 8 setter)' },
  { op: Op.SuperGet, name: 'SuperGet', operands: 'rrrk', doc: 'r0 = super.k: k looked up from the prototype of home object r1, receiver r2' },
  { op: Op.SuperConstruct, name: 'SuperConstruct', operands: 'rrrr', doc: 'r0 = super(...array r3) in class r1 with new.target r2' },
  { op: Op.CtorResult, name: 'CtorResult', operands: 'rrri', doc: "r0 = what a class constructor returning r1 with `this` r2 returns (i = 1: derived)" },
  { op: Op.InstanceOf, name: 'InstanceOf', operands: 'rrr', doc: 'r0 = r1 instanceof r2' },
  { op: Op.CheckSuperNotCalled, name: 'CheckSuperNotCalled', operands: 'r', doc: 'throw ReferenceError "Super constructor may only be called once" unless r is the hole' },
  { op: Op.CheckThis, name: 'CheckThis', operands: 'r', doc: "throw ReferenceError \"Must call super constructor ...\" if `this` r is the hole" },
  // ---- class features (runtime/class-ops.ts; private names: runtime/private-names.ts) ----
  { op: Op.ToPropertyKey, name: 'ToPropertyKey', operands: 'rr', doc: 'r0 = ToPropertyKey(r1) (a computed class member name, evaluated once)' },
  { op: Op.DefineComputed, name: 'DefineComputed', operands: 'rrri', doc: 'define r0[r1] = r2 with flags i (DefineMember with a computed key; a method gets its name)' },
  { op: Op.CreatePrivateName, name: 'CreatePrivateName', operands: 'rk', doc: 'r = a new private name described k (once per class evaluation)' },
  { op: Op.GetPrivate, name: 'GetPrivate', operands: 'rrrf', doc: 'r0 = r1.#name (private name r2); TypeError when r1 lacks it' },
  { op: Op.SetPrivate, name: 'SetPrivate', operands: 'rrrf', doc: 'r0.#name = r2 (private name r1); TypeError when r0 lacks it' },
  { op: Op.DefinePrivate, name: 'DefinePrivate', operands: 'rrri', doc: 'add private member r1 = r2 to r0 (i = 1: r1 is a brand); TypeError when already there' },
  { op: Op.CheckPrivateBrand, name: 'CheckPrivateBrand', operands: 'rrkif', doc: 'TypeError unless r0 has brand r1 (i = 1: unless r0 is the class r1); k names the class' },
  { op: Op.HasPrivate, name: 'HasPrivate', operands: 'rrrki', doc: 'r0 = #name in r2 (private name or brand r1; i = 1: r2 is the class r1); k is #name for the TypeError' },
  { op: Op.LoadNewTarget, name: 'LoadNewTarget', operands: 'r', doc: 'r = new.target of the running ordinary function (its first instruction)' },
  { op: Op.SuperSet, name: 'SuperSet', operands: 'rrkr', doc: 'super.k = r3: set from the prototype of home object r0 on receiver r1' },
  // ---- the global object ----
  { op: Op.LoadGlobalForTypeof, name: 'LoadGlobalForTypeof', operands: 'rk', doc: "r = the global object's property k, undefined when absent (`typeof k`)" },
  { op: Op.StoreGlobal, name: 'StoreGlobal', operands: 'rki', doc: "the global object's property k = r (i = 1, strict code: ReferenceError when absent)" },
  // ---- expression syntax: generic runtime operations (runtime/syntax-ops.ts) ----
  { op: Op.ConstructSpread, name: 'ConstructSpread', operands: 'rrrk', doc: 'r0 = new r1(...array r2); k names the callee for "is not a constructor"' },
  { op: Op.CopyDataProperties, name: 'CopyDataProperties', operands: 'rrr', doc: 'define on object r0 every own enumerable property of r1 (getters called) whose key is not in array r2 (undefined: none): `{...o}`, `{a, ...rest} = o`' },
  { op: Op.DefineKeyedGetter, name: 'DefineKeyedGetter', operands: 'rrr', doc: 'define getter r2 of object r0 under the property key of r1 (`get [k]() {}`)' },
  { op: Op.DefineKeyedSetter, name: 'DefineKeyedSetter', operands: 'rrr', doc: 'define setter r2 of object r0 under the property key of r1 (`set [k](v) {}`)' },
  { op: Op.SetLiteralProto, name: 'SetLiteralProto', operands: 'rr', doc: "`__proto__: r1` of an object literal: r0's prototype = r1 when r1 is an object or null" },
  { op: Op.GetTemplateObject, name: 'GetTemplateObject', operands: 'rk', doc: 'r = the frozen strings array (with .raw) of tagged-template site k, the same array each time the site runs' },
  // ---- generators and async functions (runtime/generators.ts; the frame is saved in the heap) ----
  { op: Op.CreateGenerator, name: 'CreateGenerator', operands: 'ri', doc: "r = the generator object of this activation (i: 0 generator, 1 async function), holding the closure, receiver and a place for the registers" },
  { op: Op.Suspend, name: 'Suspend', operands: 'rrrji', doc: "save the frame in generator r1 and return r2 to whoever resumed it; resumed by next(v), r0 = v and execution goes on after this instruction; by return(v), r0 = v and it goes on at j (the return path: finalizers, then Return r0); by throw(v), v is thrown here. i = 1: r2 is an iterator result already (yield*)" },
  { op: Op.ToNumeric, name: 'ToNumeric', operands: 'rrf', doc: 'r0 = ToNumeric(r1): a number, or a BigInt as it is (the old value of `x++`)' },
  { op: Op.SuperGetKeyed, name: 'SuperGetKeyed', operands: 'rrrr', doc: 'r0 = super[r3]: property key r3 looked up from the prototype of home object r1, receiver r2' },
  { op: Op.SuperSetKeyed, name: 'SuperSetKeyed', operands: 'rrrr', doc: 'super[r2] = r3: set from the prototype of home object r0 on receiver r1' },
  // ---- `with` (sloppy code): the object environment of a with statement ----
  { op: Op.ToWithObject, name: 'ToWithObject', operands: 'rr', doc: '`with (r1)`: r0 = ToObject(r1) (TypeError for null or undefined), the object whose properties the body sees as names' },
  { op: Op.WithHas, name: 'WithHas', operands: 'rrk', doc: "r0 = does with-object r1 bind name k: `k in r1`, unless r1[Symbol.unscopables] is an object whose k is truthy" },
  // ---- direct eval (frontend/eval-scopes.ts) ----
  { op: Op.IsIntrinsicEval, name: 'IsIntrinsicEval', operands: 'rr', doc: "r0 = r1 is the realm's own eval function (then `eval(code)` is a direct eval, else an ordinary call)" },
  { op: Op.DirectEval, name: 'DirectEval', operands: 'rrrrk', doc: "r0 = direct eval of r1 (a string runs, anything else is the result) in the caller's context r2 with this = r3; k describes the contexts and bindings visible at the call (JSON of an EvalSite)" },
  { op: Op.LoadCallee, name: 'LoadCallee', operands: 'r', doc: "r = the running function itself (a sloppy function's arguments.callee)" },
] as const satisfies readonly OpcodeInfo[];

// Op is a const enum so that the interpreter's `switch` compiles to a jump table over
// literal numbers; the table above is indexed by it, and this check keeps the two in step.
OPCODES.forEach((o, i) => {
  if (o.op !== i) throw new Error(`opcodes.ts: ${o.name} is entry ${i} of OPCODES but Op.${o.name} = ${o.op}`);
});

/** Words an instruction with this opcode occupies, opcode included. */
export const OPCODE_WORDS: readonly number[] = OPCODES.map((o) => 1 + o.operands.length);
