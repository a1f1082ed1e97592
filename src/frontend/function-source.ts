// Where the source text Function.prototype.toString gives for a method starts, as V8 keeps
// it: a method, getter or setter from its key (with `get`/`set`/`async`/`*`, without
// `static`), not from its parameter list where its function node starts. The generator
// records it as BytecodeFunction.sourceStart.

import type * as acorn from 'acorn';

/** Where the text of each method's function value starts (its definition's start). */
export function methodStarts(ast: acorn.Program, source: string): Map<acorn.Node, number> {
  const starts = new Map<acorn.Node, number>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Record<string, unknown>;
    if (typeof n.type !== 'string') return;
    const m = node as acorn.MethodDefinition | acorn.Property;
    if (m.type === 'MethodDefinition' || (m.type === 'Property' && (m.method || m.kind !== 'init'))) {
      let start = m.start;
      if (m.type === 'MethodDefinition' && m.static) {
        // V8's text leaves out `static` and the space after it.
        start += 'static'.length;
        while (start < m.value.start && /\s/.test(source[start])) start++;
      }
      starts.set(m.value, start);
    }
    for (const key of Object.keys(n)) if (key !== 'loc') visit(n[key]);
  };
  visit(ast);
  return starts;
}
