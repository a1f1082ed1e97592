// --stats: what the tiers did in this run, printed at exit (stderr): functions compiled,
// compile time, code bytes, deopts by reason, declined functions, garbage collections, and the
// runtime calls compiled code made by operation (what the JIT left generic). As text,
// or with --trace-format=json as one `{"event":"stats",...}` line a benchmark harness can read.

import type { DeoptReason } from '../jit/deopt/reasons';

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
  runtimeCalls: Record<string, number>;
  runtimeCallSites: RuntimeSiteCount[];
  nativeCalls: Record<string, number>;
}

/** One runtime-call site's count (see Stats.busiestRuntimeSites). */
export interface RuntimeSiteCount {
  operation: string;
  function: string;
  calls: number;
}

/** How many of the busiest runtime-call sites --stats names. */
const BUSIEST_SITES = 5;

export class Stats {
  compiled = 0;
  compileMs = 0;
  codeBytes = 0;
  declined = 0;
  readonly deopts = new Map<DeoptReason, number>();
  gcCount = 0;
  gcPauseMs = 0;
  gcMaxPauseMs = 0;
  gcFreedBytes = 0;
  /** Runtime calls from compiled code per runtime site id (counted only with --stats). */
  readonly runtimeCallsBySite: number[] = [];
  /** Names a runtime site's operation; set by the runtime-call handler that owns the sites. */
  siteLabel: (site: number) => string = (site) => `site ${site}`;
  /** Names the function whose compiled code has the site (set beside siteLabel). */
  siteFunction: (site: number) => string = () => '?';

  recordCompile(ms: number, bytes: number): void {
    this.compiled++;
    this.compileMs += ms;
    this.codeBytes += bytes;
  }

  /** Calls compiled code made of native (TypeScript) builtins, by name (--stats only). */
  readonly nativeCalls = new Map<string, number>();

  recordNativeCall(name: string): void {
    this.nativeCalls.set(name, (this.nativeCalls.get(name) ?? 0) + 1);
  }

  recordDeopt(reason: DeoptReason): void {
    this.deopts.set(reason, (this.deopts.get(reason) ?? 0) + 1);
  }

  recordGc(pauseMs: number, freedBytes: number): void {
    this.gcCount++;
    this.gcPauseMs += pauseMs;
    this.gcMaxPauseMs = Math.max(this.gcMaxPauseMs, pauseMs);
    this.gcFreedBytes += freedBytes;
  }

  /** Runtime calls by operation label, most frequent first. */
  runtimeCallsByOperation(): [string, number][] {
    const byLabel = new Map<string, number>();
    this.runtimeCallsBySite.forEach((n, site) => {
      const label = this.siteLabel(site);
      byLabel.set(label, (byLabel.get(label) ?? 0) + n);
    });
    return [...byLabel].sort((a, b) => b[1] - a[1]);
  }

  /** Native calls by builtin name, most frequent first. */
  nativeCallsByCount(): [string, number][] {
    return [...this.nativeCalls].sort((a, b) => b[1] - a[1]);
  }

  /** Runtime calls by operation and the function whose compiled code made them (calls in
   *  functions inlined into it count there; its recompiles' sites are added up), most
   *  frequent first: where the JIT left an operation generic. */
  busiestRuntimeSites(count: number): RuntimeSiteCount[] {
    const byKey = new Map<string, RuntimeSiteCount>();
    this.runtimeCallsBySite.forEach((calls, site) => {
      const operation = this.siteLabel(site);
      const fn = this.siteFunction(site);
      const key = `${operation}\u0000${fn}`;
      const seen = byKey.get(key);
      if (seen) seen.calls += calls;
      else byKey.set(key, { operation, function: fn, calls });
    });
    return [...byKey.values()].sort((a, b) => b.calls - a.calls).slice(0, count);
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
      runtimeCalls: Object.fromEntries(this.runtimeCallsByOperation()),
      runtimeCallSites: this.busiestRuntimeSites(BUSIEST_SITES),
      nativeCalls: Object.fromEntries(this.nativeCallsByCount()),
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
      `runtime calls from compiled code: ${formatRuntimeCalls(this.runtimeCallsByOperation())}`,
      `native calls from compiled code: ${formatRuntimeCalls(this.nativeCallsByCount())}`,
      `runtime calls by function: ${this.busiestRuntimeSites(BUSIEST_SITES).map((s) => `${s.operation} in ${s.function}=${s.calls}`).join(', ') || 'none'}`,
    ].join('\n') + '\n';
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** "N (label=n, ... the 8 most frequent)" or "none". */
function formatRuntimeCalls(byOperation: [string, number][]): string {
  if (byOperation.length === 0) return 'none';
  const total = byOperation.reduce((sum, [, n]) => sum + n, 0);
  const top = byOperation.slice(0, 8).map(([label, n]) => `${label}=${n}`).join(', ');
  return `${total} (${top}${byOperation.length > 8 ? ', ...' : ''})`;
}
