#include "caucus/io.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include "caucus/front_matter.h"
#include "caucus/json.h"
#include "walk.h"

namespace caucus {
namespace {

constexpr size_t kReadChunk = 1 << 20;
constexpr size_t kBatchBytes = 1 << 20;
constexpr size_t kBatchItems = 512;
// The first bytes of every input are read before anything else: they decide
// JSONL or plain text, and binary data is refused on them.
constexpr size_t kHeadBytes = 1 << 16;

// kNote: an input that holds no document (an empty file, a binary file met
// under -r), reported on stderr but not an error.
enum class ItemKind { kJsonLine, kTextFile, kError, kNote };

struct Item {
  ItemKind kind = ItemKind::kJsonLine;
  Origin origin;
  std::string data;  // the JSON line or the file bytes
  Status status;     // kError: the error; kNote: the note
  std::string out;
  bool walked = false;  // the file was found by walking a directory
  bool binary = false;  // kNote: a binary file was skipped (else an empty input)
  std::string warning;  // about a document that was read (a guessed encoding)
};

using Batch = std::vector<Item>;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

Status TooLarge(uint64_t limit) {
  return Status::InvalidInput("record larger than the maximum of " + std::to_string(limit) +
                              " bytes (--max-record-bytes)");
}

// Reads lines from a FILE* in large chunks. Lines may be any length up to
// max_line bytes; a longer one is read past, not kept. The buffer grows
// without being zero-filled first (std::string::resize would).
class LineReader {
 public:
  enum Result { kLine, kTooLong, kEnd };

  LineReader(FILE* f, uint64_t max_line) : f_(f), max_line_(max_line) {}
  // Pre-loads bytes (the head read to sniff the input).
  void Prepend(const std::string& bytes) {
    std::string rest = size_ > pos_ ? std::string(buf_.get() + pos_, size_ - pos_) : std::string();
    size_ = pos_ = scan_ = 0;
    Append(bytes.data(), bytes.size());
    Append(rest.data(), rest.size());
  }
  // The next line without its '\n'; kTooLong for a line longer than
  // max_line (skipped); kEnd at the end of input or after a read error.
  Result Next(std::string* line, bool* read_error) {
    while (true) {
      // memchr on an empty range still needs a valid pointer; the buffer is
      // null until the first read.
      const char* nl =
          size_ > scan_ ? static_cast<const char*>(memchr(buf_.get() + scan_, '\n', size_ - scan_))
                        : nullptr;
      if (nl) {
        size_t at = nl - buf_.get();
        const bool too_long = skipping_ || at - pos_ > max_line_;
        if (!too_long) line->assign(buf_.get() + pos_, at - pos_);
        pos_ = scan_ = at + 1;
        skipping_ = false;
        ShrinkAfterLongLine();
        return too_long ? kTooLong : kLine;
      }
      scan_ = size_;
      if (size_ - pos_ > max_line_) {
        // Too long already: forget it and read on to its end.
        skipping_ = true;
        size_ = pos_ = scan_ = 0;
      }
      if (eof_) {
        if (skipping_) {
          skipping_ = false;
          return kTooLong;
        }
        if (pos_ < size_) {
          line->assign(buf_.get() + pos_, size_ - pos_);
          pos_ = scan_ = size_;
          return kLine;
        }
        return kEnd;
      }
      // Drop the consumed lines, keep the partial one, read more after it.
      if (pos_ > 0) memmove(buf_.get(), buf_.get() + pos_, size_ - pos_);
      size_ -= pos_;
      scan_ -= pos_;
      pos_ = 0;
      Reserve(size_ + kReadChunk);
      size_t n = fread(buf_.get() + size_, 1, kReadChunk, f_);
      size_ += n;
      bytes_ += n;
      if (n == 0) {
        if (ferror(f_)) *read_error = true;
        eof_ = true;
      }
    }
  }
  uint64_t bytes() const { return bytes_; }

