// Golden bytecode dumps: each test/golden/bytecode/NAME.js is compiled and disassembled and
// compared exactly with NAME.txt. `KILN_BLESS=1 npm test` rewrites the .txt files instead.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { compileProgram } = require('../../dist/frontend');
const { disassembleProgram } = require('../../dist/bytecode/disassembler');

const DIR = path.join(__dirname, 'bytecode');
const BLESS = process.env.KILN_BLESS === '1';

describe('golden bytecode dumps', () => {
  const sources = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).sort();
  for (const file of sources) {
    it(file, () => {
      const source = fs.readFileSync(path.join(DIR, file), 'utf8');
      const actual = disassembleProgram(compileProgram(source, file));
      const golden = path.join(DIR, file.replace(/\.js$/, '.txt'));
      if (BLESS || !fs.existsSync(golden)) {
        if (!BLESS) throw new Error(`${golden} is missing; run KILN_BLESS=1 npm test`);
        fs.writeFileSync(golden, actual);
        return;
      }
      assert.strictEqual(actual, fs.readFileSync(golden, 'utf8'), `${file} differs (KILN_BLESS=1 npm test to accept)`);
    });
  }
});
