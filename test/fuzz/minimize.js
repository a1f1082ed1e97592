// Differential fuzzer, part 3: delta debugging of a failing program.
//
// The program is parsed by indentation into a tree of statements (generate.js writes one
// statement per line, blocks as `head {` ... `}` with `} else {` between branches, switch
// cases as `case N:` over their indented statements). Reduction then repeats, until a whole
// pass changes nothing or the budget is spent:
//   - over every statement list (top level first, then block bodies), from the end backwards
//     because later statements use earlier ones: delete chunks of half the list, a quarter,
//     ..., pairs; then each statement on its own;
//   - for each block that stays: drop its else branch, cut a loop bound of 100 or more to a
//     tenth (smaller programs run faster, which speeds up the rest of the reduction), or
//     replace the block by the statements of one of its branches (if / loops whose body does
//     not use the loop variable); then reduce its bodies the same way.
// A candidate is kept only if `interesting(source)` resolves true; candidates that do not
// even compile (checked in-process with vm.Script) and repeats are not run and not counted.
// When the tree cannot be parsed, or its re-indented rendering is not interesting, lines
// are reduced as a flat list instead.
'use strict';
const vm = require('vm');

function indentOf(line) {
  return line.length - line.trimStart().length;
}

/** Statement tree: leaves `{ text }`, blocks `{ head, bodies: Node[][], seps, tail }`; null when unparsable. */
function parse(source) {
  const lines = source.split('\n');
  let i = 0;
  let ok = true;
  const skipBlank = () => {
    while (i < lines.length && lines[i].trim() === '') i++;
  };
  const childIndent = (ind) => {
    let j = i;
    while (j < lines.length && lines[j].trim() === '') j++;
    return j < lines.length && indentOf(lines[j]) > ind ? indentOf(lines[j]) : ind + 1;
  };
  function seq(indent) {
    const nodes = [];
    while (ok) {
      skipBlank();
      if (i >= lines.length) break;
      const ind = indentOf(lines[i]);
      const t = lines[i].trim();
      if (ind < indent || (ind === indent && t.startsWith('}'))) break;
      i++;
      if (ind > indent) {
        nodes.push({ text: t });
      } else if (t.endsWith('{')) {
        const node = { head: t, seps: [], bodies: [], tail: null };
        for (;;) {
          node.bodies.push(seq(childIndent(ind)));
          skipBlank();
          if (i >= lines.length || indentOf(lines[i]) !== ind || !lines[i].trim().startsWith('}')) {
            ok = false;
            return nodes;
          }
          const c = lines[i++].trim();
          if (c.endsWith('{')) node.seps.push(c);
          else {
            node.tail = c;
            break;
          }
        }
        nodes.push(node);
      } else if (/^(case\b.*|default\s*):$/.test(t)) {
        nodes.push({ head: t, seps: [], bodies: [seq(childIndent(ind))], tail: null });
      } else {
        nodes.push({ text: t });
      }
    }
    return nodes;
  }
  const root = seq(0);
  skipBlank();
  return ok && i >= lines.length ? root : null;
}

function renderLines(nodes, depth, out) {
  const pad = '  '.repeat(depth);
  for (const n of nodes) {
    if (n.raw !== undefined) out.push(n.raw);
    else if (n.text !== undefined) out.push(pad + n.text);
    else {
      out.push(pad + n.head);
      n.bodies.forEach((body, k) => {
        renderLines(body, depth + 1, out);
        if (k < n.seps.length) out.push(pad + n.seps[k]);
      });
      if (n.tail !== null) out.push(pad + n.tail);
    }
  }
  return out;
}

function render(nodes) {
  return renderLines(nodes, 0, []).join('\n') + '\n';
}

function compiles(source) {
  try {
    new vm.Script(source);
    return true;
  } catch {
    return false;
  }
}

