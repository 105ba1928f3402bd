// Internal (not installed): the main heap in large pages.
//
// A process that builds a large index at start-up (entities: the dictionary,
// its tries and filters, about 10 MB) touches thousands of fresh 4 KB pages,
// and every first touch is a page fault. On the bench machine (a virtual
// machine) a fault costs about 12 us: 2,600 of them were 30 ms of the 80 ms
// `caucus entities` took on a one-line input. In 2 MB pages (transparent huge
// pages) the same heap takes a few dozen faults.
#ifndef CAUCUS_LARGE_PAGES_H_
#define CAUCUS_LARGE_PAGES_H_

namespace caucus {

// Asks the kernel to back the next 64 MB of the main heap with transparent
// huge pages where it allows them (THP "always" or "madvise"; with "never",
// or outside Linux and glibc, nothing changes). Call once, early, on the main
// thread, before the large allocations. Free heap is given back to the
// system only above 128 MB, and blocks up to 4 MB come from the heap (not
// from mappings of their own). Best effort: it never fails.
void UseLargePageHeap();

}  // namespace caucus

#endif  // CAUCUS_LARGE_PAGES_H_
