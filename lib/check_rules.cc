// Parsing and compiling a check rules file (docs/CHECK.md). The file is
// validated with nlohmann/json first (for the line of a syntax error), then
// walked with ScanJsonObject, whose member views point into the file text, so
// every error can name the line of the value it is about.
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>

#include "caucus/json.h"
#include "check_internal.h"
#include "word_reader.h"

namespace caucus::check_internal {
namespace {

using json = nlohmann::json;

// Positions and messages for one rules file.
class Context {
 public:
  Context(std::string_view text, std::string_view name) : text_(text), name_(name) {}

  uint32_t LineOf(std::string_view part) const {
    size_t off = 0;
    if (part.data() >= text_.data() && part.data() <= text_.data() + text_.size())
      off = static_cast<size_t>(part.data() - text_.data());
    return LineAt(off);
  }
  uint32_t LineAt(size_t off) const {
    off = std::min(off, text_.size());
    return 1 + static_cast<uint32_t>(std::count(text_.begin(), text_.begin() + off, '\n'));
  }
  Status Error(std::string_view where, const std::string& msg) const {
    return Status::InvalidInput(std::string(name_) + ":" + std::to_string(LineOf(where)) + ": " +
                                msg);
  }

 private:
  std::string_view text_;
  std::string_view name_;
};

// Splits a JSON array (already known to be valid JSON) into element views.
std::vector<std::string_view> SplitArray(std::string_view raw) {
  std::vector<std::string_view> out;
  size_t i = raw.find('[');
  if (i == std::string_view::npos) return out;
  int depth = 0;
  size_t start = std::string_view::npos;
  for (++i; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '"') {
      if (start == std::string_view::npos) start = i;
      for (++i; i < raw.size() && raw[i] != '"'; ++i) {
        if (raw[i] == '\\') ++i;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (depth == 0 && (c == ',' || c == ']')) {
      if (start != std::string_view::npos) {
        size_t end = i;
        while (end > start && std::isspace(static_cast<unsigned char>(raw[end - 1]))) --end;
        out.push_back(raw.substr(start, end - start));
      }
      start = std::string_view::npos;
      if (c == ']') break;
      continue;
    }
    if (start == std::string_view::npos) start = i;
    if (c == '[' || c == '{') ++depth;
    if (c == ']' || c == '}') --depth;
  }
  return out;
}

// The one place nlohmann exceptions are caught for rules files.
bool ParseValue(std::string_view raw, json* out) {
  try {
    *out = json::parse(raw.begin(), raw.end());
    return true;
  } catch (const json::exception&) {
    return false;
  }
}

RE2::Options ReOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  return o;
}

// One alternative of a rule's text matcher, as the rules file gives it.
struct AltSpec {
  std::string text;  // the phrase or the pattern
  bool literal = false;
  bool ignore_case = false;
  std::string replacement;
  std::string_view at;  // where it came from, for messages
};

class RuleParser {
 public:
  explicit RuleParser(const Context& ctx) : ctx_(ctx) {}

