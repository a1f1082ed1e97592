// AArch64 encoders (see assembler.h). Every instruction is one little-endian 32-bit word:
// a fixed opcode pattern or'ed with register fields (Rd/Rt bits 0-4, Rn 5-9, Rm 16-20,
// Ra/Rt2 10-14) and immediates; sf (bit 31) selects X over W. Branch offsets count words.
#include "assembler.h"

namespace kiln::arm64 {

namespace {
uint32_t rd(int r) { return static_cast<uint32_t>(r & 31); }
uint32_t rn(int r) { return static_cast<uint32_t>(r & 31) << 5; }
uint32_t rm(int r) { return static_cast<uint32_t>(r & 31) << 16; }
uint32_t ra(int r) { return static_cast<uint32_t>(r & 31) << 10; }
uint32_t sf(Width w) { return w == kX ? 0x80000000u : 0; }
}  // namespace

// ---- Bitmask immediates -------------------------------------------------------------------
// A logical immediate is a rotated run of ones replicated over elements of 2..64 bits:
// find the smallest element size whose replication gives `value`, then the run and rotation.
bool encodeLogicalImm(uint64_t value, int width, uint32_t* bits13) {
  if (width == 32) value = (value & 0xffffffffull) | (value << 32);
  if (value == 0 || value == ~0ull) return false;
  int size = 64;
  while (size > 2) {
    int half = size / 2;
    uint64_t mask = (1ull << half) - 1;
    if ((value & mask) != ((value >> half) & mask)) break;
    size = half;
  }
  uint64_t mask = size == 64 ? ~0ull : (1ull << size) - 1;
  uint64_t element = value & mask;
  // Rotate the element right until it is a run of ones starting at bit 0: ones(n) ror r.
  int rotation = -1;
  for (int r = 0; r < size; r++) {
    uint64_t rotated = r == 0 ? element : (((element >> r) | (element << (size - r))) & mask);
    if (rotated != 0 && (rotated & (rotated + 1)) == 0) {  // 0..01..1
      rotation = r;
      element = rotated;
      break;
    }
  }
  if (rotation < 0) return false;
  int ones = __builtin_popcountll(element);
  if (ones == size) return false;
  uint32_t immr = static_cast<uint32_t>((size - rotation) % size);
  uint32_t imms = static_cast<uint32_t>((~(size - 1) << 1) & 0x3f) | static_cast<uint32_t>(ones - 1);
  uint32_t n = size == 64 ? 1 : 0;
  *bits13 = (n << 12) | (immr << 6) | (imms & 0x3f);
  return true;
}

// ---- Labels -----------------------------------------------------------------------------
Assembler::Label Assembler::newLabel() {
  labelOffsets_.push_back(-1);
  return Label{static_cast<int32_t>(labelOffsets_.size() - 1)};
}

void Assembler::bind(Label label) { labelOffsets_[label.id] = static_cast<int32_t>(code_.size()); }

bool Assembler::resolveLabels(bool* outOfRange) {
  *outOfRange = false;
  for (const Fixup& f : fixups_) {
    int32_t target = labelOffsets_[f.label];
    if (target < 0) return false;
    int64_t words = (static_cast<int64_t>(target) - f.at) / 4;
    uint32_t word = static_cast<uint32_t>(code_[f.at]) | static_cast<uint32_t>(code_[f.at + 1]) << 8 |
                    static_cast<uint32_t>(code_[f.at + 2]) << 16 | static_cast<uint32_t>(code_[f.at + 3]) << 24;
    int bits = f.kind == BranchKind::Imm26 ? 26 : f.kind == BranchKind::Imm19 ? 19 : 14;
    if (words < -(1ll << (bits - 1)) || words >= (1ll << (bits - 1))) {
      *outOfRange = true;
      continue;
    }
    uint32_t field = static_cast<uint32_t>(words) & ((1u << bits) - 1);
    if (f.kind == BranchKind::Imm26) word |= field;
    else word |= field << 5;
    for (int i = 0; i < 4; i++) code_[f.at + i] = static_cast<uint8_t>(word >> (8 * i));
  }
  if (!*outOfRange) fixups_.clear();
  return true;
}

void Assembler::emit(uint32_t word) {
  for (int i = 0; i < 4; i++) code_.push_back(static_cast<uint8_t>(word >> (8 * i)));
}

void Assembler::branchTo(uint32_t word, BranchKind kind, Label target) {
  fixups_.push_back(Fixup{target.id, static_cast<int32_t>(code_.size()), kind});
  emit(word);
}

// ---- Data processing ----------------------------------------------------------------------
void Assembler::alu(AluOp op, Width w, Reg d, Reg n, Reg m) { emit(op | sf(w) | rm(m) | rn(n) | rd(d)); }
void Assembler::addUxtw(Reg d, Reg n, Reg m) { emit(0x8B204000u | rm(m) | rn(n) | rd(d)); }
void Assembler::cmpSxtw(Reg n, Reg m) { emit(0xEB20C000u | rm(m) | rn(n) | rd(XZR)); }

void Assembler::arithImm(ArithImmOp op, Width w, Reg d, Reg n, uint32_t imm) {
  uint32_t shifted = imm >= 4096 ? (1u << 22) | ((imm >> 12) << 10) : (imm << 10);
  emit(op | sf(w) | shifted | rn(n) | rd(d));
}

void Assembler::logicImm(LogicImmOp op, Width w, Reg d, Reg n, uint32_t bits13) {
  emit(op | sf(w) | (bits13 << 10) | rn(n) | rd(d));
}

void Assembler::dp2(Dp2Op op, Width w, Reg d, Reg n, Reg m) { emit(op | sf(w) | rm(m) | rn(n) | rd(d)); }
void Assembler::madd(Width w, Reg d, Reg n, Reg m, Reg a) { emit(0x1B000000u | sf(w) | rm(m) | ra(a) | rn(n) | rd(d)); }
void Assembler::msub(Width w, Reg d, Reg n, Reg m, Reg a) { emit(0x1B008000u | sf(w) | rm(m) | ra(a) | rn(n) | rd(d)); }
void Assembler::smull(Reg d, Reg n, Reg m) { emit(0x9B200000u | rm(m) | ra(XZR) | rn(n) | rd(d)); }

void Assembler::ubfm(Width w, Reg d, Reg n, uint32_t immr, uint32_t imms) {
  uint32_t nbit = w == kX ? (1u << 22) : 0;
  emit(0x53000000u | sf(w) | nbit | (immr << 16) | (imms << 10) | rn(n) | rd(d));
}
void Assembler::sbfm(Width w, Reg d, Reg n, uint32_t immr, uint32_t imms) {
  uint32_t nbit = w == kX ? (1u << 22) : 0;
  emit(0x13000000u | sf(w) | nbit | (immr << 16) | (imms << 10) | rn(n) | rd(d));
}
void Assembler::lslImm(Width w, Reg d, Reg n, uint32_t shift) {
  uint32_t bits = w == kX ? 64 : 32;
  ubfm(w, d, n, (bits - shift) % bits, bits - 1 - shift);
}
void Assembler::lsrImm(Width w, Reg d, Reg n, uint32_t shift) { ubfm(w, d, n, shift, w == kX ? 63 : 31); }
void Assembler::asrImm(Width w, Reg d, Reg n, uint32_t shift) { sbfm(w, d, n, shift, w == kX ? 63 : 31); }

// cset d, cc = csinc d, zr, zr, !cc
void Assembler::cset(Width w, Reg d, CC cc) {
  emit(0x1A800400u | sf(w) | rm(XZR) | (static_cast<uint32_t>(invert(cc)) << 12) | rn(XZR) | rd(d));
}

void Assembler::movz(Width w, Reg d, uint16_t imm, int hw) { emit(0x52800000u | sf(w) | (static_cast<uint32_t>(hw) << 21) | (static_cast<uint32_t>(imm) << 5) | rd(d)); }
void Assembler::movn(Width w, Reg d, uint16_t imm, int hw) { emit(0x12800000u | sf(w) | (static_cast<uint32_t>(hw) << 21) | (static_cast<uint32_t>(imm) << 5) | rd(d)); }
void Assembler::movk(Width w, Reg d, uint16_t imm, int hw) { emit(0x72800000u | sf(w) | (static_cast<uint32_t>(hw) << 21) | (static_cast<uint32_t>(imm) << 5) | rd(d)); }

// movz starts from zeros, movn from ones: pick whichever leaves fewer halfwords to movk.
void Assembler::movImm64(Reg d, uint64_t imm) {
  int zeros = 0, ones = 0;
  for (int hw = 0; hw < 4; hw++) {
    uint16_t h = static_cast<uint16_t>(imm >> (16 * hw));
    zeros += h == 0;
    ones += h == 0xffff;
  }
  bool inverted = ones > zeros;
  uint16_t fill = inverted ? 0xffff : 0;
  bool first = true;
  for (int hw = 0; hw < 4; hw++) {
    uint16_t h = static_cast<uint16_t>(imm >> (16 * hw));
    if (h == fill) continue;
    if (first) {
      if (inverted) movn(kX, d, static_cast<uint16_t>(~h), hw);
      else movz(kX, d, h, hw);
      first = false;
    } else {
      movk(kX, d, h, hw);
    }
  }
  if (first) {  // every halfword equals the fill: 0 or all ones
    if (inverted) movn(kX, d, 0, 0);
    else movz(kX, d, 0, 0);
  }
}

void Assembler::movImm32(Reg d, uint32_t imm) {
  uint16_t lo = static_cast<uint16_t>(imm), hi = static_cast<uint16_t>(imm >> 16);
  if (hi == 0xffff) {
    movn(kW, d, static_cast<uint16_t>(~lo), 0);
  } else if (lo == 0xffff) {
    movn(kW, d, static_cast<uint16_t>(~hi), 1);
  } else if (lo == 0 && hi != 0) {
    movz(kW, d, hi, 1);
  } else {
    movz(kW, d, lo, 0);
    if (hi != 0) movk(kW, d, hi, 1);
  }
}

// ---- Loads and stores ------------------------------------------------------------------------
// The three addressing forms share size/opc; they differ in bits 24 (unsigned offset) and
// 21/11-10 (register offset vs unscaled immediate).
namespace {
int accessSize(MemOp op) { return 1 << (op >> 30); }  // size field: 1 = H, 2 = W, 3 = X or D
}  // namespace

void Assembler::mem(uint32_t word, int rt, Reg base) { emit(word | rn(base) | rd(rt)); }

void Assembler::memScaled(MemOp op, int rt, Reg base, int64_t disp) {
  uint32_t imm12 = static_cast<uint32_t>(disp / accessSize(op));
  mem(op | (imm12 << 10), rt, base);
}
void Assembler::memUnscaled(MemOp op, int rt, Reg base, int64_t disp) {
  uint32_t word = (op & ~0x01000000u);  // clear the unsigned-offset bit: ldur/stur
  mem(word | ((static_cast<uint32_t>(disp) & 0x1ff) << 12), rt, base);
}
void Assembler::memRegister(MemOp op, int rt, Reg base, Reg index) {
  uint32_t word = (op & ~0x01000000u) | 0x00200800u | (3u << 13);  // option = LSL/UXTX, S = 0
  mem(word | rm(index), rt, base);
}

void Assembler::stp(bool fp, int t1, int t2, Reg base, int32_t disp) {
  uint32_t op = fp ? 0x6D000000u : 0xA9000000u;
  emit(op | ((static_cast<uint32_t>(disp / 8) & 0x7f) << 15) | ra(t2) | rn(base) | rd(t1));
}
void Assembler::ldp(bool fp, int t1, int t2, Reg base, int32_t disp) {
  uint32_t op = fp ? 0x6D400000u : 0xA9400000u;
  emit(op | ((static_cast<uint32_t>(disp / 8) & 0x7f) << 15) | ra(t2) | rn(base) | rd(t1));
}
void Assembler::stpPreIndex(Reg t1, Reg t2, Reg base, int32_t disp) {
  emit(0xA9800000u | ((static_cast<uint32_t>(disp / 8) & 0x7f) << 15) | ra(t2) | rn(base) | rd(t1));
}
void Assembler::ldpPostIndex(Reg t1, Reg t2, Reg base, int32_t disp) {
  emit(0xA8C00000u | ((static_cast<uint32_t>(disp / 8) & 0x7f) << 15) | ra(t2) | rn(base) | rd(t1));
}

// ---- Floating point --------------------------------------------------------------------------
void Assembler::fp2(FpOp2 op, FReg d, FReg n, FReg m) { emit(op | rm(m) | rn(n) | rd(d)); }
void Assembler::fp1(FpOp1 op, FReg d, FReg n) { emit(op | rn(n) | rd(d)); }
void Assembler::fcmp(FReg n, FReg m) { emit(0x1E602000u | rm(m) | rn(n)); }
void Assembler::fmovToFp(FReg d, Reg s) { emit(0x9E670000u | rn(s) | rd(d)); }
void Assembler::fmovFromFp(Reg d, FReg s) { emit(0x9E660000u | rn(s) | rd(d)); }
void Assembler::scvtfW(FReg d, Reg s) { emit(0x1E620000u | rn(s) | rd(d)); }
void Assembler::fcvtzsW(Reg d, FReg s) { emit(0x1E780000u | rn(s) | rd(d)); }

// ---- Control flow ------------------------------------------------------------------------------
void Assembler::b(Label target) { branchTo(0x14000000u, BranchKind::Imm26, target); }
void Assembler::bcond(CC cc, Label target) { branchTo(0x54000000u | cc, BranchKind::Imm19, target); }
void Assembler::cbz(Width w, Reg t, Label target) { branchTo(0x34000000u | sf(w) | rd(t), BranchKind::Imm19, target); }
void Assembler::cbnz(Width w, Reg t, Label target) { branchTo(0x35000000u | sf(w) | rd(t), BranchKind::Imm19, target); }

namespace {
uint32_t testBit(int bit) { return (static_cast<uint32_t>(bit >> 5) << 31) | (static_cast<uint32_t>(bit & 31) << 19); }
}  // namespace
void Assembler::tbz(Reg t, int bit, Label target) { branchTo(0x36000000u | testBit(bit) | rd(t), BranchKind::Imm14, target); }
void Assembler::tbnz(Reg t, int bit, Label target) { branchTo(0x37000000u | testBit(bit) | rd(t), BranchKind::Imm14, target); }

// The *Skip forms jump forward over the next `instructions` words: offset = 1 + instructions.
void Assembler::bcondSkip(CC cc, int instructions) { emit(0x54000000u | (static_cast<uint32_t>(1 + instructions) << 5) | cc); }
void Assembler::cbzSkip(Width w, Reg t, int instructions) { emit(0x34000000u | sf(w) | (static_cast<uint32_t>(1 + instructions) << 5) | rd(t)); }
void Assembler::cbnzSkip(Width w, Reg t, int instructions) { emit(0x35000000u | sf(w) | (static_cast<uint32_t>(1 + instructions) << 5) | rd(t)); }
void Assembler::tbzSkip(Reg t, int bit, int instructions) { emit(0x36000000u | testBit(bit) | (static_cast<uint32_t>(1 + instructions) << 5) | rd(t)); }
void Assembler::tbnzSkip(Reg t, int bit, int instructions) { emit(0x37000000u | testBit(bit) | (static_cast<uint32_t>(1 + instructions) << 5) | rd(t)); }

void Assembler::blr(Reg target) { emit(0xD63F0000u | rn(target)); }
void Assembler::ret() { emit(0xD65F03C0u); }

}  // namespace kiln::arm64
