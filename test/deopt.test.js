'use strict';
// Deoptimization tests: the programs in test/deopt/ force a speculation to fail in compiled
// code. Each runs under `kiln --jit-threshold=1 --trace-deopt --trace-format=json` and must
//   - print exactly what `node` prints and exit with node's code (the deopt is invisible), and
//   - log, as a JSON line on stderr, the deopt the file's header announces.
//
// Header lines (anywhere in the leading comment):
//   // expect-deopt: <function> <reason>|<reason>...
//       at least one {"event":"deopt"} with that function, a reason from the list, and a
//       "line" equal to a line carrying a `// deopt-here` marker (found in the source, never
//       hard-coded), plus integer bytecodeOffset and column.
//   // max-deopts: <function> <N>
//       at most N deopt events for that function over the whole run (no deopt loop).
// The same program is also run with the readable text trace (no --trace-format), which must
// name the function and the reason on some stderr line.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const DIR = path.join(__dirname, 'deopt');
const TIMEOUT_MS = 30000;
const JSON_FLAGS = ['--jit-threshold=1', '--trace-deopt', '--trace-format=json'];
const TEXT_FLAGS = ['--jit-threshold=1', '--trace-deopt'];

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout: TIMEOUT_MS, maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : err.signal || err.code) : 0, stdout, stderr });
    });
  });
}

function parseSpec(source) {
  const lines = source.split('\n');
  const markers = [];
  lines.forEach((l, i) => {
    if (/\/\/\s*deopt-here\b/.test(l)) markers.push(i + 1);
  });
  const expects = [];
  const limits = [];
  for (const l of lines) {
    let m = /^\/\/ expect-deopt: (\S+) (\S+)\s*$/.exec(l);
    if (m) expects.push({ fn: m[1], reasons: m[2].split('|') });
    m = /^\/\/ max-deopts: (\S+) (\d+)\s*$/.exec(l);
    if (m) limits.push({ fn: m[1], max: Number(m[2]) });
  }
  return { markers, expects, limits };
}

function deoptEvents(stderr) {
  const events = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const e = JSON.parse(line);
    if (e.event === 'deopt') events.push(e);
  }
  return events;
}

const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).sort();

describe('deopt: forced guard failures give node\'s output and log the right deopt', function () {
  this.timeout(TIMEOUT_MS * 2);

  for (const name of files) {
    const rel = path.relative(ROOT, path.join(DIR, name));
    const spec = parseSpec(fs.readFileSync(path.join(DIR, name), 'utf8'));
    let results;
    const getResults = () =>
      (results ??= Promise.all([run([rel]), run([KILN, ...JSON_FLAGS, rel]), run([KILN, ...TEXT_FLAGS, rel])]));

    describe(name, function () {
      it('prints what node prints (JSON trace on stderr only)', async function () {
        const [node, kiln] = await getResults();
        const context = `\nkiln ${JSON_FLAGS.join(' ')} ${rel}: exit ${kiln.code}\nstderr:\n${kiln.stderr.slice(0, 3000)}`;
        assert.strictEqual(kiln.stdout, node.stdout, `stdout differs from node's${context}`);
        assert.strictEqual(kiln.code, node.code, `exit code differs from node's${context}`);
      });

      for (const exp of spec.expects) {
        it(`logs a deopt in ${exp.fn} (${exp.reasons.join(' or ')}) at the deopt-here line`, async function () {
          assert.ok(spec.markers.length > 0, `${rel} has no // deopt-here marker`);
          const [, kiln] = await getResults();
          const events = deoptEvents(kiln.stderr);
          const match = events.find(
            (e) => e.function === exp.fn && exp.reasons.includes(e.reason) && spec.markers.includes(e.line),
          );
          assert.ok(
            match,
            `no deopt event {function:"${exp.fn}", reason∈[${exp.reasons}], line∈[${spec.markers}]}; got:\n` +
              (events.map((e) => JSON.stringify(e)).join('\n') || `(none)\nstderr:\n${kiln.stderr.slice(0, 3000)}`),
          );
          assert.ok(Number.isInteger(match.bytecodeOffset) && match.bytecodeOffset >= 0, `bad bytecodeOffset: ${JSON.stringify(match)}`);
          assert.ok(Number.isInteger(match.column) && match.column >= 0, `bad column: ${JSON.stringify(match)}`);
        });
      }

      for (const lim of spec.limits) {
        it(`${lim.fn} deopts at most ${lim.max} times (no deopt loop)`, async function () {
          const [, kiln] = await getResults();
          const mine = deoptEvents(kiln.stderr).filter((e) => e.function === lim.fn);
          assert.ok(mine.length <= lim.max, `${lim.fn} deopted ${mine.length} times:\n${mine.slice(0, 10).map((e) => JSON.stringify(e)).join('\n')}`);
        });
      }

      if (spec.expects.length > 0) {
        it('text trace (no --trace-format) names the function and the reason', async function () {
          const [node, , text] = await getResults();
          assert.strictEqual(text.stdout, node.stdout, 'text trace must go to stderr only');
          const lines = text.stderr.split('\n');
          for (const exp of spec.expects) {
            assert.ok(
              lines.some((l) => l.includes(exp.fn) && exp.reasons.some((r) => l.includes(r))),
              `no stderr line mentions ${exp.fn} and one of ${exp.reasons}:\n${text.stderr.slice(0, 3000)}`,
            );
          }
        });
      }
    });
  }
});
