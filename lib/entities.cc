#include "caucus/entities.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <optional>
#include <set>
#include <unordered_set>

#include "caucus/json.h"
#include "json_cursor.h"
#include "matcher.h"

namespace caucus {

using internal::MatchToken;
using internal::PhraseTrie;

namespace {

// What a match is, for the rules that look at other matches' kinds.
enum KindCode : uint8_t { kOtherKind, kBodyKind, kGovernmentKind, kEventKind };

// What a trie payload points to. Kept small and flat (24 bytes) since a
// walk reads it for every candidate.
struct AliasRef {
  uint32_t entry = 0;
  uint32_t alias = 0;
  // A hash of the hashes of the alias's tokens (exact if case-sensitive,
  // else folded), held here so that checking a match reads no other array.
  uint64_t tokens_hash = 0;
  uint16_t ntokens = 0;
  bool case_sensitive = false;
  bool weak = false;
  bool has_rules = false;  // not_next / not_prev context rules
  bool reported = false;   // a wanted kind, not a blocker
  bool has_requires = false;
  KindCode kind_code = kOtherKind;  // of the entry
};

// Folds a token hash into a hash of a sequence of tokens. Two different
// token sequences get the same hash with a chance of about 2^-64.
inline uint64_t CombineHash(uint64_t h, uint64_t token) {
  h = (h ^ token) * 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 32);
}

const char* const kRoles[] = {
    "Secretary-General",
    "Deputy Secretary-General",
    "Assistant Secretary-General",
    "Under-Secretary-General",
    "Director-General",
    "Deputy Director-General",
    "Director",
    "Executive Director",
    "Chair",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Vice-Chair",
    "Vice Chair",
    "President",
    "Vice-President",
    "Vice President",
    "CEO",
    "Chief Executive",
    "Chief Executive Officer",
    "Head",
    "Minister",
    "Deputy Minister",
    "Ambassador",
    "Permanent Representative",
    "Commissioner",
    "Secretary",
    "Assistant Secretary",
    "Spokesperson",
    "Spokesman",
    "Special Rapporteur",
    "Special Envoy",
    "Envoy",
    "Executive Secretary",
    "General Counsel",
    "Coordinator",
    "Representative",
    "Delegate",
    "Administrator",
};

const char* const kTitles[] = {"dr",        "mr",  "mrs",  "ms",         "prof",
                               "professor", "sir", "dame", "ambassador", "minister",
                               "president", "h",   "e",    "senator"};

bool OrgLikeLongForm(std::string_view lf) {
  static const char* const kOrgWords[] = {
      "union",       "organization",   "organisation", "commission",  "council",     "committee",
      "group",       "forum",          "agency",       "association", "institute",   "authority",
      "bureau",      "registry",       "registries",   "centre",      "center",      "society",
      "foundation",  "board",          "panel",        "network",     "corporation", "alliance",
      "coalition",   "partnership",    "office",       "department",  "ministry",    "programme",
      "program",     "secretariat",    "task force",   "consortium",  "federation",  "league",
      "assembly",    "conference",     "parliament",   "court",       "bank",        "fund",
      "institution", "administration", "university",   "company",     "initiative",  "community",
      "unit",        "team",           "body",         "working"};
  std::string low = internal::FoldToken(lf);
  for (const char* w : kOrgWords) {
    size_t p = low.find(w);
    if (p != std::string::npos && (p == 0 || low[p - 1] == ' ' || low[p - 1] == '-')) return true;
  }
  return false;
}

KindCode KindCodeOf(const std::string& kind) {
  if (kind == "body") return kBodyKind;
  if (kind == "government") return kGovernmentKind;
  if (kind == "event") return kEventKind;
  return kOtherKind;
}

// The slack after the written tails and after a written layer, for copies
// of kPad bytes at a time.
constexpr size_t kPad = 16;

const std::string kPersonKind = "person";
const std::string kRuleForm = "rule";
const std::string kAliasForm = "alias";
const std::string kDefinedForm = "defined";
const std::string kNoString;

// One entity while finding: its span and views of its fields, which point
// into the dictionary or into strings the call keeps (document-local names,
// people), so that finding copies no string. `tail` is the index of the
// alias whose fields are already written as JSON, or kNoTail; a dictionary
// match (with a tail) has no `form` here, which its alias gives.
struct Hit {
  static constexpr uint32_t kNoTail = UINT32_MAX;
  Span span;
  const std::string* kind = &kNoString;
  const std::string* id = &kNoString;
  const std::string* name = &kNoString;
  const std::string* form = &kNoString;
  const std::string* role = &kNoString;
  const std::string* org = &kNoString;
  uint32_t tail = kNoTail;
  KindCode kind_code = kOtherKind;
};

// Appends the members of an entity that follow "text", as EntitiesJson
// writes them.
void AppendEntityTail(const std::string& kind, const std::string& id, const std::string& name,
                      const std::string& form, const std::string& role, const std::string& org,
                      std::string* out) {
  out->append(",\"kind\":");
  AppendJsonString(kind, out);
  out->append(",\"id\":");
  AppendJsonString(id, out);
  out->append(",\"name\":");
  AppendJsonString(name, out);
  if (!form.empty()) {
    out->append(",\"form\":");
    AppendJsonString(form, out);
  }
  if (!role.empty()) {
    out->append(",\"role\":");
    AppendJsonString(role, out);
  }
  if (!org.empty()) {
    out->append(",\"org\":");
    AppendJsonString(org, out);
  }
}

// Aliases with a context condition ("Commission" is the European Commission
// only where the EU is named): drops the matches whose required ids are not
// found in the document by another match. `cond` lists the conditional
// matches (index in `out`, required ids); token spans and coverage follow.
void DropUnmetContext(const std::vector<std::pair<size_t, const std::vector<std::string>*>>& cond,
                      std::vector<Hit>* out, std::vector<std::pair<size_t, size_t>>* tok_spans,
                      std::vector<char>* covered) {
  if (cond.empty()) return;
  std::set<std::string_view> found;
  std::vector<char> conditional(out->size(), 0);
  for (const auto& c : cond) conditional[c.first] = 1;
  for (size_t i = 0; i < out->size(); ++i)
    if (!conditional[i]) found.insert(*(*out)[i].id);
  std::vector<char> drop(out->size(), 0);
  for (const auto& c : cond) {
    bool met = false;
    for (const std::string& id : *c.second) met |= found.count(id) > 0;
    if (met) continue;
    drop[c.first] = 1;
    for (size_t k = (*tok_spans)[c.first].first; k < (*tok_spans)[c.first].second; ++k)
      (*covered)[k] = 0;
  }
  size_t w = 0;
  for (size_t i = 0; i < out->size(); ++i) {
    if (drop[i]) continue;
    if (w != i) {
      (*out)[w] = (*out)[i];
      (*tok_spans)[w] = (*tok_spans)[i];
    }
    ++w;
  }
  out->resize(w);
  tok_spans->resize(w);
}

}  // namespace

