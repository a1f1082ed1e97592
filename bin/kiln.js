#!/usr/bin/env node
// kiln's command-line entry: everything lives in dist/cli.js (compiled from src/cli.ts).
'use strict';
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`kiln internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 70;
  });
