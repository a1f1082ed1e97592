'use strict';
// test262 frontmatter: the YAML between `/*---` and `---*/` at the top of every test, read
// into { includes, flags, negative, features }. test262 uses a small, regular subset of YAML
// (top-level keys; flow lists `[a, b]`; block lists `- a`; one nested map, `negative:`;
// block scalars `|`/`>` for prose), so a 60-line reader covers it and the runner needs no
// YAML dependency. Keys the runner does not use (description, info, esid, …) are kept as
// raw text.

/** The frontmatter text of a test's source, or null when it has none. */
function frontmatterText(source) {
  const start = source.indexOf('/*---');
  if (start < 0) return null;
  const end = source.indexOf('---*/', start);
  if (end < 0) return null;
  return source.slice(start + 5, end);
}

function unquote(text) {
  const t = text.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}

function flowList(text) {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner.split(',').map(unquote).filter((s) => s !== '');
}

const indentOf = (line) => line.length - line.trimStart().length;

/** Parses the YAML subset test262 frontmatter uses into a plain object. */
function parseYamlSubset(text) {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const result = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const m = /^(\s*)([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!m || m[1].length > 0) {
      i++;
      continue;
    }
    const key = m[2];
    const rest = m[3].replace(/\s+#.*$/, '');
    i++;
    // Lines indented under the key belong to it (block list, nested map or block scalar).
    const body = [];
    while (i < lines.length && (lines[i].trim() === '' || indentOf(lines[i]) > 0)) body.push(lines[i++]);
    if (rest.startsWith('[')) result[key] = flowList(rest);
    else if (rest === '|' || rest === '>' || rest.startsWith('|') || rest.startsWith('>')) result[key] = body.map((l) => l.trim()).join('\n').trim();
    else if (rest !== '') result[key] = unquote(rest);
    else result[key] = blockValue(body);
  }
  return result;
}

/** A key's indented block: a list (`- a` lines), a map (`k: v` lines) or plain text. */
function blockValue(body) {
  const items = body.filter((l) => l.trim() !== '');
  if (items.length === 0) return '';
  if (items.every((l) => l.trim().startsWith('- '))) return items.map((l) => unquote(l.trim().slice(2)));
  if (items.every((l) => /^\s*[A-Za-z_][\w-]*:/.test(l))) {
    const map = {};
    for (const l of items) {
      const kv = /^\s*([A-Za-z_][\w-]*):\s*(.*)$/.exec(l);
      map[kv[1]] = kv[2].startsWith('[') ? flowList(kv[2]) : unquote(kv[2]);
    }
    return map;
  }
  return items.map((l) => l.trim()).join('\n');
}

const asList = (v) => (Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : []);

/** The metadata the runner acts on, with defaults for absent keys. */
function parseTestMetadata(source) {
  const text = frontmatterText(source);
  const yaml = text === null ? {} : parseYamlSubset(text);
  const negative = yaml.negative && typeof yaml.negative === 'object' && !Array.isArray(yaml.negative)
    ? { phase: String(yaml.negative.phase || ''), type: String(yaml.negative.type || '') }
    : null;
  return {
    includes: asList(yaml.includes),
    flags: asList(yaml.flags),
    features: asList(yaml.features),
    negative,
  };
}

module.exports = { parseTestMetadata, parseYamlSubset, frontmatterText };
