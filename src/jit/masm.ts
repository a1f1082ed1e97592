// The machine-instruction stream: the one architecture-neutral interface between kiln's
// compilers (TypeScript) and the addon's assemblers (native/asm/x64, native/asm/arm64).
// A function is one Int32Array batch of [opcode, operands...]; the operand layout of every
// opcode is fixed by MASM_OPS below, which is THE table (native/generated/masm_ops.h is
// generated from it). Registers are abstract indices into the target's allocatable sets;
// each backend maps them to machine registers and keeps its own scratch registers.
//
// Operand kinds:  G general register, F float register, I imm32, L label id, C condition,
//                 M memory = 3 words (MemBase, register, displacement)
// Every op is self-contained (compare-and-branch is one op), so no flags live between ops.

export const enum MemBase {
  Frame = 0, // VM frame pointer + disp (register word ignored)
  HeapReg = 1, // heap base + zero-extended 32-bit register + disp
  Heap = 2, // heap base + disp (register word ignored)
}

// Conditions. Integer: signed and unsigned. Float: ordered (false on NaN) and their
// negations (true on NaN), so `!(a < b)` branches correctly without a separate NaN test.
export const enum Cond {
  Eq = 0, Ne, Lt, Le, Gt, Ge, // signed
  B, Be, A, Ae, // unsigned
  FEq, FNe, FLt, FLe, FGt, FGe, // float, ordered (FNe: unordered or not equal)
  FNotLt, FNotLe, FNotGt, FNotGe, // float, true when unordered
}

export interface MasmOpInfo {
  readonly name: string;
  readonly operands: string; // one letter per operand kind, M counts as one letter (3 words)
  readonly doc: string;
}

