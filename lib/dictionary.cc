#include "caucus/dictionary.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_map>

#include "json_lite.h"
#include "matcher.h"

namespace caucus {
namespace {

using nlohmann::json;

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string ExeDir() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  std::string p(buf, static_cast<size_t>(n));
  size_t slash = p.rfind('/');
  return slash == std::string::npos ? std::string() : p.substr(0, slash);
}

// The number of '\n' in [b, e), found with memchr (vectorised): a count
// over the bytes took seven instructions a byte, and loading the
// dictionaries counts the lines of all of them.
size_t CountNewlines(const char* b, const char* e) {
  size_t n = 0;
  while (b < e) {
    const void* p = memchr(b, '\n', static_cast<size_t>(e - b));
    if (!p) break;
    ++n;
    b = static_cast<const char*>(p) + 1;
  }
  return n;
}

int LineOf(const std::string& text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  return 1 + static_cast<int>(CountNewlines(text.data(), text.data() + offset));
}

// An acronym: capitals and no lower-case letter ("ITU", "U.S."). A form in
// a script without case (Arabic, Chinese) is not one: it compares folded.
bool IsAcronymLike(std::string_view s) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t n = static_cast<int32_t>(s.size()), i = 0;
  bool upper = false;
  while (i < n) {
    if (p[i] < 0x80) {  // ICU's answers for ASCII, without the calls
      if (p[i] >= 'a' && p[i] <= 'z') return false;
      upper |= p[i] >= 'A' && p[i] <= 'Z';
      ++i;
      continue;
    }
    UChar32 cp;
    U8_NEXT(p, i, n, cp);
    if (cp < 0) continue;
    if (u_islower(cp)) return false;
    upper |= u_isupper(cp) || u_istitle(cp);
  }
  return upper;
}

// A dictionary file, parsed by JsonLite and read as nlohmann::json read it
// before (several times slower): of a repeated key the last counts, and an
// object's members come in the order of their keys.
using Node = internal::JsonLite::Node;
using Type = internal::JsonLite::Type;

class DictJson {
 public:
  explicit DictJson(const internal::JsonLite* doc) : doc_(doc) {}
  const Node* root() const { return doc_->root(); }
  const Node* First(const Node* n) const { return doc_->First(n); }
  const Node* Next(const Node* n) const { return doc_->Next(n); }
  // The member `key` of an object (the last, if repeated), or null.
  const Node* Member(const Node* o, std::string_view key) const {
    if (!o || o->type != Type::kObject) return nullptr;
    const Node* found = nullptr;
    for (const Node* n = First(o); n; n = Next(n))
      if (n->key == key) found = n;
    return found;
  }
  // An object's members by key, each key once (its last member).
  std::vector<const Node*> Members(const Node* o) const {
    std::vector<const Node*> out;
    for (const Node* n = First(o); n; n = Next(n)) out.push_back(n);
    std::stable_sort(out.begin(), out.end(),
                     [](const Node* a, const Node* b) { return a->key < b->key; });
    size_t w = 0;
    for (size_t k = 0; k < out.size(); ++k) {
      if (k + 1 < out.size() && out[k + 1]->key == out[k]->key) continue;
      out[w++] = out[k];
    }
    out.resize(w);
    return out;
  }
  std::string Str(const Node* o, const char* key) const {
    const Node* n = Member(o, key);
    return n && n->type == Type::kString ? std::string(n->str) : std::string();
  }
  // The array `key`, or null.
  const Node* Array(const Node* o, const char* key) const {
    const Node* n = Member(o, key);
    return n && n->type == Type::kArray ? n : nullptr;
  }
  std::vector<std::string> LowerList(const Node* o, const char* key) const {
    std::vector<std::string> out;
    for (const Node* w = First(Array(o, key)); w; w = Next(w))
      if (w->type == Type::kString) out.push_back(internal::FoldToken(w->str));
    return out;
  }
  // The boolean `key` (false if absent): false with an error if it is not
  // true or false.
  bool Flag(const Node* o, const char* key, bool* value) const {
    const Node* n = Member(o, key);
    *value = n && n->type == Type::kBool && n->boolean;
    return !n || n->type == Type::kBool;
  }

 private:
  const internal::JsonLite* doc_;
};

