// Raw AArch64 instruction encoders (fixed 32-bit words), one method per instruction form kiln
// emits, plus labels for the PC-relative branches (imm26, imm19, imm14) with forward-reference
// patching and range checks. Knows nothing about the instruction stream; lower_stream.cc maps
// stream ops onto these methods and owns the policy for immediates and far branches.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kiln::arm64 {

// General registers x0..x30 as encoded. Register number 31 is the zero register (xzr/wzr) in
// most forms and the stack pointer in add/sub-immediate and load/store base forms: the
// methods below document which.
enum Reg : uint8_t {
  X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15,
  X16, X17, X18, X19, X20, X21, X22, X23, X24, X25, X26, X27, X28, X29, X30, X31,
};
constexpr Reg XZR = X31;
constexpr Reg SP = X31;
using FReg = uint8_t;  // d0..d31

// Condition codes (the cond field of b.cond / csinc).
enum CC : uint8_t {
  kEQ = 0, kNE = 1, kHS = 2, kLO = 3, kMI = 4, kPL = 5, kVS = 6, kVC = 7,
  kHI = 8, kLS = 9, kGE = 10, kLT = 11, kGT = 12, kLE = 13, kAL = 14,
};
inline CC invert(CC cc) { return static_cast<CC>(cc ^ 1); }

// Width of an integer operation: W (32-bit, writes zero-extend) or X (64-bit).
enum Width : uint8_t { kW = 0, kX = 1 };

// Register-form data processing opcodes (bits 31..21 with sf = 0; sf is or'ed in).
enum AluOp : uint32_t {
  kAdd = 0x0B000000, kAdds = 0x2B000000, kSub = 0x4B000000, kSubs = 0x6B000000,
  kAnd = 0x0A000000, kOrr = 0x2A000000, kEor = 0x4A000000, kOrn = 0x2A200000,
};
// Immediate forms: add/sub (uimm12, optionally lsl 12) and logical (bitmask immediate).
enum ArithImmOp : uint32_t { kAddImm = 0x11000000, kAddsImm = 0x31000000, kSubImm = 0x51000000, kSubsImm = 0x71000000 };
enum LogicImmOp : uint32_t { kAndImm = 0x12000000, kOrrImm = 0x32000000, kEorImm = 0x52000000 };
// Variable shifts and division (data processing, 2 sources).
enum Dp2Op : uint32_t { kLslv = 0x1AC02000, kLsrv = 0x1AC02400, kAsrv = 0x1AC02800, kSdiv = 0x1AC00C00 };
// Scalar double ops: 2 sources (fadd ...) and 1 source (fsqrt ...).
enum FpOp2 : uint32_t { kFmul = 0x1E600800, kFdiv = 0x1E601800, kFadd = 0x1E602800, kFsub = 0x1E603800 };
enum FpOp1 : uint32_t {
  kFmov = 0x1E604000, kFabs = 0x1E60C000, kFneg = 0x1E614000, kFsqrt = 0x1E61C000,
  kFrintp = 0x1E64C000, kFrintm = 0x1E654000, kFrintz = 0x1E65C000,
};
// Load/store access size and kind: the size/opc bits shared by the unsigned-offset,
// unscaled (ldur/stur) and register-offset forms.
enum MemOp : uint32_t {
  kLdrX = 0xF9400000, kStrX = 0xF9000000, kLdrW = 0xB9400000, kStrW = 0xB9000000,
  kLdrD = 0xFD400000, kStrD = 0xFD000000, kLdrH = 0x79400000, kStrH = 0x79000000,
};

// Which range checks a displacement passes for an access of `size` bytes.
inline bool fitsScaledOffset(int64_t disp, int size) { return disp >= 0 && disp % size == 0 && disp / size < 4096; }
inline bool fitsUnscaledOffset(int64_t disp) { return disp >= -256 && disp <= 255; }
// uimm12, or uimm12 << 12.
inline bool fitsArithImm(int64_t imm) { return (imm >= 0 && imm < 4096) || (imm >= 0 && (imm & 0xfff) == 0 && (imm >> 12) < 4096); }
// Encodes `value` (width 32 or 64) as a logical bitmask immediate N:immr:imms (13 bits);
// returns false when it has no such encoding (0 and all-ones never do).
bool encodeLogicalImm(uint64_t value, int width, uint32_t* bits13);

class Assembler {
 public:
  struct Label {
    int32_t id;
  };

  const std::vector<uint8_t>& code() const { return code_; }
  size_t offset() const { return code_.size(); }

  Label newLabel();
  void bind(Label label);
  bool isBound(Label label) const { return labelOffsets_[label.id] >= 0; }
  int32_t labelOffset(Label label) const { return labelOffsets_[label.id]; }
  // Patches every branch. Returns false when a referenced label was never bound;
  // *outOfRange is set when a branch's target does not fit its immediate field.
  bool resolveLabels(bool* outOfRange);

