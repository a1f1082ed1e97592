// Number(x) in compiled code: a number is itself; a flat string of plain decimal form
// (`-12`, `3.25`, `1e-7`, `.5`: an optional minus, at most 15 digits with one optional
// point, an optional exponent) is parsed in machine code by the exact fast path (Clinger's):
// its digits, read into a double, are below 2^53 and so exact, and 10^k for k <= 22 is
// exact, so one multiplication or division by 10^k rounds correctly, as V8's own
// StringToDouble does. Anything else (spaces, `0x`, `Infinity`, more digits, a bigger
// exponent, ropes, objects) is the runtime's Number(). The result is a double.

import { Builtin } from '../../../bytecode/builtin-ids';
import { Kind, ObjectLayout, Tag } from '../../../runtime/layout';
import { Cond } from '../../masm';
import type { Node } from '../ir/ir';
import type { LirBuilder } from './lir-builder';
import { heapReg, imm, v } from './lir-operands';

/** The most significant digits the fast path reads (below 2^53, exact in a double). */
const MAX_DIGITS = 15;
/** The largest power of ten that is exact in a double. */
const MAX_EXACT_POWER = 22;
const CHAR = { zero: 0x30, minus: 0x2d, plus: 0x2b, point: 0x2e, e: 0x65 } as const;

export function lowerNumberConvert(b: LirBuilder, n: Node): void {
  const word = b.use(n.inputs[0], 'tagged');
  const d = b.define(n);
  const slow = b.newLabel();
  const done = b.newLabel();
  const isString = b.newLabel();
  const isNumber = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Ptr), imm(isString));
  b.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(isNumber));
  b.emit('BrTag', 0, imm(Cond.B), v(word), imm(Tag.MIN), imm(isNumber));
  b.emit('Jump', 0, imm(slow));
  b.label(isNumber);
  numberWordToFloat(b, word, d, done);
  b.label(isString);
  parseDecimal(b, b.unbox32(word), d, slow);
  b.emit('Jump', 0, imm(done));
  b.label(slow);
  // Number() always gives a number word.
  const r = b.newVreg('tagged');
  b.runtimeCall({ kind: 'builtin', id: Builtin.NumberConvert }, n.inputs, r);
  numberWordToFloat(b, r, d, done);
  b.label(done);
}

/** d = the double a number word (an int32 or a double) holds; then to `done`. */
function numberWordToFloat(b: LirBuilder, word: number, d: number, done: number): void {
  const isInt = b.newLabel();
  b.emit('BrTag', 0, imm(Cond.Eq), v(word), imm(Tag.Int32), imm(isInt));
  b.emit('MovFG', 1, v(d), v(word));
  b.emit('Jump', 0, imm(done));
  b.label(isInt);
  b.emit('CvtI32F64', 1, v(d), v(b.unbox32(word)));
  b.emit('Jump', 0, imm(done));
}

