// The one heap region shared by TypeScript and machine code: reserved once (virtual,
// MAP_NORESERVE, committed on first touch), never moved or freed, so its base can be pinned
// in a machine register and exposed to JS as one external ArrayBuffer.
#pragma once
#include <cstddef>
#include <cstdint>

namespace kiln {

// Reserves the region on first call; returns nullptr if mmap failed.
uint8_t* heapRegionBase();
size_t heapRegionBytes();

inline uint64_t readHeapU64(uint32_t offset) {
  uint64_t v;
  __builtin_memcpy(&v, heapRegionBase() + offset, 8);
  return v;
}
inline void writeHeapU64(uint32_t offset, uint64_t v) { __builtin_memcpy(heapRegionBase() + offset, &v, 8); }

}  // namespace kiln
