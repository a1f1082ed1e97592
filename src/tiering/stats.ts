// --stats: what the tiers did in this run, printed at exit (stderr): functions compiled,
// compile time, code bytes, deopts by reason, declined functions, garbage collections. As text,
// or with --trace-format=json as one `{"event":"stats",...}` line a benchmark harness can read.

/** The --stats summary as a JSON trace line (fields documented in the README). */
export interface StatsEvent {
  event: 'stats';
  optimized: number;
  declined: number;
  compileMs: number;
  codeBytes: number;
  deopts: Record<string, number>;
  gcCount: number;
  gcPauseMs: number;
  gcMaxPauseMs: number;
  gcFreedBytes: number;
}

export class Stats {
  compiled = 0;
  compileMs = 0;
  codeBytes = 0;
  declined = 0;
  readonly deopts = new Map<string, number>();
  gcCount = 0;
  gcPauseMs = 0;
  gcMaxPauseMs = 0;
  gcFreedBytes = 0;

  recordCompile(ms: number, bytes: number): void {
    this.compiled++;
    this.compileMs += ms;
    this.codeBytes += bytes;
  }

  recordDeopt(reason: string): void {
    this.deopts.set(reason, (this.deopts.get(reason) ?? 0) + 1);
  }

  recordGc(pauseMs: number, freedBytes: number): void {
    this.gcCount++;
    this.gcPauseMs += pauseMs;
    this.gcMaxPauseMs = Math.max(this.gcMaxPauseMs, pauseMs);
    this.gcFreedBytes += freedBytes;
  }

  toEvent(): StatsEvent {
    return {
      event: 'stats',
      optimized: this.compiled,
      declined: this.declined,
      compileMs: round3(this.compileMs),
      codeBytes: this.codeBytes,
      deopts: Object.fromEntries(this.deopts),
      gcCount: this.gcCount,
      gcPauseMs: round3(this.gcPauseMs),
      gcMaxPauseMs: round3(this.gcMaxPauseMs),
      gcFreedBytes: this.gcFreedBytes,
    };
  }

  format(traceFormat: 'text' | 'json' = 'text'): string {
    if (traceFormat === 'json') return JSON.stringify(this.toEvent()) + '\n';
    const deopts = [...this.deopts].map(([r, n]) => `${r}=${n}`).join(', ') || 'none';
    return [
      '--- kiln stats ---',
      `optimized functions: ${this.compiled} (declined: ${this.declined})`,
      `compile time: ${this.compileMs.toFixed(2)} ms`,
      `code bytes: ${this.codeBytes}`,
      `deopts: ${deopts}`,
      `gc: ${this.gcCount} collections, ${this.gcPauseMs.toFixed(2)} ms total pause (max ${this.gcMaxPauseMs.toFixed(2)} ms), ${this.gcFreedBytes} bytes freed`,
    ].join('\n') + '\n';
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
