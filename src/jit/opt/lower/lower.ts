// Lowering: SSA IR → LIR. Chooses machine operations for each node, makes representation
// changes explicit (boxing, unboxing with type guards, int32 ↔ float64), attaches deopt
// exits with frame states to every guard, and expands calls into the VM calling
// convention: the caller writes the callee's frame header and arguments after its own frame
// (and spill slots), moves the frame pointer, and calls the callee's entry.

import { Op } from '../../../bytecode/opcodes';
import type { BytecodeFunction } from '../../../bytecode/function';
import { Builtin } from '../../../runtime/builtin-ids';
import { ElementsKind, Frame, Globals, Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import type { DeoptReason } from '../../deopt/reasons';
import { Cond, type MasmOpName } from '../../masm';
import type { Block, Graph, Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import { immediateDominators } from '../ir/dominators';
import type { LArg, LBlock, LFunction } from './lir';
import { DeclineError, frameAt, heapAt, heapReg, imm, outAt, regsBase, SLOT, v, type LowerOptions } from './lir-builder';
import { ObjectLowering } from './lower-objects';

export { DeclineError, type LowerOptions } from './lir-builder';

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


export function lowerGraph(g: Graph, fn: BytecodeFunction, opts: LowerOptions): LFunction {
  return new Lowering(g, fn, opts).run();
}


class Lowering extends ObjectLowering {
  private readonly blockLabel = new Map<Block, number>();
  private readonly useCount = new Map<Node, number>();
  private readonly paramHomes = new Map<number, number>();
  private readonly loweredAtEntry = new Set<Node>();

  constructor(
    private readonly g: Graph,
    private readonly fn: BytecodeFunction,
    opts: LowerOptions,
  ) {
    super(opts);
  }

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
        n.exceptionState?.registers.forEach((r) => r && bump(r, 2));
      }
      const t = b.terminator;
      if (t.kind === 'branch') bump(t.cond);
      if (t.kind === 'return') bump(t.value);
    }
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
      if (n === fused || this.loweredAtEntry.has(n)) continue;
      this.pc = n.pc;
      this.emit('BytecodeOffset', 0, imm(n.pc));
      this.stressCheck(n);
      this.exceptionState = n.exceptionState;
      this.lowerNode(n);
      this.exceptionState = undefined;
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
    if (!this.opts.osr) this.resetMissingParameters();
    for (const n of this.g.blocks[0].nodes) {
      if (n.op !== 'param') continue;
      const d = this.newVreg('tagged');
      this.nodeVreg.set(n, d);
      this.paramHomes.set(d, n.aux as number);
      this.emit('Load64', 1, v(d), frameAt(regsBase + SLOT * (n.aux as number)));
    }
    // `arguments` and rest arrays are built before anything is stored past the registers
    // (spill slots, constants made at entry), where the caller's extra arguments still are.
    for (const n of this.g.blocks[0].nodes) {
      if (n.op === 'runtime' && (n.aux as RuntimeOperation).kind === 'arguments-array') {
        this.lowerNode(n);
        this.loweredAtEntry.add(n);
      }
    }
    this.entryInstrs = this.instrs;
    this.entryInsertAt = this.instrs.length;
  }

  /** Parameters the caller did not pass are undefined. */
  private resetMissingParameters(): void {
    const argc = this.newVreg('int32');
    this.emit('Load32', 1, v(argc), frameAt(Frame.argcSlot * SLOT));
    for (let i = 0; i < this.fn.paramCount; i++) {
      const skip = this.newLabel();
      this.emit('BrCmp32I', 0, imm(Cond.Gt), v(argc), imm(i), imm(skip));
      this.emit('Store64I', 0, frameAt(regsBase + SLOT * i), imm(0), imm(Tag.Undefined));
      this.label(skip);
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
        let cmp: Comparison;
        if (fused) {
          this.emit('BytecodeOffset', 0, imm(fused.pc));
          this.stressCheck(fused);
          cmp = this.compareOperands(fused);
        } else {
          cmp = { cond: Cond.Ne, a: v(this.use(t.cond, 'bool')), b: imm(0), kind: 'int-imm' };
        }
        const { cond, a, b: bArg } = cmp;
        const op = BRANCH_OP[cmp.kind];
        if (t.ifTrue === next) this.emit(op, 0, imm(NEGATE.get(cond)!), a, bArg, imm(ifFalse));
        else {
          this.emit(op, 0, imm(cond), a, bArg, imm(ifTrue));
          if (t.ifFalse !== next) this.emit('Jump', 0, imm(ifFalse));
        }
        return;
      }
    }
  }

  /** The operands of an i32/f64 compare, converted (and guarded), and its condition. */
  private compareOperands(n: Node): Comparison {
    const [a, b] = n.inputs;
    const fs = n.frameState;
    if (n.op === 'f64.cmp') {
      const x = v(this.use(a, 'float64', fs));
      return { cond: FLOAT_COND.get(n.aux as number)!, a: x, b: v(this.use(b, 'float64', fs)), kind: 'float' };
    }
    const cond = INT_COND.get(n.aux as number)!;
    const x = v(this.use(a, 'int32', fs));
    if (b.op === 'const' && b.repr === 'int32') return { cond, a: x, b: imm(b.aux as number), kind: 'int-imm' };
    return { cond, a: x, b: v(this.use(b, 'int32', fs)), kind: 'int' };
  }

  /** Phi inputs for the edge b → target, converted, then moved in parallel. */
  private phiMoves(b: Block, target: Block): void {
    if (target.phis.length === 0) return;
    const index = target.preds.indexOf(b);
    const moves: [number, number][] = target.phis.map((phi) => [this.nodeVreg.get(phi)!, this.use(phi.inputs[index], phi.repr)]);
    this.instrs.push({ op: 'PhiMoves', args: [], defs: 0, moves, pc: this.pc });
  }

  // ---- nodes ----------------------------------------------------------------------------

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
      case 'typeof':
        this.lowerTypeOf(n);
        return;
      case 'to-int32':
        this.truncateToInt32(this.use(a, 'float64', fs), this.define(n));
        return;
      case 'convert':
        this.nodeVreg.set(n, this.use(a, n.repr, fs));
        return;
      case 'i32.cmp':
      case 'f64.cmp': {
        const { cond, a: x, b: y, kind } = this.compareOperands(n);
        this.emit(SET_OP[kind], 1, imm(cond), v(this.define(n)), x, y);
        return;
      }
      case 'tagged.stricteq':
        this.emit('SetCmp64', 1, imm(Cond.Eq), v(this.define(n)), v(this.use(a, 'tagged')), v(this.use(b, 'tagged')));
        return;
      case 'compare-any':
        this.lowerCompareAny(n);
        return;
      case 'strict-equals':
        this.lowerStrictEquals(n);
        return;
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
      case 'create-array':
        this.lowerCreateArray(n);
        return;
      case 'create-object':
        this.lowerCreateObject(n);
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
      case 'gc-poll': {
        const t = this.newVreg('int32');
        this.emit('Load32', 1, v(t), heapAt(Globals.gcRequested));
        this.guard('BrCmp32I', 0, 'gc-safepoint', fs, imm(Cond.Ne), v(t), imm(0));
        return;
      }
      case 'load-this':
        this.emit('Load64', 1, v(this.define(n)), frameAt(Frame.thisSlot * SLOT));
        return;
      case 'load-named':
      case 'store-named':
        this.lowerNamedAccess(n);
        return;
      case 'check-proto': {
        // The receiver has a shape whose prototype chain the load was cached for, and no
        // prototype changed since (then the loaded value is the constant the code uses).
        const load = n.aux as { shapes: number[]; epoch: number };
        const obj = this.heapObjectOfKind(a, Kind.Object, 'wrong-shape', fs);
        const shape = this.newVreg('int32');
        this.emit('Load32', 1, v(shape), heapReg(obj, ObjectLayout.objectShapeOffset));
        const ok = this.newLabel();
        load.shapes.forEach((s, i) => {
          if (i === load.shapes.length - 1) {
            this.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(s));
            return;
          }
          const next = this.newLabel();
          this.emit('BrCmp32I', 0, imm(Cond.Ne), v(shape), imm(s), imm(next));
          this.emit('Jump', 0, imm(ok));
          this.label(next);
        });
        this.label(ok);
        const epoch = this.newVreg('int32');
        this.emit('Load32', 1, v(epoch), heapAt(Globals.protoEpoch));
        this.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(epoch), imm(load.epoch));
        return;
      }
      case 'construct-receiver':
        this.lowerConstructReceiver(n);
        return;
      case 'class-entry':
        this.lowerClassEntry(n);
        return;
      case 'ctor-result':
        this.lowerCtorResult(n);
        return;
      case 'check-super-not-called':
        this.lowerCheckSuperNotCalled(n);
        return;
      case 'check-super-parent':
        this.lowerCheckSuperParent(n);
        return;
      case 'create-this':
        this.lowerCreateThis(n);
        return;
      case 'load-proto-poly':
        this.lowerProtoPoly(n);
        return;
      case 'array-push':
        this.lowerArrayPush(n);
        return;
      case 'check-kind': {
        const isArray = n.aux === 'array';
        this.heapObjectOfKind(a, isArray ? Kind.Array : Kind.String, isArray ? 'not-an-array' : 'not-a-string', fs);
        return;
      }
      case 'array-length':
      case 'string-length': {
        const isArray = n.op === 'array-length';
        const obj = this.heapObjectOfKind(a, isArray ? Kind.Array : Kind.String, isArray ? 'not-an-array' : 'not-a-string', fs);
        this.emit('Load32', 1, v(this.define(n)), heapReg(obj, isArray ? ObjectLayout.arrayLengthOffset : ObjectLayout.lengthOffset));
        return;
      }
      case 'load-element':
      case 'store-element':
        this.lowerElementAccess(n);
        return;
      case 'string-char-code':
        this.loadCodeUnit(n, this.define(n));
        return;
      case 'string-char-at': {
        const unit = this.newVreg('int32');
        this.loadCodeUnit(n, unit);
        this.guard('BrCmp32I', 0, 'not-one-byte', fs, imm(Cond.Ae), v(unit), imm(256));
        this.oneUnitString(unit, this.define(n));
        return;
      }
      case 'string-char-at-any':
        this.lowerCharAtAny(n);
        return;
      case 'deopt': {
        const e = this.exit(n.aux as DeoptReason, fs!);
        this.emit('Jump', 0, imm(this.exits[e].label)).exits = [e];
        return;
      }
      default:
        throw new DeclineError(`no lowering for ${n.op}`);
    }
  }

  /** Code unit n.inputs[1] of string n.inputs[0] into vreg d: a string guard, an int32
   *  index, one unsigned bounds compare, a 16-bit load. */
  private loadCodeUnit(n: Node, d: number): void {
    const fs = n.frameState;
    const str = this.heapObjectOfKind(n.inputs[0], Kind.String, 'not-a-string', fs);
    const i = this.use(n.inputs[1], 'int32', fs);
    const length = this.newVreg('int32');
    this.emit('Load32', 1, v(length), heapReg(str, ObjectLayout.lengthOffset));
    this.guard('BrCmp32', 0, 'out-of-bounds', fs, imm(Cond.Ae), v(i), v(length));
    const at = this.newVreg('int32');
    this.emit('Shl32I', 1, v(at), v(i), imm(1));
    this.emit('Add32', 1, v(at), v(at), v(str));
    this.emit('Load16', 1, v(d), heapReg(at, ObjectLayout.stringDataOffset));
  }

  /** A named load or store through the site's cached shapes: one compare per shape, each
   *  with its own slot (and, for a store that adds the property, a capacity check and the
   *  new shape); any other shape deopts. */
  private lowerNamedAccess(n: Node): void {
    const fs = n.frameState;
    const entries = n.aux as { shape: number; slot: number; after: number }[];
    const obj = this.heapObjectOfKind(n.inputs[0], Kind.Object, 'wrong-shape', fs);
    const value = n.op === 'store-named' ? this.use(n.inputs[1], 'tagged') : undefined;
    const result = value === undefined ? this.define(n) : -1;
    const shape = this.newVreg('int32');
    this.emit('Load32', 1, v(shape), heapReg(obj, ObjectLayout.objectShapeOffset));
    const store = this.newVreg('int32');
    this.emit('Load32', 1, v(store), heapReg(obj, ObjectLayout.objectSlotsOffset));
    const done = this.newLabel();
    entries.forEach((e, i) => {
      const last = i === entries.length - 1;
      const next = this.newLabel();
      if (last) this.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(e.shape));
      else this.emit('BrCmp32I', 0, imm(Cond.Ne), v(shape), imm(e.shape), imm(next));
      const at = heapReg(store, ObjectLayout.storeValuesOffset + SLOT * e.slot);
      if (value === undefined) {
        this.emit('Load64', 1, v(result), at);
      } else {
        if (e.after !== e.shape) this.growSlotsIfFull(n.inputs[0], obj, store, e.slot, fs);
        this.emit('Store64', 0, v(value), at);
        if (e.after !== e.shape) this.emit('Store32I', 0, heapReg(obj, ObjectLayout.objectShapeOffset), imm(e.after));
      }
      if (!last) {
        this.emit('Jump', 0, imm(done));
        this.label(next);
      }
    });
    this.label(done);
  }

  /** A prototype-chain load whose value depends on the receiver's shape (o.m() on
   *  instances of sibling classes): one compare per cached shape, each giving its constant;
   *  any other shape, or a changed prototype, deopts. */
  private lowerProtoPoly(n: Node): void {
    const fs = n.frameState;
    const load = n.aux as { shapes: number[]; epoch: number; values: [number, number][] };
    const obj = this.heapObjectOfKind(n.inputs[0], Kind.Object, 'wrong-shape', fs);
    const d = this.define(n);
    const shape = this.newVreg('int32');
    this.emit('Load32', 1, v(shape), heapReg(obj, ObjectLayout.objectShapeOffset));
    const done = this.newLabel();
    load.shapes.forEach((s, i) => {
      const last = i === load.shapes.length - 1;
      const next = this.newLabel();
      if (last) this.guard('BrCmp32I', 0, 'wrong-shape', fs, imm(Cond.Ne), v(shape), imm(s));
      else this.emit('BrCmp32I', 0, imm(Cond.Ne), v(shape), imm(s), imm(next));
      const [hi, lo] = load.values[i];
      this.emit('MovGI', 1, v(d), imm(lo), imm(hi));
      if (!last) {
        this.emit('Jump', 0, imm(done));
        this.label(next);
      }
    });
    this.label(done);
    const epoch = this.newVreg('int32');
    this.emit('Load32', 1, v(epoch), heapAt(Globals.protoEpoch));
    this.guard('BrCmp32I', 0, 'prototype-changed', fs, imm(Cond.Ne), v(epoch), imm(load.epoch));
  }

  /** The values part of array obj's elements kind (ElementsKind.Int32/Double/Any), int32. */
  private loadValuesKind(obj: number): number {
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapReg(obj, ObjectLayout.arrayKindOffset));
    this.emit('And32I', 1, v(kind), v(kind), imm(3));
    return kind;
  }

  /** The memory operand of element `index` (int32 vreg) of the Elements store `store`. */
  private elementSlot(store: number, index: number): LArg {
    const offset = this.newVreg('int32');
    this.emit('Shl32I', 1, v(offset), v(index), imm(3));
    const at = this.newVreg('int32');
    this.emit('Add32', 1, v(at), v(store), v(offset));
    return heapReg(at, ObjectLayout.storeValuesOffset);
  }

  /** arr.push(v): stores in place when the elements store has room and the value fits the
   *  elements kind (an int32 fits all; anything fits elements of any kind); otherwise the
   *  runtime's push (which grows the store and widens the kind). */
  private lowerArrayPush(n: Node): void {
    const [arr, value] = n.inputs;
    const obj = this.heapObjectOfKind(arr, Kind.Array, 'not-an-array', n.frameState);
    const word = this.use(value, 'tagged');
    const d = this.define(n);
    const length = this.newVreg('int32');
    this.emit('Load32', 1, v(length), heapReg(obj, ObjectLayout.arrayLengthOffset));
    const store = this.newVreg('int32');
    this.emit('Load32', 1, v(store), heapReg(obj, ObjectLayout.arrayElementsOffset));
    const capacity = this.newVreg('int32');
    this.emit('Load32', 1, v(capacity), heapReg(store, ObjectLayout.storeCapacityOffset));
    const valuesKind = this.loadValuesKind(obj);
    const slow = this.newLabel();
    const fits = this.newLabel();
    const done = this.newLabel();
    this.emit('BrCmp32', 0, imm(Cond.Ae), v(length), v(capacity), imm(slow));
    this.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(fits));
    this.emit('BrCmp32I', 0, imm(Cond.Ne), v(valuesKind), imm(ElementsKind.Any), imm(slow));
    this.label(fits);
    this.emit('Store64', 0, v(word), this.elementSlot(store, length));
    this.emit('Add32I', 1, v(d), v(length), imm(1));
    this.emit('Store32', 0, v(d), heapReg(obj, ObjectLayout.arrayLengthOffset));
    this.emit('Jump', 0, imm(done));
    this.label(slow);
    this.runtimeCall({ kind: 'heap-op', op: Op.ArrayPush }, [arr, value]);
    this.emit('Load32', 1, v(d), heapReg(obj, ObjectLayout.arrayLengthOffset));
    this.label(done);
  }

  /** Array element load/store: array guard, int32 index, unsigned bounds check against the
   *  length, an elements-kind guard that the loaded value (or the stored one) fits, and a
   *  hole check on loads. Elements are value words, 8 bytes each. */
  private lowerElementAccess(n: Node): void {
    const fs = n.frameState;
    const [arr, index, value] = n.inputs;
    const obj = this.heapObjectOfKind(arr, Kind.Array, 'not-an-array', fs);
    const i = this.use(index, 'int32', fs);
    const length = this.newVreg('int32');
    this.emit('Load32', 1, v(length), heapReg(obj, ObjectLayout.arrayLengthOffset));
    this.guard('BrCmp32', 0, 'out-of-bounds', fs, imm(Cond.Ae), v(i), v(length));
    const valuesKind = this.loadValuesKind(obj);
    const store = this.newVreg('int32');
    this.emit('Load32', 1, v(store), heapReg(obj, ObjectLayout.arrayElementsOffset));
    const slot = this.elementSlot(store, i);
    if (n.op === 'load-element') {
      const elements = n.aux as 'int32' | 'number' | 'any';
      if (elements !== 'any') {
        this.guard('BrCmp32I', 0, 'wrong-elements-kind', fs, imm(Cond.A), v(valuesKind), imm(elements === 'int32' ? ElementsKind.Int32 : ElementsKind.Double));
      }
      const word = this.newVreg('tagged');
      this.emit('Load64', 1, v(word), slot);
      if (elements === 'int32') {
        // Int32 elements: anything but an int32 here is a hole.
        this.guard('BrTag', 0, 'out-of-bounds', fs, imm(Cond.Ne), v(word), imm(Tag.Int32));
        this.emit('Unbox32', 1, v(this.define(n)), v(word));
      } else {
        this.guard('BrTag', 0, 'out-of-bounds', fs, imm(Cond.Eq), v(word), imm(Tag.Hole));
        this.nodeVreg.set(n, word);
      }
      return;
    }
    const word = this.use(value, 'tagged');
    if (value.repr === 'float64') this.widenValuesKind(obj, valuesKind, ElementsKind.Double);
    if (value.repr === 'tagged') {
      // An int32 fits every kind; a double needs double elements or wider, anything else
      // elements of any kind: the kind widens in place (it only describes the values).
      const fits = this.newLabel();
      const notNumber = this.newLabel();
      this.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(fits));
      this.emit('BrTag', 0, imm(Cond.Ae), v(word), imm(Tag.MIN), imm(notNumber));
      this.widenValuesKind(obj, valuesKind, ElementsKind.Double);
      this.emit('Jump', 0, imm(fits));
      this.label(notNumber);
      this.widenValuesKind(obj, valuesKind, ElementsKind.Any);
      this.label(fits);
    }
    this.emit('Store64', 0, v(word), slot);
  }

  /** Widens array obj's values kind (now valuesKind) to at least `to` (Double or Any),
   *  keeping its holey bit, as the runtime's noteValueKind does. */
  private widenValuesKind(obj: number, valuesKind: number, to: number): void {
    const wide = this.newLabel();
    this.emit('BrCmp32I', 0, imm(Cond.Ge), v(valuesKind), imm(to), imm(wide));
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapReg(obj, ObjectLayout.arrayKindOffset));
    this.emit('And32I', 1, v(kind), v(kind), imm(ElementsKind.HoleyBit));
    this.emit('Or32I', 1, v(kind), v(kind), imm(to));
    this.emit('Store32', 0, v(kind), heapReg(obj, ObjectLayout.arrayKindOffset));
    this.label(wide);
  }

  private toBoolean(n: Node, a: Node): void {
    if (a.repr === 'tagged') {
      this.taggedToBoolean(a, this.define(n));
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
    if (id === Builtin.ArrayConstruct) {
      this.lowerArrayConstruct(n);
      return;
    }
    const [a, b] = n.inputs;
    const fs = n.frameState;
    const d = this.define(n);
    switch (id) {
      case Builtin.MathFloor:
      case Builtin.MathCeil:
      case Builtin.MathTrunc: {
        if (n.repr === 'int32') {
          this.emit('MovGG', 1, v(d), v(this.use(a, 'int32', fs)));
          return;
        }
        const op = id === Builtin.MathFloor ? 'FloorF64' : id === Builtin.MathCeil ? 'CeilF64' : 'TruncF64';
        this.emit(op, 1, v(d), v(this.use(a, 'float64', fs)));
        return;
      }
      case Builtin.MathSqrt:
        this.emit('SqrtF64', 1, v(d), v(this.use(a, 'float64', fs)));
        return;
      case Builtin.MathAbs:
        this.emit('AbsF64', 1, v(d), v(this.use(a, 'float64', fs)));
        return;
      case Builtin.MathImul:
        this.emit('Mul32', 1, v(d), v(this.use(a, 'int32', fs)), v(this.use(b, 'int32', fs)));
        return;
      case Builtin.MathMin:
      case Builtin.MathMax: {
        if (n.repr === 'float64') {
          this.floatMinMax(id === Builtin.MathMax, this.use(a, 'float64', fs), this.use(b, 'float64', fs), d);
          return;
        }
        const x = this.use(a, 'int32', fs);
        const y = this.use(b, 'int32', fs);
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

  private lowerCall(n: Node): void {
    const fs = n.frameState;
    const withThis = (n.aux as { withThis?: boolean } | undefined)?.withThis === true;
    const [calleeNode, ...rest] = n.inputs;
    const receiver = withThis ? rest[0] : undefined;
    const argNodes = withThis ? rest.slice(1) : rest;
    const callee = this.use(calleeNode, 'tagged');
    this.guard('BrTag', 0, 'not-a-function', fs, imm(Cond.Ne), v(callee), imm(Tag.Ptr));
    const target = this.newVreg('int32');
    this.emit('Unbox32', 1, v(target), v(callee));
    const kind = this.newVreg('int32');
    this.emit('Load32', 1, v(kind), heapReg(target, ObjectLayout.kindOffset));
    this.guard('BrCmp32I', 0, 'not-a-function', fs, imm(Cond.Ne), v(kind), imm(Kind.Function));
    this.emit('Store64', 0, v(callee), outAt(Frame.functionSlot * SLOT));
    // The callee's header names this call (error stacks): the caller's distance below is
    // written by emit.ts, which knows the frame size.
    this.emit('Store64I', 0, outAt(Frame.returnPcSlot * SLOT), imm(-2 - this.pc), imm(0));
    this.emit('Store64I', 0, outAt(Frame.argcSlot * SLOT), imm(argNodes.length), imm(0));
    if (receiver) this.emit('Store64', 0, v(this.use(receiver, 'tagged')), outAt(Frame.thisSlot * SLOT));
    else this.emit('Store64I', 0, outAt(Frame.thisSlot * SLOT), imm(0), imm(Tag.Undefined));
    argNodes.forEach((arg, i) => this.emit('Store64', 0, v(this.use(arg, 'tagged')), outAt(regsBase + SLOT * i)));
    this.maxOutSlots = Math.max(this.maxOutSlots, Frame.headerSlots + argNodes.length);
    const entry = this.newVreg('tagged');
    this.emit('Load64', 1, v(entry), heapReg(target, ObjectLayout.functionEntryOffset));
    this.emit('CallJS', 1, v(this.define(n)), v(entry));
  }
}

/** A compare ready to emit: int32 registers, int32 register and immediate, or float64. */
interface Comparison {
  cond: Cond;
  a: LArg;
  b: LArg;
  kind: 'int' | 'int-imm' | 'float';
}
const BRANCH_OP: Record<Comparison['kind'], MasmOpName> = { int: 'BrCmp32', 'int-imm': 'BrCmp32I', float: 'BrCmpF64' };
const SET_OP: Record<Comparison['kind'], MasmOpName> = { int: 'SetCmp32', 'int-imm': 'SetCmp32I', float: 'SetCmpF64' };

const INT_BITWISE: Record<string, MasmOpName> = {
  'i32.and': 'And32', 'i32.or': 'Or32', 'i32.xor': 'Xor32', 'i32.shl': 'Shl32', 'i32.sar': 'Sar32', 'i32.shr': 'Shr32',
};
const F64_BINARY: Record<string, MasmOpName> = { 'f64.add': 'AddF64', 'f64.sub': 'SubF64', 'f64.mul': 'MulF64', 'f64.div': 'DivF64' };
