// The host target's stubs, installed once (on first use) through the one executable-memory
// chokepoint: the entry trampoline (C -> compiled code) and the interpreter-entry stub (the
// entry of every uncompiled function: calls the interpret bridge). Their code is the
// Target's (asm/x64/trampolines.cc, asm/arm64/trampolines.cc); this file only installs it.
#pragma once
#include <cstdint>

#include "../asm/target.h"

namespace kiln::entry {

// Both return nullptr/0 if the stubs could not be built or installed.
EntryTrampoline entryTrampoline();
uint64_t interpreterEntryAddress();

}  // namespace kiln::entry
