// Instruction stream -> x86-64 (see lower_stream.h). One case per masm op; the x86
// two-address forms are handled here (d == a, d == b, distinct), using r11/rcx/xmm15/xmm14 as
// scratch. Every branch is a rel32 jump: simple, and always in range. arm64/lower_stream.cc
// has the same sections and op order.
#include "lower_stream.h"

#include "../../generated/layout.h"
#include "assembler.h"
#include "registers.h"

namespace kiln::x64 {
namespace {

using masm::Cond;
using masm::Instr;
using masm::MemBase;
using masm::Op;
namespace G = layout::Globals;

// ---- Condition codes ------------------------------------------------------------------------
CC intCC(Cond c) {
  switch (c) {
    case Cond::Eq: return kE;
    case Cond::Ne: return kNE;
    case Cond::Lt: return kL;
    case Cond::Le: return kLE;
    case Cond::Gt: return kG;
    case Cond::Ge: return kGE;
    case Cond::B: return kB;
    case Cond::Be: return kBE;
    case Cond::A: return kA;
    case Cond::Ae: return kAE;
    default: return kE;  // unreachable: the decoder rejects float conditions here
  }
}

// Ordered float compares become one unsigned-style condition after ucomisd with operands
// arranged so that NaN (ZF=PF=CF=1) makes the ordered ones false and their negations true.
struct FloatTest {
  bool swap;  // ucomisd b, a instead of ucomisd a, b
  CC cc;
};
FloatTest floatTest(Cond c) {
  switch (c) {
    case Cond::FLt: return {true, kA};
    case Cond::FLe: return {true, kAE};
    case Cond::FGt: return {false, kA};
    case Cond::FGe: return {false, kAE};
    case Cond::FNotLt: return {true, kBE};
    case Cond::FNotLe: return {true, kB};
    case Cond::FNotGt: return {false, kBE};
    case Cond::FNotGe: return {false, kB};
    default: return {false, kE};  // FEq/FNe are handled separately
  }
}

// ---- The lowering ---------------------------------------------------------------------------
class Lowering {
 public:
  Lowering(const masm::DecodedStream& stream, const BridgeAddresses& bridges) : stream_(stream), bridges_(bridges) {
    labels_.reserve(stream.labelCount);
    for (int32_t i = 0; i < stream.labelCount; i++) labels_.push_back(a_.newLabel());
  }

  LoweredCode run() {
    for (const Instr& in : stream_.instrs) lower(in);
    LoweredCode out;
    if (!a_.resolveLabels()) throw masm::StreamError("masm stream: unresolved label");
    out.bytes = a_.code();
    out.pcMap = std::move(pcMap_);
    return out;
  }

 private:
  // ---- Registers and labels -----------------------------------------------------------------
  static Reg g(int32_t abstract) { return kGprMap[abstract]; }
  static Xmm f(int32_t abstract) { return static_cast<Xmm>(abstract); }
  Assembler::Label label(int32_t id) { return labels_[id]; }

  // ---- Memory operands ----------------------------------------------------------------------
  static Mem memOf(const masm::MemOperand& m) {
    switch (m.base) {
      case MemBase::Frame: return mem(kFramePointer, m.disp);
      case MemBase::HeapReg: return mem(kHeapBase, g(m.reg), m.disp);
      case MemBase::Heap: default: return mem(kHeapBase, m.disp);
    }
  }

  // ---- Integer arithmetic and immediates ----------------------------------------------------
  void move32(Reg d, Reg s) {
    if (d != s) a_.movRR32(d, s);
  }

  // d = a op b for a 32-bit ALU op; commutative ops reuse d == b.
  void alu3(Alu op, bool commutative, Reg d, Reg a, Reg b) {
    if (d == a) {
      a_.aluRR32(op, d, b);
    } else if (d == b) {
      if (commutative) {
        a_.aluRR32(op, d, a);
      } else {
        a_.movRR32(kScratch, b);
        a_.movRR32(d, a);
        a_.aluRR32(op, d, kScratch);
      }
    } else {
      a_.movRR32(d, a);
      a_.aluRR32(op, d, b);
    }
  }

