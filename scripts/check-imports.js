#!/usr/bin/env node
// The import-graph checker: reads every `import … from '…'`, `export … from '…'` and
// `require('…')` in src/**/*.ts and scripts/**, and every `#include "…"` in native/**, and fails
// on (a) a cycle between files, (b) an import that points back up the layer order below,
// (c) an import between siblings of one floor (interpreter/ ↔ jit/, frontend/ ↔ runtime/),
// and (d) a cycle between folders of native/. Plain node, no dependencies, so it runs before
// anything is built; test/imports.test.js runs it under `npm test`.
//
//   node scripts/check-imports.js [--root DIR] [--report]
//
// Prints violations as `file:line: message` and exits 1 if there are any. `--report` also
// prints the folder graph (per folder, the folders it imports), the cycles and the largest files.
'use strict';

const fs = require('fs');
const path = require('path');

// ---- The floors, top to bottom ----------------------------------------------------------------
// A file may import files of its own floor group and of any floor strictly below it. Groups on
// one floor are siblings: neither imports the other (a hook installed from above connects them).
const FLOORS = [
  { floor: 0, group: 'scripts', match: (f) => f.startsWith('scripts/') },
  { floor: 1, group: 'top', match: (f) => ['src/cli.ts', 'src/pipeline.ts', 'src/options.ts', 'src/entry-script.ts', 'src/dynamic-code.ts', 'src/code-cache.ts'].includes(f) },
  { floor: 2, group: 'tiering', match: (f) => f.startsWith('src/tiering/') },
  { floor: 3, group: 'interpreter', match: (f) => f.startsWith('src/interpreter/') },
  { floor: 3, group: 'jit', match: (f) => f.startsWith('src/jit/') },
  { floor: 4, group: 'profile', match: (f) => f.startsWith('src/profile/') },
  { floor: 5, group: 'frontend', match: (f) => f.startsWith('src/frontend/') },
  { floor: 5, group: 'runtime', match: (f) => f.startsWith('src/runtime/') },
  { floor: 6, group: 'bytecode', match: (f) => f.startsWith('src/bytecode/') },
  { floor: 7, group: 'native', match: (f) => f.startsWith('src/native/') },
  // The C++ addon sits below all TypeScript; only cycles are checked inside it.
  { floor: 8, group: 'addon', match: (f) => f.startsWith('native/') },
];

/** The floor of a repository-relative path, or undefined for a file outside the table. */
function floorOf(file) {
  return FLOORS.find((entry) => entry.match(file));
}

// ---- Reading imports --------------------------------------------------------------------------

/** Source text with comments, regular expressions and string contents blanked (newlines kept,
 *  so offsets keep their line numbers) and the list of plain string literals with their
 *  offsets: specifiers are string tokens, so a `require('./x')` written inside a comment or
 *  a message string is not an import. */
