// Graph building for loads, moves and the TDZ checks: constants become const nodes (numbers
// in their narrowest representation), registers are renamed rather than copied, and a hole
// check disappears when the value cannot be the hole (or always deopts when it is).

import { Op } from '../../../../bytecode/opcodes';
import { Tag } from '../../../../runtime/layout';
import { UNDEFINED, type GraphBuilder } from './builder';

export function loadConstant(b: GraphBuilder, { dst, constant }: { dst: number; constant: number }, pc: number): boolean {
  const k = b.fn.constants[constant];
  b.set(dst, typeof k === 'number' ? b.constNumber(k, pc) : b.constTagged(b.src.constantWord(constant), pc));
  return false;
}

export function loadInt(b: GraphBuilder, { dst, value }: { dst: number; value: number }, pc: number): boolean {
  b.set(dst, b.node('const', [], 'int32', value, pc));
  return false;
}

/** LoadUndefined, LoadNull, LoadHole: a constant value word. */
export function loadWord(b: GraphBuilder, dst: number, word: [number, number], pc: number): boolean {
  b.set(dst, b.constTagged(word, pc));
  return false;
}

export function loadBoolean(b: GraphBuilder, dst: number, value: boolean, pc: number): boolean {
  b.set(dst, b.node('const', [], 'bool', value ? 1 : 0, pc));
  return false;
}

export function move(b: GraphBuilder, { dst, src }: { dst: number; src: number }): boolean {
  b.set(dst, b.reg(src));
  return false;
}

/** CheckHole (a binding read before its initialization) and CheckThis (`this` of a derived
 *  constructor before super()): the interpreter throws when the value is the hole. */
export function checkNotHole(b: GraphBuilder, register: number, pc: number): boolean {
  const v = b.reg(register);
  const isHole = v.op === 'const' && v.repr === 'tagged' && (v.aux as number[])[0] === Tag.Hole;
  if (isHole) return b.deoptHere(pc, 'throw');
  if (v.repr === 'tagged' && v.op !== 'const') b.guarded('check-hole', [v], 'tagged', undefined, pc);
  return false;
}

export function loadThis(b: GraphBuilder, { dst }: { dst: number }, pc: number): boolean {
  // Inlined code's receiver is the call's (undefined for a plain call).
  if (b.outer) b.set(dst, b.outer.receiver ?? b.constTagged(UNDEFINED, pc));
  else b.set(dst, b.node('load-this', [], 'tagged', undefined, pc));
  return false;
}

/** LoadGlobal / LoadGlobalForTypeof: a constant behind the prototype-epoch guard (changes
 *  to the global object bump the epoch), else the runtime's lookup. */
export function loadGlobal(b: GraphBuilder, op: Op, { dst, name }: { dst: number; name: number }, pc: number): boolean {
  const key = b.fn.constants[name] as string;
  const forTypeof = op === Op.LoadGlobalForTypeof;
  const known = b.src.failed(pc) ? undefined : b.src.globalValue(key, forTypeof);
  if (known) {
    b.guarded('check-proto', [b.constTagged(known.holder, pc)], 'tagged', { shapes: [], epoch: known.epoch }, pc);
    b.set(dst, b.constTagged(known.value, pc));
    return false;
  }
  const flag = b.constTagged([Tag.Bool, forTypeof ? 1 : 0], pc);
  b.set(dst, b.node('runtime', [flag], 'tagged', { kind: 'heap-op', op: Op.LoadGlobal, key }, pc));
  return false;
}

/** StoreGlobal: the runtime's store (sloppy code may create the global). */
export function storeGlobal(b: GraphBuilder, { value, name, strict }: { value: number; name: number; strict: number }, pc: number): boolean {
  const flag = b.constTagged([Tag.Bool, strict], pc);
  b.node('runtime', [b.reg(value), flag], 'tagged', { kind: 'heap-op', op: Op.StoreGlobal, key: b.fn.constants[name] as string }, pc);
  return false;
}