  void mul3(Reg d, Reg a, Reg b) {
    if (d == a) a_.imulRR32(d, b);
    else if (d == b) a_.imulRR32(d, a);
    else {
      a_.movRR32(d, a);
      a_.imulRR32(d, b);
    }
  }

  void shift3(Shift op, Reg d, Reg a, Reg b) {
    a_.movRR32(RCX, b);
    move32(d, a);
    a_.shiftCl32(op, d);
  }

  void aluImm(Alu op, Reg d, Reg a, int32_t imm) {
    move32(d, a);
    a_.aluRI32(op, d, imm);
  }

  // d = a % b with idiv; rax/rdx are preserved around it unless one of them is d.
  void mod32(Reg d, Reg a, Reg b) {
    a_.movRR32(RCX, b);
    if (d != RAX) a_.push(RAX);
    if (d != RDX) a_.push(RDX);
    move32(RAX, a);
    a_.aluRR32(kXor, RDX, RDX);  // a >= 0: the sign extension of eax is 0
    a_.idiv32(RCX);
    a_.movRR32(kScratch, RDX);
    if (d != RDX) a_.pop(RDX);
    if (d != RAX) a_.pop(RAX);
    a_.movRR32(d, kScratch);
  }

  // ---- Float arithmetic and conversions -----------------------------------------------------
  void floatArith(SseOp op, bool commutative, Xmm d, Xmm a, Xmm b) {
    if (d == a) {
      a_.sse(op, d, b);
    } else if (d == b) {
      if (commutative) {
        a_.sse(op, d, a);
      } else {
        a_.movaps(kFpScratch, b);
        a_.movaps(d, a);
        a_.sse(op, d, kFpScratch);
      }
    } else {
      a_.movaps(d, a);
      a_.sse(op, d, b);
    }
  }

  void floatMove(Xmm d, Xmm s) {
    if (d != s) a_.movaps(d, s);
  }

  void breakFalseDependency(Xmm d, Xmm s) {
    if (d != s) a_.xorps(d, d);
  }

  void signMask(bool negate, Xmm d, Xmm s) {
    floatMove(d, s);
    a_.movabs(kScratch, negate ? 0x8000000000000000ull : 0x7fffffffffffffffull);
    a_.movqXR(kFpScratch, kScratch);
    if (negate) a_.xorpd(d, kFpScratch);
    else a_.andpd(d, kFpScratch);
  }

  // ---- Branches and compares ----------------------------------------------------------------
  void branchFloat(Cond c, Xmm a, Xmm b, Assembler::Label target) {
    if (c == Cond::FEq) {
      Assembler::Label skip = a_.newLabel();
      a_.ucomisd(a, b);
      a_.jcc(kP, skip);
      a_.jcc(kE, target);
      a_.bind(skip);
    } else if (c == Cond::FNe) {
      a_.ucomisd(a, b);
      a_.jcc(kP, target);
      a_.jcc(kNE, target);
    } else {
      FloatTest t = floatTest(c);
      if (t.swap) a_.ucomisd(b, a);
      else a_.ucomisd(a, b);
      a_.jcc(t.cc, target);
    }
  }

  void setFloat(Cond c, Reg d, Xmm a, Xmm b) {
    if (c == Cond::FEq || c == Cond::FNe) {
      a_.ucomisd(a, b);
      bool eq = c == Cond::FEq;
      a_.setcc(eq ? kE : kNE, d);
      a_.setcc(eq ? kNP : kP, RCX);
      if (eq) a_.andRR8(d, RCX);
      else a_.orRR8(d, RCX);
    } else {
      FloatTest t = floatTest(c);
      if (t.swap) a_.ucomisd(b, a);
      else a_.ucomisd(a, b);
      a_.setcc(t.cc, d);
    }
    a_.movzxByte32(d, d);
  }

  void setInt(CC cc, Reg d) {
    a_.setcc(cc, d);
    a_.movzxByte32(d, d);
  }

  // ---- Calls and frames ---------------------------------------------------------------------
  // Calls the C function at `target` (mov r11, imm64; call r11).
  void callAbsolute(uint64_t target) {
    a_.movabs(kScratch, target);
    a_.call(kScratch);
  }

