// THE bytecode table. kiln bytecode is three-address register code: each instruction is an
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

export interface OpcodeInfo {
  readonly name: string;
  readonly operands: string;
  readonly doc: string;
}

export const OPCODES = [
  // ---- loads and moves ----
  { name: 'LoadConst', operands: 'rk', doc: 'r = constant k' },
  { name: 'LoadInt', operands: 'ri', doc: 'r = int32 i' },
  { name: 'LoadUndefined', operands: 'r', doc: 'r = undefined' },
  { name: 'LoadNull', operands: 'r', doc: 'r = null' },
  { name: 'LoadTrue', operands: 'r', doc: 'r = true' },
  { name: 'LoadFalse', operands: 'r', doc: 'r = false' },
  { name: 'LoadHole', operands: 'r', doc: 'r = the TDZ marker (binding not yet initialized)' },
  { name: 'Mov', operands: 'rr', doc: 'r0 = r1' },
  { name: 'CheckHole', operands: 'rk', doc: "throw ReferenceError \"Cannot access 'k' before initialization\" if r is the TDZ marker" },
  // ---- arithmetic (f: operand-kind feedback) ----
  { name: 'Add', operands: 'rrrf', doc: 'r0 = r1 + r2 (numbers, or string concatenation)' },
  { name: 'Sub', operands: 'rrrf', doc: 'r0 = r1 - r2' },
  { name: 'Mul', operands: 'rrrf', doc: 'r0 = r1 * r2' },
  { name: 'Div', operands: 'rrrf', doc: 'r0 = r1 / r2' },
  { name: 'Mod', operands: 'rrrf', doc: 'r0 = r1 % r2' },
  { name: 'Exp', operands: 'rrrf', doc: 'r0 = r1 ** r2' },
  { name: 'BitAnd', operands: 'rrrf', doc: 'r0 = r1 & r2' },
  { name: 'BitOr', operands: 'rrrf', doc: 'r0 = r1 | r2' },
  { name: 'BitXor', operands: 'rrrf', doc: 'r0 = r1 ^ r2' },
  { name: 'Shl', operands: 'rrrf', doc: 'r0 = r1 << r2' },
  { name: 'Sar', operands: 'rrrf', doc: 'r0 = r1 >> r2' },
  { name: 'Shr', operands: 'rrrf', doc: 'r0 = r1 >>> r2' },
  { name: 'Neg', operands: 'rrf', doc: 'r0 = -r1' },
  { name: 'ToNumber', operands: 'rrf', doc: 'r0 = +r1' },
  { name: 'BitNot', operands: 'rrf', doc: 'r0 = ~r1' },
  { name: 'Inc', operands: 'rrf', doc: 'r0 = ToNumber(r1) + 1' },
  { name: 'Dec', operands: 'rrf', doc: 'r0 = ToNumber(r1) - 1' },
  { name: 'Not', operands: 'rr', doc: 'r0 = !r1' },
  { name: 'TypeOf', operands: 'rr', doc: 'r0 = typeof r1' },
  // ---- comparisons (f: operand-kind feedback); result is a boolean ----
  { name: 'Lt', operands: 'rrrf', doc: 'r0 = r1 < r2' },
  { name: 'Le', operands: 'rrrf', doc: 'r0 = r1 <= r2' },
  { name: 'Gt', operands: 'rrrf', doc: 'r0 = r1 > r2' },
  { name: 'Ge', operands: 'rrrf', doc: 'r0 = r1 >= r2' },
  { name: 'Eq', operands: 'rrrf', doc: 'r0 = r1 == r2' },
  { name: 'Ne', operands: 'rrrf', doc: 'r0 = r1 != r2' },
  { name: 'StrictEq', operands: 'rrrf', doc: 'r0 = r1 === r2' },
  { name: 'StrictNe', operands: 'rrrf', doc: 'r0 = r1 !== r2' },
  // ---- control flow ----
  { name: 'Jump', operands: 'j', doc: 'goto j (forward)' },
  { name: 'JumpLoop', operands: 'j', doc: 'goto j (a loop back-edge: counts toward tier-up, a safepoint)' },
  { name: 'JumpIfTrue', operands: 'rj', doc: 'if ToBoolean(r) goto j' },
  { name: 'JumpIfFalse', operands: 'rj', doc: 'if !ToBoolean(r) goto j' },
  { name: 'JumpIfNullish', operands: 'rj', doc: 'if r is null or undefined goto j' },
  { name: 'JumpIfNotNullish', operands: 'rj', doc: 'if r is neither null nor undefined goto j' },
  { name: 'Return', operands: 'r', doc: 'return r to the caller' },
  // ---- calls ----
  { name: 'Call', operands: 'rrrnk', doc: 'r0 = r1(args r2 .. r2+n-1); k names the callee for "is not a function"' },
  { name: 'CallBuiltin', operands: 'rbrn', doc: 'r0 = builtin b(args r1 .. r1+n-1)' },
  // ---- closures and contexts ----
  { name: 'CreateContext', operands: 'rn', doc: "r = new context with n slots whose parent is the running closure's context" },
  { name: 'LoadContextSlot', operands: 'rrii', doc: 'r0 = slot i1 of the context i0 levels up from context r1' },
  { name: 'StoreContextSlot', operands: 'rrii', doc: 'slot i1 of the context i0 levels up from context r1 = r0' },
  { name: 'LoadClosureContext', operands: 'r', doc: "r = the running closure's context" },
  { name: 'CreateClosure', operands: 'rur', doc: 'r0 = new closure of function u over context r1' },
  // ---- errors ----
  { name: 'ThrowReferenceError', operands: 'k', doc: 'throw ReferenceError "k is not defined"' },
  { name: 'ThrowConstAssign', operands: '', doc: 'throw TypeError "Assignment to constant variable."' },
] as const satisfies readonly OpcodeInfo[];

export type OpcodeName = (typeof OPCODES)[number]['name'];
export const Op = Object.fromEntries(OPCODES.map((o, i) => [o.name, i])) as { readonly [K in OpcodeName]: number };

/** Words an instruction with this opcode occupies, opcode included. */
export const OPCODE_WORDS: readonly number[] = OPCODES.map((o) => 1 + o.operands.length);
