// The generated C++ headers must match their TypeScript single sources (layout.ts, masm.ts):
// regenerate in memory and compare with the committed files (`npm run gen:layout` to update).
// Also checks the addon loader and the Capstone-based disassembler wrapper.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const gen = require('../../scripts/gen-layout.js');
const { loadAddon } = require('../../dist/native/addon.js');
const { initDisassembler, disassemble } = require('../../dist/native/disassemble.js');
const { Masm } = require('../../dist/jit/masm.js');

const generated = path.join(__dirname, '..', '..', 'native', 'generated');

describe('native: generated headers and tooling', function () {
  it('native/generated/layout.h is in sync with src/runtime/layout.ts', () => {
    assert.strictEqual(fs.readFileSync(path.join(generated, 'layout.h'), 'utf8'), gen.generateLayoutHeader(),
      'layout.h is stale: run `npm run gen:layout` and rebuild the addon');
  });

  it('native/generated/masm_ops.h is in sync with src/jit/masm.ts', () => {
    assert.strictEqual(fs.readFileSync(path.join(generated, 'masm_ops.h'), 'utf8'), gen.generateMasmOpsHeader(gen.readMasmSource()),
      'masm_ops.h is stale: run `npm run gen:layout` and rebuild the addon');
  });

  it('parses const enums with explicit and implicit values', () => {
    assert.deepStrictEqual(gen.constEnumMembers('export const enum E {\n A = 3, // x\n B,\n C = 0 }', 'E'), [['A', 3], ['B', 4], ['C', 0]]);
  });

  it('disassembles installed code with Capstone', async () => {
    await initDisassembler();
    const addon = loadAddon();
    const m = new Masm();
    m.emit('Prologue');
    m.emit('MovGI', 8, 5, 0);
    m.emit('Return', 8);
    const code = addon.installCode(m.finish());
    const lines = disassemble(addon.readCode(code.address, code.size), code.address, 'x64');
    assert.deepStrictEqual(lines.map((l) => l.text), ['push rbp', 'mov rbp, rsp', 'mov r12d, 5', 'mov rax, r12', 'mov rsp, rbp', 'pop rbp', 'ret']);
    assert.strictEqual(lines[0].address, code.address);
    assert.strictEqual(lines[2].bytes, '41 bc 05 00 00 00');
    const arm = disassemble(new Uint8Array([0xc0, 0x03, 0x5f, 0xd6]), 0, 'arm64');
    assert.strictEqual(arm[0].text, 'ret');
  });
});
