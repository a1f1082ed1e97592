// Entry trampoline and interpreter-entry stub (see trampolines.h), installed through the one
// executable-memory chokepoint like all other code. One build per architecture, selected at
// compile time: the x86-64 stubs (System V) and the AArch64 ones (AAPCS64).
#include "trampolines.h"

#if defined(__aarch64__)
#include "../asm/arm64/assembler.h"
#else
#include "../asm/x64/assembler.h"
#endif
#include "../memory/exec_memory.h"
#include "bridges.h"

namespace kiln::entry {
namespace {

#if defined(__aarch64__)
using namespace kiln::arm64;

uint8_t* installAssembled(Assembler& a) {
  bool outOfRange = false;
  if (!a.resolveLabels(&outOfRange) || outOfRange) return nullptr;
  return exec::install(a.code().data(), a.code().size());
}

// Saves everything AAPCS64 makes callee-saved that compiled code may touch: x19..x28
// (x27/x28 are pinned to the VM frame and heap base), the frame record x29/x30, and d8..d15
// (d8..d13 are allocatable). 160 bytes keep sp 16-byte aligned.
constexpr int32_t kEntryFrameBytes = 160;

uint8_t* buildEntryTrampoline() {
  Assembler a;
  a.stpPreIndex(X29, X30, SP, -kEntryFrameBytes);
  a.movSp(X29, SP);
  a.stp(false, X19, X20, SP, 16);
  a.stp(false, X21, X22, SP, 32);
  a.stp(false, X23, X24, SP, 48);
  a.stp(false, X25, X26, SP, 64);
  a.stp(false, X27, X28, SP, 80);
  a.stp(true, 8, 9, SP, 96);
  a.stp(true, 10, 11, SP, 112);
  a.stp(true, 12, 13, SP, 128);
  a.stp(true, 14, 15, SP, 144);
  a.mov(kX, X28, X0);  // heap base
  a.mov(kX, X27, X1);  // VM frame address
  a.blr(X2);
  a.ldp(true, 14, 15, SP, 144);
  a.ldp(true, 12, 13, SP, 128);
  a.ldp(true, 10, 11, SP, 112);
  a.ldp(true, 8, 9, SP, 96);
  a.ldp(false, X27, X28, SP, 80);
  a.ldp(false, X25, X26, SP, 64);
  a.ldp(false, X23, X24, SP, 48);
  a.ldp(false, X21, X22, SP, 32);
  a.ldp(false, X19, X20, SP, 16);
  a.ldpPostIndex(X29, X30, SP, kEntryFrameBytes);
  a.ret();
  return installAssembled(a);
}

uint8_t* buildInterpreterEntry() {
  Assembler a;
  a.stpPreIndex(X29, X30, SP, -16);
  a.movSp(X29, SP);
  a.alu(kSub, kX, X0, X27, X28);
  a.movImm64(X16, reinterpret_cast<uint64_t>(&kiln_interpret_bridge));
  a.blr(X16);
  a.ldpPostIndex(X29, X30, SP, 16);
  a.ret();
  return installAssembled(a);
}

#else
using namespace kiln::x64;

uint8_t* installAssembled(Assembler& a) {
  if (!a.resolveLabels()) return nullptr;
  return exec::install(a.code().data(), a.code().size());
}

uint8_t* buildEntryTrampoline() {
  Assembler a;
  a.push(RBP);
  a.movRR64(RBP, RSP);
  a.push(RBX);
  a.push(R12);
  a.push(R13);
  a.push(R14);
  a.push(R15);
  a.aluRI64(kSub, RSP, 8);  // 6 pushes + return address: realign rsp to 16 before the call
  a.movRR64(R15, RDI);
  a.movRR64(R14, RSI);
  a.call(RDX);
  a.aluRI64(kAdd, RSP, 8);
  a.pop(R15);
  a.pop(R14);
  a.pop(R13);
  a.pop(R12);
  a.pop(RBX);
  a.pop(RBP);
  a.ret();
  return installAssembled(a);
}

uint8_t* buildInterpreterEntry() {
  Assembler a;
  a.push(RBP);
  a.movRR64(RBP, RSP);
  a.movRR64(RDI, R14);
  a.aluRR64(kSub, RDI, R15);
  a.movabs(R11, reinterpret_cast<uint64_t>(&kiln_interpret_bridge));
  a.call(R11);
  a.pop(RBP);
  a.ret();
  return installAssembled(a);
}
#endif

}  // namespace

EntryTrampoline entryTrampoline() {
  static uint8_t* code = buildEntryTrampoline();
  return reinterpret_cast<EntryTrampoline>(code);
}

uint64_t interpreterEntryAddress() {
  static uint8_t* code = buildInterpreterEntry();
  return reinterpret_cast<uint64_t>(code);
}

}  // namespace kiln::entry
