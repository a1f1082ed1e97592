'use strict';
// The README's flag table and `kiln --help` name the same flags: a flag added to one and not
// the other fails here. Both are read as a user reads them: the README's table rows under
// "| flag | what it does |" (every `-x`/`--x` in backticks in the first cell) and --help's
// first column (comma-separated names); `=VALUE` and ` <value>` are dropped.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');

const flagName = (token) => token.replace(/[= ].*$/, '');

function readmeFlags() {
  const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const start = lines.indexOf('| flag | what it does |');
  assert.ok(start >= 0, 'README.md has no "| flag | what it does |" table');
  const flags = new Set();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cell = line.split(/(?<!\\)\|/)[1];
    for (const m of cell.matchAll(/`(-[^`]*)`/g)) flags.add(flagName(m[1]));
  }
  return flags;
}

function helpFlags() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kiln.js'), '--help'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  const flags = new Set();
  for (const line of r.stdout.split('\n')) {
    const m = /^ {2}(-.*?)(?: {2,}|$)/.exec(line);
    if (m) for (const name of m[1].split(', ')) flags.add(flagName(name.trim()));
  }
  return flags;
}

describe('README: the flag table matches kiln --help', function () {
  this.timeout(30000);
  it('every flag in --help is in the README table, and every README flag in --help', function () {
    const readme = readmeFlags();
    const help = helpFlags();
    assert.ok(help.size >= 20, `--help lists ${help.size} flags`);
    assert.deepStrictEqual([...help].filter((f) => !readme.has(f)), [], 'in --help, missing from the README table');
    assert.deepStrictEqual([...readme].filter((f) => !help.has(f)), [], 'in the README table, missing from --help');
  });
});
