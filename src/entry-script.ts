// The program kiln is asked to run, found the way node finds it: a file named on the command
// line (resolved as node resolves a main module: the file, then `.js`, then a directory's
// package.json "main" or index.js), the text of -e/-p (named `[eval]`), or stdin (`-`, or no
// script while stdin is not a terminal; named `[stdin]`). What cannot be run is a CLI error
// with node's message where node has one and one clear line where it has none; it never
// reaches the rest of the pipeline, so no CLI input ends in an internal error.

import * as fs from 'fs';
import * as path from 'path';
import type * as Tty from 'tty';
import type { Options } from './options';

export interface EntryScript {
  /** The absolute path of the file, or `[eval]` / `[stdin]`. */
  readonly file: string;
  /** The program's text when it comes from no file. */
  readonly source?: string;
}

/** Why the program cannot be run: the text for stderr (ends with a newline) and the exit code. */
export class EntryScriptError extends Error {
  constructor(readonly report: string, readonly exitCode: number) {
    super(report.trimEnd());
  }
}

/** The entry script the options name. Whether stdin is a terminal decides what no script
 *  means; it is asked only then, and with isatty: process.stdin builds a stream and node's
 *  tty module loads net and streams, ~10 ms of start-up a run with a script never needs. */
export function locateEntryScript(options: Options): EntryScript {
  if (options.evalSource !== undefined) return { file: '[eval]', source: options.evalSource };
  if (options.script === '-' || (options.script === undefined && !stdinIsTerminal())) {
    return { file: '[stdin]', source: readSource(0, 'stdin') };
  }
  if (options.script === undefined) {
    throw new EntryScriptError('kiln: no script given and kiln has no REPL: run `kiln file.js`, `kiln -e code`, or pipe a program into `kiln -`\n', 9);
  }
  const file = resolveMainModule(path.resolve(options.script));
  return { file, source: readSource(file, file) };
}

function stdinIsTerminal(): boolean {
  return (require('tty') as typeof Tty).isatty(0);
}

function resolveMainModule(request: string): string {
  if (isFile(request)) return request;
  if (isFile(request + '.js')) return request + '.js';
  if (isDirectory(request)) {
    const main = packageMain(request);
    for (const candidate of [main, main && main + '.js', main && path.join(main, 'index.js'), path.join(request, 'index.js')]) {
      if (candidate && isFile(candidate)) return candidate;
    }
    throw new EntryScriptError(`kiln: cannot run '${request}': it is a directory with no index.js or package.json "main"\n`, 1);
  }
  // node's own line for a missing main module (node adds its stack and the error's code).
  throw new EntryScriptError(`Error: Cannot find module '${request}'\n`, 1);
}

function packageMain(dir: string): string | undefined {
  try {
    const main: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).main;
    return typeof main === 'string' && main !== '' ? path.resolve(dir, main) : undefined;
  } catch {
    return undefined;
  }
}

/** The text of a file or of stdin (fd 0), refused when it is unreadable or binary. */
function readSource(from: string | number, name: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(from);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message;
    throw new EntryScriptError(`kiln: cannot read '${name}': ${why}\n`, 1);
  }
  // A NUL byte never occurs in JavaScript source text outside a string escape.
  if (bytes.includes(0)) throw new EntryScriptError(`kiln: cannot run '${name}': it is a binary file, not JavaScript source\n`, 1);
  return bytes.toString('utf8');
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
