// caucus graph: co-mention and support/oppose networks as DOT, GraphML, JSON.
#include "caucus/graph.h"

#include "tool.h"

namespace caucus::cli {
namespace {

int GraphMain(const std::vector<std::string>& args);

const Registrar kRegistrar({
    "graph",
    "co-mention and support/oppose networks as DOT, GraphML or JSON, with weights",
    "caucus graph [OPTIONS] [FILE...]",
    "  caucus graph corpus.jsonl | dot -Tsvg > mentions.svg\n"
    "  caucus graph --window document --min-weight 3 corpus.jsonl\n"
    "  caucus graph --network stance --format graphml corpus.jsonl > stances.graphml\n"
    "  caucus segment -r corpus/ | caucus entities | caucus graph --format json\n",
    GraphMain,
});

int GraphMain(const std::vector<std::string>& args) {
  CommonArgs common;
  std::string network = "comention", format = "dot", window = "sentence";
  GraphOptions options;
  po::options_description desc("options");
  desc.add_options()(
      "network", po::value<std::string>(&network)->default_value("comention"),
      "comention (entities mentioned together) or stance (actor -> target, per polarity)")(
      "window", po::value<std::string>(&window)->default_value("sentence"),
      "co-mention window: sentence or document")(
      "min-weight", po::value<uint64_t>(&options.min_weight)->default_value(1),
      "leave out edges lighter than N")("isolated", po::bool_switch(&options.keep_isolated),
                                        "keep nodes that have no edge");
  AddFormatOption(&desc, &format, "dot", "dot, graphml or json");
  AddCommonOptions(&desc, &common, true);
  int code = 0;
  if (!ParseToolArgs(*FindTool("graph"), desc, args, &common, &code)) return code;
  if (!CheckChoice(
          "graph", "--network", &network, {"comention", "stance"},
          {{"co-mention", "comention"}, {"mentions", "comention"}, {"stances", "stance"}}) ||
      !CheckChoice("graph", "--window", &window, {"sentence", "document"}) ||
      !CheckChoice("graph", "--format", &format, {"dot", "graphml", "json"}))
    return 2;
  auto net = ParseGraphNetwork(network);
  if (!net.ok()) return UsageError("graph", net.status().message());
  auto fmt = ParseGraphFormat(format);
  if (!fmt.ok()) return UsageError("graph", fmt.status().message());
  options.network = *net;
  options.document_window = window == "document";
  bool stances = options.network == GraphNetwork::kStance;
  bool sentences = !stances && !options.document_window;

  auto annotator = MakeAnnotator(common);
  if (!annotator.ok()) return UsageError("graph", annotator.status().message());
  const Annotator& a = **annotator;
  GraphAccumulator acc;
  // Graphs merge commutatively, so workers add to one shared graph and the
  // ordered sink carries nothing.
  int rc = RunFilter(
      MakeRunOptions("graph", common),
      [&](const Origin&, Document& doc, std::string*) {
        DocumentLayers layers;
        Status s = LoadLayers(&doc, a, stances, sentences, &layers);
        if (!s.ok()) return s;
        Graph g;
        g.AddDocument(layers, options);
        acc.Add(g);
        return Status::Ok();
      },
      nullptr, [](std::string_view) { return true; });
  std::string out;
  acc.Finish().Write(*fmt, options, &out);
  WriteStdout(out);
  FlushStdout();
  return rc;
}

}  // namespace
}  // namespace caucus::cli
