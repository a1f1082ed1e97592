// Executable pages (see exec_memory.h). Each install gets its own mapping, so a page that may
// hold running code is never made writable by a later install.
#include "exec_memory.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <mutex>

namespace kiln::exec {
namespace {

size_t pageSize() {
  static const size_t size = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  return size;
}
size_t roundUpToPages(size_t size) {
  size_t p = pageSize();
  return (size + p - 1) / p * p;
}

// Committed blocks: start address -> size in bytes (page-rounded).
std::mutex blocksMutex;
std::map<uint64_t, uint64_t> committedBlocks;

// Makes freshly written code visible to instruction fetch. The compiler expands the builtin
// per target: cache maintenance on AArch64, nothing at all on x86-64 (whose instruction
// cache is coherent with data writes), so this file needs no architecture switch.
void flushInstructionCache(uint8_t* start, size_t size) {
  __builtin___clear_cache(reinterpret_cast<char*>(start), reinterpret_cast<char*>(start + size));
}

}  // namespace

uint8_t* reserve(size_t size) {
  size_t bytes = roundUpToPages(size == 0 ? 1 : size);
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : static_cast<uint8_t*>(p);
}

bool commit(uint8_t* start, size_t size) {
  size_t bytes = roundUpToPages(size == 0 ? 1 : size);
  flushInstructionCache(start, size);
  if (mprotect(start, bytes, PROT_READ | PROT_EXEC) != 0) return false;
  std::lock_guard<std::mutex> lock(blocksMutex);
  committedBlocks[reinterpret_cast<uint64_t>(start)] = bytes;
  return true;
}

bool patch(uint8_t* address, const uint8_t* bytes, size_t size) {
  if (!isInstalledRange(reinterpret_cast<uint64_t>(address), size)) return false;
  uintptr_t first = reinterpret_cast<uintptr_t>(address) & ~(pageSize() - 1);
  size_t span = roundUpToPages(reinterpret_cast<uintptr_t>(address) + size - first);
  void* pages = reinterpret_cast<void*>(first);
  if (mprotect(pages, span, PROT_READ | PROT_WRITE) != 0) return false;
  std::memcpy(address, bytes, size);
  flushInstructionCache(address, size);
  return mprotect(pages, span, PROT_READ | PROT_EXEC) == 0;
}

void release(uint8_t* start, size_t size) {
  {
    std::lock_guard<std::mutex> lock(blocksMutex);
    committedBlocks.erase(reinterpret_cast<uint64_t>(start));
  }
  munmap(start, roundUpToPages(size == 0 ? 1 : size));
}

uint8_t* install(const uint8_t* bytes, size_t size) {
  uint8_t* start = reserve(size);
  if (!start) return nullptr;
  if (size) std::memcpy(start, bytes, size);
  if (!commit(start, size)) {
    release(start, size);
    return nullptr;
  }
  return start;
}

bool isInstalledRange(uint64_t address, uint64_t size) {
  std::lock_guard<std::mutex> lock(blocksMutex);
  auto it = committedBlocks.upper_bound(address);
  if (it == committedBlocks.begin()) return false;
  --it;
  uint64_t start = it->first, end = it->first + it->second;
  return address >= start && address <= end && size <= end - address;
}

}  // namespace kiln::exec
