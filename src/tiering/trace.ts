// Trace output: tier changes, declined functions and deopts, as readable text or JSON
// lines (--trace-format=json). Always on stderr, so a program's stdout stays comparable
// with node's. The JSON fields named in the README are a stable schema.

import type { DeoptReason } from '../jit/deopt/reasons';

export interface TierEvent {
  event: 'tier';
  function: string;
  from: 'interpreter' | 'optimized';
  to: 'interpreter' | 'optimized';
  reason: string;
  compileMs?: number;
  codeBytes?: number;
  /** OSR code: the bytecode offset of the loop header it is entered at, and its place. */
  osr?: { bytecodeOffset: number; line: number; column: number };
}
export interface DeclinedEvent {
  event: 'jit-declined';
  function: string;
  reason: string;
  osr?: { bytecodeOffset: number; line: number; column: number };
}
export interface DeoptEvent {
  event: 'deopt';
  function: string;
  reason: DeoptReason;
  bytecodeOffset: number;
  line: number;
  column: number;
  file: string;
  count: number; // deopts of this function so far
  action: 'invalidate' | 'keep-code' | 'stay-interpreted';
}
export type TraceEvent = TierEvent | DeclinedEvent | DeoptEvent;

export class Trace {
  constructor(
    private readonly format: 'text' | 'json',
    private readonly write: (line: string) => void = (l) => process.stderr.write(l + '\n'),
  ) {}

  emit(e: TraceEvent): void {
    this.write(this.format === 'json' ? JSON.stringify(e) : formatText(e));
  }
}

function formatText(e: TraceEvent): string {
  const name = e.function || '<top-level>';
  switch (e.event) {
    case 'tier': {
      const extra = e.compileMs === undefined ? '' : ` (${e.compileMs.toFixed(2)} ms, ${e.codeBytes} bytes)`;
      return `[tier] ${name}: ${e.from} -> ${e.to}${osrText(e.osr)}, ${e.reason}${extra}`;
    }
    case 'jit-declined':
      return `[jit-declined] ${name}${osrText(e.osr)}: ${e.reason}`;
    case 'deopt':
      return `[deopt] ${name}: ${e.reason} at bytecode ${e.bytecodeOffset} (${e.file}:${e.line}:${e.column}), deopt #${e.count}, ${e.action}`;
  }
}

function osrText(osr: TierEvent['osr']): string {
  return osr ? ` (OSR at the loop at bytecode ${osr.bytecodeOffset}, line ${osr.line}:${osr.column})` : '';
}
