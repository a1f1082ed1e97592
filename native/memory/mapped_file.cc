// Process-lifetime file mappings (see mapped_file.h). Kept in a list, never unmapped, so an
// external string or buffer over one can never outlive its bytes.
#include "mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace kiln {

namespace {
std::vector<MappedFile>& mappings() {
  static std::vector<MappedFile> all;
  return all;
}
}  // namespace

int mapFile(const char* path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    close(fd);
    return -1;
  }
  size_t size = static_cast<size_t>(st.st_size);
  void* data = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  close(fd);
  if (data == MAP_FAILED) return -1;
  mappings().push_back({static_cast<const uint8_t*>(data), size});
  return static_cast<int>(mappings().size() - 1);
}

bool fileIdentity(const char* path, double* size, double* mtimeMs) {
  struct stat st;
  if (stat(path, &st) != 0) return false;
#ifdef __APPLE__
  const struct timespec& mtime = st.st_mtimespec;
#else
  const struct timespec& mtime = st.st_mtim;
#endif
  *size = static_cast<double>(st.st_size);
  *mtimeMs = static_cast<double>(mtime.tv_sec) * 1e3 + static_cast<double>(mtime.tv_nsec) / 1e6;
  return true;
}

const MappedFile* mappedFile(int id) {
  if (id < 0 || static_cast<size_t>(id) >= mappings().size()) return nullptr;
  return &mappings()[static_cast<size_t>(id)];
}

}  // namespace kiln
