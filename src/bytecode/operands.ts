// The operands of a bytecode instruction by name: OPERAND_NAMES gives each opcode's operands
// a name that says what the operand is (dst, a, b, slot, obj, key, callee, args, argc, ...),
// in the order of its operand kinds in opcodes.ts, and decode() reads an instruction into a
// record typed per opcode, so `switch (ins.op)` narrows to the fields that opcode has. The
// names also say which registers are written: only `dst` is; every other 'r' operand is read,
// and a register range is its first register (`args`, `items`) plus a count (`argc`, `count`).
// Which registers an instruction reads and writes (liveness), and the jump targets and
// block ends of the control flow, are derived from them. Compile-time readers (liveness, the
// graph builder) use decode(); the interpreter keeps its own positional reads, which are
// faster in its dispatch loop.

import { Op, OPCODES, OPCODE_WORDS } from './opcodes';

/** Operand names per opcode, in operand order (see the operand kinds in opcodes.ts). */
export const OPERAND_NAMES = {
  // ---- loads and moves ----
  [Op.LoadConst]: ['dst', 'constant'],
  [Op.LoadInt]: ['dst', 'value'],
  [Op.LoadUndefined]: ['dst'],
  [Op.LoadNull]: ['dst'],
  [Op.LoadTrue]: ['dst'],
  [Op.LoadFalse]: ['dst'],
  [Op.LoadHole]: ['dst'],
  [Op.Mov]: ['dst', 'src'],
  [Op.CheckHole]: ['value', 'name'],
  // ---- arithmetic ----
  [Op.Add]: ['dst', 'a', 'b', 'slot'],
  [Op.Sub]: ['dst', 'a', 'b', 'slot'],
  [Op.Mul]: ['dst', 'a', 'b', 'slot'],
  [Op.Div]: ['dst', 'a', 'b', 'slot'],
  [Op.Mod]: ['dst', 'a', 'b', 'slot'],
  [Op.Exp]: ['dst', 'a', 'b', 'slot'],
  [Op.BitAnd]: ['dst', 'a', 'b', 'slot'],
  [Op.BitOr]: ['dst', 'a', 'b', 'slot'],
  [Op.BitXor]: ['dst', 'a', 'b', 'slot'],
  [Op.Shl]: ['dst', 'a', 'b', 'slot'],
  [Op.Sar]: ['dst', 'a', 'b', 'slot'],
  [Op.Shr]: ['dst', 'a', 'b', 'slot'],
  [Op.Neg]: ['dst', 'a', 'slot'],
  [Op.ToNumber]: ['dst', 'a', 'slot'],
  [Op.ToNumeric]: ['dst', 'a', 'slot'],
  [Op.BitNot]: ['dst', 'a', 'slot'],
  [Op.Inc]: ['dst', 'a', 'slot'],
  [Op.Dec]: ['dst', 'a', 'slot'],
  [Op.Not]: ['dst', 'a'],
  [Op.TypeOf]: ['dst', 'a'],
  // ---- comparisons ----
  [Op.Lt]: ['dst', 'a', 'b', 'slot'],
  [Op.Le]: ['dst', 'a', 'b', 'slot'],
  [Op.Gt]: ['dst', 'a', 'b', 'slot'],
  [Op.Ge]: ['dst', 'a', 'b', 'slot'],
  [Op.Eq]: ['dst', 'a', 'b', 'slot'],
  [Op.Ne]: ['dst', 'a', 'b', 'slot'],
  [Op.StrictEq]: ['dst', 'a', 'b', 'slot'],
  [Op.StrictNe]: ['dst', 'a', 'b', 'slot'],
  // ---- control flow ----
  [Op.Jump]: ['target'],
  [Op.JumpLoop]: ['target'],
  [Op.JumpIfTrue]: ['cond', 'target'],
  [Op.JumpIfFalse]: ['cond', 'target'],
  [Op.JumpIfNullish]: ['cond', 'target'],
  [Op.JumpIfNotNullish]: ['cond', 'target'],
  [Op.Return]: ['value'],
  // ---- calls ----
  [Op.Call]: ['dst', 'callee', 'args', 'argc', 'name'],
  [Op.CallBuiltin]: ['dst', 'builtin', 'args', 'argc'],
  // ---- closures and contexts ----
  [Op.CreateContext]: ['dst', 'slots'],
  [Op.LoadContextSlot]: ['dst', 'context', 'depth', 'index'],
  [Op.StoreContextSlot]: ['value', 'context', 'depth', 'index'],
  [Op.LoadClosureContext]: ['dst'],
  [Op.CreateClosure]: ['dst', 'functionId', 'context'],
  // ---- errors ----
  [Op.ThrowReferenceError]: ['name'],
  [Op.ThrowConstAssign]: [],
  // ---- objects, arrays, properties ----
  [Op.LoadThis]: ['dst'],
  [Op.CreateObject]: ['dst'],
  [Op.CreateArray]: ['dst', 'items', 'count'],
  [Op.GetNamed]: ['dst', 'obj', 'key', 'slot'],
  [Op.SetNamed]: ['obj', 'key', 'value', 'slot'],
  [Op.GetKeyed]: ['dst', 'obj', 'key', 'slot'],
  [Op.SetKeyed]: ['obj', 'key', 'value', 'slot'],
  [Op.DeleteProperty]: ['dst', 'obj', 'key'],
  [Op.HasProperty]: ['dst', 'key', 'obj'],
  [Op.CallMethod]: ['dst', 'callee', 'receiver', 'args', 'argc', 'name'],
  [Op.CallSpread]: ['dst', 'callee', 'receiver', 'array', 'name'],
  [Op.ArrayPush]: ['array', 'value'],
  [Op.ArrayAppend]: ['array', 'value'],
  [Op.CreateArguments]: ['dst'],
  [Op.CreateRest]: ['dst', 'from'],
  [Op.ForInKeys]: ['dst', 'src'],
  [Op.IterableToArray]: ['dst', 'src'],
  [Op.ToString]: ['dst', 'src'],
  [Op.ThrowTypeError]: ['message'],
  // ---- exceptions ----
  [Op.Throw]: ['value'],
  [Op.ReThrow]: ['value'],
  [Op.LoadGlobal]: ['dst', 'name'],
  // ---- library ----
  [Op.ForOfIterable]: ['dst', 'src'],
  // ---- classes, `new`, prototypes ----
  [Op.Construct]: ['dst', 'callee', 'args', 'argc', 'name'],
  [Op.ClassEntry]: ['dst', 'receiver', 'name'],
  [Op.CreateThis]: ['dst', 'newTarget'],
  [Op.DefineClass]: ['dst', 'ctor', 'parent'],
  [Op.DefineMember]: ['obj', 'key', 'value', 'flags'],
  [Op.SuperGet]: ['dst', 'home', 'receiver', 'key', 'slot'],
  [Op.SuperConstruct]: ['dst', 'cls', 'newTarget', 'array'],
  [Op.CtorResult]: ['dst', 'value', 'self', 'derived'],
  [Op.InstanceOf]: ['dst', 'value', 'ctor'],
  [Op.CheckSuperNotCalled]: ['self'],
  [Op.LoadGlobalForTypeof]: ['dst', 'name'],
  [Op.StoreGlobal]: ['value', 'name', 'strict'],
  [Op.CheckThis]: ['self'],
  // ---- class features ----
  [Op.ToPropertyKey]: ['dst', 'src'],
  [Op.DefineComputed]: ['obj', 'key', 'value', 'flags'],
  [Op.CreatePrivateName]: ['dst', 'description'],
  [Op.GetPrivate]: ['dst', 'obj', 'name', 'slot'],
  [Op.SetPrivate]: ['obj', 'name', 'value', 'slot'],
  [Op.DefinePrivate]: ['obj', 'name', 'value', 'brand'],
  [Op.CheckPrivateBrand]: ['obj', 'brand', 'className', 'isStatic', 'slot'],
  [Op.HasPrivate]: ['dst', 'name', 'obj', 'text', 'isStatic'],
  [Op.LoadNewTarget]: ['dst'],
  [Op.SuperSet]: ['home', 'receiver', 'key', 'value'],
  [Op.SuperGetKeyed]: ['dst', 'home', 'receiver', 'key'],
  [Op.SuperSetKeyed]: ['home', 'receiver', 'key', 'value'],
  // ---- expression syntax ----
  [Op.ConstructSpread]: ['dst', 'callee', 'array', 'name'],
  [Op.CopyDataProperties]: ['target', 'src', 'excluded'],
  [Op.DefineKeyedGetter]: ['obj', 'key', 'value'],
  [Op.DefineKeyedSetter]: ['obj', 'key', 'value'],
  [Op.SetLiteralProto]: ['obj', 'value'],
  [Op.GetTemplateObject]: ['dst', 'site'],
  [Op.CreateGenerator]: ['dst', 'flavor'],
  [Op.Suspend]: ['dst', 'gen', 'value', 'onReturn', 'flags'],
  [Op.ToWithObject]: ['dst', 'value'],
  [Op.WithHas]: ['dst', 'obj', 'name'],
  [Op.IsIntrinsicEval]: ['dst', 'value'],
  [Op.DirectEval]: ['dst', 'code', 'context', 'receiver', 'site'],
  [Op.LoadCallee]: ['dst'],
  [Op.JumpIfObject]: ['cond', 'target'],
  [Op.LoadArgumentCount]: ['dst'],
} as const satisfies { readonly [O in Op]: readonly string[] };

