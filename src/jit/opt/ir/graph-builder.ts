// Graph builder: bytecode + feedback → SSA IR with guards. Blocks are found from jump
// targets; bytecode registers become SSA values by abstract interpretation in bytecode
// order (forward jumps only reach later blocks; loop headers get a phi per live register,
// closed when the back-edge is seen). Each arithmetic or compare site picks its
// speculation from its feedback slot: int32, float64, or a runtime call; sites whose
// speculation already failed (profile.failedSpeculations) are widened one step.

import type { BytecodeFunction } from '../../../bytecode/function';
import { decodeClassOp } from '../../../runtime/class-ops';
import type { CreateThisEntry, SuperConstructEntry } from '../../../profile/function-profile';
import { Op, OPCODES } from '../../../bytecode/opcodes';
import { DeclineError } from '../lower/lir-builder';
import type { DeoptReason } from '../../deopt/reasons';
import { instructionWords, isBlockEnd, jumpTargets } from '../../../bytecode/operands';
import { AccessBits, IC_ENTRIES, IC_PROTO_BIT, IC_STRIDE, siteKind, type SiteKind } from '../../../profile/feedback';
import { NATIVE_FUNCTION_ID_BASE, Tag } from '../../../runtime/layout';
import { computeLiveness } from './liveness';
import { buildClassOp, type ClassGraphBuilder } from './graph-classes';
import type { Block, FrameState, Graph, InlinedCall, Node, NodeOp, Repr } from './ir';

/** What the builder needs to know about one function: the one being compiled, or one it
 *  inlines. */
export interface FunctionSource {
  fn: BytecodeFunction;
  feedback: (slot: number) => number;
  /** Constant k of the function as a value word. */
  constantWord: (k: number) => [hi: number, lo: number];
  /** True where a speculation at this bytecode offset already failed: compile it one step
   *  more generally (and do not inline a call there). */
  failed: (pc: number) => boolean;
  /** The one function a call site has called so far (call-target feedback), if any. */
  callTarget: (pc: number) => number | undefined;
  /** Shape inline caches of named-access sites (profile/feedback.ts IC layout). */
  ics: Int32Array;
  /** The value of a builtin prototype's property (Array.prototype.push, ...): constants,
   *  since programs cannot change those prototypes. */
  builtinMethod: (receiver: 'array' | 'string', key: string) => [hi: number, lo: number] | undefined;
  /** The value of a runtime library global (LoadGlobal): programs cannot assign them. */
  globalValue: (name: string) => [hi: number, lo: number];
  /** A named-load site that found its property on prototypes (see ProtoLoad), if it did
   *  for every receiver shape it saw and nothing changed since. */
  protoLoad: (site: number) => ProtoLoad | undefined;
  /** What a CreateThis site saw (interpreter/construct-feedback.ts), if it recorded any. */
  createThis: (pc: number) => readonly CreateThisEntry[] | undefined;
  /** What a SuperConstruct site saw (interpreter/construct-feedback.ts), if anything. */
  superConstruct: (pc: number) => SuperConstructEntry | undefined;
  /** The interned heap string with this text, as a value word (interned strings live as
   *  long as the program). */
  internedString: (text: string) => [hi: number, lo: number];
}

/** What `typeof` answers, in the order the 'typeof' node's aux holds their interned words. */
export const TYPE_NAMES = ['number', 'boolean', 'undefined', 'object', 'string', 'function'] as const;

/** A property read from a prototype, the same value for every receiver shape seen: code
 *  guards the receiver's shape and the prototype epoch, then uses the value as a constant
 *  (a method call becomes a call of a known function). */
export interface ProtoLoad {
  shapes: number[];
  epoch: number;
  value: [hi: number, lo: number];
  /** Data properties that differ between the shapes (a method each class defines): the
   *  value for each shape, in order; `value` is then the first of them. */
  values?: [hi: number, lo: number][];
  /** Set when the property is an accessor: value is its getter, of this function id (the
   *  load is a call of it on the receiver). */
  getterId?: number;
}

export interface BuildInput {
  root: FunctionSource;
  source: (functionId: number) => FunctionSource;
  /** On-stack replacement: code entered at the loop header at this bytecode offset from a
   *  running interpreter frame, instead of at the function's start. */
  osr?: OsrEntry;
}

export interface OsrEntry {
  pc: number;
  /** The tag word of interpreter register r in the frame being replaced: the entry
   *  speculates that numbers stay numbers (unboxed loop variables from the first iteration). */
  registerTag: (r: number) => number;
}

const UNDEFINED: [number, number] = [Tag.Undefined, 0];

/** Inlining budget: small straight-line callees (no jumps, calls or contexts; property
 *  access specialized on the callee's own caches, but not `this`, which a plain call
 *  leaves undefined). */
const INLINE_MAX_WORDS = 64;
const INLINE_OPS = new Set<number>([
  Op.LoadConst, Op.LoadInt, Op.LoadUndefined, Op.LoadNull, Op.LoadTrue, Op.LoadFalse, Op.LoadHole, Op.Mov,
  Op.CheckHole, Op.Add, Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.Exp, Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl,
  Op.Sar, Op.Shr, Op.Neg, Op.ToNumber, Op.BitNot, Op.Inc, Op.Dec, Op.Not, Op.TypeOf, Op.Lt, Op.Le, Op.Gt,
  Op.Ge, Op.Eq, Op.Ne, Op.StrictEq, Op.StrictNe, Op.CallBuiltin, Op.Return,
  Op.GetNamed, Op.SetNamed, Op.GetKeyed, Op.SetKeyed, Op.LoadThis,
]);