 private:
  // A long line grew the buffer to twice its size; once it is read, that room
  // is given back (the line itself was copied out), so that a large record
  // does not hold it while it is processed, nor for the rest of the input.
  void ShrinkAfterLongLine() {
    const size_t rest = size_ - pos_;
    if (cap_ <= 4 * kReadChunk || rest > cap_ / 4) return;
    const size_t cap = rest + kReadChunk;
    std::unique_ptr<char[]> smaller(new char[cap]);  // uninitialized
    if (rest > 0) memcpy(smaller.get(), buf_.get() + pos_, rest);
    buf_ = std::move(smaller);
    cap_ = cap;
    size_ = rest;
    scan_ -= pos_;
    pos_ = 0;
  }
  void Reserve(size_t cap) {
    if (cap <= cap_) return;
    cap = std::max(cap, cap_ * 2);
    std::unique_ptr<char[]> bigger(new char[cap]);  // uninitialized
    if (size_ > 0) memcpy(bigger.get(), buf_.get(), size_);
    buf_ = std::move(bigger);
    cap_ = cap;
  }
  void Append(const char* p, size_t n) {
    Reserve(size_ + n);
    if (n > 0) memcpy(buf_.get() + size_, p, n);
    size_ += n;
  }

  FILE* f_;
  uint64_t max_line_;
  std::unique_ptr<char[]> buf_;
  size_t size_ = 0;  // bytes in buf_
  size_t cap_ = 0;
  size_t pos_ = 0;   // start of the next line
  size_t scan_ = 0;  // no '\n' in [pos_, scan_)
  bool eof_ = false;
  bool skipping_ = false;  // reading past a line that is too long
  uint64_t bytes_ = 0;
};

// Reads the rest of f after `out` (the head), up to `limit` bytes in all.
// With `stop_at_nul`, stops after the chunk holding a NUL byte: the bytes
// are binary data, and what was read says where.
Status ReadRest(FILE* f, uint64_t limit, bool stop_at_nul, std::string* out) {
  std::unique_ptr<char[]> buf(new char[kReadChunk]);
  size_t n;
  while ((n = fread(buf.get(), 1, kReadChunk, f)) > 0) {
    if (out->size() + n > limit) return TooLarge(limit);
    out->append(buf.get(), n);
    if (stop_at_nul && memchr(buf.get(), 0, n)) return Status::Ok();
  }
  if (ferror(f)) return Status::IoError(strerror(errno));
  return Status::Ok();
}

// The first byte of s at or after i that is no space, tab or CR (nor line
// feed, with `newlines`).
size_t SkipSpace(std::string_view s, size_t i, bool newlines) {
  while (i < s.size() &&
         (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || (newlines && s[i] == '\n')))
    ++i;
  return i;
}

// Where a file's head starts after an optional UTF-8 byte order mark and
// white space.
size_t ContentStart(std::string_view head) {
  const bool bom = head.size() >= 3 && memcmp(head.data(), "\xEF\xBB\xBF", 3) == 0;
  return SkipSpace(head, bom ? 3 : 0, /*newlines=*/true);
}

// A ".json" file that is one JSON document rather than JSON Lines: an array,
// or an object whose first line is only its opening brace.
bool IsJsonDocument(std::string_view path, std::string_view head) {
  if (!EndsWith(path, ".json")) return false;
  size_t i = ContentStart(head);
  if (i < head.size() && head[i] == '[') return true;
  if (i >= head.size() || head[i] != '{') return false;
  i = SkipSpace(head, i + 1, /*newlines=*/false);
  return i < head.size() && head[i] == '\n';
}

bool LooksLikeJsonl(std::string_view path, std::string_view head) {
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson") || EndsWith(path, ".json")) return true;
  if (EndsWith(path, ".txt") || EndsWith(path, ".md") || EndsWith(path, ".html") ||
      EndsWith(path, ".htm"))
    return false;
  size_t i = ContentStart(head);
  if (i >= head.size() || head[i] != '{') return false;
  // '{' followed by a quote (after spaces) is a JSON object.
  i = SkipSpace(head, i + 1, /*newlines=*/true);
  return i < head.size() && (head[i] == '"' || head[i] == '}');
}

Document MakeTextDocument(const Origin& origin, DecodedText&& dec) {
  // Stdin's origin is named "<stdin>" for messages; it has no path.
  const bool is_stdin = origin.file == "-" || origin.file == "<stdin>";
  std::string path = is_stdin ? std::string() : origin.file;
  std::string id = is_stdin ? std::string("stdin") : IdFromPath(origin.file);
  Document d = Document::FromText(id, std::move(dec.text));
  std::string meta;
  meta += "{";
  if (!path.empty()) {
    meta += "\"path\":";
    std::string q;
    AppendJsonString(path, &q);
    meta += q + ",";
  }
  meta += "\"format\":\"" + dec.format + "\",\"encoding\":\"" + dec.encoding + "\"";
  // A header or front matter in the text (header, title, date, source,
  // author, speaker), then the file's own title and date (PDF, DOCX and ODT
  // properties) where the header gives none.
  const std::string front = FrontMatterMetaMembers(d.text());
  meta += front;
  for (const auto& [key, value] :
       {std::pair<const char*, const std::string*>{"title", &dec.title}, {"date", &dec.date}}) {
    if (value->empty() || front.find(std::string("\"") + key + "\":") != std::string::npos)
      continue;
    meta += ",\"";
    meta += key;
    meta += "\":";
    AppendJsonString(*value, &meta);
  }
  meta += "}";
  d.SetLayer("meta", meta);
  if (!dec.pages.empty()) {
    std::string pages = "[";
    for (const PageSpan& p : dec.pages) {
      if (pages.size() > 1) pages += ',';
      pages += "{\"span\":[" + std::to_string(p.span.begin) + "," + std::to_string(p.span.end) +
               "],\"number\":" + std::to_string(p.number) + "}";
    }
    pages += "]";
    d.SetLayer("pages", pages);
  }
  return d;
}

// Turns an item into a note: an input that holds no document.
void Note(Item* item, std::string message, bool binary = false) {
  item->kind = ItemKind::kNote;
  item->status = Status::InvalidInput(std::move(message));
  item->binary = binary;
}

// Reports binary data: an error for a file the user named, a note for one a
// directory walk found (as ripgrep skips binary files under a directory).
void BinaryData(Item* item, Status status) {
  if (!item->walked) {
    item->kind = ItemKind::kError;
    item->status = std::move(status);
    return;
  }
  constexpr std::string_view kPrefix = "binary data: ", kSuffix = " (not a text file)";
  std::string why = status.message();
  if (why.rfind(kPrefix, 0) == 0) why.erase(0, kPrefix.size());
  if (EndsWith(why, kSuffix)) why.resize(why.size() - kSuffix.size());
  Note(item, "binary file skipped: " + why, true);
}

constexpr char kEmptyInput[] = "empty input, no documents";

void ProcessItem(const RunOptions& opt, const DocFn& fn, Item* item) {
  if (item->kind == ItemKind::kError || item->kind == ItemKind::kNote) return;
  if (item->kind == ItemKind::kJsonLine) {
    Result<Document> doc = Document::TakeJsonLine(std::move(item->data));
    if (!doc.ok()) {
      item->status = doc.status();
      return;
    }
    if (doc->id().empty()) doc->set_id(item->origin.file + ":" + std::to_string(item->origin.line));
    item->status = fn(item->origin, *doc, &item->out);
  } else {
    uint64_t error_line = 0;
    Result<DecodedText> dec = DecodeDocument(item->origin.file, item->data, opt.read, &error_line);
    if (!dec.ok()) {
      item->origin.line = error_line;  // printed as FILE:LINE when known
      if (IsBinaryData(dec.status())) {
        BinaryData(item, dec.status());
      } else {
        item->status = dec.status();
      }
      return;
    }
    std::string().swap(item->data);  // the bytes are text now: half the memory
    if (dec->text.find_first_not_of(" \t\r\n") == std::string::npos) {
      Note(item, kEmptyInput);
      return;
    }
    item->warning = std::move(dec->warning);
    Document d = MakeTextDocument(item->origin, std::move(*dec));
    item->status = fn(item->origin, d, &item->out);
  }
  std::string().swap(item->data);
}

// Closes a file unless it is stdin.
struct FileCloser {
  void operator()(FILE* f) const {
    if (f && f != stdin) fclose(f);
  }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

class Producer {
 public:
  explicit Producer(const RunOptions& opt) : opt_(opt) {
    internal::WalkOptions walk;
    walk.recursive = opt.recursive;
    walk.follow = opt.follow;
    if (!opt.walk_filter.empty()) {
      walk.include = [this](std::string_view under_root) {
        return opt_.walk_filter.Keep(under_root);
      };
    }
    inputs_ = internal::ListInputs(opt.inputs, walk);
  }

