// What node prints on stderr for an exception nothing caught (node_errors.cc, with the
// inspect of lib/internal/process/execution.js): the source line the exception was thrown
// at with a caret under its column, then for an error object node's inspect of it (its
// stack, own properties, `[cause]`, `[errors]`), for any other object its inspect, for a
// primitive its string and the `--trace-uncaught` hint, and last the node version line.

import * as path from 'path';
import { inspect } from 'util';
import type { ErrorObjects } from './error-objects';
import type { KilnThrow } from './errors';
import { Kind, Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import type { Word } from './word';
import { nodeThrowLine } from './stack-frames';

/** The stderr text of uncaught exception `e`; `sourceOf` gives a module's source text. */
export function formatUncaughtException(rt: RuntimeCore, errors: ErrorObjects, e: KilnThrow, sourceOf: (file: string) => string | undefined): string {
  const value = errors.valueOf(e);
  // Thrown: where it was thrown; a rejection nothing threw: where the error was made.
  const arrow = exceptionLine(e.kilnStack.find((entry) => entry.file !== '') ?? errors.originOf(value), sourceOf);
  const version = `\nNode.js ${process.version}\n`;
  const isObject = value[0] === Tag.Ptr && rt.heap.kindOf(value[1]) !== Kind.String;
  if (!isObject) {
    const text = value[0] === Tag.Ptr ? rt.heap.readString(value[1]) : rt.describe(value[0], value[1]);
    const argv0 = path.basename(process.argv0 || 'node', '.exe');
    return `\n${arrow}${text}\n(Use \`${argv0} --trace-uncaught ...\` to show where the exception was thrown)\n${version}`;
  }
  enhanceStack(rt, value);
  const useColors = process.stderr.isTTY === true && process.stderr.hasColors();
  const depth = Math.max(typeof inspect.defaultOptions.depth === 'number' ? inspect.defaultOptions.depth : 2, 5);
  const trace = inspect(rt.conv.toHost(value[0], value[1]), { colors: useColors, customInspect: false, depth });
  // node attaches the source line to errors made by an Error constructor and prints it
  // first itself for anything else (and then leaves out the blank line).
  if (!errors.isNativeError(value[1])) return `\n${arrow}${trace}\n${version}`;
  return arrow === '' ? `${trace}\n${version}` : `${arrow}\n${trace}\n${version}`;
}

/** An error with a kEnhanceStackBeforeInspector function (lib/events.js gives one to the error
 *  of an unhandled 'error' event) gets the stack it returns, as node's report does first. */
function enhanceStack(rt: RuntimeCore, value: Word): void {
  const sym = rt.symbols.registeredSymbol('kEnhanceStackBeforeInspector');
  if (sym === 0) return;
  try {
    const fn = rt.getProperty(value, rt.symbols.keyOf(sym));
    if (!rt.isCallable(fn)) return;
    const stack = rt.invoker.call(fn, value, []);
    rt.props.set(value[0], value[1], 'stack', stack[0], stack[1]);
  } catch {
    // node reports the error as it is.
  }
}

/** `file:line`, the source line and a caret under the column, each ending in a newline
 *  (node's AppendExceptionLine); '' when the exception has no position. A throw in kiln's
 *  lib/ code standing for node's shows node's line. */
function exceptionLine(at: { file: string; line: number; column: number } | undefined, sourceOf: (file: string) => string | undefined): string {
  if (!at) return '';
  const node = nodeThrowLine(at.file, at.line);
  const top = node ?? at;
  const line = node ? node.text : sourceOf(top.file)?.split('\n')[top.line - 1]?.replace(/\r$/, '');
  if (line === undefined) return `${top.file}:${top.line}\n\n`;
  const start = top.column - 1;
  if (start < 0 || start >= line.length) return `${top.file}:${top.line}\n${line}\n`;
  const pad = Array.from(line.slice(0, start), (c) => (c === '\t' ? '\t' : ' ')).join('');
  return `${top.file}:${top.line}\n${line}\n${pad}^\n`;
}
