#include "caucus/suggest.h"

#include <algorithm>

namespace caucus {

size_t EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance, three rows.
  std::vector<size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string ClosestName(std::string_view word, const std::vector<std::string>& names) {
  if (word.empty()) return {};
  for (const std::string& n : names) {
    if (n == word) return {};
  }
  // A plural of a name: "bodies" -> "body", "governments" -> "government".
  auto ends = [&](std::string_view s) {
    return word.size() > s.size() && word.substr(word.size() - s.size()) == s;
  };
  std::vector<std::string> singulars;
  if (ends("ies")) singulars.push_back(std::string(word.substr(0, word.size() - 3)) + "y");
  if (ends("es")) singulars.emplace_back(word.substr(0, word.size() - 2));
  if (ends("s")) singulars.emplace_back(word.substr(0, word.size() - 1));
  for (const std::string& s : singulars) {
    for (const std::string& n : names) {
      if (n == s) return n;
    }
  }
  const size_t limit = word.size() <= 4 ? 1 : word.size() <= 8 ? 2 : 3;
  size_t best = limit + 1;
  std::string best_name;
  for (const std::string& n : names) {
    size_t d = EditDistance(word, n);
    if (d < best) {
      best = d;
      best_name = n;
    }
  }
  if (!best_name.empty()) return best_name;
  if (word.size() >= 3) {
    const std::string* only = nullptr;
    for (const std::string& n : names) {
      if (n.compare(0, word.size(), word) == 0) {
        if (only) return {};
        only = &n;
      }
    }
    if (only) return *only;
  }
  return {};
}

}  // namespace caucus
