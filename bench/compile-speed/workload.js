'use strict';
// Compile-speed benchmarks, the workload: which real sources the front end compiles, the
// interpreter run that gives their functions realistic feedback, the functions picked (by
// bytecode length) for the optimizing JIT, and the instruction streams the assembler encodes.
// Everything comes from dist/ (build first: `npx tsc -p .`).

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const { compileProgram } = require(path.join(DIST, 'frontend'));
const { runScript } = require(path.join(DIST, 'pipeline.js'));
const { parseOptions } = require(path.join(DIST, 'options.js'));
const { OPCODE_WORDS } = require(path.join(DIST, 'bytecode', 'opcodes.js'));
const { displayName } = require(path.join(DIST, 'bytecode', 'function.js'));
const { MASM_OP_WORDS } = require(path.join(DIST, 'jit', 'masm.js'));

const PROGRAMS_DIR = path.join(ROOT, 'bench', 'programs');
/** Front-end sources, small to large. */
const FRONTEND_SOURCES = ['fib.js', 'richards.js', 'havlak.js', 'deltablue.js'];
/** Benchmarks run (once each, in the interpreter) to profile the functions the JIT compiles. */
const PROFILED_BENCHMARKS = ['richards.js', 'deltablue.js', 'havlak.js'];
/** How many functions of increasing bytecode length the JIT group compiles, the smallest of
 *  at least this many bytecodes (below it, a function is mostly prologue and entry checks). */
const JIT_FUNCTION_COUNT = 4;
const JIT_MIN_BYTECODES = 16;

function locate(file) {
  const at = path.join(PROGRAMS_DIR, file);
  if (!fs.existsSync(at)) throw new Error(`compile-speed: ${file} is not in bench/programs`);
  return at;
}

function lineCount(source) {
  const lines = source.split('\n').length;
  return source.endsWith('\n') ? lines - 1 : lines;
}

/** Instructions (not words) in a stream whose opcode word says each instruction's length. */
function instructionCount(words, wordsPerOp) {
  let n = 0;
  for (let at = 0; at < words.length; at += wordsPerOp[words[at]]) n++;
  return n;
}

const bytecodeCount = (fn) => instructionCount(fn.code, OPCODE_WORDS);
const masmInstructionCount = (stream) => instructionCount(stream, MASM_OP_WORDS);

/** The front end's inputs: { file, name, source, lines, compile() }, small to large. */
function frontendSources() {
  return FRONTEND_SOURCES.map((name) => {
    const file = locate(name);
    const source = fs.readFileSync(file, 'utf8');
    return { file, name, source, lines: lineCount(source), compile: () => compileProgram(source, file) };
  }).sort((a, b) => a.lines - b.lines);
}

/** A script that requires every profiled benchmark and runs one verified iteration of each.
 *  kiln resolves only relative require paths, so the script gets them relative to its own
 *  temporary directory. */
function writeProfilingDriver(dir) {
  const requires = PROFILED_BENCHMARKS.map((name) => `  require(${JSON.stringify(path.relative(dir, locate(name)))}),`);
  const driver = path.join(dir, 'profile-driver.js');
  fs.writeFileSync(driver, [
    "'use strict';",
    'const benchmarks = [',
    ...requires,
    '];',
    'for (let i = 0; i < benchmarks.length; i++) {',
    '  const Benchmark = benchmarks[i];',
    "  if (!new Benchmark().innerBenchmarkLoop(1)) throw new Error('verification failed: benchmark ' + i);",
    '}',
    '',
  ].join('\n'));
  return driver;
}

/** Runs the profiled benchmarks in kiln's interpreter (--jitless: every function keeps
 *  collecting feedback for the whole run, none is compiled yet) and resolves to the finished
 *  run ({ program, tiering }). It stays valid until the next runScript in this process. */
async function profiledRun() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-compile-speed-'));
  try {
    const driver = writeProfilingDriver(dir);
    let finished;
    const status = await runScript(parseOptions(['--jitless', driver]), (run) => { finished = run; });
    if (status !== 0 || !finished) throw new Error(`compile-speed: the profiling run of ${PROFILED_BENCHMARKS.join(', ')} exited with ${status}`);
    return finished;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The functions the JIT group compiles: hot in the profiling run (they would tier up),
 *  compiled without a decline, at least JIT_MIN_BYTECODES long; the smallest, the largest, and those nearest (on a log
 *  scale) to evenly spaced sizes between, each of a different bytecode length. */
function pickJitFunctions(run, count = JIT_FUNCTION_COUNT) {
  const { program, tiering } = run;
  const candidates = [];
  for (const fn of program.functions) {
    if (fn.topLevel || !tiering.profiles[fn.id].hot || bytecodeCount(fn) < JIT_MIN_BYTECODES) continue;
    try {
      tiering.compileDetached(fn.id);
    } catch {
      continue; // declined: a tier-up would not compile it either
    }
    candidates.push({ fn, name: displayName(fn), module: path.basename(fn.file), bytecodes: bytecodeCount(fn) });
  }
  candidates.sort((a, b) => a.bytecodes - b.bytecodes || a.fn.id - b.fn.id);
  if (candidates.length < count) throw new Error(`compile-speed: only ${candidates.length} hot functions compile, need ${count}`);
  const min = Math.log(candidates[0].bytecodes);
  const max = Math.log(candidates[candidates.length - 1].bytecodes);
  const picked = [];
  for (let i = 0; i < count; i++) {
    const target = min + ((max - min) * i) / (count - 1);
    const above = picked.length ? picked[picked.length - 1].bytecodes : 0;
    const fresh = candidates.filter((c) => c.bytecodes > above);
    let best = fresh[0];
    for (const c of fresh) if (Math.abs(Math.log(c.bytecodes) - target) < Math.abs(Math.log(best.bytecodes) - target)) best = c;
    if (best) picked.push(best);
  }
  return picked;
}

module.exports = { frontendSources, profiledRun, pickJitFunctions, masmInstructionCount, bytecodeCount };