function scanTypeScript(text) {
  const strings = [];
  const out = [];
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  const templateDepths = []; // brace depth at each open `${`, innermost last
  let depth = 0;
  let lastSignificant = ''; // '' or an operator: a `/` here starts a regular expression
  let i = 0;
  /** Scans template text from i (just past '`' or '}') to its end or next `${`. */
  const templateText = () => {
    let j = i;
    while (j < text.length && text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{')) j += text[j] === '\\' ? 2 : 1;
    out.push(blank(text.slice(i, j)));
    if (text[j] === '`') {
      out.push('`');
      i = j + 1;
      lastSignificant = ')';
    } else {
      out.push('${');
      templateDepths.push(depth);
      i = j + 2;
      lastSignificant = '(';
    }
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out.push(blank(text.slice(i, stop)));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out.push(blank(text.slice(i, stop)));
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      strings.push({ start: i, value: text.slice(i + 1, j) });
      out.push(c + blank(text.slice(i + 1, j)) + c);
      i = j + 1;
      lastSignificant = ')';
    } else if (c === '`') {
      out.push('`');
      i++;
      templateText();
    } else if (c === '}' && templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth) {
      templateDepths.pop();
      out.push('}');
      i++;
      templateText();
    } else if (c === '/' && /^$|[(,=:[!&|?{};+\-*%<>~^]$|^return$/.test(lastSignificant)) {
      // A regular expression literal (after an operand, `/` is a division instead).
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      out.push(blank(text.slice(i, j + 1)));
      i = j + 1;
      lastSignificant = ')';
    } else if (/[\w$]/.test(c)) {
      const word = /^[\w$]+/.exec(text.slice(i, i + 64))[0];
      out.push(word);
      i += word.length;
      lastSignificant = /^(return|typeof|case|in|of|else|void|delete|throw|new|yield|await)$/.test(word) ? 'return' : ')';
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      out.push(c);
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
  }
  return { code: out.join(''), strings };
}

function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The module specifiers a TypeScript or JavaScript file imports, with their lines. */
function typeScriptImports(text) {
  const { code, strings } = scanTypeScript(text);
  const found = [];
  for (const s of strings) {
    const before = code.slice(Math.max(0, s.start - 200), s.start);
    const after = code.slice(s.start + s.value.length + 2, s.start + s.value.length + 40);
    const isFrom = /\b(from|import)\s*$/.test(before);
    const isCall = /\b(require|import)\s*\(\s*$/.test(before) && /^\s*\)/.test(after);
    if (isFrom || isCall) found.push({ spec: s.value, line: lineAt(text, s.start) });
  }
  return found;
}

/** The quoted `#include "…"` lines of a C++ file (system headers in <…> are not ours). */
function cppIncludes(text) {
  const found = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*#\s*include\s*"([^"]+)"/.exec(lines[i]);
    if (m) found.push({ spec: m[1], line: i + 1 });
  }
  return found;
}

// ---- The file graph ---------------------------------------------------------------------------

function walk(root, dir, accept, out) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return out;
  for (const entry of fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = dir + '/' + entry.name;
    if (entry.isDirectory()) walk(root, rel, accept, out);
    else if (accept(entry.name)) out.push(rel);
  }
  return out;
}

/** Resolves a relative TypeScript specifier to a repository file, as tsc and node would. */
function resolveTypeScript(root, from, spec) {
  if (!spec.startsWith('.')) return undefined; // a package or a node builtin
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const candidates = [base, base + '.ts', base + '.js', base + '/index.ts', base + '/index.js'];
  // Scripts reach TypeScript sources through their build output: dist/x.js is src/x.ts.
  if (base.startsWith('dist/')) candidates.push('src/' + base.slice(5).replace(/\.js$/, '') + '.ts');
  return candidates.find((c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile() && !c.startsWith('dist/'));
}

/** Resolves a quoted include: beside the including file first, then from native/. */
function resolveInclude(root, from, spec) {
  const beside = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  if (fs.existsSync(path.join(root, beside))) return beside;
  const fromNative = path.posix.normalize('native/' + spec);
  if (fs.existsSync(path.join(root, fromNative))) return fromNative;
  return undefined;
}

/** Every checked file with its line count and resolved imports: [{file, lines, imports: [{to, line, spec}]}]. */
function buildGraph(root) {
  const isScript = (name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts');
  const files = [
    ...walk(root, 'scripts', isScript, []),
    ...walk(root, 'src', (name) => name.endsWith('.ts') && !name.endsWith('.d.ts'), []),
    ...walk(root, 'native', (name) => /\.(cc|h|cpp|hpp)$/.test(name), []),
  ];
  return files.map((file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const native = file.startsWith('native/');
    const imports = [];
    for (const { spec, line } of native ? cppIncludes(text) : typeScriptImports(text)) {
      const to = native ? resolveInclude(root, file, spec) : resolveTypeScript(root, file, spec);
      if (to !== undefined && to !== file) imports.push({ to, line, spec });
    }
    return { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), imports };
  });
}

// ---- Cycles -----------------------------------------------------------------------------------

/** Strongly connected components with more than one member (Tarjan), each sorted. */
function cyclicComponents(nodes, edgesOf) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  function visit(v) {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edgesOf(v)) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), indexOf.get(w)));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  }
  for (const v of nodes) if (!indexOf.has(v)) visit(v);
  return components;
}

/** One shortest cycle through `start` inside a component: [start, …, start]. */
function cycleThrough(start, members, edgesOf) {
  const inside = new Set(members);
  const parent = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of edgesOf(v)) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const pathBack = [start];
        for (let u = v; u !== null; u = parent.get(u)) pathBack.push(u);
        return pathBack.reverse();
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

function folderOf(file) {
  return path.posix.dirname(file);
}

// ---- The check --------------------------------------------------------------------------------

/** Runs every rule over the repository at `root`. Returns the graph and the violations:
 *  [{file, line, rule: 'cycle'|'layer'|'sibling'|'unplaced'|'folder-cycle', message}]. */
