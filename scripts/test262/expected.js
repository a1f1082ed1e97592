'use strict';
// The checked-in expected outcomes, test/test262/expected.txt: one `<test path> <mode>` line
// per run kiln passes (sorted, so a re-bless diffs line by line). A run expected to pass that
// does not is a regression; a pass not listed is a new pass, to be blessed. Blessing after a
// partial run (a filter or a sample) rewrites only the lines of the tests that ran.
const fs = require('fs');
const path = require('path');
const { REPO } = require('./suite');

const EXPECTED_FILE = path.join(REPO, 'test', 'test262', 'expected.txt');
const HEADER = [
  '# test262 runs kiln passes: `<test path> <mode>` per line (mode: sloppy or strict).',
  '# Written by `npm run test262 -- --bless [filters]` (only the tests that ran are rewritten);',
  '# test/test262.test.js fails when one of these stops passing in its fast subset.',
];

const keyOf = (test, mode) => `${test} ${mode}`;

/** The set of `<test> <mode>` keys expected to pass (empty when the file does not exist). */
function readExpected(file = EXPECTED_FILE) {
  if (!fs.existsSync(file)) return new Set();
  return new Set(fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** Regressions (expected passes that did not pass) and new passes among `outcomes`. */
function compareWithExpected(expected, outcomes) {
  const regressions = [];
  const newPasses = [];
  for (const o of outcomes) {
    if (!o.kiln) continue;
    const key = keyOf(o.test, o.mode);
    const passed = o.kiln.status === 'pass';
    if (expected.has(key) && !passed) regressions.push({ key, status: o.kiln.status, cause: o.kiln.cause });
    if (!expected.has(key) && passed) newPasses.push({ key });
  }
  return { regressions, newPasses };
}

/** Rewrites the lines of the tests in `outcomes` with kiln's passes; returns the counts. */
function bless(outcomes, file = EXPECTED_FILE) {
  const expected = readExpected(file);
  const ran = new Set(outcomes.map((o) => o.test));
  const before = expected.size;
  for (const key of [...expected]) if (ran.has(key.slice(0, key.lastIndexOf(' ')))) expected.delete(key);
  for (const o of outcomes) if (o.kiln && o.kiln.status === 'pass') expected.add(keyOf(o.test, o.mode));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${HEADER.join('\n')}\n${[...expected].sort().join('\n')}${expected.size ? '\n' : ''}`);
  return { before, after: expected.size };
}

module.exports = { EXPECTED_FILE, readExpected, compareWithExpected, bless, keyOf };
