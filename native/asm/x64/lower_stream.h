// Lowering of a decoded instruction stream to x86-64 machine code, and the x64 register
// mapping (abstract allocatable registers -> machine registers; scratch and pinned ones).
#pragma once
#include <cstdint>
#include <vector>

#include "../stream.h"
#include "assembler.h"

namespace kiln::x64 {

constexpr int32_t kGprCount = 10;
constexpr int32_t kFprCount = 14;  // xmm0..xmm13
// Abstract general register i -> machine register. g0 = rax = call/return result.
constexpr Reg kGprMap[kGprCount] = {RAX, RBX, RDX, RSI, RDI, R8, R9, R10, R12, R13};
constexpr Reg kScratch = R11;
constexpr Reg kScratch2 = RCX;  // also the shift-count register
constexpr Reg kFramePointer = R14;  // absolute address of the current VM frame
constexpr Reg kHeapBase = R15;
constexpr Xmm kFpScratch = 15;
constexpr Xmm kFpScratch2 = 14;

struct LoweredCode {
  std::vector<uint8_t> bytes;
  std::vector<int32_t> pcMap;  // pairs (code offset, bytecode offset)
};

// The stream must come from decodeStream with kGprCount/kFprCount limits.
LoweredCode lowerStream(const masm::DecodedStream& stream);

}  // namespace kiln::x64
