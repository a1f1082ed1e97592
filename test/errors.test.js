'use strict';
// Front-end rejection tests: every file in test/errors/ is a program kiln must refuse before
// running anything. Line 1 of each file states the expected diagnostic:
//
//   // expect: <line>:<col>: unsupported: <feature words>
//   // expect: <line>:<col>: SyntaxError
//
// Lines are 1-based, columns 1-based (column of the first character of the offending node, or
// where acorn reports a syntax error, plus one). kiln must exit 1, print nothing on stdout
// (each program logs something before the bad construct to prove nothing ran), and print on
// stderr a line `<file>:<line>:<col>: unsupported: <text>` where <text> contains every feature
// word (case-insensitive; a word written `a|b|c` is satisfied by any alternative), or
// `<file>:<line>:<col>: SyntaxError…`. <file> is the path as given on the command line (the
// absolute path is accepted too).
//
// KILN_STANDIN=node runs node instead (which accepts these programs): only useful to check
// that this file loads; the assertions then fail by design.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const DIR = path.join(__dirname, 'errors');
const TIMEOUT_MS = 20000;
const EXPECT = /^\/\/ expect: (\d+):(\d+): (unsupported: (.+)|SyntaxError)\s*$/;

function runKiln(rel) {
  const args = process.env.KILN_STANDIN === 'node' ? [rel] : [KILN, rel];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : err.signal || err.code) : 0, stdout, stderr });
    });
  });
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).sort();

describe('errors: unsupported features and syntax errors are rejected before running', function () {
  this.timeout(TIMEOUT_MS * 2);

  it(`has at least 20 error programs (${files.length})`, function () {
    assert.ok(files.length >= 20);
  });

  for (const name of files) {
    const rel = path.relative(ROOT, path.join(DIR, name));
    const firstLine = fs.readFileSync(path.join(DIR, name), 'utf8').split('\n')[0];
    const m = EXPECT.exec(firstLine);

    it(`${name}: ${m ? m[0].slice('// expect: '.length) : '(bad expect line)'}`, async function () {
      assert.ok(m, `${rel}: first line must be an "// expect: L:C: ..." comment`);
      const [, line, col, , words] = m;
      const r = await runKiln(rel);
      const context = `\nexit ${r.code}\nstderr:\n${r.stderr}`;
      assert.strictEqual(r.stdout, '', `nothing may run, but stdout was:\n${r.stdout}${context}`);
      assert.strictEqual(r.code, 1, `expected exit code 1${context}`);
      const file = `(?:${escapeRegExp(rel)}|${escapeRegExp(path.join(ROOT, rel))})`;
      if (words === undefined) {
        const re = new RegExp(`^${file}:${line}:${col}: (SyntaxError|syntax error)`, 'mi');
        assert.match(r.stderr, re, `expected "${rel}:${line}:${col}: SyntaxError"${context}`);
        return;
      }
      const re = new RegExp(`^${file}:${line}:${col}: unsupported: (.*)$`, 'm');
      const found = re.exec(r.stderr);
      assert.ok(found, `expected "${rel}:${line}:${col}: unsupported: ${words}"${context}`);
      const text = found[1].toLowerCase();
      for (const word of words.trim().split(/\s+/)) {
        const alternatives = word.toLowerCase().split('|');
        assert.ok(
          alternatives.some((a) => text.includes(a)),
          `diagnostic "${found[0]}" does not name the feature (${word})`,
        );
      }
    });
  }
});
