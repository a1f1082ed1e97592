// C entry points that machine code calls to re-enter TypeScript (runtime calls, the
// interpreter, the deoptimizer), and the per-thread state they need (the napi_env of the
// innermost `enter`, the callbacks object). A callback that throws a language exception parks
// it on the TypeScript side and returns the exception word (Tag.Exception << 32); one that
// fails otherwise returns the word with the JS exception pending.
#pragma once
#include <node_api.h>

#include <cstdint>

#include "../generated/layout.h"

extern "C" {
uint64_t kiln_runtime_bridge(uint32_t id, uint32_t fpOffset) noexcept;
uint64_t kiln_interpret_bridge(uint32_t fpOffset) noexcept;
uint64_t kiln_deopt_bridge(uint32_t fpOffset) noexcept;
}

namespace kiln::bridges {

constexpr uint64_t kExceptionWord = static_cast<uint64_t>(layout::Tag::Exception) << 32;

enum class Callback { Interpret = 0, Runtime = 1, Deopt = 2 };

// Calls callbacks.<which>(...args) with the innermost env; returns Globals.returnValue
// afterwards, or kExceptionWord with a JS exception pending.
uint64_t invokeCallback(Callback which, uint32_t argc, const uint32_t* args) noexcept;

// Stores persistent references to callbacks.interpret/runtime/deopt (replacing earlier ones).
napi_status setCallbacks(napi_env env, napi_value callbacks);

// Scoped: makes `env` the one the bridges call through while machine code runs.
class EnvScope {
 public:
  explicit EnvScope(napi_env env);
  ~EnvScope();

 private:
  napi_env previous_;
};

}  // namespace kiln::bridges
