'use strict';
// process.argv and process.exit with real command-line arguments: the language corpus runs
// programs without arguments, so this runs one program with several argument lists under
// node and under kiln (kiln flags before the script) and compares stdout and exit codes.
// argv[0] is node's own path in both (kiln runs on node), so the programs print it as-is.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const PROGRAM = path.join(__dirname, 'process', 'print-args.js');

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  return { stdout: r.stdout, code: r.status };
}

describe('process: argv and exit with program arguments', function () {
  this.timeout(60000);
  const cases = [[], ['a', 'b c', ''], ['--jitless', '-x', 'é✓'], ['exit', '7'], ['exit', '0']];
  for (const args of cases) {
    it(`node prog.js ${JSON.stringify(args)} == kiln [flags] prog.js ...`, function () {
      const expected = run([PROGRAM, ...args]);
      for (const flags of [['--jitless'], ['--jit-threshold=0', '--random-seed=1']]) {
        const actual = run([KILN, ...flags, PROGRAM, ...args]);
        assert.strictEqual(actual.stdout, expected.stdout, `kiln ${flags.join(' ')}`);
        assert.strictEqual(actual.code, expected.code, `exit code, kiln ${flags.join(' ')}`);
      }
    });
  }

  it('argv[1] is the absolute path of a script given relative', function () {
    const r = run([KILN, path.relative(ROOT, PROGRAM), 'x']);
    assert.ok(r.stdout.includes('true true true'), r.stdout);
  });

  it('--random-seed=N makes Math.random reproducible; different seeds differ', function () {
    const file = path.join(__dirname, 'process', 'print-random.js');
    const a = run([KILN, '--random-seed=42', file]).stdout;
    const b = run([KILN, '--random-seed=42', '--jit-threshold=0', file]).stdout;
    const c = run([KILN, '--random-seed=43', file]).stdout;
    assert.strictEqual(a, b);
    assert.notStrictEqual(a, c);
    assert.match(a, /^(0\.\d+\n){3}$/);
  });
});
