'use strict';
// The benchmark report page (bench/report/render-html.js), checked in a real headless browser
// (Debian's chromium driven by playwright-core): the page loads without console or page
// errors and without fetching anything; it shows one warmup chart per program, the summary
// chart and one compile-speed chart per group, each visible with a real size; every
// (engine, run) with iteration times has its line and every logged tier-up and deopt its
// marker; chart labels do not overlap. A screenshot is written next to the HTML.
//
// The data: the report the harness itself wrote for a small real run (test/support/
// tiny-bench-run.js), and sampleResults() below, a schema-valid kiln-bench/1 object with the
// cases a small run does not produce (deopts, several runs, failed cells, partial results).
//
// Environment:
//   KILN_REPORT_OUT=dir   write report.html / report.png there (default: a fresh temp dir)
//   KILN_CHROMIUM=path    the chromium binary (default: chromium on PATH, Debian's package);
//                         without one the browser checks are skipped with one line (failed
//                         under CI=true): test/support/optional-tool.js
//   KILN_REPORT_RESULTS=results.json   also render and check this real results file
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { tinyBenchRun, TINY_RUN } = require('./support/tiny-bench-run');
const { QUICK } = require('./support/quick');
const { renderReport } = require('../bench/report/render-html');

const { findTool, requireTool } = require('./support/optional-tool');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1100, height: 900 };
// Text in these classes must not overlap other text of these classes in the same chart.
const LABEL_CLASSES = ['tick', 'axis-title', 'legend-label', 'group-label', 'bar-value', 'bar-missing-text', 'reference-label'];

// ---------------------------------------------------------------------------------------------
// Sample data: a kiln-bench/1 results object with 4 programs, 5 engines, 2 runs per cell,
// tier-ups (some clustered in one iteration, some before the first), deopts, --stats, a
// failed cell, a missing cell, runs cut short by the time budget, a program where kiln beats
// node, and compile-speed results.

