#include "caucus/matrix.h"

#include <set>

#include "caucus/json.h"

namespace caucus {

void StanceMatrix::Add(std::string_view doc_id, const std::vector<Stance>& stances) {
  for (const Stance& s : stances) {
    if (s.score < options_.min_score) continue;
    if (options_.asserted_only && s.modality != "asserted") continue;
    std::string target = s.target.topic, tkind = "topic";
    if (target.empty()) {
      target = s.target.entity;
      tkind = "entity";
    }
    if (target.empty()) {
      if (!options_.include_unlinked) continue;
      tkind.clear();
    }
    MatrixCell& c = cells_[{s.actor.id, target}];
    c.actor_kind = s.actor.kind;
    c.target_kind = tkind;
    if (s.polarity == "support") {
      ++c.support;
    } else if (s.polarity == "oppose") {
      ++c.oppose;
    } else {
      ++c.neutral;
    }
    if (c.documents == 0 || c.last_doc != doc_id) {
      ++c.documents;
      c.last_doc = std::string(doc_id);
    }
  }
}

namespace {
// Markdown cells must not break the table.
std::string MdEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += ' ';
    else
      out += c;
  }
  return out;
}
std::string Tsv(const std::string& s) {
  std::string out;
  for (char c : s) out += (c == '\t' || c == '\n') ? ' ' : c;
  return out;
}
}  // namespace

Result<std::string> StanceMatrix::Format(std::string_view format) const {
  std::string out;
  if (format == "jsonl") {
    for (const auto& [key, c] : cells_) {
      JsonWriter w(&out);
      w.BeginObject().Key("actor").String(key.first).Key("actor_kind").String(c.actor_kind);
      w.Key("target").String(key.second).Key("target_kind").String(c.target_kind);
      w.Key("support").UInt(c.support).Key("oppose").UInt(c.oppose).Key("neutral").UInt(c.neutral);
      w.Key("total").UInt(c.support + c.oppose + c.neutral).Key("documents").UInt(c.documents);
      w.EndObject();
      out += '\n';
    }
    return out;
  }
  if (format == "tsv") {
    out = "actor\tactor_kind\ttarget\ttarget_kind\tsupport\toppose\tneutral\ttotal\tdocuments\n";
    for (const auto& [key, c] : cells_) {
      out += Tsv(key.first) + "\t" + c.actor_kind + "\t" + Tsv(key.second) + "\t" + c.target_kind +
             "\t" + std::to_string(c.support) + "\t" + std::to_string(c.oppose) + "\t" +
             std::to_string(c.neutral) + "\t" + std::to_string(c.support + c.oppose + c.neutral) +
             "\t" + std::to_string(c.documents) + "\n";
    }
    return out;
  }
  if (format == "markdown") {
    std::set<std::string> targets;
    std::vector<std::string> actors;
    for (const auto& [key, c] : cells_) {
      targets.insert(key.second);
      if (actors.empty() || actors.back() != key.first) actors.push_back(key.first);
    }
    out = "| actor |";
    for (const auto& t : targets) out += " " + MdEscape(t.empty() ? "(unlinked)" : t) + " |";
    out += "\n|---|";
    for (size_t i = 0; i < targets.size(); ++i) out += "---|";
    out += "\n";
    for (const auto& a : actors) {
      out += "| " + MdEscape(a) + " |";
      for (const auto& t : targets) {
        auto it = cells_.find({a, t});
        std::string cell;
        if (it != cells_.end()) {
          const MatrixCell& c = it->second;
          if (c.support) cell += "+" + std::to_string(c.support);
          if (c.oppose)
            cell += std::string(cell.empty() ? "" : " ") + "-" + std::to_string(c.oppose);
          if (c.neutral)
            cell += std::string(cell.empty() ? "" : " ") + "=" + std::to_string(c.neutral);
        }
        out += " " + cell + " |";
      }
      out += "\n";
    }
    return out;
  }
  return Status::InvalidInput("unknown format \"" + std::string(format) +
                              "\" (jsonl, tsv or markdown)");
}

}  // namespace caucus