/** d = the value of flat String `str` in plain decimal form, else a jump to `slow`. */
function parseDecimal(b: LirBuilder, str: number, d: number, slow: number): void {
  const kind = b.load32(heapReg(str, ObjectLayout.kindOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(kind), imm(Kind.String), imm(slow));
  const length = b.load32(heapReg(str, ObjectLayout.lengthOffset));
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(length), imm(0), imm(slow));
  b.emit('BrCmp32I', 0, imm(Cond.A), v(length), imm(2 * MAX_DIGITS), imm(slow));
  const at = b.add32i(str, 0);
  const end = b.shl32i(length, 1);
  b.emit('Add32', 1, v(end), v(end), v(str));
  const unit = (): number => b.load16(heapReg(at, ObjectLayout.stringDataOffset));
  const advance = (): void => {
    b.emit('Add32I', 1, v(at), v(at), imm(2));
  };
  const atEnd = (label: number): void => {
    b.emit('BrCmp32', 0, imm(Cond.Eq), v(at), v(end), imm(label));
  };

  // An optional minus.
  const negative = b.int32(0);
  const unsigned = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(unit()), imm(CHAR.minus), imm(unsigned));
  b.emit('MovGI', 1, v(negative), imm(1), imm(0));
  advance();
  b.label(unsigned);

  // Digits, with one optional point: acc = the digits as an integer, scale = how many
  // followed the point (a power of ten to divide by).
  const acc = b.newVreg('float64');
  b.emit('MovFI', 1, v(acc), imm(0), imm(0));
  const ten = b.newVreg('float64');
  b.emit('MovFI', 1, v(ten), imm(0), imm(0x40240000)); // 10
  const digits = b.int32(0);
  const scale = b.int32(0);
  const afterPoint = b.int32(0);
  const finish = b.newLabel();
  const loop = b.newLabel();
  const notDigit = b.newLabel();
  b.label(loop);
  atEnd(finish);
  const u = unit();
  const digit = b.newVreg('int32');
  b.emit('Sub32I', 1, v(digit), v(u), imm(CHAR.zero));
  b.emit('BrCmp32I', 0, imm(Cond.A), v(digit), imm(9), imm(notDigit));
  b.emit('Add32I', 1, v(digits), v(digits), imm(1));
  b.emit('BrCmp32I', 0, imm(Cond.Gt), v(digits), imm(MAX_DIGITS), imm(slow));
  b.emit('Add32', 1, v(scale), v(scale), v(afterPoint));
  const digitValue = b.newVreg('float64');
  b.emit('CvtI32F64', 1, v(digitValue), v(digit));
  b.emit('MulF64', 1, v(acc), v(acc), v(ten));
  b.emit('AddF64', 1, v(acc), v(acc), v(digitValue));
  advance();
  b.emit('Jump', 0, imm(loop));
  b.label(notDigit);
  // A point (the first one), or the exponent's e/E.
  const notPoint = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(u), imm(CHAR.point), imm(notPoint));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(afterPoint), imm(0), imm(slow));
  b.emit('MovGI', 1, v(afterPoint), imm(1), imm(0));
  advance();
  b.emit('Jump', 0, imm(loop));
  b.label(notPoint);
  const lower = b.newVreg('int32');
  b.emit('Or32I', 1, v(lower), v(u), imm(0x20));
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(lower), imm(CHAR.e), imm(slow));

  // The exponent: e or E, an optional sign, one to three digits.
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(digits), imm(0), imm(slow));
  advance();
  atEnd(slow);
  const exponentNegative = b.int32(0);
  const exponentDigits = b.newLabel();
  const notMinus = b.newLabel();
  const sign = unit();
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(sign), imm(CHAR.minus), imm(notMinus));
  b.emit('MovGI', 1, v(exponentNegative), imm(1), imm(0));
  advance();
  b.emit('Jump', 0, imm(exponentDigits));
  b.label(notMinus);
  b.emit('BrCmp32I', 0, imm(Cond.Ne), v(sign), imm(CHAR.plus), imm(exponentDigits));
  advance();
  b.label(exponentDigits);
  atEnd(slow);
  const exponent = b.int32(0);
  const exponentLoop = b.newLabel();
  const exponentDone = b.newLabel();
  b.label(exponentLoop);
  atEnd(exponentDone);
  const e = b.newVreg('int32');
  b.emit('Sub32I', 1, v(e), v(unit()), imm(CHAR.zero));
  b.emit('BrCmp32I', 0, imm(Cond.A), v(e), imm(9), imm(slow));
  b.emit('Mul32I', 1, v(exponent), v(exponent), imm(10));
  b.emit('Add32', 1, v(exponent), v(exponent), v(e));
  b.emit('BrCmp32I', 0, imm(Cond.Gt), v(exponent), imm(999), imm(slow));
  advance();
  b.emit('Jump', 0, imm(exponentLoop));
  b.label(exponentDone);
  // scale -= exponent (a negative exponent divides further).
  const positiveExponent = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(exponentNegative), imm(0), imm(positiveExponent));
  b.emit('Neg32', 1, v(exponent), v(exponent));
  b.label(positiveExponent);
  b.emit('Sub32', 1, v(scale), v(scale), v(exponent));

  // acc / 10^scale (or acc * 10^-scale): exact powers only.
  b.label(finish);
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(digits), imm(0), imm(slow));
  const power = b.newVreg('float64');
  b.emit('MovFI', 1, v(power), imm(0), imm(0x3ff00000)); // 1
  const k = b.newVreg('int32');
  const multiply = b.newLabel();
  const scaled = b.newLabel();
  b.emit('MovGG', 1, v(k), v(scale));
  b.emit('BrCmp32I', 0, imm(Cond.Ge), v(scale), imm(0), imm(multiply));
  b.emit('Neg32', 1, v(k), v(scale));
  b.label(multiply);
  b.emit('BrCmp32I', 0, imm(Cond.Gt), v(k), imm(MAX_EXACT_POWER), imm(slow));
  const powerLoop = b.newLabel();
  const powerDone = b.newLabel();
  b.label(powerLoop);
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(k), imm(0), imm(powerDone));
  b.emit('MulF64', 1, v(power), v(power), v(ten));
  b.emit('Sub32I', 1, v(k), v(k), imm(1));
  b.emit('Jump', 0, imm(powerLoop));
  b.label(powerDone);
  const divide = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Gt), v(scale), imm(0), imm(divide));
  b.emit('MulF64', 1, v(d), v(acc), v(power));
  b.emit('Jump', 0, imm(scaled));
  b.label(divide);
  b.emit('DivF64', 1, v(d), v(acc), v(power));
  b.label(scaled);
  const positive = b.newLabel();
  b.emit('BrCmp32I', 0, imm(Cond.Eq), v(negative), imm(0), imm(positive));
  b.emit('NegF64', 1, v(d), v(d));
  b.label(positive);
}
