// Checks the x64 encoder against an independent assembler: for every masm opcode, many
// instruction streams (register combinations incl. d == a / d == b, r12/r13 as base-adjacent
// index registers, every condition, displacement sizes) are encoded with addon.assemble, all
// disassembled by ONE llvm-mc process, and compared with the Intel-syntax instructions this
// file expects from the lowering rules in the brief (jump targets compared as instruction indices).
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const { Masm, MASM_OPS, MATH_FUNCTIONS, frameMem, heapMem, heapRegMem } = require('../../dist/jit/masm.js');
const { Globals } = require('../../dist/runtime/layout.js');
const { loadAddon } = require('../../dist/native/addon.js');

const { requireTool } = require('../support/optional-tool');
let LLVM_MC = null; // set by requireTool in the describe below
const G64 = ['rax', 'rbx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r12', 'r13'];
const G32 = ['eax', 'ebx', 'edx', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r12d', 'r13d'];
const G8 = ['al', 'bl', 'dl', 'sil', 'dil', 'r8b', 'r9b', 'r10b', 'r12b', 'r13b'];
const G16 = ['ax', 'bx', 'dx', 'si', 'di', 'r8w', 'r9w', 'r10w', 'r12w', 'r13w'];
const X = (i) => `xmm${i}`;
const INT_CONDS = ['Eq', 'Ne', 'Lt', 'Le', 'Gt', 'Ge', 'B', 'Be', 'A', 'Ae'];
const FLOAT_CONDS = ['FEq', 'FNe', 'FLt', 'FLe', 'FGt', 'FGe', 'FNotLt', 'FNotLe', 'FNotGt', 'FNotGe'];
const COND_NUM = Object.fromEntries([...INT_CONDS, ...FLOAT_CONDS].map((c, i) => [c, i]));
const CC = { Eq: 'e', Ne: 'ne', Lt: 'l', Le: 'le', Gt: 'g', Ge: 'ge', B: 'b', Be: 'be', A: 'a', Ae: 'ae' };
// ucomisd operand order and condition for the ordered/negated float conditions.
const FCC = { FLt: [true, 'a'], FLe: [true, 'ae'], FGt: [false, 'a'], FGe: [false, 'ae'], FNotLt: [true, 'be'], FNotLe: [true, 'b'], FNotGt: [false, 'be'], FNotGe: [false, 'b'] };

function memText(m, size) {
  const base = m.base === 1 ? `r15 + ${G64[m.reg]}` : m.base === 0 ? 'r14' : 'r15';
  const disp = m.disp === 0 ? '' : m.disp < 0 ? ` - ${-m.disp}` : ` + ${m.disp}`;
  return `${size ? size + ' ptr ' : ''}[${base}${disp}]`;
}
const u64 = (lo, hi) => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
function movImm(reg64, reg32, value) {
  if (value <= 0xffffffffn) return `mov ${reg32}, ${value}`;
  const signed = BigInt.asIntN(64, value);
  if (signed < 0n && signed >= -(2n ** 31n)) return `mov ${reg64}, ${signed}`;
  return `movabs ${reg64}, ${value}`;
}

/** The expected instructions (Intel syntax, llvm-mc spelling) for one masm op; labels are
 *  'L<n>' targets in jumps, and `{ bind: name }` entries mark internal label positions. */
function expected(name, o) {
  const out = [];
  const e = (...s) => out.push(...s);
  const mov32 = (d, s) => { if (d !== s) e(`mov ${G32[d]}, ${G32[s]}`); };
  const alu3 = (mn, comm, d, a, b) => {
    if (d === a) e(`${mn} ${G32[d]}, ${G32[b]}`);
    else if (d === b) {
      if (comm) e(`${mn} ${G32[d]}, ${G32[a]}`);
      else e(`mov r11d, ${G32[b]}`, `mov ${G32[d]}, ${G32[a]}`, `${mn} ${G32[d]}, r11d`);
    } else e(`mov ${G32[d]}, ${G32[a]}`, `${mn} ${G32[d]}, ${G32[b]}`);
  };
  const fop3 = (mn, comm, d, a, b) => {
    if (d === a) e(`${mn} ${X(d)}, ${X(b)}`);
    else if (d === b) {
      if (comm) e(`${mn} ${X(d)}, ${X(a)}`);
      else e(`movaps xmm15, ${X(b)}`, `movaps ${X(d)}, ${X(a)}`, `${mn} ${X(d)}, xmm15`);
    } else e(`movaps ${X(d)}, ${X(a)}`, `${mn} ${X(d)}, ${X(b)}`);
  };
  const fbranch = (c, a, b, L) => {
    if (c === 'FEq') e(`ucomisd ${X(a)}, ${X(b)}`, 'jp @skip', `je ${L}`, { bind: 'skip' });
    else if (c === 'FNe') e(`ucomisd ${X(a)}, ${X(b)}`, `jp ${L}`, `jne ${L}`);
    else {
      const [swap, cc] = FCC[c];
      e(swap ? `ucomisd ${X(b)}, ${X(a)}` : `ucomisd ${X(a)}, ${X(b)}`, `j${cc} ${L}`);
    }
  };
  const fset = (c, d, a, b) => {
    if (c === 'FEq') e(`ucomisd ${X(a)}, ${X(b)}`, `sete ${G8[d]}`, 'setnp cl', `and ${G8[d]}, cl`);
    else if (c === 'FNe') e(`ucomisd ${X(a)}, ${X(b)}`, `setne ${G8[d]}`, 'setp cl', `or ${G8[d]}, cl`);
    else {
      const [swap, cc] = FCC[c];
      e(swap ? `ucomisd ${X(b)}, ${X(a)}` : `ucomisd ${X(a)}, ${X(b)}`, `set${cc} ${G8[d]}`);
    }
    e(`movzx ${G32[d]}, ${G8[d]}`);
  };
  const L = (n) => `L${n}`;
  const [p0, p1, p2, p3, p4, p5] = o;
  switch (name) {
    case 'Label': case 'BytecodeOffset': break;
    case 'Jump': e(`jmp ${L(p0)}`); break;
    case 'MovGG': if (p0 !== p1) e(`mov ${G64[p0]}, ${G64[p1]}`); break;
    case 'MovGI': e(movImm(G64[p0], G32[p0], u64(p1, p2))); break;
    case 'MovFF': if (p0 !== p1) e(`movaps ${X(p0)}, ${X(p1)}`); break;
    case 'MovFI':
      if (u64(p1, p2) === 0n) e(`xorps ${X(p0)}, ${X(p0)}`);
      else e(movImm('r11', 'r11d', u64(p1, p2)), `movq ${X(p0)}, r11`);
      break;
    case 'MovGF': e(`movq ${G64[p0]}, ${X(p1)}`); break;
    case 'MovFG': e(`movq ${X(p0)}, ${G64[p1]}`); break;
    case 'Load64': e(`mov ${G64[p0]}, ${memText(p1, 'qword')}`); break;
    case 'Store64': e(`mov ${memText(p1, 'qword')}, ${G64[p0]}`); break;
    case 'Store64I': {
      const v = BigInt.asIntN(64, u64(p1, p2));
      if (v >= -(2n ** 31n) && v < 2n ** 31n) e(`mov ${memText(p0, 'qword')}, ${v}`);
      else e(movImm('r11', 'r11d', u64(p1, p2)), `mov ${memText(p0, 'qword')}, r11`);
      break;
    }
    case 'Load32': e(`mov ${G32[p0]}, ${memText(p1, 'dword')}`); break;
    case 'Load16': e(`movzx ${G32[p0]}, ${memText(p1, 'word')}`); break;
    case 'Store32': e(`mov ${memText(p1, 'dword')}, ${G32[p0]}`); break;
    case 'Store16': e(`mov ${memText(p1, 'word')}, ${G16[p0]}`); break;
    case 'Store32I': e(`mov ${memText(p0, 'dword')}, ${p1}`); break;
    case 'LoadF64': e(`movsd ${X(p0)}, ${memText(p1, 'qword')}`); break;
    case 'StoreF64': e(`movsd ${memText(p1, 'qword')}, ${X(p0)}`); break;
    case 'Add32': case 'Add32Ov': alu3('add', true, p0, p1, p2); break;
    case 'Sub32': case 'Sub32Ov': alu3('sub', false, p0, p1, p2); break;
    case 'And32': alu3('and', true, p0, p1, p2); break;
    case 'Or32': alu3('or', true, p0, p1, p2); break;
    case 'Xor32': alu3('xor', true, p0, p1, p2); break;
    case 'Mul32': case 'Mul32Ov': alu3('imul', true, p0, p1, p2); break;
    case 'Shl32': case 'Sar32': case 'Shr32':
      e(`mov ecx, ${G32[p2]}`); mov32(p0, p1); e(`${name.slice(0, 3).toLowerCase()} ${G32[p0]}, cl`); break;
    case 'Add32I': case 'Sub32I': case 'And32I': case 'Or32I': case 'Xor32I': case 'Add32IOv': case 'Sub32IOv':
      mov32(p0, p1); e(`${name.replace(/32.*/, '').toLowerCase()} ${G32[p0]}, ${p2}`); break;
    case 'Mul32I': e(`imul ${G32[p0]}, ${G32[p1]}, ${p2}`); break;
    case 'Shl32I': case 'Sar32I': case 'Shr32I':
      mov32(p0, p1); e(`${name.slice(0, 3).toLowerCase()} ${G32[p0]}, ${p2 & 31}`); break;
    case 'Not32': case 'Neg32': case 'Neg32Ov': mov32(p0, p1); e(`${name.slice(0, 3).toLowerCase()} ${G32[p0]}`); break;
    case 'Mod32':
      e(`mov ecx, ${G32[p2]}`);
      if (p0 !== 0) e('push rax');
      if (p0 !== 2) e('push rdx');
      mov32(0, p1);
      e('xor edx, edx', 'idiv ecx', 'mov r11d, edx');
      if (p0 !== 2) e('pop rdx');
      if (p0 !== 0) e('pop rax');
      e(`mov ${G32[p0]}, r11d`);
      break;
    case 'BrCmp32': e(`cmp ${G32[p1]}, ${G32[p2]}`, `j${CC[p0]} ${L(p3)}`); break;
    case 'BrCmp32I': e(`cmp ${G32[p1]}, ${p2}`, `j${CC[p0]} ${L(p3)}`); break;
    case 'BrCmp64': e(`cmp ${G64[p1]}, ${G64[p2]}`, `j${CC[p0]} ${L(p3)}`); break;
    case 'BrCmpF64': fbranch(p0, p1, p2, L(p3)); break;
    case 'BrTag': e(`mov r11, ${G64[p1]}`, 'shr r11, 32', `cmp r11d, ${p2}`, `j${CC[p0]} ${L(p3)}`); break;
    case 'BrTag2': e(`mov r11, ${G64[p1]}`, 'shr r11, 32', `cmp r11d, ${p2}`, `j${CC[p0]} ${L(p3)}`, `j${CC[p4]} ${L(p5)}`); break;
    case 'SetCmp32': e(`cmp ${G32[p2]}, ${G32[p3]}`, `set${CC[p0]} ${G8[p1]}`, `movzx ${G32[p1]}, ${G8[p1]}`); break;
    case 'SetCmp32I': e(`cmp ${G32[p2]}, ${p3}`, `set${CC[p0]} ${G8[p1]}`, `movzx ${G32[p1]}, ${G8[p1]}`); break;
    case 'SetCmp64': e(`cmp ${G64[p2]}, ${G64[p3]}`, `set${CC[p0]} ${G8[p1]}`, `movzx ${G32[p1]}, ${G8[p1]}`); break;
    case 'SetCmpF64': fset(p0, p1, p2, p3); break;
    case 'BoxTag':
      e(`mov ${G32[p0]}, ${G32[p1]}`);
      if (p2 !== 0) e(`movabs r11, ${BigInt(p2 >>> 0) << 32n}`, `or ${G64[p0]}, r11`);
      break;
    case 'Unbox32': e(`mov ${G32[p0]}, ${G32[p1]}`); break;
    case 'AddF64': fop3('addsd', true, p0, p1, p2); break;
    case 'SubF64': fop3('subsd', false, p0, p1, p2); break;
    case 'MulF64': fop3('mulsd', true, p0, p1, p2); break;
    case 'DivF64': fop3('divsd', false, p0, p1, p2); break;
    case 'SqrtF64': if (p0 !== p1) e(`xorps ${X(p0)}, ${X(p0)}`); e(`sqrtsd ${X(p0)}, ${X(p1)}`); break;
    case 'NegF64': case 'AbsF64':
      if (p0 !== p1) e(`movaps ${X(p0)}, ${X(p1)}`);
      e(`movabs r11, ${name === 'NegF64' ? 0x8000000000000000n : 0x7fffffffffffffffn}`, 'movq xmm15, r11',
        `${name === 'NegF64' ? 'xorpd' : 'andpd'} ${X(p0)}, xmm15`);
      break;
    case 'FloorF64': if (p0 !== p1) e(`xorps ${X(p0)}, ${X(p0)}`); e(`roundsd ${X(p0)}, ${X(p1)}, 9`); break;
    case 'CeilF64': if (p0 !== p1) e(`xorps ${X(p0)}, ${X(p0)}`); e(`roundsd ${X(p0)}, ${X(p1)}, 10`); break;
    case 'TruncF64': if (p0 !== p1) e(`xorps ${X(p0)}, ${X(p0)}`); e(`roundsd ${X(p0)}, ${X(p1)}, 11`); break;
    case 'CvtI32F64': e(`xorps ${X(p0)}, ${X(p0)}`, `cvtsi2sd ${X(p0)}, ${G32[p1]}`); break;
    case 'CvtF64I32':
      e(`cvttsd2si ${G32[p0]}, ${X(p1)}`, `cvtsi2sd xmm15, ${G32[p0]}`, `ucomisd ${X(p1)}, xmm15`, `jp ${L(p2)}`, `jne ${L(p2)}`,
        `test ${G32[p0]}, ${G32[p0]}`, 'jne @done', `movmskpd r11d, ${X(p1)}`, 'and r11d, 1', `jne ${L(p2)}`, { bind: 'done' });
      break;
    case 'CallG': e(`call ${G64[p0]}`); break;
    case 'CallRuntime': e(`mov edi, ${p0 >>> 0}`, 'mov rsi, r14', 'sub rsi, r15', 'movabs r11, *', 'call r11'); break;
    case 'CallF64': e('movabs r11, *', 'call r11'); break;
    case 'AdjustFrame': e(`add r14, ${p0}`); break;
    case 'Prologue': e('push rbp', 'mov rbp, rsp'); break;
    case 'Return': if (p0 !== 0) e(`mov rax, ${G64[p0]}`); e('mov rsp, rbp', 'pop rbp', 'ret'); break;
    case 'StackCheck':
      e(`lea r11, ${memText({ base: 0, disp: p0 })}`, `cmp r11, qword ptr [r15 + ${Globals.vmStackLimit}]`, `ja ${L(p1)}`,
        `cmp rsp, qword ptr [r15 + ${Globals.nativeStackLimit}]`, `jb ${L(p1)}`);
      break;
    case 'DeoptStub':
      for (let i = 0; i < 10; i++) e(`mov qword ptr [r15 + ${Globals.deoptGprSave + 8 * i}], ${G64[i]}`);
      for (let i = 0; i < 14; i++) e(`movsd qword ptr [r15 + ${Globals.deoptFprSave + 8 * i}], ${X(i)}`);
      e('mov rdi, r14', 'sub rdi, r15', 'movabs r11, *', 'call r11', 'mov rsp, rbp', 'pop rbp', 'ret');
      break;
    default: throw new Error(`no expectation for ${name}`);
  }
  if (name.endsWith('Ov')) e(`jo ${L(o[o.length - 1])}`);
  return out;
}

// ---- operand generators --------------------------------------------------------------------
const GSET = [0, 1, 2, 3, 4, 5, 7, 8, 9];
const FSET = [0, 1, 7, 8, 13];
const IMMS = [0, 1, -1, 127, 128, -128, -129, 0x7fffffff, -0x80000000, 0x12345678];
const DISPS = [0, 8, -8, 127, 128, -128, -129, 0x7ffffff0, -0x80000000];
const MEMS = [];
for (const disp of DISPS) {
  MEMS.push(frameMem(disp), heapMem(disp));
  for (const r of [0, 4, 7, 8, 9]) MEMS.push(heapRegMem(r, disp));
}
const IMM64 = [[0, 0], [1, 0], [-1, 0], [-1, -1], [-5, -1], [0, 1], [0, -0x80000000], [0x12345678, 0x9abcdef], [-0x80000000, -1]];

/** CallF64's operands: the math functions this process resolved (another is a stream error). */
function mathIndices() {
  return loadAddon().mathFunctions.map((name) => MATH_FUNCTIONS.indexOf(name));
}

function operandSets(name, kinds) {
  const pools = [...kinds].map((k, i) => {
    switch (k) {
      case 'G': return GSET;
      case 'F': return FSET;
      case 'L': return ['L'];
      case 'C': return name.includes('F64') ? FLOAT_CONDS : INT_CONDS;
      case 'M': return MEMS;
      case 'I': return name === 'CallRuntime' ? [0, 5, 0x7fffffff] : name === 'CallF64' ? mathIndices() : IMMS;
      default: throw new Error(k);
    }
  });
  if (/^(MovGI|MovFI|Store64I)$/.test(name)) {
    const reg = name === 'Store64I' ? MEMS.slice(0, 12) : name === 'MovGI' ? GSET : FSET;
    return reg.flatMap((r) => IMM64.map(([lo, hi]) => [r, lo, hi]));
  }
  // Cartesian product, thinned when large so every operand value still appears.
  let sets = [[]];
  for (const pool of pools) sets = sets.flatMap((s) => pool.map((v) => [...s, v]));
  if (sets.length > 1500) {
    const step = Math.ceil(sets.length / 1500);
    sets = sets.filter((_, i) => i % step === 0 || i < 200);
  }
  return sets;
}

function buildCases() {
  const cases = [];
  for (const op of MASM_OPS) {
    for (const ops of operandSets(op.name, op.operands)) {
      const m = new Masm();
      const labels = [];
      const args = ops.map((v) => {
        if (v === 'L') { const l = m.newLabel(); labels.push(l); return l; }
        if (typeof v === 'string') return COND_NUM[v];
        return v;
      });
      const backward = op.name === 'Jump' && cases.filter((c) => c.name === 'Jump').length === 1;
      if (backward) m.emit('Label', args[0]);
      m.emit(op.name, ...args);
      const exp = expected(op.name, ops.map((v, i) => (v === 'L' ? args[i] : v)));
      if (op.name !== 'Label' && !backward) for (const l of [...new Set(labels)]) { m.emit('Label', l); exp.push({ bind: `L${l}` }); }
      if (backward) exp.unshift({ bind: `L${args[0]}` });
      cases.push({ name: op.name, ops, stream: m.finish(), expected: exp });
    }
    if (op.name === 'Jump') { // a second, backward, case
      const m = new Masm(); const l = m.newLabel();
      m.emit('Label', l); m.emit('Jump', l);
      cases.push({ name: 'Jump(backward)', ops: [l], stream: m.finish(), expected: [{ bind: `L${l}` }, `jmp L${l}`] });
    }
  }
  return cases;
}

// ---- comparison ----------------------------------------------------------------------------
function normalizeNumbers(text) {
  return text.replace(/-?\b\d+\b/g, (s) => {
    const n = BigInt(s);
    return String(n >= 0n && n < 2n ** 32n ? BigInt.asIntN(32, n) : BigInt.asIntN(64, n));
  });
}
const norm = (s) => normalizeNumbers(s.replace(/\s+/g, ' ').trim());

/** Resolves expected labels to instruction indices: 'jne L3' -> 'jne @2'. */
function resolveExpected(list) {
  const pos = {};
  const instrs = [];
  for (const item of list) {
    if (typeof item === 'object') pos[item.bind.replace(/^@/, '')] = instrs.length;
    else instrs.push(item);
  }
  return instrs.map((t) => t.replace(/^(j\w+) @?(\w+)$/, (_, mn, l) => `${mn} @${pos[l]}`)).map(norm);
}

describe('x64 encoder vs llvm-mc', function () {
  LLVM_MC = requireTool('llvm-mc');
  if (!LLVM_MC) return;
  const addon = loadAddon();
  const cases = buildCases();
  let results;

  before(() => {
    const lines = [];
    for (const c of cases) {
      c.bytes = addon.assembleFor ? addon.assembleFor('x64', c.stream) : addon.assemble(c.stream);
      if (c.bytes.length) lines.push(Array.from(c.bytes, (b) => '0x' + b.toString(16)).join(' '));
      lines.push('0xcc'); // int3: case separator (never emitted by the lowering)
    }
    const out = execFileSync(LLVM_MC, ['-disassemble', '-triple=x86_64', '--output-asm-variant=1', '-show-encoding'],
      { input: lines.join('\n') + '\n', maxBuffer: 1 << 28, encoding: 'utf8' });
    const decoded = out.split('\n').filter((l) => l.startsWith('\t') && !l.includes('.text')).map((l) => {
      const m = /^\t(.*?)\s*# encoding: \[(.*)\]$/.exec(l);
      return { text: m[1].replace(/\t/g, ' '), length: m[2].split(',').length };
    });
    results = [];
    let k = 0;
    for (const c of cases) {
      const got = [];
      while (k < decoded.length && decoded[k].text !== 'int3') got.push(decoded[k++]);
      k++;
      results.push(got);
    }
  });

  it('encodes every masm opcode', () => {
    const covered = new Set(cases.map((c) => c.name));
    for (const op of MASM_OPS) assert.ok(covered.has(op.name), op.name);
    assert.ok(cases.length > 3000, `${cases.length} cases`);
  });

  for (const op of MASM_OPS) {
    it(`${op.name}: disassembly matches the expected instructions`, () => {
      let checked = 0;
      cases.forEach((c, i) => {
        if (c.name !== op.name && c.name !== `${op.name}(backward)`) return;
        const got = results[i];
        const offsets = [];
        let at = 0;
        for (const g of got) { offsets.push(at); at += g.length; }
        assert.strictEqual(at, c.bytes.length, `${c.name} ${JSON.stringify(c.ops)}: llvm-mc decoded ${at} of ${c.bytes.length} bytes`);
        const text = got.map((g, j) => {
          const jm = /^(j\w+) (-?\d+)$/.exec(g.text);
          if (!jm) return norm(g.text);
          const target = offsets[j] + g.length + Number(jm[2]);
          const idx = target === at ? got.length : offsets.indexOf(target);
          return `${jm[1]} @${idx}`;
        });
        const want = resolveExpected(c.expected);
        const show = () => `${c.name} ${JSON.stringify(c.ops)}\n  got:  ${text.join(' | ')}\n  want: ${want.join(' | ')}`;
        assert.strictEqual(text.length, want.length, show());
        want.forEach((w, j) => {
          if (w.endsWith('*')) assert.ok(text[j].startsWith(w.slice(0, -1)), show());
          else assert.strictEqual(text[j], w, show());
        });
        checked++;
      });
      assert.ok(checked > 0);
    });
  }
});
