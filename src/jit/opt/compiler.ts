// The optimizing compiler as a straight list of stages:
//   bytecode + feedback → SSA graph (ir/graph-builder) → trivial phis removed →
//   split critical edges →
//   representation selection → redundant shape checks removed → lowering to LIR with guards and deopt exits →
//   linear-scan register allocation → instruction stream (lower/emit).
// The result is handed to the addon's assembler by tiering/, which also keeps the deopt
// exits' frame states (with machine locations; types in jit/deopt/exits) for the deoptimizer.

import { displayName } from '../../bytecode/function';
import type { DeoptExit, ExitValue } from '../deopt/exits';
import { buildGraph, type BuildInput } from './ir/graph-builder';
import { printGraph } from './ir/ir';
import type { RuntimeSite } from './ir/runtime-ops';
import { emitFunction } from './lower/emit';
import type { FrameValue, LExit } from './lower/lir';
import { Frame } from '../../runtime/layout';
import { DeclineError, lowerGraph } from './lower/lower';
import { allocateRegisters, type Allocation } from './lower/regalloc';
import { eliminateRedundantShapeChecks } from './passes/eliminate-redundant-shape-checks';
import { eliminateTrivialPhis } from './passes/eliminate-trivial-phis';
import { splitCriticalEdges } from './passes/split-critical-edges';
import { selectRepresentations } from './passes/representation';

export { DeclineError } from './lower/lower';

export interface CompileRequest extends BuildInput {
  codeId: number;
  stressDeopt: boolean;
  gprCount: number;
  /** The interpreter-entry stub's address: the entry of closures compiled code makes. */
  interpreterEntry: number;
  fprCount: number;
  /** The Math functions compiled code may call directly (NativeAddon.mathFunctions). */
  mathFunctions?: ReadonlySet<string>;
  registerRuntimeSite: (site: RuntimeSite) => number;
  /** --print-ir: receives the IR text once the graph is built (before lowering, so a
   *  function the lowering declines is printed too). */
  printIr?: (text: string) => void;
}

export interface CompiledFunction {
  stream: Int32Array;
  exits: DeoptExit[];
  frameBytes: number;
  spillBase: number;
}

export function compileOptimized(req: CompileRequest): CompiledFunction {
  // Its activations suspend and resume in the interpreter (runtime/generators.ts); compiled
  // code would need an entry per suspension point.
  if (req.root.fn.generator || req.root.fn.async) throw new DeclineError('a function that suspends (generator or async) is not compiled yet');
  const graph = buildGraph(req);
  eliminateTrivialPhis(graph);
  splitCriticalEdges(graph);
  selectRepresentations(graph, req.mathFunctions);
  eliminateRedundantShapeChecks(graph);
  req.printIr?.(printGraph(graph, displayName(req.root.fn) + (req.osr ? ` (OSR at bytecode ${req.osr.pc})` : '')));
  const fn = req.root.fn;
  const lir = lowerGraph(graph, fn, {
    stressDeopt: req.stressDeopt,
    osr: req.osr !== undefined,
    registerRuntimeSite: req.registerRuntimeSite,
    interpreterEntry: req.interpreterEntry,
    frameSlotsOf: (id) => Frame.headerSlots + req.source(id).fn.registerCount,
  });
  const alloc = allocateRegisters(lir, req.gprCount, req.fprCount, fn.registerCount);
  const { stream, frameBytes, spillBase } = emitFunction(lir, alloc, fn.registerCount, req.codeId);
  const exits = placeExits(lir.exits, alloc);
  return { stream, exits, frameBytes, spillBase };
}

/** The LIR's exits with each frame-state value at its allocated machine location. */
function placeExits(lirExits: readonly LExit[], alloc: Allocation): DeoptExit[] {
  const place = (r: FrameValue | undefined): ExitValue | undefined => {
    if (!r) return undefined;
    if (r.kind === 'const') return r;
    return { kind: 'location', location: alloc.homes[r.v] ?? alloc.locations[r.v], repr: r.repr };
  };
  return lirExits.map((e) => ({
    reason: e.reason,
    frames: e.frames.map((f) => ({
      functionId: f.functionId,
      pc: f.pc,
      registers: f.registers.map(place),
      callee: place(f.callee),
      receiver: place(f.receiver),
      argc: f.argc,
    })),
  }));
}
