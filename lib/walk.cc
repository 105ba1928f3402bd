#include "walk.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace caucus::internal {
namespace {

std::string Join(const std::string& dir, const std::string& name) {
  std::string p = dir;
  if (p.empty() || p.back() != '/') p += '/';
  return p + name;
}

class Walker {
 public:
  // Walks below `root`, a directory named on the command line.
  Walker(const WalkOptions& options, const std::string& root, std::vector<Input>* out)
      : options_(options), root_size_(root.size() + (root.back() == '/' ? 0 : 1)), out_(out) {}

  // Walks dir, whose stat() is st.
  void Walk(const std::string& dir, const struct stat& st) {
    DIR* d = opendir(dir.c_str());
    if (!d) {
      Report(dir, strerror(errno));
      return;
    }
    std::vector<std::string> names;
    errno = 0;
    while (struct dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') names.emplace_back(e->d_name);  // hidden, "." and ".."
      errno = 0;
    }
    const int list_error = errno;
    closedir(d);
    if (list_error != 0) Report(dir, std::string("cannot list: ") + strerror(list_error));
    std::sort(names.begin(), names.end());
    ancestors_.push_back({st.st_dev, st.st_ino, dir});
    for (const std::string& name : names) Entry(Join(dir, name));
    ancestors_.pop_back();
  }

 private:
  struct Ancestor {
    dev_t dev;
    ino_t ino;
    std::string path;
  };

  void Entry(const std::string& path) {
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) {
      Report(path, strerror(errno));  // removed while we walked
      return;
    }
    const bool link = S_ISLNK(st.st_mode);
    if (link && stat(path.c_str(), &st) != 0) {
      Report(path, errno == ENOENT
                       ? std::string("dangling symbolic link (its target does not exist)")
                       : std::string("symbolic link: ") + strerror(errno));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      if (link && !options_.follow) return;  // as ripgrep: --follow to walk into it
      for (const Ancestor& a : ancestors_) {
        if (a.dev == st.st_dev && a.ino == st.st_ino) {
          Report(path, "file system loop: leads back to " + a.path + " (not walked again)");
          return;
        }
      }
      Walk(path, st);
    } else if (S_ISREG(st.st_mode)) {
      if (!options_.include ||
          options_.include(std::string_view(path).substr(std::min(root_size_, path.size())))) {
        out_->push_back({path, Status::Ok(), true});
      }
    }
  }

  void Report(const std::string& path, std::string message) {
    out_->push_back({path, Status::IoError(std::move(message)), true});
  }

  const WalkOptions& options_;
  const size_t root_size_;  // the root's path and its slash
  std::vector<Input>* out_;
  std::vector<Ancestor> ancestors_;  // the directories being walked, outermost first
};

}  // namespace

std::vector<Input> ListInputs(const std::vector<std::string>& paths, const WalkOptions& options) {
  std::vector<Input> out;
  if (paths.empty()) out.push_back({"-", Status::Ok(), false});
  for (const std::string& p : paths) {
    struct stat st;
    if (p == "-") {
      out.push_back({p, Status::Ok(), false});
    } else if (stat(p.c_str(), &st) != 0) {
      out.push_back({p, Status::NotFound(strerror(errno)), false});
    } else if (!S_ISDIR(st.st_mode)) {
      out.push_back({p, Status::Ok(), false});  // named: read whatever it is
    } else if (!options.recursive) {
      out.push_back(
          {p, Status::InvalidInput("is a directory (use -r to read directories)"), false});
    } else {
      const size_t before = out.size();
      Walker(options, p, &out).Walk(p, st);
      if (out.size() == before)
        out.push_back({p, Status::InvalidInput("directory has no files"), false});
    }
  }
  return out;
}

}  // namespace caucus::internal
