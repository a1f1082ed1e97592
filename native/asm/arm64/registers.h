// The arm64 register mapping (AAPCS64): abstract allocatable registers of the stream ->
// machine registers, and the scratch and pinned ones the lowering and the stubs use. The
// allocatable registers are all caller-saved or saved by the entry trampoline.
#pragma once
#include <cstdint>

#include "assembler.h"

namespace kiln::arm64 {

constexpr int32_t kGprCount = 14;  // x0..x13
constexpr int32_t kFprCount = 14;  // d0..d13 (d8..d13 are callee-saved in C: the entry trampoline saves them)
// Abstract general register i -> machine register. g0 = x0 = call/return result.
constexpr Reg kGprMap[kGprCount] = {X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13};
constexpr Reg kScratch = X16;  // IP0: immediates, computed addresses, call targets
constexpr Reg kScratch2 = X17;  // IP1: displacements and compare operands that do not fit
constexpr Reg kValueScratch = X15;  // the value of a store-immediate (x16/x17 may hold its address)
constexpr Reg kFramePointer = X27;  // absolute address of the current VM frame
constexpr Reg kHeapBase = X28;
constexpr FReg kFpScratch = 31;

}  // namespace kiln::arm64
