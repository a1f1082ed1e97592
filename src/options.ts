// kiln's command line, with node's conventions: kiln's flags come before the script (or `--`),
// everything after the script belongs to the program; `-e/--eval` and `-p/--print` take the
// program as text, `-` or no script with a piped stdin reads it from stdin. Where V8 or node
// has a flag for the same thing, its name is accepted too. This file only parses; cli.ts and
// pipeline.ts act on the result.

export interface Options {
  jitless: boolean;
  jitThreshold: number; // calls + loop back-edges in the interpreter before compiling
  stressDeopt: boolean;
  stressDeoptPeriod: number; // a guard fails on purpose every N guard executions
  maxDeopts: number; // after this many deopts a function stays in the interpreter
  traceTier: boolean;
  traceDeopt: boolean;
  traceFormat: 'text' | 'json';
  printBytecode: boolean;
  printCode: boolean;
  printIr: boolean;
  stats: boolean;
  perfMap: boolean;
  maxHeapMb?: number; // --max-heap: the heap's size limit (default: the whole heap region)
  gcStress: boolean; // collect at every safepoint after an allocation
  traceGc: boolean;
  randomSeed?: number; // --random-seed: Math.random's seed (default: a random one)
  script?: string; // a file to run; '-' for stdin
  evalSource?: string; // -e/--eval or -p/--print: the program's text
  printResult: boolean; // -p/--print: print the program's completion value
  programArgs: string[];
  help: boolean;
  version: boolean;
}

export const DEFAULT_JIT_THRESHOLD = 1000;

export const FLAG_HELP: readonly [string, string][] = [
  ['--jitless', 'run everything in the interpreter (no machine code)'],
  ['--jit-threshold=N', `compile a function once it did more than N units of work (1 per call, 1 per loop iteration) in the interpreter; 0 compiles before the first call (default ${DEFAULT_JIT_THRESHOLD})`],
  ['--stress-deopt', 'make guards in compiled code fail on purpose, periodically, to exercise every deopt path'],
  ['--trace-tier, --trace-opt', 'one line per tier change and per function the JIT declines (stderr)'],
  ['--trace-deopt', 'one line per deoptimization: function, reason, bytecode offset, file:line:col (stderr)'],
  ['--trace-format=text|json', 'trace lines as readable text (default) or JSON lines'],
  ['--print-bytecode', 'print every function\'s bytecode before running'],
  ['--print-code', 'print the disassembly of each compiled function, interleaved with its bytecode'],
  ['--print-ir', 'print the optimizing compiler\'s IR of each compiled function'],
  ['--stats', 'print a summary at exit: functions compiled, compile time, code bytes, deopts by reason, GC count, pause and bytes freed'],
  ['--perf-map', 'write /tmp/perf-<pid>.map so Linux perf names optimized code (kiln:<function>)'],
  ['--max-deopts=N', 'deopts after which a function stays in the interpreter (default 5)'],
  ['--max-heap=MB, --max-old-space-size=MB', 'limit the JavaScript heap to MB megabytes; past it kiln stops with "FATAL ERROR: ... heap out of memory" (the second name is V8\'s)'],
  ['--gc-stress', 'collect garbage at every safepoint after an allocation (sparser once the collections did much work), to exercise the collector\'s roots'],
  ['--trace-gc', 'one line per garbage collection: reason, heap before -> after, objects freed, pause (stderr)'],
  ['--random-seed=N', 'seed Math.random with N, so runs are reproducible (default: a random seed)'],
  ['-e, --eval <code>', 'run <code> as the program (named [eval]) instead of a file'],
  ['-p, --print <code>', 'like --eval, then print the value of the last expression, as node -p does'],
  ['-h, --help', 'this text'],
  ['-v, --version', 'kiln\'s version'],
  ['--', 'end of kiln\'s flags: what follows is the script and its arguments'],
  ['-', 'read the program from stdin (also the default when no script is given and stdin is not a terminal)'],
];

export function parseOptions(argv: readonly string[]): Options {
  const o: Options = {
    jitless: false,
    jitThreshold: DEFAULT_JIT_THRESHOLD,
    stressDeopt: false,
    stressDeoptPeriod: 7,
    maxDeopts: 5,
    traceTier: false,
    traceDeopt: false,
    traceFormat: 'text',
    printBytecode: false,
    printCode: false,
    printIr: false,
    stats: false,
    perfMap: false,
    gcStress: false,
    traceGc: false,
    printResult: false,
    programArgs: [],
    help: false,
    version: false,
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) break;
    // Only long flags take `=value` (node: `-p=3` is a bad option).
    const [name, inlineValue] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    switch (name) {
      case '--jitless': o.jitless = true; break;
      case '--jit-threshold': o.jitThreshold = nonNegativeInt(name, inlineValue); break;
      case '--stress-deopt': o.stressDeopt = true; break;
      case '--max-deopts': o.maxDeopts = nonNegativeInt(name, inlineValue); break;
      case '--trace-tier': case '--trace-opt': o.traceTier = true; break;
      case '--trace-deopt': o.traceDeopt = true; break;
      case '--trace-format':
        if (inlineValue !== 'text' && inlineValue !== 'json') throw new UsageError(`--trace-format must be text or json`);
        o.traceFormat = inlineValue;
        break;
      case '--print-bytecode': o.printBytecode = true; break;
      case '--print-code': o.printCode = true; break;
      case '--print-ir': o.printIr = true; break;
      case '--stats': o.stats = true; break;
      case '--perf-map': o.perfMap = true; break;
      case '--max-heap': case '--max-old-space-size': o.maxHeapMb = positiveInt(name, inlineValue); break;
      case '--gc-stress': o.gcStress = true; break;
      case '--trace-gc': o.traceGc = true; break;
      case '--random-seed': o.randomSeed = nonNegativeInt(name, inlineValue); break;
      case '-e': case '--eval': case '-p': case '--print': {
        // node: `-e code`, `--eval code`, `--eval=code`; the value may look like a flag.
        const print = name === '-p' || name === '--print';
        const code = inlineValue ?? argv[++i];
        // node: a bare -p prints the completion value of the program on stdin.
        if (code === undefined && !print) throw new UsageError(`${name} requires an argument`);
        o.evalSource = code;
        o.printResult ||= print;
        break;
      }
      case '-h': case '--help': o.help = true; break;
      case '-v': case '--version': o.version = true; break;
      default: throw new UsageError(`bad option: ${arg} (kiln --help lists the flags)`);
    }
  }
  // With -e/-p every remaining argument belongs to the program (node's process.argv too).
  if (o.evalSource === undefined) o.script = argv[i++];
  o.programArgs = argv.slice(i);
  return o;
}

export class UsageError extends Error {}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1) throw new UsageError(`${name} needs a positive integer (megabytes), as in ${name}=64`);
  return n;
}

function nonNegativeInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) throw new UsageError(`${name} needs a non-negative integer, as in ${name}=100`);
  return n;
}
