// The filter driver's inputs: directory walks (lib/walk.h) and RunFilter's
// handling of limits, byte order marks and a closed output.
#include "caucus/io.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "../lib/walk.h"

namespace caucus {
namespace {

using internal::Input;
using internal::ListInputs;
using internal::WalkOptions;

std::string TestDir(const std::string& name) {
  std::string dir = ::testing::TempDir() + "/caucus-io-" + std::to_string(getpid()) + "-" + name;
  EXPECT_EQ(system(("rm -rf '" + dir + "' && mkdir -p '" + dir + "'").c_str()), 0);
  return dir;
}

void Write(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// "path" for a file to read, "path: message" for a reported entry, with the
// test directory's prefix dropped.
std::vector<std::string> Listed(const std::vector<Input>& inputs, const std::string& dir) {
  std::vector<std::string> out;
  for (const Input& in : inputs) {
    std::string p = in.path.rfind(dir, 0) == 0 ? in.path.substr(dir.size()) : in.path;
    out.push_back(in.error.ok() ? p : p + ": " + in.error.message());
  }
  return out;
}

// root/a.txt, root/sub/c.txt, links back to root and to sub itself, a second
// way into sub, a link to a file, a dangling link, a hidden directory and a
// FIFO.
std::string MakeTree(const std::string& name) {
  std::string root = TestDir(name);
  EXPECT_EQ(mkdir((root + "/sub").c_str(), 0755), 0);
  EXPECT_EQ(mkdir((root + "/.hidden").c_str(), 0755), 0);
  Write(root + "/a.txt", "A.\n");
  Write(root + "/sub/c.txt", "C.\n");
  Write(root + "/.hidden/x.txt", "X.\n");
  EXPECT_EQ(symlink("..", (root + "/sub/back").c_str()), 0);
  EXPECT_EQ(symlink("../sub", (root + "/sub/twice").c_str()), 0);
  EXPECT_EQ(symlink("sub", (root + "/other").c_str()), 0);
  EXPECT_EQ(symlink("a.txt", (root + "/file_link.txt").c_str()), 0);
  EXPECT_EQ(symlink("missing", (root + "/dangling").c_str()), 0);
  EXPECT_EQ(mkfifo((root + "/fifo").c_str(), 0644), 0);
  return root;
}

TEST(WalkTest, DoesNotFollowDirectoryLinksUnlessAsked) {
  const std::string root = MakeTree("nofollow");
  WalkOptions opt;
  opt.recursive = true;
  EXPECT_EQ(Listed(ListInputs({root}, opt), root),
            (std::vector<std::string>{
                "/a.txt", "/dangling: dangling symbolic link (its target does not exist)",
                "/file_link.txt", "/sub/c.txt"}));
  for (const Input& in : ListInputs({root}, opt)) EXPECT_TRUE(in.walked) << in.path;
}

TEST(WalkTest, FollowReportsLoopsByDeviceAndInode) {
  const std::string root = MakeTree("follow");
  WalkOptions opt;
  opt.recursive = true;
  opt.follow = true;
  const std::string loop_root = ": file system loop: leads back to " + root + " (not walked again)";
  const std::string loop_other =
      ": file system loop: leads back to " + root + "/other (not walked again)";
  const std::string loop_sub =
      ": file system loop: leads back to " + root + "/sub (not walked again)";
  EXPECT_EQ(
      Listed(ListInputs({root}, opt), root),
      (std::vector<std::string>{
          "/a.txt", "/dangling: dangling symbolic link (its target does not exist)",
          "/file_link.txt", "/other/back" + loop_root, "/other/c.txt", "/other/twice" + loop_other,
          "/sub/back" + loop_root, "/sub/c.txt", "/sub/twice" + loop_sub}));
}

// Two links back at every level made the old walk exponential; each is now
// one loop report.
TEST(WalkTest, ManyLinksBackStayLinear) {
  const std::string root = TestDir("many");
  std::string d = root;
  for (int level = 0; level < 8; ++level) {
    d += "/d";
    ASSERT_EQ(mkdir(d.c_str(), 0755), 0);
    ASSERT_EQ(symlink("..", (d + "/up1").c_str()), 0);
    ASSERT_EQ(symlink("..", (d + "/up2").c_str()), 0);
  }
  Write(d + "/leaf.txt", "Leaf.\n");
  WalkOptions opt;
  opt.recursive = true;
  opt.follow = true;
  std::vector<Input> inputs = ListInputs({root}, opt);
  size_t files = 0, loops = 0;
  for (const Input& in : inputs) {
    files += in.error.ok();
    loops += !in.error.ok();
  }
  EXPECT_EQ(files, 1u);
  EXPECT_EQ(loops, 16u);
}

TEST(WalkTest, NamedInputsAndFilters) {
  const std::string root = MakeTree("named");
  WalkOptions opt;
  EXPECT_EQ(
      Listed(ListInputs({root + "/a.txt", "-", root, root + "/nope", root + "/fifo"}, opt), root),
      (std::vector<std::string>{"/a.txt", "-", ": is a directory (use -r to read directories)",
                                "/nope: No such file or directory", "/fifo"}));
  EXPECT_EQ(Listed(ListInputs({}, opt), root), (std::vector<std::string>{"-"}));
  // The extension point for --glob and --type: a filter on the files found.
  opt.recursive = true;
  // It sees the path under the directory named ("sub/c.txt").
  opt.include = [](std::string_view path) { return path.rfind("sub/", 0) == 0; };
  EXPECT_EQ(Listed(ListInputs({root}, opt), root),
            (std::vector<std::string>{
                "/dangling: dangling symbolic link (its target does not exist)", "/sub/c.txt"}));
  const std::string empty = TestDir("empty");
  EXPECT_EQ(Listed(ListInputs({empty}, opt), empty),
            (std::vector<std::string>{": directory has no files"}));
}

TEST(WalkTest, UnreadableDirectoryIsReported) {
  if (geteuid() == 0)
    GTEST_SKIP() << "root reads every directory (tests/faults runs this as nobody)";
  const std::string root = TestDir("locked");
  ASSERT_EQ(mkdir((root + "/locked").c_str(), 0), 0);
  Write(root + "/z.txt", "Z.\n");
  WalkOptions opt;
  opt.recursive = true;
  EXPECT_EQ(Listed(ListInputs({root}, opt), root),
            (std::vector<std::string>{"/locked: Permission denied", "/z.txt"}));
  chmod((root + "/locked").c_str(), 0755);
}

// Runs RunFilter over `path`, collecting the output of each document.
struct FilterRun {
  RunSummary summary;
  std::vector<std::string> ids;
  int rc = 0;
};

FilterRun RunOver(const std::string& path, uint64_t max_record_bytes) {
  RunOptions opt;
  opt.tool = "test";
  opt.inputs = {path};
  opt.max_record_bytes = max_record_bytes;
  FilterRun run;
  run.rc = RunFilter(
      opt,
      [](const Origin&, Document& doc, std::string* out) {
        *out = doc.id();
        return Status::Ok();
      },
      &run.summary,
      [&](std::string_view chunk) {
        run.ids.emplace_back(chunk);
        return true;
      });
  return run;
}

TEST(RunFilterTest, RecordsOverTheLimitAreSkippedAndTheRestRead) {
  const std::string dir = TestDir("limit");
  Write(dir + "/a.jsonl", "{\"id\":\"a\",\"text\":\"short\"}\n{\"id\":\"b\",\"text\":\"" +
                              std::string(500, 'x') + "\"}\n{\"id\":\"c\",\"text\":\"" +
                              std::string(3 << 20, 'y') + "\"}\n{\"id\":\"d\",\"text\":\"end\"}");
  FilterRun run = RunOver(dir + "/a.jsonl", 100);
  EXPECT_EQ(run.ids, (std::vector<std::string>{"a", "d"}));
  EXPECT_EQ(run.summary.errors, 2u);
  EXPECT_EQ(run.rc, 2);
  Write(dir + "/b.txt", std::string(200, 'z'));
  run = RunOver(dir + "/b.txt", 100);
  EXPECT_TRUE(run.ids.empty());
  EXPECT_EQ(run.summary.errors, 1u);
  run = RunOver(dir + "/b.txt", 200);
  EXPECT_EQ(run.ids.size(), 1u);
}

// Long lines grow the reader's buffer and give the room back once read; the
// lines around them, and a last line without '\n', still come whole.
TEST(RunFilterTest, LongAndShortLinesInTurn) {
  const std::string dir = TestDir("long");
  std::vector<std::string> texts = {"a",
                                    std::string(9 << 20, 'b'),
                                    "c",
                                    "d",
                                    std::string(5 << 20, 'e'),
                                    std::string(3 << 20, 'f'),
                                    std::string((1 << 20) + 7, 'g'),
                                    "h"};
  std::string lines;
  for (size_t i = 0; i < texts.size(); ++i)
    lines += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"" + texts[i] + "\"}" +
             (i + 1 < texts.size() ? "\n" : "");
  Write(dir + "/a.jsonl", lines);
  RunOptions opt;
  opt.tool = "test";
  opt.inputs = {dir + "/a.jsonl"};
  std::vector<std::string> got;
  RunSummary summary;
  const int rc = RunFilter(
      opt,
      [](const Origin&, Document& doc, std::string* out) {
        *out = doc.text();
        return Status::Ok();
      },
      &summary,
      [&](std::string_view chunk) {
        got.emplace_back(chunk);
        return true;
      });
  EXPECT_EQ(rc, 0);
  ASSERT_EQ(got.size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) EXPECT_TRUE(got[i] == texts[i]) << "line " << i + 1;
}

TEST(RunFilterTest, ByteOrderMarkOnJsonl) {
  const std::string dir = TestDir("bom");
  Write(dir + "/a.jsonl",
        "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n");
  FilterRun run = RunOver(dir + "/a.jsonl", kDefaultMaxRecordBytes);
  EXPECT_EQ(run.ids, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(run.rc, 0);
}

// After the output closes, workers stop: a document not yet started when it
// closed is not processed (it used to be, to the end of every batch in flight).
TEST(RunFilterTest, WorkersStopWhenTheOutputCloses) {
  const std::string dir = TestDir("closed");
  std::string lines;
  for (int i = 0; i < 6000; ++i) lines += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"x\"}\n";
  Write(dir + "/many.jsonl", lines);
  RunOptions opt;
  opt.tool = "test";
  opt.inputs = {dir + "/many.jsonl"};
  opt.jobs = 4;
  std::atomic<bool> closed{false};
  std::atomic<int> after{0}, processed{0};
  RunSummary summary;
  RunFilter(
      opt,
      [&](const Origin&, Document&, std::string* out) {
        if (closed) ++after;
        ++processed;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        *out = "x";
        return Status::Ok();
      },
      &summary,
      [&](std::string_view) {
        closed = true;
        return false;
      });
  EXPECT_TRUE(summary.output_closed);
  EXPECT_LE(after.load(), 2 * opt.jobs) << processed.load() << " processed";
}

}  // namespace
}  // namespace caucus