  // Fills a batch of at most max_bytes (one item at least); returns false
  // when there is nothing more.
  bool NextBatch(Batch* batch, size_t max_bytes = kBatchBytes) {
    batch->clear();
    size_t bytes = 0;
    while (batch->size() < kBatchItems && bytes < max_bytes) {
      Item item;
      if (!NextItem(&item)) break;
      bytes += item.data.size();
      batch->push_back(std::move(item));
    }
    return !batch->empty();
  }

  uint64_t bytes() const { return bytes_ + (reader_ ? reader_->bytes() : 0); }

 private:
  bool NextItem(Item* item) {
    while (true) {
      if (reader_) {
        if (NextLine(item)) return true;
        continue;
      }
      if (next_ >= inputs_.size()) return false;
      const internal::Input& in = inputs_[next_++];
      item->origin = {in.path == "-" ? "<stdin>" : in.path, 0};
      item->walked = in.walked;
      if (!in.error.ok()) {
        item->kind = ItemKind::kError;
        item->status = in.error;
        return true;
      }
      if (Open(in.path, item)) return true;
    }
  }

  // The next record of the JSONL input being read, or a message about it.
  // False at the end of the input or on a blank line.
  bool NextLine(Item* item) {
    std::string line;
    bool err = false;
    const LineReader::Result r = reader_->Next(&line, &err);
    if (r != LineReader::kEnd) {
      ++line_no_;
      item->origin = {cur_name_, line_no_};
      if (r == LineReader::kTooLong) {
        ++records_;
        item->kind = ItemKind::kError;
        item->status = TooLarge(opt_.max_record_bytes);
        return true;
      }
      // A byte order mark is not part of the first record.
      if (line_no_ == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) return false;  // blank lines
      ++records_;
      item->kind = ItemKind::kJsonLine;
      item->data = std::move(line);
      return true;
    }
    bytes_ += reader_->bytes();
    reader_.reset();
    file_.reset();
    item->origin = {cur_name_, err ? line_no_ : 0};
    if (err) {
      item->kind = ItemKind::kError;
      item->status = Status::IoError("read error");
      return true;
    }
    if (records_ == 0) {
      Note(item, kEmptyInput);
      return true;
    }
    return false;
  }

