// x86-64 encoders (see assembler.h). Encoding facts used throughout: REX = 0100WRXB;
// ModRM = mod(2) reg(3) rm(3); rm=100 means a SIB byte follows (so rsp/r12 bases need SIB);
// mod=00 with rm/base=101 means disp32/RIP (so rbp/r13 bases need an explicit disp8 of 0).
#include "assembler.h"

namespace kiln::x64 {

Assembler::Label Assembler::newLabel() {
  labelOffsets_.push_back(-1);
  return Label{static_cast<int32_t>(labelOffsets_.size() - 1)};
}

void Assembler::bind(Label label) { labelOffsets_[label.id] = static_cast<int32_t>(code_.size()); }

bool Assembler::resolveLabels() {
  for (const Fixup& f : fixups_) {
    int32_t target = labelOffsets_[f.label];
    if (target < 0) return false;
    int32_t rel = target - (f.at + 4);
    for (int i = 0; i < 4; i++) code_[f.at + i] = static_cast<uint8_t>(rel >> (8 * i));
  }
  fixups_.clear();
  return true;
}

void Assembler::imm32(int32_t v) {
  for (int i = 0; i < 4; i++) byte(static_cast<uint8_t>(static_cast<uint32_t>(v) >> (8 * i)));
}
void Assembler::imm64(uint64_t v) {
  for (int i = 0; i < 8; i++) byte(static_cast<uint8_t>(v >> (8 * i)));
}

void Assembler::rex(bool w, int reg, int index, int base, bool byteRegs) {
  uint8_t r = static_cast<uint8_t>(0x40 | (w ? 8 : 0) | ((reg & 8) ? 4 : 0) | ((index & 8) ? 2 : 0) | ((base & 8) ? 1 : 0));
  bool needByteRex = byteRegs && ((reg >= 4 && reg <= 7) || (base >= 4 && base <= 7));
  if (r != 0x40 || needByteRex) byte(r);
}

void Assembler::modrmMem(int reg, const Mem& m) {
  int base = m.base & 7;
  bool needSib = m.index >= 0 || base == 4;
  int mod;
  if (m.disp == 0 && base != 5) mod = 0;
  else if (m.disp >= -128 && m.disp <= 127) mod = 1;
  else mod = 2;
  byte(static_cast<uint8_t>((mod << 6) | ((reg & 7) << 3) | (needSib ? 4 : base)));
  if (needSib) {
    int index = m.index >= 0 ? (m.index & 7) : 4;  // 100 = no index
    byte(static_cast<uint8_t>((0 << 6) | (index << 3) | base));  // scale 1
  }
  if (mod == 1) byte(static_cast<uint8_t>(static_cast<int8_t>(m.disp)));
  else if (mod == 2) imm32(m.disp);
}

void Assembler::opRR(uint8_t prefix, bool w, const uint8_t* op, int opLen, int reg, int rm, bool byteRegs) {
  if (prefix) byte(prefix);
  rex(w, reg, 0, rm, byteRegs);
  for (int i = 0; i < opLen; i++) byte(op[i]);
  modrmRR(reg, rm);
}

void Assembler::opRM(uint8_t prefix, bool w, const uint8_t* op, int opLen, int reg, const Mem& m) {
  if (prefix) byte(prefix);
  rex(w, reg, m.index >= 0 ? m.index : 0, m.base);
  for (int i = 0; i < opLen; i++) byte(op[i]);
  modrmMem(reg, m);
}

// ---- Moves ------------------------------------------------------------------------------
static const uint8_t kMovStore[] = {0x89};
static const uint8_t kMovLoad[] = {0x8B};

void Assembler::movRR64(Reg d, Reg s) { opRR(0, true, kMovStore, 1, s, d); }
void Assembler::movRR32(Reg d, Reg s) { opRR(0, false, kMovStore, 1, s, d); }

void Assembler::movabs(Reg d, uint64_t imm) {
  rex(true, 0, 0, d);
  byte(static_cast<uint8_t>(0xB8 | (d & 7)));
  imm64(imm);
}

void Assembler::movImm64(Reg d, uint64_t imm) {
  if (imm <= 0xffffffffull) {  // mov r32, imm32 zero-extends
    rex(false, 0, 0, d);
    byte(static_cast<uint8_t>(0xB8 | (d & 7)));
    imm32(static_cast<int32_t>(imm));
  } else if (static_cast<int64_t>(imm) >= INT32_MIN && static_cast<int64_t>(imm) < 0) {  // sign-extended imm32
    rex(true, 0, 0, d);
    byte(0xC7);
    modrmRR(0, d);
    imm32(static_cast<int32_t>(imm));
  } else {
    movabs(d, imm);
  }
}

void Assembler::load64(Reg d, const Mem& m) { opRM(0, true, kMovLoad, 1, d, m); }
void Assembler::load32(Reg d, const Mem& m) { opRM(0, false, kMovLoad, 1, d, m); }
void Assembler::store64(const Mem& m, Reg s) { opRM(0, true, kMovStore, 1, s, m); }
void Assembler::store32(const Mem& m, Reg s) { opRM(0, false, kMovStore, 1, s, m); }
void Assembler::store16(const Mem& m, Reg s) { opRM(0x66, false, kMovStore, 1, s, m); }

static const uint8_t kMovImm[] = {0xC7};
void Assembler::store32Imm(const Mem& m, int32_t imm) {
  opRM(0, false, kMovImm, 1, 0, m);
  imm32(imm);
}
void Assembler::store64Imm(const Mem& m, int32_t imm) {
  opRM(0, true, kMovImm, 1, 0, m);
  imm32(imm);
}

static const uint8_t kLea[] = {0x8D};
void Assembler::lea64(Reg d, const Mem& m) { opRM(0, true, kLea, 1, d, m); }

// ---- Integer ALU ------------------------------------------------------------------------
void Assembler::aluRR32(Alu op, Reg d, Reg s) {
  uint8_t opcode = static_cast<uint8_t>(op * 8 + 1);
  opRR(0, false, &opcode, 1, s, d);
}
void Assembler::aluRR64(Alu op, Reg d, Reg s) {
  uint8_t opcode = static_cast<uint8_t>(op * 8 + 1);
  opRR(0, true, &opcode, 1, s, d);
}


void Assembler::aluRI32(Alu op, Reg d, int32_t imm) {
  bool small = imm >= -128 && imm <= 127;
  uint8_t opcode = small ? 0x83 : 0x81;
  opRR(0, false, &opcode, 1, op, d);
  if (small) byte(static_cast<uint8_t>(static_cast<int8_t>(imm)));
  else imm32(imm);
}
void Assembler::aluRI64(Alu op, Reg d, int32_t imm) {
  bool small = imm >= -128 && imm <= 127;
  uint8_t opcode = small ? 0x83 : 0x81;
  opRR(0, true, &opcode, 1, op, d);
  if (small) byte(static_cast<uint8_t>(static_cast<int8_t>(imm)));
  else imm32(imm);
}

static const uint8_t kCmpLoad[] = {0x3B};
void Assembler::cmpRM64(Reg r, const Mem& m) { opRM(0, true, kCmpLoad, 1, r, m); }

static const uint8_t kImul[] = {0x0F, 0xAF};
void Assembler::imulRR32(Reg d, Reg s) { opRR(0, false, kImul, 2, d, s); }
void Assembler::imulRRI32(Reg d, Reg s, int32_t imm) {
  bool small = imm >= -128 && imm <= 127;
  uint8_t opcode = small ? 0x6B : 0x69;
  opRR(0, false, &opcode, 1, d, s);
  if (small) byte(static_cast<uint8_t>(static_cast<int8_t>(imm)));
  else imm32(imm);
}

static const uint8_t kShiftCl[] = {0xD3};
static const uint8_t kShiftImm[] = {0xC1};
void Assembler::shiftCl32(Shift op, Reg d) { opRR(0, false, kShiftCl, 1, op, d); }
void Assembler::shiftImm32(Shift op, Reg d, uint8_t imm) {
  opRR(0, false, kShiftImm, 1, op, d);
  byte(imm);
}
void Assembler::shiftImm64(Shift op, Reg d, uint8_t imm) {
  opRR(0, true, kShiftImm, 1, op, d);
  byte(imm);
}

static const uint8_t kGroup3[] = {0xF7};
void Assembler::not32(Reg d) { opRR(0, false, kGroup3, 1, 2, d); }
void Assembler::neg32(Reg d) { opRR(0, false, kGroup3, 1, 3, d); }
void Assembler::idiv32(Reg s) { opRR(0, false, kGroup3, 1, 7, s); }

static const uint8_t kTest[] = {0x85};
void Assembler::testRR32(Reg a, Reg b) { opRR(0, false, kTest, 1, b, a); }

void Assembler::setcc(CC cc, Reg d) {
  uint8_t op[] = {0x0F, static_cast<uint8_t>(0x90 | cc)};
  opRR(0, false, op, 2, 0, d, true);
}
static const uint8_t kMovzxB[] = {0x0F, 0xB6};
static const uint8_t kMovzxW[] = {0x0F, 0xB7};
void Assembler::load16(Reg d, const Mem& m) { opRM(0, false, kMovzxW, 2, d, m); }
void Assembler::movzxByte32(Reg d, Reg s) { opRR(0, false, kMovzxB, 2, d, s, true); }
static const uint8_t kAnd8[] = {0x20};
static const uint8_t kOr8[] = {0x08};
void Assembler::andRR8(Reg d, Reg s) { opRR(0, false, kAnd8, 1, s, d, true); }
void Assembler::orRR8(Reg d, Reg s) { opRR(0, false, kOr8, 1, s, d, true); }

// ---- Control flow -------------------------------------------------------------------------
void Assembler::jcc(CC cc, Label target) {
  byte(0x0F);
  byte(static_cast<uint8_t>(0x80 | cc));
  fixups_.push_back(Fixup{target.id, static_cast<int32_t>(code_.size())});
  imm32(0);
}
void Assembler::jmp(Label target) {
  byte(0xE9);
  fixups_.push_back(Fixup{target.id, static_cast<int32_t>(code_.size())});
  imm32(0);
}
static const uint8_t kGroup5[] = {0xFF};
void Assembler::call(Reg target) { opRR(0, false, kGroup5, 1, 2, target); }
void Assembler::ret() { byte(0xC3); }
void Assembler::push(Reg r) {
  rex(false, 0, 0, r);
  byte(static_cast<uint8_t>(0x50 | (r & 7)));
}
void Assembler::pop(Reg r) {
  rex(false, 0, 0, r);
  byte(static_cast<uint8_t>(0x58 | (r & 7)));
}

// ---- SSE ----------------------------------------------------------------------------------
static const uint8_t kMovaps[] = {0x0F, 0x28};
void Assembler::movaps(Xmm d, Xmm s) { opRR(0, false, kMovaps, 2, d, s); }
static const uint8_t kMovsdLoad[] = {0x0F, 0x10};
static const uint8_t kMovsdStore[] = {0x0F, 0x11};
void Assembler::movsdLoad(Xmm d, const Mem& m) { opRM(0xF2, false, kMovsdLoad, 2, d, m); }
void Assembler::movsdStore(const Mem& m, Xmm s) { opRM(0xF2, false, kMovsdStore, 2, s, m); }
static const uint8_t kMovqToX[] = {0x0F, 0x6E};
static const uint8_t kMovqFromX[] = {0x0F, 0x7E};
void Assembler::movqXR(Xmm d, Reg s) { opRR(0x66, true, kMovqToX, 2, d, s); }
void Assembler::movqRX(Reg d, Xmm s) { opRR(0x66, true, kMovqFromX, 2, s, d); }
void Assembler::sse(SseOp op, Xmm d, Xmm s) {
  uint8_t bytes[] = {0x0F, op};
  opRR(0xF2, false, bytes, 2, d, s);
}
static const uint8_t kXorp[] = {0x0F, 0x57};
static const uint8_t kAndp[] = {0x0F, 0x54};
void Assembler::xorps(Xmm d, Xmm s) { opRR(0, false, kXorp, 2, d, s); }
void Assembler::xorpd(Xmm d, Xmm s) { opRR(0x66, false, kXorp, 2, d, s); }
void Assembler::andpd(Xmm d, Xmm s) { opRR(0x66, false, kAndp, 2, d, s); }
static const uint8_t kUcomisd[] = {0x0F, 0x2E};
void Assembler::ucomisd(Xmm a, Xmm b) { opRR(0x66, false, kUcomisd, 2, a, b); }
static const uint8_t kRoundsd[] = {0x0F, 0x3A, 0x0B};
void Assembler::roundsd(Xmm d, Xmm s, uint8_t mode) {
  opRR(0x66, false, kRoundsd, 3, d, s);
  byte(mode);
}
static const uint8_t kCvtsi2sd[] = {0x0F, 0x2A};
static const uint8_t kCvttsd2si[] = {0x0F, 0x2C};
void Assembler::cvtsi2sd32(Xmm d, Reg s) { opRR(0xF2, false, kCvtsi2sd, 2, d, s); }
void Assembler::cvttsd2si32(Reg d, Xmm s) { opRR(0xF2, false, kCvttsd2si, 2, d, s); }
static const uint8_t kMovmskpd[] = {0x0F, 0x50};
void Assembler::movmskpd(Reg d, Xmm s) { opRR(0x66, false, kMovmskpd, 2, d, s); }

}  // namespace kiln::x64
