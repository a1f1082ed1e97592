// N-API entry points of the kiln addon, exactly the NativeAddon interface of
// src/native/addon.ts. Argument checking and JS <-> C++ conversion only: the work lives in
// memory/ (heap region, W^X code pages), asm/ (stream decoding; the Target record with the
// encoders) and entry/ (stubs, bridges). Architecture facts come only from the Target.
#include <napi.h>
#include <pthread.h>
#include <v8.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "asm/stream.h"
#include "asm/target.h"
#include "entry/bridges.h"
#include "entry/trampolines.h"
#include "generated/layout.h"
#include "memory/exec_memory.h"
#include "memory/heap_region.h"
#include "memory/mapped_file.h"

namespace kiln {
namespace {

namespace G = layout::Globals;
constexpr uint64_t kNativeStackMargin = 256 * 1024;

uint32_t regionOffsetArg(const Napi::CallbackInfo& info, size_t i, const char* what, uint32_t extent) {
  if (i >= info.Length() || !info[i].IsNumber()) {
    throw Napi::TypeError::New(info.Env(), std::string(what) + " must be a number");
  }
  double v = info[i].As<Napi::Number>().DoubleValue();
  if (!(v >= 0) || v != std::floor(v) || v + extent > layout::Region::reserveBytes) {
    throw Napi::RangeError::New(info.Env(), std::string(what) + " is outside the heap region");
  }
  return static_cast<uint32_t>(v);
}

masm::DecodedStream decodeArg(const Napi::CallbackInfo& info, size_t i, const Target& target) {
  if (info.Length() <= i || !info[i].IsTypedArray() ||
      info[i].As<Napi::TypedArray>().TypedArrayType() != napi_int32_array) {
    throw Napi::TypeError::New(info.Env(), "instruction stream must be an Int32Array");
  }
  Napi::Int32Array words = info[i].As<Napi::Int32Array>();
  try {
    return masm::decodeStream(words.Data(), words.ElementLength(), target.registers);
  } catch (const masm::StreamError& e) {
    throw Napi::Error::New(info.Env(), e.what());
  }
}

// Decodes info[i] and lowers it for `target` (the tests force a branch range).
LoweredCode lowerArg(const Napi::CallbackInfo& info, size_t i, const Target& target, BranchRange range = BranchRange::Auto) {
  masm::DecodedStream stream = decodeArg(info, i, target);
  try {
    return target.lowerStream(stream, bridges::bridgeAddresses(), range);
  } catch (const masm::StreamError& e) {
    throw Napi::Error::New(info.Env(), e.what());
  }
}

Napi::Uint8Array copyToUint8Array(Napi::Env env, const uint8_t* bytes, size_t size) {
  Napi::Uint8Array out = Napi::Uint8Array::New(env, size);
  if (size) std::memcpy(out.Data(), bytes, size);
  return out;
}

Napi::Value Assemble(const Napi::CallbackInfo& info) {
  LoweredCode code = lowerArg(info, 0, hostTarget());
  return copyToUint8Array(info.Env(), code.bytes.data(), code.bytes.size());
}

// Test hook: assembleFor(arch, stream[, branchRange]) encodes for either architecture;
// branchRange ('auto' | 'near' | 'far') selects the conditional-branch form (see BranchRange).
Napi::Value AssembleFor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string arch = info.Length() > 0 && info[0].IsString() ? info[0].As<Napi::String>().Utf8Value() : "";
  const Target* target = findTarget(arch);
  if (!target) throw Napi::TypeError::New(env, "assembleFor: arch must be 'x64' or 'arm64'");
  BranchRange range = BranchRange::Auto;
  if (info.Length() > 2 && !info[2].IsUndefined()) {
    std::string mode = info[2].IsString() ? info[2].As<Napi::String>().Utf8Value() : "";
    if (mode == "near") range = BranchRange::Near;
    else if (mode == "far") range = BranchRange::Far;
    else if (mode != "auto") throw Napi::TypeError::New(env, "assembleFor: branchRange must be 'auto', 'near' or 'far'");
  }
  LoweredCode code = lowerArg(info, 1, *target, range);
  return copyToUint8Array(env, code.bytes.data(), code.bytes.size());
}

Napi::Value InstallCode(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  LoweredCode code = lowerArg(info, 0, hostTarget());
  uint8_t* address = exec::install(code.bytes.data(), code.bytes.size());
  if (!address) throw Napi::Error::New(env, "installCode: could not map executable memory");
  Napi::Object result = Napi::Object::New(env);
  result.Set("address", Napi::Number::New(env, static_cast<double>(reinterpret_cast<uint64_t>(address))));
  result.Set("size", Napi::Number::New(env, static_cast<double>(code.bytes.size())));
  Napi::Int32Array pcMap = Napi::Int32Array::New(env, code.pcMap.size());
  if (!code.pcMap.empty()) std::memcpy(pcMap.Data(), code.pcMap.data(), code.pcMap.size() * sizeof(int32_t));
  result.Set("pcMap", pcMap);
  return result;
}

Napi::Value ReadCode(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsNumber()) {
    throw Napi::TypeError::New(env, "readCode(address, size) takes two numbers");
  }
  double address = info[0].As<Napi::Number>().DoubleValue();
  double size = info[1].As<Napi::Number>().DoubleValue();
  if (!(address >= 0) || !(size >= 0) || address != std::floor(address) || size != std::floor(size) ||
      !exec::isInstalledRange(static_cast<uint64_t>(address), static_cast<uint64_t>(size))) {
    throw Napi::RangeError::New(env, "readCode: range is not installed code");
  }
  return copyToUint8Array(env, reinterpret_cast<const uint8_t*>(static_cast<uint64_t>(address)), static_cast<size_t>(size));
}

