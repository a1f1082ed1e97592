// Lowering of a decoded instruction stream to x86-64 machine code: x64::target's lowerStream.
#pragma once
#include "../stream.h"
#include "../target.h"

namespace kiln::x64 {

// The stream must come from decodeStream with target.registers limits. Every branch is
// rel32, so `range` changes nothing.
LoweredCode lowerStream(const masm::DecodedStream& stream, const BridgeAddresses& bridges, BranchRange range);

}  // namespace kiln::x64
