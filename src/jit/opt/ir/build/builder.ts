// Graph builder core: the state of one graph being built and the SSA machinery every
// instruction family uses. Bytecode registers become SSA values by abstract interpretation
// in bytecode order (forward jumps only reach later blocks; loop headers get a phi per live
// register, closed when the back-edge is seen). The families (loads.ts, arithmetic.ts,
// control.ts, properties.ts, objects.ts, calls.ts, contexts.ts, classes.ts) are functions
// taking this builder; translate.ts dispatches an instruction to them and is handed to the
// builder by graph-builder.ts, so this file imports no family (no cycle).

import { handlerAt, type BytecodeFunction, type ExceptionHandler } from '../../../../bytecode/function';
import { Op } from '../../../../bytecode/opcodes';
import { instructionWords, isBlockEnd } from '../../../../bytecode/operands';
import { siteKind, type SiteKind } from '../../../../profile/feedback';
import { Tag } from '../../../../runtime/layout';
import type { Block, FrameState, Graph, InlinedCall, Node, NodeOp, Repr, Terminator } from '../ir';
import { computeLiveness } from '../liveness';
import { findBlocks, reversePostorder, staticSuccessors } from './blocks';
import { exceptionPath } from './exception-edges';
import type { BuildInput, FunctionSource, OsrEntry } from './source';
import type { DeoptReason } from '../../../deopt/reasons';

/** Translates the instruction at pc (the next one is at `next`) into the builder's current
 *  block; true when it ended the block. */
export type Translate = (b: GraphBuilder, pc: number, next: number) => boolean;

export const UNDEFINED: [number, number] = [Tag.Undefined, 0];

/** One known target of a call site: its function object, and what to build when the
 *  callee is it (the inlined body, or a call). */
export interface CalleeCase {
  readonly value: [hi: number, lo: number];
  readonly emit: () => Node | 'ended';
}

/** The function being translated: the root, or an inlined callee while inside it. */
interface Translating {
  src: FunctionSource;
  liveIn: Uint8Array[];
  /** Inside an inlined callee: the call it stands for. */
  outer: InlinedCall | undefined;
  /** Inside an inlined callee with jumps: its blocks by its bytecode offsets. */
  blocks?: Map<number, Block>;
}

export class GraphBuilder {
  private at: Translating;
  private readonly blocks: Map<number, Block>;
  private readonly endStates = new Map<Block, (Node | undefined)[]>();
  private nodeCount = 0;
  /** Arrays that ArrayPush/ArrayAppend (spread arguments) added to after their literal. */
  private readonly grownArrays = new Set<Node>();
  /** Constants that are function objects (noteFunctionConstant). */
  private readonly functionConstants = new Set<Node>();
  private currentBlock!: Block;
  private regs!: (Node | undefined)[];
  /** The compiled function has exception handlers (bytecode/function.ts). */
  private readonly catches: boolean;
  /** Liveness per function, computed once however many call sites inline it. */
  private readonly liveness = new Map<number, Uint8Array[]>();
  /** The root block being built, and the blocks inlined callees added while it was: they
   *  follow it in the graph's block order (a callee's in its bytecode order, then the block
   *  its returns meet in), which keeps forward edges pointing forward. */
  private rootBlock: Block | undefined;
  private readonly placedAfter = new Map<Block, Block[]>();
  private nextBlockId = -1;
  /** Words of bytecode of the bigger callees inlined so far (inline-policy.ts budget). */
  largeInlinedWords = 0;

  constructor(
    private readonly input: BuildInput,
    private readonly translateInstruction: Translate,
  ) {
    this.catches = input.root.fn.handlers.length > 0;
    this.at = { src: input.root, liveIn: this.livenessOf(input.root.fn), outer: undefined };
    this.blocks = findBlocks(input.root.fn.code, input.root.fn.handlers);
  }

