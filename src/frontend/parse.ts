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

/** acorn's parser, but everywhere inside a function: node runs a script inside its
 *  CommonJS wrapper, so `new.target` is allowed at the top level too (undefined there). */
class WrappedScriptParser extends acorn.Parser {}
Object.defineProperty(WrappedScriptParser.prototype, 'allowNewDotTarget', { get: () => true });

interface AcornSyntaxError extends SyntaxError {
  loc?: { line: number; column: number };
}

/** Parses a script; `goal` 'global' is code made at run time (indirect eval), which is not
 *  inside node's wrapper: a top-level `return` is an error there. */
export function parseScript(source: string, file: string, goal: 'module' | 'global' = 'module'): acorn.Program {
  try {
    if (goal === 'global') return acorn.parse(source, { ...OPTIONS, allowReturnOutsideFunction: false });
    return WrappedScriptParser.parse(source, OPTIONS) as acorn.Program;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const loc = (e as AcornSyntaxError).loc;
    // acorn appends " (line:col)" to its messages; the diagnostic carries the position itself.
    const message = e.message.replace(/ \(\d+:\d+\)$/, '');
    // An ES module (an .mjs file, import/export): node would run it; kiln runs CommonJS only.
    if (message.startsWith("'import' and 'export' may appear only with") || /^Cannot use keyword 'await' outside an async function/.test(message) && file.endsWith('.mjs')) {
      throw new KilnDiagnostic(file, loc ? loc.line : 1, loc ? loc.column + 1 : 1, 'unsupported', 'ES module syntax (import/export): kiln runs CommonJS scripts (require)');
    }
    throw new KilnDiagnostic(file, loc ? loc.line : 1, loc ? loc.column + 1 : 1, 'SyntaxError', message);
  }
}
