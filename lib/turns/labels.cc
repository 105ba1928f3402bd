// Speaker labels: the role a label names (chair, secretariat, moderator,
// ...), its normalized form ("UNITED STATES" -> "United States"), whether a
// line's head reads as a label, and a note's language. The words are
// dictionaries/english.json's label_* lists.
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "matcher.h"
#include "turns/parts.h"
#include "turns/patterns.h"
#include "word_match.h"

namespace caucus::turns {
namespace {

// Words that stay upper case when a shouting label is title-cased: they are
// acronyms, not names ("ITU SECRETARY-GENERAL" -> "ITU Secretary-General").
bool KeepUpper(std::string_view w, const internal::EnglishWords& en) {
  if (en.label_acronyms.Contains(w)) return true;
  return std::any_of(w.begin(), w.end(),
                     [](char c) { return isdigit(static_cast<unsigned char>(c)); });
}

bool HasWord(const std::string& upper, std::string_view word) {
  size_t p = 0;
  while ((p = upper.find(word, p)) != std::string::npos) {
    bool left = p == 0 || !isalpha(static_cast<unsigned char>(upper[p - 1]));
    size_t e = p + word.size();
    bool right = e >= upper.size() || !isalpha(static_cast<unsigned char>(upper[e]));
    if (left && right) return true;
    p = e;
  }
  return false;
}

}  // namespace

std::string Normalize(std::string_view label, const internal::EnglishWords& en) {
  label = Trim(label);
  if (HasLower(label)) return std::string(label);
  const internal::WordList& small_words = en.label_small_words;
  std::string out;
  size_t i = 0;
  bool first = true;
  while (i < label.size()) {
    size_t j = i;
    while (j < label.size() && label[j] != ' ') ++j;
    std::string_view w = label.substr(i, j - i);
    if (!out.empty()) out += ' ';
    bool small = !first && small_words.Contains(w);
    if (KeepUpper(w, en)) {
      out.append(w);
    } else {
      icu::UnicodeString u =
          icu::UnicodeString::fromUTF8(icu::StringPiece(w.data(), static_cast<int32_t>(w.size())));
      u.toLower();
      if (!small) {
        // Capitalise the first letter and any letter after a hyphen or a
        // period ("SECRETARY-GENERAL", "MR." stay readable).
        bool cap = true;
        // "D'IVOIRE" -> "d'Ivoire": an elided article stays small.
        if (u.length() > 2 && u.charAt(1) == '\'' && u_isalpha(u.charAt(0))) {
          if (first) u.setCharAt(0, static_cast<UChar>(u_toupper(u.charAt(0))));
          for (int32_t k = 2; k < u.length(); ++k) {
            if (u_isalpha(u.charAt(k))) {
              u.setCharAt(k, static_cast<UChar>(u_toupper(u.charAt(k))));
              break;
            }
          }
          cap = false;
        }
        for (int32_t k = 0; k < u.length(); ++k) {
          UChar c = u.charAt(k);
          if (cap && u_isalpha(c)) {
            u.setCharAt(k, static_cast<UChar>(u_toupper(c)));
            cap = false;
          } else if (c == '-') {
            cap = true;
          }
        }
      }
      std::string s;
      u.toUTF8String(s);
      out += s;
    }
    first = false;
    i = j;
    while (i < label.size() && label[i] == ' ') ++i;
  }
  return out;
}

std::string Slug(std::string_view s) {
  std::string out = internal::Slug(s);
  if (out.rfind("the-", 0) == 0) out.erase(0, 4);
  return out;
}

std::string RoleFromLabel(std::string_view label, const internal::EnglishWords& en) {
  std::string u = Upper(Trim(label));
  auto has_any = [&](const internal::WordList& list) {
    for (const std::string& w : list.words())
      if (HasWord(u, w)) return true;
    return false;
  };
  if (en.label_questioners.Contains(u) || has_any(en.label_questioner_words)) return "questioner";
  if (has_any(en.label_interpreter_words)) return "interpreter";
  if (has_any(en.label_moderator_words) || en.label_moderators.Contains(u)) return "moderator";
  if (has_any(en.label_secretariat_words) ||
      (HasWord(u, "DIRECTOR") && has_any(en.label_bureau_words))) {
    return "secretariat";
  }
  // A title right after the label's start or its prefixes: "CHAIRMAN
  // COMMITTEE 4", "THE ACTING PRESIDENT", "VICE-CHAIR".
  std::string_view rest = u;
  for (const std::string& prefix : en.label_role_prefixes.words()) {
    if (rest.size() > prefix.size() && rest.substr(0, prefix.size()) == prefix &&
        (rest[prefix.size()] == ' ' || rest[prefix.size()] == '-'))
      rest.remove_prefix(prefix.size() + 1);
  }
  for (const std::string& chair : en.label_chair_titles.words()) {
    if (rest.substr(0, chair.size()) == chair &&
        (rest.size() == chair.size() || !isalpha(static_cast<unsigned char>(rest[chair.size()])))) {
      return "chair";
    }
  }
  if (has_any(en.label_delegate_words)) return "delegate";
  return "";
}

bool LooksLikeLabel(std::string_view label, const internal::EnglishWords& en) {
  label = Trim(label);
  if (label.empty() || label.size() > 80) return false;
  int words = 1;
  bool letter = false;
  for (char c : label) {
    if (c == ' ') ++words;
    if (isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      letter = true;
  }
  if (!letter || words > 9) return false;
  if (!HasLower(label)) return true;
  // Mixed case: every word capitalised or a connector ("Markus Kummer",
  // "Delegate of Brazil").
  size_t i = 0;
  while (i < label.size()) {
    size_t j = label.find(' ', i);
    if (j == std::string_view::npos) j = label.size();
    std::string_view w = label.substr(i, j - i);
    bool ok = !w.empty() && (!HasLower(w.substr(0, 1)) || en.label_connectors.Contains(w));
    if (!ok) return false;
    i = j + 1;
  }
  return true;
}

bool IsTitleAbbrev(std::string_view text, uint32_t dot, const internal::EnglishWords& en) {
  uint32_t b = dot;
  while (b > 0 && isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  std::string_view w = text.substr(b, dot - b);
  if (en.title_abbreviations.Contains(w)) return true;
  return w.size() == 1 && isupper(static_cast<unsigned char>(w[0]));  // initials: "J. Smith"
}

std::string LanguageOf(std::string_view note, const internal::EnglishWords& en) {
  std::string_view g[2];
  const RE2& re = P().spoke_in;
  if (!Match(re, note, 0, static_cast<uint32_t>(note.size()), RE2::UNANCHORED, g, 2)) return "";
  std::string lang(g[1]);
  std::string low = Lower(lang);
  if (en.language_non_names.Contains(low)) return low == "english" ? "English" : "";
  lang = Lower(lang);
  lang[0] = static_cast<char>(toupper(static_cast<unsigned char>(lang[0])));
  return lang;
}

}  // namespace caucus::turns
