// The message of a failed assert.ok / assert(value) with no message of its own, found as
// node's assert finds it (internal/assert/utils getErrMessage): the source from the call's
// line on, parsed with acorn from each token up to the call's column until an expression
// parses whose CallExpression spans the column; its text, continuation lines unindented.
// When nothing parses (the call sits in a multi-line array with a trailing comma, say) node
// gives up, and so does this: undefined, for lib/assert.js's `value == true` message.

import * as fs from 'fs';
import { Parser } from 'acorn';
import type { NativeMethod } from './runtime-core';
import { Tag } from './layout';
import type { Word } from './word';

interface Located {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** acorn-walk's findNodeAround: the innermost node of `type` spanning `pos` (children first). */
function findNodeAround(root: Located, pos: number, type: string): Located | undefined {
  let found: Located | undefined;
  const visit = (n: unknown): void => {
    if (found !== undefined || n === null || typeof n !== 'object' || typeof (n as Located).type !== 'string') return;
    const node = n as Located;
    if (node.start > pos || node.end < pos) return;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
      if (found !== undefined) return;
    }
    if (node.type === type) found = node;
  };
  visit(root);
  return found;
}

// Control characters but \t and \n, escaped as node escapes them.
// eslint-disable-next-line no-control-regex
const ESCAPES = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const META = ['\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004', '\\u0005', '\\u0006', '\\u0007', '\\b', '', '', '\\u000b', '\\f', '', '\\u000e',
  '\\u000f', '\\u0010', '\\u0011', '\\u0012', '\\u0013', '\\u0014', '\\u0015', '\\u0016', '\\u0017', '\\u0018', '\\u0019', '\\u001a', '\\u001b', '\\u001c',
  '\\u001d', '\\u001e', '\\u001f'];

function parseCode(code: string, offset: number): [number, string] | undefined {
  try {
    for (const token of Parser.tokenizer(code, { ecmaVersion: 'latest' })) {
      if (token.start > offset) break;
      try {
        const expr = Parser.parseExpressionAt(code, token.start, { ecmaVersion: 'latest' }) as unknown as Located;
        const call = findNodeAround(expr, offset, 'CallExpression');
        if (call !== undefined && call.end >= offset) {
          return [call.start, code.slice(call.start, call.end).replace(ESCAPES, (c) => META[c.charCodeAt(0)])];
        }
      } catch {
        continue;
      }
    }
  } catch {
    return undefined; // (the tokenizer itself failed on what follows)
  }
  return undefined;
}

/** node's message for the falsy call at (file, 0-based line, 0-based column), or undefined. */
export function assertCallText(file: string, line: number, column: number): string | undefined {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let at = 0;
  for (let i = 0; i < line; i++) {
    const nl = source.indexOf('\n', at);
    if (nl < 0) return undefined;
    at = nl + 1;
  }
  const found = parseCode(source.slice(at), column);
  if (found === undefined) return undefined;
  const [start, text] = found;
  let message = text;
  if (message.includes('\n')) {
    const frames = message.split('\n');
    message = frames.shift()!;
    for (const frame of frames) {
      let pos = 0;
      while (pos < start && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
      message += `\n  ${frame.slice(pos)}`;
    }
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

/** The native lib/assert.js calls: (file, line, column), 1-based as a stack prints them. */
export const ASSERT_CALL_TEXT: NativeMethod = {
  name: 'assertCallText', length: 3,
  fn: (rt, _self, args) => {
    const [file, line, column] = [0, 1, 2].map((i): Word => args[i] ?? [Tag.Undefined, 0]);
    const text = assertCallText(rt.toStringValue(file), rt.toNumber(line) - 1, rt.toNumber(column) - 1);
    return text === undefined ? [Tag.Undefined, 0] : rt.str(text);
  },
};