function sampleResults() {
  let seed = 12345;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return 1 + ((seed / 0x7fffffff) - 0.5) * 0.08;
  };
  const ITER = 20;
  const engines = [
    { key: 'kiln-jitless', label: 'kiln --jitless', kiln: true, command: ['node', 'bin/kiln.js', '--jitless'] },
    { key: 'kiln', label: 'kiln', kiln: true, command: ['node', 'bin/kiln.js'] },
    { key: 'node-jitless', label: 'node --jitless (Ignition)', kiln: false, command: ['node', '--jitless'] },
    { key: 'node-sparkplug', label: 'node --no-opt --no-maglev (Ignition + Sparkplug)', kiln: false, command: ['node', '--no-opt', '--no-maglev'] },
    { key: 'node', label: 'node', kiln: false, command: ['node'] },
  ];
  const programs = [
    { name: 'richards', kind: 'classic', inner: 1, description: 'OS task scheduler simulation' },
    { name: 'deltablue', kind: 'classic', inner: 1, description: 'One-way constraint solver' },
    { name: 'fib', kind: 'micro', inner: 1, description: 'Recursive fibonacci(27)' },
    { name: 'property-access', kind: 'micro', inner: 10, description: 'Monomorphic property loads in a loop' },
  ];
  // Steady ms per (program, engine); warmup shape per engine.
  const steady = {
    richards: { 'kiln-jitless': 410, kiln: 38, 'node-jitless': 95, 'node-sparkplug': 41, node: 4.2 },
    deltablue: { 'kiln-jitless': 520, kiln: 60, 'node-jitless': 120, 'node-sparkplug': 55, node: 6.5 },
    fib: { 'kiln-jitless': 300, kiln: 9, 'node-jitless': 60, node: 3.1 },
    'property-access': { 'kiln-jitless': 150, kiln: 2.1, 'node-jitless': 40, 'node-sparkplug': 12, node: 3.0 }, // kiln faster than node
  };
  const warmup = { 'kiln-jitless': [1.15, 1.02], kiln: [9, 3.5, 1.6, 2.4, 1.2], 'node-jitless': [1.3, 1.05], 'node-sparkplug': [2.5, 1.2], node: [6, 2.2, 1.1] };
  const failed = { program: 'deltablue', engine: 'kiln', error: 'TypeError: Cannot read properties of undefined (reading \'next\')\n    at Planner.extractPlanFromConstraints (deltablue.js:612:23)' };

  const cells = [];
  for (const p of programs) {
    for (const e of engines) {
      const base = steady[p.name][e.key];
      if (base === undefined) continue; // fib on node-sparkplug: not run (a missing cell)
      if (p.name === failed.program && e.key === failed.engine) {
        cells.push({ program: p.name, engine: e.key, status: 'failed', error: failed.error, steadyMs: null, spreadMs: null, ratioToNode: null, runs: [] });
        continue;
      }
      // The harness's time budget stops a slow engine early: kiln --jitless on deltablue.
      const iterations = p.name === 'deltablue' && e.key === 'kiln-jitless' ? 5 : ITER;
      const runs = [0, 1].map((r) => {
        const iterationsMs = [];
        for (let i = 0; i < iterations; i++) iterationsMs.push(round(base * (warmup[e.key][i] || 1) * noise() * (r ? 1.03 : 1)));
        const run = { iterationsMs, steadyMs: medianOf(iterationsMs.slice(Math.floor(iterations / 2))), wallMs: round(iterationsMs.reduce((a, b) => a + b, 0) + 60), tierUps: [], deopts: [], stats: null };
        if (e.key === 'kiln') Object.assign(run, kilnEvents(p.name, r));
        if (e.kiln) run.stats = kilnStats(run, e.key);
        return run;
      });
      const s = runs.map((r) => r.steadyMs);
      cells.push({ program: p.name, engine: e.key, status: 'ok', error: null, steadyMs: medianOf(s), spreadMs: { min: Math.min(...s), max: Math.max(...s) }, ratioToNode: null, runs });
    }
  }
  for (const c of cells) {
    const node = cells.find((n) => n.program === c.program && n.engine === 'node');
    if (c.status === 'ok' && node && node.status === 'ok') c.ratioToNode = round(c.steadyMs / node.steadyMs);
  }
  const geo = (key, field) => {
    const xs = cells.filter((c) => c.engine === key && c.status === 'ok').map((c) => c[field]);
    return xs.length ? round(Math.exp(xs.reduce((a, v) => a + Math.log(v), 0) / xs.length)) : null;
  };
  const summary = { geomeanRatioToNode: {}, geomeanSteadyMs: {} };
  for (const e of engines) {
    summary.geomeanRatioToNode[e.key] = geo(e.key, 'ratioToNode');
    summary.geomeanSteadyMs[e.key] = geo(e.key, 'steadyMs');
  }
  const machine = { cpu: 'AMD EPYC 7B13', cores: 2, os: 'linux 6.1 x64', node: 'v20.20.2', kilnCommit: '66f288f', loadAvg: [1.2, 0.9, 0.8] };
  return {
    schema: 'kiln-bench/1', startedAt: '2026-11-26T11:30:00.000Z', durationS: 241.3, mode: 'quick', machine,
    config: { iterations: ITER, repeat: 2, inner: 1, budgetMs: null }, engines, programs, cells, summary,
    compileSpeed: sampleCompileSpeed(machine),
  };
}

function kilnEvents(program, run) {
  const fns = ['Scheduler.schedule', 'TaskControlBlock.run', 'DeviceTask.fn', 'HandlerTask.fn', 'IdleTask.fn', 'WorkerTask.fn',
    'Packet.addTo', 'Scheduler.queue', 'Scheduler.release', 'TaskControlBlock.checkPriorityAdd', 'Scheduler.holdCurrent', 'Scheduler.suspendCurrent'];
  const at = (iteration, names) => names.map((f, i) => ({ iteration, function: f, compileMs: round(1.2 + i * 0.7 + run * 0.1), codeBytes: 1800 + i * 412, osr: i === 0 }));
  if (program === 'fib') return { tierUps: at(0, ['fib']), deopts: [] };
  if (program === 'property-access') return { tierUps: at(0, ['loop', 'Point.get x']), deopts: [] };
  return {
    tierUps: [...at(-1, fns.slice(0, 2)), ...at(0, fns.slice(2, 9)), ...at(1, fns.slice(9, 11)), ...at(4, ['TaskControlBlock.run'])],
    deopts: [{ iteration: 3, function: 'TaskControlBlock.run', reason: 'wrong-map' }, { iteration: 3, function: 'Scheduler.queue', reason: 'not-smi' }],
  };
}

