// Raw x86-64 instruction encoders (REX, ModRM, SIB, displacements), one method per
// instruction form kiln emits, plus rel32 labels with forward-reference patching. Knows
// nothing about the instruction stream; lower_stream.cc maps stream ops onto these methods.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kiln::x64 {

// Machine register numbers as encoded (low 3 bits in ModRM/opcode, bit 3 in REX).
enum Reg : uint8_t { RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15 };
using Xmm = uint8_t;  // xmm0..xmm15

// Condition codes (the low nibble of Jcc/SETcc).
enum CC : uint8_t {
  kO = 0, kNO = 1, kB = 2, kAE = 3, kE = 4, kNE = 5, kBE = 6, kA = 7,
  kS = 8, kNS = 9, kP = 10, kNP = 11, kL = 12, kGE = 13, kLE = 14, kG = 15,
};

// [base + index*1 + disp]; index = -1 for none. Index may not be RSP.
struct Mem {
  Reg base;
  int8_t index;
  int32_t disp;
};
inline Mem mem(Reg base, int32_t disp) { return Mem{base, -1, disp}; }
inline Mem mem(Reg base, Reg index, int32_t disp) { return Mem{base, static_cast<int8_t>(index), disp}; }

// ALU operation numbers: the /digit of 81/83 and (digit*8 + 1) for the r/m,reg form.
enum Alu : uint8_t { kAdd = 0, kOr = 1, kAnd = 4, kSub = 5, kXor = 6, kCmp = 7 };
enum Shift : uint8_t { kShl = 4, kShr = 5, kSar = 7 };
// SSE2 scalar-double ops (F2 0F xx).
enum SseOp : uint8_t { kSqrtsd = 0x51, kAddsd = 0x58, kMulsd = 0x59, kSubsd = 0x5C, kDivsd = 0x5E };

class Assembler {
 public:
  struct Label {
    int32_t id;
  };

  const std::vector<uint8_t>& code() const { return code_; }
  size_t offset() const { return code_.size(); }

  Label newLabel();
  void bind(Label label);
  // Patches every rel32 reference; false if some referenced label was never bound.
  bool resolveLabels();

  // Moves.
  void movRR64(Reg d, Reg s);
  void movRR32(Reg d, Reg s);
  void movImm64(Reg d, uint64_t imm);  // shortest of mov r32,imm32 / mov r64,simm32 / movabs
  void movabs(Reg d, uint64_t imm);
  void load64(Reg d, const Mem& m);
  void load32(Reg d, const Mem& m);
  void load16(Reg d, const Mem& m);  // movzx r32, word [m]
  void store64(const Mem& m, Reg s);
  void store32(const Mem& m, Reg s);
  void store16(const Mem& m, Reg s);  // mov word [m], r16
  void store32Imm(const Mem& m, int32_t imm);
  void store64Imm(const Mem& m, int32_t imm);  // sign-extended imm32
  void lea64(Reg d, const Mem& m);

  // Integer ALU.
  void aluRR32(Alu op, Reg d, Reg s);
  void aluRR64(Alu op, Reg d, Reg s);
  void aluRI32(Alu op, Reg d, int32_t imm);
  void aluRI64(Alu op, Reg d, int32_t imm);
  void cmpRM64(Reg r, const Mem& m);
  void imulRR32(Reg d, Reg s);
  void imulRRI32(Reg d, Reg s, int32_t imm);
  void shiftCl32(Shift op, Reg d);
  void shiftImm32(Shift op, Reg d, uint8_t imm);
  void shiftImm64(Shift op, Reg d, uint8_t imm);
  void not32(Reg d);
  void neg32(Reg d);
  void idiv32(Reg s);
  void testRR32(Reg a, Reg b);
  void setcc(CC cc, Reg d);
  void movzxByte32(Reg d, Reg s);
  void andRR8(Reg d, Reg s);
  void orRR8(Reg d, Reg s);

  // Control flow and stack.
  void jcc(CC cc, Label target);
  void jmp(Label target);
  void call(Reg target);
  void ret();
  void push(Reg r);
  void pop(Reg r);

  // SSE2 / SSE4.1 scalar double.
  void movaps(Xmm d, Xmm s);
  void movsdLoad(Xmm d, const Mem& m);
  void movsdStore(const Mem& m, Xmm s);
  void movqXR(Xmm d, Reg s);
  void movqRX(Reg d, Xmm s);
  void sse(SseOp op, Xmm d, Xmm s);
  void xorps(Xmm d, Xmm s);
  void xorpd(Xmm d, Xmm s);
  void andpd(Xmm d, Xmm s);
  void ucomisd(Xmm a, Xmm b);
  void roundsd(Xmm d, Xmm s, uint8_t mode);
  void cvtsi2sd32(Xmm d, Reg s);
  void cvttsd2si32(Reg d, Xmm s);
  void movmskpd(Reg d, Xmm s);

 private:
  void byte(uint8_t b) { code_.push_back(b); }
  void imm32(int32_t v);
  void imm64(uint64_t v);
  // Optional REX: w, reg (ModRM.reg), index (SIB.index), base (ModRM.rm or SIB.base).
  // byteRegs forces a REX so that registers 4..7 mean spl/bpl/sil/dil.
  void rex(bool w, int reg, int index, int base, bool byteRegs = false);
  void modrmRR(int reg, int rm) { byte(static_cast<uint8_t>(0xC0 | ((reg & 7) << 3) | (rm & 7))); }
  void modrmMem(int reg, const Mem& m);
  // prefix (0 = none), REX, opcode bytes, ModRM for a register or memory r/m operand.
  void opRR(uint8_t prefix, bool w, const uint8_t* op, int opLen, int reg, int rm, bool byteRegs = false);
  void opRM(uint8_t prefix, bool w, const uint8_t* op, int opLen, int reg, const Mem& m);

  std::vector<uint8_t> code_;
  std::vector<int32_t> labelOffsets_;  // -1 while unbound
  struct Fixup {
    int32_t label;
    int32_t at;  // offset of the rel32 field; target is relative to at + 4
  };
  std::vector<Fixup> fixups_;
};

}  // namespace kiln::x64
