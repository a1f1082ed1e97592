#!/usr/bin/env node
'use strict';
// kiln compile speed, in process, with benny: `node bench/compile-speed.js [--quick] [--out=FILE]`
// (default FILE bench/results/compile-speed.json, schema 'kiln-compile-speed/1').
//
// Three groups, one benny suite each, so compile-time regressions show up like run-time ones:
//   bytecode        the front end (parse + subset check + scopes + bytecode generator) on real
//                   sources of several sizes; size = source lines, throughput = lines/s.
//   jit-optimizing  what a tier-up compiles: graph building, passes, lowering, register
//                   allocation, the instruction stream, and its encoding into machine code, for
//                   hot functions of increasing bytecode length with the feedback of a real
//                   interpreter run; size = bytecodes. Nothing is installed: kiln never frees
//                   executable memory, so a tier-up's mapping (mmap + mprotect) is left out.
//   assembler       the addon encoding those functions' instruction streams (addon.assemble:
//                   decode + encode + copy out, no executable mapping); size = masm
//                   instructions, throughput = instructions/s.
// Needs dist/ and the addon built (`npx tsc -p .`, `npm install`). Measures, never asserts.

const path = require('path');
const b = require('benny');
const { frontendSources, profiledRun, pickJitFunctions, masmInstructionCount } = require('./compile-speed/workload');
const { caseOf, writeResults, formatTable } = require('./compile-speed/report');

const DEFAULT_OUT = path.join(__dirname, 'results', 'compile-speed.json');

/** benchmark.js options per case: --quick keeps the whole run under ~20 s, the default under 2 min. */
const SETTINGS = {
  quick: { minSamples: 3, maxTime: 0.25, minTime: 0.02, delay: 0 },
  full: { minSamples: 10, maxTime: 3, delay: 0.005 },
};
/** Before a suite, every case runs for this long (ms, round-robin), so that V8 has optimized
 *  kiln's own compiler code before the first case is timed rather than during it. */
const WARMUP_MS = { quick: 1000, full: 3000 };

function parseArgs(argv) {
  const args = { quick: false, out: DEFAULT_OUT };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg.startsWith('--out=')) args.out = path.resolve(arg.slice('--out='.length));
    else if (arg === '--help') args.help = true;
    else throw new Error(`compile-speed: unknown argument ${arg} (usage: node bench/compile-speed.js [--quick] [--out=FILE])`);
  }
  return args;
}

function formatOps(ops) {
  return ops >= 100 ? Math.round(ops).toLocaleString('en-US') : ops.toPrecision(3);
}

// Results go somewhere V8 cannot prove dead, so no benchmarked call is optimized away.
let sink;

/** Runs one group as a benny suite. Each item: { name, run, size, sizeUnit, throughputUnit };
 *  resolves to its schema cases, in the items' order. */
async function runGroup(group, items, settings, warmupMs) {
  warmUp(items, warmupMs);
  let summary;
  await b.suite(
    `compile speed: ${group}`,
    // ops/s unrounded (benny's summary rounds to this many decimals).
    b.configure({ minDisplayPrecision: 6 }),
    ...items.map((item) => b.add(item.name, () => { sink = item.run(); }, settings)),
    // One line per finished case (returning nothing keeps benny's terminal redraw out of logs).
    b.cycle((result) => {
      process.stdout.write(`  ${result.name}: ${formatOps(result.ops)} ops/s ±${result.margin.toFixed(2)}% (${result.samples} samples)\n`);
    }),
    b.complete((s) => { summary = s; }),
  );
  return items.map((item) => {
    const result = summary.results.find((r) => r.name === item.name);
    if (!result || !(result.samples > 0)) throw new Error(`compile-speed: no samples for ${item.name}`);
    return caseOf(group, result, item.size, item.sizeUnit, item.throughputUnit);
  });
}

function warmUp(items, ms) {
  const until = performance.now() + ms;
  do {
    for (const item of items) sink = item.run();
  } while (performance.now() < until);
}

function bytecodeItems() {
  return frontendSources().map((s) => ({
    name: `bytecode: ${s.name} (${s.lines} lines)`,
    run: s.compile,
    size: s.lines,
    sizeUnit: 'lines',
    throughputUnit: 'lines/s',
  }));
}

/** The JIT and assembler items, from functions profiled by one interpreter run. */
async function jitAndAssemblerItems() {
  const run = await profiledRun();
  const { tiering } = run;
  const native = tiering.native;
  const picked = pickJitFunctions(run);
  const jit = [];
  const assembler = [];
  for (const f of picked) {
    const id = f.fn.id;
    const stream = tiering.compileDetached(id).stream;
    const instructions = masmInstructionCount(stream);
    const codeBytes = native.assemble(stream).length;
    jit.push({
      name: `jit-optimizing: ${f.name} (${f.module}, ${f.bytecodes} bytecodes -> ${instructions} instructions)`,
      run: () => native.assemble(tiering.compileDetached(id).stream),
      size: f.bytecodes,
      sizeUnit: 'bytecodes',
      throughputUnit: 'bytecodes/s',
    });
    assembler.push({
      name: `assembler: ${f.name} (${instructions} instructions -> ${codeBytes} bytes ${native.arch}, encode only)`,
      run: () => native.assemble(stream),
      size: instructions,
      sizeUnit: 'instructions',
      throughputUnit: 'instructions/s',
    });
  }
  return { jit, assembler };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write('usage: node bench/compile-speed.js [--quick] [--out=FILE]\n');
    return;
  }
  const startedAt = new Date();
  const settings = args.quick ? SETTINGS.quick : SETTINGS.full;
  const warmupMs = args.quick ? WARMUP_MS.quick : WARMUP_MS.full;
  const cases = [];
  cases.push(...(await runGroup('bytecode', bytecodeItems(), settings, warmupMs)));
  const { jit, assembler } = await jitAndAssemblerItems();
  cases.push(...(await runGroup('jit-optimizing', jit, settings, warmupMs)));
  cases.push(...(await runGroup('assembler', assembler, settings, warmupMs)));
  const results = writeResults(args.out, startedAt, cases);
  process.stdout.write(`\n${formatTable(results)}\nwritten: ${path.relative(process.cwd(), args.out) || args.out}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
