// The test/lang corpus in ONE process, for arm64 under qemu-user (which cannot exec arm64
// children): each (program, JIT mode) is a runScript() call from dist/pipeline.js with stdout
// and stderr captured by swapping process.stdout/stderr.write, compared with the host node's
// results (scripts/arm64/expected.js). One line per run, a summary, exit 1 on any mismatch.
// Flags: --manifest=FILE (required) --modes=eager,eager1,stress; the manifest lists the programs
// to run (scripts/arm64/expected.js chose them by --subset=ci and --filter=SUBSTRING).
'use strict';
const fs = require('fs');
const path = require('path');
const { runScript } = require('../../dist/pipeline.js');
const { parseOptions } = require('../../dist/options.js');
const { loadAddon } = require('../../dist/native/addon.js');
const { flag: argFlag } = require('./selection');

const ROOT = path.resolve(__dirname, '..', '..');
const MODES = {
  eager: ['--jit-threshold=0'],
  eager1: ['--jit-threshold=1'],
  stress: ['--stress-deopt', '--jit-threshold=0'],
  jitless: ['--jitless'],
};

const flag = (name, fallback) => argFlag(process.argv, name, fallback);

class ProgramExit extends Error {
  constructor(code) {
    super(`process.exit(${code})`);
    this.code = code;
  }
}

/** Runs `fn` with process.stdout/stderr.write collecting into strings (console.log writes
 *  through process.stdout.write). */
async function captured(fn) {
  const out = [];
  const err = [];
  const saved = { out: process.stdout.write, err: process.stderr.write };
  const collector = (into) => (chunk, encoding, callback) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  process.stdout.write = collector(out);
  process.stderr.write = collector(err);
  // A program's process.exit(code) must end the program, not this runner.
  const exit = process.exit;
  process.exit = (c) => {
    throw new ProgramExit(c === undefined ? 0 : c);
  };
  let code;
  try {
    code = await fn();
  } catch (e) {
    if (e instanceof ProgramExit) {
      code = e.code;
    } else {
      err.push(`kiln internal error: ${e && e.stack ? e.stack : e}\n`);
      code = 70;
    }
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exit = exit;
  }
  return { stdout: out.join(''), stderr: err.join(''), code };
}

// A stack printed in full ends in node's own frames (Module._compile, node:internal/...), which
// kiln copies from the bin/kiln.js process it runs in; this runner calls runScript in-process,
// so there are none to copy. The x64 `npm test` checks these programs through bin/kiln.js.
const NODE_FRAMES_SKIP = "prints node's own frames below the script, which only a bin/kiln.js process has (x64 npm test checks them)";
function printsNodeFrames(expected) {
  return /\bnode:internal\//.test(expected.stdout);
}

function mismatch(expected, actual) {
  if (actual.code !== expected.code) return `exit ${actual.code}, expected ${expected.code}`;
  if (actual.stdout !== expected.stdout) {
    const a = actual.stdout.split('\n');
    const e = expected.stdout.split('\n');
    const i = e.findIndex((line, k) => line !== a[k]);
    return `stdout differs at line ${i + 1}: got ${JSON.stringify(a[i])}, expected ${JSON.stringify(e[i])}`;
  }
  if (expected.code !== 0 && expected.errorLine &&
      !actual.stderr.split('\n').some((l) => l.trimEnd() === expected.errorLine)) {
    return `stderr lacks "${expected.errorLine}"`;
  }
  return null;
}

async function main() {
  const manifestFile = flag('manifest');
  if (!manifestFile) throw new Error('--manifest=FILE is required');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const modes = flag('modes', 'eager,eager1,stress').split(',');
  for (const m of modes) if (!MODES[m]) throw new Error(`unknown mode ${m}`);
  const skips = JSON.parse(fs.readFileSync(path.join(__dirname, 'skip.json'), 'utf8'));
  // The manifest holds the programs this run takes (expected.js applied --subset/--filter).
  const programs = Object.keys(manifest.programs).sort();

  const addon = loadAddon();
  console.log(`arm64 corpus: node ${process.version} (${process.arch}), addon ${addon.arch}, oracle node ${manifest.node}; ${programs.length} programs x ${modes.join('/')}`);
  if (addon.arch !== process.arch) throw new Error(`addon is ${addon.arch}, process is ${process.arch}`);
  const started = Date.now();
  let passed = 0;
  let skipped = 0;
  const failures = [];
  for (const program of programs) {
    const expected = manifest.programs[program];
    const skipReason = skips[program] ?? (printsNodeFrames(expected) ? NODE_FRAMES_SKIP : null);
    if (skipReason) {
      skipped += modes.length;
      console.log(`SKIP ${program}: ${skipReason}`);
      continue;
    }
    for (const mode of modes) {
      const t0 = Date.now();
      const actual = await captured(() => runScript(parseOptions([...MODES[mode], path.join(ROOT, program)])));
      const problem = mismatch(expected, actual);
      const ms = Date.now() - t0;
      if (problem) {
        failures.push(`${program} [${mode}]: ${problem}`);
        console.log(`FAIL ${program} [${mode}] ${ms} ms: ${problem}`);
        if (actual.stderr) console.log(actual.stderr.split('\n').slice(0, 12).map((l) => `     | ${l}`).join('\n'));
      } else {
        passed++;
        console.log(`ok   ${program} [${mode}] ${ms} ms`);
      }
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\narm64 corpus: ${passed} passed, ${failures.length} failed, ${skipped} skipped (${seconds} s)`);
  for (const f of failures) console.log(`  FAIL ${f}`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exitCode = 70;
});
