// Bytecode builder for one function: appends instructions, patches forward jumps, dedupes the
// constant pool, hands out feedback slots and stack-like temporaries, and records source
// positions. Used by the generator (frontend/codegen/); produces a BytecodeFunction.

import type { BytecodeFunction, ExceptionHandler, FunctionKind } from '../../bytecode/function';
import { Op, OPCODES, OPCODE_WORDS } from '../../bytecode/opcodes';

/** A jump target; forward uses are patched when it is bound. */
export class Label {
  pc = -1;
  readonly uses: number[] = []; // indices of operand words to patch
  get bound(): boolean {
    return this.pc >= 0;
  }
}

export interface Position {
  readonly line: number; // 1-based
  readonly column: number; // 1-based
}

/** Anything with acorn locations. */
export interface Located {
  readonly loc?: { readonly start: { readonly line: number; readonly column: number } } | null;
}

export class FunctionBuilder {
  private readonly code: number[] = [];
  private readonly constants: (number | string)[] = [];
  private readonly constantIndex = new Map<string, number>();
  private feedbackSlots = 0;
  private readonly pcs: number[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];
  private position: Position = { line: 1, column: 1 };
  private lastOpcode = -1;
  private lastBoundPc = -1;
  private pendingJumps = 0;
  private nextTemp: number;
  private maxRegister: number;

  constructor(firstTemp: number) {
    this.nextTemp = firstTemp;
    this.maxRegister = firstTemp;
  }

  get pc(): number {
    return this.code.length;
  }

  /** Position attached to the instructions emitted from now on. */
  at(node: Located): this {
    const start = node.loc?.start;
    if (start) this.position = { line: start.line, column: start.column + 1 };
    return this;
  }

  emit(op: number, ...operands: number[]): void {
    if (operands.length !== OPCODE_WORDS[op] - 1) {
      throw new Error(`emit ${OPCODES[op].name}: expected ${OPCODE_WORDS[op] - 1} operands`);
    }
    this.recordPosition();
    this.code.push(op, ...operands);
    this.lastOpcode = op;
  }

  private recordPosition(): void {
    const n = this.pcs.length;
    const { line, column } = this.position;
    if (n > 0 && this.lines[n - 1] === line && this.columns[n - 1] === column) return;
    this.pcs.push(this.pc);
    this.lines.push(line);
    this.columns.push(column);
  }

  /** True when the code so far ends in a Return that no label points past. */
  endsInReturn(): boolean {
    return this.lastOpcode === Op.Return && this.lastBoundPc < this.pc;
  }

  // ---- jumps ----

  /** Jump or conditional jump to `label`; an unconditional jump to a bound label is a JumpLoop. */
  jump(label: Label, op: number = Op.Jump, reg = -1): void {
    if (label.bound) {
      if (op !== Op.Jump) throw new Error('conditional back-edges are not emitted');
      this.emit(Op.JumpLoop, label.pc);
      return;
    }
    if (op === Op.Jump) this.emit(op, -1);
    else this.emit(op, reg, -1);
    label.uses.push(this.pc - 1);
    this.pendingJumps++;
  }

  /** Suspend (see opcodes.ts) and the Return that always follows it: `value` goes to
   *  whoever resumed the generator; a return(v) resumes at `onReturn` (null: never). */
  suspend(dst: number, gen: number, value: number, onReturn: Label | null, flags: number): void {
    this.emit(Op.Suspend, dst, gen, value, onReturn?.bound ? onReturn.pc : -1, flags);
    if (onReturn && !onReturn.bound) {
      onReturn.uses.push(this.pc - 2);
      this.pendingJumps++;
    }
    this.emit(Op.Return, value);
    // A resume enters right after the Return: code goes on there.
    this.lastBoundPc = this.pc;
  }

  bind(label: Label): void {
    if (label.bound) throw new Error('label bound twice');
    label.pc = this.pc;
    this.lastBoundPc = this.pc;
    for (const use of label.uses) this.code[use] = label.pc;
    this.pendingJumps -= label.uses.length;
  }

  // ---- constants and feedback ----

  constant(value: number | string): number {
    const key = typeof value === 'string' ? `s${value}` : `n${Object.is(value, -0) ? '-0' : String(value)}`;
    let index = this.constantIndex.get(key);
    if (index === undefined) {
      index = this.constants.length;
      this.constants.push(value);
      this.constantIndex.set(key, index);
    }
    return index;
  }

  feedback(): number {
    return this.feedbackSlots++;
  }

  // ---- temporaries (stack discipline: mark, allocate, release to the mark) ----

  mark(): number {
    return this.nextTemp;
  }

  release(mark: number): void {
    if (mark > this.nextTemp) throw new Error('release above the temporary stack');
    this.nextTemp = mark;
  }

  temp(): number {
    return this.temps(1);
  }

  /** `count` consecutive temporaries; returns the first. */
  temps(count: number): number {
    const first = this.nextTemp;
    this.nextTemp += count;
    this.maxRegister = Math.max(this.maxRegister, this.nextTemp);
    return first;
  }

  // ---- result ----

  finish(
    meta: {
      id: number; name: string; paramCount: number; line: number; column: number; file: string; topLevel: boolean; kind?: FunctionKind;
      length: number; sourceStart: number; sourceEnd: number; strict?: boolean; generator?: boolean; async?: boolean;
    },
    handlers: readonly ExceptionHandler[] = [],
  ): BytecodeFunction {
    if (this.pendingJumps !== 0) throw new Error('jump to a label that was never bound');
    return {
      ...meta,
      registerCount: Math.max(this.maxRegister, meta.paramCount),
      code: Int32Array.from(this.code),
      constants: this.constants,
      feedbackSlotCount: this.feedbackSlots,
      handlers,
      positions: {
        pcs: Int32Array.from(this.pcs),
        lines: Int32Array.from(this.lines),
        columns: Int32Array.from(this.columns),
      },
    };
  }
}