// The surface forms of one entry while it is parsed, with an index by text
// so that a repeated form is found without a scan (an entry may have a
// hundred forms: names in six languages and their inflections).
//
// The index is an open-addressing table of positions in the entry's
// aliases, keyed by a hash of the text and checked against the alias's
// text (a map of strings copied every form and allocated a node for it).
class AliasSet {
 public:
  explicit AliasSet(DictEntry* e) : e_(e), slots_(16, kEmpty) {}
  // Adds one surface form. A repeated form keeps its first form label, but
  // an alias object (`with_rules`) replaces the flags, so a name can be
  // given context rules in "aliases" ({"text": "Chad", "not_next_capitalized": true}).
  void Add(Alias a, bool with_rules = false) {
    if (a.text.empty()) return;
    if ((e_->aliases.size() + 1) * 2 > slots_.size()) Grow();
    uint32_t* slot = Find(a.text);
    if (*slot == kEmpty) {
      *slot = static_cast<uint32_t>(e_->aliases.size());
      e_->aliases.push_back(std::move(a));
      return;
    }
    if (!with_rules) return;
    Alias& b = e_->aliases[*slot];
    std::string form = b.form;
    b = std::move(a);
    if (!b.weak && !b.variant) b.form = form;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  // The slot that holds the alias written `text`, or the empty slot where
  // it goes.
  uint32_t* Find(std::string_view text) {
    const size_t mask = slots_.size() - 1;
    const size_t hash = std::hash<std::string_view>()(text);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty || e_->aliases[slots_[i]].text == text) return &slots_[i];
    }
  }
  void Grow() {
    slots_.assign(slots_.size() * 2, kEmpty);
    for (size_t k = 0; k < e_->aliases.size(); ++k)
      *Find(e_->aliases[k].text) = static_cast<uint32_t>(k);
  }
  DictEntry* e_;
  std::vector<uint32_t> slots_;
};

Alias MakeAlias(const std::string& text, const std::string& form) {
  Alias a;
  a.text = text;
  a.form = form;
  a.case_sensitive = IsAcronymLike(text);
  return a;
}

// "valid": {"from": DATE, "to": DATE}, either optional.
void ParseValid(const DictJson& d, const Node* j, DictEntry* e) {
  const Node* v = d.Member(j, "valid");
  if (!v || v->type != Type::kObject) return;
  e->valid_from = d.Str(v, "from");
  e->valid_to = d.Str(v, "to");
}

// The kinds an entry may have: those of docs/FORMAT.md, and "block" for
// phrases that are no entity (dictionaries/README.md).
constexpr const char* kKinds[] = {"government", "body",  "event", "instrument",
                                  "person",     "group", "topic", "block"};

bool KnownKind(const std::string& kind) {
  return std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
}