  // rdi/rsi = VM frame pointer as a region offset.
  void frameOffsetTo(Reg r) {
    a_.movRR64(r, kFramePointer);
    a_.aluRR64(kSub, r, kHeapBase);
  }

  void epilogue() {
    a_.movRR64(RSP, RBP);
    a_.pop(RBP);
    a_.ret();
  }

  void lower(const Instr& in);

  const masm::DecodedStream& stream_;
  const BridgeAddresses& bridges_;
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
    case Op::Jump: a_.jmp(label(in.at(0))); break;
    case Op::BytecodeOffset:
      pcMap_.push_back(static_cast<int32_t>(a_.offset()));
      pcMap_.push_back(in.at(0));
      break;
    case Op::MovGG:
      if (in.at(0) != in.at(1)) a_.movRR64(g(in.at(0)), g(in.at(1)));
      break;
    case Op::MovGI: a_.movImm64(g(in.at(0)), imm64Of(in, 1)); break;
    case Op::MovFF: floatMove(f(in.at(0)), f(in.at(1))); break;
    case Op::MovFI: {
      uint64_t bits = imm64Of(in, 1);
      if (bits == 0) {
        a_.xorps(f(in.at(0)), f(in.at(0)));
      } else {
        a_.movImm64(kScratch, bits);
        a_.movqXR(f(in.at(0)), kScratch);
      }
      break;
    }
    case Op::MovGF: a_.movqRX(g(in.at(0)), f(in.at(1))); break;
    case Op::MovFG: a_.movqXR(f(in.at(0)), g(in.at(1))); break;
    case Op::Load64: a_.load64(g(in.at(0)), memOf(in.mem(1))); break;
    case Op::Store64: a_.store64(memOf(in.mem(1)), g(in.at(0))); break;
    case Op::Store64I: {
      uint64_t value = imm64Of(in, 1);
      int64_t sv = static_cast<int64_t>(value);
      if (sv >= INT32_MIN && sv <= INT32_MAX) {
        a_.store64Imm(memOf(in.mem(0)), static_cast<int32_t>(sv));
      } else {
        a_.movImm64(kScratch, value);
        a_.store64(memOf(in.mem(0)), kScratch);
      }
      break;
    }
    case Op::Load32: a_.load32(g(in.at(0)), memOf(in.mem(1))); break;
    case Op::Load16: a_.load16(g(in.at(0)), memOf(in.mem(1))); break;
    case Op::Store32: a_.store32(memOf(in.mem(1)), g(in.at(0))); break;
    case Op::Store16: a_.store16(memOf(in.mem(1)), g(in.at(0))); break;
    case Op::Store32I: a_.store32Imm(memOf(in.mem(0)), in.at(1)); break;
    case Op::LoadF64: a_.movsdLoad(f(in.at(0)), memOf(in.mem(1))); break;
    case Op::StoreF64: a_.movsdStore(memOf(in.mem(1)), f(in.at(0))); break;

