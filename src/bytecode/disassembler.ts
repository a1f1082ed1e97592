// Disassembler for --print-bytecode and the golden bytecode tests: one header line per
// function, one line per instruction (`  0012  Add r3, r1, r2 [f4]`), constant values and
// callee names as `;` comments, and a `; line:col` line whenever the source position changes.

import { displayName, type BytecodeFunction, type Program } from './function';
import { OPCODES, OPCODE_WORDS } from './opcodes';
import { BUILTIN_NAMES } from './builtin-ids';

export function disassembleProgram(program: Program): string {
  return program.functions.map((fn) => disassembleFunction(fn, program)).join('\n');
}

export function disassembleFunction(fn: BytecodeFunction, program: Program): string {
  const lines = [header(fn, program)];
  const source = program.modules.find((m) => m.file === fn.file)?.source ?? program.source;
  const sourceLines = source.split('\n');
  const { pcs } = fn.positions;
  let nextPosition = 0;
  for (let pc = 0; pc < fn.code.length; pc += OPCODE_WORDS[fn.code[pc]]) {
    while (nextPosition < pcs.length && pcs[nextPosition] <= pc) {
      if (pcs[nextPosition] === pc) lines.push(positionLine(fn, nextPosition, sourceLines));
      nextPosition++;
    }
    lines.push(instruction(fn, program, pc));
  }
  if (fn.handlers.length > 0) {
    lines.push('  handlers (innermost first):');
    for (const h of fn.handlers) lines.push(`    [${h.start}, ${h.end}) -> ${h.handler}, exception in r${h.register}`);
  }
  return lines.join('\n') + '\n';
}

function header(fn: BytecodeFunction, program: Program): string {
  // The names the traces use (displayName): <top-level>, <top-level lib.js>, <anonymous>.
  const name = displayName(fn);
  return (
    `function ${name} #${fn.id} (${fn.line}:${fn.column}) params=${fn.paramCount} ` +
    `registers=${fn.registerCount} feedback=${fn.feedbackSlotCount} constants=${fn.constants.length}`
  );
}

function positionLine(fn: BytecodeFunction, index: number, sourceLines: readonly string[]): string {
  const line = fn.positions.lines[index];
  const column = fn.positions.columns[index];
  const text = (sourceLines[line - 1] ?? '').slice(column - 1).trim();
  const snippet = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `        ; ${line}:${column}  ${snippet}`.trimEnd();
}

/** One instruction line: offset, opcode name, operands, feedback slot, then comments. */
export function instruction(fn: BytecodeFunction, program: Program, pc: number): string {
  const op = fn.code[pc];
  const info = OPCODES[op];
  if (!info) return `  ${pad(pc)}  <bad opcode ${op}>`;
  const operands: string[] = [];
  const comments: string[] = [];
  let feedback = '';
  [...info.operands].forEach((kind, i) => {
    const v = fn.code[pc + 1 + i];
    switch (kind) {
      case 'r': operands.push(`r${v}`); break;
      case 'k': operands.push(`k${v}`); comments.push(constantText(fn.constants[v])); break;
      case 'i': case 'n': operands.push(String(v)); break;
      case 'j': operands.push(`@${pad(v)}`); break;
      case 'f': feedback = ` [f${v}]`; break;
      case 'b': operands.push(BUILTIN_NAMES[v] ?? `builtin${v}`); break;
      case 'u': operands.push(`#${v}`); comments.push(program.functions[v] ? displayName(program.functions[v]) : `#${v}`); break;
      default: operands.push(`?${v}`);
    }
  });
  const text = `  ${pad(pc)}  ${info.name}${operands.length ? ' ' + operands.join(', ') : ''}${feedback}`;
  return comments.length ? `${text.padEnd(40)} ; ${comments.join(', ')}` : text;
}

function constantText(value: number | string | undefined): string {
  if (value === undefined) return '<bad constant>';
  if (typeof value === 'string') return JSON.stringify(value);
  return Object.is(value, -0) ? '-0' : String(value);
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}