Napi::Value SetCallbacks(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsObject()) throw Napi::TypeError::New(env, "setCallbacks takes an object");
  if (bridges::setCallbacks(env, info[0]) != napi_ok) {
    if (!env.IsExceptionPending()) throw Napi::Error::New(env, "setCallbacks failed");
    return Napi::Value();
  }
  return env.Undefined();
}

// kiln's recursion crosses tiers (compiled code -> interpreter -> compiled code), nesting V8
// frames, so it needs more of the thread's stack than V8's default ~1 MB limit allows. Rather
// than restarting node with --stack-size, the addon moves this isolate's limit down to 70% of
// the thread's real stack (at most 48 MB), staying well above kiln's own native limit
// (low + kNativeStackMargin), so deep programs overflow as a RangeError, never a crash. This
// is the one use of V8's C++ API: N-API has no stack-limit call.
void raiseHostStackLimit(uint64_t low, size_t size) {
  if (low == 0 || size < 2 * 1024 * 1024) return;
  uint64_t top = low + size;
  uint64_t usable = std::min<uint64_t>(size / 10 * 7, 48ull * 1024 * 1024);
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  if (isolate != nullptr) isolate->SetStackLimit(static_cast<uintptr_t>(top - usable));
}

void writeStackLimits() {
  pthread_attr_t attr;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
  }
  uint64_t base = reinterpret_cast<uint64_t>(heapRegionBase());
  writeHeapU64(G::nativeStackLimit, reinterpret_cast<uint64_t>(low) + kNativeStackMargin);
  raiseHostStackLimit(reinterpret_cast<uint64_t>(low), size);
  writeHeapU64(G::vmStackLimit, base + layout::Region::vmStackOffset + layout::Region::vmStackBytes);
}

Napi::Value SetNativeStackLimit(const Napi::CallbackInfo& info) {
  writeStackLimits();
  return info.Env().Undefined();
}

// Runs installed code at `entry` with the VM frame at fpOffset through the entry trampoline;
// the result word goes to Globals.returnValue.
Napi::Value EnterCode(Napi::Env env, uint64_t entry, uint32_t fpOffset) {
  EntryTrampoline trampoline = entry::entryTrampoline();
  uint8_t* base = heapRegionBase();
  uint64_t result;
  {
    bridges::EnvScope scope(env);
    result = trampoline(reinterpret_cast<uint64_t>(base), reinterpret_cast<uint64_t>(base + fpOffset), entry);
  }
  writeHeapU64(G::returnValue, result);
  // The exception word with a JS exception pending: a host error (a kiln bug) propagates.
  // Without one, a language exception is parked on the TypeScript side, which rethrows it
  // when it sees the word at Globals.returnValue (src/tiering/native-exceptions.ts).
  if (result == bridges::kExceptionWord && env.IsExceptionPending()) return Napi::Value();
  return env.Undefined();
}

