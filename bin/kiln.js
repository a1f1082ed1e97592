#!/usr/bin/env node
// kiln's command-line entry: everything lives in dist/cli.js (compiled from src/cli.ts).
// One process: the larger stack kiln needs is set by the addon at start-up (see
// raiseHostStackLimit in native/addon.cc), not by restarting node with --stack-size.
'use strict';
// kiln's own modules compile from V8's code cache when it was built (src/code-cache.ts).
require('../dist/code-cache.js').useCodeCache();
require('../dist/cli.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`kiln internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 70;
  });
