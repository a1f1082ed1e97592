// Executes machine code produced by the addon: arithmetic in every register combination,
// overflow and float edge cases, runtime calls, exception propagation, the deopt stub, the
// interpreter-entry stub, stack checks and the W^X invariant. Uses the compiled dist/ output.
'use strict';
const assert = require('assert');
const fs = require('fs');
const { Masm, frameMem, heapMem, heapRegMem } = require('../../dist/jit/masm.js');
const { Tag, Region, Globals, Frame, Kind, ObjectLayout } = require('../../dist/runtime/layout.js');
const { loadAddon } = require('../../dist/native/addon.js');

const addon = loadAddon();
const heap = addon.heap;
const u32 = new Uint32Array(heap);
const i32 = new Int32Array(heap);
const u64 = new BigUint64Array(heap);
const f64 = new Float64Array(heap);

const FP = Region.vmStackOffset; // frame of the function under test
const FN = Region.heapOffset; // function objects, 64 bytes apart
const slot = (i) => (Frame.headerSlots + i) * 8; // frame displacement of register i
const EXC_WORD = BigInt(Tag.Exception) << 32n;
const Cond = { Eq: 0, Ne: 1, Lt: 2, Le: 3, Gt: 4, Ge: 5, B: 6, Be: 7, A: 8, Ae: 9, FEq: 10, FNe: 11, FLt: 12, FLe: 13, FGt: 14, FGe: 15, FNotLt: 16, FNotLe: 17, FNotGt: 18, FNotGe: 19 };

let nextFn = 0;
const installed = [];
/** Installs a function whose body `build(m)` emits after the Prologue; returns its object offset. */
function makeFunction(build) {
  const m = new Masm();
  m.emit('Prologue');
  build(m);
  const code = addon.installCode(m.finish());
  installed.push(code);
  return functionObject(code.address);
}
function functionObject(entry) {
  const fn = FN + 64 * nextFn++;
  u32[(fn + ObjectLayout.kindOffset) / 4] = Kind.Function;
  u64[(fn + ObjectLayout.functionEntryOffset) / 8] = BigInt(entry);
  return fn;
}
function enter(fn, fp = FP) {
  addon.enter(fn, fp);
  return u64[Globals.returnValue / 8];
}
const frameSlot64 = (i) => u64[(FP + slot(i)) / 8];
const setSlot64 = (i, v) => { u64[(FP + slot(i)) / 8] = BigInt.asUintN(64, BigInt(v)); };
const setSlotF = (i, v) => { f64[(FP + slot(i)) / 8] = v; };
const run = (build) => enter(makeFunction(build));
const noCallbacks = {
  interpret() { throw new Error('unexpected interpret'); },
  runtime() { throw new Error('unexpected runtime'); },
  deopt() { throw new Error('unexpected deopt'); },
};

