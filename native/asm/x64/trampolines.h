// The x64 stubs (see trampolines.cc): x64::target's buildEntryTrampoline and
// buildInterpreterEntry. entry/ installs their bytes once at module init.
#pragma once
#include <cstdint>
#include <vector>

#include "../target.h"

namespace kiln::x64 {

// Empty on failure (an unresolved label).
std::vector<uint8_t> buildEntryTrampoline();
std::vector<uint8_t> buildInterpreterEntry(const BridgeAddresses& bridges);

}  // namespace kiln::x64