  Status Parse(std::string_view raw, RuleSet* set) {
    std::vector<JsonMember> members;
    Status st = ScanJsonObject(raw, &members);
    if (!st.ok()) return ctx_.Error(raw, "a rule must be a JSON object");
    Rule rule;
    std::vector<AltSpec> alternatives;
    std::string_view type_at = raw;
    bool ignore_case = false, ignore_case_set = false, regex_keys = false;
    json swap;
    std::string_view swap_at;
    // id and type first: messages about other fields name the rule.
    for (const JsonMember& m : members) {
      json v;
      if (!ParseValue(m.raw, &v)) return ctx_.Error(m.raw, "bad JSON value");
      if (m.key == "id") {
        if (!v.is_string() || v.get<std::string>().empty())
          return ctx_.Error(m.raw, "\"id\" must be a non-empty string");
        rule.info.id = v.get<std::string>();
        for (char c : rule.info.id) {
          if (!internal::IsAlnumByte(c) && c != '_' && c != '-' && c != '.' && c != '/')
            return ctx_.Error(
                m.raw, "rule id \"" + rule.info.id + "\" may use only letters, digits and _ - . /");
        }
      } else if (m.key == "type") {
        if (!v.is_string()) return ctx_.Error(m.raw, "\"type\" must be a string");
        rule.info.type = v.get<std::string>();
        type_at = m.raw;
      }
    }
    if (rule.info.id.empty()) return ctx_.Error(raw, "rule without \"id\"");
    if (!seen_ids_.insert(rule.info.id).second)
      return ctx_.Error(raw, "duplicate rule id \"" + rule.info.id + "\"");
    const std::string& t = rule.info.type;
    std::string where = "rule \"" + rule.info.id + "\": ";
    if (t == "existence") {
      rule.type = RuleType::kExistence;
    } else if (t == "substitution") {
      rule.type = RuleType::kSubstitution;
    } else if (t == "occurrence") {
      rule.type = RuleType::kOccurrence;
    } else if (t == "acronym") {
      rule.type = RuleType::kAcronym;
      rule.ignore = kIgnoreCode | kIgnoreUrls | kIgnoreLinks;
    } else if (t == "unknown-body") {
      rule.type = RuleType::kUnknownBody;
      rule.ignore = kIgnoreCode | kIgnoreUrls | kIgnoreLinks;
    } else if (t == "entity-form") {
      rule.type = RuleType::kEntityForm;
      rule.ignore_forms = {"demonym"};
    } else if (t == "stance") {
      rule.type = RuleType::kStance;
    } else if (t.empty()) {
      return ctx_.Error(raw, where + "missing \"type\"");
    } else {
      return ctx_.Error(type_at, where + "unknown type \"" + t +
                                     "\" (existence, substitution, occurrence, acronym, "
                                     "unknown-body, entity-form, stance)");
    }

    auto allowed = [&](const std::string& key) {
      static const std::map<std::string, std::vector<RuleType>> kFields = {
          {"tokens", {RuleType::kExistence, RuleType::kOccurrence}},
          {"patterns", {RuleType::kExistence, RuleType::kOccurrence}},
          {"entities", {RuleType::kExistence, RuleType::kOccurrence}},
          {"ignore_case", {RuleType::kExistence, RuleType::kOccurrence, RuleType::kSubstitution}},
          {"swap", {RuleType::kSubstitution}},
          {"regex", {RuleType::kSubstitution}},
          {"terms", {RuleType::kSubstitution}},
          {"min", {RuleType::kOccurrence}},
          {"max", {RuleType::kOccurrence}},
          {"exceptions", {RuleType::kAcronym, RuleType::kUnknownBody}},
          {"min_length", {RuleType::kAcronym, RuleType::kUnknownBody}},
          {"max_length", {RuleType::kAcronym, RuleType::kUnknownBody}},
          {"require", {RuleType::kEntityForm}},
          {"kind", {RuleType::kEntityForm}},
          {"allow", {RuleType::kEntityForm}},
          {"ignore_forms", {RuleType::kEntityForm}},
      };
      static const std::unordered_set<std::string> kCommon = {"id",      "type",        "severity",
                                                              "message", "description", "ignore"};
      if (kCommon.count(key)) return true;
      auto it = kFields.find(key);
      return it != kFields.end() &&
             std::find(it->second.begin(), it->second.end(), rule.type) != it->second.end();
    };

    for (const JsonMember& m : members) {
      json v;
      ParseValue(m.raw, &v);
      const std::string& k = m.key;
      if (!allowed(k))
        return ctx_.Error(m.raw, where + "unknown field \"" + k + "\" for type " + t);
      if (k == "id" || k == "type") continue;
      if (k == "severity") {
        if (!v.is_string() || !ParseSeverity(v.get<std::string>(), &rule.info.severity))
          return ctx_.Error(m.raw, where + "\"severity\" must be error, warning or suggestion");
      } else if (k == "message" || k == "description") {
        if (!v.is_string()) return ctx_.Error(m.raw, where + "\"" + k + "\" must be a string");
        (k == "message" ? rule.message : rule.info.description) = v.get<std::string>();
      } else if (k == "ignore") {
        if (!v.is_array()) return ctx_.Error(m.raw, where + "\"ignore\" must be an array");
        rule.ignore = 0;
        for (const json& x : v) {
          std::string s = x.is_string() ? x.get<std::string>() : "";
          if (s == "code") {
            rule.ignore |= kIgnoreCode;
          } else if (s == "urls") {
            rule.ignore |= kIgnoreUrls;
          } else if (s == "links") {
            rule.ignore |= kIgnoreLinks | kIgnoreUrls;
          } else {
            return ctx_.Error(m.raw, where + "\"ignore\" takes \"code\", \"urls\", \"links\"");
          }
        }
      } else if (k == "ignore_case" || k == "regex") {
        if (!v.is_boolean())
          return ctx_.Error(m.raw, where + "\"" + k + "\" must be true or false");
        if (k == "regex") {
          regex_keys = v.get<bool>();
        } else {
          ignore_case = v.get<bool>();
          ignore_case_set = true;
        }
      } else if (k == "tokens" || k == "patterns" || k == "terms" || k == "exceptions" ||
                 k == "allow" || k == "ignore_forms") {
        std::vector<std::string> list;
        if (!StringList(v, &list))
          return ctx_.Error(m.raw, where + "\"" + k + "\" must be an array of strings");
        auto items = SplitArray(m.raw);
        for (size_t i = 0; i < list.size(); ++i) {
          std::string_view at = i < items.size() ? items[i] : m.raw;
          if (list[i].empty()) return ctx_.Error(at, where + "empty string in \"" + k + "\"");
          if (k == "tokens") {
            alternatives.push_back({list[i], true, false, "", at});
          } else if (k == "patterns") {
            alternatives.push_back({list[i], false, false, "", at});
          } else if (k == "terms") {
            // Terms match in any case; the finding is a spelling that differs.
            rule.terms.push_back(list[i]);
            alternatives.push_back({list[i], true, true, list[i], at});
          } else if (k == "exceptions") {
            rule.exceptions.insert(list[i]);
          } else if (k == "allow") {
            rule.allow.insert(list[i]);
          } else {
            rule.ignore_forms.insert(list[i]);
          }
        }
        if (k == "ignore_forms" && list.empty()) rule.ignore_forms.clear();
      } else if (k == "swap") {
        if (!v.is_object() || v.empty())
          return ctx_.Error(m.raw, where + "\"swap\" must be an object of \"wrong\": \"right\"");
        swap = v;
        swap_at = m.raw;
      } else if (k == "entities") {
        if (!v.is_array()) return ctx_.Error(m.raw, where + "\"entities\" must be an array");
        for (const json& e : v) {
          EntitySelector sel;
          if (!e.is_object()) return ctx_.Error(m.raw, where + "an entity is {\"kind\", \"id\"}");
          for (auto it = e.begin(); it != e.end(); ++it) {
            if ((it.key() != "kind" && it.key() != "id") || !it.value().is_string())
              return ctx_.Error(m.raw, where + "an entity is {\"kind\": STRING, \"id\": STRING}");
            (it.key() == "kind" ? sel.kind : sel.id) = it.value().get<std::string>();
          }
          if (sel.kind.empty() && sel.id.empty())
            return ctx_.Error(m.raw, where + "an entity needs a \"kind\" or an \"id\"");
          rule.entities.push_back(sel);
        }
      } else if (k == "min" || k == "max" || k == "min_length" || k == "max_length") {
        if (!v.is_number_integer() || v.get<int64_t>() < 0)
          return ctx_.Error(m.raw, where + "\"" + k + "\" must be a non-negative integer");
        int64_t n = v.get<int64_t>();
        if (k == "min") rule.min = n;
        if (k == "max") rule.max = n;
        if (k == "min_length") rule.min_length = static_cast<uint32_t>(std::max<int64_t>(1, n));
        if (k == "max_length") rule.max_length = static_cast<uint32_t>(n);
      } else if (k == "require") {
        if (!v.is_object() || v.empty())
          return ctx_.Error(m.raw, where + "\"require\" must map entity ids to names");
        for (auto it = v.begin(); it != v.end(); ++it) {
          if (!it.value().is_string() || it.value().get<std::string>().empty())
            return ctx_.Error(m.raw, where + "\"require\" values must be names");
          rule.require[it.key()] = it.value().get<std::string>();
        }
      } else if (k == "kind") {
        if (!v.is_string()) return ctx_.Error(m.raw, where + "\"kind\" must be a string");
        rule.kind = v.get<std::string>();
      }
    }

    if (!swap.is_null()) {
      bool ic = ignore_case_set ? ignore_case : true;  // "Multi-stakeholder" is wrong too
      for (auto it = swap.begin(); it != swap.end(); ++it) {
        if (!it.value().is_string())
          return ctx_.Error(swap_at, where + "\"swap\" values must be strings");
        alternatives.push_back({it.key(), !regex_keys, ic, it.value().get<std::string>(), swap_at});
      }
    }

    // Type-specific requirements.
    switch (rule.type) {
      case RuleType::kExistence:
      case RuleType::kOccurrence:
        if (alternatives.empty() && rule.entities.empty())
          return ctx_.Error(raw, where + "needs \"tokens\", \"patterns\" or \"entities\"");
        if (ignore_case) {
          for (auto& a : alternatives) a.ignore_case = true;
        }
        if (rule.type == RuleType::kOccurrence && rule.min < 0 && rule.max < 0)
          return ctx_.Error(raw, where + "needs \"min\" or \"max\"");
        if (rule.min >= 0 && rule.max >= 0 && rule.min > rule.max)
          return ctx_.Error(raw, where + "\"min\" is larger than \"max\"");
        break;
      case RuleType::kSubstitution:
        if (alternatives.empty()) return ctx_.Error(raw, where + "needs \"swap\" or \"terms\"");
        break;
      case RuleType::kAcronym:
      case RuleType::kUnknownBody:
        if (rule.max_length < rule.min_length)
          return ctx_.Error(raw, where + "\"max_length\" is smaller than \"min_length\"");
        break;
      case RuleType::kEntityForm:
        if (rule.require.empty()) return ctx_.Error(raw, where + "needs \"require\"");
        break;
      case RuleType::kStance:
        break;
    }

    Status cs =
        Compile(alternatives, where, static_cast<uint32_t>(set->rules.size()), set, &rule.matcher);
    if (!cs.ok()) return cs;
    if (rule.info.description.empty()) rule.info.description = DefaultDescription(rule);
    set->rules.push_back(std::move(rule));
    return Status::Ok();
  }