struct Recognizer::Impl {
  Dictionary dict;
  PhraseTrie trie;                        // case-insensitive aliases
  PhraseTrie exact_trie{/*exact=*/true};  // case-sensitive aliases (acronyms)
  std::vector<AliasRef> refs;
  // Where any alias may start (folded hashes of both tries' phrases: an
  // exact match is also a folded one), checked before walking the tries.
  internal::StartFilter starts;
  PhraseTrie roles;
  std::vector<std::string> role_names;
  std::unordered_set<uint64_t> title_hashes;
  std::set<std::string> kinds;  // empty: all
  bool person_rules = true;
  uint64_t the_hash = 0, of_hash = 0, at_hash = 0, comma_hash = 0, dot_hash = 0, hyphen_hash = 0;

  bool KindWanted(const std::string& k) const { return kinds.empty() || kinds.count(k) > 0; }

  // True if ref may match tokens[i, end).
  bool Accept(const std::string_view text, const std::vector<MatchToken>& t, size_t i, size_t end,
              const AliasRef& r) const {
    // The trie works on token hashes with compact tags: check the tokens.
    if (end - i != r.ntokens) return false;
    uint64_t h = 0;
    for (size_t k = 0; k < r.ntokens; ++k) {
      h = CombineHash(h, r.case_sensitive ? t[i + k].exact : t[i + k].fold);
    }
    if (h != r.tokens_hash) return false;
    if (!r.has_rules) return true;
    const Alias& a = dict.entries()[r.entry].aliases[r.alias];
    if (!a.not_next.empty() || a.not_next_capitalized) {
      if (end < t.size() && t[end].word) {
        const MatchToken& n = t[end];
        bool adjacent_space = true;
        for (uint32_t b = t[end - 1].end; b < n.begin; ++b) {
          char c = text[b];
          if (c != ' ' && c != '\t') adjacent_space = false;
        }
        if (a.not_next_capitalized && n.upper && adjacent_space) return false;
        if (!a.not_next.empty()) {
          std::string w = internal::FoldToken(text.substr(n.begin, n.end - n.begin));
          if (std::find(a.not_next.begin(), a.not_next.end(), w) != a.not_next.end()) return false;
        }
      }
    }
    if (!a.not_prev.empty() && i > 0) {
      // The previous word, skipping one punctuation token ("Atlanta, Georgia").
      size_t p = i - 1;
      if (!t[p].word && p > 0) --p;
      std::string w = internal::FoldToken(text.substr(t[p].begin, t[p].end - t[p].begin));
      if (std::find(a.not_prev.begin(), a.not_prev.end(), w) != a.not_prev.end()) return false;
    }
    return true;
  }

