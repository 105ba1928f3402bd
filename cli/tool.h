// The subcommand registry and the option handling shared by all tools. Each
// cli/<tool>.cc parses its options into the library's typed structs, calls one
// library entry point per document through RunFilter, and returns an exit code.
#ifndef CAUCUS_CLI_TOOL_H_
#define CAUCUS_CLI_TOOL_H_

#include <boost/program_options.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "caucus/annotate.h"
#include "caucus/io.h"

namespace caucus::cli {

namespace po = boost::program_options;

struct ToolInfo {
  std::string name;
  std::string summary;   // one line for `caucus help`
  std::string usage;     // "caucus entities [OPTIONS] [FILE...]"
  std::string examples;  // shown at the end of --help
  std::function<int(const std::vector<std::string>& args)> main;
};

// Registers a tool at static-initialisation time.
struct Registrar {
  explicit Registrar(ToolInfo info);
};
const std::vector<ToolInfo>& Tools();
const ToolInfo* FindTool(const std::string& name);

// Options every document filter takes: inputs, -r, --strict, -j, --format.
struct CommonArgs {
  std::vector<std::string> inputs;
  bool recursive = false;
  bool strict = false;
  int jobs = 1;
  std::string format = "auto";
  std::string encoding;
  std::vector<std::string> dicts;  // --dict FILE (for tools that recognise entities)
};

// Adds the common options to `desc`; `with_dict` adds --dict.
void AddCommonOptions(po::options_description* desc, CommonArgs* common, bool with_dict);

// Parses args against desc (inputs as positional). Handles --help by printing
// the tool's help and returning 0 in *exit_code; on a usage error prints the
// message and returns 2 in *exit_code. Returns true if the tool should run.
bool ParseToolArgs(const ToolInfo& tool, const po::options_description& desc,
                   const std::vector<std::string>& args, CommonArgs* common, int* exit_code);

// RunOptions from the common arguments.
RunOptions MakeRunOptions(const std::string& tool, const CommonArgs& common);

// The Annotator every tool gets its missing layers from (caucus/annotate.h),
// with the user dictionaries of --dict. Fails (a usage error) if a --dict or
// --cues file does not load.
Result<std::unique_ptr<Annotator>> MakeAnnotator(const CommonArgs& common,
                                                 const StanceOptions& stances = {});

// Prints a usage error "caucus TOOL: message" and returns 2.
int UsageError(const std::string& tool, const std::string& message);

}  // namespace caucus::cli

#endif  // CAUCUS_CLI_TOOL_H_