 private:
  static bool StringList(const json& v, std::vector<std::string>* out) {
    if (!v.is_array()) return false;
    for (const json& x : v) {
      if (!x.is_string()) return false;
      out->push_back(x.get<std::string>());
    }
    return true;
  }

  // Literals go to the rule set's LiteralIndex (one for the same phrase in
  // any number of rules), patterns are compiled here and also added to the
  // set's RE2::Set.
  Status Compile(const std::vector<AltSpec>& alts, const std::string& where, uint32_t rule_index,
                 RuleSet* set, TextMatcher* m) {
    for (const AltSpec& a : alts) {
      Alternative alt;
      alt.replacement = a.replacement;
      if (a.literal) {
        alt.literal = set->literals.Add(a.text, a.ignore_case);
        if (alt.literal < 0) {
          std::string pattern = a.ignore_case ? "(?i:)" : "";
          return ctx_.Error(a.at, where + "pattern \"" + pattern + "\" matches empty text");
        }
        const size_t id = static_cast<size_t>(alt.literal);
        if (set->literal_users.size() <= id) set->literal_users.resize(id + 1);
        set->literal_users[id].emplace_back(rule_index, static_cast<uint32_t>(m->alts.size()));
      } else {
        std::string pattern = a.ignore_case ? "(?i:" + a.text + ")" : a.text;
        alt.re = std::make_unique<RE2>(pattern, ReOptions());
        if (!alt.re->ok())
          return ctx_.Error(a.at, where + "bad pattern \"" + pattern + "\": " + alt.re->error());
        if (alt.re->Match("", 0, 0, RE2::ANCHOR_BOTH, nullptr, 0))
          return ctx_.Error(a.at, where + "pattern \"" + pattern + "\" matches empty text");
        alt.set_index = static_cast<int>(patterns_.size());
        patterns_.push_back(std::move(pattern));
      }
      m->alts.push_back(std::move(alt));
    }
    return Status::Ok();
  }

