// Machine-code stubs generated once at module init with the host's assembler (x64 or arm64):
// the entry trampoline (C -> compiled code: saves callee-saved registers, pins the heap-base
// and VM-frame registers: r15/r14 on x64, x28/x27 on arm64) and the interpreter-entry stub
// (the entry of every uncompiled function: calls the interpret bridge).
#pragma once
#include <cstdint>

namespace kiln::entry {

using EntryTrampoline = uint64_t (*)(uint64_t heapBase, uint64_t frameAddress, uint64_t entry);

// Both return nullptr/0 if the stubs could not be installed.
EntryTrampoline entryTrampoline();
uint64_t interpreterEntryAddress();

}  // namespace kiln::entry
