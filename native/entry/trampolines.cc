// Entry trampoline and interpreter-entry stub (see trampolines.h), installed through the one
// executable-memory chokepoint like all other code.
#include "trampolines.h"

#include "../asm/x64/assembler.h"
#include "../memory/exec_memory.h"
#include "bridges.h"

namespace kiln::entry {
namespace {

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