Status ParseEntry(const DictJson& d, const Node* j, const std::string& file_kind,
                  const std::string& file, DictEntry* e) {
  if (j->type != Type::kObject) return Status::InvalidInput("entry is not an object");
  e->kind = d.Str(j, "kind");
  if (e->kind.empty()) e->kind = file_kind;
  e->id = d.Str(j, "id");
  e->name = d.Str(j, "name");
  if (e->id.empty()) return Status::InvalidInput("entry without \"id\"");
  if (e->name.empty()) return Status::InvalidInput("entry \"" + e->id + "\" without \"name\"");
  if (e->kind.empty()) return Status::InvalidInput("entry \"" + e->id + "\" without \"kind\"");
  if (!KnownKind(e->kind)) {
    std::string known;
    for (const char* k : kKinds) known += (known.empty() ? "" : ", ") + std::string(k);
    return Status::InvalidInput("entry \"" + e->id + "\": unknown kind \"" + e->kind + "\" (" +
                                known + ")");
  }
  e->type = d.Str(j, "type");
  e->status = d.Str(j, "status");
  e->parent = d.Str(j, "parent");
  e->role = d.Str(j, "role");
  e->org = d.Str(j, "org");
  e->source = d.Str(j, "source");
  e->sector = d.Str(j, "sector");
  e->country = d.Str(j, "country");
  ParseValid(d, j, e);
  e->file = file;
  for (const Node* m = d.First(d.Array(j, "members")); m; m = d.Next(m))
    if (m->type == Type::kString) e->members.emplace_back(m->str);
  // Room for every form at once: regrowing the vector moves each Alias (two
  // strings, three vectors), 3% of the start-up of `caucus entities`.
  size_t nforms = 1;
  for (const char* key : {"aliases", "demonyms", "people"})
    for (const Node* a = d.First(d.Array(j, key)); a; a = d.Next(a)) ++nforms;
  if (const Node* names = d.Member(j, "names"); names && names->type == Type::kObject) {
    for (const Node* v = d.First(names); v; v = d.Next(v)) {
      ++nforms;
      for (const Node* n = v->type == Type::kArray ? d.First(v) : nullptr; n; n = d.Next(n))
        ++nforms;
    }
  }
  e->aliases.reserve(e->aliases.size() + nforms);
  AliasSet forms(e);
  forms.Add(MakeAlias(e->name, "name"));
  if (const Node* aliases = d.Member(j, "aliases")) {
    if (aliases->type != Type::kArray) {
      return Status::InvalidInput("entry \"" + e->id + "\": \"aliases\" is not an array");
    }
    for (const Node* a = d.First(aliases); a; a = d.Next(a)) {
      if (a->type == Type::kString) {
        forms.Add(MakeAlias(std::string(a->str), "alias"));
      } else if (a->type == Type::kObject) {
        Alias al = MakeAlias(d.Str(a, "text"), "alias");
        if (al.text.empty()) {
          return Status::InvalidInput("entry \"" + e->id + "\": alias object without \"text\"");
        }
        std::string c = d.Str(a, "case");
        if (c == "sensitive") al.case_sensitive = true;
        if (c == "insensitive") al.case_sensitive = false;
        for (const auto& [key, flag] : {std::pair<const char*, bool*>{"weak", &al.weak},
                                        {"variant", &al.variant},
                                        {"people", &al.people},
                                        {"not_next_capitalized", &al.not_next_capitalized},
                                        {"not_prev_capitalized", &al.not_prev_capitalized}}) {
          if (!d.Flag(a, key, flag)) {
            return Status::InvalidInput("entry \"" + e->id + "\": alias \"" + al.text + "\": \"" +
                                        key + "\" is neither true nor false");
          }
        }
        if (al.weak) al.form = "weak";
        if (al.variant) al.form = "variant";
        if (al.people && !al.weak) al.form = "demonym";
        al.not_next = d.LowerList(a, "not_next");
        al.not_prev = d.LowerList(a, "not_prev");
        for (const Node* r = d.First(d.Array(a, "requires")); r; r = d.Next(r))
          if (r->type == Type::kString) al.requires_ids.emplace_back(r->str);
        forms.Add(std::move(al), /*with_rules=*/true);
      } else {
        return Status::InvalidInput("entry \"" + e->id + "\": alias is neither string nor object");
      }
    }
  }
  for (const Node* a = d.First(d.Array(j, "demonyms")); a; a = d.Next(a))
    if (a->type == Type::kString) forms.Add(MakeAlias(std::string(a->str), "demonym"));
  // Plural nouns for the people ("Cubans"): demonyms that a rule may turn
  // into a mention of the people rather than the state.
  for (const Node* a = d.First(d.Array(j, "people")); a; a = d.Next(a)) {
    if (a->type != Type::kString) continue;
    Alias al = MakeAlias(std::string(a->str), "demonym");
    al.people = true;
    forms.Add(std::move(al));
  }
  // A name per language, or several (short and formal names, inflected forms).
  if (const Node* names = d.Member(j, "names"); names && names->type == Type::kObject) {
    for (const Node* v : d.Members(names)) {
      const std::string form = v->key == "en" ? "name" : "local";
      if (v->type == Type::kString) forms.Add(MakeAlias(std::string(v->str), form));
      for (const Node* n = v->type == Type::kArray ? d.First(v) : nullptr; n; n = d.Next(n))
        if (n->type == Type::kString) forms.Add(MakeAlias(std::string(n->str), form));
    }
  }
  return Status::Ok();
}

void AppendLower(const DictJson& d, const Node* j, const char* key, std::vector<std::string>* out) {
  for (const std::string& w : d.LowerList(j, key)) out->push_back(w);
}