export function isInlinable(fn: BytecodeFunction): boolean {
  if (fn.code.length > INLINE_MAX_WORDS || fn.handlers.length > 0) return false;
  for (let pc = 0; pc < fn.code.length; pc += instructionWords(fn.code, pc)) {
    if (!INLINE_OPS.has(fn.code[pc])) return false;
    if (fn.code[pc] === Op.Return) return true;
  }
  return false;
}

export function buildGraph(input: BuildInput): Graph {
  return new GraphBuilder(input).build();
}

class GraphBuilder {
  // The function being translated: the root, or an inlined callee while inside it.
  private src: FunctionSource;
  private fn: BytecodeFunction;
  private code: Int32Array;
  private liveIn: Uint8Array[];
  private outer: InlinedCall | undefined;
  private readonly blocks = new Map<number, Block>();
  private readonly endStates = new Map<Block, (Node | undefined)[]>();
  private nodeCount = 0;
  /** Arrays that ArrayPush/ArrayAppend (spread arguments) added to after their literal. */
  private readonly grownArrays = new Set<Node>();
  private block!: Block;
  private regs!: (Node | undefined)[];

  /** The compiled function has exception handlers (bytecode/function.ts). */
  private readonly catches: boolean;

  constructor(private readonly input: BuildInput) {
    this.catches = input.root.fn.handlers.length > 0;
    this.src = input.root;
    this.fn = input.root.fn;
    this.code = this.fn.code;
    this.liveIn = this.livenessOf(this.fn);
  }

  /** Liveness per function, computed once however many call sites inline it. */
  private readonly liveness = new Map<number, Uint8Array[]>();
  private livenessOf(fn: BytecodeFunction): Uint8Array[] {
    let live = this.liveness.get(fn.id);
    if (!live) {
      live = computeLiveness(fn);
      this.liveness.set(fn.id, live);
    }
    return live;
  }

  build(): Graph {
    this.findBlocks();
    if (this.input.osr) return this.buildOsr(this.input.osr);
    const order = [...this.blocks.values()].sort((a, b) => a.pc - b.pc);
    if (order[0].loopHeader) {
      // A loop starting at offset 0: the entry (parameters) gets a block of its own, so the
      // loop header can have phis for its back-edge.
      const header = order[0];
      const entry: Block = { id: 0, pc: 0, phis: [], nodes: [], preds: [], succs: [], terminator: { kind: 'goto', target: header }, loopHeader: false };
      this.block = entry;
      this.regs = this.entryState();
      this.jumpTo(header);
      this.endStates.set(entry, this.regs);
      order.unshift(entry);
    }
    for (const b of order) if (!this.endStates.has(b)) this.buildBlock(b, b === order[0]);
    return this.finish(order);
  }

  private finish(order: Block[]): Graph {
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
    const order = this.reversePostorder(header);
    order.forEach((b, i) => {
      (b as { id: number }).id = i + 1;
      for (const s of this.staticSuccessors(b)) if (order.indexOf(s) <= i) s.loopHeader = true;
    });
    const entry: Block = { id: 0, pc: osr.pc, phis: [], nodes: [], preds: [], succs: [], terminator: { kind: 'goto', target: header }, loopHeader: false };
    this.block = entry;
    this.regs = this.osrEntryState(osr);
    this.jumpTo(header);
    this.endStates.set(entry, this.regs);
    for (const b of order) this.buildBlock(b, false);
    return this.finish([entry, ...order]);
  }