/** The decoded instruction of opcode O: `op` and one number per named operand. */
export type InstructionOf<O extends Op> = { readonly op: O } & {
  readonly [F in (typeof OPERAND_NAMES)[O][number]]: number;
};

/** Any decoded instruction: a union discriminated by `op`. */
export type Instruction = { [O in Op]: InstructionOf<O> }[Op];

// The names and the operand kinds of opcodes.ts must agree: one name per operand, `dst`
// only as the first operand and a register, a count right after its range's first register.
const RANGE_COUNTS: Readonly<Record<string, string>> = { args: 'argc', items: 'count' };
for (const info of OPCODES) {
  const names: readonly string[] = OPERAND_NAMES[info.op];
  const kinds = info.operands;
  const fail = (why: string) => new Error(`operands.ts: OPERAND_NAMES of ${info.name} (${kinds}) ${why}`);
  if (names.length !== kinds.length) throw fail(`has ${names.length} names`);
  names.forEach((name, i) => {
    if (name === 'dst' && (i !== 0 || kinds[i] !== 'r')) throw fail('has a dst that is not its first register');
    const count = RANGE_COUNTS[name];
    if (count !== undefined && (kinds[i] !== 'r' || names[i + 1] !== count || kinds[i + 1] !== 'n')) {
      throw fail(`has a range ${name} not followed by its count ${count}`);
    }
  });
}

