// Internal (not installed): used by the tools in cli/ and by the library.
//
// The filter driver every tool runs on: it reads inputs (files, directories
// with `recursive`, stdin), turns each into document records (JSONL lines, or
// one document per plain text / Markdown / HTML file), calls the tool's
// per-document function on worker threads, and writes outputs in input order.
//
// Errors never stop the run unless `strict`: a bad record is reported as
//   caucus TOOL: FILE:LINE: message
// and skipped; RunFilter returns 2 if anything was skipped, 0 otherwise.
// An input that holds no document (an empty file or stdin, a binary file
// found by walking a directory) gets a note on stderr and is no error.
// A closed output pipe ends the run quietly; another write error ends it
// too, and StdoutStatus() says what it was.
#ifndef CAUCUS_IO_H_
#define CAUCUS_IO_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "caucus/file_filter.h"
#include "caucus/read.h"
#include "caucus/record.h"
#include "caucus/status.h"

namespace caucus {

// The default of RunOptions::max_record_bytes (--max-record-bytes): 1 GiB.
constexpr uint64_t kDefaultMaxRecordBytes = uint64_t{1} << 30;

struct RunOptions {
  std::string tool;                 // for messages: "entities"
  std::vector<std::string> inputs;  // paths; empty or "-" means stdin
  bool recursive = false;
  bool follow = false;  // with recursive: follow symbolic links to directories
  // The largest record read: one JSONL line, or one plain file. A larger one
  // is reported and skipped without being held in memory.
  uint64_t max_record_bytes = kDefaultMaxRecordBytes;
  bool strict = false;
  int jobs = 1;
  bool progress = false;  // a progress line on stderr, only if it is a terminal
  bool summary = false;   // always print the skipped count line when errors occurred
  ReadOptions read;
  FileFilter walk_filter;  // which files a directory walk reads (--glob, --type)
};

// Where a record came from: file and 1-based line (line 0 for a whole file).
struct Origin {
  std::string file;
  uint64_t line = 0;
};

// Per-document work. Runs on worker threads: must be thread-safe. Appends the
// tool's output for this document to *out (usually doc.AppendJsonLine(out)).
// A non-ok status reports the document as skipped.
using DocFn = std::function<Status(const Origin& origin, Document& doc, std::string* out)>;

struct RunSummary {
  uint64_t documents = 0;       // processed successfully
  uint64_t errors = 0;          // reported and skipped (unread inputs included)
  uint64_t unread = 0;          // of those, inputs not read at all (missing, unreadable)
  uint64_t bytes = 0;           // input bytes read
  uint64_t binary_skipped = 0;  // binary files found under a directory: noted, skipped
  uint64_t empty_inputs = 0;    // inputs without a document: noted
  bool output_closed = false;   // the reader went away or a write failed
};

// Runs the filter. `sink` receives each document's output in input order on
// the calling thread; the default writes to stdout. Returns the exit status.
using SinkFn = std::function<bool(std::string_view chunk)>;  // false: stop (closed pipe)
int RunFilter(const RunOptions& options, const DocFn& fn, RunSummary* summary = nullptr,
              const SinkFn& sink = nullptr);

// Writes to stdout; returns false once output has closed: the reader has
// gone away (EPIPE) or a write failed.
bool WriteStdout(std::string_view s);
bool FlushStdout();
// The write error that closed stdout ("write error: No space left on
// device"); ok if none did, and after EPIPE, which is no error.
Status StdoutStatus();

// Prints "caucus TOOL: message" to stderr with terminal control sequences
// removed from the message.
void ReportError(std::string_view tool, std::string_view message);

// Removes terminal control sequences and other C0/C1 controls (but \t) so
// document text can be shown on a terminal safely.
std::string StripControls(std::string_view s);

}  // namespace caucus

#endif  // CAUCUS_IO_H_
