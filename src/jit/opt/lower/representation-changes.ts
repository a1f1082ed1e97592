// Representation changes made explicit: boxing int32/bool/float64 into tagged words
// (doubles that hold an int32 are boxed as int32, so int32 speculation downstream holds),
// unboxing tagged words behind type guards, int32 <-> float64, and constants materialized
// in the representation a use wants. A conversion is emitted once and reused in every block
// its block dominates.

import { Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { Block, FrameState, Node, Repr } from '../ir/ir';
import { DeclineError, doubleWords, imm, LirBuilder, v } from './lir-builder';
import type { LInstr } from './lir';

export abstract class RepresentationChanges extends LirBuilder {
  /** Conversions already emitted: (node, repr) → vreg and the block that computed it. */
  private readonly conversions = new Map<string, { vreg: number; block: Block }>();
  protected dominators!: Map<Block, Block | undefined>;
  protected current!: Block;

  protected valueOf(n: Node): number {
    const r = this.nodeVreg.get(n);
    if (r !== undefined) return r;
    if (n.op === 'const') return this.materialize(n, n.repr);
    throw new DeclineError(`value v${n.id} (${n.op}) used before it was lowered`);
  }

  /** Where float constants are materialized: the entry block, after the prologue. */
  protected entryInstrs: LInstr[] = [];
  protected entryInsertAt = 0;
  private readonly floatConstants = new Map<string, number>();

  /** A float constant, materialized once at function entry (which dominates every use) so
   *  loops do not rebuild it on every iteration. */
  private floatConstant(value: number): number {
    const [lo, hi] = doubleWords(value);
    const key = `${lo}:${hi}`;
    let d = this.floatConstants.get(key);
    if (d === undefined) {
      d = this.newVreg('float64');
      const ins: LInstr = { op: 'MovFI', args: [v(d), imm(lo), imm(hi)], defs: 1, pc: 0 };
      this.entryInstrs.splice(this.entryInsertAt++, 0, ins);
      this.floatConstants.set(key, d);
    }
    return d;
  }

  protected materialize(n: Node, repr: Repr): number {
    const value = n.aux as number | [number, number];
    if (repr === 'float64') return this.floatConstant(typeof value === 'number' ? value : NaN);
    const d = this.newVreg(repr);
    if (repr === 'tagged') {
      const [hi, lo] = this.taggedWord(n);
      this.emit('MovGI', 1, v(d), imm(lo), imm(hi));
    } else {
      this.emit('MovGI', 1, v(d), imm(value as number), imm(0));
    }
    return d;
  }

  protected taggedWord(n: Node): [number, number] {
    const value = n.aux as number | [number, number];
    if (n.repr === 'tagged') return value as [number, number];
    if (n.repr === 'int32') return [Tag.Int32, value as number];
    if (n.repr === 'bool') return [Tag.Bool, value as number];
    const [lo, hi] = doubleWords(value as number);
    return [hi, lo];
  }

  /** Node n as a vreg in representation `repr`, converting (and guarding) as needed. */
  protected use(n: Node, repr: Repr, fs?: FrameState): number {
    if (n.op === 'const') return this.useConst(n, repr, fs);
    const s = this.valueOf(n);
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

  protected convert(n: Node, s: number, repr: Repr, fs?: FrameState): number {
    const d = this.newVreg(repr);
    const key = `${n.repr}->${repr}`;
    switch (key) {
      case 'int32->float64':
        this.emit('CvtI32F64', 1, v(d), v(s));
        return d;
      case 'int32->tagged':
        this.emit('BoxTag', 1, v(d), v(s), imm(Tag.Int32));
        return d;
      case 'bool->tagged':
        this.emit('BoxTag', 1, v(d), v(s), imm(Tag.Bool));
        return d;
      case 'float64->tagged':
        return this.boxFloat64(s, d);
      case 'float64->int32':
        this.guard('CvtF64I32', 1, 'lost-precision', fs, v(d), v(s));
        return d;
      case 'tagged->int32':
        this.guard('BrTag', 0, 'not-int32', fs, imm(Cond.Ne), v(s), imm(Tag.Int32));
        this.emit('Unbox32', 1, v(d), v(s));
        return d;
      case 'tagged->float64':
        return this.unboxNumber(s, d, fs);
      default:
        throw new DeclineError(`no representation change ${key}`);
    }
  }

  protected useConst(n: Node, repr: Repr, fs?: FrameState): number {
    if (n.repr === repr || repr === 'tagged') {
      if (repr === 'tagged' && n.repr !== 'tagged') {
        const d = this.newVreg('tagged');
        const [hi, lo] = this.taggedWord(n);
        this.emit('MovGI', 1, v(d), imm(lo), imm(hi));
        return d;
      }
      return this.materialize(n, repr);
    }
    if (n.repr === 'int32' && repr === 'float64') return this.materialize({ ...n, repr: 'float64' }, 'float64');
    // A constant of the wrong kind where a number is speculated: the guard always fails.
    const d = this.materialize(n, n.repr);
    const fake = { ...n, op: 'phi' } as Node;
    this.nodeVreg.set(fake, d);
    return this.use(fake, repr, fs);
  }

  /** Boxes a double, as an int32 when it is one (so int32 speculation downstream holds). */
  protected boxFloat64(s: number, d: number): number {
    const t = this.newVreg('int32');
    const notInt = this.newLabel();
    const done = this.newLabel();
    this.emit('CvtF64I32', 1, v(t), v(s), imm(notInt));
    this.emit('BoxTag', 1, v(d), v(t), imm(Tag.Int32));
    this.emit('Jump', 0, imm(done));
    this.label(notInt);
    this.emit('MovGF', 1, v(d), v(s));
    this.label(done);
    return d;
  }

  protected unboxNumber(s: number, d: number, fs?: FrameState): number {
    const isInt = this.newLabel();
    const done = this.newLabel();
    const t = this.newVreg('int32');
    this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Int32), imm(isInt));
    this.guard('BrTag', 0, 'not-number', fs, imm(Cond.Ae), v(s), imm(Tag.MIN));
    this.emit('MovFG', 1, v(d), v(s));
    this.emit('Jump', 0, imm(done));
    this.label(isInt);
    this.emit('Unbox32', 1, v(t), v(s));
    this.emit('CvtI32F64', 1, v(d), v(t));
    this.label(done);
    return d;
  }

}