  // ---- what the families read -----------------------------------------------------------
  /** The function being translated (the root, or an inlined callee). */
  get src(): FunctionSource {
    return this.at.src;
  }
  get fn(): BytecodeFunction {
    return this.at.src.fn;
  }
  get code(): Int32Array {
    return this.at.src.fn.code;
  }
  /** Inside an inlined callee: the call it stands for. */
  get outer(): InlinedCall | undefined {
    return this.at.outer;
  }
  /** Inlined frames around the code being translated (0: the compiled function's own). */
  get inlineDepth(): number {
    let depth = 0;
    for (let o = this.at.outer; o; o = o.state.outer) depth++;
    return depth;
  }
  get block(): Block {
    return this.currentBlock;
  }
  /** Another function's source (a call target, an inlined getter, a constructor). */
  source(functionId: number): FunctionSource {
    return this.input.source(functionId);
  }
  /** The block starting at bytecode offset pc of the function being translated. */
  blockAt(pc: number): Block {
    return (this.at.blocks ?? this.blocks).get(pc)!;
  }
  translate(pc: number, next: number): boolean {
    return this.translateInstruction(this, pc, next);
  }

  private livenessOf(fn: BytecodeFunction): Uint8Array[] {
    let live = this.liveness.get(fn.id);
    if (!live) {
      live = computeLiveness(fn);
      this.liveness.set(fn.id, live);
    }
    return live;
  }

  // ---- the graph ---------------------------------------------------------------------------
  build(): Graph {
    if (this.input.osr) return this.buildOsr(this.input.osr);
    const order = [...this.blocks.values()].sort((a, b) => a.pc - b.pc);
    if (order[0].loopHeader) {
      // A loop starting at offset 0: the entry (parameters) gets a block of its own, so the
      // loop header can have phis for its back-edge.
      const header = order[0];
      const entry: Block = { id: 0, pc: 0, phis: [], nodes: [], preds: [], succs: [], terminator: { kind: 'goto', target: header }, loopHeader: false };
      this.currentBlock = entry;
      this.regs = this.entryState();
      this.jumpTo(header);
      this.endStates.set(entry, this.regs);
      order.unshift(entry);
    }
    for (const b of order) if (!this.endStates.has(b)) this.buildBlock(b, b === order[0]);
    return this.finish(order);
  }

  private finish(rootOrder: Block[]): Graph {
    const order = rootOrder.flatMap((b) => [b, ...(this.placedAfter.get(b) ?? [])]);
    const reachable = order.filter((b) => b === order[0] || this.endStates.has(b));
    for (const b of reachable) b.preds = b.preds.filter((p) => this.endStates.has(p));
    return { blocks: reachable, nodeCount: this.nodeCount };
  }

  /** OSR code: an entry block that reads the live registers from the interpreter frame and
   *  jumps to the loop header, then every block reachable from there in reverse postorder.
   *  Code before the loop is not compiled. A loop enclosing the OSR loop stops being a
   *  loop of its own: from the entry, its header is reached through the OSR loop's exit, and
   *  its body flows back into the OSR header (which dominates everything), so the graph
   *  stays reducible with every retreating edge ending at a block that has phis. */
  private buildOsr(osr: OsrEntry): Graph {
    const header = this.blocks.get(osr.pc);
    if (!header?.loopHeader) throw new Error(`kiln internal error: OSR at bytecode ${osr.pc}, which is not a loop header`);
    const handlers = this.fn.handlers;
    const order = reversePostorder(this.code, this.blocks, header, handlers);
    order.forEach((b, i) => {
      (b as { id: number }).id = i + 1;
      for (const s of staticSuccessors(this.code, this.blocks, b, handlers)) if (order.indexOf(s) <= i) s.loopHeader = true;
    });
    const entry: Block = { id: 0, pc: osr.pc, phis: [], nodes: [], preds: [], succs: [], terminator: { kind: 'goto', target: header }, loopHeader: false };
    this.currentBlock = entry;
    this.regs = this.osrEntryState(osr);
    this.jumpTo(header);
    this.endStates.set(entry, this.regs);
    for (const b of order) this.buildBlock(b, false);
    return this.finish([entry, ...order]);
  }

