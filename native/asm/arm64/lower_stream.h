// Lowering of a decoded instruction stream to AArch64 machine code: arm64::target's lowerStream.
#pragma once
#include "../stream.h"
#include "../target.h"

namespace kiln::arm64 {

// The stream must come from decodeStream with target.registers limits. `range` picks the
// conditional-branch form (see BranchRange).
LoweredCode lowerStream(const masm::DecodedStream& stream, const BridgeAddresses& bridges, BranchRange range);

}  // namespace kiln::arm64
