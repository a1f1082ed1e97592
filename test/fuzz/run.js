// Differential fuzzer, part 2: generates programs for a range of seeds, runs each under
// node and under kiln in every tier (jitless, eager, eager after one call, stress-deopt,
// default) and reports any difference in stdout or exit code. Failing programs are kept
// in test/fuzz/failures/ to become regression tests.
//   node test/fuzz/run.js [--from=1] [--count=200] [--jobs=2]
'use strict';
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { generateProgram } = require('./generate');

const KILN = path.join(__dirname, '..', '..', 'bin', 'kiln.js');
const MODES = [['--jitless'], ['--jit-threshold=0'], ['--jit-threshold=1'], ['--stress-deopt', '--jit-threshold=0'], []];

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout: 60000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Runs one seed; resolves to a list of failure descriptions (empty when all tiers agree). */
async function checkSeed(seed, dir) {
  const file = path.join(dir, `fuzz-${seed}.js`);
  fs.writeFileSync(file, generateProgram(seed));
  const expected = await run([file]);
  const failures = [];
  for (const mode of MODES) {
    const got = await run([KILN, ...mode, file]);
    if (got.stdout !== expected.stdout || got.code !== expected.code) {
      failures.push(`seed ${seed} [${mode.join(' ')}]: exit ${got.code} vs ${expected.code}; ${got.stderr.split('\n').slice(0, 3).join(' | ')}`);
    }
  }
  return failures;
}

async function main() {
  const arg = (name, def) => Number((process.argv.find((a) => a.startsWith(`--${name}=`)) || '').split('=')[1] || def);
  const from = arg('from', 1);
  const count = arg('count', 200);
  const jobs = arg('jobs', 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fuzz-'));
  const failuresDir = path.join(__dirname, 'failures');
  let next = from;
  let failed = 0;
  const worker = async () => {
    while (next < from + count) {
      const seed = next++;
      const failures = await checkSeed(seed, dir);
      if (failures.length) {
        failed++;
        fs.mkdirSync(failuresDir, { recursive: true });
        fs.copyFileSync(path.join(dir, `fuzz-${seed}.js`), path.join(failuresDir, `fuzz-${seed}.js`));
        for (const f of failures) console.log(f);
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  console.log(`${count} programs x ${MODES.length} modes: ${failed} failing`);
  process.exitCode = failed ? 1 : 0;
}

module.exports = { checkSeed };
if (require.main === module) main();