  /** The live registers at the OSR loop header, read from the frame; numbers are unboxed
   *  behind a type guard that resumes at the header (unless that already failed). */
  private osrEntryState(osr: OsrEntry): (Node | undefined)[] {
    const live = this.liveIn[osr.pc];
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

  /** Blocks reachable from `from`, in reverse postorder of a depth-first search over the
   *  bytecode's control flow. */
  private reversePostorder(from: Block): Block[] {
    const post: Block[] = [];
    const seen = new Set<Block>([from]);
    const stack: { b: Block; succs: Block[]; next: number }[] = [{ b: from, succs: this.staticSuccessors(from), next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < top.succs.length) {
        const s = top.succs[top.next++];
        if (!seen.has(s)) {
          seen.add(s);
          stack.push({ b: s, succs: this.staticSuccessors(s), next: 0 });
        }
        continue;
      }
      post.push(top.b);
      stack.pop();
    }
    return post.reverse();
  }

  /** Where control can go from the end of block b, read off its last instruction. */
  private staticSuccessors(b: Block): Block[] {
    const c = this.code;
    for (let pc = b.pc; ; ) {
      const op = c[pc];
      const next = pc + instructionWords(c, pc);
      if (isBlockEnd(op)) {
        const targets = jumpTargets(c, pc);
        const conditional = op === Op.JumpIfTrue || op === Op.JumpIfFalse || op === Op.JumpIfNullish || op === Op.JumpIfNotNullish;
        if (conditional) targets.push(next);
        return targets.map((t) => this.blocks.get(t)).filter((t): t is Block => t !== undefined);
      }
      const following = this.blocks.get(next);
      if (following) return [following];
      if (next >= c.length) return [];
      pc = next;
    }
  }

  // ---- blocks ---------------------------------------------------------------------------
  private findBlocks(): void {
    const leaders = new Set<number>([0]);
    const loopHeaders = new Set<number>();
    for (let pc = 0; pc < this.code.length; pc += instructionWords(this.code, pc)) {
      for (const t of jumpTargets(this.code, pc)) {
        leaders.add(t);
        if (this.code[pc] === Op.JumpLoop) loopHeaders.add(t);
      }
      if (isBlockEnd(this.code[pc])) leaders.add(pc + instructionWords(this.code, pc));
    }
    let id = loopHeaders.has(0) ? 1 : 0; // id 0 is then the separate entry block (build())
    for (const pc of [...leaders].sort((a, b) => a - b)) {
      if (pc >= this.code.length) continue;
      this.blocks.set(pc, {
        id: id++, pc, phis: [], nodes: [], preds: [], succs: [],
        terminator: { kind: 'none' }, loopHeader: loopHeaders.has(pc),
      });
    }
  }

  private buildBlock(b: Block, isEntry: boolean): void {
    if (!isEntry && b.preds.length === 0) return; // unreachable
    this.block = b;
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
        this.block.terminator = { kind: 'goto', target: this.blocks.get(next)! };
        break;
      }
      if (isBlockEnd(op)) break;
      pc = next;
    }
    this.endStates.set(b, this.regs);
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
    const live = this.liveIn[b.pc];
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
  private jumpTo(target: Block): void {
    target.preds.push(this.block);
    this.block.succs.push(target);
    if (target === this.block || this.endStates.has(target)) {
      for (const phi of target.phis) phi.inputs.push(this.regs[phi.aux as number]!);
    }
  }

  // ---- nodes ----------------------------------------------------------------------------
  private node(op: NodeOp, inputs: Node[], repr: Repr, aux: unknown, pc: number, append = true): Node {
    // Code inlined from a callee is attributed to the caller's call instruction.
    const at = this.outer ? this.outer.state.pc : pc;
    const n: Node = { id: this.nodeCount++, op, inputs, repr, aux, pc: at, block: this.block };
    if (append) this.block.nodes.push(n);
    // In a function with handlers, a throwing call leaves for the interpreter, which finds
    // the handler (or unwinds further) from the state before the call.
    if (this.catches && (op === 'call' || op === 'runtime' || op === 'builtin')) n.exceptionState = this.stateAt(pc);
    return n;
  }

  private guarded(op: NodeOp, inputs: Node[], repr: Repr, aux: unknown, pc: number): Node {
    const n = this.node(op, inputs, repr, aux, pc);
    n.frameState = this.stateAt(pc);
    return n;
  }

  private stateAt(pc: number): FrameState {
    const registers = this.regs.map((v, r) => (this.liveIn[pc][r] ? v : undefined));
    return { functionId: this.fn.id, pc, registers, outer: this.outer };
  }

  private constTagged(word: [number, number], pc: number): Node {
    return this.node('const', [], 'tagged', word, pc);
  }

  private constNumber(value: number, pc: number): Node {
    const isInt = (value | 0) === value && !Object.is(value, -0);
    return this.node('const', [], isInt ? 'int32' : 'float64', value, pc);
  }

  private kindAt(pc: number, slot: number): SiteKind {
    const kind = siteKind(this.src.feedback(slot));
    if (!this.src.failed(pc)) return kind;
    // The interpreter re-ran the failed operation and recorded what broke it (an overflow
    // adds 'number', a string adds 'any'), so the feedback has usually moved already; int32
    // is still widened, so that a site cannot fail the same way twice.
    return kind === 'int32' ? 'number' : kind === 'none' ? 'any' : kind;
  }

  /** Arithmetic or a compare that never ran: outside inlined code, leave for the
   *  interpreter (soft deopt) rather than compile a generic call that would stay. */
  private neverRan(kind: SiteKind): boolean {
    return kind === 'none' && !this.outer;
  }

  private reg(r: number): Node {
    const v = this.regs[r];
    if (!v) throw new Error(`kiln internal error: register r${r} read while dead in ${this.fn.name}`);
    return v;
  }

  private set(r: number, v: Node): void {
    this.regs[r] = v;
  }