  // Opens an input: starts reading JSONL lines (false), or gives the whole
  // file as one item, or an error or note about it (true).
  bool Open(const std::string& path, Item* item) {
    const bool is_stdin = path == "-";
    FilePtr f(is_stdin ? stdin : fopen(path.c_str(), "rb"));
    if (!f) {
      item->kind = ItemKind::kError;
      item->status = Status::IoError(strerror(errno));
      return true;
    }
    // A regular file's size is known before reading it.
    struct stat st;
    const bool sized = fstat(fileno(f.get()), &st) == 0 && S_ISREG(st.st_mode);
    // Sniff the head to choose JSONL or whole-file text.
    std::string head(kHeadBytes, '\0');
    size_t n = fread(&head[0], 1, head.size(), f.get());
    head.resize(n);
    bytes_ += n;
    if (ferror(f.get())) {
      item->kind = ItemKind::kError;
      item->status = Status::IoError(strerror(errno));
      return true;
    }
    uint64_t error_line = 0;
    bool nul_means_binary = false;
    Status head_status = CheckHead(head, opt_.read, &error_line, &nul_means_binary);
    if (!head_status.ok()) {
      item->origin.line = error_line;
      BinaryData(item, std::move(head_status));
      return true;
    }
    const std::string_view name = is_stdin ? std::string_view() : std::string_view(path);
    if (IsJsonDocument(name, head)) {
      // One message, not one per line of a pretty-printed or array file.
      item->kind = ItemKind::kError;
      item->origin.line = 1;
      item->status = Status::InvalidInput(
          "a JSON document, not JSON Lines (one record per line): skipped; `jq -c '.[]'` "
          "turns an array of records into JSON Lines");
      return true;
    }
    if (LooksLikeJsonl(name, head)) {
      reader_ = std::make_unique<LineReader>(f.get(), opt_.max_record_bytes);
      reader_->Prepend(head);
      file_ = std::move(f);
      cur_name_ = item->origin.file;
      line_no_ = records_ = 0;
      return false;
    }
    // The whole file is one document.
    const uint64_t limit = opt_.max_record_bytes;
    Status read = Status::Ok();
    if ((sized && static_cast<uint64_t>(st.st_size) > limit) || head.size() > limit) {
      read = TooLarge(limit);  // refused before it is read
    } else if (n < kHeadBytes) {
      item->data = std::move(head);  // all of it
    } else {
      item->data = std::move(head);
      if (sized) item->data.reserve(static_cast<size_t>(st.st_size) + 1);
      read = ReadRest(f.get(), limit, nul_means_binary, &item->data);
      bytes_ += item->data.size() - n;
    }
    if (!read.ok()) {
      item->kind = ItemKind::kError;
      item->status = std::move(read);
      std::string().swap(item->data);
      return true;
    }
    item->kind = ItemKind::kTextFile;
    if (item->data.empty()) Note(item, kEmptyInput);
    return true;
  }

