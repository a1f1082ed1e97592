// Checks the arm64 encoder against an independent assembler: for every masm opcode, many
// instruction streams (register combinations, every condition, immediates that fit / fit
// shifted / need a scratch register, every displacement range) are encoded with
// addon.assembleFor('arm64', ...) in the near and the far branch form, the AArch64 text this
// file expects from the lowering rules is assembled by ONE llvm-mc process, and the bytes must
// be equal (AArch64 encodings are unique). Branch targets become byte offsets (#imm).
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const { Masm, MASM_OPS, MATH_FUNCTIONS, frameMem, heapMem, heapRegMem } = require('../../dist/jit/masm.js');
const { Globals } = require('../../dist/runtime/layout.js');
const { loadAddon } = require('../../dist/native/addon.js');

const { requireTool } = require('../support/optional-tool');
let LLVM_MC = null; // set by requireTool in the describe below
const INT_CONDS = ['Eq', 'Ne', 'Lt', 'Le', 'Gt', 'Ge', 'B', 'Be', 'A', 'Ae'];
const FLOAT_CONDS = ['FEq', 'FNe', 'FLt', 'FLe', 'FGt', 'FGe', 'FNotLt', 'FNotLe', 'FNotGt', 'FNotGe'];
const COND_NUM = Object.fromEntries([...INT_CONDS, ...FLOAT_CONDS].map((c, i) => [c, i]));
const CC = {
  Eq: 'eq', Ne: 'ne', Lt: 'lt', Le: 'le', Gt: 'gt', Ge: 'ge', B: 'lo', Be: 'ls', A: 'hi', Ae: 'hs',
  FEq: 'eq', FNe: 'ne', FLt: 'mi', FLe: 'ls', FGt: 'gt', FGe: 'ge', FNotLt: 'pl', FNotLe: 'hi', FNotGt: 'le', FNotGe: 'lt',
};
const INVERT = { eq: 'ne', ne: 'eq', hs: 'lo', lo: 'hs', mi: 'pl', pl: 'mi', vs: 'vc', vc: 'vs', hi: 'ls', ls: 'hi', ge: 'lt', lt: 'ge', gt: 'le', le: 'gt' };
const W = (i) => `w${i}`;
const X = (i) => `x${i}`;
const D = (i) => `d${i}`;
const GPR_COUNT = 14;
const FPR_COUNT = 14;

// ---- independent immediate rules ------------------------------------------------------------
// Every 32-bit logical (bitmask) immediate: a run of 1..e-1 ones, rotated, replicated to 32 bits.
const LOGICAL32 = new Set();
for (const e of [2, 4, 8, 16, 32]) {
  for (let ones = 1; ones < e; ones++) {
    for (let r = 0; r < e; r++) {
      let v = 0;
      for (let k = 0; k < 32; k += e) {
        for (let b = 0; b < ones; b++) v |= 1 << (k + ((b - r + e) % e)); // run rotated right by r
      }
      LOGICAL32.add(v >>> 0);
    }
  }
}
const fitsArith = (v) => v >= 0 && (v < 4096 || (v % 4096 === 0 && v / 4096 < 4096));
const arithImmText = (v) => (v < 4096 ? `#${v}` : `#${v / 4096}, lsl #12`);

function movImm64(reg, value) {
  const v = BigInt.asUintN(64, BigInt(value));
  const hws = [0, 1, 2, 3].map((i) => Number((v >> BigInt(16 * i)) & 0xffffn));
  const zeros = hws.filter((h) => h === 0).length;
  const ones = hws.filter((h) => h === 0xffff).length;
  const inverted = ones > zeros;
  const fill = inverted ? 0xffff : 0;
  const out = [];
  hws.forEach((h, i) => {
    if (h === fill) return;
    if (out.length === 0) out.push(inverted ? `movn ${reg}, #${~h & 0xffff}, lsl #${16 * i}` : `movz ${reg}, #${h}, lsl #${16 * i}`);
    else out.push(`movk ${reg}, #${h}, lsl #${16 * i}`);
  });
  if (out.length === 0) out.push(`${inverted ? 'movn' : 'movz'} ${reg}, #0, lsl #0`);
  return out;
}
function movImm32(reg, value) {
  const v = value >>> 0;
  const lo = v & 0xffff;
  const hi = v >>> 16;
  if (hi === 0xffff) return [`movn ${reg}, #${~lo & 0xffff}, lsl #0`];
  if (lo === 0xffff) return [`movn ${reg}, #${~hi & 0xffff}, lsl #16`];
  if (lo === 0 && hi !== 0) return [`movz ${reg}, #${hi}, lsl #16`];
  return [`movz ${reg}, #${lo}, lsl #0`, ...(hi ? [`movk ${reg}, #${hi}, lsl #16`] : [])];
}

