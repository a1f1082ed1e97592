// Emission: allocated LIR → the instruction stream (masm.ts). Replaces virtual registers by
// machine registers or, for spilled ones, by temporaries loaded before and stored after
// the instruction; resolves phi moves as parallel moves (cycles broken through a
// temporary); expands calls (frame switch, exception check, result move, and the reload of
// the registers live across it from their homes, regalloc.ts) and emits the deopt exits
// and the shared deopt stub at the end of the function. A register-allocated value with a
// home is stored there at each of its definitions.

import { Frame, Globals, Tag } from '../../../runtime/layout';
import { packExitId } from '../../deopt/exits';
import { Cond, frameMem, heapMem, heapRegMem, Masm, MASM_OPS, MasmOp, MemBase, type Mem, type MasmOpName } from '../../masm';
import type { LArg, LFunction, LInstr } from './lir';
import type { Allocation, Location } from './regalloc';

export interface EmitResult {
  stream: Int32Array;
  frameBytes: number; // header + registers + spill slots: where the outgoing area starts
  spillBase: number; // byte offset of spill slot 0 from the frame pointer
}

const SLOT = 8;

export function emitFunction(fn: LFunction, alloc: Allocation, registerCount: number, codeId: number): EmitResult {
  const spillBase = SLOT * (Frame.headerSlots + registerCount);
  const outBase = spillBase + SLOT * alloc.spillSlots;
  const masm = new Masm();
  for (let i = 0; i < fn.labelCount; i++) masm.newLabel();
  const e = new Emitter(masm, fn, alloc, spillBase, outBase);
  for (const b of fn.blocks) for (const ins of b.instrs) e.instr(ins);
  e.exitsAndStub(codeId);
  return { stream: masm.finish(), frameBytes: outBase, spillBase };
}

class Emitter {
  private readonly exceptionExit: number;
  private readonly deoptStub: number;

  constructor(
    private readonly masm: Masm,
    private readonly fn: LFunction,
    private readonly alloc: Allocation,
    private readonly spillBase: number,
    private readonly outBase: number,
  ) {
    this.exceptionExit = masm.newLabel();
    this.deoptStub = masm.newLabel();
  }

  private loc(vr: number): Location {
    const l = this.alloc.locations[vr];
    if (!l) throw new Error(`kiln internal error: vreg ${vr} has no location`);
    return l;
  }
  private slotMem(index: number): Mem {
    return frameMem(this.spillBase + SLOT * index);
  }

  instr(ins: LInstr): void {
    switch (ins.op) {
      case 'PhiMoves':
        this.parallelMove(ins.moves!);
        for (const [d] of ins.moves!) this.storeHome(d);
        return;
      case 'CallJS':
        this.call(ins, (target) => this.masm.emit('CallG', target));
        return;
      case 'CallRuntimeSite':
        this.call(ins, () => this.masm.emit('CallRuntime', (ins.args[1] as { i: number }).i));
        return;
      case 'CallMath':
        this.callMath(ins);
        return;
      case 'StackCheck':
        this.masm.emit('StackCheck', this.outBase + SLOT * this.fn.maxOutSlots, (ins.args[1] as { i: number }).i);
        return;
      default:
        this.machineInstr(ins);
    }
  }

  /** A masm op whose vreg operands are replaced by registers or spill temporaries. */
  private machineInstr(ins: LInstr): void {
    if (this.isReloadOfHome(ins)) return;
    const info = MASM_OPS[MasmOp[ins.op as MasmOpName]];
    const gTemps = [...this.alloc.gprTemps];
    const fTemps = [...this.alloc.fprTemps];
    const stores: [number, number, 'g' | 'f'][] = []; // (temp, slot, class)
    let regArg = 0;
    const useTemp = new Map<number, number>();
    const operands = ins.args.map((a, i): number | Mem => {
      const kind = info.operands[i];
      if (a.k === 'i') return a.i;
      if (a.k === 'm') return this.mem(a, gTemps, useTemp);
      const isDef = regArg++ < ins.defs;
      const l = this.loc(a.v);
      if (l.kind === 'reg') return l.index;
      const cls = kind === 'F' ? 'f' : 'g';
      if (!isDef && useTemp.has(a.v)) return useTemp.get(a.v)!;
      const t = (cls === 'f' ? fTemps : gTemps).shift();
      if (t === undefined) throw new Error(`kiln internal error: out of temporaries in ${ins.op}`);
      if (isDef) {
        stores.push([t, l.index, cls]);
        // A spilled def may share the temp of a use (ops read operands before writing).
        (cls === 'f' ? fTemps : gTemps).push(t);
      } else {
        this.masm.emit(cls === 'f' ? 'LoadF64' : 'Load64', t, this.slotMem(l.index));
        useTemp.set(a.v, t);
      }
      return t;
    });
    this.masm.emit(ins.op as MasmOpName, ...operands);
    for (const [t, slot, cls] of stores) this.masm.emit(cls === 'f' ? 'StoreF64' : 'Store64', t, this.slotMem(slot));
    regArg = 0;
    for (const a of ins.args) {
      if (a.k !== 'v' || regArg++ >= ins.defs) continue;
      // A parameter read from its own frame slot, which is its home, has nothing to store.
      if (!this.loadsFromSlot(ins, this.alloc.homes[a.v])) this.storeHome(a.v);
    }
  }