Napi::Value Enter(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  uint32_t fnOffset = regionOffsetArg(info, 0, "enter: fnOffset", layout::ObjectLayout::functionBytes);
  uint32_t fpOffset = regionOffsetArg(info, 1, "enter: fpOffset", 8 * layout::Frame::headerSlots);
  uint64_t entry = readHeapU64(fnOffset + layout::ObjectLayout::functionEntryOffset);
  if (!exec::isInstalledRange(entry, 1)) {
    throw Napi::Error::New(env, "enter: the function at offset " + std::to_string(fnOffset) +
                                    " has an entry address that is not installed code");
  }
  return EnterCode(env, entry, fpOffset);
}

Napi::Value EnterAt(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsNumber()) throw Napi::TypeError::New(env, "enterAt: address must be a number");
  uint64_t entry = static_cast<uint64_t>(info[0].As<Napi::Number>().DoubleValue());
  uint32_t fpOffset = regionOffsetArg(info, 1, "enterAt: fpOffset", 8 * layout::Frame::headerSlots);
  if (!exec::isInstalledRange(entry, 1)) {
    throw Napi::Error::New(env, "enterAt: address " + std::to_string(entry) + " is not installed code");
  }
  return EnterCode(env, entry, fpOffset);
}

// A napi_value is a v8::Local in node: the two helpers below make what N-API cannot
// (a SharedArrayBuffer, an external Latin-1 string) through V8 and hand the handle back.
Napi::Value FromV8(Napi::Env env, v8::Local<v8::Value> value) {
  static_assert(sizeof(napi_value) == sizeof(v8::Local<v8::Value>), "napi_value is a v8::Local");
  napi_value result;
  std::memcpy(&result, &value, sizeof(result));
  return Napi::Value(env, result);
}

// The heap region as a SharedArrayBuffer over memory the addon owns. Not an ArrayBuffer:
// V8 counts an ArrayBuffer's whole length as external memory of its own heap, and the 1 GiB
// reserve (committed only as kiln's heap grows) then starts V8 mark-compacts from the first
// milliseconds (two in a hello-world run, ~10 ms). A shared backing store is not counted
// per isolate. Views over it read and write as over an ArrayBuffer; only one thread ever
// touches it.
Napi::Value HeapRegionBuffer(Napi::Env env, uint8_t* base, size_t bytes) {
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  std::unique_ptr<v8::BackingStore> store =
      v8::SharedArrayBuffer::NewBackingStore(base, bytes, [](void*, size_t, void*) {}, nullptr);
  v8::Local<v8::SharedArrayBuffer> buffer = v8::SharedArrayBuffer::New(isolate, std::move(store));
  return FromV8(env, buffer);
}

// mapFile(path): { id, bytes } for a process-lifetime private mapping of the file, or null.
Napi::Value MapFile(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) throw Napi::TypeError::New(env, "mapFile: path must be a string");
  int id = mapFile(info[0].As<Napi::String>().Utf8Value().c_str());
  const MappedFile* file = mappedFile(id);
  if (!file) return env.Null();
  Napi::Object result = Napi::Object::New(env);
  result.Set("id", Napi::Number::New(env, id));
  uint8_t* data = const_cast<uint8_t*>(file->data);
  result.Set("bytes", Napi::Uint8Array::New(env, file->size, Napi::ArrayBuffer::New(env, data, file->size), 0));
  return result;
}

// fileIdentities(paths): for the NUL-separated paths, [size, mtimeMs] pairs as fs.statSync
// gives them (NaN, NaN for a path that cannot be stat'ed), in one call.
Napi::Value FileIdentities(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) throw Napi::TypeError::New(env, "fileIdentities: paths must be a string");
  std::string paths = info[0].As<Napi::String>().Utf8Value();
  std::vector<double> pairs;
  size_t start = 0;
  while (start <= paths.size()) {
    size_t end = paths.find('\0', start);
    if (end == std::string::npos) end = paths.size();
    double size = NAN, mtimeMs = NAN;
    if (!fileIdentity(paths.substr(start, end - start).c_str(), &size, &mtimeMs)) size = mtimeMs = NAN;
    pairs.push_back(size);
    pairs.push_back(mtimeMs);
    start = end + 1;
  }
  Napi::Float64Array result = Napi::Float64Array::New(env, pairs.size());
  std::copy(pairs.begin(), pairs.end(), result.Data());
  return result;
}

