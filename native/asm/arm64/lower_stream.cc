// Instruction stream -> AArch64 (see lower_stream.h). One case per masm op; the sections and
// the op order are x64/lower_stream.cc's, so the two read side by side. AArch64 is three-address, so no operand shuffling; what does not fit an instruction
// (immediates, displacements, 64-bit constants) is built in x16/x17/x15 with movz/movn/movk
// (no literal pools), and conditional branches are near or far as a whole (BranchRange).
#include "lower_stream.h"

#include "../../generated/layout.h"
#include "assembler.h"
#include "registers.h"

namespace kiln::arm64 {
namespace {

using masm::Cond;
using masm::Instr;
using masm::MemBase;
using masm::Op;
namespace G = layout::Globals;

// ---- Condition codes ------------------------------------------------------------------------
CC intCC(Cond c) {
  switch (c) {
    case Cond::Eq: return kEQ;
    case Cond::Ne: return kNE;
    case Cond::Lt: return kLT;
    case Cond::Le: return kLE;
    case Cond::Gt: return kGT;
    case Cond::Ge: return kGE;
    case Cond::B: return kLO;
    case Cond::Be: return kLS;
    case Cond::A: return kHI;
    case Cond::Ae: return kHS;
    default: return kEQ;  // unreachable: the decoder rejects float conditions here
  }
}

// After fcmp a, b: less = N, equal = ZC, greater = C, unordered = CV. The ordered
// conditions pick codes that are false on CV, their negations the complementary codes.
CC floatCC(Cond c) {
  switch (c) {
    case Cond::FEq: return kEQ;
    case Cond::FNe: return kNE;
    case Cond::FLt: return kMI;
    case Cond::FLe: return kLS;
    case Cond::FGt: return kGT;
    case Cond::FGe: return kGE;
    case Cond::FNotLt: return kPL;
    case Cond::FNotLe: return kHI;
    case Cond::FNotGt: return kLE;
    case Cond::FNotGe: return kLT;
    default: return kEQ;  // unreachable: the decoder rejects integer conditions here
  }
}

// ---- The lowering ---------------------------------------------------------------------------
// Thrown by run() when a near branch cannot reach its label (lowerStream retries far).
struct OutOfRange {};

class Lowering {
 public:
  Lowering(const masm::DecodedStream& stream, const BridgeAddresses& bridges, bool far)
      : stream_(stream), bridges_(bridges), far_(far) {
    labels_.reserve(stream.labelCount);
    for (int32_t i = 0; i < stream.labelCount; i++) labels_.push_back(a_.newLabel());
  }

  LoweredCode run() {
    for (const Instr& in : stream_.instrs) lower(in);
    bool outOfRange = false;
    if (!a_.resolveLabels(&outOfRange)) throw masm::StreamError("masm stream: unresolved label");
    if (outOfRange) throw OutOfRange{};
    LoweredCode out;
    out.bytes = a_.code();
    out.pcMap = std::move(pcMap_);
    return out;
  }

 private:
  // ---- Registers and labels -----------------------------------------------------------------
  static Reg g(int32_t abstract) { return kGprMap[abstract]; }
  static FReg f(int32_t abstract) { return static_cast<FReg>(abstract); }
  Assembler::Label label(int32_t id) { return labels_[id]; }

  // ---- Memory operands ----------------------------------------------------------------------
  // [base + disp] with the scaled, unscaled or register-offset form; HeapReg first forms
  // x16 = heap base + uxtw(index), a displacement that fits neither immediate goes to x17.
  void memAccess(MemOp op, int rt, const masm::MemOperand& m) {
    Reg base;
    switch (m.base) {
      case MemBase::Frame: base = kFramePointer; break;
      case MemBase::HeapReg:
        a_.addUxtw(kScratch, kHeapBase, g(m.reg));
        base = kScratch;
        break;
      case MemBase::Heap: default: base = kHeapBase; break;
    }
    int size = 1 << (op >> 30);
    if (fitsScaledOffset(m.disp, size)) {
      a_.memScaled(op, rt, base, m.disp);
    } else if (fitsUnscaledOffset(m.disp)) {
      a_.memUnscaled(op, rt, base, m.disp);
    } else {
      a_.movImm64(kScratch2, static_cast<uint64_t>(static_cast<int64_t>(m.disp)));
      a_.memRegister(op, rt, base, kScratch2);
    }
  }