  // A document-local name: an acronym defined in the document, or the short
  // stem of a hyphenated name already found.
  struct Local {
    std::string kind, id, name, form;
  };
  // What Find finds, before it is made into Entities or JSON.
  struct Found {
    std::vector<Hit> hits;  // sorted by span
    std::vector<Local> locals;
    std::deque<std::string> owned;  // names and ids of people found by rule
  };
  void FindHits(std::string_view text, const std::vector<AcronymDef>* defs, Found* f) const;

  // Appends the match of refs[ref] at tokens [i, end).
  void AddHit(const std::vector<MatchToken>& t, size_t i, size_t end, uint32_t ref,
              std::vector<Hit>* hits) const {
    const AliasRef& r = refs[ref];
    const DictEntry& e = dict.entries()[r.entry];
    Hit& h = hits->emplace_back();
    h.span = {t[i].begin, t[end - 1].end};
    h.kind = &e.kind;
    h.id = &e.id;
    h.name = &e.name;
    h.form = nullptr;  // reading it would cost a cache miss: found through `tail` if needed
    h.role = &e.role;
    h.org = &e.org;
    h.tail = ref;
    h.kind_code = r.kind_code;
  }

  void FindPeople(std::string_view text, const std::vector<MatchToken>& t,
                  const std::vector<std::pair<size_t, size_t>>& tok_spans, std::vector<Hit>* ents,
                  std::vector<char>* covered, std::deque<std::string>* owned) const;

  // The JSON members after "text" of each alias's match, from ",\"kind\":"
  // on, written once: tails[tail_of[ref].first, + .second).
  std::string tails;
  std::vector<std::pair<uint32_t, uint32_t>> tail_of;
};

Recognizer::Recognizer() : impl_(new Impl) {}
Recognizer::~Recognizer() = default;

const Dictionary& Recognizer::dictionary() const { return impl_->dict; }

