// The instructions the interpreter runs through the runtime's generic operations, the same
// ones compiled code reaches through runtime calls: builtin calls, the heap operations
// (delete, in, for-in/for-of, spreads, ToString, array appends) and the class/`new`
// operations with the construct feedback recorded beside them. Each handler reads its
// operand registers, raises the VM stack top to `top` (the end of the running frame) while
// the operation may call back into the language, and writes its result register.

import type { BytecodeFunction } from '../bytecode/function';
import { Op, OPCODE_WORDS } from '../bytecode/opcodes';
import type { FunctionProfile } from '../profile/function-profile';
import { Builtin } from '../bytecode/builtin-ids';
import { callBuiltin } from '../runtime/builtins';
import { isHeapBuiltin, type Runtime, type Word } from '../runtime/runtime';
import type { ValueConverter } from '../runtime/values';
import { runClassOp } from './class-ops';
import { decode } from '../bytecode/operands';
import { syntaxOp } from '../runtime/syntax-ops';
import type { InterpreterConfig } from './config';
import { recordConstructTarget, recordCreateThis, recordInstanceOf, recordSuperConstruct } from './construct-feedback';
import { setTagged, type VmStackTop } from './frame-words';
import type { ErrorSites } from './stack-trace';

export class RuntimeOps {
  private readonly u32: Uint32Array;
  private readonly rt: Runtime;
  private readonly converter: ValueConverter;

  constructor(
    cfg: InterpreterConfig,
    private readonly stackTop: VmStackTop,
    private readonly errors: ErrorSites,
  ) {
    this.u32 = cfg.heap.u32;
    this.rt = cfg.runtime;
    this.converter = cfg.converter;
  }

  /** CallBuiltin d id args n: a heap builtin on value words, or a host one on host values. */
  callBuiltin(code: Int32Array, pc: number, R: number, top: number, fp: number): void {
    const u32 = this.u32;
    if (isHeapBuiltin(code[pc + 2])) {
      const args: Word[] = [];
      const first = R + 2 * code[pc + 3];
      for (let i = 0; i < code[pc + 4]; i++) args.push([u32[first + 2 * i + 1], u32[first + 2 * i]]);
      const saved = this.stackTop.top;
      this.stackTop.top = top;
      // The language code it calls (a reviver, a getter) links to this call in stacks.
      this.errors.recordBuiltinCall(fp, pc, top, code[pc + 2] as Builtin);
      const [hi, lo] = this.rt.callBuiltin(code[pc + 2], args);
      this.errors.accessTop = -1;
      this.stackTop.top = saved;
      setTagged(u32, R + 2 * code[pc + 1], hi, lo);
      return;
    }
    const args: Word[] = [];
    const first = R + 2 * code[pc + 3];
    for (let i = 0; i < code[pc + 4]; i++) args.push([u32[first + 2 * i + 1], u32[first + 2 * i]]);
    // Math's functions convert objects to numbers in the language (valueOf may run code),
    // and console.log's printing calls objects' util.inspect.custom methods: frames they
    // push go above `top`.
    const saved = this.stackTop.top;
    this.stackTop.top = top;
    try {
      const hostArgs = this.rt.hostBuiltinArgs(code[pc + 2], args);
      this.converter.write(R + 2 * code[pc + 1], callBuiltin(code[pc + 2] as Builtin, hostArgs));
    } finally {
      this.stackTop.top = saved;
    }
  }

  /** DeleteProperty, HasProperty, ForInKeys, IterableToArray, ForOfIterable, ToString:
   *  r0 = the generic operation on the registers that follow. */
  generic(op: number, code: Int32Array, pc: number, R: number, top: number, strict = false): void {
    const u32 = this.u32;
    const size = OPCODE_WORDS[op];
    const args: Word[] = [];
    for (let i = 2; i < size; i++) args.push([u32[R + 2 * code[pc + i] + 1], u32[R + 2 * code[pc + i]]]);
    const saved = this.stackTop.top;
    this.stackTop.top = top;
    const [hi, lo] = this.rt.genericHeapOp(op, undefined, args, strict);
    this.stackTop.top = saved;
    setTagged(u32, R + 2 * code[pc + 1], hi, lo);
  }

  /** ArrayPush/ArrayAppend array value: appends to the array in place (spreading a user
   *  iterable calls its methods: frames they push go above `top`). */
  append(op: number, code: Int32Array, pc: number, R: number, top: number): void {
    const u32 = this.u32;
    const a = R + 2 * code[pc + 1];
    const v = R + 2 * code[pc + 2];
    const saved = this.stackTop.top;
    this.stackTop.top = top;
    this.rt.genericHeapOp(op, undefined, [[u32[a + 1], u32[a]], [u32[v + 1], u32[v]]]);
    this.stackTop.top = saved;
  }

  /** A class/`new`/prototype instruction of the frame at fp (running fn under profile):
   *  records construct feedback, then runs the shared class operation, where an error it
   *  makes natively gets its stack from this instruction. */
  classOp(op: number, code: Int32Array, pc: number, R: number, fp: number, fn: BytecodeFunction, profile: FunctionProfile, top: number): void {
    const { rt, u32 } = this;
    if (op === Op.Construct || op === Op.CreateThis || op === Op.SuperConstruct) {
      const v = R + 2 * code[pc + 2];
      const record = op === Op.Construct ? recordConstructTarget : op === Op.CreateThis ? recordCreateThis : recordSuperConstruct;
      record(rt, profile, pc, u32[v + 1], u32[v]);
      // `new F()` of an ordinary function: where its `this` gets its prototype, as a
      // class's CreateThis records it (the JIT allocates `this` and calls F).
      if (op === Op.Construct) recordCreateThis(rt, profile, pc, u32[v + 1], u32[v]);
    }
    // x instanceof c: its operands, read before the result may overwrite one of them.
    const operands: [Word, Word] | undefined = op === Op.InstanceOf ? [[u32[R + 2 * code[pc + 2] + 1], u32[R + 2 * code[pc + 2]]], [u32[R + 2 * code[pc + 3] + 1], u32[R + 2 * code[pc + 3]]]] : undefined;
    const saved = this.stackTop.top;
    this.stackTop.top = top;
    this.errors.atOperation(fp, pc, () => runClassOp(rt, u32, code, pc, R, fn.constants));
    this.stackTop.top = saved;
    if (operands) recordInstanceOf(rt, profile, pc, operands[0], operands[1], u32[R + 2 * code[pc + 1]] === 1);
  }

  /** An expression-syntax instruction (spread in `new`, object spread/rest, literal accessors
   *  and `__proto__`, template objects): its registers by name, the shared operation
   *  (runtime/syntax-ops.ts), the result into `dst` when it has one. */
  syntaxOp(code: Int32Array, pc: number, R: number, fp: number, fn: BytecodeFunction, top: number): void {
    const { rt, u32 } = this;
    const ins = decode(code, pc) as unknown as Record<string, number>;
    const words: Word[] = [];
    let key: string | undefined;
    for (const [name, v] of Object.entries(ins)) {
      if (name === 'op' || name === 'dst') continue;
      if (name === 'name' || name === 'site') key = String(fn.constants[v]);
      else words.push([u32[R + 2 * v + 1], u32[R + 2 * v]]);
    }
    const saved = this.stackTop.top;
    this.stackTop.top = top;
    this.errors.atOperation(fp, pc, () => {
      const [hi, lo] = syntaxOp(rt, code[pc], key, words);
      if (ins.dst !== undefined) setTagged(u32, R + 2 * ins.dst, hi, lo);
    });
    this.stackTop.top = saved;
  }
}