  // ---- translation of one instruction; returns true when it ended the block ---------------
  private translate(pc: number, next: number): boolean {
    const c = this.code;
    const op = c[pc];
    switch (op) {
      case Op.LoadConst: {
        const k = this.fn.constants[c[pc + 2]];
        this.set(c[pc + 1], typeof k === 'number' ? this.constNumber(k, pc) : this.constTagged(this.src.constantWord(c[pc + 2]), pc));
        return false;
      }
      case Op.LoadInt:
        this.set(c[pc + 1], this.node('const', [], 'int32', c[pc + 2], pc));
        return false;
      case Op.LoadUndefined:
        this.set(c[pc + 1], this.constTagged(UNDEFINED, pc));
        return false;
      case Op.LoadNull:
        this.set(c[pc + 1], this.constTagged([Tag.Null, 0], pc));
        return false;
      case Op.LoadTrue:
      case Op.LoadFalse:
        this.set(c[pc + 1], this.node('const', [], 'bool', op === Op.LoadTrue ? 1 : 0, pc));
        return false;
      case Op.LoadHole:
        this.set(c[pc + 1], this.constTagged([Tag.Hole, 0], pc));
        return false;
      case Op.Mov:
        this.set(c[pc + 1], this.reg(c[pc + 2]));
        return false;
      case Op.CheckHole: {
        const v = this.reg(c[pc + 1]);
        const isHole = v.op === 'const' && v.repr === 'tagged' && (v.aux as number[])[0] === Tag.Hole;
        if (isHole) return this.deoptHere(pc, 'throw');
        if (v.repr === 'tagged' && v.op !== 'const') this.guarded('check-hole', [v], 'tagged', undefined, pc);
        return false;
      }
      case Op.Add: case Op.Sub: case Op.Mul: case Op.Div: case Op.Mod: case Op.Exp:
      case Op.BitAnd: case Op.BitOr: case Op.BitXor: case Op.Shl: case Op.Sar: case Op.Shr: {
        const kind = this.kindAt(pc, c[pc + 4]);
        if (this.neverRan(kind)) return this.deoptHere(pc, 'no-feedback');
        this.set(c[pc + 1], this.binary(op, pc, this.reg(c[pc + 2]), this.reg(c[pc + 3]), kind));
        return false;
      }
      case Op.Neg: case Op.ToNumber: case Op.BitNot: case Op.Inc: case Op.Dec: {
        const kind = this.kindAt(pc, c[pc + 3]);
        if (this.neverRan(kind)) return this.deoptHere(pc, 'no-feedback');
        this.set(c[pc + 1], this.unary(op, pc, this.reg(c[pc + 2]), kind));
        return false;
      }
      case Op.Not:
        this.set(c[pc + 1], this.node('bool.not', [this.toBoolean(this.reg(c[pc + 2]), pc)], 'bool', undefined, pc));
        return false;
      case Op.TypeOf:
        this.set(c[pc + 1], this.node('typeof', [this.reg(c[pc + 2])], 'tagged', TYPE_NAMES.map((t) => this.src.internedString(t)), pc));
        return false;
      case Op.Lt: case Op.Le: case Op.Gt: case Op.Ge: case Op.Eq: case Op.Ne: case Op.StrictEq: case Op.StrictNe: {
        const kind = this.kindAt(pc, c[pc + 4]);
        if (this.neverRan(kind)) return this.deoptHere(pc, 'no-feedback');
        this.set(c[pc + 1], this.compare(op, pc, this.reg(c[pc + 2]), this.reg(c[pc + 3]), kind));
        return false;
      }
      case Op.Jump:
      case Op.JumpLoop: {
        // A collection requested while this loop runs: leave for the interpreter, whose next
        // back-edge is a safepoint (the code stays valid).
        if (op === Op.JumpLoop) this.guarded('gc-poll', [], 'tagged', undefined, pc);
        const target = this.blocks.get(c[pc + 1])!;
        this.jumpTo(target);
        this.block.terminator = { kind: 'goto', target };
        return true;
      }
      case Op.JumpIfTrue: case Op.JumpIfFalse: case Op.JumpIfNullish: case Op.JumpIfNotNullish:
        return this.branch(op, pc, next);
      case Op.Return:
        this.block.terminator = { kind: 'return', value: this.reg(c[pc + 1]) };
        return true;
      case Op.CallMethod: {
        const callee = this.reg(c[pc + 2]);
        const isBuiltin = (receiver: 'array' | 'string', key: string): boolean => {
          const method = this.src.builtinMethod(receiver, key);
          return c[pc + 5] === 1 && callee.op === 'const' && method !== undefined && (callee.aux as number[])[1] === method[1];
        };
        if (isBuiltin('array', 'push')) {
          // arr.push(v) with Array.prototype.push: append in place (the runtime grows the store).
          this.set(c[pc + 1], this.guarded('array-push', [this.reg(c[pc + 3]), this.reg(c[pc + 4])], 'int32', undefined, pc));
          return false;
        }
        if (!this.src.failed(pc) && (isBuiltin('string', 'charCodeAt') || isBuiltin('string', 'charAt'))) {
          // s.charCodeAt(i), s.charAt(i): a load of the code unit (an index out of range deopts).
          const op = isBuiltin('string', 'charAt') ? 'string-char-at' : 'string-char-code';
          this.set(c[pc + 1], this.guarded(op, [this.reg(c[pc + 3]), this.reg(c[pc + 4])], op === 'string-char-at' ? 'tagged' : 'int32', undefined, pc));
          return false;
        }
        const args = [this.reg(c[pc + 2]), this.reg(c[pc + 3])];
        for (let i = 0; i < c[pc + 5]; i++) args.push(this.reg(c[pc + 4] + i));
        // A monomorphic method call (o.m() with m found on o's prototype) inlines like a call.
        const inlined = this.tryInline(pc, args[0], args.slice(2), args[1]);
        if (inlined === 'ended') return true;
        this.set(c[pc + 1], inlined ?? this.guarded('call', args, 'tagged', { withThis: true }, pc));
        return false;
      }
      case Op.LoadThis:
        // Inlined code's receiver is the call's (undefined for a plain call).
        if (this.outer) this.set(c[pc + 1], this.outer.receiver ?? this.constTagged(UNDEFINED, pc));
        else this.set(c[pc + 1], this.node('load-this', [], 'tagged', undefined, pc));
        return false;
      case Op.GetNamed: case Op.SetNamed: case Op.GetKeyed: case Op.SetKeyed:
        // Never run yet: nothing to specialize on. Leave for the interpreter, which records
        // feedback there, and compile again later (V8's "insufficient type feedback").
        if (this.unprofiled(pc, c[pc + 4])) return this.deoptHere(pc, 'no-feedback');
        if (op === Op.GetNamed) {
          const value = this.getNamed(pc, this.reg(c[pc + 2]), this.fn.constants[c[pc + 3]] as string, c[pc + 4]);
          if (value === 'ended') return true;
          this.set(c[pc + 1], value);
        } else if (op === Op.SetNamed) this.setNamed(pc, this.reg(c[pc + 1]), this.fn.constants[c[pc + 2]] as string, this.reg(c[pc + 3]), c[pc + 4]);
        else if (op === Op.GetKeyed) this.set(c[pc + 1], this.getKeyed(pc, this.reg(c[pc + 2]), this.reg(c[pc + 3]), c[pc + 4]));
        else this.setKeyed(pc, this.reg(c[pc + 1]), this.reg(c[pc + 2]), this.reg(c[pc + 3]), c[pc + 4]);
        return false;
      case Op.CreateObject:
        this.set(c[pc + 1], this.node('create-object', [], 'tagged', undefined, pc));
        return false;
      case Op.CreateArray: {
        const items: Node[] = [];
        for (let i = 0; i < c[pc + 3]; i++) items.push(this.reg(c[pc + 2] + i));
        this.set(c[pc + 1], this.node('create-array', items, 'tagged', { kind: 'heap-op', op }, pc));
        return false;
      }
      case Op.DeleteProperty: case Op.HasProperty:
        this.set(c[pc + 1], this.node('runtime', [this.reg(c[pc + 2]), this.reg(c[pc + 3])], 'tagged', { kind: 'heap-op', op }, pc));
        return false;
      case Op.ArrayPush: case Op.ArrayAppend:
        this.grownArrays.add(this.reg(c[pc + 1]));
        this.node('runtime', [this.reg(c[pc + 1]), this.reg(c[pc + 2])], 'tagged', { kind: 'heap-op', op }, pc);
        return false;
      case Op.ForInKeys: case Op.IterableToArray: case Op.ForOfIterable: case Op.ToString:
        this.set(c[pc + 1], this.node('runtime', [this.reg(c[pc + 2])], 'tagged', { kind: 'heap-op', op }, pc));
        return false;
      case Op.ThrowTypeError:
        return this.deoptHere(pc, 'throw');
      case Op.CheckThis: {
        // `this` of a derived constructor before super(): the interpreter throws.
        const v = this.reg(c[pc + 1]);
        const isHole = v.op === 'const' && v.repr === 'tagged' && (v.aux as number[])[0] === Tag.Hole;
        if (isHole) return this.deoptHere(pc, 'throw');
        if (v.repr === 'tagged' && v.op !== 'const') this.guarded('check-hole', [v], 'tagged', undefined, pc);
        return false;
      }
      case Op.Construct: case Op.ClassEntry: case Op.CreateThis: case Op.DefineClass: case Op.DefineMember:
      case Op.SuperGet: case Op.SuperConstruct: case Op.CtorResult: case Op.InstanceOf: case Op.CheckSuperNotCalled: {
        const ins = decodeClassOp(c, pc, this.fn.constants);
        const inputs = ins.regs.map((r) => this.reg(r));
        const node = buildClassOp(this.classGraph, op, pc, ins, inputs);
        if (ins.dst >= 0) this.set(ins.dst, node);
        return false;
      }
      case Op.Call: {
        const args = [this.reg(c[pc + 2])];
        for (let i = 0; i < c[pc + 4]; i++) args.push(this.reg(c[pc + 3] + i));
        const inlined = this.tryInline(pc, args[0], args.slice(1));
        if (inlined === 'ended') return true;
        this.set(c[pc + 1], inlined ?? this.guarded('call', args, 'tagged', undefined, pc));
        return false;
      }
      case Op.CallBuiltin: {
        const args: Node[] = [];
        for (let i = 0; i < c[pc + 4]; i++) args.push(this.reg(c[pc + 3] + i));
        // With a frame state, representation selection may speculate on tagged operands
        // being numbers (Math.imul(this.seed, k)); once that failed here, it may not.
        const builtin = this.src.failed(pc) ? this.node('builtin', args, 'tagged', c[pc + 2], pc) : this.guarded('builtin', args, 'tagged', c[pc + 2], pc);
        this.set(c[pc + 1], builtin);
        return false;
      }
      case Op.CreateContext: {
        const parent = this.node('closure-context', [], 'tagged', undefined, pc);
        this.set(c[pc + 1], this.node('runtime', [parent], 'tagged', { kind: 'create-context', slots: c[pc + 2] }, pc));
        return false;
      }
      case Op.LoadClosureContext:
        this.set(c[pc + 1], this.node('closure-context', [], 'tagged', undefined, pc));
        return false;
      case Op.LoadContextSlot:
        this.set(c[pc + 1], this.node('load-context-slot', [this.reg(c[pc + 2])], 'tagged', [c[pc + 3], c[pc + 4]], pc));
        return false;
      case Op.StoreContextSlot:
        this.node('store-context-slot', [this.reg(c[pc + 2]), this.reg(c[pc + 1])], 'tagged', [c[pc + 3], c[pc + 4]], pc);
        return false;
      case Op.CreateClosure:
        this.set(c[pc + 1], this.node('runtime', [this.reg(c[pc + 3])], 'tagged', { kind: 'create-closure', functionId: c[pc + 2] }, pc));
        return false;
      case Op.CreateArguments:
      case Op.CreateRest:
        // Lowering builds the array first thing in the frame; a second one could find the
        // extra arguments already overwritten by where the first one's result is kept.
        if (pc !== 0) throw new DeclineError('arguments together with a rest parameter is not compiled yet');
        this.set(c[pc + 1], this.node('runtime', [], 'tagged', { kind: 'arguments-array', from: op === Op.CreateRest ? c[pc + 2] : 0 }, pc));
        return false;
      case Op.CallSpread: {
        const name = String(this.fn.constants[c[pc + 5]]);
        const args = [this.reg(c[pc + 2]), this.reg(c[pc + 3]), this.reg(c[pc + 4])];
        this.set(c[pc + 1], this.node('runtime', args, 'tagged', { kind: 'call-spread', name }, pc));
        return false;
      }
      case Op.ThrowReferenceError:
      case Op.ThrowConstAssign:
        return this.deoptHere(pc, 'throw');
      default:
        if (op === Op.Throw) {
          this.node('runtime', [this.reg(c[pc + 1])], 'tagged', { kind: 'throw' }, pc);
          this.block.terminator = { kind: 'none' };
          return true;
        }
        if (op === Op.LoadGlobal) {
          this.set(c[pc + 1], this.constTagged(this.src.globalValue(this.fn.constants[c[pc + 2]] as string), pc));
          return false;
        }
        throw new DeclineError(`${OPCODES[op]?.name ?? op} is not compiled yet`);
    }
  }

