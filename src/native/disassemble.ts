// Disassembly of machine code for --print-code: a thin wrapper over Capstone 5
// (@alexaltea/capstone-js, WebAssembly, no native build). Capstone's module loads
// asynchronously, so callers `await initDisassembler()` once; disassemble() is then synchronous.

export interface DisassembledInstruction {
  address: number;
  bytes: string; // hex, space separated
  text: string; // "mnemonic operands"
}

type Arch = 'x64' | 'arm64';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type CapstoneModule = any;

let capstone: CapstoneModule | undefined;
let loading: Promise<void> | undefined;

/** Loads Capstone (about 35 ms); safe to call repeatedly. */
export function initDisassembler(): Promise<void> {
  if (!loading) {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const factory = require('@alexaltea/capstone-js') as () => Promise<CapstoneModule>;
    loading = factory().then((cs) => {
      capstone = cs;
    });
  }
  return loading;
}

export function disassemblerReady(): boolean {
  return capstone !== undefined;
}

export function disassemble(bytes: Uint8Array, address: number, arch: Arch): DisassembledInstruction[] {
  const cs = capstone;
  if (!cs) throw new Error('disassemble: call `await initDisassembler()` first');
  const decoder = arch === 'x64' ? new cs.Capstone(cs.ARCH_X86, cs.MODE_64) : new cs.Capstone(cs.ARCH_ARM64, cs.MODE_ARM);
  try {
    const out: DisassembledInstruction[] = [];
    let offset = 0;
    // Capstone stops at the first undecodable byte sequence: show it as data and continue.
    while (offset < bytes.length) {
      const instrs = decoder.disasm(Array.from(bytes.subarray(offset)), address + offset) as {
        address: bigint | number;
        size: number;
        bytes: number[];
        mnemonic: string;
        op_str: string;
      }[];
      for (const ins of instrs) {
        out.push({
          address: Number(ins.address),
          bytes: ins.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' '),
          text: ins.op_str ? `${ins.mnemonic} ${ins.op_str}` : ins.mnemonic,
        });
        offset += ins.size;
      }
      if (offset < bytes.length && instrs.length === 0) {
        const unit = arch === 'arm64' ? Math.min(4, bytes.length - offset) : 1;
        const raw = Array.from(bytes.subarray(offset, offset + unit));
        out.push({ address: address + offset, bytes: raw.map((b) => b.toString(16).padStart(2, '0')).join(' '), text: `.byte ${raw.map((b) => '0x' + b.toString(16)).join(', ')}` });
        offset += unit;
      } else if (instrs.length === 0) {
        break;
      }
    }
    return out;
  } finally {
    decoder.close();
  }
}
