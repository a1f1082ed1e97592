// Reservation of the heap region (see heap_region.h). Read-write, never executable.
#include "heap_region.h"

#include <sys/mman.h>

#include "../generated/layout.h"

namespace kiln {

uint8_t* heapRegionBase() {
  static uint8_t* base = [] {
    void* p = mmap(nullptr, layout::Region::reserveBytes, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? nullptr : static_cast<uint8_t*>(p);
  }();
  return base;
}

size_t heapRegionBytes() { return layout::Region::reserveBytes; }

}  // namespace kiln