// An external Latin-1 string over bytes of a mapping; V8 reads them in place and never copies.
class MappedLatin1 final : public v8::String::ExternalOneByteStringResource {
 public:
  MappedLatin1(const char* data, size_t length) : data_(data), length_(length) {}
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  const char* data_;
  size_t length_;
};

// mappedLatin1(id, offset, length): the string of those bytes of mapping `id` (Latin-1).
Napi::Value MappedLatin1String(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const MappedFile* file = info.Length() >= 3 && info[0].IsNumber() ? mappedFile(info[0].As<Napi::Number>().Int32Value()) : nullptr;
  if (!file || !info[1].IsNumber() || !info[2].IsNumber()) throw Napi::TypeError::New(env, "mappedLatin1: (id, offset, length) of a mapping");
  double offset = info[1].As<Napi::Number>().DoubleValue();
  double length = info[2].As<Napi::Number>().DoubleValue();
  if (!(offset >= 0 && length >= 0 && offset + length <= static_cast<double>(file->size))) {
    throw Napi::RangeError::New(env, "mappedLatin1: range outside the mapping");
  }
  const char* start = reinterpret_cast<const char*>(file->data) + static_cast<size_t>(offset);
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  v8::Local<v8::String> text;
  if (!v8::String::NewExternalOneByte(isolate, new MappedLatin1(start, static_cast<size_t>(length))).ToLocal(&text)) {
    throw Napi::Error::New(env, "mappedLatin1: V8 could not make the string");
  }
  return FromV8(env, text);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  uint8_t* base = heapRegionBase();
  if (!base) throw Napi::Error::New(env, "kiln: could not reserve the heap region");
  if (!entry::entryTrampoline() || !entry::interpreterEntryAddress()) {
    throw Napi::Error::New(env, "kiln: could not install the entry stubs");
  }
  writeStackLimits();
  const Target& target = hostTarget();
  exports.Set("arch", Napi::String::New(env, target.name));
  exports.Set("heap", HeapRegionBuffer(env, base, heapRegionBytes()));
  exports.Set("gprCount", Napi::Number::New(env, target.registers.gprCount));
  exports.Set("fprCount", Napi::Number::New(env, target.registers.fprCount));
  Napi::Array mathFunctions = Napi::Array::New(env);
  for (int i = 0; i < masm::kMathFunctionCount; i++) {
    if (bridges::bridgeAddresses().math[i] != 0) mathFunctions.Set(mathFunctions.Length(), Napi::String::New(env, masm::kMathFunctions[i].name));
  }
  exports.Set("mathFunctions", mathFunctions);
  exports.Set("interpreterEntry", Napi::Number::New(env, static_cast<double>(entry::interpreterEntryAddress())));
  exports.Set("setCallbacks", Napi::Function::New(env, SetCallbacks, "setCallbacks"));
  exports.Set("setNativeStackLimit", Napi::Function::New(env, SetNativeStackLimit, "setNativeStackLimit"));
  exports.Set("enter", Napi::Function::New(env, Enter, "enter"));
  exports.Set("enterAt", Napi::Function::New(env, EnterAt, "enterAt"));
  exports.Set("installCode", Napi::Function::New(env, InstallCode, "installCode"));
  exports.Set("assemble", Napi::Function::New(env, Assemble, "assemble"));
  exports.Set("assembleFor", Napi::Function::New(env, AssembleFor, "assembleFor"));
  exports.Set("readCode", Napi::Function::New(env, ReadCode, "readCode"));
  exports.Set("mapFile", Napi::Function::New(env, MapFile, "mapFile"));
  exports.Set("mappedLatin1", Napi::Function::New(env, MappedLatin1String, "mappedLatin1"));
  exports.Set("fileIdentities", Napi::Function::New(env, FileIdentities, "fileIdentities"));
  return exports;
}

}  // namespace
}  // namespace kiln

static Napi::Object InitKiln(Napi::Env env, Napi::Object exports) { return kiln::Init(env, exports); }

NODE_API_MODULE(kiln, InitKiln)