  /** The live registers at the OSR loop header, read from the frame; numbers are unboxed
   *  behind a type guard that resumes at the header (unless that already failed). */
  private osrEntryState(osr: OsrEntry): (Node | undefined)[] {
    const live = this.at.liveIn[osr.pc];
    this.regs = [];
    for (let r = 0; r < this.fn.registerCount; r++) {
      this.regs.push(live[r] ? this.node('param', [], 'tagged', r, osr.pc) : undefined);
    }
    if (this.src.failed(osr.pc)) return this.regs;
    const typed = [...this.regs];
    for (let r = 0; r < this.fn.registerCount; r++) {
      if (!typed[r]) continue;
      const tag = osr.registerTag(r);
      if (tag === Tag.Int32) typed[r] = this.guarded('convert', [typed[r]!], 'int32', undefined, osr.pc);
      else if (tag < Tag.MIN) typed[r] = this.guarded('convert', [typed[r]!], 'float64', undefined, osr.pc);
    }
    return typed;
  }

  private buildBlock(b: Block, isEntry: boolean): void {
    if (!isEntry && b.preds.length === 0) return; // unreachable
    this.currentBlock = b;
    this.rootBlock = b;
    if (isEntry) this.regs = this.entryState();
    else this.regs = this.mergeState(b);
    let pc = b.pc;
    for (;;) {
      const op = this.code[pc];
      const next = pc + instructionWords(this.code, pc);
      const ended = this.translate(pc, next);
      if (ended) break;
      if (this.blocks.has(next)) {
        this.jumpTo(this.blocks.get(next)!);
        this.currentBlock.terminator = { kind: 'goto', target: this.blocks.get(next)! };
        break;
      }
      if (isBlockEnd(op)) break;
      pc = next;
    }
    // An inlined callee with jumps left the translation in the block its returns meet in.
    this.endStates.set(b, this.regs);
    this.endStates.set(this.currentBlock, this.regs);
  }

  private entryState(): (Node | undefined)[] {
    const regs: (Node | undefined)[] = [];
    for (let r = 0; r < this.fn.registerCount; r++) {
      regs.push(r < this.fn.paramCount ? this.node('param', [], 'tagged', r, 0) : this.constTagged(UNDEFINED, 0));
    }
    return regs;
  }

  /** Entry state of a block: one phi per live register where predecessors disagree (always
   *  at loop headers, whose back-edge values are not known yet). */
  private mergeState(b: Block): (Node | undefined)[] {
    const forward = b.preds.filter((p) => this.endStates.has(p));
    const live = this.at.liveIn[b.pc];
    if (forward.length === 1 && !b.loopHeader) return [...this.endStates.get(forward[0])!];
    const regs: (Node | undefined)[] = [];
    for (let r = 0; r < this.fn.registerCount; r++) {
      if (!live[r]) {
        regs.push(undefined);
        continue;
      }
      const values = forward.map((p) => this.endStates.get(p)![r]!);
      if (!b.loopHeader && values.every((v) => v === values[0])) {
        regs.push(values[0]);
        continue;
      }
      const phi = this.node('phi', values, 'tagged', r, b.pc, false);
      b.phis.push(phi);
      regs.push(phi);
    }
    return regs;
  }

  /** Records the edge to `target`; back-edges complete the target's phis. */
  jumpTo(target: Block): void {
    target.preds.push(this.currentBlock);
    this.currentBlock.succs.push(target);
    if (target === this.currentBlock || this.endStates.has(target)) {
      for (const phi of target.phis) phi.inputs.push(this.regs[phi.aux as number]!);
    }
  }

  /** Ends the current block with `t` (the caller recorded its edges with jumpTo). */
  terminate(t: Terminator): void {
    this.currentBlock.terminator = t;
  }