// Order is the opcode number. Append only where possible; the addon is regenerated from it.
export const MASM_OPS = [
  { name: 'Label', operands: 'L', doc: 'bind label L here' },
  { name: 'Jump', operands: 'L', doc: 'goto L' },
  { name: 'BytecodeOffset', operands: 'I', doc: 'code that follows came from bytecode offset I (for --print-code); emits nothing' },
  { name: 'MovGG', operands: 'GG', doc: 'd = s (64 bit)' },
  { name: 'MovGI', operands: 'GII', doc: 'd = imm64(lo, hi)' },
  { name: 'MovFF', operands: 'FF', doc: 'd = s' },
  { name: 'MovFI', operands: 'FII', doc: 'd = f64 with bit pattern (lo, hi)' },
  { name: 'MovGF', operands: 'GF', doc: 'd = bits of f64 s' },
  { name: 'MovFG', operands: 'FG', doc: 'd = f64 with the bits of s' },
  { name: 'Load64', operands: 'GM', doc: 'd = u64 [m]' },
  { name: 'Store64', operands: 'GM', doc: '[m] = s (64 bit)' },
  { name: 'Store64I', operands: 'MII', doc: '[m] = imm64(lo, hi)' },
  { name: 'Load32', operands: 'GM', doc: 'd = zero-extended u32 [m]' },
  { name: 'Store32', operands: 'GM', doc: '[m] = low 32 bits of s' },
  { name: 'Store32I', operands: 'MI', doc: '[m] = imm32' },
  { name: 'LoadF64', operands: 'FM', doc: 'd = f64 [m]' },
  { name: 'StoreF64', operands: 'FM', doc: '[m] = f64 s' },
  // 32-bit integer ALU: results are zero-extended to 64 bits.
  { name: 'Add32', operands: 'GGG', doc: 'd = a + b' },
  { name: 'Sub32', operands: 'GGG', doc: 'd = a - b' },
  { name: 'Mul32', operands: 'GGG', doc: 'd = a * b (low 32 bits)' },
  { name: 'And32', operands: 'GGG', doc: 'd = a & b' },
  { name: 'Or32', operands: 'GGG', doc: 'd = a | b' },
  { name: 'Xor32', operands: 'GGG', doc: 'd = a ^ b' },
  { name: 'Shl32', operands: 'GGG', doc: 'd = a << (b & 31)' },
  { name: 'Sar32', operands: 'GGG', doc: 'd = a >> (b & 31), arithmetic' },
  { name: 'Shr32', operands: 'GGG', doc: 'd = a >>> (b & 31), logical' },
  { name: 'Add32I', operands: 'GGI', doc: 'd = a + imm' },
  { name: 'Sub32I', operands: 'GGI', doc: 'd = a - imm' },
  { name: 'Mul32I', operands: 'GGI', doc: 'd = a * imm' },
  { name: 'And32I', operands: 'GGI', doc: 'd = a & imm' },
  { name: 'Or32I', operands: 'GGI', doc: 'd = a | imm' },
  { name: 'Xor32I', operands: 'GGI', doc: 'd = a ^ imm' },
  { name: 'Shl32I', operands: 'GGI', doc: 'd = a << (imm & 31)' },
  { name: 'Sar32I', operands: 'GGI', doc: 'd = a >> (imm & 31)' },
  { name: 'Shr32I', operands: 'GGI', doc: 'd = a >>> (imm & 31)' },
  { name: 'Not32', operands: 'GG', doc: 'd = ~a' },
  { name: 'Neg32', operands: 'GG', doc: 'd = -a (wrapping)' },
  // Overflow-checked int32 arithmetic: jump to L when the signed result does not fit.
  { name: 'Add32Ov', operands: 'GGGL', doc: 'd = a + b, overflow -> L' },
  { name: 'Sub32Ov', operands: 'GGGL', doc: 'd = a - b, overflow -> L' },
  { name: 'Mul32Ov', operands: 'GGGL', doc: 'd = a * b, overflow -> L' },
  { name: 'Add32IOv', operands: 'GGIL', doc: 'd = a + imm, overflow -> L' },
  { name: 'Sub32IOv', operands: 'GGIL', doc: 'd = a - imm, overflow -> L' },
  { name: 'Neg32Ov', operands: 'GGL', doc: 'd = -a, overflow (a == INT32_MIN) -> L' },
  { name: 'Mod32', operands: 'GGG', doc: 'd = a % b; the compiler guarantees a >= 0 and b > 0' },
  // Compare-and-branch and compare-and-set (d = 1 when the condition holds, else 0).
  { name: 'BrCmp32', operands: 'CGGL', doc: 'if (a c b) goto L, 32-bit compare' },
  { name: 'BrCmp32I', operands: 'CGIL', doc: 'if (a c imm) goto L, 32-bit compare' },
  { name: 'BrCmp64', operands: 'CGGL', doc: 'if (a c b) goto L, 64-bit compare' },
  { name: 'BrCmpF64', operands: 'CFFL', doc: 'if (a c b) goto L, float compare' },
  { name: 'BrTag', operands: 'CGIL', doc: 'if ((s >>> 32) c imm) goto L, unsigned 32-bit compare of the tag word' },
  { name: 'SetCmp32', operands: 'CGGG', doc: 'd = (a c b)' },
  { name: 'SetCmp32I', operands: 'CGGI', doc: 'd = (a c imm)' },
  { name: 'SetCmp64', operands: 'CGGG', doc: 'd = (a c b), 64-bit' },
  { name: 'SetCmpF64', operands: 'CGFF', doc: 'd = (a c b), float' },
  // Boxing: d = zero-extended low 32 bits of s | (imm << 32).
  { name: 'BoxTag', operands: 'GGI', doc: 'd = u32(s) | imm << 32' },
  { name: 'Unbox32', operands: 'GG', doc: 'd = u32(s)' },
  // Float64 arithmetic.
  { name: 'AddF64', operands: 'FFF', doc: 'd = a + b' },
  { name: 'SubF64', operands: 'FFF', doc: 'd = a - b' },
  { name: 'MulF64', operands: 'FFF', doc: 'd = a * b' },
  { name: 'DivF64', operands: 'FFF', doc: 'd = a / b' },
  { name: 'SqrtF64', operands: 'FF', doc: 'd = sqrt(a)' },
  { name: 'NegF64', operands: 'FF', doc: 'd = -a (flips the sign bit)' },
  { name: 'AbsF64', operands: 'FF', doc: 'd = |a| (clears the sign bit)' },
  { name: 'FloorF64', operands: 'FF', doc: 'd = floor(a)' },
  { name: 'CeilF64', operands: 'FF', doc: 'd = ceil(a)' },
  { name: 'TruncF64', operands: 'FF', doc: 'd = trunc(a)' },
  { name: 'CvtI32F64', operands: 'FG', doc: 'd = (double) signed int32 s' },
  { name: 'CvtF64I32', operands: 'GFL', doc: 'd = (int32) s when exact and not -0, else goto L' },
  // Calls. Both clobber every allocatable register; the result is in general register 0.
  { name: 'CallG', operands: 'G', doc: 'call the machine code at the absolute address in s' },
  { name: 'CallRuntime', operands: 'I', doc: 'call the runtime with site id I; the site says where the compiler stored the operands' },
  { name: 'AdjustFrame', operands: 'I', doc: 'VM frame pointer += imm (bytes)' },
  { name: 'Prologue', operands: '', doc: 'function entry: set up the native frame' },
  { name: 'Return', operands: 'G', doc: 'return value s to the caller (tears down the native frame)' },
  { name: 'StackCheck', operands: 'IL', doc: 'goto L if the VM frame + imm bytes passes Globals.vmStackLimit, or the native stack is below Globals.nativeStackLimit' },
  { name: 'DeoptStub', operands: '', doc: 'save every allocatable register to Globals.deopt*Save, call the deoptimizer, return its result' },
  { name: 'Load16', operands: 'GM', doc: 'd = zero-extended u16 [m] (string code units)' },
  { name: 'Store16', operands: 'GM', doc: '[m] = low 16 bits of s (string code units)' },
  { name: 'CallF64', operands: 'I', doc: 'call C double function I of MATH_FUNCTIONS (arguments in float registers 0 and 1, result in float register 0; clobbers every allocatable register)' },
  { name: 'BrTag2', operands: 'CGILCL', doc: 'one unsigned compare of the tag word (s >>> 32) with imm: if c1 goto L1, else if c2 goto L2 (a number check: int32 tag, or not a double)' },
] as const satisfies readonly MasmOpInfo[];