Result<std::unique_ptr<Recognizer>> Recognizer::Create(const EntityOptions& options) {
  Result<Dictionary> d = Dictionary::Load(options.dictionaries);
  if (!d.ok()) return d.status();
  std::unique_ptr<Recognizer> r(new Recognizer());
  Impl& im = *r->impl_;
  im.dict = std::move(*d);
  im.person_rules = options.person_rules;
  for (const std::string& k : options.kinds) im.kinds.insert(k);
  std::vector<MatchToken> toks;
  auto one = [&toks](const char* s) {
    internal::Tokenize(s, &toks);
    return toks[0].fold;
  };
  im.the_hash = one("the");
  im.of_hash = one("of");
  im.at_hash = one("at");
  im.comma_hash = one(",");
  im.dot_hash = one(".");
  im.hyphen_hash = one("-");
  const auto& entries = im.dict.entries();
  {
    size_t tails_size = kPad;
    for (const DictEntry& e : entries) {
      tails_size += e.aliases.size() * (64 + e.kind.size() + e.id.size() + e.name.size() +
                                        e.role.size() + e.org.size());
    }
    im.tails.reserve(tails_size);
  }
  for (uint32_t ei = 0; ei < entries.size(); ++ei) {
    const DictEntry& e = entries[ei];
    for (uint32_t ai = 0; ai < e.aliases.size(); ++ai) {
      internal::Tokenize(e.aliases[ai].text, &toks);
      if (toks.size() > 1 && toks[0].fold == im.the_hash) toks.erase(toks.begin());
      if (toks.empty() || toks.size() > UINT16_MAX) continue;
      AliasRef ref;
      ref.entry = ei;
      ref.alias = ai;
      ref.ntokens = static_cast<uint16_t>(toks.size());
      const Alias& a = e.aliases[ai];
      ref.case_sensitive = a.case_sensitive;
      ref.weak = a.weak;
      ref.has_rules = !a.not_next.empty() || a.not_next_capitalized || !a.not_prev.empty();
      ref.reported = e.kind != "block" && im.KindWanted(e.kind);
      ref.has_requires = !a.requires_ids.empty();
      ref.kind_code = KindCodeOf(e.kind);
      for (const auto& t : toks) {
        ref.tokens_hash = CombineHash(ref.tokens_hash, a.case_sensitive ? t.exact : t.fold);
      }
      (e.aliases[ai].case_sensitive ? im.exact_trie : im.trie)
          .Add(toks, static_cast<uint32_t>(im.refs.size()));
      im.starts.Add(toks[0].fold, toks.size() > 1, toks.size() > 1 ? toks[1].fold : 0);
      im.refs.push_back(ref);
      const uint32_t tail_begin = static_cast<uint32_t>(im.tails.size());
      if (ref.reported) AppendEntityTail(e.kind, e.id, e.name, a.form, e.role, e.org, &im.tails);
      im.tail_of.emplace_back(tail_begin, static_cast<uint32_t>(im.tails.size()) - tail_begin);
    }
  }
  im.tails.append(kPad, ' ');  // AppendJson copies kPad bytes at a time
  for (const char* role : kRoles) {
    internal::Tokenize(role, &toks);
    im.roles.Add(toks, static_cast<uint32_t>(im.role_names.size()));
    im.role_names.push_back(role);
  }
  for (const char* title : kTitles) im.title_hashes.insert(one(title));
  return r;
}