// ---- expected instruction text ------------------------------------------------------------------
/** Expected AArch64 text for one masm op. Strings are one instruction each; '@name' is a branch
 *  target (a stream label 'L<n>' or an entry { bind: name }). `far` selects the far branch form. */
function expected(name, o, far, bridges) {
  const out = [];
  const e = (...s) => out.push(...s);
  const br = (cc, target) => (far ? e(`b.${INVERT[cc]} #8`, `b @${target}`) : e(`b.${cc} @${target}`));
  const mem = (mn, rt, m) => {
    let base = m.base === 0 ? 'x27' : 'x28';
    if (m.base === 1) { e(`add x16, x28, ${W(m.reg)}, uxtw`); base = 'x16'; }
    const size = mn.endsWith('h') ? 2 : rt[0] === 'w' ? 4 : 8;
    const d = m.disp;
    if (d >= 0 && d % size === 0 && d / size < 4096) e(`${mn} ${rt}, [${base}, #${d}]`);
    else if (d >= -256 && d <= 255) e(`${mn.replace('r', 'ur')} ${rt}, [${base}, #${d}]`);
    else e(...movImm64('x17', d), `${mn} ${rt}, [${base}, x17]`);
  };
  // d = n + addend (add/sub immediate, else via scratch); r names the register width.
  const addImm = (r, flags, d, n, addend, scratch) => {
    const s = flags ? 's' : '';
    if (addend >= 0 && fitsArith(addend)) e(`add${s} ${d}, ${n}, ${arithImmText(addend)}`);
    else if (addend < 0 && fitsArith(-addend)) e(`sub${s} ${d}, ${n}, ${arithImmText(-addend)}`);
    else if (r === 'w') e(...movImm32(`w${scratch}`, addend), `add${s} ${d}, ${n}, w${scratch}`);
    else e(...movImm64(`x${scratch}`, addend), `add${s} ${d}, ${n}, x${scratch}`);
  };
  const subImm32 = (flags, d, n, imm) => {
    if (imm === -0x80000000) e(...movImm32('w16', imm), `sub${flags ? 's' : ''} ${d}, ${n}, w16`);
    else addImm('w', flags, d, n, -imm, 16);
  };
  const cmpImm = (n, imm, scratch) => {
    if (imm >= 0 && fitsArith(imm)) e(`cmp ${n}, ${arithImmText(imm)}`);
    else if (imm < 0 && fitsArith(-imm)) e(`cmn ${n}, ${arithImmText(-imm)}`);
    else e(...movImm32(`w${scratch}`, imm), `cmp ${n}, w${scratch}`);
  };
  const logic = (mn, d, n, imm) => {
    if (LOGICAL32.has(imm >>> 0)) e(`${mn} ${W(d)}, ${W(n)}, #0x${(imm >>> 0).toString(16)}`);
    else e(...movImm32('w16', imm), `${mn} ${W(d)}, ${W(n)}, w16`);
  };
  const epilogue = () => e('mov sp, x29', 'ldp x29, x30, [sp], #16', 'ret');
  const u64 = (lo, hi) => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  const [p0, p1, p2, p3, p4, p5] = o;
  const L = (n) => `L${n}`;
  const ALU = { Add32: 'add', Sub32: 'sub', Mul32: 'mul', And32: 'and', Or32: 'orr', Xor32: 'eor', Shl32: 'lsl', Sar32: 'asr', Shr32: 'lsr' };
  const FALU = { AddF64: 'fadd', SubF64: 'fsub', MulF64: 'fmul', DivF64: 'fdiv' };
  const FUNARY = { SqrtF64: 'fsqrt', NegF64: 'fneg', AbsF64: 'fabs', FloorF64: 'frintm', CeilF64: 'frintp', TruncF64: 'frintz' };
  if (ALU[name]) { e(`${ALU[name]} ${W(p0)}, ${W(p1)}, ${W(p2)}`); return out; }
  if (FALU[name]) { e(`${FALU[name]} ${D(p0)}, ${D(p1)}, ${D(p2)}`); return out; }
  if (FUNARY[name]) { e(`${FUNARY[name]} ${D(p0)}, ${D(p1)}`); return out; }
  switch (name) {
    case 'Label': case 'BytecodeOffset': break;
    case 'Jump': e(`b @${L(p0)}`); break;
    case 'MovGG': if (p0 !== p1) e(`mov ${X(p0)}, ${X(p1)}`); break;
    case 'MovGI': e(...movImm64(X(p0), u64(p1, p2))); break;
    case 'MovFF': if (p0 !== p1) e(`fmov ${D(p0)}, ${D(p1)}`); break;
    case 'MovFI':
      if (u64(p1, p2) === 0n) e(`fmov ${D(p0)}, xzr`);
      else e(...movImm64('x16', u64(p1, p2)), `fmov ${D(p0)}, x16`);
      break;
    case 'MovGF': e(`fmov ${X(p0)}, ${D(p1)}`); break;
    case 'MovFG': e(`fmov ${D(p0)}, ${X(p1)}`); break;
    case 'Load64': mem('ldr', X(p0), p1); break;
    case 'Store64': mem('str', X(p0), p1); break;
    case 'Store64I':
      if (u64(p1, p2) === 0n) mem('str', 'xzr', p0);
      else { e(...movImm64('x15', u64(p1, p2))); mem('str', 'x15', p0); }
      break;
    case 'Load32': mem('ldr', W(p0), p1); break;
    case 'Load16': mem('ldrh', W(p0), p1); break;
    case 'Store32': mem('str', W(p0), p1); break;
    case 'Store16': mem('strh', W(p0), p1); break;
    case 'Store32I':
      if (p1 === 0) mem('str', 'wzr', p0);
      else { e(...movImm32('w15', p1)); mem('str', 'w15', p0); }
      break;
    case 'LoadF64': mem('ldr', D(p0), p1); break;
    case 'StoreF64': mem('str', D(p0), p1); break;
    case 'Add32I': addImm('w', false, W(p0), W(p1), p2, 16); break;
    case 'Sub32I': subImm32(false, W(p0), W(p1), p2); break;
    case 'Mul32I': e(...movImm32('w16', p2), `mul ${W(p0)}, ${W(p1)}, w16`); break;
    case 'And32I': logic('and', p0, p1, p2); break;
    case 'Or32I': logic('orr', p0, p1, p2); break;
    case 'Xor32I': logic('eor', p0, p1, p2); break;
    case 'Shl32I': e(`lsl ${W(p0)}, ${W(p1)}, #${p2 & 31}`); break;
    case 'Sar32I': e(`asr ${W(p0)}, ${W(p1)}, #${p2 & 31}`); break;
    case 'Shr32I': e(`lsr ${W(p0)}, ${W(p1)}, #${p2 & 31}`); break;
    case 'Not32': e(`mvn ${W(p0)}, ${W(p1)}`); break;
    case 'Neg32': e(`neg ${W(p0)}, ${W(p1)}`); break;
    case 'Add32Ov': e(`adds ${W(p0)}, ${W(p1)}, ${W(p2)}`); br('vs', L(p3)); break;
    case 'Sub32Ov': e(`subs ${W(p0)}, ${W(p1)}, ${W(p2)}`); br('vs', L(p3)); break;
    case 'Mul32Ov':
      e(`smull x16, ${W(p1)}, ${W(p2)}`, 'cmp x16, w16, sxtw'); br('ne', L(p3)); e(`mov ${W(p0)}, w16`);
      break;
    case 'Add32IOv': addImm('w', true, W(p0), W(p1), p2, 16); br('vs', L(p3)); break;
    case 'Sub32IOv': subImm32(true, W(p0), W(p1), p2); br('vs', L(p3)); break;
    case 'Neg32Ov': e(`negs ${W(p0)}, ${W(p1)}`); br('vs', L(p2)); break;
    case 'Mod32': e(`sdiv w16, ${W(p1)}, ${W(p2)}`, `msub ${W(p0)}, w16, ${W(p2)}, ${W(p1)}`); break;
    case 'BrCmp32': e(`cmp ${W(p1)}, ${W(p2)}`); br(CC[p0], L(p3)); break;
    case 'BrCmp32I': cmpImm(W(p1), p2, 16); br(CC[p0], L(p3)); break;
    case 'BrCmp64': e(`cmp ${X(p1)}, ${X(p2)}`); br(CC[p0], L(p3)); break;
    case 'BrCmpF64': e(`fcmp ${D(p1)}, ${D(p2)}`); br(CC[p0], L(p3)); break;
    case 'BrTag': e(`lsr x16, ${X(p1)}, #32`); cmpImm('w16', p2, 17); br(CC[p0], L(p3)); break;
    case 'BrTag2': e(`lsr x16, ${X(p1)}, #32`); cmpImm('w16', p2, 17); br(CC[p0], L(p3)); br(CC[p4], L(p5)); break;
    case 'SetCmp32': e(`cmp ${W(p2)}, ${W(p3)}`, `cset ${W(p1)}, ${CC[p0]}`); break;
    case 'SetCmp32I': cmpImm(W(p2), p3, 16); e(`cset ${W(p1)}, ${CC[p0]}`); break;
    case 'SetCmp64': e(`cmp ${X(p2)}, ${X(p3)}`, `cset ${W(p1)}, ${CC[p0]}`); break;
    case 'SetCmpF64': e(`fcmp ${D(p2)}, ${D(p3)}`, `cset ${W(p1)}, ${CC[p0]}`); break;
    case 'BoxTag': {
      const tag = p2 >>> 0;
      e(`mov ${W(p0)}, ${W(p1)}`);
      if (tag >>> 16) e(`movk ${X(p0)}, #${tag >>> 16}, lsl #48`);
      if (tag & 0xffff) e(`movk ${X(p0)}, #${tag & 0xffff}, lsl #32`);
      break;
    }
    case 'Unbox32': e(`mov ${W(p0)}, ${W(p1)}`); break;
    case 'CvtI32F64': e(`scvtf ${D(p0)}, ${W(p1)}`); break;
    case 'CvtF64I32':
      e(`fcvtzs ${W(p0)}, ${D(p1)}`, `scvtf d31, ${W(p0)}`, `fcmp ${D(p1)}, d31`);
      br('ne', L(p2));
      e(`cbnz ${W(p0)}, #${(far ? 4 : 3) * 4}`, `fmov x16, ${D(p1)}`);
      if (far) e('tbz x16, #63, #8', `b @${L(p2)}`);
      else e(`tbnz x16, #63, @${L(p2)}`);
      break;
    case 'CallG': e(`blr ${X(p0)}`); break;
    case 'CallRuntime': e(...movImm32('w0', p0), 'sub x1, x27, x28', ...movImm64('x16', bridges.runtime), 'blr x16'); break;
    case 'CallF64': e(...movImm64('x16', bridges.math[p0]), 'blr x16'); break;
    case 'AdjustFrame': addImm('x', false, 'x27', 'x27', p0, 16); break;
    case 'Prologue': e('stp x29, x30, [sp, #-16]!', 'mov x29, sp'); break;
    case 'Return': if (p0 !== 0) e(`mov x0, ${X(p0)}`); epilogue(); break;
    case 'StackCheck':
      addImm('x', false, 'x16', 'x27', p0, 17);
      e(`ldr x17, [x28, #${Globals.vmStackLimit}]`, 'cmp x16, x17'); br('hi', L(p1));
      e('mov x16, sp', `ldr x17, [x28, #${Globals.nativeStackLimit}]`, 'cmp x16, x17'); br('lo', L(p1));
      break;
    case 'DeoptStub':
      for (let i = 0; i < GPR_COUNT; i += 2) e(`stp ${X(i)}, ${X(i + 1)}, [x28, #${Globals.deoptGprSave + 8 * i}]`);
      for (let i = 0; i < FPR_COUNT; i += 2) e(`stp ${D(i)}, ${D(i + 1)}, [x28, #${Globals.deoptFprSave + 8 * i}]`);
      e('sub x0, x27, x28', ...movImm64('x16', bridges.deopt), 'blr x16');
      epilogue();
      break;
    default: throw new Error(`no expectation for ${name}`);
  }
  return out;
}

