// arm64 stubs (AAPCS64): the entry trampoline (C -> compiled code: saves the callee-saved
// registers, pins the heap base in x28 and the VM frame in x27) and the interpreter-entry stub
// (the entry of every uncompiled function: calls the interpret bridge).
#include "trampolines.h"

#include "assembler.h"
#include "registers.h"

namespace kiln::arm64 {
namespace {

std::vector<uint8_t> bytesOf(Assembler& a) {
  bool outOfRange = false;
  if (!a.resolveLabels(&outOfRange) || outOfRange) return {};
  return a.code();
}

// Saves everything AAPCS64 makes callee-saved that compiled code may touch: x19..x28
// (x27/x28 are pinned to the VM frame and heap base), the frame record x29/x30, and d8..d15
// (d8..d13 are allocatable). 160 bytes keep sp 16-byte aligned.
constexpr int32_t kEntryFrameBytes = 160;

}  // namespace

std::vector<uint8_t> buildEntryTrampoline() {
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
  a.mov(kX, kHeapBase, X0);
  a.mov(kX, kFramePointer, X1);
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
  return bytesOf(a);
}

std::vector<uint8_t> buildInterpreterEntry(const BridgeAddresses& bridges) {
  Assembler a;
  a.stpPreIndex(X29, X30, SP, -16);
  a.movSp(X29, SP);
  a.alu(kSub, kX, X0, kFramePointer, kHeapBase);  // x0 = VM frame as a region offset
  a.movImm64(kScratch, bridges.interpret);
  a.blr(kScratch);
  a.ldpPostIndex(X29, X30, SP, 16);
  a.ret();
  return bytesOf(a);
}

}  // namespace kiln::arm64