/** The instruction at pc, its operands by name. */
export function decode(code: Int32Array, pc: number): Instruction {
  const op = code[pc] as Op;
  const names: readonly string[] = OPERAND_NAMES[op];
  const ins: Record<string, number> = { op };
  for (let i = 0; i < names.length; i++) ins[names[i]] = code[pc + 1 + i];
  return ins as unknown as Instruction;
}

/** Registers first .. first + count - 1 (the arguments of a call, the items of a literal). */
export function registerRange(first: number, count: number): number[] {
  const regs: number[] = [];
  for (let i = 0; i < count; i++) regs.push(first + i);
  return regs;
}

// ---- register effects and control flow, read off the names ----

export interface RegisterEffects {
  defs: number[];
  uses: number[];
}

/** The registers the instruction at pc writes (its `dst`) and reads (every other register
 *  operand, ranges expanded), in operand order. */
export function registerEffects(code: Int32Array, pc: number): RegisterEffects {
  const op = code[pc] as Op;
  const names: readonly string[] = OPERAND_NAMES[op];
  const kinds = OPCODES[op].operands;
  const defs: number[] = [];
  const uses: number[] = [];
  for (let i = 0; i < names.length; i++) {
    if (kinds[i] !== 'r') continue;
    const r = code[pc + 1 + i];
    if (names[i] === 'dst') defs.push(r);
    else if (RANGE_COUNTS[names[i]] !== undefined) uses.push(...registerRange(r, code[pc + 2 + i]));
    else uses.push(r);
  }
  return { defs, uses };
}

export function isBlockEnd(op: number): boolean {
  return (
    op === Op.Jump || op === Op.JumpLoop || op === Op.JumpIfTrue || op === Op.JumpIfFalse ||
    op === Op.JumpIfNullish || op === Op.JumpIfNotNullish || op === Op.JumpIfObject || op === Op.Return ||
    op === Op.ThrowReferenceError || op === Op.ThrowConstAssign || op === Op.ThrowTypeError || op === Op.Throw || op === Op.ReThrow
  );
}

/** Jump targets of the instruction at pc (empty for non-jumps). */
export function jumpTargets(code: Int32Array, pc: number): number[] {
  const ins = decode(code, pc);
  return 'target' in ins ? [ins.target] : [];
}

export function instructionWords(code: Int32Array, pc: number): number {
  return OPCODE_WORDS[code[pc]];
}
