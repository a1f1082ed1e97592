#!/usr/bin/env node
// Writes dist/code-cache.bin (src/code-cache.ts): runs kiln once, with KILN_CODE_CACHE=write, on
// a small program that prints and gets a function hot, so the cache holds what start-up and
// the optimizing JIT's first use compile. Run by `npm install` (prepare) and `npm run build`
// after tsc. The cache is optional: when this fails kiln starts without it, so this says so
// and exits 0.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, 'dist', 'code-cache.bin');
// globalThis builds the groups built on first use (runtime.ts registerLazyGlobals): their modules are cached too.
const PROGRAM = 'void globalThis;\n' +
  'function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }\n' +
  'let t = 0; for (let k = 0; k < 2000; k++) t += sum(50);\nconsole.log(t, [1, 2].map((x) => x * 2), { a: 1 });';

fs.rmSync(CACHE, { force: true });
const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kiln.js'), '-e', PROGRAM], {
  env: { ...process.env, KILN_CODE_CACHE: 'write' },
  encoding: 'utf8',
});
if (r.status !== 0 || !fs.existsSync(CACHE)) {
  console.error(`build-code-cache: kiln did not run (${r.status}): ${(r.stderr || '').trim().split('\n')[0]}; kiln starts without a code cache`);
} else {
  console.error(`build-code-cache: ${path.relative(ROOT, CACHE)} (${(fs.statSync(CACHE).size / 1024).toFixed(0)} KiB)`);
}
