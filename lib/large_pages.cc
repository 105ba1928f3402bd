#include "caucus/large_pages.h"

#include <cstdint>
#include <cstdlib>  // defines __GLIBC__ with glibc

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace caucus {
namespace {
// The block kept before the large pages (see below): held, never freed.
void* g_filler = nullptr;
}  // namespace

void UseLargePageHeap() {
#if defined(__linux__) && defined(__GLIBC__)
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;  // a huge page (x86-64, arm64 with 4 KB pages)
  constexpr int kPad = 64 << 20;
  static bool done = false;
  if (done) return;
  done = true;
  // Each growth of the heap takes 64 MB more than it needs, so that the
  // advice below covers what the next allocations use, and a free never
  // shrinks it below that (a trimmed and regrown heap would lose the
  // advice). Blocks up to 4 MB stay in it, as they do once glibc's sliding
  // mmap threshold has risen (setting these options stops it at 128 KB):
  // a document's token and output buffers are not mapped and faulted in
  // again for every document. Larger blocks still get mappings of their
  // own, which go back to the system when freed: with the threshold at
  // 32 MB, a 12 MB document dense with names (bench/dense_doc.py) peaked at
  // 295 MB instead of 256 MB.
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 2 * kPad);
  mallopt(M_TOP_PAD, kPad);
  const uintptr_t before = reinterpret_cast<uintptr_t>(sbrk(0));
  // More than the heap's free top holds: the heap grows by it and the pad.
  void* volatile grow = malloc(kHuge);
  const uintptr_t after = reinterpret_cast<uintptr_t>(sbrk(0));
  const uintptr_t from = (before + kHuge - 1) & ~(kHuge - 1), to = after & ~(kHuge - 1);
  if (grow == nullptr || after <= before || to <= from ||
      madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) != 0) {
    free(grow);
    return;
  }
  // The block sits at the start of the grown space. Cut it to end where the
  // large pages begin and keep it: the allocations that follow start there,
  // not in the small pages before it (up to 2 MB of them). Its own pages
  // are never touched past its first.
  const uintptr_t at = reinterpret_cast<uintptr_t>(grow);
  if (at < from && from - at <= kHuge && from - at >= 64) {
    g_filler = realloc(grow, from - at);
  } else {
    free(grow);
  }
#endif
}

}  // namespace caucus