// People with a role: "Dr. Hamadoun Touré, Secretary-General of the ITU" and
// "ITU Secretary-General Hamadoun Touré". The role links to the body (org).
void Recognizer::Impl::FindPeople(std::string_view text, const std::vector<MatchToken>& t,
                                  const std::vector<std::pair<size_t, size_t>>& tok_spans,
                                  std::vector<Hit>* ents, std::vector<char>* covered,
                                  std::deque<std::string>* owned) const {
  const size_t n_found = ents->size();
  auto is_name_word = [&](size_t k) {
    return k < t.size() && t[k].word && t[k].upper && !(*covered)[k];
  };
  auto add_person = [&](size_t nb, size_t ne, const std::string& role, size_t org) {
    // Drop leading titles ("Dr.", "H.E.") from the name.
    while (nb < ne && title_hashes.count(t[nb].fold)) {
      ++nb;
      if (nb < ne && t[nb].fold == dot_hash) ++nb;
    }
    size_t words = 0;
    for (size_t k = nb; k < ne; ++k) words += t[k].word;
    if (words < 2) return;
    for (size_t k = nb; k < ne; ++k) {
      if ((*covered)[k]) return;
    }
    Hit p;
    p.span = {t[nb].begin, t[ne - 1].end};
    const std::string& name = owned->emplace_back(text.substr(p.span.begin, p.span.size()));
    p.kind = &kPersonKind;
    p.id = &owned->emplace_back(internal::Slug(name));
    p.name = &name;
    p.form = &kRuleForm;
    p.role = &role;
    p.org = (*ents)[org].id;
    for (size_t k = nb; k < ne; ++k) (*covered)[k] = 1;
    ents->push_back(p);
  };
  for (size_t x = 0; x < n_found; ++x) {
    const KindCode kind = (*ents)[x].kind_code;
    if (kind != kBodyKind && kind != kGovernmentKind) continue;
    const size_t ob = tok_spans[x].first, oe = tok_spans[x].second;
    // Pattern A: NAME , [the] ROLE (of|at) [the] ORG
    size_t k = ob;
    if (k > 0 && t[k - 1].fold == the_hash) --k;
    if (k > 0 && (t[k - 1].fold == of_hash || t[k - 1].fold == at_hash)) {
      size_t role_end = k - 1;
      for (size_t rb = role_end >= 5 ? role_end - 5 : 0; rb < role_end; ++rb) {
        const std::string* role = nullptr;
        roles.Walk(t, rb, [&](size_t end, internal::Payloads p) {
          if (end == role_end) role = &role_names[p[0]];
        });
        if (!role) continue;
        size_t c = rb;
        if (c > 0 && t[c - 1].fold == the_hash) --c;
        if (c == 0 || t[c - 1].fold != comma_hash) break;
        size_t ne = c - 1, nb = ne;
        while (nb > 0 && nb + 6 > ne &&
               (is_name_word(nb - 1) ||
                (t[nb - 1].fold == dot_hash && nb >= 2 && t[nb - 2].word && t[nb - 2].upper) ||
                (t[nb - 1].fold == hyphen_hash && nb >= 2 && t[nb - 2].word))) {
          --nb;
        }
        if (nb < ne) add_person(nb, ne, *role, x);
        break;
      }
    }
    // Pattern B: ORG ROLE NAME
    const std::string* role = nullptr;
    size_t role_end = 0;
    roles.Walk(t, oe < t.size() ? oe : t.size() - 1, [&](size_t end, internal::Payloads p) {
      role = &role_names[p[0]];
      role_end = end;
    });
    if (oe < t.size() && role) {
      size_t nb = role_end, ne = nb;
      while (ne < t.size() && ne < nb + 5 &&
             (is_name_word(ne) || (t[ne].fold == hyphen_hash && ne + 1 < t.size() &&
                                   t[ne + 1].word && t[ne + 1].upper))) {
        ++ne;
      }
      if (ne > nb) add_person(nb, ne, *role, x);
    }
  }
}