describe('native: executing installed code', function () {
  beforeEach(() => addon.setCallbacks(noCallbacks));

  it('exports the interface', () => {
    assert.strictEqual(addon.arch, process.arch);
    assert.strictEqual(heap.byteLength, Region.reserveBytes);
    assert.strictEqual(addon.gprCount, addon.arch === 'arm64' ? 14 : 10);
    assert.strictEqual(addon.fprCount, 14);
    assert.ok(addon.interpreterEntry > 0);
  });

  it('returns a + b', () => {
    setSlot64(0, 40); setSlot64(1, 2);
    const r = run((m) => {
      m.emit('Load64', 1, frameMem(slot(0)));
      m.emit('Load64', 2, frameMem(slot(1)));
      m.emit('Add32', 0, 1, 2);
      m.emit('Return', 0);
    });
    assert.strictEqual(r, 42n);
  });

  const ALU = {
    Add32: (a, b) => (a + b) | 0, Sub32: (a, b) => (a - b) | 0, Mul32: (a, b) => Math.imul(a, b),
    And32: (a, b) => a & b, Or32: (a, b) => a | b, Xor32: (a, b) => a ^ b,
    Shl32: (a, b) => a << b, Sar32: (a, b) => a >> b, Shr32: (a, b) => a >>> b,
    Mod32: (a, b) => a % b,
  };
  const combos = [];
  const regs = [0, 1, 2, 3, 4, 7, 8, 9];
  for (const d of regs) for (const a of regs) for (const b of regs) combos.push([d, a, b]);
  for (const [op, fn] of Object.entries(ALU)) {
    it(`${op} in every register combination (d == a, d == b, a == b, rax/rdx)`, () => {
      const A = op === 'Mod32' ? 1234567 : -123457, B = op === 'Mod32' ? 1000 : 37;
      setSlot64(0, A); setSlot64(1, B);
      const fnObj = makeFunction((m) => {
        combos.forEach(([d, a, b], i) => {
          m.emit('Load32', a, frameMem(slot(0)));
          if (b !== a) m.emit('Load32', b, frameMem(slot(1)));
          m.emit(op, d, a, b);
          m.emit('Store64', d, frameMem(slot(2 + i)));
        });
        m.emit('Return', 0);
      });
      enter(fnObj);
      combos.forEach(([d, a, b], i) => {
        const bv = b === a ? A : B;
        const expect = BigInt(fn(A, bv) >>> 0);
        assert.strictEqual(frameSlot64(2 + i), expect, `${op} g${d}, g${a}, g${b}`);
      });
    });
  }

  it('Mod32 preserves every other register', () => {
    for (const [d, a, b] of [[1, 3, 4], [0, 3, 4], [2, 0, 3], [3, 2, 0], [9, 8, 2]]) {
      const fnObj = makeFunction((m) => {
        for (let r = 0; r < 10; r++) m.emit('MovGI', r, 1000 + r, 0x11);
        m.emit('MovGI', a, 47, 0);
        m.emit('MovGI', b, 10, 0);
        m.emit('Mod32', d, a, b);
        for (let r = 0; r < 10; r++) m.emit('Store64', r, frameMem(slot(r)));
        m.emit('Return', 0);
      });
      enter(fnObj);
      for (let r = 0; r < 10; r++) {
        const expect = r === d ? 7n : r === a ? 47n : r === b ? 10n : (0x11n << 32n) | BigInt(1000 + r);
        assert.strictEqual(frameSlot64(r), expect, `Mod32 g${d}, g${a}, g${b}: g${r}`);
      }
    }
  });

  function overflowCase(op, a, b) {
    setSlot64(0, a); setSlot64(1, b);
    return run((m) => {
      const L = m.newLabel();
      m.emit('Load32', 1, frameMem(slot(0)));
      m.emit('Load32', 2, frameMem(slot(1)));
      if (op === 'Neg32Ov') m.emit(op, 3, 1, L);
      else if (op.includes('IOv')) m.emit(op, 3, 1, b, L);
      else m.emit(op, 3, 1, 2, L);
      m.emit('Return', 3);
      m.emit('Label', L);
      m.emit('MovGI', 0, 0xdead, 0);
      m.emit('Return', 0);
    });
  }
  it('overflow-checked ops jump on overflow only', () => {
    assert.strictEqual(overflowCase('Add32Ov', 0x7fffffff, 1), 0xdeadn);
    assert.strictEqual(overflowCase('Add32Ov', 0x7ffffffe, 1), 0x7fffffffn);
    assert.strictEqual(overflowCase('Sub32Ov', -0x80000000, 1), 0xdeadn);
    assert.strictEqual(overflowCase('Sub32Ov', 5, 7), 0xfffffffen);
    assert.strictEqual(overflowCase('Mul32Ov', 0x10000, 0x10000), 0xdeadn);
    assert.strictEqual(overflowCase('Mul32Ov', -3, 7), BigInt(-21 >>> 0));
    assert.strictEqual(overflowCase('Add32IOv', 0x7fffffff, 1), 0xdeadn);
    assert.strictEqual(overflowCase('Sub32IOv', -0x80000000, 1), 0xdeadn);
    assert.strictEqual(overflowCase('Sub32IOv', 10, 3), 7n);
    assert.strictEqual(overflowCase('Neg32Ov', -0x80000000, 0), 0xdeadn);
    assert.strictEqual(overflowCase('Neg32Ov', 5, 0), BigInt(-5 >>> 0));
  });

  function floatOp(build, a, b) {
    setSlotF(0, a); setSlotF(1, b);
    const r = run((m) => {
      m.emit('LoadF64', 1, frameMem(slot(0)));
      m.emit('LoadF64', 2, frameMem(slot(1)));
      build(m);
      m.emit('MovGF', 0, 3);
      m.emit('Return', 0);
    });
    const buf = new BigUint64Array([r]);
    return new Float64Array(buf.buffer)[0];
  }
  it('float arithmetic, including d == a and d == b of non-commutative ops', () => {
    assert.strictEqual(floatOp((m) => m.emit('AddF64', 3, 1, 2), 1.5, 2.25), 3.75);
    assert.strictEqual(floatOp((m) => m.emit('SubF64', 3, 1, 2), 1.5, 2.25), -0.75);
    assert.strictEqual(floatOp((m) => { m.emit('SubF64', 2, 1, 2); m.emit('MovFF', 3, 2); }, 1.5, 2.25), -0.75);
    assert.strictEqual(floatOp((m) => { m.emit('DivF64', 2, 1, 2); m.emit('MovFF', 3, 2); }, 1, 4), 0.25);
    assert.strictEqual(floatOp((m) => { m.emit('DivF64', 1, 1, 2); m.emit('MovFF', 3, 1); }, 1, 4), 0.25);
    assert.strictEqual(floatOp((m) => m.emit('MulF64', 3, 1, 2), -3, 0.5), -1.5);
    assert.strictEqual(floatOp((m) => m.emit('SqrtF64', 3, 1), 2.25, 0), 1.5);
    assert.ok(Object.is(floatOp((m) => m.emit('NegF64', 3, 1), 0, 0), -0));
    assert.strictEqual(floatOp((m) => m.emit('NegF64', 3, 1), 2.5, 0), -2.5);
    assert.strictEqual(floatOp((m) => m.emit('AbsF64', 3, 1), -2.5, 0), 2.5);
    assert.strictEqual(floatOp((m) => m.emit('FloorF64', 3, 1), -2.5, 0), -3);
    assert.strictEqual(floatOp((m) => m.emit('CeilF64', 3, 1), -2.5, 0), -2);
    assert.strictEqual(floatOp((m) => m.emit('TruncF64', 3, 1), -2.5, 0), -2);
    assert.strictEqual(floatOp((m) => { m.emit('MovGI', 4, -7, -1); m.emit('CvtI32F64', 3, 4); }, 0, 0), -7);
    assert.strictEqual(floatOp((m) => m.emit('MovFI', 3, 0, 0x40090000), 0, 0), 3.125);
    assert.strictEqual(floatOp((m) => m.emit('MovFI', 3, 0, 0), 7, 7), 0);
    assert.strictEqual(floatOp((m) => { m.emit('MovGI', 5, 0, 0x3ff00000); m.emit('MovFG', 3, 5); }, 0, 0), 1);
    assert.strictEqual(floatOp((m) => { m.emit('StoreF64', 2, frameMem(slot(5))); m.emit('LoadF64', 13, frameMem(slot(5))); m.emit('MovFF', 3, 13); }, 0, 6.5), 6.5);
  });

  it('CvtF64I32 takes the bailout on -0, NaN, fractions and out-of-range values', () => {
    const cvt = (x) => {
      setSlotF(0, x);
      const r = run((m) => {
        const L = m.newLabel();
        m.emit('LoadF64', 1, frameMem(slot(0)));
        m.emit('CvtF64I32', 8, 1, L);
        m.emit('Return', 8);
        m.emit('Label', L);
        m.emit('MovGI', 0, -1, -1);
        m.emit('Return', 0);
      });
      return r === 0xffffffffffffffffn ? 'bail' : Number(BigInt.asIntN(32, r));
    };
    assert.strictEqual(cvt(-0), 'bail');
    assert.strictEqual(cvt(NaN), 'bail');
    assert.strictEqual(cvt(1.5), 'bail');
    assert.strictEqual(cvt(3.0), 3);
    assert.strictEqual(cvt(0), 0);
    assert.strictEqual(cvt(-5), -5);
    assert.strictEqual(cvt(2 ** 31), 'bail');
    assert.strictEqual(cvt(-(2 ** 31)), -(2 ** 31));
    assert.strictEqual(cvt(Infinity), 'bail');
  });

  it('float conditions (SetCmpF64 and BrCmpF64) follow IEEE semantics, NaN included', () => {
    const js = {
      FEq: (a, b) => a === b, FNe: (a, b) => a !== b, FLt: (a, b) => a < b, FLe: (a, b) => a <= b,
      FGt: (a, b) => a > b, FGe: (a, b) => a >= b, FNotLt: (a, b) => !(a < b), FNotLe: (a, b) => !(a <= b),
      FNotGt: (a, b) => !(a > b), FNotGe: (a, b) => !(a >= b),
    };
    const values = [1, 2, NaN, -0, 0];
    const pairs = [];
    for (const a of values) for (const b of values) pairs.push([a, b]);
    for (const [name, fn] of Object.entries(js)) {
      pairs.forEach(([a, b], i) => { setSlotF(2 * i, a); setSlotF(2 * i + 1, b); });
      const base = 2 * pairs.length;
      enter(makeFunction((m) => {
        pairs.forEach((_, i) => {
          m.emit('LoadF64', 4, frameMem(slot(2 * i)));
          m.emit('LoadF64', 9, frameMem(slot(2 * i + 1)));
          m.emit('SetCmpF64', Cond[name], 3, 4, 9);
          m.emit('Store64', 3, frameMem(slot(base + 2 * i)));
          const T = m.newLabel(), J = m.newLabel();
          m.emit('BrCmpF64', Cond[name], 4, 9, T);
          m.emit('Store64I', frameMem(slot(base + 2 * i + 1)), 0, 0);
          m.emit('Jump', J);
          m.emit('Label', T);
          m.emit('Store64I', frameMem(slot(base + 2 * i + 1)), 1, 0);
          m.emit('Label', J);
        });
        m.emit('Return', 0);
      }));
      pairs.forEach(([a, b], i) => {
        const expect = fn(a, b) ? 1n : 0n;
        assert.strictEqual(frameSlot64(base + 2 * i), expect, `SetCmpF64 ${name} ${a} ${b}`);
        assert.strictEqual(frameSlot64(base + 2 * i + 1), expect, `BrCmpF64 ${name} ${a} ${b}`);
      });
    }
  });

  it('integer conditions (SetCmp32/64/32I, BrCmp32/64/32I, BrTag)', () => {
    const signed = { Eq: (a, b) => a === b, Ne: (a, b) => a !== b, Lt: (a, b) => a < b, Le: (a, b) => a <= b, Gt: (a, b) => a > b, Ge: (a, b) => a >= b };
    const unsigned = { B: (a, b) => a < b, Be: (a, b) => a <= b, A: (a, b) => a > b, Ae: (a, b) => a >= b };
    const values = [-2, -1, 0, 1, 3];
    const pairs = [];
    for (const a of values) for (const b of values) pairs.push([a, b]);
    const all = { ...signed, ...unsigned };
    for (const [name, fn] of Object.entries(all)) {
      const isU = name in unsigned;
      for (const width of [32, 64]) {
        pairs.forEach(([a, b], i) => { setSlot64(2 * i, width === 32 ? a >>> 0 : a); setSlot64(2 * i + 1, width === 32 ? b >>> 0 : b); });
        const base = 2 * pairs.length;
        enter(makeFunction((m) => {
          pairs.forEach(([, b], i) => {
            m.emit('Load64', 8, frameMem(slot(2 * i)));
            m.emit('Load64', 9, frameMem(slot(2 * i + 1)));
            m.emit(`SetCmp${width}`, Cond[name], 3, 8, 9);
            m.emit('Store64', 3, frameMem(slot(base + 2 * i)));
            const T = m.newLabel(), J = m.newLabel();
            if (width === 32 && i % 2) m.emit('BrCmp32I', Cond[name], 8, b, T);
            else m.emit(`BrCmp${width}`, Cond[name], 8, 9, T);
            m.emit('Store64I', frameMem(slot(base + 2 * i + 1)), 0, 0);
            m.emit('Jump', J);
            m.emit('Label', T);
            m.emit('Store64I', frameMem(slot(base + 2 * i + 1)), 1, 0);
            m.emit('Label', J);
          });
          m.emit('Return', 0);
        }));
        pairs.forEach(([a, b], i) => {
          const cv = (x) => (isU ? (width === 32 ? x >>> 0 : BigInt.asUintN(64, BigInt(x))) : x);
          const expect = fn(cv(a), cv(b)) ? 1n : 0n;
          assert.strictEqual(frameSlot64(base + 2 * i), expect, `SetCmp${width} ${name} ${a} ${b}`);
          assert.strictEqual(frameSlot64(base + 2 * i + 1), expect, `BrCmp${width} ${name} ${a} ${b}`);
        });
      }
    }
    // SetCmp32I and BrTag
    setSlot64(0, (BigInt(Tag.Ptr) << 32n) | 1234n);
    const r = run((m) => {
      const L = m.newLabel();
      m.emit('Load64', 5, frameMem(slot(0)));
      m.emit('BrTag', Cond.Eq, 5, Tag.Ptr, L);
      m.emit('MovGI', 0, 1, 0);
      m.emit('Return', 0);
      m.emit('Label', L);
      m.emit('BrTag', Cond.B, 5, Tag.Ptr, L); // not taken
      m.emit('SetCmp32I', Cond.Eq, 0, 5, 1234);
      m.emit('Add32I', 0, 0, 1);
      m.emit('Return', 0);
    });
    assert.strictEqual(r, 2n);
  });

  it('BoxTag, Unbox32, MovGI and HeapReg/Heap memory operands', () => {
    const obj = FN + 4096;
    u64[(obj + 24) / 8] = 0x1122334455667788n;
    const r = run((m) => {
      m.emit('MovGI', 8, obj, 0);
      m.emit('Load64', 9, heapRegMem(8, 24)); // r15 + r12 + 24
      m.emit('Store64', 9, heapMem(obj + 32));
      m.emit('Load32', 1, heapMem(obj + 32));
      m.emit('BoxTag', 0, 1, Tag.Int32);
      m.emit('Store32I', heapRegMem(9 - 1, 40), 77);
      m.emit('Store64I', heapRegMem(8, 48), -1, 0x7fffffff);
      m.emit('Return', 0);
    });
    assert.strictEqual(r, (BigInt(Tag.Int32) << 32n) | 0x55667788n);
    assert.strictEqual(u32[(obj + 40) / 4], 77);
    assert.strictEqual(u64[(obj + 48) / 8], 0x7fffffffffffffffn);
    const unboxed = run((m) => { m.emit('MovGI', 9, 5, -1); m.emit('Unbox32', 0, 9); m.emit('Return', 0); });
    assert.strictEqual(unboxed, 5n);
  });

  it('CallRuntime passes id and frame offset and returns the callback result in g0', () => {
    const seen = [];
    addon.setCallbacks({ ...noCallbacks, runtime(id, fp) {
      seen.push([id, fp, u64[Globals.runtimeArgs / 8]]);
      u64[Globals.returnValue / 8] = 99n;
    } });
    const r = run((m) => {
      m.emit('Store64I', heapMem(Globals.runtimeArgs), 5, 0);
      m.emit('AdjustFrame', 64);
      m.emit('CallRuntime', 17);
      m.emit('AdjustFrame', -64);
      m.emit('Add32I', 0, 0, 1);
      m.emit('Return', 0);
    });
    assert.deepStrictEqual(seen, [[17, FP + 64, 5n]]);
    assert.strictEqual(r, 100n);
  });

  it('an exception thrown by a callback propagates out of enter', () => {
    addon.setCallbacks({ ...noCallbacks, runtime() { throw new RangeError('from the runtime'); } });
    const fn = makeFunction((m) => {
      const L = m.newLabel();
      m.emit('CallRuntime', 1);
      m.emit('BrTag', Cond.Eq, 0, Tag.Exception, L);
      m.emit('MovGI', 0, 0, 0);
      m.emit('Label', L);
      m.emit('Return', 0);
    });
    assert.throws(() => addon.enter(fn, FP), (e) => e instanceof RangeError && e.message === 'from the runtime');
    assert.strictEqual(u64[Globals.returnValue / 8], EXC_WORD);
    // The exception word with nothing pending returns normally: a language exception is
    // parked on the TypeScript side (src/tiering/native-exceptions.ts), which rethrows it.
    const parked = makeFunction((m) => { m.emit('MovGI', 0, 0, Tag.Exception); m.emit('Return', 0); });
    addon.enter(parked, FP);
    assert.strictEqual(u64[Globals.returnValue / 8], EXC_WORD);
  });

  it('nested enter: compiled -> runtime callback -> enter -> compiled', () => {
    const inner = makeFunction((m) => { m.emit('MovGI', 0, 7, 0); m.emit('Return', 0); });
    addon.setCallbacks({ ...noCallbacks, runtime() { addon.enter(inner, FP + 256); } });
    const r = run((m) => { m.emit('CallRuntime', 0); m.emit('Add32I', 0, 0, 1); m.emit('Return', 0); });
    assert.strictEqual(r, 8n);
  });

  it('DeoptStub saves every allocatable register and returns the deoptimizer result', () => {
    let state;
    addon.setCallbacks({ ...noCallbacks, deopt(fp) {
      const g = [], f = [];
      for (let i = 0; i < 10; i++) g.push(u64[(Globals.deoptGprSave + 8 * i) / 8]);
      for (let i = 0; i < 14; i++) f.push(f64[(Globals.deoptFprSave + 8 * i) / 8]);
      state = { fp, id: u32[Globals.deoptId / 4], g, f };
      u64[Globals.returnValue / 8] = 1234n;
    } });
    const r = run((m) => {
      const D = m.newLabel();
      for (let i = 0; i < 10; i++) m.emit('MovGI', i, 100 + i, i);
      for (let i = 0; i < 14; i++) { m.emit('MovGI', 0, 0, 0x40000000 + i * 0x10000); m.emit('MovFG', i, 0); }
      m.emit('MovGI', 0, 100, 0);
      m.emit('Store32I', heapMem(Globals.deoptId), 3);
      m.emit('Jump', D);
      m.emit('Label', D);
      m.emit('DeoptStub');
    });
    assert.strictEqual(r, 1234n);
    assert.strictEqual(state.fp, FP);
    assert.strictEqual(state.id, 3);
    for (let i = 0; i < 10; i++) assert.strictEqual(state.g[i], (BigInt(i) << 32n) | BigInt(100 + i));
    for (let i = 0; i < 14; i++) {
      const bits = new BigUint64Array([BigInt(0x40000000 + i * 0x10000) << 32n]);
      assert.strictEqual(state.f[i], new Float64Array(bits.buffer)[0]);
    }
  });

  it('the interpreter-entry stub runs the interpret callback, directly and via CallG', () => {
    const calls = [];
    addon.setCallbacks({ ...noCallbacks, interpret(fp) { calls.push(fp); u64[Globals.returnValue / 8] = 555n; } });
    const interpreted = functionObject(addon.interpreterEntry);
    assert.strictEqual(enter(interpreted), 555n);
    const caller = makeFunction((m) => {
      m.emit('Load64', 4, heapMem(interpreted + ObjectLayout.functionEntryOffset));
      m.emit('AdjustFrame', 128);
      m.emit('CallG', 4);
      m.emit('AdjustFrame', -128);
      m.emit('Add32I', 0, 0, 1);
      m.emit('Return', 0);
    });
    assert.strictEqual(enter(caller), 556n);
    assert.deepStrictEqual(calls, [FP, FP + 128]);
  });

  it('compiled code calls compiled code with CallG', () => {
    const callee = makeFunction((m) => { m.emit('Load64', 0, frameMem(slot(0))); m.emit('Add32I', 0, 0, 10); m.emit('Return', 0); });
    setSlot64(8, 5);
    const r = run((m) => {
      m.emit('Load64', 9, heapMem(callee + ObjectLayout.functionEntryOffset));
      m.emit('AdjustFrame', 64); // callee frame: its slot(0) is our slot(8)
      m.emit('CallG', 9);
      m.emit('AdjustFrame', -64);
      m.emit('Return', 0);
    });
    assert.strictEqual(r, 15n);
  });

  it('StackCheck jumps when the VM or the native stack limit is passed', () => {
    const check = (imm) => run((m) => {
      const L = m.newLabel();
      m.emit('StackCheck', imm, L);
      m.emit('MovGI', 0, 1, 0);
      m.emit('Return', 0);
      m.emit('Label', L);
      m.emit('MovGI', 0, 2, 0);
      m.emit('Return', 0);
    });
    addon.setNativeStackLimit();
    assert.strictEqual(check(1024), 1n);
    assert.strictEqual(check(Region.vmStackBytes), 1n); // exactly at the limit still fits
    assert.strictEqual(check(Region.vmStackBytes + 8), 2n);
    const saved = u64[Globals.nativeStackLimit / 8];
    u64[Globals.nativeStackLimit / 8] = 0xffffffffffffn;
    try {
      assert.strictEqual(check(8), 2n);
    } finally {
      u64[Globals.nativeStackLimit / 8] = saved;
    }
    addon.setNativeStackLimit();
    assert.strictEqual(u64[Globals.nativeStackLimit / 8], saved);
  });

  it('pcMap records BytecodeOffset markers; readCode returns the installed bytes', () => {
    const m = new Masm();
    m.emit('Prologue');
    m.emit('BytecodeOffset', 0);
    m.emit('MovGI', 0, 1, 0);
    m.emit('BytecodeOffset', 7);
    m.emit('Return', 0);
    const stream = m.finish();
    const code = addon.installCode(stream);
    // x64: push rbp; mov rbp, rsp (4 bytes), mov eax, 1 (5); arm64: stp; mov (8), movz (4).
    assert.deepStrictEqual(Array.from(code.pcMap), addon.arch === 'arm64' ? [8, 0, 12, 7] : [4, 0, 9, 7]);
    assert.deepStrictEqual(addon.readCode(code.address, code.size), addon.assemble(stream));
    assert.throws(() => addon.readCode(code.address, 1 << 24), RangeError);
    assert.throws(() => addon.readCode(4096, 4), RangeError);
  });

  it('rejects bad streams with the op index and name, and bad entries', () => {
    assert.throws(() => addon.assemble(new Int32Array([999])), /op #0 \(\?\): unknown opcode 999/);
    assert.throws(() => addon.assemble(new Int32Array([73, 17, 0, 1])), /op #1 \(Add32\): truncated/);
    const G = addon.gprCount;
    assert.throws(() => addon.assemble(new Int32Array([17, 0, 1, G])), new RegExp(`op #0 \\(Add32\\): general register g${G} out of range`));
    assert.throws(() => addon.assemble(new Int32Array([61, 14, 0, 1])), /op #0 \(\w+\): float register f14 out of range/);
    assert.throws(() => addon.assemble(new Int32Array([73, 1, 3])), /op #1 \(Jump\): undefined label 3/);
    assert.throws(() => addon.assemble(new Int32Array([0, 1, 0, 1])), /op #1 \(Label\): label 1 bound twice/);
    assert.throws(() => addon.assemble(new Int32Array([45, 12, 0, 1, 0, 0, 0])), /float condition/);
    assert.throws(() => addon.assemble(new Int32Array([9, 0, 1, G, 0])), new RegExp(`memory index register g${G}`));
    assert.throws(() => addon.assemble([1, 2]), TypeError);
    const fn = functionObject(0x1234);
    assert.throws(() => addon.enter(fn, FP), /not installed code/);
    assert.throws(() => addon.enter(Region.reserveBytes, FP), RangeError);
  });

  it('W^X: no mapping is ever writable and executable; installed code is r-x', () => {
    const maps = fs.readFileSync('/proc/self/maps', 'utf8').trim().split('\n').map((line) => {
      const [range, perms] = line.split(' ');
      const [lo, hi] = range.split('-').map((x) => BigInt('0x' + x));
      return { lo, hi, perms };
    });
    const ours = installed.map((c) => BigInt(c.address)).concat([BigInt(addon.interpreterEntry)]);
    for (const addr of ours) {
      const map = maps.find((m) => addr >= m.lo && addr < m.hi);
      assert.ok(map, `no mapping for ${addr.toString(16)}`);
      assert.strictEqual(map.perms.slice(0, 3), 'r-x', `code at ${addr.toString(16)} is ${map.perms}`);
    }
    const rwx = maps.filter((m) => m.perms.startsWith('rwx'));
    assert.deepStrictEqual(rwx.filter((m) => ours.some((a) => a >= m.lo && a < m.hi)), []);
  });
});
