// Parser adapter: source text → ESTree (acorn 8, script goal, with locations), turning acorn's
// SyntaxError into a KilnDiagnostic. First stage of the front end: parse → subset → scope.

import * as acorn from 'acorn';
import { KilnDiagnostic } from './diagnostics';

const OPTIONS: acorn.Options = {
  ecmaVersion: 'latest',
  sourceType: 'script',
  locations: true,
  allowReturnOutsideFunction: true,
  allowHashBang: true,
};

interface AcornSyntaxError extends SyntaxError {
  loc?: { line: number; column: number };
}

export function parseScript(source: string, file: string): acorn.Program {
  try {
    return acorn.parse(source, OPTIONS);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const loc = (e as AcornSyntaxError).loc;
    // acorn appends " (line:col)" to its messages; the diagnostic carries the position itself.
    const message = e.message.replace(/ \(\d+:\d+\)$/, '');
    throw new KilnDiagnostic(file, loc ? loc.line : 1, loc ? loc.column + 1 : 1, 'SyntaxError', message);
  }
}