  const RunOptions& opt_;
  std::vector<internal::Input> inputs_;
  size_t next_ = 0;
  std::unique_ptr<LineReader> reader_;
  FilePtr file_;
  std::string cur_name_;
  uint64_t line_no_ = 0;
  uint64_t records_ = 0;  // non-blank lines of the JSONL input being read
  uint64_t bytes_ = 0;
};

std::string FormatOrigin(const Origin& o) {
  if (o.line == 0) return o.file;
  return o.file + ":" + std::to_string(o.line);
}

}  // namespace

std::string StripControls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0x1B) {
      // Skip an escape sequence: ESC [ ... final byte, or ESC + one char.
      if (i + 1 < s.size() && s[i + 1] == '[') {
        i += 2;
        while (i < s.size() && !(s[i] >= 0x40 && s[i] <= 0x7E)) ++i;
      } else if (i + 1 < s.size() && s[i + 1] == ']') {
        i += 2;
        while (i < s.size() && s[i] != 0x07 && s[i] != 0x1B) ++i;
      } else {
        ++i;
      }
      continue;
    }
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
      out.push_back('?');
      continue;
    }
    // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      ++i;
      out.push_back('?');
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

void ReportError(std::string_view tool, std::string_view message) {
  std::string line = "caucus";
  if (!tool.empty()) line += ' ';
  line += tool;
  line += ": ";
  line += StripControls(message);
  line += '\n';
  fwrite(line.data(), 1, line.size(), stderr);
}

namespace {
std::string& StdoutBuffer() {
  static std::string buf;
  return buf;
}
bool g_stdout_closed = false;  // after EPIPE or a write error: nothing more is written
int g_write_errno = 0;         // the write error other than EPIPE, if any

// Writes all of s to fd 1 unless output has been closed. A reader that went
// away (EPIPE) closes output quietly; any other error (a full disk) closes it
// too and is kept for StdoutStatus.
bool WriteAll(std::string_view s) {
  size_t off = 0;
  while (off < s.size() && !g_stdout_closed) {
    ssize_t n = write(1, s.data() + off, s.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno != EPIPE) g_write_errno = errno;
      g_stdout_closed = true;
      break;
    }
    off += static_cast<size_t>(n);
  }
  return !g_stdout_closed;
}

constexpr size_t kStdoutBuffer = 1 << 18;

