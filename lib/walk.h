// Internal: expanding the inputs of a run (files, directories with -r, stdin)
// into the list of files to read, in the order they are read. Not installed.
//
// A directory walk lists each directory's entries sorted by name, depth first,
// and skips hidden entries (a name starting with '.'). It reads regular files
// and symbolic links to them. Symbolic links to directories are followed only
// with `follow` (as ripgrep's --follow), and then a link back to a directory
// being walked (a file system loop) is reported instead of walked again:
// directories are told apart by device and inode. Every entry the walk cannot
// read (an unreadable directory, a dangling symbolic link) is reported in its
// place; other kinds of file (FIFOs, sockets, devices) are skipped. An input
// named on the command line is always read, whatever it is.
//
// WalkOptions is the place for entry filters (globs, file types): the walk
// calls `include` on every file it finds, in order.
#ifndef CAUCUS_LIB_WALK_H_
#define CAUCUS_LIB_WALK_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/status.h"

namespace caucus::internal {

// One input to read, or a problem found while listing the inputs, to be
// reported in its place.
struct Input {
  std::string path;     // "-" for standard input
  Status error;         // not ok: report this instead of reading path
  bool walked = false;  // found by walking a directory, not named by the user
};

struct WalkOptions {
  bool recursive = false;  // walk directories (-r); without it a directory is an error
  bool follow = false;     // follow symbolic links to directories (--follow)
  // Called for each file the walk finds, with its path under the directory
  // named on the command line ("a/b.txt" for "dir/a/b.txt"); false leaves it
  // out. Unset: all.
  std::function<bool(std::string_view under_root)> include;
};

// The inputs for `paths` in order; no paths means standard input.
std::vector<Input> ListInputs(const std::vector<std::string>& paths, const WalkOptions& options);

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_WALK_H_