 public:
  // The patterns of every rule, in RuleSet::patterns order.
  const std::vector<std::string>& patterns() const { return patterns_; }

 private:
  static std::string DefaultDescription(const Rule& r) {
    switch (r.type) {
      case RuleType::kExistence:
        return "Flags words, patterns or entities the style does not allow.";
      case RuleType::kSubstitution:
        return "Flags a term where the style prefers another spelling.";
      case RuleType::kOccurrence:
        return "Limits how often a term may appear in one document.";
      case RuleType::kAcronym:
        return "An acronym must be defined (\"Long Form (LF)\") before its first use.";
      case RuleType::kUnknownBody:
        return "Flags acronyms that look like a body but that no dictionary or definition knows.";
      case RuleType::kEntityForm:
        return "Requires the style's name for an entity (\"Russian Federation\", not \"Russia\").";
      case RuleType::kStance:
        return "Flags a summary that contradicts the body on who supports or opposes what.";
    }
    return "";
  }

  const Context& ctx_;
  std::unordered_set<std::string> seen_ids_;
  std::vector<std::string> patterns_;
};

// All the patterns in one RE2::Set, so that a document is searched once to
// find which of them match at all; null if the set cannot be built (then
// every pattern is tried).
std::unique_ptr<RE2::Set> PatternSet(const std::vector<std::string>& patterns) {
  if (patterns.empty()) return nullptr;
  RE2::Options o = ReOptions();
  o.set_max_mem(int64_t{64} << 20);
  auto set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
  for (const std::string& p : patterns) {
    if (set->Add(p, nullptr) < 0) return nullptr;
  }
  if (!set->Compile()) return nullptr;
  return set;
}

}  // namespace

Result<RuleSet> ParseRules(std::string_view text, std::string_view rules_name) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Context ctx(text, rules_name);
  try {
    // A file of 10^5 rules as a DOM took more memory than all the rules
    // compiled: accept() only validates, and the DOM is built to find where
    // an error is.
    if (!json::accept(text.begin(), text.end())) {
      json probe = json::parse(text.begin(), text.end());
      (void)probe;
    }
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's message is "[json.exception.parse_error.101] parse error at
    // line L, column C: ..."; keep the part after the position.
    size_t colon = what.find(": ", what.find("column"));
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    return Status::InvalidInput(std::string(rules_name) + ":" +
                                std::to_string(ctx.LineAt(e.byte > 0 ? e.byte - 1 : 0)) +
                                ": invalid JSON: " + detail);
  } catch (const json::exception& e) {
    return Status::InvalidInput(std::string(rules_name) + ":1: invalid JSON: " + e.what());
  }
  std::vector<JsonMember> top;
  Status st = ScanJsonObject(text, &top);
  if (!st.ok()) return ctx.Error(text, "the rules file must be a JSON object");
  RuleSet set;
  RuleParser parser(ctx);
  bool have_rules = false;
  for (const JsonMember& m : top) {
    json v;
    if (m.key != "rules") ParseValue(m.raw, &v);  // the rules are parsed one by one
    if (m.key == "version") {
      if (!v.is_number_integer() || v.get<int64_t>() != 1)
        return ctx.Error(m.raw, "unsupported \"version\" (this caucus reads version 1)");
    } else if (m.key == "well_known") {
      if (!v.is_array()) return ctx.Error(m.raw, "\"well_known\" must be an array of strings");
      for (const json& x : v) {
        if (!x.is_string()) return ctx.Error(m.raw, "\"well_known\" must be an array of strings");
        set.well_known.insert(x.get<std::string>());
      }
    } else if (m.key == "rules") {
      if (m.raw.empty() || m.raw[0] != '[') return ctx.Error(m.raw, "\"rules\" must be an array");
      have_rules = true;
      const std::vector<std::string_view> rules = SplitArray(m.raw);
      set.rules.reserve(set.rules.size() + rules.size());
      for (std::string_view r : rules) {
        Status rs = parser.Parse(r, &set);
        if (!rs.ok()) return rs;
      }
    } else if (m.key != "$schema" && m.key != "description") {
      return ctx.Error(m.raw,
                       "unknown field \"" + m.key + "\" (expected version, well_known, rules)");
    }
  }
  if (!have_rules) return ctx.Error(text, "no \"rules\" array");
  set.patterns = PatternSet(parser.patterns());
  set.pattern_count = parser.patterns().size();
  return set;
}

}  // namespace caucus::check_internal

