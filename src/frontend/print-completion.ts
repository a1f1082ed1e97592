// A script's completion value, for `kiln -p` (node prints it) and eval (which returns it).
// kiln gets it by rewriting the source before compiling, so nothing below the front end
// knows about it: a hidden `let` holds the value, every expression statement outside
// functions assigns it, and the statements that complete with undefined when their body
// gives no value (if, loops, switch, try, with: the spec's UpdateEmpty(C, undefined)) set it
// to undefined as they start. Blocks, declarations and empty statements leave it as it was
// (`1; var x = 2; {}` completes with 1); break and continue keep the value reached, as the
// spec's loops do; a finally block's statements do not change it.

import type * as acorn from 'acorn';
import { parseScript } from './parse';

const HELD = '$kilnCompletionValue';

/** `source` with a console.log of its completion value at its end. */
export function withCompletionPrinted(source: string, file: string): string {
  return withCompletion(source, parseScript(source, file), (value) => `console.log(${value})`);
}

/** `source` (already parsed as `ast`) returning its completion value, as eval does. */
export function withCompletionReturned(source: string, ast: acorn.Program): string {
  return withCompletion(source, ast, (value) => `return ${value}`);
}

/** An insertion at `at`. At one position, what opens (`held = (`, `{ held = undefined; `) is
 *  in push order and what closes (`)`, ` }`) in reverse push order — outer first, inner last —
 *  and closings come before openings (they end the statement before). */
interface Edit {
  readonly at: number;
  readonly text: string;
  readonly closes: boolean;
}

function withCompletion(source: string, ast: acorn.Program, use: (value: string) => string): string {
  const edits: Edit[] = [];
  const body = ast.body as acorn.Statement[];
  // The directive prologue stays first (a `"use strict"` must remain a directive).
  let first = 0;
  while (first < body.length && (body[first] as acorn.ExpressionStatement & { directive?: string }).directive !== undefined) first++;
  const declareAt = first > 0 ? body[first - 1].end : 0;
  edits.push({ at: declareAt, text: `${first > 0 ? '\n' : ''}let ${HELD};`, closes: false });
  if (first > 0) {
    const last = body[first - 1] as acorn.ExpressionStatement;
    edits.push({ at: declareAt, text: `${HELD} = (${source.slice(last.expression.start, last.expression.end)});`, closes: false });
  }
  for (const s of body.slice(first)) collect(s, source, edits);
  // Applied from the end of the text; at one position, each insertion lands before the ones
  // applied earlier: openings in reverse push order first, then closings in push order.
  const order = edits.map((e, i) => ({ e, i }));
  order.sort((a, b) => b.e.at - a.e.at || Number(a.e.closes) - Number(b.e.closes) || (a.e.closes ? a.i - b.i : b.i - a.i));
  let text = source;
  for (const { e } of order) text = text.slice(0, e.at) + e.text + text.slice(e.at);
  return `${text}\n;${use(HELD)};`;
}

/** The edits for statement `s`: expression statements assign the held value; statements
 *  that complete with undefined when empty reset it first (wrapped in a block with the reset,
 *  so that a statement in a single-statement position stays one statement). */
function collect(s: acorn.Statement, source: string, edits: Edit[]): void {
  switch (s.type) {
    case 'ExpressionStatement':
      edits.push({ at: s.expression.start, text: `${HELD} = (`, closes: false });
      edits.push({ at: s.expression.end, text: ')', closes: true });
      return;
    case 'BlockStatement':
      for (const inner of s.body) collect(inner, source, edits);
      return;
    case 'LabeledStatement':
      // `L: while (…)`: the reset goes before the label, the loop keeps it.
      if (resets(s.body)) return wrap(s, s.body, edits, source);
      return collect(s.body, source, edits);
    default:
      if (resets(s)) wrap(s, s, edits, source);
  }
}

function resets(s: acorn.Statement): boolean {
  switch (s.type) {
    case 'IfStatement': case 'WhileStatement': case 'DoWhileStatement': case 'ForStatement': case 'ForInStatement':
    case 'ForOfStatement': case 'SwitchStatement': case 'TryStatement': case 'WithStatement':
      return true;
    case 'LabeledStatement':
      return resets(s.body);
    default:
      return false;
  }
}

/** `{ held = undefined; outer }`, with the statements inside `inner` collected. */
function wrap(outer: acorn.Statement, inner: acorn.Statement, edits: Edit[], source: string): void {
  edits.push({ at: outer.start, text: `{ ${HELD} = undefined; `, closes: false });
  edits.push({ at: outer.end, text: ' }', closes: true });
  for (const child of bodiesOf(inner)) collect(child, source, edits);
}

/** The statements a compound statement runs whose values reach its completion. */
function bodiesOf(s: acorn.Statement): acorn.Statement[] {
  switch (s.type) {
    case 'IfStatement': return s.alternate ? [s.consequent, s.alternate] : [s.consequent];
    case 'WhileStatement': case 'DoWhileStatement': case 'ForStatement': case 'ForInStatement': case 'ForOfStatement':
    case 'WithStatement': case 'LabeledStatement':
      return [s.body];
    case 'SwitchStatement': return s.cases.flatMap((c) => c.consequent);
    case 'TryStatement': return [s.block, ...(s.handler ? [s.handler.body] : [])];
    default: return [];
  }
}
