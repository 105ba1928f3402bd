// "Did you mean ...?": the name closest to a misspelt one, for messages about
// unknown tools, options and option values.
//
//   ClosestName("entitis", {"entities", "segment"})  -> "entities"
//   ClosestName("bodies", {"body", "government"})    -> "body"
//   ClosestName("zzz", {"body"})                      -> ""
#ifndef CAUCUS_SUGGEST_H_
#define CAUCUS_SUGGEST_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace caucus {

// Edit distance with adjacent transpositions counted as one edit
// ("knids" -> "kinds" is 1). ASCII case-sensitive, byte-wise.
size_t EditDistance(std::string_view a, std::string_view b);

// The name in `names` that `word` most likely misspells: a plural of it
// ("bodies" for "body"), else the nearest by EditDistance within a
// length-dependent limit (1 edit up to 4 characters, 2 up to 8, 3 beyond),
// else the only name that starts with `word` (3 characters at least). Ties go
// to the earlier name. Empty when nothing is close, or `word` is a name.
std::string ClosestName(std::string_view word, const std::vector<std::string>& names);

}  // namespace caucus

#endif  // CAUCUS_SUGGEST_H_