/** The double functions compiled code calls directly (CallF64): V8's own (v8::base::ieee754,
 *  which node's Math.sin and its kin run, exported by the node binary), so a compiled
 *  Math.sin(x) is node's bit for bit. The addon resolves them by these names at load; one
 *  the node binary does not export stays a runtime call. Order is the CallF64 index. */
export const MATH_FUNCTIONS = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'exp', 'log', 'log2', 'log10', 'cbrt', 'atan2', 'pow'] as const;
/** How many double arguments each takes (atan2 and pow take two). */
export const MATH_FUNCTION_ARITY = (name: (typeof MATH_FUNCTIONS)[number]): 1 | 2 => (name === 'atan2' || name === 'pow' ? 2 : 1);

export type MasmOpName = (typeof MASM_OPS)[number]['name'];
export const MasmOp = Object.fromEntries(MASM_OPS.map((op, i) => [op.name, i])) as { readonly [K in MasmOpName]: number };

export function operandWords(kinds: string): number {
  let n = 0;
  for (const k of kinds) n += k === 'M' ? 3 : 1;
  return n;
}

/** Words each opcode occupies, including the opcode word. */
export const MASM_OP_WORDS: readonly number[] = MASM_OPS.map((op) => 1 + operandWords(op.operands));

export interface Mem {
  base: MemBase;
  reg: number;
  disp: number;
}
export const frameMem = (disp: number): Mem => ({ base: MemBase.Frame, reg: 0, disp });
export const heapMem = (disp: number): Mem => ({ base: MemBase.Heap, reg: 0, disp });
export const heapRegMem = (reg: number, disp: number): Mem => ({ base: MemBase.HeapReg, reg, disp });

/** Builds one function's instruction stream. Labels are small integers from newLabel(). */
export class Masm {
  private words = new Int32Array(256);
  private length = 0;
  private labels = 0;

  newLabel(): number {
    return this.labels++;
  }
  get labelCount(): number {
    return this.labels;
  }

  /** Appends one instruction; operands are given in table order, memory operands as Mem. */
  emit(op: MasmOpName, ...operands: (number | Mem)[]): void {
    const info = MASM_OPS[MasmOp[op]];
    if (operands.length !== info.operands.length) {
      throw new Error(`masm ${op}: expected ${info.operands.length} operands, got ${operands.length}`);
    }
    this.push(MasmOp[op]);
    for (let i = 0; i < operands.length; i++) {
      const v = operands[i];
      if (info.operands[i] === 'M') {
        if (typeof v !== 'object') throw new Error(`masm ${op}: operand ${i} must be memory`);
        this.push(v.base);
        this.push(v.reg);
        this.push(v.disp);
      } else {
        if (typeof v !== 'number') throw new Error(`masm ${op}: operand ${i} must be a number`);
        this.push(v | 0);
      }
    }
  }

  private push(w: number): void {
    if (this.length === this.words.length) {
      const grown = new Int32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[this.length++] = w;
  }

  finish(): Int32Array {
    return this.words.slice(0, this.length);
  }
}

/** Splits a 64-bit value word given as (hi, lo) u32 into the imm64 operand pair (lo, hi). */
export function imm64(hi: number, lo: number): [number, number] {
  return [lo | 0, hi | 0];
}
