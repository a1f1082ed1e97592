'use strict';
// Tests that need a tool npm does not install (llvm-mc, chromium) ask for it here. On a
// developer's machine without the tool they are skipped with ONE visible line that names the
// tool, what it checks and how to get it; under CI (CI=true) a missing tool is a failure,
// because .ci/run installs every tool first and a silent skip there would hide a broken check.
// Each tool's path can be overridden (KILN_LLVM_MC, KILN_CHROMIUM), which is also how
// the fresh-machine behaviour is exercised on a machine that has the tools.
const fs = require('fs');
const path = require('path');

const TOOLS = {
  'llvm-mc': {
    env: 'KILN_LLVM_MC',
    names: ['llvm-mc', 'llvm-mc-14', 'llvm-mc-15', 'llvm-mc-16'],
    adds: 'checks every encoding of both assemblers against an independent assembler',
    install: 'apt-get install llvm-14 (Debian)',
  },
  chromium: {
    env: 'KILN_CHROMIUM',
    names: ['chromium', 'chromium-browser'],
    adds: 'renders the benchmark report page headless and checks its charts',
    install: 'apt-get install chromium (Debian)',
  },
};

function onPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** The tool's executable, or null when this machine does not have it. */
function findTool(tool) {
  const spec = TOOLS[tool];
  const override = process.env[spec.env];
  if (override) return fs.existsSync(override) ? override : null;
  for (const name of spec.names) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

/**
 * Call at the top of a mocha `describe` body that needs `tool`. Returns its path, or null after
 * registering the one skipped test that says why (or a failing one when CI=true); the caller
 * then returns without defining its tests.
 */
function requireTool(tool) {
  const found = findTool(tool);
  if (found) return found;
  const spec = TOOLS[tool];
  const line = `${tool} not found (it ${spec.adds}): install it with \`${spec.install}\` or set ${spec.env}=<path>`;
  if (process.env.CI === 'true') {
    it(`needs ${tool}`, () => {
      throw new Error(`${line}. CI=true: .ci/run installs it, so its absence is an error here.`);
    });
  } else {
    it.skip(`skipped: ${line}`);
  }
  return null;
}

module.exports = { findTool, requireTool, TOOLS };