// A file of kind "rules": the word lists of EntityRules.
void ParseRules(const DictJson& d, const Node* j, EntityRules* rules) {
  AppendLower(d, j, "people_nouns", &rules->people_nouns);
  AppendLower(d, j, "people_before", &rules->people_before);
  AppendLower(d, j, "people_after", &rules->people_after);
  AppendLower(d, j, "not_state_compounds", &rules->not_state_compounds);
  const Node* refs = d.Member(j, "back_references");
  if (refs && refs->type == Type::kObject) {
    for (const Node* v : d.Members(refs)) {
      std::vector<std::string> words;
      for (const Node* w = v->type == Type::kArray ? d.First(v) : nullptr; w; w = d.Next(w))
        if (w->type == Type::kString) words.push_back(internal::FoldToken(w->str));
      rules->back_references.emplace_back(internal::FoldToken(v->key), std::move(words));
    }
  }
  const Node* ids = d.Member(j, "back_reference_ids");
  if (ids && ids->type == Type::kObject) {
    for (const Node* v : d.Members(ids)) {
      std::vector<std::string> to;
      for (const Node* w = v->type == Type::kArray ? d.First(v) : nullptr; w; w = d.Next(w))
        if (w->type == Type::kString) to.emplace_back(w->str);
      rules->back_reference_ids.emplace_back(internal::FoldToken(v->key), std::move(to));
    }
  }
}

// The message for a file JsonLite refuses: nlohmann::json's, as before
// JsonLite read the dictionaries (it names the byte; JsonLite refuses what
// it refuses and also nesting deeper than 64, which gets JsonLite's).
Status BadJson(const std::string& path, const std::string& text, const Status& lite) {
  try {
    const json parsed = json::parse(text);
  } catch (const json::parse_error& e) {
    return Status::InvalidInput(path + ":" +
                                std::to_string(LineOf(text, e.byte > 0 ? e.byte - 1 : 0)) +
                                ": bad JSON: " + e.what());
  } catch (const json::exception& e) {
    // Valid syntax the parser still refuses (a number out of range): it
    // gives no position.
    return Status::InvalidInput(path + ": bad JSON: " + e.what());
  }
  return Status::InvalidInput(path + ": bad JSON: " + lite.message());
}

Status LoadFile(const std::string& path, std::vector<DictEntry>* entries, EntityRules* rules) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open dictionary");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  internal::JsonLite doc;
  if (Status st = doc.Parse(text); !st.ok()) return BadJson(path, text, st);
  const DictJson d(&doc);
  const Node* j = d.root();
  const Node* list = nullptr;
  std::string kind;
  if (j->type == Type::kObject) {
    kind = d.Str(j, "kind");
    if (kind == "rules") ParseRules(d, j, rules);
    // A stance lexicon (cues, English words) holds no entries: the stance
    // finder reads it.
    if ((kind == "cue" || kind == "words") && !d.Member(j, "entries")) return Status::Ok();
    list = d.Array(j, "entries");
    if (!list) {
      return Status::InvalidInput(path + ":1: dictionary must have an \"entries\" array");
    }
  } else if (j->type == Type::kArray) {
    list = j;
  } else {
    return Status::InvalidInput(path + ":1: dictionary must be an object with \"entries\"");
  }
  // A file that adds nothing is a mistake (a cue file adds its "cues", a
  // words file its "lists", a rules file its word lists).
  if (!d.First(list) && !(j->type == Type::kObject &&
                          (d.Member(j, "cues") || d.Member(j, "lists") || kind == "rules"))) {
    return Status::InvalidInput(
        path +
        ":1: the dictionary has no entries (expected {\"kind\": ..., \"entries\": [...]} "
        "with at least one entry)");
  }
  size_t search_from = 0;
  // Lines are counted forward from the previous entry's position: counting
  // from the top for every entry made loading quadratic in the file size.
  size_t counted_to = 0;
  int counted_line = 1;
  auto line_at = [&](size_t pos) {
    pos = std::min(pos, text.size());
    if (pos < counted_to) return LineOf(text, pos);
    counted_line += static_cast<int>(CountNewlines(text.data() + counted_to, text.data() + pos));
    counted_to = pos;
    return counted_line;
  };
  for (const Node* ej = d.First(list); ej; ej = d.Next(ej)) {
    DictEntry e;
    Status st = ParseEntry(d, ej, kind, path, &e);
    // Find the entry's line by its id in the raw text, in order.
    size_t pos = std::string::npos;
    if (const Node* id = d.Member(ej, "id"); id && id->type == Type::kString) {
      // memmem: std::string::find tries every '"' of the text in turn.
      const std::string needle = "\"" + std::string(id->str) + "\"";
      const void* at = search_from < text.size()
                           ? memmem(text.data() + search_from, text.size() - search_from,
                                    needle.data(), needle.size())
                           : nullptr;
      pos =
          at ? static_cast<size_t>(static_cast<const char*>(at) - text.data()) : std::string::npos;
    }
    int line = line_at(pos == std::string::npos ? search_from : pos);
    if (pos != std::string::npos) search_from = pos + 1;
    if (!st.ok())
      return Status::InvalidInput(path + ":" + std::to_string(line) + ": " + st.message());
    e.file = path + ":" + std::to_string(line);
    entries->push_back(std::move(e));
  }
  return Status::Ok();
}

