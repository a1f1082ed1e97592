// Tool (runs under node): writes one benchmark as a single self-contained script for engines that
// cannot load modules or use `process`: core.js and the benchmark's file are concatenated with their
// require/module.exports lines removed, followed by a driver that runs innerBenchmarkLoop(inner)
// `outer` times and prints the verification outcome (no timing).
// Usage: node bench/suite/bundle.js <name> <outer> <inner> > /tmp/<name>-bundle.js
'use strict';
const fs = require('fs');
const path = require('path');

function stripModuleLines(source) {
  const kept = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "'use strict';") continue;
    if (line.indexOf("require('./core.js')") >= 0) continue;
    if (line.indexOf('module.exports') === 0) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

function exportedName(source) {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const prefix = 'module.exports = ';
    if (lines[i].indexOf(prefix) === 0) return lines[i].slice(prefix.length).replace(';', '').trim();
  }
  throw new Error('no module.exports line');
}

const name = process.argv[2];
const outer = Number(process.argv[3] || '1');
const inner = Number(process.argv[4] || '1');
const dir = __dirname;
const core = fs.readFileSync(path.join(dir, 'core.js'), 'utf8');
const bench = fs.readFileSync(path.join(dir, name + '.js'), 'utf8');
const cls = exportedName(bench);
const driver = [
  '// driver',
  'const suiteBench = new ' + cls + '();',
  'for (let i = 0; i < ' + outer + '; i++) {',
  '  const ok = suiteBench.innerBenchmarkLoop(' + inner + ');',
  '  console.log("' + name + ': iteration " + i + ": " + (ok ? "ok" : "verification failed"));',
  '}',
  'console.log(suiteBench.benchmark());',
].join('\n');
process.stdout.write("'use strict';\n" + stripModuleLines(core) + '\n' + stripModuleLines(bench) + '\n' + driver + '\n');