function kilnStats(run, key) {
  if (key !== 'kiln') return { optimized: 0, declined: 0, compileMs: 0, codeBytes: 0, deopts: {}, gcCount: 4, gcPauseMs: 9.3, gcMaxPauseMs: 3.1, gcFreedBytes: 18e6 };
  const deopts = {};
  for (const d of run.deopts) deopts[d.reason] = (deopts[d.reason] || 0) + 1;
  return {
    optimized: run.tierUps.length, declined: 1, compileMs: round(run.tierUps.reduce((a, t) => a + t.compileMs, 0)),
    codeBytes: run.tierUps.reduce((a, t) => a + t.codeBytes, 0), deopts, gcCount: 3, gcPauseMs: 4.1, gcMaxPauseMs: 2.0, gcFreedBytes: 12345678,
  };
}

function sampleCompileSpeed(machine) {
  const mk = (group, file, size, sizeUnit, opsPerSec, unit) => ({
    group, name: `${group}: ${file} (${size} ${sizeUnit})`, size, sizeUnit, opsPerSec, marginPct: 1.5, samples: 40,
    msPerOp: round(1000 / opsPerSec), throughput: unit ? { value: opsPerSec * size, unit } : null,
  });
  return {
    schema: 'kiln-compile-speed/1', startedAt: '2026-11-26T11:20:00.000Z', machine, durationS: 58.2,
    cases: [
      mk('bytecode', 'towers.js', 120, 'lines', 410, 'lines/s'), mk('bytecode', 'richards.js', 272, 'lines', 190, 'lines/s'),
      mk('bytecode', 'havlak.js', 561, 'lines', 88, 'lines/s'),
      mk('jit-optimizing', 'Scheduler.schedule', 64, 'bytecodes', 2100, 'bytecodes/s'), mk('jit-optimizing', 'Planner.incrementalAdd', 310, 'bytecodes', 390, 'bytecodes/s'),
      mk('assembler', 'x64 mixed', 1000, 'instructions', 5200, 'instructions/s'), mk('assembler', 'arm64 mixed', 1000, 'instructions', 4800, 'instructions/s'),
    ],
  };
}

function round(v) {
  return Math.round(v * 1000) / 1000;
}

function medianOf(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------------------------------------
// The browser check, usable on any kiln-bench/1 results object.

function launchChromium() {
  const executablePath = findTool('chromium');
  if (!executablePath) throw new Error('chromium not found: test/support/optional-tool.js says how to get it');
  return require('playwright-core').chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** What the page should show for `results`: chart keys, and lines/markers per warmup chart. */
function expectations(results) {
  const programs = (results.programs || []).map((p) => p.name);
  const groups = results.compileSpeed && Array.isArray(results.compileSpeed.cases)
    ? [...new Set(results.compileSpeed.cases.map((c) => c.group || 'other'))] : [];
  const perProgram = {};
  for (const name of programs) perProgram[name] = { series: [], tierUps: {}, deopts: {} };
  for (const cell of results.cells || []) {
    const exp = perProgram[cell.program];
    if (!exp) continue;
    (cell.runs || []).forEach((run, r) => {
      if (!run || !Array.isArray(run.iterationsMs) || !run.iterationsMs.length) return;
      const key = `${cell.engine}/${r}`;
      exp.series.push(key);
      if (run.tierUps && run.tierUps.length) exp.tierUps[key] = run.tierUps.length;
      if (run.deopts && run.deopts.length) exp.deopts[key] = run.deopts.length;
    });
  }
  return { programs, groups, perProgram };
}

/** Facts about every chart on the page, gathered in the browser. */
function readCharts(page) {
  return page.evaluate((labelClasses) => {
    const overlaps = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    return [...document.querySelectorAll('svg.chart')].map((svg) => {
      const box = svg.getBoundingClientRect();
      const style = getComputedStyle(svg);
      const count = (kind) => {
        const out = {};
        for (const m of svg.querySelectorAll(`g.marker[data-kind="${kind}"]`)) {
          const key = `${m.dataset.engine}/${m.dataset.run}`;
          out[key] = (out[key] || 0) + Number(m.dataset.count);
        }
        return out;
      };
      const labels = [...svg.querySelectorAll('text')].filter((t) => labelClasses.some((c) => t.classList.contains(c)) && t.textContent.trim());
      const rects = labels.map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
      const collisions = [];
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          if (overlaps(rects[i].r, rects[j].r)) collisions.push(`"${rects[i].text}" / "${rects[j].text}"`);
        }
      }
      const outside = rects.filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5).map((x) => x.text);
      return {
        chart: svg.dataset.chart, program: svg.dataset.program || null, group: svg.dataset.group || null,
        width: box.width, height: box.height, visible: style.display !== 'none' && style.visibility !== 'hidden',
        label: svg.getAttribute('aria-label'), role: svg.getAttribute('role'),
        series: [...svg.querySelectorAll('g.series')].map((g) => ({
          key: `${g.dataset.engine}/${g.dataset.run}`,
          drawn: !!g.querySelector('polyline') || !!g.querySelector('circle'),
        })),
        tierUps: count('tier-up'), deopts: count('deopt'),
        bars: svg.querySelectorAll('g.bar').length,
        collisions, outside,
      };
    });
  }, LABEL_CLASSES);
}

