// Graph building for arithmetic, compares, `!` and typeof. Each arithmetic or compare site
// picks its speculation from its feedback slot: int32, float64, or a runtime call; sites
// whose speculation already failed (profile.failedSpeculations) are widened one step
// (GraphBuilder.kindAt), and sites that never ran leave for the interpreter.

import { Op } from '../../../../bytecode/opcodes';
import type { SiteKind } from '../../../../profile/feedback';
import { Tag } from '../../../../runtime/layout';
import type { Node, NodeOp } from '../ir';
import type { GraphBuilder } from './builder';

/** What `typeof` answers, in the order the 'typeof' node's aux holds their interned words. */
export const TYPE_NAMES = ['number', 'boolean', 'undefined', 'object', 'string', 'function', 'symbol', 'bigint'] as const;

interface BinaryInstruction { op: number; dst: number; a: number; b: number; slot: number }
interface UnaryInstruction { op: number; dst: number; a: number; slot: number }

/** Add .. Shr: r0 = r1 op r2. */
export function binary(b: GraphBuilder, ins: BinaryInstruction, pc: number): boolean {
  const kind = b.kindAt(pc, ins.slot);
  if (b.neverRan(kind)) return b.deoptHere(pc, 'no-feedback');
  b.set(ins.dst, binaryNode(b, ins.op, pc, b.reg(ins.a), b.reg(ins.b), kind));
  return false;
}

/** Neg, ToNumber, ToNumeric, BitNot, Inc, Dec: r0 = op r1. */
export function unary(b: GraphBuilder, ins: UnaryInstruction, pc: number): boolean {
  const kind = b.kindAt(pc, ins.slot);
  if (b.neverRan(kind)) return b.deoptHere(pc, 'no-feedback');
  b.set(ins.dst, unaryNode(b, ins.op, pc, b.reg(ins.a), kind));
  return false;
}

/** Lt .. StrictNe: r0 = r1 op r2, a boolean. */
export function compare(b: GraphBuilder, ins: BinaryInstruction, pc: number): boolean {
  const kind = b.kindAt(pc, ins.slot);
  if (b.neverRan(kind)) return b.deoptHere(pc, 'no-feedback');
  b.set(ins.dst, compareNode(b, ins.op, pc, b.reg(ins.a), b.reg(ins.b), kind));
  return false;
}

export function not(b: GraphBuilder, { dst, a }: { dst: number; a: number }, pc: number): boolean {
  b.set(dst, b.node('bool.not', [toBoolean(b, b.reg(a), pc)], 'bool', undefined, pc));
  return false;
}

export function typeOf(b: GraphBuilder, { dst, a }: { dst: number; a: number }, pc: number): boolean {
  b.set(dst, b.node('typeof', [b.reg(a)], 'tagged', TYPE_NAMES.map((t) => b.src.internedString(t)), pc));
  return false;
}

/** v as a bool node (a conversion unless it already is one). */
export function toBoolean(b: GraphBuilder, v: Node, pc: number): Node {
  return v.repr === 'bool' ? v : b.node('to-boolean', [v], 'bool', undefined, pc);
}

function binaryNode(b: GraphBuilder, op: number, pc: number, x: Node, y: Node, kind: SiteKind): Node {
  const int32Op = INT32_BINARY.get(op);
  const f64Op = F64_BINARY.get(op);
  if (kind === 'int32' && int32Op) return b.guarded(int32Op, [x, y], 'int32', op, pc);
  if ((kind === 'int32' || kind === 'number') && f64Op) return b.guarded(f64Op, [x, y], 'float64', op, pc);
  if (kind === 'number' && int32Op && BITWISE.has(op)) {
    // Bitwise operators on numbers that are not all int32 (a hash that overflowed, then
    // `| 0`): each operand through ToInt32, then the int32 operation.
    const toInt32 = (v: Node) => (v.repr === 'int32' ? v : b.guarded('to-int32', [v], 'int32', undefined, pc));
    return b.guarded(int32Op, [toInt32(x), toInt32(y)], 'int32', op, pc);
  }
  return b.node('runtime', [x, y], 'tagged', { kind: 'binary', op }, pc);
}

