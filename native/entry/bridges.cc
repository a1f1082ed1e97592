// Bridges from machine code back into TypeScript (see bridges.h). Each opens a handle scope,
// calls one callback with the env of the innermost `enter`, and returns the word the callback
// left at Globals.returnValue — or the exception word with the JS exception still pending.
#include "bridges.h"

#include <string>

#include "../memory/heap_region.h"
#include "math_functions.h"

namespace kiln::bridges {
namespace {

enum CallbackIndex { kInterpret = 0, kRuntime = 1, kDeopt = 2, kCallbackCount = 3 };
const char* const kCallbackNames[kCallbackCount] = {"interpret", "runtime", "deopt"};

napi_ref callbacksObjectRef = nullptr;
napi_ref callbackRefs[kCallbackCount] = {nullptr, nullptr, nullptr};
thread_local napi_env currentEnv = nullptr;

}  // namespace

uint64_t invokeCallback(Callback callback, uint32_t argc, const uint32_t* args) noexcept {
  int which = static_cast<int>(callback);
  napi_env env = currentEnv;
  if (env == nullptr) return kExceptionWord;  // not inside enter(): nothing to call back into
  if (callbackRefs[which] == nullptr) {
    napi_throw_error(env, nullptr, "kiln: machine code called back before addon.setCallbacks()");
    return kExceptionWord;
  }
  napi_handle_scope scope;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return kExceptionWord;
  uint64_t result = kExceptionWord;
  napi_value fn, receiver, argv[2], ignored;
  bool ok = napi_get_reference_value(env, callbackRefs[which], &fn) == napi_ok &&
            napi_get_reference_value(env, callbacksObjectRef, &receiver) == napi_ok;
  for (uint32_t i = 0; ok && i < argc; i++) ok = napi_create_uint32(env, args[i], &argv[i]) == napi_ok;
  if (ok && napi_call_function(env, receiver, fn, argc, argv, &ignored) == napi_ok) {
    result = readHeapU64(layout::Globals::returnValue);
  } else {
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (!pending) napi_throw_error(env, nullptr, "kiln: native callback failed without an exception");
  }
  napi_close_handle_scope(env, scope);
  return result;
}

napi_status setCallbacks(napi_env env, napi_value callbacks) {
  napi_ref refs[kCallbackCount];
  for (int i = 0; i < kCallbackCount; i++) {
    napi_value fn;
    napi_valuetype type;
    napi_status status = napi_get_named_property(env, callbacks, kCallbackNames[i], &fn);
    if (status != napi_ok) return status;
    if (napi_typeof(env, fn, &type) != napi_ok || type != napi_function) {
      napi_throw_type_error(env, nullptr, (std::string("setCallbacks: callbacks.") + kCallbackNames[i] + " must be a function").c_str());
      return napi_function_expected;
    }
    status = napi_create_reference(env, fn, 1, &refs[i]);
    if (status != napi_ok) return status;
  }
  for (int i = 0; i < kCallbackCount; i++) {
    if (callbackRefs[i]) napi_delete_reference(env, callbackRefs[i]);
    callbackRefs[i] = refs[i];
  }
  if (callbacksObjectRef) napi_delete_reference(env, callbacksObjectRef);
  return napi_create_reference(env, callbacks, 1, &callbacksObjectRef);
}

const BridgeAddresses& bridgeAddresses() {
  static const BridgeAddresses addresses = [] {
    BridgeAddresses a{
        reinterpret_cast<uint64_t>(&kiln_runtime_bridge),
        reinterpret_cast<uint64_t>(&kiln_interpret_bridge),
        reinterpret_cast<uint64_t>(&kiln_deopt_bridge),
        {},
    };
    for (int i = 0; i < masm::kMathFunctionCount; i++) a.math[i] = math_functions::address(i);
    return a;
  }();
  return addresses;
}

EnvScope::EnvScope(napi_env env) : previous_(currentEnv) { currentEnv = env; }
EnvScope::~EnvScope() { currentEnv = previous_; }

}  // namespace kiln::bridges

extern "C" uint64_t kiln_runtime_bridge(uint32_t id, uint32_t fpOffset) noexcept {
  const uint32_t args[2] = {id, fpOffset};
  return kiln::bridges::invokeCallback(kiln::bridges::Callback::Runtime, 2, args);
}

extern "C" uint64_t kiln_interpret_bridge(uint32_t fpOffset) noexcept {
  return kiln::bridges::invokeCallback(kiln::bridges::Callback::Interpret, 1, &fpOffset);
}

extern "C" uint64_t kiln_deopt_bridge(uint32_t fpOffset) noexcept {
  return kiln::bridges::invokeCallback(kiln::bridges::Callback::Deopt, 1, &fpOffset);
}
