// x64 stubs (System V AMD64): the entry trampoline (C -> compiled code: saves the
// callee-saved registers, pins the heap base in r15 and the VM frame in r14) and the
// interpreter-entry stub (the entry of every uncompiled function: calls the interpret bridge).
#include "trampolines.h"

#include "assembler.h"
#include "registers.h"

namespace kiln::x64 {
namespace {

std::vector<uint8_t> bytesOf(Assembler& a) {
  if (!a.resolveLabels()) return {};
  return a.code();
}

}  // namespace

std::vector<uint8_t> buildEntryTrampoline() {
  Assembler a;
  a.push(RBP);
  a.movRR64(RBP, RSP);
  a.push(RBX);
  a.push(R12);
  a.push(R13);
  a.push(R14);
  a.push(R15);
  a.aluRI64(kSub, RSP, 8);  // 6 pushes + return address: realign rsp to 16 before the call
  a.movRR64(kHeapBase, RDI);
  a.movRR64(kFramePointer, RSI);
  a.call(RDX);
  a.aluRI64(kAdd, RSP, 8);
  a.pop(R15);
  a.pop(R14);
  a.pop(R13);
  a.pop(R12);
  a.pop(RBX);
  a.pop(RBP);
  a.ret();
  return bytesOf(a);
}

std::vector<uint8_t> buildInterpreterEntry(const BridgeAddresses& bridges) {
  Assembler a;
  a.push(RBP);
  a.movRR64(RBP, RSP);
  a.movRR64(RDI, kFramePointer);  // rdi = VM frame as a region offset
  a.aluRR64(kSub, RDI, kHeapBase);
  a.movabs(kScratch, bridges.interpret);
  a.call(kScratch);
  a.pop(RBP);
  a.ret();
  return bytesOf(a);
}

}  // namespace kiln::x64