function unaryNode(b: GraphBuilder, op: number, pc: number, x: Node, kind: SiteKind): Node {
  if (kind === 'int32') {
    switch (op) {
      case Op.Neg: return b.guarded('i32.neg', [x], 'int32', op, pc);
      case Op.ToNumber: case Op.ToNumeric: return b.guarded('convert', [x], 'int32', op, pc);
      case Op.BitNot: return b.guarded('i32.not', [x], 'int32', op, pc);
      case Op.Inc: return b.guarded('i32.add', [x, b.constNumber(1, pc)], 'int32', op, pc);
      case Op.Dec: return b.guarded('i32.sub', [x, b.constNumber(1, pc)], 'int32', op, pc);
    }
  }
  if (kind === 'int32' || kind === 'number') {
    switch (op) {
      case Op.Neg: return b.guarded('f64.neg', [x], 'float64', op, pc);
      case Op.ToNumber: case Op.ToNumeric: return b.guarded('convert', [x], 'float64', op, pc);
      case Op.Inc: return b.guarded('f64.add', [x, b.constNumber(1, pc)], 'float64', op, pc);
      case Op.Dec: return b.guarded('f64.sub', [x, b.constNumber(1, pc)], 'float64', op, pc);
    }
  }
  return b.node('runtime', [x], 'tagged', { kind: 'unary', op }, pc);
}

function compareNode(b: GraphBuilder, op: number, pc: number, x: Node, y: Node, kind: SiteKind): Node {
  if (kind === 'int32') return b.guarded('i32.cmp', [x, y], 'bool', op, pc);
  if (kind === 'number') return b.guarded('f64.cmp', [x, y], 'bool', op, pc);
  // Against null, undefined or a boolean constant, (in)equality is a comparison of words
  // (loose equality with null/undefined: a nullish test).
  const constant = [x, y].find((n) => n.op === 'const' && n.repr === 'tagged' && isSingletonWord(n.aux as [number, number]));
  if (constant) {
    const other = constant === x ? y : x;
    const [hi] = constant.aux as [number, number];
    if (op === Op.StrictEq || op === Op.StrictNe) {
      const eq = b.node('tagged.stricteq', [other, constant], 'bool', undefined, pc);
      return op === Op.StrictEq ? eq : b.node('bool.not', [eq], 'bool', undefined, pc);
    }
    if ((op === Op.Eq || op === Op.Ne) && (hi === Tag.Null || hi === Tag.Undefined)) {
      const nullish = b.node('is-nullish', [other], 'bool', undefined, pc);
      return op === Op.Eq ? nullish : b.node('bool.not', [nullish], 'bool', undefined, pc);
    }
  }
  if (op === Op.StrictEq || op === Op.StrictNe) {
    const eq = b.node('strict-equals', [x, y], 'bool', undefined, pc);
    return op === Op.StrictEq ? eq : b.node('bool.not', [eq], 'bool', undefined, pc);
  }
  if (op === Op.Lt || op === Op.Le || op === Op.Gt || op === Op.Ge) return b.node('compare-any', [x, y], 'bool', op, pc);
  return b.node('runtime', [x, y], 'tagged', { kind: 'binary', op }, pc);
}

/** Values with exactly one word each: equal to them means the same word. */
function isSingletonWord([hi]: [number, number]): boolean {
  return hi === Tag.Null || hi === Tag.Undefined || hi === Tag.Bool;
}

const INT32_BINARY = new Map<number, NodeOp>([
  [Op.Add, 'i32.add'], [Op.Sub, 'i32.sub'], [Op.Mul, 'i32.mul'], [Op.Mod, 'i32.mod'],
  [Op.BitAnd, 'i32.and'], [Op.BitOr, 'i32.or'], [Op.BitXor, 'i32.xor'],
  [Op.Shl, 'i32.shl'], [Op.Sar, 'i32.sar'], [Op.Shr, 'i32.shr'],
]);
const BITWISE = new Set<number>([Op.BitAnd, Op.BitOr, Op.BitXor, Op.Shl, Op.Sar, Op.Shr]);
const F64_BINARY = new Map<number, NodeOp>([
  [Op.Add, 'f64.add'], [Op.Sub, 'f64.sub'], [Op.Mul, 'f64.mul'], [Op.Div, 'f64.div'],
]);
