// --print-code: the disassembly of a function's optimized code, interleaved with the
// bytecode each part came from (from the BytecodeOffset markers' pc map), on stderr.

import { displayName, type BytecodeFunction } from '../bytecode/function';
import type { InstalledCode, NativeAddon } from '../native/addon';
import { disassemble, disassemblerReady } from '../native/disassemble';

export function printCode(installed: InstalledCode, fn: BytecodeFunction, bytecodeListing: string, native: NativeAddon): string {
  const { address, size, pcMap } = installed;
  const out = [`--- optimized code: ${displayName(fn)} (${size} bytes at 0x${address.toString(16)}, ${native.arch}) ---`];
  if (!disassemblerReady()) return out.concat('(disassembler not loaded)', '').join('\n');
  const bytecodeLines = new Map<number, string>();
  for (const line of bytecodeListing.split('\n')) {
    const m = /^\s+(\d{4})\s/.exec(line);
    if (m) bytecodeLines.set(Number(m[1]), line.trim());
  }
  const markers = new Map<number, number[]>(); // code offset -> bytecode offsets
  for (let i = 0; i < pcMap.length; i += 2) {
    const list = markers.get(pcMap[i]) ?? [];
    list.push(pcMap[i + 1]);
    markers.set(pcMap[i], list);
  }
  let lastPc = -1;
  for (const ins of disassemble(native.readCode(address, size), address, native.arch)) {
    for (const pc of markers.get(ins.address - address) ?? []) {
      if (pc === lastPc) continue;
      lastPc = pc;
      out.push(`  ;; ${bytecodeLines.get(pc) ?? `bytecode ${pc}`}`);
    }
    out.push(`  ${(ins.address - address).toString(16).padStart(5, '0')}  ${ins.bytes.padEnd(30)} ${ins.text}`);
  }
  return out.join('\n') + '\n\n';
}
