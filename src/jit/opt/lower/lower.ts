// Lowering: SSA IR → LIR. Chooses machine operations for each node, makes representation
// changes explicit (boxing, unboxing with type guards, int32 ↔ float64), attaches deopt
// exits with frame states to every guard, and expands calls into the VM calling
// convention: the caller writes the callee's frame header and arguments after its own frame
// (and spill slots), moves the frame pointer, and calls the callee's entry.

import { Op } from '../../../bytecode/opcodes';
import type { BytecodeFunction } from '../../../bytecode/function';
import { Builtin } from '../../../runtime/builtin-ids';
import { Frame, Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond, MemBase, type MasmOpName } from '../../masm';
import type { Block, FrameState, Graph, Node, Repr } from '../ir/ir';
import type { RuntimeOperation, RuntimeSite } from '../ir/runtime-ops';
import type { FrameValue, LArg, LBlock, LExit, LFrame, LFunction, LInstr, RegClass } from './lir';

export interface LowerOptions {
  stressDeopt: boolean;
  /** Header plus registers of a function's interpreter frame, in slots. */
  frameSlotsOf: (functionId: number) => number;
  registerRuntimeSite: (site: RuntimeSite) => number;
}

const SLOT = 8;
const regsBase = Frame.headerSlots * SLOT;
const v = (x: number): LArg => ({ k: 'v', v: x });
const imm = (x: number): LArg => ({ k: 'i', i: x });
const frameAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Frame, v: -1, disp, area: 'fixed' });
const outAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Frame, v: -1, disp, area: 'out' });
const heapAt = (disp: number): LArg => ({ k: 'm', base: MemBase.Heap, v: -1, disp, area: 'fixed' });
const heapReg = (reg: number, disp: number): LArg => ({ k: 'm', base: MemBase.HeapReg, v: reg, disp, area: 'fixed' });

const INT_COND = new Map<number, Cond>([
  [Op.Lt, Cond.Lt], [Op.Le, Cond.Le], [Op.Gt, Cond.Gt], [Op.Ge, Cond.Ge],
  [Op.Eq, Cond.Eq], [Op.StrictEq, Cond.Eq], [Op.Ne, Cond.Ne], [Op.StrictNe, Cond.Ne],
]);
const FLOAT_COND = new Map<number, Cond>([
  [Op.Lt, Cond.FLt], [Op.Le, Cond.FLe], [Op.Gt, Cond.FGt], [Op.Ge, Cond.FGe],
  [Op.Eq, Cond.FEq], [Op.StrictEq, Cond.FEq], [Op.Ne, Cond.FNe], [Op.StrictNe, Cond.FNe],
]);
const NEGATE = new Map<Cond, Cond>([
  [Cond.Lt, Cond.Ge], [Cond.Ge, Cond.Lt], [Cond.Le, Cond.Gt], [Cond.Gt, Cond.Le], [Cond.Eq, Cond.Ne], [Cond.Ne, Cond.Eq],
  [Cond.FLt, Cond.FNotLt], [Cond.FNotLt, Cond.FLt], [Cond.FLe, Cond.FNotLe], [Cond.FNotLe, Cond.FLe],
  [Cond.FGt, Cond.FNotGt], [Cond.FNotGt, Cond.FGt], [Cond.FGe, Cond.FNotGe], [Cond.FNotGe, Cond.FGe],
  [Cond.FEq, Cond.FNe], [Cond.FNe, Cond.FEq],
]);

export class DeclineError extends Error {}

export function lowerGraph(g: Graph, fn: BytecodeFunction, opts: LowerOptions): LFunction {
  return new Lowering(g, fn, opts).run();
}

class Lowering {
  private readonly vregClass: RegClass[] = [];
  private readonly nodeVreg = new Map<Node, number>();
  private readonly exits: LExit[] = [];
  private readonly blockLabel = new Map<Block, number>();
  private readonly useCount = new Map<Node, number>();
  private readonly paramHomes = new Map<number, number>();
  /** Conversions already emitted: (node, repr) → vreg and the block that computed it; a use
   *  in a block that block dominates reuses it instead of converting (and guarding) again. */
  private readonly conversions = new Map<string, { vreg: number; block: Block }>();
  private dominators!: Map<Block, Block | undefined>;
  private current!: Block;
  private labelCount = 0;
  private maxOutSlots = 0;
  private instrs: LInstr[] = [];
  private pc = 0;

