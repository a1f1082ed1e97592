// `kiln -p`: node prints the program's completion value. kiln gets it by rewriting the
// program's last top-level statement into a console.log of its value before compiling, so
// nothing below the front end knows about -p. The completion value is computed as the
// spec does for the statements where that is simple: an expression statement gives its
// value, a declaration or an empty program gives undefined; a compound statement last
// (if, loops, blocks, try, switch) is reported as unsupported rather than guessed.

import type * as acorn from 'acorn';
import { unsupported } from './diagnostics';
import { parseScript } from './parse';

const EMPTY_COMPLETION = new Set(['VariableDeclaration', 'FunctionDeclaration', 'ClassDeclaration', 'EmptyStatement']);

/** `source` with a console.log of its completion value as its last statement. */
export function withCompletionPrinted(source: string, file: string): string {
  return withCompletion(source, parseScript(source, file), file, '-p', (value) => `console.log(${value})`);
}

/** `source` (already parsed as `ast`) returning its completion value, as indirect eval does. */
export function withCompletionReturned(source: string, ast: acorn.Program, file: string): string {
  return withCompletion(source, ast, file, 'eval', (value) => `return ${value}`);
}

function withCompletion(source: string, ast: acorn.Program, file: string, what: string, use: (value: string) => string): string {
  // Declarations and empty statements complete with "empty", which keeps the value before
  // them (the spec's UpdateEmpty): `1; var x = 2` completes with 1.
  const statements = ast.body;
  let k = statements.length - 1;
  while (k >= 0 && EMPTY_COMPLETION.has(statements[k].type)) k--;
  if (k < 0) return `${source}\n;${use('undefined')};`;
  const producer = statements[k];
  // A throw last never completes: there is no value to give.
  if (producer.type === 'ThrowStatement') return source;
  if (producer.type !== 'ExpressionStatement') {
    throw unsupported(file, producer, `${what} with ${article(producer.type)} as the last statement (give its value with an expression statement)`);
  }
  const value = source.slice(producer.expression.start, producer.expression.end);
  // A directive (`"use strict";`) stays one: its value is taken after it.
  if ((producer as acorn.ExpressionStatement & { directive?: string }).directive !== undefined) {
    if (k === statements.length - 1) return `${source.slice(0, producer.end)}\n;${use(`(${value})`)};${source.slice(producer.end)}`;
    const kept = '$kilnCompletionValue';
    return `${source.slice(0, producer.end)}\nlet ${kept} = (${value});${source.slice(producer.end)}\n;${use(kept)};`;
  }
  if (k === statements.length - 1) return `${source.slice(0, producer.start)}${use(`(${value})`)};${source.slice(producer.end)}`;
  // A lexical binding: local to the script even where its `var`s are global.
  const held = '$kilnCompletionValue';
  return `${source.slice(0, producer.start)}let ${held} = (${value});${source.slice(producer.end)}\n;${use(held)};`;
}

function article(type: string): string {
  const words = type.replace(/Statement$/, ' statement').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