  /** Ends the block in an unconditional deopt (the interpreter redoes the instruction). */
  deoptHere(pc: number, reason: DeoptReason): boolean {
    this.guarded('deopt', [], 'tagged', reason, pc);
    this.currentBlock.terminator = { kind: 'none' };
    return true;
  }

  // ---- nodes -----------------------------------------------------------------------------
  node(op: NodeOp, inputs: Node[], repr: Repr, aux: unknown, pc: number, append = true): Node {
    // Code inlined from a callee is attributed to the compiled function's call instruction.
    let at = pc;
    for (let o = this.outer; o; o = o.state.outer) at = o.state.pc;
    const n: Node = { id: this.nodeCount++, op, inputs, repr, aux, pc: at, block: this.currentBlock };
    if (this.outer) n.inlined = { functionId: this.fn.id, pc, call: this.outer };
    if (append) this.currentBlock.nodes.push(n);
    // Inside a `try` (of the compiled function: inlined callees have none), a node that may
    // throw reaches the handler in compiled code or through the interpreter
    // (exception-edges.ts); outside one, its exception goes to the caller. OSR code returns
    // to the interpreter frame it runs for, which would look for a handler at the loop it
    // entered at: there, the exception leaves through an exit at its own offset.
    const path = this.catches && append ? exceptionPath(op, aux, this.outer !== undefined) : 'none';
    if (path !== 'none') {
      const handler = handlerAt(this.input.root.fn, at);
      if (handler && path === 'handler-in-graph') this.branchToHandler(n, handler, pc);
      else if (handler || this.input.osr) n.exceptionState = this.stateAt(pc);
    }
    return n;
  }

  /** After node n, which throws to `handler`: when n's value is the exception word, a
   *  landing block takes the exception into the handler's register and jumps to the
   *  handler's block with the registers as they were before n; else the translation goes
   *  on in a continuation block. */
  private branchToHandler(n: Node, handler: ExceptionHandler, pc: number): void {
    n.throwsToHandler = true;
    const regs = this.regs;
    const threw = this.node('is-exception', [n], 'bool', undefined, pc);
    const landing = this.newBlock(pc);
    const continuation = this.newBlock(pc);
    this.endStates.set(this.currentBlock, regs);
    this.jumpTo(landing);
    this.jumpTo(continuation);
    this.terminate({ kind: 'branch', cond: threw, ifTrue: landing, ifFalse: continuation });
    this.enterCaseBlock(landing, regs);
    const exception = this.node('runtime', [], 'tagged', { kind: 'take-exception' }, pc);
    this.regs[handler.register] = exception;
    const target = this.blocks.get(handler.handler)!;
    this.jumpTo(target);
    this.terminate({ kind: 'goto', target });
    this.endStates.set(landing, this.regs);
    this.enterCaseBlock(continuation, regs);
  }

  /** A node that may deoptimize: it carries the frame state at pc. */
  guarded(op: NodeOp, inputs: Node[], repr: Repr, aux: unknown, pc: number): Node {
    const n = this.node(op, inputs, repr, aux, pc);
    n.frameState = this.stateAt(pc);
    return n;
  }

  stateAt(pc: number): FrameState {
    const registers = this.regs.map((v, r) => (this.at.liveIn[pc][r] ? v : undefined));
    return { functionId: this.fn.id, pc, registers, outer: this.outer };
  }

  constTagged(word: [number, number], pc: number): Node {
    return this.node('const', [], 'tagged', word, pc);
  }

  constNumber(value: number, pc: number): Node {
    const isInt = (value | 0) === value && !Object.is(value, -0);
    return this.node('const', [], isInt ? 'int32' : 'float64', value, pc);
  }

  // ---- registers -------------------------------------------------------------------------
  reg(r: number): Node {
    const v = this.regs[r];
    if (!v) throw new Error(`kiln internal error: register r${r} read while dead in ${this.fn.name}`);
    return v;
  }

  set(r: number, v: Node): void {
    this.regs[r] = v;
  }

