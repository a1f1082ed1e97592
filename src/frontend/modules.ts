// The module loader of the front end: from the entry script, follows every `require('./x')`
// (string literals only, relative paths only) through the file system, the way node resolves
// them, and compiles each module found once into ONE Program: the modules share its function
// table (each module's top level is a function taking node's CommonJS wrapper parameters), and
// each require call passes the index of the module it resolved to. Evaluation order, caching
// and cycles are the runtime's (runtime/modules.ts); a specifier no file matches compiles to
// a require that throws node's "Cannot find module" when it runs.

import * as fs from 'fs';
import * as path from 'path';
import type { BytecodeFunction, ModuleInfo, Program } from '../bytecode/function';
import { libraryFile, NODE_BUILTIN_MODULES, NODE_LIBRARY_MODULES } from '../bytecode/builtin-ids';
import { generateProgram } from './codegen/generator';
import { unsupported } from './diagnostics';
import { parseScript } from './parse';
import { analyzeScopes } from './scope';
import { checkSubset } from './subset';

/** kiln's JavaScript library (lib/): node's builtin modules written in JavaScript. */

/** Compiles the entry script and every module it requires, transitively. `entrySource` is
 *  the entry's text when the caller has it already; for a program from no file (`-e`, stdin)
 *  `entryFile` is its name as node gives it (`[eval]`, `[stdin]`), and its requires resolve
 *  from the working directory. */
export function compileModules(entryFile: string, entrySource?: string): Program {
  const entry = entrySource === undefined ? path.resolve(entryFile) : entryFile;
  const index = new Map<string, number>([[entry, 0]]);
  const queue = [entry];
  const modules: ModuleInfo[] = [];
  const functions: BytecodeFunction[] = [];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    const source = i === 0 && entrySource !== undefined ? entrySource : file.endsWith('.json') ? jsonModuleSource(file) : fs.readFileSync(file, 'utf8');
    const ast = parseScript(source, file);
    checkSubset(ast, file);
    const scopes = analyzeScopes(ast, file, functions.length);
    for (const [call, specifier] of scopes.requires) {
      const builtin = specifier.startsWith('./') || specifier.startsWith('../') ? null : specifier.replace(/^node:/, '');
      if (builtin !== null && !NODE_LIBRARY_MODULES.has(builtin)) {
        // node's builtin module (scope analysis admitted only those): the runtime makes it.
        scopes.requireTargets.set(call, `node:${builtin}`);
        continue;
      }
      // A builtin written in JavaScript is kiln's own lib/<name>.js, loaded as a module.
      const found = builtin !== null ? libraryFile(builtin) : resolveModule(specifier, path.dirname(path.resolve(file)));
      if (found === null) {
        scopes.requireTargets.set(call, specifier);
        continue;
      }
      if (!found.endsWith('.js') && !found.endsWith('.json')) throw unsupported(file, call, `require of '${path.basename(found)}': only .js and .json modules are supported`);
      if (!index.has(found)) {
        index.set(found, queue.length);
        queue.push(found);
      }
      scopes.requireTargets.set(call, index.get(found)!);
    }
    for (const [call, specifier] of scopes.requireResolves) {
      // node answers a builtin module's name as written ('fs', 'node:fs'), else the file.
      const bare = specifier.replace(/^node:/, '');
      const relative = specifier.startsWith('./') || specifier.startsWith('../') || path.isAbsolute(specifier);
      const found = relative ? resolveModule(specifier, path.dirname(path.resolve(file))) : NODE_BUILTIN_MODULES.has(bare) ? specifier : null;
      scopes.requireResolveTargets.set(call, found === null ? { missing: specifier } : { path: found });
    }
    const program = generateProgram(ast, scopes, source, file);
    functions.push(...program.functions);
    modules.push({ file, source, main: program.main });
  }
  return { file: entry, source: modules[0].source, functions, main: modules[0].main, modules };
}

/** A JSON module as the script node's loader amounts to: its text parsed into
 *  module.exports, a parse error's message prefixed with the file's path (the text without
 *  a byte-order mark). */
function jsonModuleSource(file: string): string {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return `try { module.exports = JSON.parse(${JSON.stringify(text)}); } catch (e) { e.message = ${JSON.stringify(file)} + ': ' + e.message; throw e; }\n`;
}

/** node's resolution of a relative specifier: the file itself, then with `.js` or `.json`,
 *  then the directory's index.js or index.json. null when nothing matches. */
export function resolveModule(specifier: string, fromDir: string): string | null {
  const base = path.resolve(fromDir, specifier);
  const candidates = specifier.endsWith('/') ? [] : [base, base + '.js', base + '.json'];
  candidates.push(path.join(base, 'index.js'), path.join(base, 'index.json'));
  for (const c of candidates) {
    if (isFile(c)) return c;
  }
  return null;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