/**
 * Opens htmlPath in headless chromium and checks it against results. Writes a full-page
 * screenshot next to the HTML and returns its path. Pass { browser } to reuse one.
 */
async function checkReportInBrowser(htmlPath, results, { browser } = {}) {
  const ownBrowser = browser ? null : await launchChromium();
  const page = await (browser || ownBrowser).newPage({ viewport: VIEWPORT });
  try {
    const problems = [];
    const url = pathToFileURL(htmlPath).href;
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (r.url() !== url && !r.url().startsWith('data:')) problems.push(`request to ${r.url()} (the page must be self-contained)`); });
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.ok(response === null || response.ok(), `loading ${url} failed: ${response && response.status()}`);
    assert.match(await page.textContent('h1'), /kiln benchmark report/);

    const exp = expectations(results);
    const charts = await readCharts(page);
    const of = (kind) => charts.filter((c) => c.chart === kind);
    assert.deepStrictEqual(of('warmup').map((c) => c.program).sort(), exp.programs.slice().sort(), 'one warmup chart per program');
    assert.strictEqual(of('summary').length, 1, 'one summary chart');
    assert.deepStrictEqual(of('compile-speed').map((c) => c.group).sort(), exp.groups.slice().sort(), 'one compile-speed chart per group');
    for (const c of charts) {
      const name = `${c.chart} chart${c.program ? ` of ${c.program}` : ''}${c.group ? ` (${c.group})` : ''}`;
      assert.ok(c.visible && c.width > 100 && c.height > 50, `${name} is not visible: ${c.width}×${c.height}`);
      assert.ok(c.role === 'img' && c.label, `${name} lacks role="img" / aria-label`);
      assert.deepStrictEqual(c.collisions, [], `${name}: overlapping labels`);
      assert.deepStrictEqual(c.outside, [], `${name}: labels outside the chart`);
      if (c.chart !== 'warmup') assert.ok(c.bars > 0, `${name} has no bars`);
    }
    for (const c of of('warmup')) {
      const want = exp.perProgram[c.program];
      assert.deepStrictEqual(c.series.map((s) => s.key).sort(), want.series.slice().sort(), `${c.program}: one line per (engine, run)`);
      for (const s of c.series) assert.ok(s.drawn, `${c.program}: line ${s.key} has nothing drawn`);
      assert.deepStrictEqual(c.tierUps, want.tierUps, `${c.program}: tier-up markers (count per engine/run)`);
      assert.deepStrictEqual(c.deopts, want.deopts, `${c.program}: deopt markers (count per engine/run)`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than a ${VIEWPORT.width}px window`);
    assert.deepStrictEqual(problems, [], 'console errors, page errors or network requests');

    const screenshot = path.join(path.dirname(htmlPath), `${path.basename(htmlPath, '.html')}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    return screenshot;
  } finally {
    await page.close();
    if (ownBrowser) await ownBrowser.close();
  }
}

function writeReport(dir, name, results) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, renderReport(results));
  return file;
}

// ---------------------------------------------------------------------------------------------