/** Replaces '@name' targets by byte offsets from the branch; drops the bind markers. */
function resolveTargets(list) {
  const pos = {};
  const instrs = [];
  for (const item of list) {
    if (typeof item === 'object') pos[item.bind] = instrs.length;
    else instrs.push(item);
  }
  return instrs.map((t, i) => t.replace(/@(\w+)/, (_, l) => {
    if (pos[l] === undefined) throw new Error(`unbound ${l} in ${t}`);
    return `#${(pos[l] - i) * 4}`;
  }));
}

// ---- operand generators ----------------------------------------------------------------------
const GSET = [0, 1, 5, 8, 12, 13];
const FSET = [0, 1, 7, 8, 13];
// fits uimm12 / uimm12 << 12 / negated / bitmask immediates / nothing (scratch)
const IMMS = [0, 1, -1, 4095, 4096, -4095, -4096, 4095 * 4096, 0xfff001, -(4095 * 4096), 0xff, 0x0f0f0f0f, 0xffff, 0x10000,
  -65536, 0x12345678, 0x7fffffff, -0x80000000, 0xfffe0000 | 0, 0xfff90000 | 0, 31, 32, 33];
// scaled uimm12 (x8 / x4), unscaled simm9, unaligned, and register-offset displacements
const DISPS = [0, 8, -8, 4, 3, 255, 256, -256, -257, 16380, 16384, 32760, 32768, 0x7ffffff0, -0x80000000, 1 << 20];
const MEMS = [];
for (const disp of DISPS) {
  MEMS.push(frameMem(disp), heapMem(disp));
  for (const r of [0, 5, 13]) MEMS.push(heapRegMem(r, disp));
}
const IMM64 = [[0, 0], [1, 0], [-1, 0], [-1, -1], [-5, -1], [0, 1], [0, -0x80000000], [0x12345678, 0x9abcdef],
  [-0x80000000, -1], [0x0000ffff, 0xffff0000 | 0], [0, 0x7ff80000], [0x10000, 0]];

