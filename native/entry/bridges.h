// C entry points that machine code calls to re-enter TypeScript (runtime calls, the
// interpreter, the deoptimizer: one mechanism, one callback table), and the per-thread state
// they need (the napi_env of the innermost `enter`, the callbacks object). A callback that
// throws a language exception parks it on the TypeScript side and returns the exception word
// (Tag.Exception << 32); one that fails otherwise returns the word with the JS exception pending.
#pragma once
#include <node_api.h>

#include <cstdint>

#include "../asm/target.h"
#include "../generated/layout.h"

extern "C" {
// CallRuntime: runtime call site `id` (registered by the compiler) in the frame at fpOffset.
uint64_t kiln_runtime_bridge(uint32_t id, uint32_t fpOffset) noexcept;
// The interpreter-entry stub: run the activation whose frame starts at fpOffset.
uint64_t kiln_interpret_bridge(uint32_t fpOffset) noexcept;
// DeoptStub: the deopt exit saved every allocatable register to Globals.deopt*Save; hands
// the frame to the TypeScript deoptimizer (callbacks.deopt), which finishes the activation.
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

// The three bridges' addresses, for the Target's lowering and stubs.
const BridgeAddresses& bridgeAddresses();

// Scoped: makes `env` the one the bridges call through while machine code runs.
class EnvScope {
 public:
  explicit EnvScope(napi_env env);
  ~EnvScope();

 private:
  napi_env previous_;
};

}  // namespace kiln::bridges
