// Resolves kMathFunctions (generated from src/jit/masm.ts) in the node binary: a function
// `double v8::base::ieee754::<name>(double[, double])` is mangled as
// _ZN2v84base7ieee754<len><name>E followed by one `d` per double parameter.
#include "math_functions.h"

#include <dlfcn.h>

#include <string>

namespace kiln::math_functions {
namespace {

struct Table {
  uint64_t addresses[masm::kMathFunctionCount] = {};
  Table() {
    for (int i = 0; i < masm::kMathFunctionCount; i++) {
      const masm::MathFunctionInfo& f = masm::kMathFunctions[i];
      std::string name = std::string(f.name);
      std::string symbol = "_ZN2v84base7ieee754" + std::to_string(name.size()) + name + "E" + std::string(f.arity, 'd');
      addresses[i] = reinterpret_cast<uint64_t>(dlsym(RTLD_DEFAULT, symbol.c_str()));
    }
  }
};

}  // namespace

uint64_t address(int index) {
  static const Table table;
  if (index < 0 || index >= masm::kMathFunctionCount) return 0;
  return table.addresses[index];
}

}  // namespace kiln::math_functions
