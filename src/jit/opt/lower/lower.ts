// Lowering: SSA IR → LIR. Chooses machine operations for each node, makes representation
// changes explicit (boxing, unboxing with type guards, int32 ↔ float64), attaches deopt
// exits with frame states to every guard, and expands calls into the VM calling
// convention. This file drives it over a graph: the function's entry (prologue, stack check,
// parameters), blocks in order with compare-and-branch fusion and phi moves at their ends,
// and lowerNode, which dispatches each node to its family's module. The modules are
// functions taking the LirBuilder (lir-builder.ts), composed rather than inherited:
//   lower-numbers     int32 / float64 arithmetic, compares, ToInt32, Math builtins
//   lower-tagged      ===, <, ToBoolean, typeof, nullish tests on any tagged value
//   lower-strings     code units, one-unit strings, string compares
//   lower-properties  named and element access, lengths, prototype loads, push
//   lower-objects     bump allocation of objects, arrays and grown stores
//   lower-classes     construct receiver, class prologue/epilogue, super(), CreateThis
//   lower-calls       JS calls, call-target guards, runtime calls, builtins
//   lower-frame       contexts, `this`, hole checks, GC polls, unconditional deopts

import type { BytecodeFunction } from '../../../bytecode/function';
import { Frame, Globals, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import { immediateDominators } from '../ir/dominators';
import type { Block, Graph, Node } from '../ir/ir';
import type { RuntimeOperation } from '../ir/runtime-ops';
import type { LBlock, LFunction } from './lir';
import { DeclineError, LirBuilder, type LowerOptions } from './lir-builder';
import { frameAt, heapAt, imm, regsBase, SLOT, v } from './lir-operands';
import { lowerCall } from './lower-calls';
import { lowerClass } from './lower-classes';
import { lowerFrame } from './lower-frame';
import { BRANCH_OP, compareOperands, lowerNumbers, NEGATE, type Comparison } from './lower-numbers';
import { lowerAllocation } from './lower-objects';
import { lowerProperty } from './lower-properties';
import { lowerString } from './lower-strings';
import { lowerTagged } from './lower-tagged';

export { DeclineError, type LowerOptions } from './lir-builder';

export function lowerGraph(g: Graph, fn: BytecodeFunction, opts: LowerOptions): LFunction {
  return new FunctionLowering(g, fn, opts).run();
}

/** The lowering of one node, by its op's family. */
function lowerNode(b: LirBuilder, n: Node): void {
  switch (n.op) {
    case 'param': case 'const': case 'phi':
      return; // values of their own: the entry loads parameters, uses materialize constants
    case 'i32.add': case 'i32.sub': case 'i32.mul': case 'i32.mod': case 'i32.neg':
    case 'i32.and': case 'i32.or': case 'i32.xor': case 'i32.shl': case 'i32.sar': case 'i32.shr': case 'i32.not':
    case 'f64.add': case 'f64.sub': case 'f64.mul': case 'f64.div': case 'f64.neg':
    case 'to-int32': case 'convert': case 'i32.cmp': case 'f64.cmp':
      return lowerNumbers(b, n);
    case 'tagged.stricteq': case 'strict-equals': case 'compare-any': case 'bool.not': case 'to-boolean':
    case 'is-nullish': case 'is-object': case 'typeof': case 'is-exception':
      return lowerTagged(b, n);
    case 'string-char-code': case 'string-char-at': case 'string-char-at-any': case 'string-substring-unit': case 'string-slice':
      return lowerString(b, n);
    case 'load-named': case 'store-named': case 'check-proto': case 'load-proto-poly': case 'check-kind': case 'function-properties':
    case 'array-length': case 'string-length': case 'load-element': case 'load-element-holey': case 'store-element': case 'array-push': case 'array-pop':
    case 'load-typed': case 'store-typed':
      return lowerProperty(b, n);
    case 'create-object': case 'create-array':
      return lowerAllocation(b, n);
    case 'construct-receiver': case 'class-entry': case 'ctor-result': case 'construct-result': case 'check-super-not-called':
    case 'check-super-parent': case 'create-this': case 'check-private-name': case 'check-shapes': case 'instance-of':
      return lowerClass(b, n);
    case 'call': case 'check-function': case 'runtime': case 'builtin':
      return lowerCall(b, n);
    case 'closure-context': case 'callee': case 'argument-count': case 'load-context-slot': case 'store-context-slot': case 'load-this':
    case 'check-hole': case 'gc-poll': case 'deopt':
      return lowerFrame(b, n);
    case 'f64.sqrt': case 'f64.floor': case 'f64.ceil': case 'f64.trunc': case 'f64.abs':
      throw new DeclineError(`no lowering for ${n.op}`); // no pass builds these yet
    default: {
      // Every op has a case above (the type checker proves it: `n.op` is never here).
      const unknown: never = n.op;
      throw new DeclineError(`no lowering for ${String(unknown)}`);
    }
  }
}

/** One function's lowering: block labels, use counts (for fusion), parameter homes, and the
 *  LirBuilder the node lowerings write into. */
class FunctionLowering {
  private readonly blockLabel = new Map<Block, number>();
  private readonly useCount = new Map<Node, number>();
  private readonly paramHomes = new Map<number, number>();
  private readonly loweredAtEntry = new Set<Node>();
  private readonly lir: LirBuilder;

  constructor(
    private readonly g: Graph,
    private readonly fn: BytecodeFunction,
    private readonly opts: LowerOptions,
  ) {
    this.lir = new LirBuilder(opts, immediateDominators(g));
  }

  run(): LFunction {
    const lir = this.lir;
    for (const block of this.g.blocks) this.blockLabel.set(block, lir.newLabel());
    this.countUses();
    for (const block of this.g.blocks) for (const p of block.phis) lir.define(p);
    const blocks: LBlock[] = this.g.blocks.map((block, i) => this.lowerBlock(block, i === 0, this.g.blocks[i + 1]));
    return {
      blocks,
      vregClass: lir.vregClass,
      exits: lir.exits,
      labelCount: lir.labelCount,
      maxOutSlots: Math.max(lir.maxOutSlots, Frame.headerSlots),
      paramHomes: this.paramHomes,
    };
  }

  private countUses(): void {
    const bump = (n: Node, by = 1) => this.useCount.set(n, (this.useCount.get(n) ?? 0) + by);
    for (const block of this.g.blocks) {
      for (const n of [...block.phis, ...block.nodes]) {
        n.inputs.forEach((i) => bump(i));
        n.frameState?.registers.forEach((r) => r && bump(r, 2));
        n.exceptionState?.registers.forEach((r) => r && bump(r, 2));
      }
      const t = block.terminator;
      if (t.kind === 'branch') bump(t.cond);
      if (t.kind === 'return') bump(t.value);
    }
  }

  // ---- blocks ---------------------------------------------------------------------------
  private lowerBlock(block: Block, isEntry: boolean, next: Block | undefined): LBlock {
    const lir = this.lir;
    lir.startBlock(block);
    lir.label(this.blockLabel.get(block)!);
    if (isEntry) this.lowerEntry();
    const fused = this.fusableCompare(block);
    for (const n of block.nodes) {
      if (n === fused || this.loweredAtEntry.has(n)) continue;
      lir.pc = n.pc;
      lir.emit('BytecodeOffset', 0, imm(n.pc));
      this.stressCheck(n);
      lir.exceptionState = n.exceptionState;
      lir.exceptionInResult = n.throwsToHandler === true;
      lir.inlined = n.inlined;
      lowerNode(lir, n);
      lir.exceptionState = undefined;
      lir.exceptionInResult = false;
      lir.inlined = undefined;
    }
    this.lowerTerminator(block, fused, next);
    return { id: block.id, label: this.blockLabel.get(block)!, instrs: lir.instrs, succs: block.succs.map((s) => s.id) };
  }

  private lowerEntry(): void {
    const lir = this.lir;
    lir.emit('Prologue', 0);
    // StackCheck's frame size is patched by emit.ts once spill slots are known.
    const overflow = lir.newLabel();
    const ok = lir.newLabel();
    lir.emit('StackCheck', 0, imm(0), imm(overflow));
    lir.emit('Jump', 0, imm(ok));
    lir.label(overflow);
    lir.runtimeCall({ kind: 'throw-stack-overflow' }, []);
    lir.label(ok);
    if (!this.opts.osr) this.resetMissingParameters();
    for (const n of this.g.blocks[0].nodes) {
      if (n.op !== 'param') continue;
      const d = lir.newVreg('tagged');
      lir.bind(n, d);
      this.paramHomes.set(d, n.aux as number);
      lir.emit('Load64', 1, v(d), frameAt(regsBase + SLOT * (n.aux as number)));
    }
    // `arguments` and rest arrays are built before anything is stored past the registers
    // (spill slots, constants made at entry), where the caller's extra arguments still are.
    for (const n of this.g.blocks[0].nodes) {
      if (n.op === 'runtime' && (n.aux as RuntimeOperation).kind === 'arguments-array') {
        lowerNode(lir, n);
        this.loweredAtEntry.add(n);
      }
    }
    lir.markEntryInsertPoint();
  }

  /** Parameters the caller did not pass are undefined. */
  private resetMissingParameters(): void {
    const lir = this.lir;
    const argc = lir.load32(frameAt(Frame.argcSlot * SLOT));
    for (let i = 0; i < this.fn.paramCount; i++) {
      const skip = lir.newLabel();
      lir.emit('BrCmp32I', 0, imm(Cond.Gt), v(argc), imm(i), imm(skip));
      lir.emit('Store64I', 0, frameAt(regsBase + SLOT * i), imm(0), imm(Tag.Undefined));
      lir.label(skip);
    }
  }

  /** --stress-deopt: every guarded node first counts down a global counter and deopts at 0. */
  private stressCheck(n: Node): void {
    if (!this.opts.stressDeopt || !n.frameState || n.op === 'deopt') return;
    const lir = this.lir;
    const t = lir.load32(heapAt(Globals.stressCounter));
    lir.emit('Sub32I', 1, v(t), v(t), imm(1));
    lir.emit('Store32', 0, v(t), heapAt(Globals.stressCounter));
    lir.guard('BrCmp32I', 0, 'stress', n.frameState, imm(Cond.Le), v(t), imm(0));
  }

  /** A compare that only feeds this block's branch is emitted as compare-and-branch. */
  private fusableCompare(block: Block): Node | undefined {
    const t = block.terminator;
    if (t.kind !== 'branch') return undefined;
    const c = t.cond;
    const last = block.nodes[block.nodes.length - 1];
    if (c !== last || (c.op !== 'i32.cmp' && c.op !== 'f64.cmp')) return undefined;
    return this.useCount.get(c) === 1 ? c : undefined;
  }

  private lowerTerminator(block: Block, fused: Node | undefined, next: Block | undefined): void {
    const lir = this.lir;
    const t = block.terminator;
    lir.pc = block.nodes.length ? block.nodes[block.nodes.length - 1].pc : block.pc;
    switch (t.kind) {
      case 'goto':
        this.phiMoves(block, t.target);
        if (t.target !== next) lir.emit('Jump', 0, imm(this.blockLabel.get(t.target)!));
        return;
      case 'return':
        lir.emit('Return', 0, v(lir.use(t.value, 'tagged')));
        return;
      case 'none':
        return;
      case 'branch': {
        const ifTrue = this.blockLabel.get(t.ifTrue)!;
        const ifFalse = this.blockLabel.get(t.ifFalse)!;
        let cmp: Comparison;
        if (fused) {
          lir.emit('BytecodeOffset', 0, imm(fused.pc));
          this.stressCheck(fused);
          cmp = compareOperands(lir, fused);
        } else {
          cmp = { cond: Cond.Ne, a: v(lir.use(t.cond, 'bool')), b: imm(0), kind: 'int-imm' };
        }
        const { cond, a, b } = cmp;
        const op = BRANCH_OP[cmp.kind];
        if (t.ifTrue === next) lir.emit(op, 0, imm(NEGATE.get(cond)!), a, b, imm(ifFalse));
        else {
          lir.emit(op, 0, imm(cond), a, b, imm(ifTrue));
          if (t.ifFalse !== next) lir.emit('Jump', 0, imm(ifFalse));
        }
        return;
      }
    }
  }

  /** Phi inputs for the edge block → target, converted, then moved in parallel. */
  private phiMoves(block: Block, target: Block): void {
    if (target.phis.length === 0) return;
    const lir = this.lir;
    const index = target.preds.indexOf(block);
    const moves: [number, number][] = target.phis.map((phi) => [lir.valueOf(phi), lir.use(phi.inputs[index], phi.repr)]);
    lir.instrs.push({ op: 'PhiMoves', args: [], defs: 0, moves, pc: lir.pc });
  }
}
