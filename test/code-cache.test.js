// The start-up code cache (src/code-cache.ts, written by scripts/build-code-cache.js during
// `npm install` / `npm run build`): the modules a run loads compile from it, V8 accepts its
// data, and a program's output is the same with the cache and without it.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');

describe('start-up code cache', function () {
  this.timeout(60000);
  const cacheFile = path.join(ROOT, 'dist', 'code-cache.bin');

  it('was built, and the modules a run loads compile from it', function () {
    assert.ok(fs.existsSync(cacheFile), 'dist/code-cache.bin is missing: npm run build writes it');
    const probe = `const c = require(${JSON.stringify(path.join(ROOT, 'dist', 'code-cache.js'))}); c.useCodeCache();
      require(${JSON.stringify(path.join(ROOT, 'dist', 'pipeline.js'))}); console.log(JSON.stringify(c.codeCacheStats));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const stats = JSON.parse(r.stdout);
    assert.strictEqual(stats.rejected, 0, `V8 rejected cached data: ${r.stdout}`);
    assert.ok(stats.used > 50 && stats.uncached === 0, `expected every module of the pipeline from the cache: ${r.stdout}`);
    assert.ok(stats.resolved > stats.used, `expected the modules' requires resolved from the cache: ${r.stdout}`);
  });

  it('runs a module changed since the cache was written from its file, and the rest from the cache', function () {
    // A copy of the installed tree, timestamps kept (the cache checks each module's size and
    // mtime), with one module rewritten as a rebuild without `npm run build` would leave it.
    const root = fs.mkdtempSync(path.join(require('os').tmpdir(), 'kiln-cache-'));
    try {
      // `cp -a` keeps nanosecond mtimes (fs.cpSync's preserveTimestamps rounds them to ms).
      const copy = (rel) => {
        fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
        const r = spawnSync('cp', ['-a', path.join(ROOT, rel), path.join(root, rel)], { encoding: 'utf8' });
        assert.strictEqual(r.status, 0, r.stderr);
      };
      ['dist', 'bin', path.join('node_modules', 'acorn'), path.join('build', 'Release', 'kiln.node')].forEach(copy);
      const changed = path.join(root, 'dist', 'options.js');
      const probe = `const c = require(${JSON.stringify(path.join(root, 'dist', 'code-cache.js'))}); c.useCodeCache();
        require(${JSON.stringify(path.join(root, 'dist', 'pipeline.js'))});
        const o = require(${JSON.stringify(changed)});
        console.log(JSON.stringify({ ...c.codeCacheStats, changed: o.changedSinceCache === true }));`;
      const runProbe = () => {
        const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
        assert.strictEqual(r.status, 0, r.stderr);
        return { stats: JSON.parse(r.stdout), text: r.stdout };
      };
      // The unchanged copy first: what it compiles without the cache is the baseline (a
      // checkout whose node_modules is a symlink had its dependencies outside the cached
      // root when the cache was written, so the copy compiles those too).
      const before = runProbe();
      assert.strictEqual(before.stats.changed, false, before.text);
      assert.strictEqual(before.stats.rejected, 0, before.text);
      fs.appendFileSync(changed, '\nexports.changedSinceCache = true;\n');
      const after = runProbe();
      assert.strictEqual(after.stats.changed, true, `the changed module ran from the cache: ${after.text}`);
      assert.strictEqual(after.stats.uncached, before.stats.uncached + 1,
        `expected exactly the changed module compiled without the cache: ${before.text} then ${after.text}`);
      assert.ok(after.stats.used > 50 && after.stats.rejected === 0, after.text);
      const hello = spawnSync(process.execPath, [path.join(root, 'bin', 'kiln.js'), '-p', '6 * 7'], { encoding: 'utf8' });
      assert.strictEqual(hello.stdout, '42\n', hello.stderr);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('changes nothing a program prints', function () {
    const program = path.join(ROOT, 'test', 'lang', 'errors-print', 'subclass.js');
    const run = (env) => spawnSync(process.execPath, [KILN, '--jit-threshold=0', program], { encoding: 'utf8', env: { ...process.env, ...env } });
    const cached = run({});
    const plain = run({ KILN_CODE_CACHE: 'off' });
    assert.strictEqual(cached.stdout, plain.stdout);
    assert.strictEqual(cached.status, plain.status);
    assert.ok(cached.stdout.length > 0);
  });
});
