// `kiln [kiln flags] script.js [program arguments]`: parses the command line and hands the
// script to the pipeline; prints usage errors and internal errors without a host stack
// trace for the former.

import { DEFAULT_JIT_THRESHOLD, FLAG_HELP, parseOptions, UsageError } from './options';
import { runScript } from './pipeline';

const VERSION = '0.1.0';

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
    process.stdout.write(`kiln ${VERSION}\n`);
    return 0;
  }
  if (options.help || !options.script) {
    const width = Math.max(...FLAG_HELP.map(([f]) => f.length));
    const lines = FLAG_HELP.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`);
    process.stdout.write(`usage: kiln [flags] script.js [arguments]\n\n${lines.join('\n')}\n\ndefault --jit-threshold is ${DEFAULT_JIT_THRESHOLD}\n`);
    return options.help ? 0 : 9;
  }
  return runScript(options);
}