/** A block that may be replaced by the statements of one of its bodies. */
function unwrappable(node) {
  if (/^(if|else|while|do)\b/.test(node.head) || node.head === '{') return true;
  const loop = /^for \((?:let|var|const)\s+(\w+)/.exec(node.head);
  if (!loop) return false;
  const body = render(node.bodies[0]);
  return !new RegExp(`\\b${loop[1]}\\b`).test(body);
}

/**
 * Minimizes `source` while `interesting(candidate)` (async) holds; `source` itself must be
 * interesting. Options: maxRuns (interesting() calls, default 200), maxSeconds (default 300).
 * Resolves to { source, runs, lines, originalLines, exhausted }.
 */
async function minimize(source, interesting, options = {}) {
  const maxRuns = options.maxRuns ?? 200;
  const deadline = Date.now() + (options.maxSeconds ?? 300) * 1000;
  let runs = 0;
  const cache = new Map([[source, true]]);
  const exhausted = () => runs >= maxRuns || Date.now() > deadline;
  const test = async (text) => {
    if (cache.has(text)) return cache.get(text);
    if (!compiles(text)) {
      cache.set(text, false);
      return false;
    }
    if (exhausted()) return false;
    runs++;
    const ok = Boolean(await interesting(text));
    cache.set(text, ok);
    return ok;
  };

  let root = parse(source);
  if (!root || !(await test(render(root)))) {
    root = source.split('\n').filter((l) => l.trim() !== '').map((l) => ({ raw: l }));
  }
  const current = () => render(root);

  // Chunked deletion over one statement list: halves, quarters, ... down to pairs, from the
  // end of the list backwards (later statements use earlier ones, so they go first).
  const reduceChunks = async (list) => {
    let changed = false;
    for (let chunk = Math.ceil(list.length / 2); chunk >= 2 && !exhausted(); chunk = Math.ceil(chunk / 2)) {
      for (let end = list.length; end > 0 && !exhausted(); ) {
        const start = Math.max(0, end - chunk);
        const removed = list.splice(start, end - start);
        if (await test(current())) changed = true;
        else list.splice(start, 0, ...removed);
        end = start;
      }
      if (chunk === 2) break;
    }
    return changed;
  };

  // Simplifications of one block: drop its else branch; run a long loop fewer times (the
  // candidates then run faster too); replace it by one of its bodies. Resolves to the number
  // of statements now in its place, or -1 when nothing was kept.
  const simplify = async (list, idx) => {
    const node = list[idx];
    if (node.seps.length) {
      const saved = { seps: node.seps, bodies: node.bodies };
      node.seps = [];
      node.bodies = [node.bodies[0]];
      if (await test(current())) return 1;
      Object.assign(node, saved);
    }
    const bound = /^(for \(.*< )(\d+)(;.*)$/.exec(node.head);
    if (bound && Number(bound[2]) >= 100) {
      const head = node.head;
      node.head = `${bound[1]}${Math.ceil(Number(bound[2]) / 10)}${bound[3]}`;
      if (await test(current())) return 1;
      node.head = head;
    }
    if (unwrappable(node)) {
      for (const body of node.bodies) {
        list.splice(idx, 1, ...body);
        if (await test(current())) return body.length;
        list.splice(idx, body.length, node);
      }
    }
    return -1;
  };

  // One pass over a statement list: chunks, then each statement from the last to the first:
  // delete it, or simplify it and reduce its bodies.
  const pass = async (list) => {
    let changed = await reduceChunks(list);
    for (let idx = list.length - 1; idx >= 0 && !exhausted(); idx--) {
      if (idx >= list.length) continue;
      const node = list[idx];
      list.splice(idx, 1);
      if (await test(current())) {
        changed = true;
        continue;
      }
      list.splice(idx, 0, node);
      if (!node.bodies) continue;
      const now = await simplify(list, idx);
      if (now >= 0) {
        changed = true;
        idx += now; // look at what took its place
        continue;
      }
      for (let b = node.bodies.length - 1; b >= 0; b--) if (await pass(node.bodies[b])) changed = true;
    }
    return changed;
  };

  while (!exhausted() && (await pass(root)));
  const result = current();
  const count = (s) => s.split('\n').filter((l) => l.trim() !== '').length;
  return { source: result, runs, lines: count(result), originalLines: count(source), exhausted: exhausted() };
}

module.exports = { minimize, parse, render };
