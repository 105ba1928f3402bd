#include "caucus/io.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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

namespace caucus {
namespace {

constexpr size_t kReadChunk = 1 << 20;
constexpr size_t kBatchBytes = 1 << 20;
constexpr size_t kBatchItems = 512;

enum class ItemKind { kJsonLine, kTextFile, kError };

struct Item {
  ItemKind kind = ItemKind::kJsonLine;
  Origin origin;
  std::string data;  // the JSON line or the file bytes; the message for kError
  Status status;
  std::string out;
  std::string warning;  // about a document that was read (a guessed encoding)
};

using Batch = std::vector<Item>;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Reads lines from a FILE* in large chunks. Lines may be any length. The
// buffer grows without being zero-filled first (std::string::resize would).
class LineReader {
 public:
  explicit LineReader(FILE* f) : f_(f) {}
  // Pre-loads bytes (used after sniffing stdin).
  void Prepend(const std::string& bytes) {
    std::string rest(buf_.get() + pos_, size_ - pos_);
    size_ = pos_ = scan_ = 0;
    Append(bytes.data(), bytes.size());
    Append(rest.data(), rest.size());
  }
  bool Next(std::string* line, bool* read_error) {
    while (true) {
      const char* nl = static_cast<const char*>(memchr(buf_.get() + scan_, '\n', size_ - scan_));
      if (nl) {
        size_t at = nl - buf_.get();
        line->assign(buf_.get() + pos_, at - pos_);
        pos_ = scan_ = at + 1;
        return true;
      }
      scan_ = size_;
      if (eof_) {
        if (pos_ < size_) {
          line->assign(buf_.get() + pos_, size_ - pos_);
          pos_ = scan_ = size_;
          return true;
        }
        return false;
      }
      // Drop the consumed lines, keep the partial one, read more after it.
      memmove(buf_.get(), buf_.get() + pos_, size_ - pos_);
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
  std::unique_ptr<char[]> buf_;
  size_t size_ = 0;  // bytes in buf_
  size_t cap_ = 0;
  size_t pos_ = 0;   // start of the next line
  size_t scan_ = 0;  // no '\n' in [pos_, scan_)
  bool eof_ = false;
  uint64_t bytes_ = 0;
};

Status ReadAll(FILE* f, std::string* out) {
  out->clear();
  char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
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

// Expands inputs into a list of (path, is_stdin); directories are walked in
// sorted order when recursive. Errors are returned as items.
void ListDir(const std::string& dir, std::vector<std::string>* files) {
  DIR* d = opendir(dir.c_str());
  if (!d) return;
  std::vector<std::string> names;
  while (struct dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n == "." || n == ".." || n[0] == '.') continue;
    names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (const std::string& n : names) {
    std::string p = dir;
    if (p.empty() || p.back() != '/') p += '/';
    p += n;
    struct stat st;
    if (stat(p.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      ListDir(p, files);
    } else if (S_ISREG(st.st_mode)) {
      files->push_back(p);
    }
  }
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

void ProcessItem(const RunOptions& opt, const DocFn& fn, Item* item) {
  if (item->kind == ItemKind::kError) return;
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
      item->status = dec.status();
      return;
    }
    if (dec->text.find_first_not_of(" \t\r\n") == std::string::npos) {
      item->status = Status::InvalidInput("empty document (no text)");
      return;
    }
    item->warning = std::move(dec->warning);
    Document d = MakeTextDocument(item->origin, std::move(*dec));
    item->status = fn(item->origin, d, &item->out);
  }
  std::string().swap(item->data);
}

class Producer {
 public:
  explicit Producer(const RunOptions& opt) : opt_(opt) {
    if (opt.inputs.empty()) {
      paths_.push_back("-");
      return;
    }
    for (const std::string& in : opt.inputs) {
      if (in == "-") {
        paths_.push_back(in);
        continue;
      }
      struct stat st;
      if (stat(in.c_str(), &st) != 0) {
        errors_.push_back({in, std::string(strerror(errno))});
        paths_.push_back("\x01" + std::to_string(errors_.size() - 1));
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        if (!opt.recursive) {
          errors_.push_back({in, "is a directory (use -r to read directories)"});
          paths_.push_back("\x01" + std::to_string(errors_.size() - 1));
          continue;
        }
        std::vector<std::string> files;
        ListDir(in, &files);
        if (!opt.walk_filter.empty()) {
          const size_t root = in.size() + (in.back() == '/' ? 0 : 1);
          files.erase(std::remove_if(files.begin(), files.end(),
                                     [&](const std::string& f) {
                                       return !opt.walk_filter.Keep(
                                           std::string_view(f).substr(std::min(root, f.size())));
                                     }),
                      files.end());
        }
        if (files.empty()) {
          errors_.push_back({in, "directory has no files"});
          paths_.push_back("\x01" + std::to_string(errors_.size() - 1));
        }
        for (auto& f : files) paths_.push_back(f);
      } else {
        paths_.push_back(in);
      }
    }
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
        std::string line;
        bool err = false;
        if (reader_->Next(&line, &err)) {
          ++line_no_;
          if (!line.empty() && line.back() == '\r') line.pop_back();
          if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines
          item->kind = ItemKind::kJsonLine;
          item->origin = {cur_name_, line_no_};
          item->data = std::move(line);
          return true;
        }
        bytes_ += reader_->bytes();
        reader_.reset();
        if (cur_file_ && cur_file_ != stdin) fclose(cur_file_);
        cur_file_ = nullptr;
        if (err) {
          item->kind = ItemKind::kError;
          item->origin = {cur_name_, line_no_};
          item->status = Status::IoError("read error");
          return true;
        }
        if (line_no_ == 0 && stdin_input_) {
          item->kind = ItemKind::kError;
          item->origin = {cur_name_, 0};
          item->status = Status::InvalidInput("empty input");
          return true;
        }
        continue;
      }
      if (next_ >= paths_.size()) return false;
      const std::string path = paths_[next_++];
      if (!path.empty() && path[0] == '\x01') {
        auto& e = errors_[std::stoul(path.substr(1))];
        item->kind = ItemKind::kError;
        item->origin = {e.first, 0};
        item->status = Status::NotFound(e.second);
        return true;
      }
      FILE* f = path == "-" ? stdin : fopen(path.c_str(), "rb");
      std::string name = path == "-" ? "<stdin>" : path;
      if (!f) {
        item->kind = ItemKind::kError;
        item->origin = {name, 0};
        item->status = Status::IoError(strerror(errno));
        return true;
      }
      // Sniff the head to choose JSONL or whole-file text.
      std::string head(4096, '\0');
      size_t n = fread(&head[0], 1, head.size(), f);
      head.resize(n);
      if (IsJsonDocument(path, head)) {
        // One message, not one per line of a pretty-printed or array file.
        if (f != stdin) fclose(f);
        item->kind = ItemKind::kError;
        item->origin = {name, 1};
        item->status = Status::InvalidInput(
            "a JSON document, not JSON Lines (one record per line): skipped; `jq -c '.[]'` "
            "turns an array of records into JSON Lines");
        return true;
      }
      if (LooksLikeJsonl(path == "-" ? std::string_view() : std::string_view(path), head)) {
        reader_ = std::make_unique<LineReader>(f);
        reader_->Prepend(std::move(head));
        bytes_ += n;
        cur_file_ = f;
        cur_name_ = name;
        line_no_ = 0;
        stdin_input_ = (f == stdin);
        continue;
      }
      std::string rest;
      Status st = ReadAll(f, &rest);
      if (f != stdin) fclose(f);
      item->origin = {name, 0};
      if (!st.ok()) {
        item->kind = ItemKind::kError;
        item->status = st;
        return true;
      }
      item->kind = ItemKind::kTextFile;
      item->data = std::move(head);
      item->data += rest;
      bytes_ += item->data.size();
      if (item->data.empty()) {
        item->kind = ItemKind::kError;
        item->status = Status::InvalidInput(path == "-" ? "empty input" : "empty file");
      }
      return true;
    }
  }

  const RunOptions& opt_;
  std::vector<std::string> paths_;
  std::vector<std::pair<std::string, std::string>> errors_;
  size_t next_ = 0;
  std::unique_ptr<LineReader> reader_;
  FILE* cur_file_ = nullptr;
  std::string cur_name_;
  uint64_t line_no_ = 0;
  bool stdin_input_ = false;
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
  std::string line = "caucus ";
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
bool g_stdout_closed = false;

// Writes all of s to fd 1 unless output has been closed.
bool WriteAll(std::string_view s) {
  size_t off = 0;
  while (off < s.size() && !g_stdout_closed) {
    ssize_t n = write(1, s.data() + off, s.size() - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      g_stdout_closed = true;  // EPIPE or any write error ends output
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

  // Reports or writes one processed item; `written` when its output has
  // already gone to the stdout buffer.
  auto consume_item = [&](Item& item, bool written) {
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
      if (stop) return;
      consume_item(item, false);
    }
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
          for (Item& item : slot->batch) ProcessItem(opt, fn, &item);
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
  if (summary.errors > 0) {
    // "1 input not read, 2 records skipped, 1 document processed"
    auto count = [](uint64_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::string line;
    if (summary.unread > 0) line += count(summary.unread, "input", "inputs") + " not read, ";
    if (summary.errors > summary.unread)
      line += count(summary.errors - summary.unread, "record", "records") + " skipped, ";
    ReportError(opt.tool, line + count(summary.documents, "document", "documents") + " processed");
  }
  if (summary_out) *summary_out = summary;
  return summary.errors > 0 ? 2 : 0;
}

}  // namespace caucus
