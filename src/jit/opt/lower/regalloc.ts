// Linear-scan register allocation (Poletto & Sarkar) over the LIR. Each virtual register
// gets one live interval (first definition to last use, widened by block liveness so loops
// are covered); intervals are visited by start, take a free machine register of their
// class, or the interval ending last is spilled to a VM-frame slot. The last two registers
// of each class are kept back as temporaries for spilled operands.
//
// Calls clobber every allocatable register. An interval live across a call still gets a
// register, and a home slot besides: emission stores the register to the home at every
// definition and reloads it after each call it crosses (`reloadAfter`), so a loop whose
// only call is a rare slow path (a full allocation area, a growing store) keeps its values
// in registers, and the call pays a store and a load for each. Deopt exits read such a
// value from its home, which is current at every point, the exception check right after a
// call included.

import { MASM_OPS } from '../../masm';
import { exitVregs, type LFunction, type LInstr } from './lir';

export type Location = { kind: 'reg'; index: number } | { kind: 'slot'; index: number };

export interface Allocation {
  locations: Location[]; // by vreg
  /** By vreg: the frame slot that always holds a register-allocated value live across a
   *  call (stored at each definition); deopt exits read it there. */
  homes: (Location | undefined)[];
  /** The values each call instruction must reload into their registers after it. */
  reloadAfter: Map<LInstr, number[]>;
  spillSlots: number;
  gprTemps: [number, number];
  fprTemps: [number, number];
}

const isCall = (i: LInstr): boolean => i.op === 'CallJS' || i.op === 'CallRuntimeSite' || i.op === 'CallMath';

/** Argument indices that are label ids, per instruction-stream op. */
const LABEL_ARGS = new Map<string, number[]>(MASM_OPS.map((o) => [o.name, [...o.operands].flatMap((c, i) => (c === 'L' ? [i] : []))]));

/** Loops inside one block (a lowering's own loop, such as a string compare): [label
 *  position, back-edge position] for every jump to a label bound earlier in its block. */
function innerLoops(fn: LFunction): [number, number][] {
  const loops: [number, number][] = [];
  let pos = 0;
  for (const b of fn.blocks) {
    const bound = new Map<number, number>();
    for (const ins of b.instrs) {
      const labelArgs = LABEL_ARGS.get(ins.op) ?? [];
      for (const k of labelArgs) {
        const a = ins.args[k];
        if (a.k !== 'i') continue;
        if (ins.op === 'Label') bound.set(a.i, pos);
        else if (bound.has(a.i)) loops.push([bound.get(a.i)!, pos]);
      }
      pos += 2;
    }
  }
  return loops;
}

/** Vregs read and written by an instruction (exit frame-state values count as reads). */
export function instrVregs(ins: LInstr, fn: LFunction): { defs: number[]; uses: number[] } {
  const regs: number[] = [];
  const memRegs: number[] = [];
  for (const a of ins.args) {
    if (a.k === 'v') regs.push(a.v);
    else if (a.k === 'm' && a.v >= 0) memRegs.push(a.v);
  }
  const defs = regs.slice(0, ins.defs);
  const uses = [...regs.slice(ins.defs), ...memRegs];
  if (ins.moves) {
    for (const [d, s] of ins.moves) {
      defs.push(d);
      uses.push(s);
    }
  }
  for (const e of ins.exits ?? []) uses.push(...exitVregs(fn.exits[e]));
  return { defs, uses };
}