function checkImports(root) {
  const graph = buildGraph(root);
  const byFile = new Map(graph.map((node) => [node.file, node]));
  const violations = [];

  for (const node of graph) {
    const from = floorOf(node.file);
    if (from === undefined) {
      violations.push({ file: node.file, line: 1, rule: 'unplaced', message: 'file is on no floor of the layer table (scripts/check-imports.js FLOORS)' });
      continue;
    }
    for (const edge of node.imports) {
      const to = floorOf(edge.to);
      if (to === undefined || to.group === from.group) continue;
      if (to.floor < from.floor) {
        violations.push({ file: node.file, line: edge.line, rule: 'layer', message: `${from.group}/ imports ${edge.to} (${to.group}/ is above it)` });
      } else if (to.floor === from.floor) {
        violations.push({ file: node.file, line: edge.line, rule: 'sibling', message: `${from.group}/ imports ${edge.to} (${to.group}/ is its sibling)` });
      }
    }
  }

  const fileEdges = (file) => byFile.get(file).imports.map((e) => e.to).filter((to) => byFile.has(to));
  const fileCycles = cyclicComponents(graph.map((n) => n.file), fileEdges);
  for (const component of fileCycles) {
    const cycle = cycleThrough(component[0], component, fileEdges);
    for (let i = 0; i + 1 < cycle.length; i++) {
      const edge = byFile.get(cycle[i]).imports.find((e) => e.to === cycle[i + 1]);
      violations.push({ file: cycle[i], line: edge.line, rule: 'cycle', message: `imports ${cycle[i + 1]}, closing the cycle ${cycle.join(' → ')}` + (component.length > cycle.length - 1 ? ` (${component.length} files in this cycle)` : '') });
    }
  }

  // Folders of native/ (no floor table inside the addon): a cycle between them is a design bug.
  const folders = folderGraph(graph);
  const nativeFolders = [...folders.keys()].filter((f) => f.startsWith('native'));
  const folderEdges = (folder) => [...(folders.get(folder) ?? new Map()).keys()].filter((to) => to.startsWith('native'));
  const folderCycles = cyclicComponents(nativeFolders, folderEdges);
  for (const component of folderCycles) {
    const cycle = cycleThrough(component[0], component, folderEdges);
    for (let i = 0; i + 1 < cycle.length; i++) {
      const example = folders.get(cycle[i]).get(cycle[i + 1])[0];
      violations.push({ file: example.file, line: example.line, rule: 'folder-cycle', message: `${cycle[i]}/ includes ${cycle[i + 1]}/, closing the folder cycle ${cycle.join('/ → ')}/` });
    }
  }

  violations.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { graph, violations, fileCycles, folders };
}

/** folder → (imported folder → [{file, line}]) over edges that leave the folder. */
function folderGraph(graph) {
  const folders = new Map();
  for (const node of graph) {
    const from = folderOf(node.file);
    if (!folders.has(from)) folders.set(from, new Map());
    for (const edge of node.imports) {
      const to = folderOf(edge.to);
      if (to === from) continue;
      const targets = folders.get(from);
      if (!targets.has(to)) targets.set(to, []);
      targets.get(to).push({ file: node.file, line: edge.line });
    }
  }
  return folders;
}

// ---- Output -----------------------------------------------------------------------------------

function formatViolation(v) {
  return `${v.file}:${v.line}: ${v.rule}: ${v.message}`;
}

function report(result) {
  const out = [];
  out.push('== folders and the folders they import (number of import lines)');
  for (const folder of [...result.folders.keys()].sort()) {
    const targets = [...result.folders.get(folder).entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    out.push(`${folder}/ -> ${targets.length === 0 ? '(nothing)' : targets.map(([to, uses]) => `${to}/ (${uses.length})`).join(', ')}`);
  }
  out.push('', '== folder cycles (all folders, native/ included)');
  const all = [...result.folders.keys()];
  const folderEdges = (f) => [...(result.folders.get(f) ?? new Map()).keys()];
  const folderCycles = cyclicComponents(all, folderEdges);
  if (folderCycles.length === 0) out.push('(none)');
  for (const c of folderCycles) out.push(cycleThrough(c[0], c, folderEdges).map((f) => f + '/').join(' -> ') + (c.length > 2 ? `  [${c.length} folders: ${c.join(', ')}]` : ''));
  out.push('', '== file cycles');
  if (result.fileCycles.length === 0) out.push('(none)');
  for (const c of result.fileCycles) out.push(`${c.length} files: ${c.join(', ')}`);
  out.push('', '== violations by rule');
  const rules = new Map();
  for (const v of result.violations) rules.set(v.rule, (rules.get(v.rule) ?? 0) + 1);
  if (rules.size === 0) out.push('(none)');
  for (const [rule, n] of rules) out.push(`${rule}: ${n}`);
  out.push('', '== largest files (lines)');
  const largest = [...result.graph].sort((a, b) => b.lines - a.lines).slice(0, 12);
  for (const n of largest) out.push(`${String(n.lines).padStart(5)}  ${n.file}${n.lines > 800 ? '  (over 800)' : ''}`);
  return out.join('\n');
}

function main(argv) {
  let root = path.join(__dirname, '..');
  let wantReport = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--report') wantReport = true;
    else if (argv[i] === '--root') root = path.resolve(argv[++i]);
    else if (argv[i].startsWith('--root=')) root = path.resolve(argv[i].slice(7));
    else {
      console.error(`check-imports: unknown argument ${argv[i]}\nusage: node scripts/check-imports.js [--root DIR] [--report]`);
      return 2;
    }
  }
  const result = checkImports(root);
  for (const v of result.violations) console.log(formatViolation(v));
  if (wantReport) console.log((result.violations.length > 0 ? '\n' : '') + report(result));
  console.log(`${result.violations.length === 0 ? 'ok' : 'FAILED'}: ${result.graph.length} files, ${result.graph.reduce((n, f) => n + f.imports.length, 0)} imports, ${result.violations.length} violation(s)`);
  return result.violations.length === 0 ? 0 : 1;
}

module.exports = { checkImports, formatViolation, report, floorOf, typeScriptImports, cppIncludes, FLOORS };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
