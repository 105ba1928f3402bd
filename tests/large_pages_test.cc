// UseLargePageHeap: heap blocks allocated after it lie in transparent huge
// pages, where the kernel offers them.
#include "caucus/large_pages.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace caucus {
namespace {

// The AnonHugePages (KB) of the mapping that holds p, from /proc/self/smaps;
// -1 if no mapping holds it.
long HugeKbAt(const void* p) {
  const uintptr_t at = reinterpret_cast<uintptr_t>(p);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    unsigned long lo = 0, hi = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx ", &lo, &hi) == 2 && line.find(' ') > line.find('-')) {
      inside = lo <= at && at < hi;
      continue;
    }
    long kb = 0;
    if (inside && std::sscanf(line.c_str(), "AnonHugePages: %ld kB", &kb) == 1) return kb;
  }
  return -1;
}

// A counter of /proc/vmstat, or -1.
long VmStat(const std::string& name) {
  std::ifstream in("/proc/vmstat");
  std::string key;
  long value = 0;
  while (in >> key >> value)
    if (key == name) return value;
  return -1;
}

TEST(LargePagesTest, HeapBlocksAfterTheCallLieInHugePages) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  GTEST_SKIP() << "the sanitizer's allocator is not glibc's";
#endif
  std::ifstream mode_file("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string mode;
  std::getline(mode_file, mode);
  if (mode.empty() || mode.find("[never]") != std::string::npos) {
    GTEST_SKIP() << "no transparent huge pages here";
  }
  const long fallbacks = VmStat("thp_fault_fallback");
  UseLargePageHeap();
  UseLargePageHeap();  // a second call changes nothing
  // 8 MB, zeroed (touched): without the call, a block of its own mapped in
  // 4 KB pages.
  std::vector<char> block(size_t{8} << 20);
  const long kb = HugeKbAt(block.data() + block.size() / 2);
  if (kb == 0 && VmStat("thp_fault_fallback") != fallbacks) {
    GTEST_SKIP() << "the kernel had no free huge page";
  }
  EXPECT_GE(kb, 2048);
}

}  // namespace
}  // namespace caucus
