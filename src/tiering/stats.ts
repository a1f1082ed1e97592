// --stats: what the tiers did in this run, printed at exit (stderr): functions compiled,
// compile time, code bytes, deopts by reason, declined functions, garbage collections.

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

  format(): string {
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