  constructor(
    private readonly g: Graph,
    private readonly fn: BytecodeFunction,
    private readonly opts: LowerOptions,
  ) {}

  run(): LFunction {
    for (const b of this.g.blocks) this.blockLabel.set(b, this.labelCount++);
    this.dominators = immediateDominators(this.g);
    this.countUses();
    for (const b of this.g.blocks) for (const p of b.phis) this.nodeVreg.set(p, this.newVreg(p.repr));
    const blocks: LBlock[] = this.g.blocks.map((b, i) => this.lowerBlock(b, i === 0, this.g.blocks[i + 1]));
    return {
      blocks,
      vregClass: this.vregClass,
      exits: this.exits,
      labelCount: this.labelCount,
      maxOutSlots: Math.max(this.maxOutSlots, Frame.headerSlots),
      paramHomes: this.paramHomes,
    };
  }

  private countUses(): void {
    const bump = (n: Node, by = 1) => this.useCount.set(n, (this.useCount.get(n) ?? 0) + by);
    for (const b of this.g.blocks) {
      for (const n of [...b.phis, ...b.nodes]) {
        n.inputs.forEach((i) => bump(i));
        n.frameState?.registers.forEach((r) => r && bump(r, 2));
      }
      const t = b.terminator;
      if (t.kind === 'branch') bump(t.cond);
      if (t.kind === 'return') bump(t.value);
    }
  }

  // ---- helpers ------------------------------------------------------------------------
  private newVreg(repr: Repr | RegClass): number {
    this.vregClass.push(repr === 'float64' || repr === 'f' ? 'f' : 'g');
    return this.vregClass.length - 1;
  }
  private newLabel(): number {
    return this.labelCount++;
  }
  private emit(op: LInstr['op'], defs: number, ...args: LArg[]): LInstr {
    const ins: LInstr = { op, args, defs, pc: this.pc };
    this.instrs.push(ins);
    return ins;
  }
  private label(l: number): void {
    this.emit('Label', 0, imm(l));
  }
  /** A deopt exit resuming at `fs`; returns its label. The instruction that jumps there
   *  must list it in `exits` (guard() does). */
  private exit(reason: string, fs: FrameState): number {
    const label = this.newLabel();
    const frames: LFrame[] = [];
    for (let s: FrameState | undefined = fs; s; s = s.outer?.state) {
      frames.unshift({
        functionId: s.functionId,
        pc: s.pc,
        registers: s.registers.map((n) => (n ? this.frameValue(n) : undefined)),
        callee: s.outer && this.frameValue(s.outer.callee),
        argc: s.outer?.argc ?? 0,
      });
      // An inlined frame is rebuilt right after its caller's interpreter frame.
      if (s.outer) this.maxOutSlots = Math.max(this.maxOutSlots, this.opts.frameSlotsOf(s.functionId));
    }
    this.exits.push({ label, reason, frames });
    return this.exits.length - 1;
  }

  private frameValue(n: Node): FrameValue {
    if (n.op === 'const') return { kind: 'const', repr: n.repr, value: n.aux as number | [number, number] };
    return { kind: 'vreg', v: this.valueOf(n), repr: n.repr };
  }
  /** Emits a guard instruction whose last argument is the label of a new deopt exit. */
  private guard(op: MasmOpName, defs: number, reason: string, fs: FrameState | undefined, ...args: LArg[]): void {
    if (!fs) throw new DeclineError(`a ${reason} guard without a frame state`);
    const e = this.exit(reason, fs);
    this.emit(op, defs, ...args, imm(this.exits[e].label)).exits = [e];
  }

  /** The vreg holding node n in its own representation. */
  private valueOf(n: Node): number {
    const r = this.nodeVreg.get(n);
    if (r !== undefined) return r;
    if (n.op === 'const') return this.materialize(n, n.repr);
    throw new DeclineError(`value v${n.id} (${n.op}) used before it was lowered`);
  }

