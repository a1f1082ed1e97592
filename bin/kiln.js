#!/usr/bin/env node
// kiln's command-line entry: everything lives in dist/cli.js (compiled from src/cli.ts).
// Recursion that crosses tiers (compiled code → interpreter → compiled code) nests host
// frames, so kiln runs with a larger V8 stack than node's default ~1 MB: when started
// without one, it re-executes itself once with --stack-size sized to the thread's real
// stack limit (leaving a margin), so deep programs overflow as a RangeError, never a crash.
'use strict';
const fs = require('fs');

function stackSizeKb() {
  try {
    const line = fs.readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max stack size'));
    const soft = line && line.split(/\s{2,}/)[1];
    const bytes = soft === 'unlimited' ? 64 * 1024 * 1024 : Number(soft);
    if (!Number.isFinite(bytes) || bytes < 2 * 1024 * 1024) return 0;
    return Math.floor(Math.min(bytes * 0.7, 48 * 1024 * 1024) / 1024);
  } catch {
    return 0;
  }
}

const kb = process.env.KILN_STACK_SIZE_SET ? 0 : stackSizeKb();
if (kb > 0) {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [`--stack-size=${kb}`, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, KILN_STACK_SIZE_SET: '1' },
  });
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
