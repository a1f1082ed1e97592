'use strict';
// One test262 test → the runs it asks for and the source text of each, as INTERPRETING.md
// says: sloppy and strict unless flagged (`onlyStrict`, `noStrict`, `raw`); for strict, the
// `"use strict";` directive first; then the host prelude (`print`, `$262`), the harness
// files unmodified (assert.js, sta.js, doneprintHandle.js for `async`, then `includes:` in
// order), then the test itself; `raw` tests run exactly as written. Tests that need what
// this host cannot give (module code, other realms, agents, detaching buffers, IsHTMLDDA)
// are marked `host` here and not run by either engine.
//
// The prelude is plain JavaScript both engines read the same way. kiln rejects a whole file
// over one unsupported construct, so the prelude uses only what kiln compiles and adds a
// `$262` member only when the test names `$262`: `evalScript` needs `eval` and `global`
// needs `globalThis`, and a test that uses them is unsupported by kiln for that reason,
// not because of the prelude. Its first statement prints EVALUATING_MARKER: a negative test
// whose error comes before the marker failed in the parse phase, after it at runtime.
const fs = require('fs');
const path = require('path');
const { parseTestMetadata } = require('./frontmatter');

const EVALUATING_MARKER = 'Test262:Evaluating';
const ASYNC_COMPLETE = 'Test262:AsyncTestComplete';
const ASYNC_FAILURE = 'Test262:AsyncTestFailure';

// What the runner does not host, found in the test's own text: [pattern, reason].
const HOST_NEEDS = [
  [/\$262\.createRealm/, '$262.createRealm (other realms)'],
  [/\$262\.agent/, '$262.agent (concurrent agents)'],
  [/\$262\.detachArrayBuffer|\$DETACHBUFFER/, '$262.detachArrayBuffer'],
  [/\$262\.IsHTMLDDA/, '$262.IsHTMLDDA'],
  [/\$262\.AbstractModuleSource/, '$262.AbstractModuleSource (module source)'],
];

/** Why the runner cannot host this test, or null when it can. */
function hostUnsupported(meta, source) {
  if (meta.flags.includes('module')) return 'module code (kiln runs CommonJS scripts)';
  if (meta.flags.includes('CanBlockIsFalse')) return 'CanBlockIsFalse (node\'s main thread can block)';
  if (meta.features.includes('IsHTMLDDA')) return '$262.IsHTMLDDA';
  if (meta.negative && meta.negative.phase === 'resolution') return 'resolution-phase negative (module code)';
  for (const [pattern, reason] of HOST_NEEDS) if (pattern.test(source)) return reason;
  return null;
}

/** The modes a test runs in: 'sloppy' and/or 'strict'. */
function modesOf(meta) {
  if (meta.flags.includes('raw') || meta.flags.includes('noStrict')) return ['sloppy'];
  if (meta.flags.includes('onlyStrict')) return ['strict'];
  return ['sloppy', 'strict'];
}

// assert.js lines kiln cannot compile yet, for the diagnostic `--reword-harness` mode only
// (its results are not conformance results): message formatting, not what is checked.
const ASSERT_REWORDINGS = [
  ['typeof JSON !== "undefined" ? JSON.stringify(value) : \'"\' + value + \'"\'', '\'"\' + value + \'"\''],
  ['Object.prototype.toString.call(value)', '\'[object \' + typeof value + \']\''],
  ['Array.prototype.map.call(arrayLike, String).join(", ")', 'arrayLike.length + " elements"'],
];

class Harness {
  constructor(suiteDir, { rewordHarness = false } = {}) {
    this.dir = path.join(suiteDir, 'harness');
    this.rewordHarness = rewordHarness;
    this.files = new Map();
  }

  file(name) {
    let text = this.files.get(name);
    if (text === undefined) {
      text = fs.readFileSync(path.join(this.dir, name), 'utf8');
      if (this.rewordHarness && name === 'assert.js') {
        for (const [from, to] of ASSERT_REWORDINGS) text = text.split(from).join(to);
      }
      this.files.set(name, text);
    }
    return text;
  }
}

function prelude(meta, testSource) {
  const lines = [
    `print(${JSON.stringify(EVALUATING_MARKER)});`,
    'function print(message) { console.log(message); }',
  ];
  // asyncHelpers.js checks that $DONE is a property of the global object, as a global
  // function declaration of doneprintHandle.js would make it; in a CommonJS script it is
  // module-local, so the host puts it there.
  if (meta.flags.includes('async') && meta.includes.includes('asyncHelpers.js')) lines.push('globalThis.$DONE = $DONE;');
  if (testSource.includes('$262')) {
    const members = ['  gc: function () { throw new Test262Error("$262.gc: this host has no garbage collection hook"); }'];
    if (testSource.includes('$262.global')) members.push('  global: globalThis');
    if (testSource.includes('$262.evalScript')) members.push('  evalScript: function (source) { return (0, eval)(source); }');
    lines.push(`var $262 = {\n${members.join(',\n')}\n};`);
  }
  return `${lines.join('\n')}\n`;
}

/** The source text of `test` in `mode`, whether it prints EVALUATING_MARKER, and partAt(line):
 *  which part of the file ('runner prelude', 'harness <file>', 'test') holds a line. */
function composeRun(harness, meta, testSource, mode) {
  if (meta.flags.includes('raw')) return { source: testSource, hasMarker: false, partAt: () => 'test' };
  const parts = [];
  if (mode === 'strict') parts.push({ name: 'runner prelude', text: '"use strict";\n' });
  parts.push({ name: 'runner prelude', text: prelude(meta, testSource) });
  const files = ['assert.js', 'sta.js'];
  if (meta.flags.includes('async')) files.push('doneprintHandle.js');
  for (const inc of meta.includes) if (!files.includes(inc)) files.push(inc);
  for (const f of files) parts.push({ name: `harness ${f}`, text: `${harness.file(f)}\n` });
  parts.push({ name: 'test', text: testSource });
  // The first line of each part, so that a line kiln names can be traced to its file.
  const starts = [];
  let line = 1;
  for (const p of parts) {
    starts.push({ name: p.name, line });
    line += p.text.split(/\r\n|\r|\n|\u2028|\u2029/).length - 1;
  }
  const partAt = (n) => starts.filter((st) => st.line <= n).pop().name;
  return { source: parts.map((p) => p.text).join(''), hasMarker: true, partAt };
}

/** Reads a test: its metadata, its modes, and why the host cannot run it (or null). */
function loadTest(suiteDir, test) {
  const source = fs.readFileSync(path.join(suiteDir, test), 'utf8');
  const meta = parseTestMetadata(source);
  return { test, source, meta, modes: modesOf(meta), host: hostUnsupported(meta, source) };
}

module.exports = { Harness, loadTest, composeRun, modesOf, EVALUATING_MARKER, ASYNC_COMPLETE, ASYNC_FAILURE };