  /** What graph-classes.ts builds class and `new` bytecodes with. */
  private readonly classGraph: ClassGraphBuilder = {
    src: () => this.src,
    source: (id) => this.input.source(id),
    node: (op, inputs, aux, pc) => this.node(op, inputs, 'tagged', aux, pc),
    guarded: (op, inputs, aux, pc) => this.guarded(op, inputs, 'tagged', aux, pc),
    constTagged: (word, pc) => this.constTagged(word, pc),
    isGrownArray: (n) => this.grownArrays.has(n),
  };

  /** Inlines a monomorphic call to a small straight-line function: a guard that the callee
   *  is that function, then the callee's instructions translated in place with its own
   *  registers; guards inside carry both frames. Returns the callee's result, or undefined
   *  when the site is not inlined. */
  private tryInline(pc: number, callee: Node, args: Node[], receiver?: Node, known?: number): Node | 'ended' | undefined {
    if (this.outer || this.src.failed(pc)) return undefined;
    const target = known ?? this.src.callTarget(pc);
    if (target === undefined || target < 0) return undefined;
    const inner = this.input.source(target);
    if (!isInlinable(inner.fn)) return undefined;
    this.guarded('check-function', [callee], 'tagged', target, pc);
    const saved = { src: this.src, fn: this.fn, code: this.code, liveIn: this.liveIn, regs: this.regs };
    this.outer = { state: this.stateAt(pc), callee, receiver, argc: args.length };
    this.src = inner;
    this.fn = inner.fn;
    this.code = inner.fn.code;
    this.liveIn = this.livenessOf(inner.fn);
    this.regs = [];
    for (let r = 0; r < inner.fn.registerCount; r++) {
      this.regs.push(r < inner.fn.paramCount && r < args.length ? args[r] : this.constTagged(UNDEFINED, 0));
    }
    let result: Node | 'ended';
    for (let ipc = 0; ; ipc += instructionWords(this.code, ipc)) {
      if (this.code[ipc] === Op.Return) {
        result = this.reg(this.code[ipc + 1]);
        break;
      }
      // An instruction that always deopts (a certain TDZ error) ends the caller's block too.
      if (this.translate(ipc, ipc + instructionWords(this.code, ipc))) {
        result = 'ended';
        break;
      }
    }
    this.outer = undefined;
    ({ src: this.src, fn: this.fn, code: this.code, liveIn: this.liveIn, regs: this.regs } = saved);
    return result;
  }

