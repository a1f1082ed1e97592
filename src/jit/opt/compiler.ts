// The optimizing compiler as a straight list of stages:
//   bytecode + feedback → SSA graph (ir/graph-builder) → split critical edges →
//   representation selection → lowering to LIR with guards and deopt exits →
//   linear-scan register allocation → instruction stream (lower/emit).
// The result is handed to the addon's assembler by tiering/, which also keeps the deopt
// exits' frame states (with machine locations) for the deoptimizer.

import type { BytecodeFunction } from '../../bytecode/function';
import { buildGraph, type BuildInput } from './ir/graph-builder';
import { printGraph, type Repr } from './ir/ir';
import type { RuntimeSite } from './ir/runtime-ops';
import { emitFunction } from './lower/emit';
import { lowerGraph } from './lower/lower';
import { allocateRegisters, type Location } from './lower/regalloc';
import { splitCriticalEdges } from './passes/split-critical-edges';
import { selectRepresentations } from './passes/representation';

export { DeclineError } from './lower/lower';

export type ExitValue =
  | { kind: 'location'; location: Location; repr: Repr }
  | { kind: 'const'; repr: Repr; value: number | [number, number] };

export interface DeoptExit {
  reason: string;
  pc: number;
  registers: (ExitValue | undefined)[];
}

export interface CompileRequest extends BuildInput {
  fn: BytecodeFunction;
  codeId: number;
  stressDeopt: boolean;
  gprCount: number;
  fprCount: number;
  registerRuntimeSite: (site: RuntimeSite) => number;
  wantIr: boolean;
}

export interface CompiledFunction {
  stream: Int32Array;
  exits: DeoptExit[];
  frameBytes: number;
  spillBase: number;
  ir?: string;
}

export function compileOptimized(req: CompileRequest): CompiledFunction {
  const graph = buildGraph(req);
  splitCriticalEdges(graph);
  selectRepresentations(graph);
  const ir = req.wantIr ? printGraph(graph, req.fn.name || '<top-level>') : undefined;
  const lir = lowerGraph(graph, req.fn, { stressDeopt: req.stressDeopt, registerRuntimeSite: req.registerRuntimeSite });
  const alloc = allocateRegisters(lir, req.gprCount, req.fprCount, req.fn.registerCount);
  const { stream, frameBytes, spillBase } = emitFunction(lir, alloc, req.fn.registerCount, req.codeId);
  const exits: DeoptExit[] = lir.exits.map((e) => ({
    reason: e.reason,
    pc: e.pc,
    registers: e.registers.map((r): ExitValue | undefined => {
      if (!r) return undefined;
      if (r.kind === 'const') return r;
      return { kind: 'location', location: alloc.locations[r.v], repr: r.repr };
    }),
  }));
  return { stream, exits, frameBytes, spillBase, ir };
}
