'use strict';
// kiln's command line against node's conventions: -e/--eval, -p/--print, -h/--help,
// -v/--version, `--`, `-` and a piped stdin, and every way of naming a program that cannot
// be run. Where node has the same case, node runs it too and kiln must match its stdout and
// exit code (and its error line); where node has none (a directory without an index, a
// binary file), kiln must print one clear line and exit 1. No input may end in
// `kiln internal error` (exit 70).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { QUICK } = require('./support/quick');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function run(args, { input, cwd } = {}) {
  const r = spawnSync(process.execPath, args, { cwd: cwd || ROOT, encoding: 'utf8', input: input ?? '', timeout: 30000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
const kiln = (args, opts) => run([KILN, ...args], opts);
const node = (args, opts) => run(args, opts);

function assertNoInternalError(r, what) {
  assert.notStrictEqual(r.code, 70, `${what}: exit 70\n${r.stderr}`);
  assert.ok(!r.stderr.includes('kiln internal error'), `${what}: internal error\n${r.stderr}`);
  assert.ok(!/\n\s+at .*dist\//.test(r.stderr), `${what}: kiln's own stack on stderr\n${r.stderr}`);
}

// kiln's own flags, left out of node's command line.
const KILN_ONLY = /^--(jit-threshold|stress-deopt|gc-stress|random-seed)/;

/** kiln and node agree on stdout and exit code for the same arguments (and stdin). */
function assertLikeNode(args, opts) {
  const expected = node(args.filter((a) => !KILN_ONLY.test(a)), opts);
  const actual = kiln(args, opts);
  assertNoInternalError(actual, args.join(' '));
  assert.strictEqual(actual.stdout, expected.stdout, `stdout of ${args.join(' ')}\nkiln stderr: ${actual.stderr}`);
  assert.strictEqual(actual.code, expected.code, `exit code of ${args.join(' ')}\nkiln stderr: ${actual.stderr}`);
  return { expected, actual };
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cli-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('cli: -e/--eval and -p/--print, as node', function () {
  this.timeout(120000);
  for (const args of [
    ['-e', 'console.log(6 * 7)'],
    ['--eval', 'console.log("a" + 1)'],
    ['--eval=console.log([1, 2].length)'],
    ['-e', 'console.log(process.argv.length, process.argv.slice(1))', 'a', '--jitless', 'b c'],
    ['-e', 'console.log(__filename, __dirname)'],
    ['-e', 'throw new TypeError("from eval")'],
    ['-e', 'process.exit(3)'],
    ['-p', '6 * 7'],
    ['--print', '"text"'],
    ['--print', '[1, { b: 2 }]'],
    ['-p', '({ a: 1 })'],
    ['-p', 'var x = 1'],
    ['-p', ''],
    ['-p', '1; 2;;'],
    ['-p', 'let n = 3; n * n; class K {}'],
    ['-p', 'function f() { return 5 } f()'],
    ['--jitless', '-p', '[1, 2, 3].map(function (x) { return x * 2 })'],
    ['--jit-threshold=0', '-e', 'for (let i = 0; i < 3; i++) console.log(i)'],
  ]) {
    it(`kiln ${JSON.stringify(args)}`, function () {
      const { expected, actual } = assertLikeNode(args);
      if (expected.code !== 0) {
        const line = expected.stderr.split('\n').find((l) => /^\w*Error: /.test(l));
        if (line) assert.ok(actual.stderr.split('\n').includes(line), `expected "${line}" on stderr\n${actual.stderr}`);
      }
    });
  }

  it('-p prints the completion value of compound statements as node does', function () {
    for (const code of ['let a = 1;\nif (a) { 2 }', '3; if (false) {}', 'for (let i = 0; i < 3; i++) i * 2', '4; try { 5 } finally { 6 }', '"use strict"']) {
      const { expected, actual } = assertLikeNode(['-p', code]);
      assert.strictEqual(actual.stdout, expected.stdout, code);
    }
  });

  it('a syntax error in -e code is reported at [eval]:line:col', function () {
    const r = kiln(['-e', 'let = ;']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /^\[eval\]:1:\d+: SyntaxError: /);
  });

  it('-e without code: node\'s message, exit 9; a bare -p prints the value of the program on stdin', function () {
    for (const flag of ['-e', '--eval']) {
      const r = kiln([flag]);
      assert.strictEqual(r.code, node([flag]).code);
      assert.strictEqual(r.stderr, `kiln: ${flag} requires an argument\n`);
    }
    for (const flag of ['-p', '--print']) {
      assertLikeNode([flag], { input: '' });
      assertLikeNode([flag], { input: 'var a = [1, 2];\na.length * 10\n' });
    }
  });
});

describe('cli: the program from stdin, `--`, as node', function () {
  this.timeout(120000);
  const program = 'console.log(__filename, process.argv.slice(1));\n';
  it('`-` reads the program from stdin (named [stdin])', function () {
    assertLikeNode(['-', 'x', 'y'], { input: program });
  });
  it('no script and a piped stdin reads the program from stdin', function () {
    assertLikeNode([], { input: program });
  });
  it('an empty stdin is an empty program', function () {
    assertLikeNode([], { input: '' });
  });
  it('`--` ends the flags: a script named like a flag, arguments after it', function () {
    const file = path.join(scratch, '-dash.js');
    fs.writeFileSync(file, program);
    assertLikeNode(['--', path.relative(ROOT, file), '--jitless']);
    assertLikeNode(['--', path.relative(ROOT, file)]);
    const k = kiln(['--jitless', '--', path.relative(ROOT, file), '-p']);
    assert.strictEqual(k.code, 0);
    assert.ok(k.stdout.includes("'-p'"), k.stdout);
  });
});

describe('cli: programs that cannot be run', function () {
  this.timeout(120000);
  it('a missing script: node\'s "Cannot find module" line, exit 1', function () {
    const missing = path.join(scratch, 'nothere.js');
    const expected = node([missing]);
    const actual = kiln([missing]);
    assertNoInternalError(actual, 'missing');
    assert.strictEqual(actual.code, expected.code);
    const line = `Error: Cannot find module '${missing}'`;
    assert.ok(expected.stderr.includes(line), expected.stderr);
    assert.strictEqual(actual.stderr, line + '\n');
  });
  it('a script named without .js, and a directory with index.js or package.json main, run as in node', function () {
    fs.writeFileSync(path.join(scratch, 'plain.js'), 'console.log("plain")\n');
    assertLikeNode([path.join(scratch, 'plain')]);
    fs.mkdirSync(path.join(scratch, 'withindex'));
    fs.writeFileSync(path.join(scratch, 'withindex', 'index.js'), 'console.log("index")\n');
    assertLikeNode([path.join(scratch, 'withindex')]);
    fs.mkdirSync(path.join(scratch, 'withmain'));
    fs.writeFileSync(path.join(scratch, 'withmain', 'package.json'), '{"main": "lib/start"}');
    fs.mkdirSync(path.join(scratch, 'withmain', 'lib'));
    fs.writeFileSync(path.join(scratch, 'withmain', 'lib', 'start.js'), 'console.log("main")\n');
    assertLikeNode([path.join(scratch, 'withmain')]);
  });
  it('a directory with nothing to run: one line, exit 1', function () {
    const dir = path.join(scratch, 'empty');
    fs.mkdirSync(dir);
    const r = kiln([dir]);
    assert.strictEqual(r.code, node([dir]).code);
    assert.strictEqual(r.stderr, `kiln: cannot run '${dir}': it is a directory with no index.js or package.json "main"\n`);
  });
  it('a binary file: one line, exit 1', function () {
    const file = path.join(scratch, 'binary.js');
    fs.writeFileSync(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    const r = kiln([file]);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stderr, `kiln: cannot run '${file}': it is a binary file, not JavaScript source\n`);
  });
  it('an unreadable file: one line, exit 1', function () {
    const file = path.join(scratch, 'secret.js');
    fs.writeFileSync(file, 'console.log(1)\n');
    fs.chmodSync(file, 0);
    let readable = true;
    try {
      fs.readFileSync(file);
    } catch {
      readable = false;
    }
    if (readable) this.skip(); // root reads it anyway: there is nothing unreadable to test
    const r = kiln([file]);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stderr, `kiln: cannot read '${file}': permission denied\n`);
  });
});

describe('cli: what a program prints on stderr, as node', function () {
  this.timeout(60000);
  // console.trace's stack (the program's frames, then node's own below them).
  it('console.trace prints node\'s `Trace: …` and stack', function () {
    const file = path.join(ROOT, 'test', 'lang', 'console-trace', 'trace.js');
    const expected = node([file]);
    for (const flags of [[], ['--jitless'], ['--jit-threshold=0']]) {
      const actual = kiln([...flags, file]);
      assert.strictEqual(actual.stderr, expected.stderr, `stderr of ${flags.join(' ')}`);
      assert.strictEqual(actual.stdout, expected.stdout);
    }
  });
});

describe('cli: help, version, bad options', function () {
  this.timeout(120000);
  it('-h and --help print the usage and every flag, exit 0', function () {
    for (const flag of ['-h', '--help']) {
      const r = kiln([flag]);
      assert.strictEqual(r.code, 0);
      assert.match(r.stdout, /^usage: kiln /);
      for (const f of ['--jitless', '--eval', '--print', '--trace-deopt', '--print-code', '--stats']) assert.ok(r.stdout.includes(f), f);
    }
  });
  it('-v and --version print package.json\'s version, exit 0', function () {
    for (const flag of ['-v', '--version']) assert.deepStrictEqual(kiln([flag]), { stdout: `kiln ${pkg.version}\n`, stderr: '', code: 0 });
  });
  it('a bad option: node\'s "bad option" line and exit 9', function () {
    for (const flag of ['-x', '--no-such-flag', '-p=3']) {
      const r = kiln([flag]);
      assert.strictEqual(r.code, node([flag]).code);
      assert.strictEqual(r.stderr, `kiln: bad option: ${flag} (kiln --help lists the flags)\n`);
    }
  });
  it('no argument list ends in an internal error', function () {
    this.timeout(300000);
    const lists = [
      [], ['--'], ['-'], ['--jit-threshold'], ['--jit-threshold=x'], ['--jit-threshold=-1'], ['--trace-format=xml'],
      ['--max-heap=0'], ['--max-heap'], ['--random-seed=1.5'], ['--eval='], ['--print='], ['-e', '}'], ['-p', ')'],
      ['--', '--'], ['-', '-'], ['-e', 'x', '-e'], ['--jitless', '--jitless'], [''], ['.'], ['/'], ['/dev/null'],
      ['--stats', '-e', '1'], ['--print-bytecode', '-p', '1'], ['-h', '-v'], ['-v', 'nothere.js'],
    ];
    // Quick mode: every third list.
    for (const args of QUICK ? lists.filter((_, i) => i % 6 === 0) : lists) assertNoInternalError(kiln(args), JSON.stringify(args));
  });
});