  /** A register-allocated value live across a call: its home gets each new value. */
  private storeHome(vr: number): void {
    const home = this.alloc.homes[vr];
    const l = this.loc(vr);
    if (home === undefined || home.kind !== 'slot' || l.kind !== 'reg') return;
    this.masm.emit(this.fn.vregClass[vr] === 'f' ? 'StoreF64' : 'Store64', l.index, this.slotMem(home.index));
  }

  /** After a call: the registers live across it, reloaded from their homes. */
  private reloadAfter(call: LInstr): void {
    for (const vr of this.alloc.reloadAfter.get(call) ?? []) {
      const l = this.loc(vr);
      const home = this.alloc.homes[vr]!;
      if (l.kind !== 'reg' || home.kind !== 'slot') continue;
      this.masm.emit(this.fn.vregClass[vr] === 'f' ? 'LoadF64' : 'Load64', l.index, this.slotMem(home.index));
    }
  }

  /** A parameter loaded from its frame slot into a vreg whose home is that same slot. */
  private isReloadOfHome(ins: LInstr): boolean {
    const d = ins.args[0];
    return ins.op === 'Load64' && d.k === 'v' && this.loadsFromSlot(ins, this.loc(d.v));
  }

  /** Is ins a Load64 of frame slot `at` (a location in the spill area)? */
  private loadsFromSlot(ins: LInstr, at: Location | undefined): boolean {
    if (ins.op !== 'Load64' || at?.kind !== 'slot') return false;
    const m = ins.args[1];
    if (m.k !== 'm') return false;
    return m.base === MemBase.Frame && m.area === 'fixed' && this.spillBase + SLOT * at.index === m.disp;
  }

  private mem(a: Extract<LArg, { k: 'm' }>, gTemps: number[], useTemp: Map<number, number>): Mem {
    const disp = a.disp + (a.area === 'out' ? this.outBase : 0);
    if (a.base === MemBase.Frame) return frameMem(disp);
    if (a.base === MemBase.Heap) return heapMem(disp);
    const l = this.loc(a.v);
    if (l.kind === 'reg') return heapRegMem(l.index, disp);
    let t = useTemp.get(a.v);
    if (t === undefined) {
      t = gTemps.shift()!;
      this.masm.emit('Load64', t, this.slotMem(l.index));
      useTemp.set(a.v, t);
    }
    return heapRegMem(t, disp);
  }

  /** Calls clobber everything, so the target is read into a temp and the result is
   *  written from register 0 after the exception check. */
  private call(ins: LInstr, emitCall: (target: number) => void): void {
    const [def, ...rest] = ins.args;
    let target = -1;
    if (ins.op === 'CallJS') {
      const src = rest[0] as { v: number };
      target = this.alloc.gprTemps[0];
      this.moveToReg(target, this.loc(src.v), 'g');
      // The callee frame's caller link: this frame is outBase bytes below it.
      this.masm.emit('Store64I', frameMem(this.outBase + SLOT * Frame.callerFpSlot), this.outBase, 0);
      this.masm.emit('AdjustFrame', this.outBase);
      emitCall(target);
      this.masm.emit('AdjustFrame', -this.outBase);
    } else {
      emitCall(target);
    }
    // A call whose node throws to a handler here returns the exception word as its value.
    const onException = ins.exceptionExit === undefined ? this.exceptionExit : this.fn.exits[ins.exceptionExit].label;
    if (!ins.exceptionInResult) this.masm.emit('BrTag', Cond.Eq, 0, Tag.Exception, onException);
    const result = (def as { v: number }).v;
    this.moveFromReg(this.loc(result), 0, 'g');
    this.storeHome(result);
    this.reloadAfter(ins);
  }