  // Data processing, register forms: d = n op m (register 31 = zr).
  void alu(AluOp op, Width w, Reg d, Reg n, Reg m);
  void mov(Width w, Reg d, Reg s) { alu(kOrr, w, d, XZR, s); }  // not for sp
  void mvn(Width w, Reg d, Reg s) { alu(kOrn, w, d, XZR, s); }
  void cmp(Width w, Reg n, Reg m) { alu(kSubs, w, XZR, n, m); }
  // add/sub with an extended register: d = n op sxtw/uxtw(m) (register 31 = sp for d and n).
  void addUxtw(Reg d, Reg n, Reg m);
  void cmpSxtw(Reg n, Reg m);  // cmp xn, wm, sxtw
  // Immediate forms. imm must satisfy fitsArithImm; register 31 = sp for d (non-flag-setting)
  // and n, zr for d of the flag-setting ones.
  void arithImm(ArithImmOp op, Width w, Reg d, Reg n, uint32_t imm);
  void movSp(Reg d, Reg s) { arithImm(kAddImm, kX, d, s, 0); }  // mov to/from sp
  void logicImm(LogicImmOp op, Width w, Reg d, Reg n, uint32_t bits13);
  void dp2(Dp2Op op, Width w, Reg d, Reg n, Reg m);
  void madd(Width w, Reg d, Reg n, Reg m, Reg a);  // d = a + n * m; mul = madd with a = zr
  void msub(Width w, Reg d, Reg n, Reg m, Reg a);  // d = a - n * m
  void smull(Reg d, Reg n, Reg m);  // xd = sext(wn) * sext(wm)
  // Bitfield moves: the shifts by immediate are aliases of these.
  void ubfm(Width w, Reg d, Reg n, uint32_t immr, uint32_t imms);
  void sbfm(Width w, Reg d, Reg n, uint32_t immr, uint32_t imms);
  void lslImm(Width w, Reg d, Reg n, uint32_t shift);
  void lsrImm(Width w, Reg d, Reg n, uint32_t shift);
  void asrImm(Width w, Reg d, Reg n, uint32_t shift);
  void cset(Width w, Reg d, CC cc);
  // Move wide: hw = halfword index (0..3 for X, 0..1 for W).
  void movz(Width w, Reg d, uint16_t imm, int hw);
  void movn(Width w, Reg d, uint16_t imm, int hw);
  void movk(Width w, Reg d, uint16_t imm, int hw);
  // Shortest movz/movn + movk sequence for a constant (1..4 instructions; no literal pool).
  void movImm64(Reg d, uint64_t imm);
  void movImm32(Reg d, uint32_t imm);  // W form: writes zero-extend

  // Loads and stores; base register 31 = sp. rt is a general or float register number.
  void memScaled(MemOp op, int rt, Reg base, int64_t disp);  // fitsScaledOffset(disp, size)
  void memUnscaled(MemOp op, int rt, Reg base, int64_t disp);  // fitsUnscaledOffset(disp)
  void memRegister(MemOp op, int rt, Reg base, Reg index);  // [base, index]
  // Pairs of X (or D when fp) registers; disp is a multiple of 8 in -512..504.
  void stp(bool fp, int t1, int t2, Reg base, int32_t disp);
  void ldp(bool fp, int t1, int t2, Reg base, int32_t disp);
  void stpPreIndex(Reg t1, Reg t2, Reg base, int32_t disp);  // stp t1, t2, [base, #disp]!
  void ldpPostIndex(Reg t1, Reg t2, Reg base, int32_t disp);  // ldp t1, t2, [base], #disp

  // Scalar double precision.
  void fp2(FpOp2 op, FReg d, FReg n, FReg m);
  void fp1(FpOp1 op, FReg d, FReg n);
  void fcmp(FReg n, FReg m);
  void fmovToFp(FReg d, Reg s);  // fmov dd, xs (31 = xzr)
  void fmovFromFp(Reg d, FReg s);  // fmov xd, ds
  void scvtfW(FReg d, Reg s);  // dd = (double) ws
  void fcvtzsW(Reg d, FReg s);  // wd = (int32) ds, toward zero, saturating

  // Control flow. Label branches record fixups; their range is checked by resolveLabels.
  void b(Label target);
  void bcond(CC cc, Label target);
  void cbnz(Width w, Reg t, Label target);
  void cbz(Width w, Reg t, Label target);
  void tbnz(Reg t, int bit, Label target);
  void tbz(Reg t, int bit, Label target);
  void bcondSkip(CC cc, int instructions);  // b.cond over the next `instructions` instructions
  void cbzSkip(Width w, Reg t, int instructions);
  void cbnzSkip(Width w, Reg t, int instructions);
  void tbzSkip(Reg t, int bit, int instructions);
  void tbnzSkip(Reg t, int bit, int instructions);
  void blr(Reg target);
  void ret();

 private:
  enum class BranchKind : uint8_t { Imm26, Imm19, Imm14 };
  void emit(uint32_t word);
  void branchTo(uint32_t word, BranchKind kind, Label target);
  void mem(uint32_t word, int rt, Reg base);

  std::vector<uint8_t> code_;
  std::vector<int32_t> labelOffsets_;  // -1 while unbound
  struct Fixup {
    int32_t label;
    int32_t at;  // offset of the branch instruction
    BranchKind kind;
  };
  std::vector<Fixup> fixups_;
};

}  // namespace kiln::arm64
