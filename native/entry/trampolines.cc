// Installation of the host target's stubs (see trampolines.h). Arch-neutral: the bytes come
// from hostTarget(), the pages from exec::install.
#include "trampolines.h"

#include <vector>

#include "../memory/exec_memory.h"
#include "bridges.h"

namespace kiln::entry {
namespace {

uint8_t* install(const std::vector<uint8_t>& code) {
  if (code.empty()) return nullptr;
  return exec::install(code.data(), code.size());
}

}  // namespace

EntryTrampoline entryTrampoline() {
  static uint8_t* code = install(hostTarget().buildEntryTrampoline());
  return reinterpret_cast<EntryTrampoline>(code);
}

uint64_t interpreterEntryAddress() {
  static uint8_t* code = install(hostTarget().buildInterpreterEntry(bridges::bridgeAddresses()));
  return reinterpret_cast<uint64_t>(code);
}

}  // namespace kiln::entry
