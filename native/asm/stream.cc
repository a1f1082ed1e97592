// Instruction-stream decoder and validator (see stream.h).
#include "stream.h"

#include <cstring>
#include <unordered_map>

namespace kiln::masm {
namespace {

constexpr int32_t kMaxLabelId = 1 << 24;

[[noreturn]] void fail(uint32_t index, const char* opName, const std::string& what) {
  throw StreamError("masm stream: op #" + std::to_string(index) + " (" + opName + "): " + what);
}

}  // namespace

DecodedStream decodeStream(const int32_t* words, size_t wordCount, const TargetLimits& limits) {
  DecodedStream out;
  std::vector<uint8_t> bound;  // by label id
  std::unordered_map<int32_t, uint32_t> firstUse;  // label id -> first referencing op index
  size_t pos = 0;
  uint32_t index = 0;
  while (pos < wordCount) {
    int32_t opcode = words[pos];
    if (opcode < 0 || opcode >= kOpCount) {
      fail(index, "?", "unknown opcode " + std::to_string(opcode));
    }
    const OpInfo& info = kOpInfo[opcode];
    Instr instr{};
    instr.op = static_cast<Op>(opcode);
    instr.index = index;
    instr.count = static_cast<uint8_t>(std::strlen(info.operands));
    if (instr.count > sizeof(instr.operands) / sizeof(instr.operands[0])) fail(index, info.name, "more operands than an instruction holds");
    bool floatOp = std::strchr(info.operands, 'F') != nullptr;
    size_t p = pos + 1;
    for (int i = 0; i < instr.count; i++) {
      Operand& o = instr.operands[i];
      o.kind = info.operands[i];
      size_t need = o.kind == 'M' ? 3 : 1;
      if (p + need > wordCount) fail(index, info.name, "truncated stream (operand " + std::to_string(i) + ")");
      if (o.kind == 'M') {
        int32_t base = words[p], reg = words[p + 1];
        if (base < 0 || base >= kMemBaseCount) fail(index, info.name, "bad memory base " + std::to_string(base));
        o.mem = MemOperand{static_cast<MemBase>(base), reg, words[p + 2]};
        if (o.mem.base == MemBase::HeapReg && (reg < 0 || reg >= limits.gprCount)) {
          fail(index, info.name, "memory index register g" + std::to_string(reg) + " out of range");
        }
      } else {
        o.value = words[p];
      }
      p += need;
      switch (o.kind) {
        case 'G':
          if (o.value < 0 || o.value >= limits.gprCount) fail(index, info.name, "general register g" + std::to_string(o.value) + " out of range");
          break;
        case 'F':
          if (o.value < 0 || o.value >= limits.fprCount) fail(index, info.name, "float register f" + std::to_string(o.value) + " out of range");
          break;
        case 'C':
          if (o.value < 0 || o.value >= kCondCount) fail(index, info.name, "unknown condition " + std::to_string(o.value));
          if (isFloatCond(static_cast<Cond>(o.value)) != floatOp) {
            fail(index, info.name, std::string(floatOp ? "integer" : "float") + " condition " + std::to_string(o.value) + " on a " + (floatOp ? "float" : "integer") + " compare");
          }
          break;
        case 'L':
          if (o.value < 0 || o.value >= kMaxLabelId) fail(index, info.name, "label id " + std::to_string(o.value) + " out of range");
          if (o.value >= out.labelCount) {
            out.labelCount = o.value + 1;
            bound.resize(out.labelCount, 0);
          }
          if (instr.op == Op::Label) {
            if (bound[o.value]) fail(index, info.name, "label " + std::to_string(o.value) + " bound twice");
            bound[o.value] = 1;
          } else {
            firstUse.emplace(o.value, index);
          }
          break;
        default:
          break;
      }
    }
    out.instrs.push_back(instr);
    pos = p;
    index++;
  }
  // Report the earliest reference to a label that is never bound.
  uint32_t badIndex = UINT32_MAX;
  int32_t badLabel = -1;
  for (const auto& [label, use] : firstUse) {
    if (!bound[label] && use < badIndex) {
      badIndex = use;
      badLabel = label;
    }
  }
  if (badLabel >= 0) {
    fail(badIndex, kOpInfo[static_cast<int32_t>(out.instrs[badIndex].op)].name, "undefined label " + std::to_string(badLabel));
  }
  return out;
}

}  // namespace kiln::masm
