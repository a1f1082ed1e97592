// Architecture-neutral decoding of the instruction stream (src/jit/masm.ts): splits the
// Int32Array into typed instructions and validates everything an encoder relies on
// (opcodes, operand counts, register ranges, condition kinds, labels), so that encoders never
// see a malformed instruction and a bad stream is a JS Error, never a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "../generated/masm_ops.h"

namespace kiln::masm {

struct StreamError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct MemOperand {
  MemBase base;
  int32_t reg;  // abstract general register (HeapReg only)
  int32_t disp;
};

struct Operand {
  char kind;  // 'G', 'F', 'I', 'L', 'C', 'M'
  int32_t value;  // register index, immediate, label id or condition
  MemOperand mem;  // kind 'M'
};

struct Instr {
  Op op;
  uint32_t index;  // position in the stream, counted in instructions
  uint8_t count;
  Operand operands[6];  // the most any op has (BrTag2)

  int32_t at(int i) const { return operands[i].value; }
  const MemOperand& mem(int i) const { return operands[i].mem; }
  Cond cond(int i) const { return static_cast<Cond>(operands[i].value); }
};

struct TargetLimits {
  int32_t gprCount;
  int32_t fprCount;
};

struct DecodedStream {
  std::vector<Instr> instrs;
  int32_t labelCount = 0;  // 1 + highest label id used
};

// Throws StreamError naming the instruction index and opcode name on any malformed input.
DecodedStream decodeStream(const int32_t* words, size_t wordCount, const TargetLimits& limits);

inline bool isFloatCond(Cond c) { return static_cast<int32_t>(c) >= static_cast<int32_t>(Cond::FEq); }

}  // namespace kiln::masm