// Widens a pipe on stdin or stdout to 1 MB. With the default 64 KB the
// stages of a pipeline wake each other every 64 KB, and the scheduler then
// mostly runs them in turn on one core, each evicting the other's caches.
// On the 200 MB bench corpus `segment | entities | stances` took 4.1 s wall
// instead of 7.2 s, and 8% less CPU. A refusal (the system's
// pipe-max-size, the user's pipe quota) leaves the pipe as it was.
void WidenPipes() {
  for (int fd : {0, 1}) {
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode)) continue;
    const int size = fcntl(fd, F_GETPIPE_SZ);
    if (size > 0 && size < (1 << 20)) fcntl(fd, F_SETPIPE_SZ, 1 << 20);
  }
}
}  // namespace

bool FlushStdout() {
  std::string& buf = StdoutBuffer();
  WriteAll(buf);
  buf.clear();
  return !g_stdout_closed;
}

Status StdoutStatus() {
  if (g_write_errno == 0) return Status::Ok();
  return Status::IoError(std::string("write error: ") + strerror(g_write_errno));
}

bool WriteStdout(std::string_view s) {
  if (g_stdout_closed) return false;
  std::string& buf = StdoutBuffer();
  if (buf.size() + s.size() < kStdoutBuffer) {
    buf.append(s);
    return true;
  }
  if (s.size() < kStdoutBuffer / 4) {
    buf.append(s);
    return FlushStdout();
  }
  // A large chunk (a document with its layers) goes out directly after what
  // is buffered, instead of being copied into the buffer first.
  if (!FlushStdout()) return false;
  return WriteAll(s);
}