/** CallF64's operands: the math functions this process resolved (another is a stream error). */
function mathIndices() {
  return loadAddon().mathFunctions.map((name) => MATH_FUNCTIONS.indexOf(name));
}

function operandSets(name, kinds) {
  const pools = [...kinds].map((k) => {
    switch (k) {
      case 'G': return GSET;
      case 'F': return FSET;
      case 'L': return ['L'];
      case 'C': return name.includes('F64') ? FLOAT_CONDS : INT_CONDS;
      case 'M': return MEMS;
      case 'I': return name === 'CallRuntime' ? [0, 5, 0xffff, 0x10000, 0x7fffffff] : name === 'CallF64' ? mathIndices() : IMMS;
      default: throw new Error(k);
    }
  });
  if (/^(MovGI|MovFI|Store64I)$/.test(name)) {
    const first = name === 'Store64I' ? MEMS.filter((_, i) => i % 7 === 0) : name === 'MovGI' ? GSET : FSET;
    return first.flatMap((r) => IMM64.map(([lo, hi]) => [r, lo, hi]));
  }
  let sets = [[]];
  for (const pool of pools) sets = sets.flatMap((s) => pool.map((v) => [...s, v]));
  if (sets.length > 1500) {
    const step = Math.ceil(sets.length / 1500);
    sets = sets.filter((_, i) => i % step === 0 || i < 200);
  }
  return sets;
}