std::vector<std::string> ListJson(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  while (struct dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 5 && n.substr(n.size() - 5) == ".json") out.push_back(n);
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

const char* const kSectors[6] = {"intergovernmental", "government",          "private-sector",
                                 "civil-society",     "technical-community", "academia"};

bool IsSector(std::string_view s) {
  return std::find(std::begin(kSectors), std::end(kSectors), s) != std::end(kSectors);
}

std::string DefaultDictDir() {
  if (const char* env = getenv("CAUCUS_DICT_DIR"); env && *env) return env;
  std::string exe = ExeDir();
  if (!exe.empty()) {
    if (IsDir(exe + "/share/caucus")) return exe + "/share/caucus";
    if (IsDir(exe + "/../share/caucus")) return exe + "/../share/caucus";
  }
#ifdef CAUCUS_INSTALL_DATADIR
  if (IsDir(CAUCUS_INSTALL_DATADIR)) return CAUCUS_INSTALL_DATADIR;
#endif
#ifdef CAUCUS_SOURCE_DICTDIR
  return CAUCUS_SOURCE_DICTDIR;
#else
  return "dictionaries";
#endif
}

Result<Dictionary> Dictionary::Load(const DictionaryOptions& options) {
  Dictionary d;
  std::string dir = options.dir.empty() ? DefaultDictDir() : options.dir;
  if (!IsDir(dir)) return Status::NotFound(dir + ": dictionary directory not found");
  std::vector<std::string> names = ListJson(dir);
  if (names.empty()) return Status::NotFound(dir + ": no dictionaries (*.json) found");
  for (const std::string& n : names) {
    // The stance lexicons of the directory hold no entries: the tools that
    // use them (stances, turns, `dict validate`) read and check them.
    if (n == "cues.json" || n == "english.json") continue;
    if (!options.only.empty()) {
      bool keep = false;
      for (const std::string& o : options.only) keep |= n.rfind(o, 0) == 0;
      if (!keep) continue;
    }
    std::string path = dir + "/" + n;
    Status st = LoadFile(path, &d.entries_, &d.rules_);
    if (!st.ok()) return st;
    d.files_.push_back(path);
  }
  for (const std::string& path : options.user_files) {
    Status st = LoadFile(path, &d.entries_, &d.rules_);
    if (!st.ok()) return st;
    d.files_.push_back(path);
  }
  for (size_t i = 0; i < d.entries_.size(); ++i) d.by_id_[d.entries_[i].id].push_back(i);
  return d;
}

const DictEntry* Dictionary::Find(std::string_view kind, std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return nullptr;
  const DictEntry* found = nullptr;
  for (size_t i : it->second) {
    if (entries_[i].kind == kind) found = &entries_[i];  // the last (user) definition wins
  }
  return found;
}

std::vector<const DictEntry*> Dictionary::FindId(std::string_view id) const {
  std::vector<const DictEntry*> out;
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return out;
  for (size_t i : it->second) out.push_back(&entries_[i]);
  return out;
}

namespace {
// A key for an alias: its token hashes (folded or exact), "the" removed.
std::string AliasKey(const Alias& a) {
  std::vector<internal::MatchToken> toks;
  internal::Tokenize(a.text, &toks);
  static const std::string kThe = "the";
  if (toks.size() > 1 &&
      internal::FoldToken(a.text.substr(toks[0].begin, toks[0].end - toks[0].begin)) == kThe)
    toks.erase(toks.begin());
  std::string key;
  for (const auto& t : toks) {
    uint64_t h = a.case_sensitive ? t.exact : t.fold;
    key.append(reinterpret_cast<const char*>(&h), sizeof h);
  }
  return key;
}
}  // namespace

std::vector<const DictEntry*> Dictionary::Lookup(std::string_view phrase) const {
  std::vector<const DictEntry*> out;
  Alias probe_fold = MakeAlias(std::string(phrase), "");
  probe_fold.case_sensitive = false;
  Alias probe_exact = probe_fold;
  probe_exact.case_sensitive = true;
  std::string kf = AliasKey(probe_fold), ke = AliasKey(probe_exact);
  for (const DictEntry& e : entries_) {
    for (const Alias& a : e.aliases) {
      if (AliasKey(a) == (a.case_sensitive ? ke : kf)) {
        out.push_back(&e);
        break;
      }
    }
  }
  return out;
}

namespace {
// Two entries whose dates do not overlap may share a form (the PrepCom-3 of
// either WSIS phase): the document's date picks one. ISO dates compare as
// strings; a partial date ("2005") compares on its prefix.
bool DatesApart(const DictEntry& a, const DictEntry& b) {
  if ((a.valid_from.empty() && a.valid_to.empty()) || (b.valid_from.empty() && b.valid_to.empty()))
    return false;
  auto before = [](const std::string& to, const std::string& from) {
    if (to.empty() || from.empty()) return false;
    const size_t n = std::min(to.size(), from.size());
    return to.compare(0, n, from, 0, n) < 0;
  };
  return before(a.valid_to, b.valid_from) || before(b.valid_to, a.valid_from);
}
}  // namespace

std::vector<DictProblem> Dictionary::Validate() const {
  std::vector<DictProblem> problems;
  auto where = [](const DictEntry& e) {
    DictProblem p;
    size_t colon = e.file.rfind(':');
    p.file = e.file.substr(0, colon);
    p.line = colon == std::string::npos ? 0 : std::atoi(e.file.c_str() + colon + 1);
    return p;
  };
  std::map<std::pair<std::string, std::string>, const DictEntry*> ids;
  for (const DictEntry& e : entries_) {
    auto [it, fresh] = ids.emplace(std::make_pair(e.kind, e.id), &e);
    if (!fresh) {
      DictProblem p = where(e);
      p.message =
          "duplicate id \"" + e.id + "\" (kind " + e.kind + "), first at " + it->second->file;
      problems.push_back(p);
    }
  }
  for (const DictEntry& e : entries_) {
    if (!e.sector.empty() && !IsSector(e.sector)) {
      DictProblem p = where(e);
      p.message = "entry \"" + e.id + "\": unknown sector \"" + e.sector +
                  "\" (intergovernmental, government, private-sector, civil-society, "
                  "technical-community, academia)";
      problems.push_back(p);
    }
    if (!e.country.empty() && !Find("government", e.country)) {
      DictProblem p = where(e);
      p.message = "entry \"" + e.id + "\": country \"" + e.country + "\" is not a government id";
      problems.push_back(p);
    }
  }
  std::map<std::string, const DictEntry*> aliases;
  for (const DictEntry& e : entries_) {
    for (const Alias& a : e.aliases) {
      std::string key = AliasKey(a);
      if (key.empty()) {
        DictProblem p = where(e);
        p.message = "entry \"" + e.id + "\": alias \"" + a.text + "\" has no matchable text";
        problems.push_back(p);
        continue;
      }
      auto [it, fresh] = aliases.emplace(key, &e);
      if (!fresh && it->second != &e && !(it->second->kind == e.kind && it->second->id == e.id) &&
          !DatesApart(*it->second, e)) {
        DictProblem p = where(e);
        p.message = "alias \"" + a.text + "\" of " + e.kind + " \"" + e.id +
                    "\" is also claimed by " + it->second->kind + " \"" + it->second->id + "\" (" +
                    it->second->file + ")";
        problems.push_back(p);
      }
    }
  }
  return problems;
}

std::string NormalizePhrase(std::string_view phrase, bool case_sensitive) {
  std::vector<internal::MatchToken> toks;
  internal::Tokenize(phrase, &toks);
  std::string out;
  size_t start = 0;
  if (toks.size() > 1 &&
      internal::FoldToken(phrase.substr(toks[0].begin, toks[0].end - toks[0].begin)) == "the")
    start = 1;
  for (size_t i = start; i < toks.size(); ++i) {
    std::string_view t = phrase.substr(toks[i].begin, toks[i].end - toks[i].begin);
    if (i > start && toks[i].begin > toks[i - 1].end) out.push_back(' ');
    out += case_sensitive ? std::string(t) : internal::FoldToken(t);
  }
  return out;
}

}  // namespace caucus
