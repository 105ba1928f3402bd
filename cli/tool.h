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
  bool follow = false;
  std::string max_record_bytes;  // --max-record-bytes as given; empty: the default
  bool strict = false;
  int jobs = 1;
  std::string format = "auto";
  std::string encoding;
  std::vector<std::string> dicts;  // --dict FILE (for tools that recognise entities)
  std::vector<std::string> globs;  // --glob, for -r
  std::vector<std::string> types;  // --type, for -r (comma-separated or repeated)
};

// Adds the common options to `desc`; `with_dict` adds --dict.
void AddCommonOptions(po::options_description* desc, CommonArgs* common, bool with_dict);

// Parses args against desc (inputs as positional); `hidden` options (old
// spellings kept working) are accepted but not shown. Handles --help and
// --version by printing and returning 0 in *exit_code; on a usage error
// prints the message (with "did you mean" for a misspelt option) and returns
// 2 in *exit_code. Returns true if the tool should run.
bool ParseToolArgs(const ToolInfo& tool, const po::options_description& desc,
                   const std::vector<std::string>& args, CommonArgs* common, int* exit_code,
                   const po::options_description* hidden = nullptr);

// The kinds of entity, in the order the docs list them.
const std::vector<std::string>& EntityKinds();

// Options and checks with one name and one wording in every tool.
//
// --format/-f FORMAT: the output format. `help` lists the values.
void AddFormatOption(po::options_description* desc, std::string* format,
                     const std::string& default_value, const std::string& help);
// --color auto|always|never, for the tools with a human (table) format.
void AddColorOption(po::options_description* desc, std::string* color);
// True when *value is one of `choices`, after mapping old spellings through
// `aliases` ({old, new}); otherwise prints
//   caucus TOOL: invalid value 'X' for --FLAG: expected a, b, c; did you mean 'b'?
// and returns false.
bool CheckChoice(const std::string& tool, const std::string& flag, std::string* value,
                 const std::vector<std::string>& choices,
                 const std::vector<std::pair<std::string, std::string>>& aliases = {});
// The same for a comma-separated list of choices (--kinds government,body).
bool CheckChoices(const std::string& tool, const std::string& flag,
                  const std::vector<std::string>& values, const std::vector<std::string>& choices);
// True when lo <= value <= hi; otherwise prints
//   caucus TOOL: invalid value '2' for --min-score: expected a number from 0 to 1
bool CheckRange(const std::string& tool, const std::string& flag, double value, double lo,
                double hi);
// Whether to colour stdout for --color (auto: stdout is a terminal, NO_COLOR
// unset, TERM not "dumb").
bool UseColor(const std::string& color);
// After a run that wrote JSON Lines to a terminal: a hint on stderr that
// --format table is the view for reading.
void HintTableFormat(const std::string& tool, const std::string& format);
// Splits "a,b,,c" into {"a", "b", "c"}.
std::vector<std::string> SplitComma(const std::string& s);

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