function buildCases(bridges) {
  const cases = [];
  for (const far of [false, true]) {
    for (const op of MASM_OPS) {
      for (const ops of operandSets(op.name, op.operands)) {
        const m = new Masm();
        const labels = [];
        const args = ops.map((v) => {
          if (v === 'L') { const l = m.newLabel(); labels.push(l); return l; }
          if (typeof v === 'string') return COND_NUM[v];
          return v;
        });
        m.emit(op.name, ...args);
        const exp = expected(op.name, ops.map((v, i) => (v === 'L' ? args[i] : v)), far, bridges);
        if (op.name !== 'Label') for (const l of [...new Set(labels)]) { m.emit('Label', l); exp.push({ bind: `L${l}` }); }
        cases.push({ name: op.name, far, ops, stream: m.finish(), expected: exp });
      }
    }
    // Backward branches: the label is bound before the branch.
    const m = new Masm();
    const l = m.newLabel();
    m.emit('Label', l);
    m.emit('BrCmp32', COND_NUM.Lt, 1, 2, l);
    m.emit('Jump', l);
    cases.push({ name: 'Jump', far, ops: ['backward'], stream: m.finish(),
      expected: [{ bind: `L${l}` }, 'cmp w1, w2', ...(far ? ['b.ge #8', `b @L${l}`] : [`b.lt @L${l}`]), `b @L${l}`] });
  }
  return cases;
}

