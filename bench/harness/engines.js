// The engines the benchmark harness compares, in display order: kiln's tiers and node's on the
// same driver and program source. kiln has no baseline tier (interpreter → optimizing JIT), so
// there is no "kiln without optimization" engine; node's Sparkplug engine is Ignition plus the
// baseline compiler with TurboFan and Maglev off (node 20 ships Maglev disabled already).
'use strict';
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const KILN = path.join(ROOT, 'bin', 'kiln.js');

// kiln logs tier-ups, deopts and its --stats as JSON lines on stderr; the harness reads them.
const KILN_TRACE_FLAGS = ['--trace-tier', '--trace-deopt', '--trace-format=json', '--stats'];

const ENGINES = [
  { key: 'kiln-jitless', label: 'kiln --jitless', kiln: true, flags: ['--jitless'] },
  { key: 'kiln', label: 'kiln', kiln: true, flags: [] },
  { key: 'node-jitless', label: 'node --jitless (Ignition)', kiln: false, flags: ['--jitless'] },
  { key: 'node-sparkplug', label: 'node --no-opt --no-maglev (Ignition + Sparkplug)', kiln: false, flags: ['--no-opt', '--no-maglev'] },
  { key: 'node', label: 'node', kiln: false, flags: [] },
];

/** The command line shown for an engine (what a user would type). */
function displayCommand(engine) {
  return engine.kiln ? ['node', engine.bin ?? 'bin/kiln.js', ...engine.flags] : ['node', ...engine.flags];
}

/** The `node` arguments that run `script args` on `engine`. */
function engineCommand(engine, script, args) {
  if (!engine.kiln) return [...engine.flags, script, ...args];
  return [engine.bin ?? KILN, ...engine.flags, ...KILN_TRACE_FLAGS, script, ...args];
}

/** Another build of kiln as an engine beside this one (`--kiln-base=label=path/to/bin/kiln.js`,
 *  e.g. a worktree of an older commit): before/after numbers from one invocation. */
function baseEngine(spec) {
  const at = spec.indexOf('=');
  if (at <= 0) throw new Error(`--kiln-base wants label=path/to/bin/kiln.js, got ${spec}`);
  const bin = path.resolve(spec.slice(at + 1));
  return { key: 'kiln-base', label: `kiln ${spec.slice(0, at)}`, kiln: true, flags: [], bin };
}

function selectEngines(keys, base = null) {
  const all = base === null ? ENGINES : [base, ...ENGINES];
  if (!keys) return all;
  const unknown = keys.filter((k) => !all.some((e) => e.key === k));
  if (unknown.length) throw new Error(`unknown engine ${unknown.join(', ')}; engines: ${all.map((e) => e.key).join(', ')}`);
  return all.filter((e) => keys.includes(e.key));
}

module.exports = { ENGINES, baseEngine, displayCommand, engineCommand, selectEngines };
