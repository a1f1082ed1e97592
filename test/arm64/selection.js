// Which corpus programs an arm64 run takes: the host side that records node's results
// (scripts/arm64/expected.js) chooses them, so it runs node only on those, and the emulated
// side (test/arm64/run-corpus.js) runs what that manifest lists.
// Flags, as both scripts receive them: --subset=ci (leave out test/arm64/ci-exclude.txt, then
// every fourth program of the sorted rest), --filter=SUBSTRING.
'use strict';
const fs = require('fs');
const path = require('path');

function flag(argv, name, fallback) {
  const arg = argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

/** The programs (repository-relative paths) of `all` that a run with these arguments takes. */
function selectPrograms(all, argv) {
  let programs = [...all].sort();
  if (flag(argv, 'subset') === 'ci') {
    const excluded = fs.readFileSync(path.join(__dirname, 'ci-exclude.txt'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
    // CI's 30-minute budget: every fourth program of the sorted corpus (x64 runs them all in
    // every mode; `npm run test:arm64` without --subset runs them all here too).
    programs = programs.filter((p) => !excluded.includes(p)).filter((_, i) => i % 4 === 0);
  }
  const filter = flag(argv, 'filter');
  if (filter) programs = programs.filter((p) => p.includes(filter));
  return programs;
}

module.exports = { flag, selectPrograms };