  /** CallMath d, a[, b], index: a C double function (CallF64) takes its arguments in float
   *  registers 0 and 1 and returns in 0. The second argument goes through a temporary
   *  first, so neither move overwrites the other's source. No exception check: the
   *  function cannot throw. */
  private callMath(ins: LInstr): void {
    const [def, ...rest] = ins.args;
    const index = (rest[rest.length - 1] as { i: number }).i;
    const [a, b] = rest.slice(0, -1) as { v: number }[];
    const temp = this.alloc.fprTemps[0];
    if (b) this.moveToReg(temp, this.loc(b.v), 'f');
    this.moveToReg(0, this.loc(a.v), 'f');
    if (b) this.masm.emit('MovFF', 1, temp);
    this.masm.emit('CallF64', index);
    const result = (def as { v: number }).v;
    this.moveFromReg(this.loc(result), 0, 'f');
    this.storeHome(result);
    this.reloadAfter(ins);
  }

  private moveToReg(reg: number, from: Location, cls: 'g' | 'f'): void {
    if (from.kind === 'reg') {
      if (from.index !== reg) this.masm.emit(cls === 'f' ? 'MovFF' : 'MovGG', reg, from.index);
    } else this.masm.emit(cls === 'f' ? 'LoadF64' : 'Load64', reg, this.slotMem(from.index));
  }

  private moveFromReg(to: Location, reg: number, cls: 'g' | 'f'): void {
    if (to.kind === 'reg') {
      if (to.index !== reg) this.masm.emit(cls === 'f' ? 'MovFF' : 'MovGG', to.index, reg);
    } else this.masm.emit(cls === 'f' ? 'StoreF64' : 'Store64', reg, this.slotMem(to.index));
  }

  /** Parallel move of (dst, src) vreg pairs between their locations. */
  private parallelMove(moves: [number, number][]): void {
    type Move = { dst: Location; src: Location; cls: 'g' | 'f' };
    const key = (l: Location) => `${l.kind}${l.index}`;
    let pending: Move[] = moves
      .map(([d, s]) => ({ dst: this.loc(d), src: this.loc(s), cls: this.fn.vregClass[d] }))
      .filter((m) => key(m.dst) !== key(m.src) || m.dst.kind !== m.src.kind);
    while (pending.length) {
      const ready = pending.findIndex((m) => !pending.some((o) => o !== m && sameLoc(o.src, m.dst, o.cls, m.cls)));
      if (ready >= 0) {
        const [m] = pending.splice(ready, 1);
        this.moveLoc(m.dst, m.src, m.cls);
        continue;
      }
      // A cycle: park one source in the class's first temporary.
      const m = pending[0];
      const temp: Location = { kind: 'reg', index: (m.cls === 'f' ? this.alloc.fprTemps : this.alloc.gprTemps)[0] };
      this.moveLoc(temp, m.src, m.cls);
      pending = pending.map((o) => (sameLoc(o.src, m.src, o.cls, m.cls) ? { ...o, src: temp } : o));
    }
  }

  private moveLoc(dst: Location, src: Location, cls: 'g' | 'f'): void {
    if (dst.kind === 'reg') return this.moveToReg(dst.index, src, cls);
    if (src.kind === 'reg') return this.moveFromReg(dst, src.index, cls);
    const t = (cls === 'f' ? this.alloc.fprTemps : this.alloc.gprTemps)[1];
    this.moveToReg(t, src, cls);
    this.moveFromReg(dst, t, cls);
  }

  exitsAndStub(codeId: number): void {
    const m = this.masm;
    m.emit('Label', this.exceptionExit);
    m.emit('Return', 0);
    this.fn.exits.forEach((exit, i) => {
      m.emit('Label', exit.label);
      m.emit('Store32I', heapMem(Globals.deoptId), packExitId(codeId, i));
      m.emit('Jump', this.deoptStub);
    });
    m.emit('Label', this.deoptStub);
    m.emit('DeoptStub');
  }
}

function sameLoc(a: Location, b: Location, ca: 'g' | 'f', cb: 'g' | 'f'): boolean {
  if (a.kind !== b.kind || a.index !== b.index) return false;
  return a.kind === 'slot' || ca === cb;
}