    // Integer arithmetic
    case Op::Add32: alu3(kAdd, true, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Sub32: alu3(kSub, false, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Mul32: mul3(g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::And32: alu3(kAnd, true, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Or32: alu3(kOr, true, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Xor32: alu3(kXor, true, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Shl32: shift3(kShl, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Sar32: shift3(kSar, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Shr32: shift3(kShr, g(in.at(0)), g(in.at(1)), g(in.at(2))); break;
    case Op::Add32I: aluImm(kAdd, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Sub32I: aluImm(kSub, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Mul32I: a_.imulRRI32(g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::And32I: aluImm(kAnd, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Or32I: aluImm(kOr, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Xor32I: aluImm(kXor, g(in.at(0)), g(in.at(1)), in.at(2)); break;
    case Op::Shl32I:
    case Op::Sar32I:
    case Op::Shr32I: {
      Shift s = in.op == Op::Shl32I ? kShl : in.op == Op::Sar32I ? kSar : kShr;
      move32(g(in.at(0)), g(in.at(1)));
      a_.shiftImm32(s, g(in.at(0)), static_cast<uint8_t>(in.at(2) & 31));
      break;
    }
    case Op::Not32:
      move32(g(in.at(0)), g(in.at(1)));
      a_.not32(g(in.at(0)));
      break;
    case Op::Neg32:
      move32(g(in.at(0)), g(in.at(1)));
      a_.neg32(g(in.at(0)));
      break;
    case Op::Mod32: mod32(g(in.at(0)), g(in.at(1)), g(in.at(2))); break;

    // Overflow-checked integer arithmetic: a branch to the label operand on overflow
    case Op::Add32Ov:
      alu3(kAdd, true, g(in.at(0)), g(in.at(1)), g(in.at(2)));
      a_.jcc(kO, label(in.at(3)));
      break;
    case Op::Sub32Ov:
      alu3(kSub, false, g(in.at(0)), g(in.at(1)), g(in.at(2)));
      a_.jcc(kO, label(in.at(3)));
      break;
    case Op::Mul32Ov:
      mul3(g(in.at(0)), g(in.at(1)), g(in.at(2)));
      a_.jcc(kO, label(in.at(3)));
      break;
    case Op::Add32IOv:
      aluImm(kAdd, g(in.at(0)), g(in.at(1)), in.at(2));
      a_.jcc(kO, label(in.at(3)));
      break;
    case Op::Sub32IOv:
      aluImm(kSub, g(in.at(0)), g(in.at(1)), in.at(2));
      a_.jcc(kO, label(in.at(3)));
      break;
    case Op::Neg32Ov:
      move32(g(in.at(0)), g(in.at(1)));
      a_.neg32(g(in.at(0)));
      a_.jcc(kO, label(in.at(2)));
      break;

    // Compares: a branch, or 0/1 in a register
    case Op::BrCmp32:
      a_.aluRR32(kCmp, g(in.at(1)), g(in.at(2)));
      a_.jcc(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrCmp32I:
      a_.aluRI32(kCmp, g(in.at(1)), in.at(2));
      a_.jcc(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrCmp64:
      a_.aluRR64(kCmp, g(in.at(1)), g(in.at(2)));
      a_.jcc(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrCmpF64: branchFloat(in.cond(0), f(in.at(1)), f(in.at(2)), label(in.at(3))); break;
    case Op::BrTag:
      a_.movRR64(kScratch, g(in.at(1)));
      a_.shiftImm64(kShr, kScratch, 32);
      a_.aluRI32(kCmp, kScratch, in.at(2));
      a_.jcc(intCC(in.cond(0)), label(in.at(3)));
      break;
    case Op::BrTag2:
      a_.movRR64(kScratch, g(in.at(1)));
      a_.shiftImm64(kShr, kScratch, 32);
      a_.aluRI32(kCmp, kScratch, in.at(2));
      a_.jcc(intCC(in.cond(0)), label(in.at(3)));
      a_.jcc(intCC(in.cond(4)), label(in.at(5)));
      break;
    case Op::SetCmp32:
      a_.aluRR32(kCmp, g(in.at(2)), g(in.at(3)));
      setInt(intCC(in.cond(0)), g(in.at(1)));
      break;
    case Op::SetCmp32I:
      a_.aluRI32(kCmp, g(in.at(2)), in.at(3));
      setInt(intCC(in.cond(0)), g(in.at(1)));
      break;
    case Op::SetCmp64:
      a_.aluRR64(kCmp, g(in.at(2)), g(in.at(3)));
      setInt(intCC(in.cond(0)), g(in.at(1)));
      break;
    case Op::SetCmpF64: setFloat(in.cond(0), g(in.at(1)), f(in.at(2)), f(in.at(3))); break;

    // Boxing
    case Op::BoxTag: {
      Reg d = g(in.at(0));
      a_.movRR32(d, g(in.at(1)));
      if (in.at(2) != 0) {
        a_.movabs(kScratch, static_cast<uint64_t>(static_cast<uint32_t>(in.at(2))) << 32);
        a_.aluRR64(kOr, d, kScratch);
      }
      break;
    }
    case Op::Unbox32: a_.movRR32(g(in.at(0)), g(in.at(1))); break;

    // Float arithmetic and conversions
    case Op::AddF64: floatArith(kAddsd, true, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    case Op::SubF64: floatArith(kSubsd, false, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    case Op::MulF64: floatArith(kMulsd, true, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    case Op::DivF64: floatArith(kDivsd, false, f(in.at(0)), f(in.at(1)), f(in.at(2))); break;
    // sqrtsd, roundsd and cvtsi2sd write only the low lane and so depend on the old value of
    // the destination: clearing it first breaks a false loop-carried dependency.
    case Op::SqrtF64: breakFalseDependency(f(in.at(0)), f(in.at(1))); a_.sse(kSqrtsd, f(in.at(0)), f(in.at(1))); break;
    case Op::NegF64: signMask(true, f(in.at(0)), f(in.at(1))); break;
    case Op::AbsF64: signMask(false, f(in.at(0)), f(in.at(1))); break;
    case Op::FloorF64: breakFalseDependency(f(in.at(0)), f(in.at(1))); a_.roundsd(f(in.at(0)), f(in.at(1)), 9); break;
    case Op::CeilF64: breakFalseDependency(f(in.at(0)), f(in.at(1))); a_.roundsd(f(in.at(0)), f(in.at(1)), 10); break;
    case Op::TruncF64: breakFalseDependency(f(in.at(0)), f(in.at(1))); a_.roundsd(f(in.at(0)), f(in.at(1)), 11); break;
    case Op::CvtI32F64: a_.xorps(f(in.at(0)), f(in.at(0))); a_.cvtsi2sd32(f(in.at(0)), g(in.at(1))); break;
    case Op::CvtF64I32: {
      Reg d = g(in.at(0));
      Xmm s = f(in.at(1));
      Assembler::Label fail = label(in.at(2));
      Assembler::Label done = a_.newLabel();
      a_.cvttsd2si32(d, s);
      a_.cvtsi2sd32(kFpScratch, d);
      a_.ucomisd(s, kFpScratch);
      a_.jcc(kP, fail);
      a_.jcc(kNE, fail);
      a_.testRR32(d, d);
      a_.jcc(kNE, done);
      a_.movmskpd(kScratch, s);  // bit 0 = sign of s: -0 must not become 0
      a_.aluRI32(kAnd, kScratch, 1);
      a_.jcc(kNE, fail);
      a_.bind(done);
      break;
    }

    // Calls, frames and exits
    case Op::CallG: a_.call(g(in.at(0))); break;
    case Op::CallRuntime:
      a_.movImm64(RDI, static_cast<uint32_t>(in.at(0)));
      frameOffsetTo(RSI);
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
    case Op::AdjustFrame: a_.aluRI64(kAdd, kFramePointer, in.at(0)); break;
    case Op::Prologue:
      a_.push(RBP);
      a_.movRR64(RBP, RSP);
      break;
    case Op::Return:
      if (g(in.at(0)) != RAX) a_.movRR64(RAX, g(in.at(0)));
      epilogue();
      break;
    case Op::StackCheck: {
      Assembler::Label overflow = label(in.at(1));
      a_.lea64(kScratch, mem(kFramePointer, in.at(0)));
      a_.cmpRM64(kScratch, mem(kHeapBase, static_cast<int32_t>(G::vmStackLimit)));
      a_.jcc(kA, overflow);
      a_.cmpRM64(RSP, mem(kHeapBase, static_cast<int32_t>(G::nativeStackLimit)));
      a_.jcc(kB, overflow);
      break;
    }
    case Op::DeoptStub:
      for (int32_t i = 0; i < kGprCount; i++) {
        a_.store64(mem(kHeapBase, static_cast<int32_t>(G::deoptGprSave + 8 * i)), g(i));
      }
      for (int32_t i = 0; i < kFprCount; i++) {
        a_.movsdStore(mem(kHeapBase, static_cast<int32_t>(G::deoptFprSave + 8 * i)), f(i));
      }
      frameOffsetTo(RDI);
      callAbsolute(bridges_.deopt);
      epilogue();
      break;
  }
}

}  // namespace

// ---- Entry point ----------------------------------------------------------------------------
LoweredCode lowerStream(const masm::DecodedStream& stream, const BridgeAddresses& bridges, BranchRange) {
  return Lowering(stream, bridges).run();
}

}  // namespace kiln::x64