  // ---- property access: specialized on the interpreter's caches and access feedback ----
  /** The cached entries of a named site: (shape, slot, shape after) per entry, or undefined
   *  before the first or past the last entry (megamorphic). */
  private cachedEntries(site: number): { shape: number; slot: number; after: number }[] | undefined {
    const ics = this.src.ics;
    const base = site * IC_STRIDE;
    const n = ics[base];
    if (n < 1 || n > IC_ENTRIES) return undefined;
    const entries = [];
    for (let e = 0; e < n; e++) {
      const at = base + 1 + 3 * e;
      entries.push({ shape: ics[at], slot: ics[at + 1], after: ics[at + 2] });
    }
    return entries;
  }

  private unprofiled(pc: number, site: number): boolean {
    return !this.src.failed(pc) && this.src.feedback(site) === 0 && this.src.ics[site * IC_STRIDE] === 0;
  }

  /** A named load's value ('ended': an inlined getter always deopts, ending the block). */
  private getNamed(pc: number, obj: Node, key: string, site: number): Node | 'ended' {
    if (!this.src.failed(pc)) {
      const entries = this.cachedEntries(site);
      if (entries?.some((e) => (e.slot & IC_PROTO_BIT) !== 0)) {
        const load = this.src.protoLoad(site);
        if (!load) return this.node('runtime', [obj], 'tagged', { kind: 'heap-op', op: Op.GetNamed, key }, pc);
        if (load.values) return this.guarded('load-proto-poly', [obj], 'tagged', load, pc);
        this.guarded('check-proto', [obj], 'tagged', load, pc);
        const value = this.constTagged(load.value, pc);
        if (load.getterId === undefined) return value;
        // A getter: a call on the receiver, inlined when small.
        const inlined = load.getterId < NATIVE_FUNCTION_ID_BASE ? this.tryInline(pc, value, [], obj, load.getterId) : undefined;
        if (inlined === 'ended') return 'ended';
        return inlined ?? this.guarded('call', [value, obj], 'tagged', { withThis: true }, pc);
      }
      if (entries) return this.guarded('load-named', [obj], 'tagged', entries, pc);
      const bits = this.src.feedback(site);
      const receiver = bits === AccessBits.ArrayLength ? 'array' : bits === AccessBits.StringIndex ? 'string' : undefined;
      if (receiver && key === 'length') return this.guarded(`${receiver}-length`, [obj], 'int32', undefined, pc);
      const method = receiver && this.src.builtinMethod(receiver, key);
      if (receiver && method) {
        this.guarded('check-kind', [obj], 'tagged', receiver, pc);
        return this.constTagged(method, pc);
      }
    }
    return this.node('runtime', [obj], 'tagged', { kind: 'heap-op', op: Op.GetNamed, key }, pc);
  }

