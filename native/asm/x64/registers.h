// The x64 register mapping (System V AMD64): abstract allocatable registers of the stream ->
// machine registers, and the scratch and pinned ones the lowering and the stubs use.
#pragma once
#include <cstdint>

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

}  // namespace kiln::x64
