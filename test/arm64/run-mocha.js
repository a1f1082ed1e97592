// Runs mocha test files in THIS process (mocha's programmatic API; no workers, no children
// of the emulated node), for the arm64 addon under qemu-user: test/native/exec.test.js executes
// every op's machine code, test/asm/*.test.js check both encoders.
'use strict';
const Mocha = require('mocha');

const mocha = new Mocha({ timeout: 600000, reporter: 'dot' });
for (const file of process.argv.slice(2)) mocha.addFile(file);
mocha.run((failures) => {
  process.exitCode = failures ? 1 : 0;
});
