#!/usr/bin/env node
// Writes the oracle for the arm64 corpus run: for every test/lang/**/*.js program the run will
// take, what the HOST node prints (stdout), its exit code and its first `Name: message` stderr
// line. Runs on the host (it spawns node); the emulated side (test/arm64/run-corpus.js) only
// reads the JSON.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'lang');
const ERROR_LINE = /^(\w*Error): .*$/m; // as test/lang.test.js
const { selectPrograms } = require('../../test/arm64/selection');

// As test/lang.test.js: a folder inside a feature folder is one program, entered at main.js.
function discover(dir) {
  const depth = path.relative(CORPUS, dir).split(path.sep).filter(Boolean).length;
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return depth >= 1 ? [path.join(full, 'main.js')] : discover(full);
    return e.name.endsWith('.js') ? [full] : [];
  }).sort();
}

const out = process.argv[2];
if (!out) throw new Error('usage: expected.js <output.json> [the corpus run\'s --subset/--filter]');
const programs = {};
// Only the programs the run will take (its --subset and --filter, test/arm64/selection.js).
const selected = selectPrograms(discover(CORPUS).map((file) => path.relative(ROOT, file)), process.argv.slice(3));
for (const program of selected) {
  const r = spawnSync(process.execPath, [path.join(ROOT, program)], { cwd: ROOT, encoding: 'utf8', timeout: 20000 });
  const m = ERROR_LINE.exec(r.stderr || '');
  programs[program] = { stdout: r.stdout, code: r.status, errorLine: m ? m[0].replace(/\r$/, '') : null };
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ node: process.version, programs }, null, 1));
console.error(`test:arm64: expected results of ${Object.keys(programs).length} programs from node ${process.version}`);
