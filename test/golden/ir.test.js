// Golden IR dumps: each test/golden/ir/NAME.js runs under `kiln --jit-threshold=1 --print-ir`
// (compiled at its second call, with one call's feedback) and the SSA IR printed for every
// compiled function is compared exactly with NAME.txt (shape ids renumbered). `KILN_BLESS=1 npm test` rewrites them.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const DIR = path.join(__dirname, 'ir');
const KILN = path.join(__dirname, '..', '..', 'bin', 'kiln.js');
const BLESS = process.env.KILN_BLESS === '1';

/** Shape ids and the prototype epoch depend on what the realm made before the program ran
 *  (library objects are made on first use), so they are renumbered in order of appearance:
 *  the dump keeps which accesses share a shape, not the numbers. */
function normalizeShapes(text) {
  const ids = new Map();
  const id = (n) => {
    if (!ids.has(n)) ids.set(n, `S${ids.size + 1}`);
    return ids.get(n);
  };
  return text
    .replace(/"(shape|after)":(\d+)/g, (_, k, n) => `"${k}":"${id(n)}"`)
    .replace(/known-shape (\d+)/g, (_, n) => `known-shape ${id(n)}`)
    .replace(/"epoch":\d+/g, '"epoch":"E"');
}

describe('golden IR dumps', () => {
  const sources = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).sort();
  for (const file of sources) {
    it(file, () => {
      const r = spawnSync(process.execPath, [KILN, '--jit-threshold=1', '--print-ir', path.join(DIR, file)], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      const actual = normalizeShapes(r.stderr);
      const golden = path.join(DIR, file.replace(/\.js$/, '.txt'));
      if (BLESS) {
        fs.writeFileSync(golden, actual);
        return;
      }
      assert.ok(fs.existsSync(golden), `${golden} is missing; run KILN_BLESS=1 npm test`);
      assert.strictEqual(actual, fs.readFileSync(golden, 'utf8'), `${file} differs (KILN_BLESS=1 npm test to accept)`);
    });
  }
});
