// The differential fuzzer in the test suite: a fixed band of seeds, every tier against node.
// Longer runs: `node test/fuzz/run.js --from=N --count=M`.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { checkSeed } = require('./fuzz/run');

const SEEDS = Number(process.env.KILN_FUZZ_SEEDS || 24);

describe('fuzz: generated programs agree with node at every tier', function () {
  this.timeout(600000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fuzz-'));
  for (let seed = 1; seed <= SEEDS; seed++) {
    it(`seed ${seed}`, async () => {
      const failures = await checkSeed(seed, dir);
      assert.deepStrictEqual(failures, [], `regenerate with: node test/fuzz/generate.js ${seed}`);
    });
  }
});