  private setNamed(pc: number, obj: Node, key: string, value: Node, site: number): void {
    const entries = this.src.failed(pc) ? undefined : this.cachedEntries(site);
    if (entries) {
      this.guarded('store-named', [obj, value], 'tagged', entries, pc);
      return;
    }
    this.node('runtime', [obj, value], 'tagged', { kind: 'heap-op', op: Op.SetNamed, key }, pc);
  }

  private getKeyed(pc: number, obj: Node, key: Node, site: number): Node {
    const bits = this.src.feedback(site);
    if (bits === AccessBits.StringIndex) {
      if (!this.src.failed(pc)) return this.guarded('string-char-at', [obj, key], 'tagged', undefined, pc);
      // s[i] that deopted (an index past the end, a unit above 255): the same load, with
      // undefined past the end and the runtime for anything else.
      return this.node('string-char-at-any', [obj, key], 'tagged', { kind: 'heap-op', op: Op.GetKeyed }, pc);
    }
    if (!this.src.failed(pc) && (bits & ~(AccessBits.DoubleElements | AccessBits.AnyElements)) === AccessBits.ArrayInBounds) {
      const elements = bits & AccessBits.AnyElements ? 'any' : bits & AccessBits.DoubleElements ? 'number' : 'int32';
      return this.guarded('load-element', [obj, key], elements === 'int32' ? 'int32' : 'tagged', elements, pc);
    }
    return this.node('runtime', [obj, key], 'tagged', { kind: 'heap-op', op: Op.GetKeyed }, pc);
  }

  private setKeyed(pc: number, obj: Node, key: Node, value: Node, site: number): void {
    const bits = this.src.feedback(site);
    if (!this.src.failed(pc) && (bits & ~(AccessBits.DoubleElements | AccessBits.AnyElements)) === AccessBits.ArrayInBounds) {
      this.guarded('store-element', [obj, key, value], 'tagged', undefined, pc);
      return;
    }
    this.node('runtime', [obj, key, value], 'tagged', { kind: 'heap-op', op: Op.SetKeyed }, pc);
  }

  private deoptHere(pc: number, reason: DeoptReason): boolean {
    this.guarded('deopt', [], 'tagged', reason, pc);
    this.block.terminator = { kind: 'none' };
    return true;
  }

  private branch(op: number, pc: number, next: number): boolean {
    const c = this.code;
    const v = this.reg(c[pc + 1]);
    const cond =
      op === Op.JumpIfNullish || op === Op.JumpIfNotNullish
        ? this.node('is-nullish', [v], 'bool', undefined, pc)
        : this.toBoolean(v, pc);
    const jumpIfTrue = op === Op.JumpIfTrue || op === Op.JumpIfNullish;
    const target = this.blocks.get(c[pc + 2])!;
    const fallthrough = this.blocks.get(next)!;
    const ifTrue = jumpIfTrue ? target : fallthrough;
    const ifFalse = jumpIfTrue ? fallthrough : target;
    this.jumpTo(ifTrue);
    this.jumpTo(ifFalse);
    this.block.terminator = { kind: 'branch', cond, ifTrue, ifFalse };
    return true;
  }