void Recognizer::Impl::FindHits(std::string_view text, const std::vector<AcronymDef>* defs,
                                Found* found) const {
  const Impl& im = *this;
  thread_local std::vector<MatchToken> t;
  internal::Tokenize(text, &t);
  std::vector<Hit>& out = found->hits;
  out.clear();
  thread_local std::vector<std::pair<size_t, size_t>> tok_spans;  // token range of each hit
  tok_spans.clear();
  thread_local std::vector<char> covered;
  covered.assign(t.size(), 0);
  const auto& entries = im.dict.entries();
  std::vector<std::pair<size_t, const std::vector<std::string>*>> conditional;
  // Tokens where an alias may start. Most tokens start none; the tries are
  // read for the rest, with their first edges fetched a few tokens ahead.
  thread_local std::vector<uint32_t> cands;
  cands.resize(t.size());
  {
    size_t n = 0;
    for (size_t k = 0; k < t.size(); ++k) {
      cands[n] = static_cast<uint32_t>(k);
      n += im.starts.MaybeFirst(t[k].fold);
    }
    size_t m = 0;
    for (size_t c = 0; c < n; ++c) {
      const size_t k = cands[c];
      const bool has_next = k + 1 < t.size();
      cands[m] = static_cast<uint32_t>(k);
      m += im.starts.MaybeNext(t[k].fold, has_next, has_next ? t[k + 1].fold : 0);
    }
    cands.resize(m);
  }
  // Two stages: the first edge kAhead candidates ahead, the second edge
  // kAhead / 2 ahead (its key needs the first edge's node).
  constexpr size_t kAhead = 16;
  for (size_t c = 0; c < kAhead && c < cands.size(); ++c) {
    im.trie.Prefetch(t[cands[c]]);
    im.exact_trie.Prefetch(t[cands[c]]);
  }
  out.reserve(cands.size() / 4 + 16);  // about one candidate in three matches
  size_t next_token = 0;               // tokens before it are inside a match
  for (size_t c = 0; c < cands.size(); ++c) {
    if (c + kAhead < cands.size()) {
      const MatchToken& ahead = t[cands[c + kAhead]];
      im.trie.Prefetch(ahead);
      if (ahead.exact != ahead.fold) im.exact_trie.Prefetch(ahead);
    }
    if (c + kAhead / 2 < cands.size()) im.trie.PrefetchSecond(t, cands[c + kAhead / 2]);
    const size_t i = cands[c];
    if (i < next_token) continue;
    size_t best_end = 0;
    int best = -1;
    bool best_weak = true;
    auto consider = [&](size_t end, internal::Payloads payloads) {
      for (uint32_t p : payloads) {
        const AliasRef& r = im.refs[p];
        if (!im.Accept(text, t, i, end, r)) continue;
        bool weak = r.weak;
        // Longer wins; at equal length a strong form wins, then the later
        // loaded entry (user dictionaries override shipped ones); within one
        // entry the earlier form ("Canada" the name over "Canadá" the
        // Spanish name, which folds to the same tokens).
        if (end > best_end ||
            (end == best_end &&
             ((best_weak && !weak) || (best_weak == weak && r.entry != im.refs[best].entry)))) {
          best_end = end;
          best = static_cast<int>(p);
          best_weak = weak;
        }
      }
    };
    im.trie.Walk(t, i, consider);
    im.exact_trie.Walk(t, i, consider);
    if (best < 0) continue;
    const AliasRef& r = im.refs[best];
    for (size_t k = i; k < best_end; ++k) covered[k] = 1;
    if (r.reported) {
      im.AddHit(t, i, best_end, static_cast<uint32_t>(best), &out);
      tok_spans.emplace_back(i, best_end);
      if (r.has_requires) {
        conditional.emplace_back(out.size() - 1, &entries[r.entry].aliases[r.alias].requires_ids);
      }
    }
    next_token = best_end;
  }
  DropUnmetContext(conditional, &out, &tok_spans, &covered);

  // Document-local names: acronyms defined in the document, and the short
  // stem of a hyphenated name already found ("the CWG" after "CWG-Internet").
  std::vector<Local>& locals = found->locals;
  locals.clear();
  std::optional<PhraseTrie> local_trie;  // made for the first local name
  // A filter of the first tokens of the local names, one bit per token hash
  // out of 1024, so that most tokens are rejected without a trie walk.
  uint64_t local_firsts[16] = {};
  auto maybe_first = [&local_firsts](uint64_t h) {
    return (local_firsts[h >> 60] >> ((h >> 54) & 63)) & 1;
  };
  thread_local std::vector<MatchToken> lt;
  auto add_local = [&](std::string_view phrase, Local l) {
    internal::Tokenize(phrase, &lt);
    if (lt.empty()) return;
    // Skip phrases the dictionary already knows.
    bool known = false;
    im.trie.Walk(lt, 0, [&](size_t end, internal::Payloads) { known |= end == lt.size(); });
    if (known) return;
    if (!local_trie) local_trie.emplace();
    local_trie->Add(lt, static_cast<uint32_t>(locals.size()));
    const uint64_t h = lt[0].fold;  // the trie is case-insensitive
    local_firsts[h >> 60] |= 1ULL << ((h >> 54) & 63);
    locals.push_back(std::move(l));
  };
  if (defs) {
    for (const AcronymDef& d : *defs) {
      if (d.long_form.empty() || d.short_form.empty()) continue;
      // Does the long form name a dictionary entry?
      internal::Tokenize(d.long_form, &lt);
      if (lt.size() > 1 && lt[0].fold == im.the_hash) lt.erase(lt.begin());
      const DictEntry* named = nullptr;
      if (!lt.empty()) {
        auto full = [&](size_t end, internal::Payloads p) {
          if (end == lt.size()) named = &entries[im.refs[p[0]].entry];
        };
        im.trie.Walk(lt, 0, full);
        if (!named) im.exact_trie.Walk(lt, 0, full);
      }
      if (named && named->kind == "block") continue;
      if (named) {
        if (!im.KindWanted(named->kind)) continue;
        add_local(d.short_form, {named->kind, named->id, named->name, "defined"});
      } else {
        std::string kind = OrgLikeLongForm(d.long_form) ? "body" : "topic";
        if (!im.KindWanted(kind)) continue;
        add_local(d.short_form, {kind, d.short_form, d.long_form, "defined"});
        add_local(d.long_form, {kind, d.short_form, d.long_form, "defined"});
      }
    }
  }
  {
    std::set<std::string> seen;
    const size_t n = out.size();
    for (size_t x = 0; x < n; ++x) {
      const Hit& e = out[x];
      if (e.kind_code != kBodyKind && e.kind_code != kEventKind) continue;
      size_t dash = e.id->find('-');
      if (dash == std::string::npos || dash < 2) continue;
      std::string stem = e.id->substr(0, dash);
      bool acronym =
          std::all_of(stem.begin(), stem.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!acronym || !seen.insert(stem).second) continue;
      add_local(stem, {*e.kind, *e.id, *e.name, "stem"});
    }
  }
  if (!locals.empty()) {
    for (size_t i = 0; i < t.size();) {
      if (covered[i] || !maybe_first(t[i].fold)) {
        ++i;
        continue;
      }
      size_t best_end = 0;
      int best = -1;
      local_trie->Walk(t, i, [&](size_t end, internal::Payloads p) {
        for (size_t k = i; k < end; ++k) {
          if (covered[k]) return;
        }
        best_end = end;
        best = static_cast<int>(p[0]);
      });
      if (best < 0) {
        ++i;
        continue;
      }
      // Acronyms stay case-sensitive: "CWG" must be written in capitals.
      std::string_view written = text.substr(t[i].begin, t[best_end - 1].end - t[i].begin);
      const Local& l = locals[best];
      if (l.form == "stem" || (l.form == "defined" && written.size() <= 12 &&
                               written.find(' ') == std::string_view::npos)) {
        bool has_upper = std::any_of(written.begin(), written.end(),
                                     [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!has_upper) {
          ++i;
          continue;
        }
      }
      Hit& e = out.emplace_back();
      e.span = {t[i].begin, t[best_end - 1].end};
      e.kind = &l.kind;
      e.id = &l.id;
      e.name = &l.name;
      e.form = l.form == "stem" ? &kAliasForm : &kDefinedForm;
      e.kind_code = KindCodeOf(l.kind);
      tok_spans.emplace_back(i, best_end);
      for (size_t k = i; k < best_end; ++k) covered[k] = 1;
      i = best_end;
    }
  }
  found->owned.clear();
  if (im.person_rules && im.KindWanted("person")) {
    im.FindPeople(text, t, tok_spans, &out, &covered, &found->owned);
  }
  // Sort by span.
  auto before = [](const Hit& a, const Hit& b) {
    const Span& x = a.span;
    const Span& y = b.span;
    return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
  };
  if (!std::is_sorted(out.begin(), out.end(), before)) {
    std::stable_sort(out.begin(), out.end(), before);
  }
}

std::vector<Entity> Recognizer::Find(std::string_view text,
                                     const std::vector<AcronymDef>* defs) const {
  Impl::Found found;
  impl_->FindHits(text, defs, &found);
  std::vector<Entity> out(found.hits.size());
  for (size_t k = 0; k < out.size(); ++k) {
    const Hit& h = found.hits[k];
    Entity& e = out[k];
    e.span = h.span;
    e.text.assign(text.substr(h.span.begin, h.span.size()));
    e.kind = *h.kind;
    e.id = *h.id;
    e.name = *h.name;
    if (h.form) {
      e.form = *h.form;
    } else {
      const AliasRef& r = impl_->refs[h.tail];
      e.form = impl_->dict.entries()[r.entry].aliases[r.alias].form;
    }
    e.role = *h.role;
    e.org = *h.org;
  }
  return out;
}

void Recognizer::AppendJson(std::string_view text, const std::vector<AcronymDef>* defs,
                            std::string* out) const {
  const Impl& im = *impl_;
  thread_local Impl::Found found;
  im.FindHits(text, defs, &found);
  // As EntitiesJson writes the entities, through a pointer into a reused
  // buffer with room for the worst case, then appended at once: one large
  // copy rather than one per entity.
  // Keys, punctuation, the two offsets and a tail's slack; the members of
  // an entity without a tail take 64 more.
  constexpr size_t kFixed = 64;
  size_t room = 2 + kPad;
  for (const Hit& h : found.hits) {
    room += kFixed + (kMaxJsonStringGrowth + 1) * h.span.size();
    if (h.tail == Hit::kNoTail) {
      room += 64 + (kMaxJsonStringGrowth + 1) * (h.kind->size() + h.id->size() + h.name->size() +
                                                 h.form->size() + h.role->size() + h.org->size());
    } else {
      room += im.tail_of[h.tail].second;
    }
  }
  thread_local std::vector<char> buf;
  if (buf.size() < room) buf.resize(std::max(room, 2 * buf.size()));
  internal::JsonCursor c(buf.data());
  c.Char('[');
  for (size_t k = 0; k < found.hits.size(); ++k) {
    const Hit& h = found.hits[k];
    if (k) c.Char(',');
    c.Lit("{\"span\":").SpanValue(h.span);
    c.Field(",\"text\":", text.substr(h.span.begin, h.span.size()));
    if (h.tail != Hit::kNoTail) {
      // Copied 16 bytes at a time, past its end into the buffer's slack:
      // the tails are padded, and what is copied past the end is written
      // over next.
      const char* from = im.tails.data() + im.tail_of[h.tail].first;
      const size_t n = im.tail_of[h.tail].second;
      char* p = c.end();
      for (size_t at = 0; at < n; at += kPad) std::memcpy(p + at, from + at, kPad);
      c = internal::JsonCursor(p + n);
    } else {
      c.Field(",\"kind\":", *h.kind).Field(",\"id\":", *h.id).Field(",\"name\":", *h.name);
      if (!h.form->empty()) c.Field(",\"form\":", *h.form);
      if (!h.role->empty()) c.Field(",\"role\":", *h.role);
      if (!h.org->empty()) c.Field(",\"org\":", *h.org);
    }
    c.Char('}');
  }
  c.Char(']');
  out->append(buf.data(), c.end() - buf.data());
}

Result<std::vector<Entity>> EnsureEntities(const Document& doc, const Recognizer& recognizer,
                                           bool* computed) {
  bool found = false;
  auto ents = GetEntities(doc, &found);
  if (found) {
    *computed = false;
    return ents;
  }
  *computed = true;
  bool have_defs = false;
  auto defs = GetAcronyms(doc, &have_defs);
  if (!defs.ok()) return defs.status();
  return recognizer.Find(doc.text(), have_defs ? &*defs : nullptr);
}

}  // namespace caucus