  // ---- feedback --------------------------------------------------------------------------
  kindAt(pc: number, slot: number): SiteKind {
    const kind = siteKind(this.src.feedback(slot));
    if (!this.src.failed(pc)) return kind;
    // The interpreter re-ran the failed operation and recorded what broke it (an overflow
    // adds 'number', a string adds 'any'), so the feedback has usually moved already; int32
    // is still widened, so that a site cannot fail the same way twice.
    return kind === 'int32' ? 'number' : kind === 'none' ? 'any' : kind;
  }

  /** Arithmetic or a compare that never ran: outside inlined code, leave for the
   *  interpreter (soft deopt) rather than compile a generic call that would stay. */
  neverRan(kind: SiteKind): boolean {
    return kind === 'none' && !this.outer;
  }

  /** A constant known to be a function object (a method found on a prototype): calling it
   *  needs no check that it is one. */
  noteFunctionConstant(n: Node): void {
    this.functionConstants.add(n);
  }
  isFunctionConstant(n: Node): boolean {
    return this.functionConstants.has(n);
  }

  noteGrownArray(array: Node): void {
    this.grownArrays.add(array);
  }
  isGrownArray(n: Node): boolean {
    return this.grownArrays.has(n);
  }

  // ---- inlining --------------------------------------------------------------------------
  /** Runs `body` translating the callee `inner` in place of the call `call`, with `args` as
   *  the callee's parameters (missing ones undefined), then returns to the caller. */
  inline<T>(inner: FunctionSource, call: InlinedCall, args: Node[], body: () => T): T {
    const saved = { at: this.at, regs: this.regs };
    this.at = { src: inner, liveIn: this.livenessOf(inner.fn), outer: call };
    this.regs = [];
    for (let r = 0; r < inner.fn.registerCount; r++) {
      this.regs.push(r < inner.fn.paramCount && r < args.length ? args[r] : this.constTagged(UNDEFINED, 0));
    }
    const result = body();
    ({ at: this.at, regs: this.regs } = saved);
    return result;
  }

  /** Translates the body of the callee being inlined when it has forward jumps (no loops):
   *  from the current block, its blocks become new graph blocks, merged with phis where its
   *  registers differ; every Return jumps to one continuation block, where the caller goes
   *  on with the returned value (a phi when the returns differ). 'ended' when no path
   *  returns (each ends in a deopt). */
  inlineBranchingBody(): Node | 'ended' {
    const code = this.code;
    const callPc = this.outer!.state.pc;
    const blocks = new Map<number, Block>();
    for (const [pc] of findBlocks(code)) if (pc !== 0) blocks.set(pc, this.newBlock(callPc));
    this.at.blocks = blocks;
    const continuation = this.newBlock(callPc);
    const states = new Map<Block, (Node | undefined)[]>();
    const returned: Node[] = [];
    let ended = false;
    for (let pc = 0; pc < code.length; ) {
      const next = pc + instructionWords(code, pc);
      const leader = pc === 0 ? undefined : blocks.get(pc);
      if (leader) {
        if (!ended) {
          this.jumpTo(leader);
          this.terminate({ kind: 'goto', target: leader });
        }
        states.set(this.currentBlock, this.regs);
        ended = leader.preds.length === 0; // unreachable: skipped up to the next block
        if (!ended) this.enterInlinedBlock(leader, pc, states);
      }
      if (!ended) {
        if (code[pc] === Op.Return) {
          returned.push(this.reg(code[pc + 1]));
          this.jumpTo(continuation);
          this.terminate({ kind: 'goto', target: continuation });
          ended = true;
        } else {
          ended = this.translate(pc, next);
        }
      }
      pc = next;
    }
    states.set(this.currentBlock, this.regs);
    for (const [block, regs] of states) this.endStates.set(block, regs);
    if (returned.length === 0) return 'ended';
    this.enterInlinedBlock(continuation, -1, states);
    if (returned.every((v) => v === returned[0])) return returned[0];
    const phi = this.node('phi', returned, 'tagged', -1, callPc, false);
    continuation.phis.push(phi);
    return phi;
  }