namespace caucus {

std::string_view StarterRules() {
  return R"rules({
  "description": "caucus check rules, written by caucus check --init. Every rule says what it does in its description; edit, remove or add rules (types: existence, substitution, occurrence, acronym, unknown-body, entity-form, stance; docs/CHECK.md), then run: caucus check --rules caucus-rules.json -r docs/",
  "version": 1,
  "well_known": ["UN", "EU", "ICT", "ICTs", "PDF", "URL"],
  "rules": [
    {"id": "acronym-defined", "type": "acronym", "severity": "warning",
     "description": "An acronym is defined, 'Long Form (LF)', at or before its first use. Add words that need no definition to well_known above, or to this rule's exceptions."},
    {"id": "unknown-body", "type": "unknown-body", "severity": "suggestion",
     "description": "An acronym that no dictionary, definition or recognised entity knows: a misspelt body name, or one for a --dict file."},
    {"id": "multistakeholder", "type": "substitution", "severity": "warning",
     "swap": {"multi-stakeholder": "multistakeholder", "multi stakeholder": "multistakeholder"},
     "description": "One spelling of multistakeholder. 'swap' maps the forms to avoid to the preferred one."},
    {"id": "un-names", "type": "entity-form", "kind": "government", "severity": "suggestion",
     "require": {"RUS": "Russian Federation", "IRN": "Islamic Republic of Iran"},
     "allow": ["Iran (Islamic Republic of)"],
     "description": "Governments named as the UN names them. 'require' maps an ISO 3166 alpha-3 id to the required name; demonyms ('Russian delegates') pass."},
    {"id": "no-loaded-language", "type": "existence", "severity": "error", "ignore_case": true,
     "tokens": ["UN takeover of the Internet", "Internet kill switch"],
     "message": "\"{match}\" is loaded language",
     "description": "Phrases that must not appear. 'tokens' are literal phrases; 'patterns' may hold RE2 regular expressions."},
    {"id": "summary-consistent", "type": "stance", "severity": "warning",
     "description": "The summary (under a Summary, Abstract or Executive summary heading, else the first paragraph) does not contradict the body: an actor that supports a topic there and opposes it later is a finding."}
  ]
}
)rules";
}

}  // namespace caucus
