#!/usr/bin/env node
// kiln's command-line entry: everything lives in dist/cli.js (compiled from src/cli.ts).
// kiln needs a larger V8 stack than node's default (bin/stack-size.js says why): when started
// without one, it re-executes itself once with --stack-size.
'use strict';
const { directKilnCommand } = require('./stack-size.js');

const direct = directKilnCommand(__filename, process.argv.slice(2));
if (direct.args[0] !== __filename) {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, direct.args, { stdio: 'inherit', env: direct.env });
  process.exitCode = r.status === null ? 1 : r.status;
} else {
  require('../dist/cli.js')
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e) => {
      process.stderr.write(`kiln internal error: ${e && e.stack ? e.stack : e}\n`);
      process.exitCode = 70;
    });
}
