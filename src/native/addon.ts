// The ONE typed wrapper around the C++ addon (build/Release/kiln.node). Nothing else loads
// the .node file. The addon owns the heap region, executable memory (W^X) and the
// assemblers; TypeScript hands it instruction streams and gets back code addresses.

import * as path from 'path';

/** Entry points the machine code calls back into TypeScript through. Each stores its result
 *  word at Globals.returnValue; throwing signals a pending language exception, which the
 *  machine code sees as a Tag.Exception result and propagates by returning. */
export interface NativeCallbacks {
  /** Run the interpreter activation whose frame starts at this region offset (the frame's
   *  header and arguments were written by compiled code). */
  interpret(fpOffset: number): void;
  /** Runtime call site `id` from compiled code running in the frame at fpOffset; the site
   *  (registered by the compiler) says where its operands are. */
  runtime(id: number, fpOffset: number): void;
  /** A guard failed in the frame at fpOffset: Globals.deoptId says which; registers are at
   *  Globals.deoptGprSave/deoptFprSave. Finish the activation in the interpreter. */
  deopt(fpOffset: number): void;
}

export interface InstalledCode {
  address: number; // absolute address of the first instruction
  size: number; // bytes
  /** Pairs (machine-code offset, bytecode offset) from the stream's BytecodeOffset markers. */
  pcMap: Int32Array;
}

export interface NativeAddon {
  readonly arch: 'x64' | 'arm64';
  /** The whole region (Region.reserveBytes long), over memory the addon owns: a SharedArrayBuffer
   *  so that V8 does not count the reserve as external memory of its own heap. */
  readonly heap: SharedArrayBuffer;
  /** Allocatable register counts of this target's backend (abstract indices 0..n-1). */
  readonly gprCount: number;
  readonly fprCount: number;
  /** The MATH_FUNCTIONS (jit/masm.ts) this process has, by name: compiled code calls them
   *  directly (CallF64); the others stay runtime calls. */
  readonly mathFunctions: readonly string[];
  /** Address of the stub that runs an uncompiled function in the interpreter: the entry of
   *  every function object until it is compiled. */
  readonly interpreterEntry: number;
  setCallbacks(callbacks: NativeCallbacks): void;
  /** Writes Globals.nativeStackLimit for the calling thread (its stack bounds + a margin). */
  setNativeStackLimit(): void;
  /** Call the entry of the function object at region offset fnOffset with the VM frame at
   *  fpOffset (header and arguments already written). The result is at
   *  Globals.returnValue; a language exception thrown inside is rethrown here. */
  enter(fnOffset: number, fpOffset: number): void;
  /** On-stack replacement: call installed code at `address` (an OSR entry) with the running
   *  interpreter frame at fpOffset; otherwise as enter(). */
  enterAt(address: number, fpOffset: number): void;
  /** Encode an instruction stream into fresh executable memory (W^X: written while
   *  read-write, then made read-execute). */
  installCode(stream: Int32Array): InstalledCode;
  /** Encode without installing (tests, assembler throughput). */
  assemble(stream: Int32Array): Uint8Array;
  /** Test hook: encode for either architecture (both encoders are in every build). For
   *  arm64, branchRange forces the near or far conditional-branch form (default 'auto'). */
  assembleFor?(arch: 'x64' | 'arm64', stream: Int32Array, branchRange?: 'auto' | 'near' | 'far'): Uint8Array;
  /** A copy of installed code bytes, for --print-code. */
  readCode(address: number, size: number): Uint8Array;
  /** A process-lifetime private (copy-on-write) mapping of a whole file: its id and its bytes,
   *  or null when it cannot be mapped. Start-up's code cache reads through one. */
  mapFile(path: string): { readonly id: number; readonly bytes: Uint8Array } | null;
  /** An external string over bytes [offset, offset + length) of mapping `id`, read as Latin-1
   *  in place (V8 never copies it). */
  mappedLatin1(id: number, offset: number, length: number): string;
  /** For NUL-separated paths, [size, mtimeMs] pairs as fs.statSync computes them (NaN, NaN
   *  for a path that cannot be stat'ed), in one call: the code cache's staleness check. */
  fileIdentities?(paths: string): Float64Array;
}

let loaded: NativeAddon | undefined;

export function loadAddon(): NativeAddon {
  if (!loaded) {
    // KILN_ADDON=<path to a .node> loads another build, e.g. the arm64 cross build under qemu.
    const file = process.env.KILN_ADDON ? path.resolve(process.env.KILN_ADDON) : path.join(__dirname, '..', '..', 'build', 'Release', 'kiln.node');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    loaded = require(file) as NativeAddon;
  }
  return loaded;
}
