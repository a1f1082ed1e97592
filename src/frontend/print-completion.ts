// `kiln -p`: node prints the program's completion value. kiln gets it by rewriting the
// program's last top-level statement into a console.log of its value before compiling, so
// nothing below the front end knows about -p. The completion value is computed as the
// spec does for the statements where that is simple: an expression statement gives its
// value, a declaration or an empty program gives undefined; a compound statement last
// (if, loops, blocks, try, switch) is reported as unsupported rather than guessed.

import { unsupported } from './diagnostics';
import { parseScript } from './parse';

const EMPTY_COMPLETION = new Set(['VariableDeclaration', 'FunctionDeclaration', 'ClassDeclaration', 'EmptyStatement']);

/** `source` with a console.log of its completion value as its last statement. */
export function withCompletionPrinted(source: string, file: string): string {
  const ast = parseScript(source, file);
  // Declarations and empty statements complete with "empty", which keeps the value before
  // them (the spec's UpdateEmpty): `1; var x = 2` completes with 1.
  const statements = ast.body;
  let k = statements.length - 1;
  while (k >= 0 && EMPTY_COMPLETION.has(statements[k].type)) k--;
  if (k < 0) return `${source}\n;console.log(undefined);`;
  const producer = statements[k];
  if (producer.type !== 'ExpressionStatement') {
    throw unsupported(file, producer, `-p with ${article(producer.type)} as the last statement (print its value with an expression statement)`);
  }
  const value = source.slice(producer.expression.start, producer.expression.end);
  if (k === statements.length - 1) return `${source.slice(0, producer.start)}console.log((${value}));${source.slice(producer.end)}`;
  const held = '$kilnCompletionValue';
  return `${source.slice(0, producer.start)}var ${held} = (${value});${source.slice(producer.end)}\n;console.log(${held});`;
}

function article(type: string): string {
  const words = type.replace(/Statement$/, ' statement').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`;
}
