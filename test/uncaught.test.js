'use strict';
// Uncaught exceptions, differential against node on the whole of stderr: every program in
// test/uncaught/ is run by node and by kiln (interpreter and eager JIT), and stdout, stderr
// and the exit code must match byte for byte. node's report is the source line with a caret,
// then its inspect of the error (stack with node's own frames below the program's, which
// kiln prints too since it runs the program under node's loading of bin/kiln.js, own
// properties, [cause], [errors]), then `Node.js <version>`.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { runProcess } = require('../scripts/run-process');

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(__dirname, 'uncaught');
const KILN = path.join(ROOT, 'bin', 'kiln.js');
const TIMEOUT_MS = 20000;
const MODES = { jitless: ['--jitless'], eager: ['--jit-threshold=0'] };

describe('uncaught: node\'s stderr report, byte for byte', function () {
  this.timeout(TIMEOUT_MS * 3);
  for (const name of fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).sort()) {
    const file = path.join(DIR, name);
    for (const [mode, flags] of Object.entries(MODES)) {
      it(`${name} ${mode}`, async function () {
        const [expected, actual] = await Promise.all([runProcess([file], TIMEOUT_MS), runProcess([KILN, ...flags, file], TIMEOUT_MS)]);
        assert.strictEqual(actual.stdout, expected.stdout);
        assert.strictEqual(actual.stderr, expected.stderr);
        assert.strictEqual(actual.code, expected.code);
      });
    }
  }
});