  private materialize(n: Node, repr: Repr): number {
    const d = this.newVreg(repr);
    const value = n.aux as number | [number, number];
    if (repr === 'float64') {
      const [lo, hi] = doubleWords(typeof value === 'number' ? value : NaN);
      this.emit('MovFI', 1, v(d), imm(lo), imm(hi));
    } else if (repr === 'tagged') {
      const [hi, lo] = this.taggedWord(n);
      this.emit('MovGI', 1, v(d), imm(lo), imm(hi));
    } else {
      this.emit('MovGI', 1, v(d), imm(value as number), imm(0));
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
  private use(n: Node, repr: Repr, fs?: FrameState): number {
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

  private convert(n: Node, s: number, repr: Repr, fs?: FrameState): number {
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

  private useConst(n: Node, repr: Repr, fs?: FrameState): number {
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
  private boxFloat64(s: number, d: number): number {
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

  private unboxNumber(s: number, d: number, fs?: FrameState): number {
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

  // ---- blocks ---------------------------------------------------------------------------
  private lowerBlock(b: Block, isEntry: boolean, next: Block | undefined): LBlock {
    this.instrs = [];
    this.current = b;
    this.pc = b.pc;
    this.label(this.blockLabel.get(b)!);
    if (isEntry) this.lowerEntry();
    const fused = this.fusableCompare(b);
    for (const n of b.nodes) {
      if (n === fused) continue;
      this.pc = n.pc;
      this.emit('BytecodeOffset', 0, imm(n.pc));
      this.stressCheck(n);
      this.lowerNode(n);
    }
    this.lowerTerminator(b, fused, next);
    return { id: b.id, label: this.blockLabel.get(b)!, instrs: this.instrs, succs: b.succs.map((s) => s.id) };
  }

  private lowerEntry(): void {
    this.emit('Prologue', 0);
    // StackCheck's frame size is patched by emit.ts once spill slots are known.
    const overflow = this.newLabel();
    const ok = this.newLabel();
    this.emit('StackCheck', 0, imm(0), imm(overflow));
    this.emit('Jump', 0, imm(ok));
    this.label(overflow);
    this.runtimeCall({ kind: 'throw-stack-overflow' }, []);
    this.label(ok);
    const argc = this.newVreg('int32');
    this.emit('Load32', 1, v(argc), frameAt(Frame.argcSlot * SLOT));
    for (let i = 0; i < this.fn.paramCount; i++) {
      const skip = this.newLabel();
      this.emit('BrCmp32I', 0, imm(Cond.Gt), v(argc), imm(i), imm(skip));
      this.emit('Store64I', 0, frameAt(regsBase + SLOT * i), imm(0), imm(Tag.Undefined));
      this.label(skip);
    }
    for (const n of this.g.blocks[0].nodes) {
      if (n.op !== 'param') continue;
      const d = this.newVreg('tagged');
      this.nodeVreg.set(n, d);
      this.paramHomes.set(d, n.aux as number);
      this.emit('Load64', 1, v(d), frameAt(regsBase + SLOT * (n.aux as number)));
    }
  }

  private stressCheck(n: Node): void {
    if (!this.opts.stressDeopt || !n.frameState || n.op === 'deopt') return;
    const t = this.newVreg('int32');
    this.emit('Load32', 1, v(t), heapAt(Globals.stressCounter));
    this.emit('Sub32I', 1, v(t), v(t), imm(1));
    this.emit('Store32', 0, v(t), heapAt(Globals.stressCounter));
    this.guard('BrCmp32I', 0, 'stress', n.frameState, imm(Cond.Le), v(t), imm(0));
  }

  /** A compare that only feeds this block's branch is emitted as compare-and-branch. */
  private fusableCompare(b: Block): Node | undefined {
    const t = b.terminator;
    if (t.kind !== 'branch') return undefined;
    const c = t.cond;
    const last = b.nodes[b.nodes.length - 1];
    if (c !== last || (c.op !== 'i32.cmp' && c.op !== 'f64.cmp')) return undefined;
    return this.useCount.get(c) === 1 ? c : undefined;
  }

  private lowerTerminator(b: Block, fused: Node | undefined, next: Block | undefined): void {
    const t = b.terminator;
    this.pc = b.nodes.length ? b.nodes[b.nodes.length - 1].pc : b.pc;
    switch (t.kind) {
      case 'goto':
        this.phiMoves(b, t.target);
        if (t.target !== next) this.emit('Jump', 0, imm(this.blockLabel.get(t.target)!));
        return;
      case 'return':
        this.emit('Return', 0, v(this.use(t.value, 'tagged')));
        return;
      case 'none':
        return;
      case 'branch': {
        const ifTrue = this.blockLabel.get(t.ifTrue)!;
        const ifFalse = this.blockLabel.get(t.ifFalse)!;
        let cond: Cond;
        if (fused) {
          this.emit('BytecodeOffset', 0, imm(fused.pc));
          this.stressCheck(fused);
          cond = this.compareOperands(fused);
        } else {
          const c = this.use(t.cond, 'bool');
          this.pendingCmp = [v(c), imm(0), true];
          cond = Cond.Ne;
        }
        const [a, bArg, isImm32] = this.pendingCmp!;
        const op: MasmOpName = isImm32 ? 'BrCmp32I' : fused?.op === 'f64.cmp' ? 'BrCmpF64' : 'BrCmp32';
        if (t.ifTrue === next) this.emit(op, 0, imm(NEGATE.get(cond)!), a, bArg, imm(ifFalse));
        else {
          this.emit(op, 0, imm(cond), a, bArg, imm(ifTrue));
          if (t.ifFalse !== next) this.emit('Jump', 0, imm(ifFalse));
        }
        return;
      }
    }
  }

  private pendingCmp: [LArg, LArg, boolean] | undefined;

  /** Prepares the operands of an i32/f64 compare (in pendingCmp) and returns its condition. */
  private compareOperands(n: Node): Cond {
    const [a, b] = n.inputs;
    if (n.op === 'f64.cmp') {
      this.pendingCmp = [v(this.use(a, 'float64', n.frameState)), v(this.use(b, 'float64', n.frameState)), false];
      return FLOAT_COND.get(n.aux as number)!;
    }
    const cond = INT_COND.get(n.aux as number)!;
    if (b.op === 'const' && b.repr === 'int32') {
      this.pendingCmp = [v(this.use(a, 'int32', n.frameState)), imm(b.aux as number), true];
    } else {
      this.pendingCmp = [v(this.use(a, 'int32', n.frameState)), v(this.use(b, 'int32', n.frameState)), false];
    }
    return cond;
  }

  /** Phi inputs for the edge b → target, converted, then moved in parallel. */
  private phiMoves(b: Block, target: Block): void {
    if (target.phis.length === 0) return;
    const index = target.preds.indexOf(b);
    const moves: [number, number][] = target.phis.map((phi) => [this.nodeVreg.get(phi)!, this.use(phi.inputs[index], phi.repr)]);
    this.instrs.push({ op: 'PhiMoves', args: [], defs: 0, moves, pc: this.pc });
  }

  // ---- nodes ----------------------------------------------------------------------------
  private define(n: Node): number {
    const d = this.newVreg(n.repr);
    this.nodeVreg.set(n, d);
    return d;
  }

  private lowerNode(n: Node): void {
    const fs = n.frameState;
    const [a, b] = n.inputs;
    switch (n.op) {
      case 'param':
      case 'const':
      case 'phi':
        return;
      case 'i32.add':
      case 'i32.sub': {
        const d = this.define(n);
        const x = this.use(a, 'int32', fs);
        if (b.op === 'const' && b.repr === 'int32') {
          this.guard(n.op === 'i32.add' ? 'Add32IOv' : 'Sub32IOv', 1, 'int32-overflow', fs, v(d), v(x), imm(b.aux as number));
        } else {
          const y = this.use(b, 'int32', fs);
          this.guard(n.op === 'i32.add' ? 'Add32Ov' : 'Sub32Ov', 1, 'int32-overflow', fs, v(d), v(x), v(y));
        }
        return;
      }
      case 'i32.mul': {
        const d = this.define(n);
        const x = this.use(a, 'int32', fs);
        const y = this.use(b, 'int32', fs);
        this.guard('Mul32Ov', 1, 'int32-overflow', fs, v(d), v(x), v(y));
        const nonZero = this.newLabel();
        const t = this.newVreg('int32');
        this.emit('BrCmp32I', 0, imm(Cond.Ne), v(d), imm(0), imm(nonZero));
        this.emit('Or32', 1, v(t), v(x), v(y));
        this.guard('BrCmp32I', 0, 'minus-zero', fs, imm(Cond.Lt), v(t), imm(0));
        this.label(nonZero);
        return;
      }
      case 'i32.mod': {
        const x = this.use(a, 'int32', fs);
        const y = this.use(b, 'int32', fs);
        this.guard('BrCmp32I', 0, 'modulus-operands', fs, imm(Cond.Lt), v(x), imm(0));
        this.guard('BrCmp32I', 0, 'modulus-operands', fs, imm(Cond.Le), v(y), imm(0));
        this.emit('Mod32', 1, v(this.define(n)), v(x), v(y));
        return;
      }
      case 'i32.neg': {
        const x = this.use(a, 'int32', fs);
        this.guard('BrCmp32I', 0, 'minus-zero', fs, imm(Cond.Eq), v(x), imm(0));
        this.guard('Neg32Ov', 1, 'int32-overflow', fs, v(this.define(n)), v(x));
        return;
      }
      case 'i32.and': case 'i32.or': case 'i32.xor': case 'i32.shl': case 'i32.sar': case 'i32.shr': {
        const x = this.use(a, 'int32', fs);
        const op = INT_BITWISE[n.op];
        const d = this.define(n);
        if (b.op === 'const' && b.repr === 'int32') this.emit(`${op}I` as MasmOpName, 1, v(d), v(x), imm(b.aux as number));
        else this.emit(op, 1, v(d), v(x), v(this.use(b, 'int32', fs)));
        if (n.op === 'i32.shr') this.guard('BrCmp32I', 0, 'int32-overflow', fs, imm(Cond.Lt), v(d), imm(0));
        return;
      }
      case 'i32.not':
        this.emit('Not32', 1, v(this.define(n)), v(this.use(a, 'int32', fs)));
        return;
      case 'f64.add': case 'f64.sub': case 'f64.mul': case 'f64.div': {
        const x = this.use(a, 'float64', fs);
        const y = this.use(b, 'float64', fs);
        this.emit(F64_BINARY[n.op], 1, v(this.define(n)), v(x), v(y));
        return;
      }
      case 'f64.neg':
        this.emit('NegF64', 1, v(this.define(n)), v(this.use(a, 'float64', fs)));
        return;
      case 'convert':
        this.nodeVreg.set(n, this.use(a, n.repr, fs));
        return;
      case 'i32.cmp':
      case 'f64.cmp': {
        const cond = this.compareOperands(n);
        const [x, y, isImm] = this.pendingCmp!;
        const op: MasmOpName = isImm ? 'SetCmp32I' : n.op === 'f64.cmp' ? 'SetCmpF64' : 'SetCmp32';
        this.emit(op, 1, imm(cond), v(this.define(n)), x, y);
        return;
      }
      case 'bool.not':
        this.emit('Xor32I', 1, v(this.define(n)), v(this.use(a, 'bool')), imm(1));
        return;
      case 'to-boolean':
        this.toBoolean(n, a);
        return;
      case 'is-nullish': {
        const s = this.use(a, 'tagged');
        const d = this.define(n);
        const yes = this.newLabel();
        const done = this.newLabel();
        this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Undefined), imm(yes));
        this.emit('BrTag', 0, imm(Cond.Eq), v(s), imm(Tag.Null), imm(yes));
        this.emit('MovGI', 1, v(d), imm(0), imm(0));
        this.emit('Jump', 0, imm(done));
        this.label(yes);
        this.emit('MovGI', 1, v(d), imm(1), imm(0));
        this.label(done);
        return;
      }
      case 'builtin':
        this.lowerBuiltin(n);
        return;
      case 'runtime':
        this.define(n);
        this.runtimeCall(n.aux as RuntimeOperation, n.inputs, this.nodeVreg.get(n));
        return;
      case 'call':
        this.lowerCall(n);
        return;
      case 'closure-context': {
        const f = this.newVreg('int32');
        this.emit('Load32', 1, v(f), frameAt(Frame.functionSlot * SLOT));
        this.emit('Load64', 1, v(this.define(n)), heapReg(f, ObjectLayout.functionContextOffset));
        return;
      }
      case 'load-context-slot':
      case 'store-context-slot': {
        const [depth, slot] = n.aux as [number, number];
        let ctx = this.newVreg('int32');
        this.emit('Unbox32', 1, v(ctx), v(this.use(a, 'tagged')));
        for (let i = 0; i < depth; i++) {
          const parent = this.newVreg('int32');
          this.emit('Load32', 1, v(parent), heapReg(ctx, ObjectLayout.contextParentOffset));
          ctx = parent;
        }
        const at = heapReg(ctx, ObjectLayout.contextSlotsOffset + SLOT * slot);
        if (n.op === 'load-context-slot') this.emit('Load64', 1, v(this.define(n)), at);
        else this.emit('Store64', 0, v(this.use(b, 'tagged')), at);
        return;
      }
      case 'check-function': {
        const callee = this.use(a, 'tagged');
        this.guard('BrTag', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(callee), imm(Tag.Ptr));
        const target = this.newVreg('int32');
        this.emit('Unbox32', 1, v(target), v(callee));
        const kind = this.newVreg('int32');
        this.emit('Load32', 1, v(kind), heapReg(target, ObjectLayout.kindOffset));
        this.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(kind), imm(Kind.Function));
        const id = this.newVreg('int32');
        this.emit('Load32', 1, v(id), heapReg(target, ObjectLayout.functionIdOffset));
        this.guard('BrCmp32I', 0, 'wrong-call-target', fs, imm(Cond.Ne), v(id), imm(n.aux as number));
        return;
      }
      case 'check-hole':
        this.guard('BrTag', 0, 'throw', fs, imm(Cond.Eq), v(this.use(a, 'tagged')), imm(Tag.Hole));
        return;
      case 'deopt': {
        const e = this.exit(n.aux as string, fs!);
        this.emit('Jump', 0, imm(this.exits[e].label)).exits = [e];
        return;
      }
      default:
        throw new DeclineError(`no lowering for ${n.op}`);
    }
  }

  private toBoolean(n: Node, a: Node): void {
    if (a.repr === 'tagged') {
      this.define(n);
      const r = this.newVreg('tagged');
      this.runtimeCall({ kind: 'to-boolean' }, [a], r);
      this.emit('Unbox32', 1, v(this.nodeVreg.get(n)!), v(r));
      return;
    }
    const d = this.define(n);
    if (a.repr === 'int32' || a.repr === 'bool') {
      this.emit('SetCmp32I', 1, imm(Cond.Ne), v(d), v(this.use(a, a.repr)), imm(0));
      return;
    }
    // A double is truthy unless it is ±0 or NaN.
    const x = this.use(a, 'float64');
    const zero = this.newVreg('float64');
    const isZero = this.newVreg('bool');
    const ordered = this.newVreg('bool');
    this.emit('MovFI', 1, v(zero), imm(0), imm(0));
    this.emit('SetCmpF64', 1, imm(Cond.FEq), v(isZero), v(x), v(zero));
    this.emit('SetCmpF64', 1, imm(Cond.FEq), v(ordered), v(x), v(x));
    this.emit('Xor32I', 1, v(isZero), v(isZero), imm(1));
    this.emit('And32', 1, v(d), v(isZero), v(ordered));
  }

  private lowerBuiltin(n: Node): void {
    const { id, inline } = n.aux as { id: Builtin; inline: boolean };
    if (!inline) {
      this.define(n);
      this.runtimeCall({ kind: 'builtin', id }, n.inputs, this.nodeVreg.get(n));
      return;
    }
    const [a, b] = n.inputs;
    const d = this.define(n);
    switch (id) {
      case Builtin.MathFloor:
      case Builtin.MathCeil:
      case Builtin.MathTrunc: {
        if (n.repr === 'int32') {
          this.emit('MovGG', 1, v(d), v(this.use(a, 'int32')));
          return;
        }
        const op = id === Builtin.MathFloor ? 'FloorF64' : id === Builtin.MathCeil ? 'CeilF64' : 'TruncF64';
        this.emit(op, 1, v(d), v(this.use(a, 'float64')));
        return;
      }
      case Builtin.MathSqrt:
        this.emit('SqrtF64', 1, v(d), v(this.use(a, 'float64')));
        return;
      case Builtin.MathAbs:
        this.emit('AbsF64', 1, v(d), v(this.use(a, 'float64')));
        return;
      case Builtin.MathImul:
        this.emit('Mul32', 1, v(d), v(this.use(a, 'int32')), v(this.use(b, 'int32')));
        return;
      case Builtin.MathMin:
      case Builtin.MathMax: {
        const x = this.use(a, 'int32');
        const y = this.use(b, 'int32');
        const done = this.newLabel();
        this.emit('MovGG', 1, v(d), v(x));
        this.emit('BrCmp32', 0, imm(id === Builtin.MathMin ? Cond.Le : Cond.Ge), v(x), v(y), imm(done));
        this.emit('MovGG', 1, v(d), v(y));
        this.label(done);
        return;
      }
      default:
        throw new DeclineError(`builtin ${id} marked inline without a lowering`);
    }
  }

  /** Stores the operands (tagged) in the outgoing area and calls the runtime. */
  private runtimeCall(operation: RuntimeOperation, inputs: Node[], result?: number): void {
    const words = inputs.map((i) => this.use(i, 'tagged'));
    words.forEach((w, i) => this.emit('Store64', 0, v(w), outAt(SLOT * i)));
    this.maxOutSlots = Math.max(this.maxOutSlots, inputs.length);
    const site = this.opts.registerRuntimeSite({ operation, operandCount: inputs.length, operandOffset: -1 });
    const d = result ?? this.newVreg('tagged');
    this.emit('CallRuntimeSite', 1, v(d), imm(site));
  }

  private lowerCall(n: Node): void {
    const fs = n.frameState;
    const [calleeNode, ...argNodes] = n.inputs;
    const callee = this.use(calleeNode, 'tagged');
    this.guard('BrTag', 0, 'not-a-function', fs, imm(Cond.Ne), v(callee), imm(Tag.Ptr));
    const target = this.newVreg('int32');
    this.emit('Unbox32', 1, v(target), v(callee));
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapReg(target, ObjectLayout.kindOffset));
    this.guard('BrCmp32I', 0, 'not-a-function', fs, imm(Cond.Ne), v(kind), imm(Kind.Function));
    this.emit('Store64', 0, v(callee), outAt(Frame.functionSlot * SLOT));
    this.emit('Store64I', 0, outAt(Frame.callerFpSlot * SLOT), imm(0), imm(0));
    this.emit('Store64I', 0, outAt(Frame.returnPcSlot * SLOT), imm(-1), imm(0));
    this.emit('Store64I', 0, outAt(Frame.argcSlot * SLOT), imm(argNodes.length), imm(0));
    argNodes.forEach((arg, i) => this.emit('Store64', 0, v(this.use(arg, 'tagged')), outAt(regsBase + SLOT * i)));
    this.maxOutSlots = Math.max(this.maxOutSlots, Frame.headerSlots + argNodes.length);
    const entry = this.newVreg('tagged');
    this.emit('Load64', 1, v(entry), heapReg(target, ObjectLayout.functionEntryOffset));
    this.emit('CallJS', 1, v(this.define(n)), v(entry));
  }
}

/** Immediate dominators (Cooper, Harvey & Kennedy) over the graph's blocks in reverse postorder. */
function immediateDominators(g: Graph): Map<Block, Block | undefined> {
  const order: Block[] = [];
  const seen = new Set<Block>();
  const visit = (b: Block) => {
    seen.add(b);
    for (const s of b.succs) if (!seen.has(s)) visit(s);
    order.push(b);
  };
  visit(g.blocks[0]);
  order.reverse();
  const index = new Map(order.map((b, i) => [b, i]));
  const idom = new Map<Block, Block>([[order[0], order[0]]]);
  const intersect = (a: Block, b: Block): Block => {
    while (a !== b) {
      while (index.get(a)! > index.get(b)!) a = idom.get(a)!;
      while (index.get(b)! > index.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of order.slice(1)) {
      const done = b.preds.filter((p) => idom.has(p));
      if (done.length === 0) continue;
      const d = done.slice(1).reduce(intersect, done[0]);
      if (idom.get(b) !== d) {
        idom.set(b, d);
        changed = true;
      }
    }
  }
  const result = new Map<Block, Block | undefined>();
  for (const [b, d] of idom) result.set(b, b === d ? undefined : d);
  return result;
}

const INT_BITWISE: Record<string, MasmOpName> = {
  'i32.and': 'And32', 'i32.or': 'Or32', 'i32.xor': 'Xor32', 'i32.shl': 'Shl32', 'i32.sar': 'Sar32', 'i32.shr': 'Shr32',
};
const F64_BINARY: Record<string, MasmOpName> = { 'f64.add': 'AddF64', 'f64.sub': 'SubF64', 'f64.mul': 'MulF64', 'f64.div': 'DivF64' };

const dv = new DataView(new ArrayBuffer(8));
/** [lo, hi] words of a double's bit pattern (NaN canonical). */
export function doubleWords(x: number): [number, number] {
  if (x !== x) return [0, 0x7ff80000 | 0];
  dv.setFloat64(0, x, true);
  return [dv.getInt32(0, true), dv.getInt32(4, true)];
}