  private toBoolean(v: Node, pc: number): Node {
    return v.repr === 'bool' ? v : this.node('to-boolean', [v], 'bool', undefined, pc);
  }

  private binary(op: number, pc: number, a: Node, b: Node, kind: SiteKind): Node {
    const int32Op = INT32_BINARY.get(op);
    const f64Op = F64_BINARY.get(op);
    if (kind === 'int32' && int32Op) return this.guarded(int32Op, [a, b], 'int32', op, pc);
    if ((kind === 'int32' || kind === 'number') && f64Op) return this.guarded(f64Op, [a, b], 'float64', op, pc);
    if (kind === 'number' && int32Op && BITWISE.has(op)) {
      // Bitwise operators on numbers that are not all int32 (a hash that overflowed, then
      // `| 0`): each operand through ToInt32, then the int32 operation.
      const toInt32 = (x: Node) => (x.repr === 'int32' ? x : this.guarded('to-int32', [x], 'int32', undefined, pc));
      return this.guarded(int32Op, [toInt32(a), toInt32(b)], 'int32', op, pc);
    }
    return this.node('runtime', [a, b], 'tagged', { kind: 'binary', op }, pc);
  }

  private unary(op: number, pc: number, a: Node, kind: SiteKind): Node {
    if (kind === 'int32') {
      switch (op) {
        case Op.Neg: return this.guarded('i32.neg', [a], 'int32', op, pc);
        case Op.ToNumber: return this.guarded('convert', [a], 'int32', op, pc);
        case Op.BitNot: return this.guarded('i32.not', [a], 'int32', op, pc);
        case Op.Inc: return this.guarded('i32.add', [a, this.constNumber(1, pc)], 'int32', op, pc);
        case Op.Dec: return this.guarded('i32.sub', [a, this.constNumber(1, pc)], 'int32', op, pc);
      }
    }
    if (kind === 'int32' || kind === 'number') {
      switch (op) {
        case Op.Neg: return this.guarded('f64.neg', [a], 'float64', op, pc);
        case Op.ToNumber: return this.guarded('convert', [a], 'float64', op, pc);
        case Op.Inc: return this.guarded('f64.add', [a, this.constNumber(1, pc)], 'float64', op, pc);
        case Op.Dec: return this.guarded('f64.sub', [a, this.constNumber(1, pc)], 'float64', op, pc);
      }
    }
    return this.node('runtime', [a], 'tagged', { kind: 'unary', op }, pc);
  }

  private compare(op: number, pc: number, a: Node, b: Node, kind: SiteKind): Node {
    if (kind === 'int32') return this.guarded('i32.cmp', [a, b], 'bool', op, pc);
    if (kind === 'number') return this.guarded('f64.cmp', [a, b], 'bool', op, pc);
    // Against null, undefined or a boolean constant, (in)equality is a comparison of words
    // (loose equality with null/undefined: a nullish test).
    const constant = [a, b].find((n) => n.op === 'const' && n.repr === 'tagged' && isSingletonWord(n.aux as [number, number]));
    if (constant) {
      const other = constant === a ? b : a;
      const [hi] = constant.aux as [number, number];
      if (op === Op.StrictEq || op === Op.StrictNe) {
        const eq = this.node('tagged.stricteq', [other, constant], 'bool', undefined, pc);
        return op === Op.StrictEq ? eq : this.node('bool.not', [eq], 'bool', undefined, pc);
      }
      if ((op === Op.Eq || op === Op.Ne) && (hi === Tag.Null || hi === Tag.Undefined)) {
        const nullish = this.node('is-nullish', [other], 'bool', undefined, pc);
        return op === Op.Eq ? nullish : this.node('bool.not', [nullish], 'bool', undefined, pc);
      }
    }
    if (op === Op.StrictEq || op === Op.StrictNe) {
      const eq = this.node('strict-equals', [a, b], 'bool', undefined, pc);
      return op === Op.StrictEq ? eq : this.node('bool.not', [eq], 'bool', undefined, pc);
    }
    if (op === Op.Lt || op === Op.Le || op === Op.Gt || op === Op.Ge) return this.node('compare-any', [a, b], 'bool', op, pc);
    return this.node('runtime', [a, b], 'tagged', { kind: 'binary', op }, pc);
  }
}

/** Values with exactly one word each: equal to them means the same word. */
function isSingletonWord([hi]: [number, number]): boolean {
  return hi === Tag.Null || hi === Tag.Undefined || hi === Tag.Bool;
}

const INT32_BINARY = new Map<number, NodeOp>([
  [Op.Add, 'i32.add'], [Op.Sub, 'i32.sub'], [Op.Mul, 'i32.mul'], [Op.Mod, 'i32.mod'],
  [Op.BitAnd, 'i32.and'], [Op.BitOr, 'i32.or'], [Op.BitXor, 'i32.xor'],
  [Op.Shl, 'i32.shl'], [Op.Sar, 'i32.sar'], [Op.Shr, 'i32.shr'],
]);
const BITWISE = new Set<number>([Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl, Op.Sar, Op.Shr]);
const F64_BINARY = new Map<number, NodeOp>([
  [Op.Add, 'f64.add'], [Op.Sub, 'f64.sub'], [Op.Mul, 'f64.mul'], [Op.Div, 'f64.div'],
]);

