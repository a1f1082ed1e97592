// THE chokepoint for executable memory: every byte of machine code the addon runs goes
// through reserve -> (copy) -> commit, and is only ever changed via patch. W^X: a page is
// read-write while nothing can run it, then read-execute; never both (and no dual mapping).
#pragma once
#include <cstddef>
#include <cstdint>

namespace kiln::exec {

// Fresh private read-write pages for `size` bytes (rounded up to pages); nullptr on failure.
uint8_t* reserve(size_t size);
// Makes reserved pages read-execute (flushing the instruction cache on arm64) and records
// them as installed code. Returns false on failure.
bool commit(uint8_t* start, size_t size);
// Overwrites installed code: pages go RX -> RW -> RX. Only for code no thread is running.
bool patch(uint8_t* address, const uint8_t* bytes, size_t size);
// Unmaps installed (or reserved) code.
void release(uint8_t* start, size_t size);
// Convenience: reserve + copy + commit. nullptr on failure.
uint8_t* install(const uint8_t* bytes, size_t size);
// True when [address, address+size) lies inside one committed code block.
bool isInstalledRange(uint64_t address, uint64_t size);

}  // namespace kiln::exec
