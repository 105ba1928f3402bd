// Throughput of Segment() (and DecodeDocument) on one core, in CPU time so a
// busy machine does not skew it:
//   segment_bench FILE.jsonl|FILE.txt [--tokens]
// JSONL input is parsed first (not timed); each record's text is segmented.
// Not part of the CMake build; build it against the library:
//   g++ -std=c++17 -O2 -DNDEBUG -Ilib/include bench/segment_bench.cc \
//       build/libcaucus.a $(pkg-config --libs icu-uc icu-i18n re2) -lpthread
#include <time.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "caucus/read.h"
#include "caucus/record.h"
#include "caucus/segment.h"

namespace {
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: segment_bench FILE [--tokens]\n";
    return 2;
  }
  caucus::SegmentOptions opt;
  opt.tokens = argc > 2 && std::string(argv[2]) == "--tokens";
  std::vector<std::string> texts;
  std::ifstream in(argv[1], std::ios::binary);
  std::string path = argv[1];
  if (path.size() > 6 && path.substr(path.size() - 6) == ".jsonl") {
    std::string line;
    while (std::getline(in, line)) {
      auto d = caucus::Document::FromJsonLine(line);
      if (d.ok()) texts.push_back(d->text());
    }
  } else {
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  size_t bytes = 0, sentences = 0, tokens = 0;
  for (const auto& t : texts) bytes += t.size();
  double t0 = CpuSeconds();
  for (const auto& t : texts) {
    auto seg = caucus::Segment(t, opt);
    if (!seg.ok()) {
      std::cerr << seg.status().message() << "\n";
      return 1;
    }
    sentences += seg->sentences.size();
    tokens += seg->tokens.size();
  }
  double secs = CpuSeconds() - t0;
  printf("Segment%s: %.1f MB in %.3f s CPU = %.1f MB/s (%zu sentences, %zu tokens)\n",
         opt.tokens ? " --tokens" : "", bytes / 1e6, secs, bytes / 1e6 / secs, sentences, tokens);
  t0 = CpuSeconds();
  size_t out = 0;
  caucus::ReadOptions ro;
  for (const auto& t : texts) {
    auto d = caucus::DecodeDocument("x.txt", t, ro);
    if (d.ok()) out += d->text.size();
  }
  secs = CpuSeconds() - t0;
  printf("DecodeDocument (UTF-8 check): %.1f MB/s\n", bytes / 1e6 / secs);
  return 0;
}
