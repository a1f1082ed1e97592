// The V8 stack kiln runs with. Recursion that crosses tiers (compiled code → interpreter →
// compiled code) nests host frames, so kiln needs more than node's default ~1 MB: it asks for
// --stack-size sized to the thread's real stack limit, leaving a margin, so deep programs
// overflow as a RangeError, never a crash. bin/kiln.js re-executes itself with these flags
// when started without them; test runners start kiln with them directly (one node start per
// run instead of two).
'use strict';
const fs = require('fs');

const STACK_SIZE_ENV = 'KILN_STACK_SIZE_SET';

/** --stack-size in KB for this thread's soft stack limit, or 0 when it is too small to raise. */
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

/** `node` arguments and environment that start bin/kiln.js (with `kilnArgs`) on its final
 *  stack, skipping the re-exec. */
function directKilnCommand(kilnScript, kilnArgs, env = process.env) {
  const kb = env[STACK_SIZE_ENV] ? 0 : stackSizeKb();
  if (kb === 0) return { args: [kilnScript, ...kilnArgs], env };
  return { args: [`--stack-size=${kb}`, kilnScript, ...kilnArgs], env: { ...env, [STACK_SIZE_ENV]: '1' } };
}

module.exports = { STACK_SIZE_ENV, stackSizeKb, directKilnCommand };