export function allocateRegisters(fn: LFunction, gprCount: number, fprCount: number, registerCount: number): Allocation {
  const n = fn.vregClass.length;
  const start = new Array<number>(n).fill(Infinity);
  const end = new Array<number>(n).fill(-1);
  const calls: { pos: number; ins: LInstr }[] = [];
  const blockRange = new Map<number, [number, number]>();
  const { liveIn, liveOut } = blockLiveness(fn);
  let pos = 0;
  for (const b of fn.blocks) {
    const first = pos;
    for (const ins of b.instrs) {
      const { defs, uses } = instrVregs(ins, fn);
      for (const u of uses) {
        start[u] = Math.min(start[u], pos);
        end[u] = Math.max(end[u], pos);
      }
      // A guard may write its result before it jumps to the exit, so the values the exit
      // reads must not share a register with the result: they stay live past the def.
      for (const e of ins.exits ?? []) for (const r of exitVregs(fn.exits[e])) end[r] = Math.max(end[r], pos + 1);
      for (const d of defs) {
        start[d] = Math.min(start[d], pos + 1);
        end[d] = Math.max(end[d], pos + 1);
      }
      if (isCall(ins)) calls.push({ pos, ins });
      pos += 2;
    }
    blockRange.set(b.id, [first, pos - 1]);
  }
  fn.blocks.forEach((b, i) => {
    const [first, last] = blockRange.get(b.id)!;
    for (const vr of liveOut[i]) end[vr] = Math.max(end[vr], last);
    for (const vr of liveIn[i]) start[vr] = Math.min(start[vr], first);
  });
  // A value live into an inner loop stays live to its back edge.
  for (const [head, back] of innerLoops(fn)) {
    for (let vr = 0; vr < n; vr++) if (start[vr] < head && end[vr] >= head) end[vr] = Math.max(end[vr], back);
  }

  /** Is vreg vr live across the call at position c? */
  const crosses = (vr: number, c: number): boolean => start[vr] < c && c < end[vr];

  const locations: Location[] = new Array(n);
  const homes: (Location | undefined)[] = new Array(n);
  let spillSlots = 0;
  // Slot indices are relative to the spill area; parameters' homes are the interpreter
  // register slots just below it (negative indices).
  const newSlot = (vr: number): Location => {
    const param = fn.paramHomes.get(vr);
    return { kind: 'slot', index: param === undefined ? spillSlots++ : param - registerCount };
  };
  const spill = (vr: number) => {
    locations[vr] = homes[vr] ?? newSlot(vr);
    homes[vr] = undefined;
  };
  const order = [...Array(n).keys()].filter((vr) => end[vr] >= 0).sort((a, b) => start[a] - start[b]);
  const free = { g: range(gprCount - 2), f: range(fprCount - 2) };
  const active: number[] = [];
  for (const vr of order) {
    for (let i = active.length - 1; i >= 0; i--) {
      const a = active[i];
      if (end[a] < start[vr]) {
        active.splice(i, 1);
        free[fn.vregClass[a]].push((locations[a] as { index: number }).index);
      }
    }
    if (calls.some((c) => crosses(vr, c.pos))) homes[vr] = newSlot(vr);
    const cls = fn.vregClass[vr];
    const reg = free[cls].pop();
    if (reg !== undefined) {
      locations[vr] = { kind: 'reg', index: reg };
      active.push(vr);
      continue;
    }
    // No register free: spill whichever of this class ends last.
    const same = active.filter((a) => fn.vregClass[a] === cls);
    const victim = same.reduce((x, y) => (end[x] >= end[y] ? x : y), same[0]);
    if (victim !== undefined && end[victim] > end[vr]) {
      locations[vr] = locations[victim];
      spill(victim);
      active.splice(active.indexOf(victim), 1);
      active.push(vr);
    } else {
      spill(vr);
    }
  }
  // Values that kept a home (were not spilled after all), in order, after each call they cross.
  const reloadAfter = new Map<LInstr, number[]>();
  homes.forEach((home, vr) => {
    if (home === undefined) return;
    for (const c of calls) {
      if (!crosses(vr, c.pos)) continue;
      const live = reloadAfter.get(c.ins);
      if (live) live.push(vr);
      else reloadAfter.set(c.ins, [vr]);
    }
  });
  return {
    locations,
    homes,
    reloadAfter,
    spillSlots,
    gprTemps: [gprCount - 2, gprCount - 1],
    fprTemps: [fprCount - 2, fprCount - 1],
  };
}

function range(k: number): number[] {
  return [...Array(k).keys()].reverse();
}

/** Live-in and live-out vreg sets per block (iterative backward dataflow). */
function blockLiveness(fn: LFunction): { liveIn: Set<number>[]; liveOut: Set<number>[] } {
  const index = new Map(fn.blocks.map((b, i) => [b.id, i]));
  const gen: Set<number>[] = [];
  const kill: Set<number>[] = [];
  for (const b of fn.blocks) {
    const g = new Set<number>();
    const k = new Set<number>();
    for (const ins of b.instrs) {
      const { defs, uses } = instrVregs(ins, fn);
      for (const u of uses) if (!k.has(u)) g.add(u);
      for (const d of defs) k.add(d);
    }
    gen.push(g);
    kill.push(k);
  }
  const out: Set<number>[] = fn.blocks.map(() => new Set());
  const inn: Set<number>[] = fn.blocks.map((_, i) => new Set(gen[i]));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = fn.blocks.length - 1; i >= 0; i--) {
      for (const s of fn.blocks[i].succs) {
        for (const vr of inn[index.get(s)!]) {
          if (!out[i].has(vr)) {
            out[i].add(vr);
            changed = true;
            if (!kill[i].has(vr) && !inn[i].has(vr)) inn[i].add(vr);
          }
        }
      }
    }
  }
  return { liveIn: inn, liveOut: out };
}
