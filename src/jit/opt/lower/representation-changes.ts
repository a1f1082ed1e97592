// Representation changes made explicit: boxing int32/bool/float64 into tagged words
// (doubles that hold an int32 are boxed as int32, so int32 speculation downstream holds),
// unboxing tagged words behind type guards, int32 <-> float64, and constants materialized
// in the representation a use wants. A conversion is emitted once and reused in every block
// its block dominates. Owned by the LirBuilder (b.use reaches it), which it sees only through
// the small LirEmitter interface below, so the two files do not import each other.

import { Tag } from '../../../runtime/layout';
import { Cond, type MasmOpName } from '../../masm';
import { DeclineError } from '../ir/decline';
import type { Block, FrameState, Node, Repr } from '../ir/ir';
import type { LArg, LInstr, RegClass } from './lir';
import { doubleWords, imm, v } from './lir-operands';
import type { DeoptReason } from '../../deopt/reasons';

/** The LirBuilder's side: registers, labels, instructions, guards and node values. */
export interface LirEmitter {
  newVreg(repr: Repr | RegClass): number;
  newLabel(): number;
  emit(op: LInstr['op'], defs: number, ...args: LArg[]): LInstr;
  label(l: number): void;
  guard(op: MasmOpName, defs: number, reason: DeoptReason, fs: FrameState | undefined, ...args: LArg[]): void;
  valueOf(n: Node): number;
  bind(n: Node, d: number): void;
}

export class RepresentationChanges {
  /** Conversions already emitted: (node, repr) → vreg and the block that computed it. */
  private readonly conversions = new Map<string, { vreg: number; block: Block }>();
  /** The block being lowered. */
  current!: Block;

  constructor(
    private readonly b: LirEmitter,
    private readonly dominators: Map<Block, Block | undefined>,
  ) {}

  /** Where float constants are materialized: the entry block, after the prologue. */
  private entryInstrs: LInstr[] = [];
  private entryInsertAt = 0;
  private readonly floatConstants = new Map<string, number>();

  /** Float constants go at the end of `instrs` so far (the entry block after the prologue). */
  markEntryInsertPoint(instrs: LInstr[]): void {
    this.entryInstrs = instrs;
    this.entryInsertAt = instrs.length;
  }

  /** A float constant, materialized once at function entry (which dominates every use) so
   *  loops do not rebuild it on every iteration. */
  private floatConstant(value: number): number {
    const [lo, hi] = doubleWords(value);
    const key = `${lo}:${hi}`;
    let d = this.floatConstants.get(key);
    if (d === undefined) {
      d = this.b.newVreg('float64');
      const ins: LInstr = { op: 'MovFI', args: [v(d), imm(lo), imm(hi)], defs: 1, pc: 0 };
      this.entryInstrs.splice(this.entryInsertAt++, 0, ins);
      this.floatConstants.set(key, d);
    }
    return d;
  }

  materialize(n: Node, repr: Repr): number {
    const value = n.aux as number | [number, number];
    if (repr === 'float64') return this.floatConstant(typeof value === 'number' ? value : NaN);
    const d = this.b.newVreg(repr);
    if (repr === 'tagged') {
      const [hi, lo] = this.taggedWord(n);
      this.b.emit('MovGI', 1, v(d), imm(lo), imm(hi));
    } else {
      this.b.emit('MovGI', 1, v(d), imm(value as number), imm(0));
    }
    return d;
  }

  private taggedWord(n: Node): [number, number] {
    const value = n.aux as number | [number, number];
    if (n.repr === 'tagged') return value as [number, number];
    if (n.repr === 'int32') return [Tag.Int32, value as number];
    if (n.repr === 'bool') return [Tag.Bool, value as number];
    const [lo, hi] = doubleWords(value as number);
    return [hi, lo];
  }

