// Acronym definitions and undefined acronyms in policy text.
//
// Definitions are found in the spirit of Schwartz & Hearst (2003): a short
// form in parentheses after its long form ("Commission on Science and
// Technology for Development (CSTD)"), or a long form in parentheses after its
// short form ("RIPE NCC (Réseaux IP Européens Network Coordination Centre)").
// The short form's letters and digits are aligned, in order, with the long
// form, whose first word must start with the short form's first character.
// Extended for what policy text does: hyphens and digits ("CWG-Internet",
// "WTPF-13", "G-77"), lowercase letters ("ccNSO"), a plural "s" ("IXPs"),
// capitals inside words ("ICANN"), "hereinafter"/quotes/"or" inside the
// parentheses, and French/Spanish function words.
//
//   std::vector<AcronymDef> all = FindAcronyms(text, {});  // what the tool emits
//   std::vector<AcronymDef> defs = FindAcronymDefinitions(text);
//   std::vector<AcronymDef> used = FindUndefinedAcronyms(text, defs);
//
// Both functions are pure, thread-safe and linear in the text (each
// parenthesis looks back a bounded window). Results are in text order.
#ifndef CAUCUS_ACRONYMS_H_
#define CAUCUS_ACRONYMS_H_

#include <string_view>
#include <vector>

#include "caucus/types.h"

namespace caucus {

// Every definition in `text` (valid UTF-8), one per defining occurrence, in
// order of the short form's span. confidence is in [0, 1]: 1 when every letter
// of the short form starts a word of the long form and no content word of the
// long form is left unmatched; lower for inner-letter matches, skipped words,
// the "SF (long form)" direction, a dropped numeric suffix ("WCIT-12") and
// short forms that look like ordinary words.
std::vector<AcronymDef> FindAcronymDefinitions(std::string_view text);

// Tokens that look like acronyms (two or more capitals, possibly with digits,
// hyphens and inner lowercase letters: "ITU-T", "G20", "ccTLDs", "IPv6") used
// in `text` but not defined by any of `defs`, each once, with the span of its
// first use, an empty long form and defined = false. Lines that are mostly
// capitals (headings, "THANK YOU") and speaker labels ("IRAN:" at the start
// of a line) are ignored. A plural or singular of a defined short form
// ("IGFs" for "IGF") counts as defined.
std::vector<AcronymDef> FindUndefinedAcronyms(std::string_view text,
                                              const std::vector<AcronymDef>& defs);

struct AcronymOptions {
  bool undefined = true;      // also report acronyms used but never defined
  double min_confidence = 0;  // drop anything less confident
};

// The definitions and (if options.undefined) the undefined acronyms of
// `text`, merged in order of span.
std::vector<AcronymDef> FindAcronyms(std::string_view text, const AcronymOptions& options);

// FindAcronyms or FindAcronymDefinitions (options null) over text from
// `body` on (after a header: caucus/front_matter.h BodyStart), with spans
// into the whole text.
std::vector<AcronymDef> FindAcronymsInBody(std::string_view text, uint32_t body,
                                           const AcronymOptions* options);

}  // namespace caucus

#endif  // CAUCUS_ACRONYMS_H_