  /** A call site that called a few known functions: tests `callee` against each case's
   *  function object in turn (the last case needs no test: the callee's load guarded that
   *  it is one of them), builds each case's code in blocks of its own, and meets them in a
   *  continuation block where the caller goes on with the result (a phi when they differ).
   *  'ended' when every case ends in a deopt. */
  dispatchOnCallee(callee: Node, cases: readonly CalleeCase[], pc: number): Node | 'ended' {
    const callerRegs = this.regs;
    const continuation = this.newBlock(pc);
    const results: Node[] = [];
    for (let k = 0; k < cases.length; k++) {
      const caseBlock = this.newBlock(pc);
      const rest = k < cases.length - 1 ? this.newBlock(pc) : undefined;
      this.endStates.set(this.currentBlock, this.regs);
      this.jumpTo(caseBlock);
      if (rest !== undefined) {
        const eq = this.node('tagged.stricteq', [callee, this.constTagged(cases[k].value, pc)], 'bool', undefined, pc);
        this.jumpTo(rest);
        this.terminate({ kind: 'branch', cond: eq, ifTrue: caseBlock, ifFalse: rest });
      } else {
        this.terminate({ kind: 'goto', target: caseBlock });
      }
      this.enterCaseBlock(caseBlock, callerRegs);
      const result = cases[k].emit();
      if (result !== 'ended') {
        results.push(result);
        this.jumpTo(continuation);
        this.terminate({ kind: 'goto', target: continuation });
      }
      this.endStates.set(this.currentBlock, this.regs);
      if (rest !== undefined) this.enterCaseBlock(rest, callerRegs);
    }
    if (results.length === 0) return 'ended';
    this.enterCaseBlock(continuation, callerRegs);
    if (results.every((v) => v === results[0])) return results[0];
    const phi = this.node('phi', results, 'tagged', -1, pc, false);
    continuation.phis.push(phi);
    return phi;
  }

  /** Makes a block of dispatchOnCallee current, with the caller's registers as they were. */
  private enterCaseBlock(block: Block, callerRegs: (Node | undefined)[]): void {
    this.placeAfterRoot(block);
    this.currentBlock = block;
    this.regs = [...callerRegs];
  }

  /** Places a block made while translating the root block being built right after it (in
   *  the order they are made, which keeps forward edges pointing forward). */
  private placeAfterRoot(block: Block): void {
    const after = this.placedAfter.get(this.rootBlock!) ?? [];
    after.push(block);
    this.placedAfter.set(this.rootBlock!, after);
  }

  /** Makes an inlined callee's block current (placed after the root block being built),
   *  its registers merged from its predecessors' (pc < 0: the continuation, whose callee
   *  registers are dead). */
  private enterInlinedBlock(block: Block, pc: number, states: Map<Block, (Node | undefined)[]>): void {
    this.placeAfterRoot(block);
    this.currentBlock = block;
    if (pc < 0) return;
    const preds = block.preds;
    if (preds.length === 1) {
      this.regs = [...states.get(preds[0])!];
      return;
    }
    const live = this.at.liveIn[pc];
    this.regs = [];
    for (let r = 0; r < this.fn.registerCount; r++) {
      const values = preds.map((p) => states.get(p)![r]);
      if (!live[r] || values.some((v) => v === undefined)) {
        this.regs.push(undefined);
        continue;
      }
      if (values.every((v) => v === values[0])) {
        this.regs.push(values[0]);
        continue;
      }
      const phi = this.node('phi', values as Node[], 'tagged', r, this.outer!.state.pc, false);
      block.phis.push(phi);
      this.regs.push(phi);
    }
  }

  private newBlock(pc: number): Block {
    if (this.nextBlockId < 0) this.nextBlockId = Math.max(...[...this.blocks.values()].map((b) => b.id)) + 1;
    return { id: this.nextBlockId++, pc, phis: [], nodes: [], preds: [], succs: [], terminator: { kind: 'none' }, loopHeader: false };
  }
}