  /** Node n as a vreg in representation `repr`, converting (and guarding) as needed. */
  use(n: Node, repr: Repr, fs?: FrameState): number {
    if (n.op === 'const') return this.useConst(n, repr, fs);
    const s = this.b.valueOf(n);
    if (n.repr === repr) return s;
    const key = `${n.id}:${repr}`;
    const cached = this.conversions.get(key);
    if (cached && this.dominates(cached.block, this.current)) return cached.vreg;
    const d = this.convert(n, s, repr, fs);
    this.conversions.set(key, { vreg: d, block: this.current });
    return d;
  }

  private dominates(a: Block, b: Block | undefined): boolean {
    for (; b; b = this.dominators.get(b)) if (a === b) return true;
    return false;
  }

  private convert(n: Node, s: number, repr: Repr, fs?: FrameState): number {
    const d = this.b.newVreg(repr);
    const key = `${n.repr}->${repr}`;
    switch (key) {
      case 'int32->float64':
        this.b.emit('CvtI32F64', 1, v(d), v(s));
        return d;
      case 'int32->tagged':
        this.b.emit('BoxTag', 1, v(d), v(s), imm(Tag.Int32));
        return d;
      case 'bool->tagged':
        this.b.emit('BoxTag', 1, v(d), v(s), imm(Tag.Bool));
        return d;
      case 'float64->tagged':
        return this.boxFloat64(s, d);
      case 'float64->int32':
        this.b.guard('CvtF64I32', 1, 'lost-precision', fs, v(d), v(s));
        return d;
      case 'tagged->int32':
        this.b.guard('BrTag', 0, 'not-int32', fs, imm(Cond.Ne), v(s), imm(Tag.Int32));
        this.b.emit('Unbox32', 1, v(d), v(s));
        return d;
      case 'tagged->float64':
        return this.unboxNumber(s, d, fs);
      default:
        throw new DeclineError(`no representation change ${key}`);
    }
  }

  private useConst(n: Node, repr: Repr, fs?: FrameState): number {
    if (n.repr === repr || repr === 'tagged') {
      if (repr === 'tagged' && n.repr !== 'tagged') {
        const d = this.b.newVreg('tagged');
        const [hi, lo] = this.taggedWord(n);
        this.b.emit('MovGI', 1, v(d), imm(lo), imm(hi));
        return d;
      }
      return this.materialize(n, repr);
    }
    if (n.repr === 'int32' && repr === 'float64') return this.materialize({ ...n, repr: 'float64' }, 'float64');
    // A constant of the wrong kind where a number is speculated: the guard always fails.
    const d = this.materialize(n, n.repr);
    const fake = { ...n, op: 'phi' } as Node;
    this.b.bind(fake, d);
    return this.use(fake, repr, fs);
  }

  /** Boxes a double, as an int32 when it is one (so int32 speculation downstream holds). */
  private boxFloat64(s: number, d: number): number {
    const t = this.b.newVreg('int32');
    const notInt = this.b.newLabel();
    const done = this.b.newLabel();
    this.b.emit('CvtF64I32', 1, v(t), v(s), imm(notInt));
    this.b.emit('BoxTag', 1, v(d), v(t), imm(Tag.Int32));
    this.b.emit('Jump', 0, imm(done));
    this.b.label(notInt);
    this.b.emit('MovGF', 1, v(d), v(s));
    this.b.label(done);
    return d;
  }

  private unboxNumber(s: number, d: number, fs?: FrameState): number {
    const isInt = this.b.newLabel();
    const done = this.b.newLabel();
    const t = this.b.newVreg('int32');
    // One compare of the tag: the int32 tag is the smallest, every tag above it is no number.
    this.b.guard('BrTag2', 0, 'not-number', fs, imm(Cond.Eq), v(s), imm(Tag.Int32), imm(isInt), imm(Cond.A));
    this.b.emit('MovFG', 1, v(d), v(s));
    this.b.emit('Jump', 0, imm(done));
    this.b.label(isInt);
    this.b.emit('Unbox32', 1, v(t), v(s));
    this.b.emit('CvtI32F64', 1, v(d), v(t));
    this.b.label(done);
    return d;
  }

}
