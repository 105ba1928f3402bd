// caucus: one executable, git-style subcommands. `caucus-NAME` (a symlink)
// behaves as `caucus NAME`.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "caucus/suggest.h"
#include "tool.h"

namespace {

void PrintHelp() {
  std::cout << "caucus " CAUCUS_VERSION
               ": mine Internet-governance policy text for governments, bodies and stances\n\n"
               "usage: caucus TOOL [OPTIONS] [FILE...]\n"
               "       caucus help TOOL | caucus TOOL --help | caucus --version\n\n"
               "Tools read plain text, Markdown, HTML or caucus JSON Lines (files, directories\n"
               "with -r, or stdin) and write JSON Lines, so they pipe into one another:\n\n"
               "  caucus segment report.txt | caucus entities | caucus stances\n\n"
               "tools:\n";
  for (const auto& t : caucus::cli::Tools()) {
    std::string pad(t.name.size() < 10 ? 10 - t.name.size() : 1, ' ');
    std::cout << "  " << t.name << pad << t.summary << "\n";
  }
  std::cout << "\nExit status: 0 ok, 1 findings (check), 2 errors (bad input is reported and\n"
               "skipped; the run goes on unless --strict).\n";
}

// Flushes stdout and turns a failed write into exit status 2 with a message:
// output that did not arrive is an error (a full disk), except when the
// reader went away (`| head`), which ends the run quietly.
int Finish(const std::string& tool, int rc) {
  caucus::FlushStdout();
  errno = 0;
  std::cout.flush();
  caucus::Status written = caucus::StdoutStatus();
  if (written.ok() && !std::cout && errno != EPIPE) {
    written = caucus::Status::IoError(std::string("write error: ") + std::strerror(errno));
  }
  if (!written.ok()) {
    caucus::ReportError(tool, written.message());
    return 2;
  }
  return rc;
}

std::string UnknownTool(const std::string& name) {
  std::vector<std::string> names;
  for (const auto& t : caucus::cli::Tools()) names.push_back(t.name);
  std::string best = caucus::ClosestName(name, names);
  return "caucus: unknown tool '" + name + "'" +
         (best.empty() ? "" : "; did you mean '" + best + "'?") + " (see: caucus help)\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string self = argv[0];
  size_t slash = self.rfind('/');
  if (slash != std::string::npos) self = self.substr(slash + 1);
  std::string tool;
  if (self.rfind("caucus-", 0) == 0) {
    tool = self.substr(7);
  } else {
    if (args.empty()) {
      PrintHelp();
      return Finish("", 0);
    }
    tool = args[0];
    args.erase(args.begin());
  }
  if (tool == "help" || tool == "--help" || tool == "-h") {
    if (args.empty()) {
      PrintHelp();
      return Finish("", 0);
    }
    if (const caucus::cli::ToolInfo* info = caucus::cli::FindTool(args[0])) {
      return Finish(args[0], info->main({"--help"}));
    }
    std::cerr << UnknownTool(args[0]);
    return 2;
  }
  if (tool == "--version" || tool == "version") {
    std::cout << "caucus " CAUCUS_VERSION "\n";
    return Finish("", 0);
  }
  const caucus::cli::ToolInfo* info = caucus::cli::FindTool(tool);
  if (!info) {
    std::cerr << UnknownTool(tool);
    return 2;
  }
  int rc = 2;
  try {
    rc = info->main(args);
  } catch (const std::exception& e) {
    std::cerr << "caucus " << tool << ": internal error: " << e.what() << "\n";
  }
  return Finish(tool, rc);
}