/** Bridge addresses are host pointers: read them back from the movz/movk before `blr x16`. */
function bridgeAddress(addon, build) {
  const m = new Masm();
  build(m);
  const bytes = addon.assembleFor('arm64', m.finish());
  const words = [];
  for (let i = 0; i < bytes.length; i += 4) words.push((bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0);
  const blr = words.indexOf(0xd63f0200); // blr x16
  let value = 0n;
  for (let i = blr - 1; i >= 0 && (words[i] & 0x1f) === 16 && ((words[i] >>> 23) & 0x1ff) !== 0; i--) {
    const opc = (words[i] >>> 23) & 0x1ff; // 0x1a5 movz, 0x1e5 movk (X forms)
    if (opc !== 0x1a5 && opc !== 0x1e5) break;
    const hw = BigInt((words[i] >>> 21) & 3);
    value |= BigInt((words[i] >>> 5) & 0xffff) << (16n * hw);
    if (opc === 0x1a5) break;
  }
  return value;
}

// ---- llvm-mc ----------------------------------------------------------------------------------
/** Assembles lines with one llvm-mc process; returns per-line byte arrays (null if rejected). */
function assembleLines(lines) {
  let stderr = '';
  let stdout;
  try {
    stdout = execFileSync(LLVM_MC, ['-triple=aarch64', '-show-encoding'], { input: lines.join('\n') + '\n', maxBuffer: 1 << 28, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (err) {
    stdout = err.stdout;
    stderr = err.stderr;
  }
  const rejected = new Set([...stderr.matchAll(/<stdin>:(\d+):\d+: error/g)].map((m) => Number(m[1]) - 1));
  const encodings = [...stdout.matchAll(/encoding: \[([^\]]*)\]/g)].map((m) => m[1].split(',').map(Number));
  const out = [];
  let k = 0;
  for (let i = 0; i < lines.length; i++) out.push(rejected.has(i) ? null : encodings[k++]);
  assert.strictEqual(k, encodings.length, 'llvm-mc output does not line up with its input');
  return { out, stderr };
}

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('arm64 encoder vs llvm-mc', function () {
  LLVM_MC = requireTool('llvm-mc');
  if (!LLVM_MC) return;
  const addon = loadAddon();
  if (!addon.assembleFor) {
    it.skip('the addon has no assembleFor test hook');
    return;
  }
  let cases;
  before(() => {
    const bridges = {
      runtime: bridgeAddress(addon, (m) => m.emit('CallRuntime', 0)),
      deopt: bridgeAddress(addon, (m) => m.emit('DeoptStub')),
      math: MATH_FUNCTIONS.map((name, i) => (addon.mathFunctions.includes(name) ? bridgeAddress(addon, (m) => m.emit('CallF64', i)) : 0n)),
    };
    cases = buildCases(bridges);
    const lines = [];
    for (const c of cases) {
      c.bytes = addon.assembleFor('arm64', c.stream, c.far ? 'far' : 'near');
      c.text = resolveTargets(c.expected);
      c.first = lines.length;
      lines.push(...c.text);
    }
    const { out, stderr } = assembleLines(lines);
    for (const c of cases) {
      c.want = out.slice(c.first, c.first + c.text.length);
      c.rejected = c.text.filter((_, i) => c.want[i] === null);
      if (c.rejected.length) c.llvmErrors = stderr;
    }
  });

  it('encodes every masm opcode in the near and far branch forms', () => {
    for (const far of [false, true]) {
      const covered = new Set(cases.filter((c) => c.far === far).map((c) => c.name));
      for (const op of MASM_OPS) assert.ok(covered.has(op.name), `${op.name} far=${far}`);
    }
    assert.ok(cases.length > 6000, `${cases.length} cases`);
  });

  for (const op of MASM_OPS) {
    it(`${op.name}: bytes equal llvm-mc's encoding of the expected instructions`, () => {
      let checked = 0;
      for (const c of cases) {
        if (c.name !== op.name) continue;
        assert.deepStrictEqual(c.rejected, [], `llvm-mc rejected expected text of ${c.name}`);
        const got = hex(c.bytes);
        const want = c.want.map(hex).join('');
        if (got !== want) {
          const ours = got.match(/.{8}/g) || [];
          const rows = c.text.map((t, i) => `    ${(ours[i] || '--------')} ${hex(c.want[i])}  ${t}`);
          for (let i = c.text.length; i < ours.length; i++) rows.push(`    ${ours[i]} --------  (extra)`);
          assert.fail(`${c.name} ${JSON.stringify(c.ops)} far=${c.far}\n    ours     llvm-mc\n${rows.join('\n')}`);
        }
        checked++;
      }
      assert.ok(checked > 0);
    });
  }

  // A conditional branch more than 1 MB away: auto mode relowers the function far, near refuses.
  describe('branches beyond the +-1 MB conditional range', () => {
    const FILL = 270000; // 4-byte instructions: 1.08 MB
    function longStream(backward) {
      const m = new Masm();
      const l = m.newLabel();
      if (backward) m.emit('Label', l);
      else m.emit('BrCmp32', COND_NUM.Eq, 1, 2, l);
      for (let i = 0; i < FILL; i++) m.emit('Add32', 3, 3, 4);
      if (backward) m.emit('BrCmp32', COND_NUM.Eq, 1, 2, l);
      else m.emit('Label', l);
      return m.finish();
    }
    it('forward: b.ne over b', () => {
      const bytes = addon.assembleFor('arm64', longStream(false));
      const [cmp, skip, jump] = assembleLines(['cmp w1, w2', 'b.ne #8', `b #${(FILL + 1) * 4}`]).out;
      assert.strictEqual(hex(bytes.subarray(0, 12)), hex([...cmp, ...skip, ...jump]));
      assert.strictEqual(bytes.length, (FILL + 3) * 4);
    });
    it('backward: b.ne over b', () => {
      const bytes = addon.assembleFor('arm64', longStream(true));
      const at = FILL * 4;
      const [cmp, skip, jump] = assembleLines(['cmp w1, w2', 'b.ne #8', `b #${-(FILL + 2) * 4}`]).out;
      assert.strictEqual(hex(bytes.subarray(at, at + 12)), hex([...cmp, ...skip, ...jump]));
    });
    it('near mode refuses with a clear error', () => {
      assert.throws(() => addon.assembleFor('arm64', longStream(false), 'near'), /out of near range/);
    });
  });
});
