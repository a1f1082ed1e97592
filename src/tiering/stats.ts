// --stats: what the tiers did in this run, printed at exit (stderr): functions compiled,
// compile time, code bytes, deopts by reason, declined functions.

export class Stats {
  compiled = 0;
  compileMs = 0;
  codeBytes = 0;
  declined = 0;
  readonly deopts = new Map<string, number>();

  recordCompile(ms: number, bytes: number): void {
    this.compiled++;
    this.compileMs += ms;
    this.codeBytes += bytes;
  }

  recordDeopt(reason: string): void {
    this.deopts.set(reason, (this.deopts.get(reason) ?? 0) + 1);
  }

  format(): string {
    const deopts = [...this.deopts].map(([r, n]) => `${r}=${n}`).join(', ') || 'none';
    return [
      '--- kiln stats ---',
      `optimized functions: ${this.compiled} (declined: ${this.declined})`,
      `compile time: ${this.compileMs.toFixed(2)} ms`,
      `code bytes: ${this.codeBytes}`,
      `deopts: ${deopts}`,
    ].join('\n') + '\n';
  }
}
