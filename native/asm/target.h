// The one Target record shared native code sees (QBE's `struct Target`): each architecture
// folder (asm/x64/, asm/arm64/, the same file names in each) fills one in its target.cc, and
// the host's is selected once, here, at compile time. addon.cc and entry/ reach registers,
// the stream lowering and the stub builders only through it, so the arch choice is made once.
// Both records are built on every host: they are pure byte emitters, and assembleFor lets
// the tests check either architecture's encodings; only the host's code is ever run.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "stream.h"

namespace kiln {

// Machine code for one instruction stream, before it is installed.
struct LoweredCode {
  std::vector<uint8_t> bytes;
  std::vector<int32_t> pcMap;  // pairs (code offset, bytecode offset)
};

// How conditional branches to stream labels are emitted where a target has a short and a
// long form (arm64: b.cond/cbz/tbz reach +-1 MB/+-32 KB, an inverted condition over b reaches
// +-128 MB). Auto lowers near and, only if some branch is out of range, again far; the tests
// force either form. x64 has one form (rel32, always in range) and ignores it.
enum class BranchRange { Auto, Near, Far };

// Addresses of the C functions machine code calls (entry/bridges.cc defines them). Passed
// down into the lowering and the stubs, so that asm/ never names the folders above it.
struct BridgeAddresses {
  uint64_t runtime;  // kiln_runtime_bridge(siteId, fpOffset): CallRuntime
  uint64_t interpret;  // kiln_interpret_bridge(fpOffset): the interpreter-entry stub
  uint64_t deopt;  // kiln_deopt_bridge(fpOffset): DeoptStub
  uint64_t math[masm::kMathFunctionCount];  // CallF64 i: V8's double functions (entry/math_functions.h), 0 if absent
};

// The C signature of the entry trampoline every target builds: saves the callee-saved
// registers of the host ABI, pins the heap-base and VM-frame registers, calls `entry`, and
// returns its result word.
using EntryTrampoline = uint64_t (*)(uint64_t heapBase, uint64_t frameAddress, uint64_t entry);

struct Target {
  const char* name;  // "x64" | "arm64", as NativeAddon.arch
  const char* abi;  // the C calling convention the stubs and calls follow
  // Allocatable registers of the stream (abstract indices 0..n-1): what decodeStream accepts
  // and the register allocator may use (NativeAddon.gprCount/fprCount).
  masm::TargetLimits registers;
  // The stream lowering: a decoded stream (decoded with `registers`) -> machine code.
  // Throws masm::StreamError if it cannot be encoded.
  LoweredCode (*lowerStream)(const masm::DecodedStream& stream, const BridgeAddresses& bridges, BranchRange range);
  // Stubs, built once by entry/ and installed as executable code. Empty bytes on failure.
  std::vector<uint8_t> (*buildEntryTrampoline)();  // has the EntryTrampoline signature
  std::vector<uint8_t> (*buildInterpreterEntry)(const BridgeAddresses& bridges);  // entry of every uncompiled function
};

namespace x64 {
extern const Target target;
}
namespace arm64 {
extern const Target target;
}

// The target this addon runs machine code for, chosen at compile time.
inline const Target& hostTarget() {
#if defined(__aarch64__)
  return arm64::target;
#elif defined(__x86_64__)
  return x64::target;
#else
#error "kiln's JIT supports x86-64 and AArch64 hosts"
#endif
}

// The target called `name` ("x64" or "arm64"), or nullptr.
inline const Target* findTarget(const std::string& name) {
  for (const Target* target : {&x64::target, &arm64::target}) {
    if (name == target->name) return target;
  }
  return nullptr;
}

}  // namespace kiln