describe('benchmark report: renderReport', function () {
  it('renders without a crash on a nearly empty results object, and rejects a non-object', function () {
    const html = renderReport({ schema: 'kiln-bench/1', programs: [{ name: 'richards' }], cells: [] });
    assert.match(html, /data-chart="warmup" data-program="richards"/);
    assert.match(html, /data-chart="summary"/);
    assert.throws(() => renderReport(null), /expected a results object/);
  });

  it('escapes text from the results (function names, errors)', function () {
    const results = sampleResults();
    results.cells[0].error = '<script>alert(1)</script>';
    results.cells[1].runs[0].tierUps[0].function = 'a<b>&"c"';
    const html = renderReport(results);
    assert.ok(!html.includes('<script>'), 'raw <script> in the page');
    assert.ok(html.includes('a&lt;b&gt;&amp;&quot;c&quot;'));
  });
});

describe('benchmark report: the page in headless chromium', function () {
  this.timeout(30000);
  if (!requireTool('chromium')) return;
  let browser = null;
  let outDir = null;

  before(async function () {
    outDir = process.env.KILN_REPORT_OUT || fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-report-'));
    fs.mkdirSync(outDir, { recursive: true });
    browser = await launchChromium();
  });

  after(async function () {
    if (browser) await browser.close();
  });

  it('renders the sample results and passes the browser checks', async function () {
    const results = sampleResults();
    const html = writeReport(outDir, 'report.html', results);
    const screenshot = await checkReportInBrowser(html, results, { browser });
    console.log(`      report: ${html}\n      screenshot: ${screenshot}`);
  });

  it('renders partial results: one engine, a failed cell, empty runs, no compile speed', async function () {
    const full = sampleResults();
    const results = {
      ...full,
      engines: full.engines.filter((e) => e.key === 'kiln'),
      cells: full.cells.filter((c) => c.engine === 'kiln').map((c) => (c.program === 'fib' ? { ...c, status: 'timeout', error: 'killed after 300 s', steadyMs: null, spreadMs: null, runs: [{ iterationsMs: [], steadyMs: null, wallMs: 300000, tierUps: [], deopts: [], stats: null }] } : c)),
      summary: undefined,
      compileSpeed: null,
    };
    const html = writeReport(outDir, 'report-partial.html', results);
    await checkReportInBrowser(html, results, { browser });
  });

  it("renders the harness's own report of a small real run and passes the browser checks", async function () {
    // ~20 s of benchmark runs: `npm test` only, not the quick loop.
    if (QUICK) this.skip();
    this.timeout(TINY_RUN.timeoutMs + 30000);
    const bench = await tinyBenchRun();
    assert.ok(bench.results && fs.existsSync(bench.reportFile), `the harness wrote no report: ${bench.run.stderr.slice(-2000)}`);
    assert.ok(bench.results.compileSpeed, 'the real run has no compile-speed results');
    const screenshot = await checkReportInBrowser(bench.reportFile, bench.results, { browser });
    console.log(`      report: ${bench.reportFile}\n      screenshot: ${screenshot}`);
  });

  it('renders a real results file (KILN_REPORT_RESULTS)', async function () {
    if (!process.env.KILN_REPORT_RESULTS) this.skip();
    const results = JSON.parse(fs.readFileSync(process.env.KILN_REPORT_RESULTS, 'utf8'));
    const html = writeReport(outDir, 'report-real.html', results);
    const screenshot = await checkReportInBrowser(html, results, { browser });
    console.log(`      report: ${html}\n      screenshot: ${screenshot}`);
  });

  it('the checks catch a missing tier-up marker and a console error', async function () {
    const results = sampleResults();
    const page = renderReport(results);
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-report-broken-'));
    const noMarker = path.join(scratch, 'broken-marker.html');
    fs.writeFileSync(noMarker, page.replace(/<g class="marker marker-tier-up"[^>]*>[\s\S]*?<\/g>/, ''));
    await assert.rejects(checkReportInBrowser(noMarker, results, { browser }), /tier-up markers/);
    const consoleError = path.join(scratch, 'broken-console.html');
    fs.writeFileSync(consoleError, page.replace('</body>', '<script>console.error("boom")</script></body>'));
    await assert.rejects(checkReportInBrowser(consoleError, results, { browser }), /console error: boom/);
    fs.rmSync(scratch, { recursive: true, force: true });
  });
});

module.exports = { sampleResults, checkReportInBrowser };
