'use strict';
// Programs that read standard input (test/stdin-programs/: process.stdin, readline,
// fs.readFileSync(0)), run differentially: each program and input under node, then under kiln
// in every mode; stdout and the exit code must match byte for byte. The inputs cover the
// edges of line splitting (CRLF, a lone CR, no final newline, empty input) and a large input
// that node delivers in several 64 KiB chunks.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { QUICK, quickModes } = require('./support/quick');

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(__dirname, 'stdin-programs');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const MODES = { jitless: ['--jitless'], eager: ['--jit-threshold=0'], stress: ['--stress-deopt', '--jit-threshold=0'], gcstress: ['--gc-stress', '--jit-threshold=0'] };

const big = Array.from({ length: 30000 }, (_, i) => `${i} ${'x'.repeat(i % 7)}`).join('\n') + '\n';
const INPUTS = {
  lines: '1\n2\n3\n',
  crlf: 'alpha\r\nbeta\rgamma\n\ndelta',
  empty: '',
  big,
};
const PROGRAM_INPUTS = {
  'readline-question.js': { answers: 'ann\n41\n' },
};

function run(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, input, encoding: 'utf8', timeout: 60000, maxBuffer: 64 << 20 });
  return { stdout: r.stdout, code: r.status, stderr: r.stderr };
}

describe('stdin: programs reading standard input give node\'s output', function () {
  this.timeout(120000);
  const programs = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).sort();
  programs.forEach((file, p) => {
    const all = Object.entries(PROGRAM_INPUTS[file] ?? INPUTS);
    // Quick mode (test/support/quick.js): one input per program, rotating, in one mode.
    const inputs = QUICK ? [all[p % all.length]] : all;
    inputs.forEach(([label, input], i) => {
      // Two modes per (program, input), rotating so every program meets every mode (CI's
      // budget); quick mode one.
      const names = Object.keys(MODES);
      const modes = QUICK ? quickModes(names, p + i) : [names[(p + i) % names.length], names[(p + i + 2) % names.length]];
      it(`${file} < ${label} (${modes.join(', ')})`, function () {
        const rel = path.relative(ROOT, path.join(DIR, file));
        const expected = run([rel], input);
        assert.strictEqual(expected.code, 0, `node failed: ${expected.stderr}`);
        for (const mode of modes) {
          const actual = run([KILN, ...MODES[mode], rel], input);
          assert.strictEqual(actual.stdout, expected.stdout, `${mode}: stdout differs\n${actual.stderr}`);
          assert.strictEqual(actual.code, expected.code, `${mode}: exit code\n${actual.stderr}`);
        }
      });
    });
  });
});
