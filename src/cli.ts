// `kiln [kiln flags] [script.js | -e code | -p code | -] [program arguments]`: parses the
// command line and hands the program to the pipeline; usage errors are printed as node prints
// its own (`kiln: bad option: -x`, exit 9), without a host stack trace.

import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_JIT_THRESHOLD, FLAG_HELP, parseOptions, UsageError } from './options';
import { runScript } from './pipeline';

export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kiln: ${e.message}\n`);
      return 9;
    }
    throw e;
  }
  if (options.version) {
    process.stdout.write(`kiln ${kilnVersion()}\n`);
    return 0;
  }
  if (options.help) {
    const width = Math.max(...FLAG_HELP.map(([f]) => f.length));
    const lines = FLAG_HELP.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`);
    process.stdout.write(`usage: kiln [flags] script.js [arguments]\n       kiln [flags] -e|-p code [arguments]\n       kiln [flags] - [arguments]   (the program from stdin)\n\n${lines.join('\n')}\n\ndefault --jit-threshold is ${DEFAULT_JIT_THRESHOLD}\n`);
    return 0;
  }
  return runScript(options);
}

/** package.json's version: one source for `kiln -v` and npm. */
function kilnVersion(): string {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  return (manifest as { version: string }).version;
}