  // ---- Integer arithmetic and immediates ----------------------------------------------------
  // d = n + addend (w) with add/sub #uimm12 (lsl 12) when |addend| fits, else via scratch.
  void addImm(Width w, bool setFlags, Reg d, Reg n, int64_t addend, Reg scratch) {
    if (addend >= 0 && fitsArithImm(addend)) {
      a_.arithImm(setFlags ? kAddsImm : kAddImm, w, d, n, static_cast<uint32_t>(addend));
    } else if (addend < 0 && fitsArithImm(-addend)) {
      a_.arithImm(setFlags ? kSubsImm : kSubImm, w, d, n, static_cast<uint32_t>(-addend));
    } else if (w == kW) {
      a_.movImm32(scratch, static_cast<uint32_t>(addend));
      a_.alu(setFlags ? kAdds : kAdd, w, d, n, scratch);
    } else {
      a_.movImm64(scratch, static_cast<uint64_t>(addend));
      a_.alu(setFlags ? kAdds : kAdd, w, d, n, scratch);
    }
  }
  // d = n - imm (32-bit). Subtracting INT32_MIN cannot be an addition of its negation.
  void subImm32(bool setFlags, Reg d, Reg n, int32_t imm) {
    if (imm == INT32_MIN) {
      a_.movImm32(kScratch, static_cast<uint32_t>(imm));
      a_.alu(setFlags ? kSubs : kSub, kW, d, n, kScratch);
    } else {
      addImm(kW, setFlags, d, n, -static_cast<int64_t>(imm), kScratch);
    }
  }
  // Flags of n - imm (32-bit): cmp #imm, cmn #-imm (same flags for imm != 0), or via scratch.
  void cmpImm32(Reg n, int32_t imm, Reg scratch) {
    if (imm >= 0 && fitsArithImm(imm)) {
      a_.arithImm(kSubsImm, kW, XZR, n, static_cast<uint32_t>(imm));
    } else if (imm < 0 && fitsArithImm(-static_cast<int64_t>(imm))) {
      a_.arithImm(kAddsImm, kW, XZR, n, static_cast<uint32_t>(-static_cast<int64_t>(imm)));
    } else {
      a_.movImm32(scratch, static_cast<uint32_t>(imm));
      a_.cmp(kW, n, scratch);
    }
  }
  void logicImm32(LogicImmOp op, AluOp regOp, Reg d, Reg n, int32_t imm) {
    uint32_t bits;
    if (encodeLogicalImm(static_cast<uint32_t>(imm), 32, &bits)) {
      a_.logicImm(op, kW, d, n, bits);
    } else {
      a_.movImm32(kScratch, static_cast<uint32_t>(imm));
      a_.alu(regOp, kW, d, n, kScratch);
    }
  }

  // ---- Float arithmetic and conversions -----------------------------------------------------
  // d = s as an int32, or a branch to `fail` when s is not one exactly (fraction, range, NaN, -0).
  void cvtF64I32(Reg d, FReg s, Assembler::Label fail) {
    a_.fcvtzsW(d, s);
    a_.scvtfW(kFpScratch, d);
    a_.fcmp(s, kFpScratch);
    branchIf(kNE, fail);  // inexact, out of range, or NaN (unordered: ne)
    a_.cbnzSkip(kW, d, 1 + branchIfLength());  // nonzero: done; zero: -0 must not become 0
    a_.fmovFromFp(kScratch, s);
    branchIfBitSet(kScratch, 63, fail);
  }

  // ---- Branches and compares ----------------------------------------------------------------
  void branchIf(CC cc, Assembler::Label target) {
    if (far_) {
      a_.bcondSkip(invert(cc), 1);
      a_.b(target);
    } else {
      a_.bcond(cc, target);
    }
  }
  void branchIfBitSet(Reg r, int bit, Assembler::Label target) {
    if (far_) {
      a_.tbzSkip(r, bit, 1);
      a_.b(target);
    } else {
      a_.tbnz(r, bit, target);
    }
  }
  int branchIfLength() const { return far_ ? 2 : 1; }

  // ---- Calls and frames ---------------------------------------------------------------------
  // Calls the C function at `target`: x16 = address (movz/movk), blr x16.
  void callAbsolute(uint64_t target) {
    a_.movImm64(kScratch, target);
    a_.blr(kScratch);
  }
  void frameOffsetTo(Reg r) { a_.alu(kSub, kX, r, kFramePointer, kHeapBase); }
  void epilogue() {
    a_.movSp(SP, X29);
    a_.ldpPostIndex(X29, X30, SP, 16);
    a_.ret();
  }

  void lower(const Instr& in);

