'use strict';
// Compile-speed benchmarks, the results: one case per benny result in the
// 'kiln-compile-speed/1' shape (see README.md, "Compile speed"), the machine they ran on,
// the JSON file and the table printed to stdout.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const SCHEMA = 'kiln-compile-speed/1';
const ROOT = path.resolve(__dirname, '..', '..');

function machineInfo() {
  const cpus = os.cpus();
  let kilnCommit = 'unknown';
  try {
    kilnCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout: the commit stays unknown
  }
  return {
    cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    os: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    kilnCommit,
    loadAvg: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** One schema case from a benny case result. `unit` names what `size` counts; a case with a
 *  throughput reports size * ops/s in `throughputUnit`. */
function caseOf(group, result, size, sizeUnit, throughputUnit) {
  const opsPerSec = result.ops;
  return {
    group,
    name: result.name,
    size,
    sizeUnit,
    opsPerSec,
    marginPct: result.margin,
    samples: result.samples,
    msPerOp: 1000 / opsPerSec,
    throughput: throughputUnit ? { value: size * opsPerSec, unit: throughputUnit } : null,
  };
}

function writeResults(file, startedAt, cases) {
  const results = {
    schema: SCHEMA,
    startedAt: startedAt.toISOString(),
    machine: machineInfo(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    cases,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  return results;
}

function formatNumber(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** The results as a fixed-width table, one line per case, grouped. */
function formatTable(results) {
  const m = results.machine;
  const header = ['case', 'size', 'ops/s', '±%', 'samples', 'ms/op', 'throughput'];
  const rows = results.cases.map((c) => [
    c.name,
    `${c.size} ${c.sizeUnit}`,
    formatNumber(c.opsPerSec),
    c.marginPct.toFixed(1),
    String(c.samples),
    c.msPerOp >= 10 ? c.msPerOp.toFixed(1) : c.msPerOp.toFixed(3),
    c.throughput ? `${formatNumber(c.throughput.value)} ${c.throughput.unit}` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const out = [
    `kiln compile speed — ${m.cpu}, ${m.cores} cores, ${m.os}, node ${m.node}, kiln ${m.kilnCommit}, load ${m.loadAvg.join(' ')}`,
    line(header),
  ];
  let group = '';
  results.cases.forEach((c, i) => {
    if (c.group !== group) {
      group = c.group;
      out.push(`-- ${group} `.padEnd(widths.reduce((a, b) => a + b + 2, -2), '-'));
    }
    out.push(line(rows[i]));
  });
  out.push(`${results.cases.length} cases in ${results.durationS} s`);
  return out.join('\n');
}

module.exports = { SCHEMA, caseOf, writeResults, formatTable };
