// V8's own double functions (v8::base::ieee754::sin, cos, exp, pow, ...), which node's Math
// builtins run. The node binary exports them, so compiled code can call them directly (the
// stream's CallF64) and a compiled Math.sin(x) is node's bit for bit, with no crossing into
// TypeScript. Resolved once, by their mangled names, in the running process.
#pragma once
#include <cstdint>

#include "../generated/masm_ops.h"

namespace kiln::math_functions {

// The address of kMathFunctions[i] in the running process, 0 when the node binary does not
// export it (the JIT then keeps the runtime call for it).
uint64_t address(int index);

}  // namespace kiln::math_functions