  const masm::DecodedStream& stream_;
  const BridgeAddresses& bridges_;
  bool far_;
  Assembler a_;
  std::vector<Assembler::Label> labels_;
  std::vector<int32_t> pcMap_;
};

// ---- One case per op ------------------------------------------------------------------------
// The 64-bit immediate in operands lo (low word) and lo + 1 (high word).
uint64_t imm64Of(const Instr& in, int lo) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(in.at(lo + 1))) << 32) | static_cast<uint32_t>(in.at(lo));
}

void Lowering::lower(const Instr& in) {
  switch (in.op) {
    // Labels, moves, loads and stores
    case Op::Label: a_.bind(label(in.at(0))); break;
    case Op::Jump: a_.b(label(in.at(0))); break;
    case Op::BytecodeOffset:
      pcMap_.push_back(static_cast<int32_t>(a_.offset()));
      pcMap_.push_back(in.at(0));
      break;
    case Op::MovGG:
      if (in.at(0) != in.at(1)) a_.mov(kX, g(in.at(0)), g(in.at(1)));
      break;
    case Op::MovGI: a_.movImm64(g(in.at(0)), imm64Of(in, 1)); break;
    case Op::MovFF:
      if (in.at(0) != in.at(1)) a_.fp1(kFmov, f(in.at(0)), f(in.at(1)));
      break;
    case Op::MovFI: {
      uint64_t bits = imm64Of(in, 1);
      if (bits == 0) {
        a_.fmovToFp(f(in.at(0)), XZR);
      } else {
        a_.movImm64(kScratch, bits);
        a_.fmovToFp(f(in.at(0)), kScratch);
      }
      break;
    }
    case Op::MovGF: a_.fmovFromFp(g(in.at(0)), f(in.at(1))); break;
    case Op::MovFG: a_.fmovToFp(f(in.at(0)), g(in.at(1))); break;
    case Op::Load64: memAccess(kLdrX, g(in.at(0)), in.mem(1)); break;
    case Op::Store64: memAccess(kStrX, g(in.at(0)), in.mem(1)); break;
    case Op::Store64I: {
      uint64_t value = imm64Of(in, 1);
      Reg source = XZR;
      if (value != 0) {
        a_.movImm64(kValueScratch, value);
        source = kValueScratch;
      }
      memAccess(kStrX, source, in.mem(0));
      break;
    }
    case Op::Load32: memAccess(kLdrW, g(in.at(0)), in.mem(1)); break;
    case Op::Load16: memAccess(kLdrH, g(in.at(0)), in.mem(1)); break;
    case Op::Store32: memAccess(kStrW, g(in.at(0)), in.mem(1)); break;
    case Op::Store16: memAccess(kStrH, g(in.at(0)), in.mem(1)); break;
    case Op::Store32I: {
      Reg source = XZR;
      if (in.at(1) != 0) {
        a_.movImm32(kValueScratch, static_cast<uint32_t>(in.at(1)));
        source = kValueScratch;
      }
      memAccess(kStrW, source, in.mem(0));
      break;
    }
    case Op::LoadF64: memAccess(kLdrD, f(in.at(0)), in.mem(1)); break;
    case Op::StoreF64: memAccess(kStrD, f(in.at(0)), in.mem(1)); break;

    // Integer arithmetic
    case Op::Add32: a_.alu(kAdd, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Sub32: a_.alu(kSub, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Mul32: a_.madd(kW, g(in.at(0)), g(in.at(1)), g(in.at(2)), XZR); break;
    case Op::And32: a_.alu(kAnd, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Or32: a_.alu(kOrr, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Xor32: a_.alu(kEor, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Shl32: a_.dp2(kLslv, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;  // count mod 32
    case Op::Sar32: a_.dp2(kAsrv, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Shr32: a_.dp2(kLsrv, kW, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Add32I: addImm(kW, false, g(in.at(0)), g(in.at(1)), in.at(2), kScratch); break;
    case Op::Sub32I: subImm32(false, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Mul32I:
      a_.movImm32(kScratch, static_cast<uint32_t>(in.at(2)));
      a_.madd(kW, g(in.at(0)), g(in.at(1)), kScratch, XZR);
      break;
    case Op::And32I: logicImm32(kAndImm, kAnd, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Or32I: logicImm32(kOrrImm, kOrr, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Xor32I: logicImm32(kEorImm, kEor, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Shl32I: a_.lslImm(kW, g(in.at(0)), g(in.at(1)), static_cast<uint32_t>(in.at(2) & 31)); break;
    case Op::Sar32I: a_.asrImm(kW, g(in.at(0)), g(in.at(1)), static_cast<uint32_t>(in.at(2) & 31)); break;
    case Op::Shr32I: a_.lsrImm(kW, g(in.at(0)), g(in.at(1)), static_cast<uint32_t>(in.at(2) & 31)); break;
    case Op::Not32: a_.mvn(kW, g(in.at(0)), g(in.at(1))); break;
    case Op::Neg32: a_.alu(kSub, kW, g(in.at(0)), XZR, g(in.at(1))); break;
    case Op::Mod32:  // a >= 0, b > 0: d = a - (a / b) * b
      a_.dp2(kSdiv, kW, kScratch, g(in.at(1)), g(in.at(2)));
      a_.msub(kW, g(in.at(0)), kScratch, g(in.at(2)), g(in.at(1)));
      break;

    // Overflow-checked integer arithmetic: a branch to the label operand on overflow
    case Op::Add32Ov:
      a_.alu(kAdds, kW, g(in.at(0)), g(in.at(1)), g(in.at(2)));
      branchIf(kVS, label(in.at(3)));
      break;
    case Op::Sub32Ov:
      a_.alu(kSubs, kW, g(in.at(0)), g(in.at(1)), g(in.at(2)));
      branchIf(kVS, label(in.at(3)));
      break;
    case Op::Mul32Ov:
      // The 64-bit product fits int32 iff it equals the sign extension of its low word.
      a_.smull(kScratch, g(in.at(1)), g(in.at(2)));
      a_.cmpSxtw(kScratch, kScratch);
      branchIf(kNE, label(in.at(3)));
      a_.mov(kW, g(in.at(0)), kScratch);
      break;
    case Op::Add32IOv:
      addImm(kW, true, g(in.at(0)), g(in.at(1)), in.at(2), kScratch);
      branchIf(kVS, label(in.at(3)));
      break;
    case Op::Sub32IOv:
      subImm32(true, g(in.at(0)), g(in.at(1)), in.at(2));
      branchIf(kVS, label(in.at(3)));
      break;
    case Op::Neg32Ov:
      a_.alu(kSubs, kW, g(in.at(0)), XZR, g(in.at(1)));
      branchIf(kVS, label(in.at(2)));
      break;

    // Compares: a branch, or 0/1 in a register
    case Op::BrCmp32:
      a_.cmp(kW, g(in.at(1)), g(in.at(2)));
      branchIf(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrCmp32I:
      cmpImm32(g(in.at(1)), in.at(2), kScratch);
      branchIf(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrCmp64:
      a_.cmp(kX, g(in.at(1)), g(in.at(2)));
      branchIf(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrCmpF64:
      a_.fcmp(f(in.at(1)), f(in.at(2)));
      branchIf(floatCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrTag:
      a_.lsrImm(kX, kScratch, g(in.at(1)), 32);
      cmpImm32(kScratch, in.at(2), kScratch2);
      branchIf(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrTag2:
      a_.lsrImm(kX, kScratch, g(in.at(1)), 32);
      cmpImm32(kScratch, in.at(2), kScratch2);
      branchIf(intCC(in.cond(0)), label(in.at(3)));
      branchIf(intCC(in.cond(4)), label(in.at(5)));
      break;
    case Op::SetCmp32:
      a_.cmp(kW, g(in.at(2)), g(in.at(3)));
      a_.cset(kW, g(in.at(1)), intCC(in.cond(0)));
      break;
    case Op::SetCmp32I:
      cmpImm32(g(in.at(2)), in.at(3), kScratch);
      a_.cset(kW, g(in.at(1)), intCC(in.cond(0)));
      break;
    case Op::SetCmp64:
      a_.cmp(kX, g(in.at(2)), g(in.at(3)));
      a_.cset(kW, g(in.at(1)), intCC(in.cond(0)));
      break;
    case Op::SetCmpF64:
      a_.fcmp(f(in.at(2)), f(in.at(3)));
      a_.cset(kW, g(in.at(1)), floatCC(in.cond(0)));
      break;

    // Boxing
    case Op::BoxTag: {
      // mov w d, w s clears bits 32..63, so the tag's halfwords go in with movk.
      Reg d = g(in.at(0));
      uint32_t tag = static_cast<uint32_t>(in.at(2));
      a_.mov(kW, d, g(in.at(1)));
      if (tag >> 16) a_.movk(kX, d, static_cast<uint16_t>(tag >> 16), 3);
      if (tag & 0xffff) a_.movk(kX, d, static_cast<uint16_t>(tag), 2);
      break;
    }
    case Op::Unbox32: a_.mov(kW, g(in.at(0)), g(in.at(1))); break;

    // Float arithmetic and conversions
    case Op::AddF64: a_.fp2(kFadd, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    case Op::SubF64: a_.fp2(kFsub, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    case Op::MulF64: a_.fp2(kFmul, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    case Op::DivF64: a_.fp2(kFdiv, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    case Op::SqrtF64: a_.fp1(kFsqrt, f(in.at(0)), f(in.at(1))); break;
    case Op::NegF64: a_.fp1(kFneg, f(in.at(0)), f(in.at(1))); break;
    case Op::AbsF64: a_.fp1(kFabs, f(in.at(0)), f(in.at(1))); break;
    case Op::FloorF64: a_.fp1(kFrintm, f(in.at(0)), f(in.at(1))); break;
    case Op::CeilF64: a_.fp1(kFrintp, f(in.at(0)), f(in.at(1))); break;
    case Op::TruncF64: a_.fp1(kFrintz, f(in.at(0)), f(in.at(1))); break;
    case Op::CvtI32F64: a_.scvtfW(f(in.at(0)), g(in.at(1))); break;
    case Op::CvtF64I32: cvtF64I32(g(in.at(0)), f(in.at(1)), label(in.at(2))); break;

    // Calls, frames and exits
    case Op::CallG: a_.blr(g(in.at(0))); break;
    case Op::CallRuntime:
      a_.movImm32(X0, static_cast<uint32_t>(in.at(0)));
      frameOffsetTo(X1);
      callAbsolute(bridges_.runtime);
      break;
    case Op::CallF64: {
      // Arguments are already in float registers 0 and 1 (emit.ts put them there), the
      // result comes back in float register 0: the C ABI's own (xmm0/xmm1, d0/d1).
      int32_t index = in.at(0);
      if (index < 0 || index >= masm::kMathFunctionCount || bridges_.math[index] == 0) {
        throw masm::StreamError("masm stream: CallF64 of a math function this process does not have");
      }
      callAbsolute(bridges_.math[index]);
      break;
    }
    case Op::AdjustFrame: addImm(kX, false, kFramePointer, kFramePointer, in.at(0), kScratch); break;
    case Op::Prologue:
      a_.stpPreIndex(X29, X30, SP, -16);
      a_.movSp(X29, SP);
      break;
    case Op::Return:
      if (g(in.at(0)) != X0) a_.mov(kX, X0, g(in.at(0)));
      epilogue();
      break;
    case Op::StackCheck: {
      Assembler::Label overflow = label(in.at(1));
      addImm(kX, false, kScratch, kFramePointer, in.at(0), kScratch2);
      a_.memScaled(kLdrX, kScratch2, kHeapBase, G::vmStackLimit);
      a_.cmp(kX, kScratch, kScratch2);
      branchIf(kHI, overflow);
      a_.movSp(kScratch, SP);
      a_.memScaled(kLdrX, kScratch2, kHeapBase, G::nativeStackLimit);
      a_.cmp(kX, kScratch, kScratch2);
      branchIf(kLO, overflow);
      break;
    }
    case Op::DeoptStub:
      static_assert(kGprCount % 2 == 0 && kFprCount % 2 == 0, "registers are saved in pairs");
      for (int32_t i = 0; i < kGprCount; i += 2) {
        a_.stp(false, g(i), g(i + 1), kHeapBase, static_cast<int32_t>(G::deoptGprSave + 8 * i));
      }
      for (int32_t i = 0; i < kFprCount; i += 2) {
        a_.stp(true, f(i), f(i + 1), kHeapBase, static_cast<int32_t>(G::deoptFprSave + 8 * i));
      }
      frameOffsetTo(X0);
      callAbsolute(bridges_.deopt);
      epilogue();
      break;
  }
}

}  // namespace

// ---- Entry point ----------------------------------------------------------------------------
LoweredCode lowerStream(const masm::DecodedStream& stream, const BridgeAddresses& bridges, BranchRange range) {
  if (range != BranchRange::Far) {
    try {
      return Lowering(stream, bridges, false).run();
    } catch (const OutOfRange&) {
      if (range == BranchRange::Near) throw masm::StreamError("masm stream: a conditional branch is out of near range");
    }
  }
  try {
    return Lowering(stream, bridges, true).run();
  } catch (const OutOfRange&) {
    throw masm::StreamError("masm stream: function is larger than the +-128 MB branch range");
  }
}

}  // namespace kiln::arm64
