#!/usr/bin/env node
'use strict';
// Benchmark report: renders a kiln-bench/1 results object (bench/run.js) as ONE self-contained
// HTML page — inline CSS and SVG, no scripts, nothing loaded from anywhere — with the machine
// line, the summary table and ratio chart, a warmup chart and --stats table per program, and
// the compile-speed results when present.
//
//   const { renderReport } = require('./bench/report/render-html');
//   fs.writeFileSync('report.html', renderReport(results));
//
//   node bench/report/render-html.js results.json [out.html]   (default: report.html beside the JSON)

const fs = require('fs');
const path = require('path');
const { tag, esc, slug } = require('./markup');
const { buildModel } = require('./results-model');
const { engineStyles } = require('./engine-style');
const { headerHtml, summaryTableHtml, summaryChartSvg } = require('./summary-section');
const { programSectionHtml } = require('./program-section');
const { compileSpeedSectionHtml } = require('./compile-speed-section');
const STYLES = require('./styles');

/** The report page for one results object, as an HTML string. */
function renderReport(results) {
  const data = buildModel(results);
  const model = { ...data, style: engineStyles(data.engines.map((e) => e.key)) };
  const nav = [
    ...model.programs.map((p) => tag('a', { href: `#program-${slug(p.name)}` }, esc(p.name))),
    results.compileSpeed ? tag('a', { href: '#compile-speed' }, 'compile speed') : null,
  ];
  const body = tag('main', {},
    headerHtml(model),
    tag('nav', {}, 'Programs: ', nav),
    summaryTableHtml(model),
    tag('figure', {}, summaryChartSvg(model)),
    model.programs.map((p) => programSectionHtml(model, p)),
    compileSpeedSectionHtml(results.compileSpeed));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // An empty icon: keeps the browser from requesting /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${esc(pageTitle(results))}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

function pageTitle(results) {
  const m = results.machine || {};
  return `kiln benchmarks${m.kilnCommit ? ` @ ${m.kilnCommit}` : ''}${results.startedAt ? ` — ${String(results.startedAt).slice(0, 10)}` : ''}`;
}

function main(argv) {
  if (argv.length < 1 || argv.length > 2 || argv[0] === '-h' || argv[0] === '--help') {
    process.stderr.write('usage: node bench/report/render-html.js results.json [out.html]\n');
    return 2;
  }
  const input = path.resolve(argv[0]);
  const output = path.resolve(argv[1] || path.join(path.dirname(input), 'report.html'));
  const results = JSON.parse(fs.readFileSync(input, 'utf8'));
  fs.writeFileSync(output, renderReport(results));
  process.stdout.write(`${output}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { renderReport };