int RunFilter(const RunOptions& opt, const DocFn& fn, RunSummary* summary_out, const SinkFn& sink) {
  WidenPipes();
  RunSummary summary;
  Producer producer(opt);
  const int jobs = std::max(1, opt.jobs);
  const bool progress = opt.progress && isatty(2);
  auto last_progress = std::chrono::steady_clock::now();
  bool stop = false;
  // Set with stop, for the workers: items not yet processed are left alone.
  std::atomic<bool> cancelled{false};

  // Reports or writes one processed item; `written` when its output has
  // already gone to the stdout buffer.
  auto consume_item = [&](Item& item, bool written) {
    if (item.kind == ItemKind::kNote) {
      ++(item.binary ? summary.binary_skipped : summary.empty_inputs);
      ReportError(opt.tool, FormatOrigin(item.origin) + ": " + item.status.message());
      return;
    }
    if (!item.warning.empty())
      ReportError(opt.tool, FormatOrigin(item.origin) + ": " + item.warning);
    if (!item.status.ok()) {
      ++summary.errors;
      if (item.kind == ItemKind::kError && item.origin.line == 0) ++summary.unread;
      std::string where = FormatOrigin(item.origin);
      ReportError(opt.tool, where + ": " + item.status.message());
      if (opt.strict) stop = true;
      return;
    }
    ++summary.documents;
    if (written) return;
    bool ok = sink ? sink(item.out) : WriteStdout(item.out);
    if (!ok) {
      summary.output_closed = true;
      stop = true;
    }
  };
  auto consume_one = [&](Item& item) { consume_item(item, true); };
  auto report_progress = [&]() {
    if (progress) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_progress > std::chrono::milliseconds(300)) {
        last_progress = now;
        fprintf(stderr, "\rcaucus %s: %llu documents, %.1f MB", opt.tool.c_str(),
                static_cast<unsigned long long>(summary.documents), producer.bytes() / 1e6);
      }
    }
  };
  auto consume = [&](Batch& batch) {
    for (Item& item : batch) {
      if (stop) break;
      consume_item(item, false);
    }
    if (stop) cancelled = true;
    report_progress();
  };

  if (jobs == 1 && !sink) {
    // Each document's output is appended straight to the stdout buffer
    // instead of to its item and then copied there; a document that fails
    // takes back what it appended. Items are consumed one by one, so the
    // output and the messages are those of the batch-wise path.
    Batch batch;
    std::string& buf = StdoutBuffer();
    while (!stop && producer.NextBatch(&batch)) {
      for (Item& item : batch) {
        if (stop) break;
        const size_t mark = buf.size();
        std::swap(item.out, buf);
        ProcessItem(opt, fn, &item);
        std::swap(item.out, buf);
        if (!item.status.ok()) {
          buf.resize(mark);
        } else if (buf.size() >= kStdoutBuffer) {
          const bool ok = FlushStdout();
          // After a huge document, give its memory back.
          if (buf.capacity() > 4 * kStdoutBuffer) std::string().swap(buf);
          if (!ok) {
            summary.output_closed = true;
            stop = true;
            ++summary.documents;
            break;
          }
        }
        consume_one(item);
      }
      report_progress();
    }
  } else if (jobs == 1) {
    Batch batch;
    while (!stop && producer.NextBatch(&batch)) {
      for (Item& item : batch) ProcessItem(opt, fn, &item);
      consume(batch);
    }
  } else {
    // A fixed pool of `jobs` workers takes batches from a queue. This thread
    // reads ahead (up to two batches per worker in flight) and writes the
    // finished batches in input order. Workers live for the whole run: no
    // thread start per batch, and each keeps its malloc arena warm.
    struct Slot {
      Batch batch;
      bool done = false;
    };
    std::mutex mu;
    std::condition_variable work_cv, done_cv;
    std::deque<Slot*> queue;                     // read, not yet taken by a worker
    std::deque<std::unique_ptr<Slot>> inflight;  // read, not yet written; input order
    bool closing = false;
    std::vector<std::thread> workers;
    for (int w = 0; w < jobs; ++w) {
      workers.emplace_back([&]() {
        std::unique_lock<std::mutex> lock(mu);
        while (true) {
          work_cv.wait(lock, [&]() { return closing || !queue.empty(); });
          if (queue.empty()) return;  // closing
          Slot* slot = queue.front();
          queue.pop_front();
          lock.unlock();
          for (Item& item : slot->batch) {
            if (cancelled.load(std::memory_order_relaxed)) break;
            ProcessItem(opt, fn, &item);
          }
          lock.lock();
          slot->done = true;
          done_cv.notify_all();
        }
      });
    }
    const size_t max_inflight = static_cast<size_t>(jobs) * 2;
    // The first batches are small so that every worker has work within a
    // millisecond or two instead of after a whole batch has been read.
    size_t batch_bytes = kBatchBytes / 16;
    bool more = true;
    while (!stop) {
      while (more && inflight.size() < max_inflight) {
        auto slot = std::make_unique<Slot>();
        more = producer.NextBatch(&slot->batch, batch_bytes);
        batch_bytes = std::min(batch_bytes * 2, kBatchBytes);
        if (!more) break;
        std::lock_guard<std::mutex> lock(mu);
        queue.push_back(slot.get());
        inflight.push_back(std::move(slot));
        work_cv.notify_one();
      }
      if (inflight.empty()) break;
      {
        std::unique_lock<std::mutex> lock(mu);
        done_cv.wait(lock, [&]() { return inflight.front()->done; });
      }
      std::unique_ptr<Slot> slot = std::move(inflight.front());
      inflight.pop_front();
      consume(slot->batch);
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      closing = true;
      queue.clear();  // after a stop: batches not started are dropped
    }
    work_cv.notify_all();
    for (std::thread& t : workers) t.join();
  }
  if (!sink) FlushStdout();
  if (g_stdout_closed) summary.output_closed = true;
  if (progress) fprintf(stderr, "\r\033[K");
  summary.bytes = producer.bytes();
  // After the output closed, how far the run got depends on timing (and
  // --jobs): no summary then.
  if ((summary.errors > 0 || summary.binary_skipped > 0) && !summary.output_closed) {
    // "1 input not read, 2 records skipped, 1 binary file skipped, 1 document processed"
    auto count = [](uint64_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::string line;
    if (summary.unread > 0) line += count(summary.unread, "input", "inputs") + " not read, ";
    if (summary.errors > summary.unread)
      line += count(summary.errors - summary.unread, "record", "records") + " skipped, ";
    if (summary.binary_skipped > 0)
      line += count(summary.binary_skipped, "binary file", "binary files") + " skipped, ";
    ReportError(opt.tool, line + count(summary.documents, "document", "documents") + " processed");
  }
  if (summary_out) *summary_out = summary;
  return summary.errors > 0 ? 2 : 0;
}

}  // namespace caucus
