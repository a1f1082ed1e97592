'use strict';
// The examples the README points users at do what their comments and the README promise:
// each prints node's output, and examples/deopt.js shows, in the default mode, every deopt
// its header names (function and reason) with --trace-deopt.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');

function run(args) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
}

describe('examples/', function () {
  this.timeout(120000);
  for (const name of ['warmup.js', 'deopt.js']) {
    it(`${name} prints node's output`, function () {
      const file = path.join('examples', name);
      const expected = run([file]);
      const actual = run([KILN, file]);
      assert.strictEqual(actual.status, expected.status, actual.stderr);
      if (name === 'warmup.js') {
        // warmup.js prints its rounds' timings: compare the lines without numbers of ms.
        const strip = (s) => s.replace(/[\d.]+ ?ms/g, 'N ms');
        assert.strictEqual(strip(actual.stdout), strip(expected.stdout));
      } else assert.strictEqual(actual.stdout, expected.stdout);
    });
  }

  it('deopt.js shows each deopt its header promises, with --trace-deopt in the default mode', function () {
    const file = path.join('examples', 'deopt.js');
    const r = run([KILN, '--trace-deopt', '--trace-format=json', file]);
    assert.strictEqual(r.status, 0, r.stderr);
    const deopts = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).filter((e) => e.event === 'deopt');
    const seen = deopts.map((e) => `${e.function}: ${e.reason}`);
    const header = require('fs').readFileSync(path.join(ROOT, file), 'utf8');
    const promised = [...header.matchAll(/(\w+): ([a-z0-9-]+)/g)].map((m) => `${m[1]}: ${m[2]}`).filter((p) => /^(add|times|warm)/.test(p));
    assert.ok(promised.length >= 5, `the header names the deopts: ${promised}`);
    for (const p of promised) assert.ok(seen.includes(p), `promised "${p}", saw ${JSON.stringify(seen)}`);
  });
});
