// Shared by the aggregating tools (stats, graph, report): how they get the
// layers a document lacks.
#ifndef CAUCUS_CLI_AGGREGATE_H_
#define CAUCUS_CLI_AGGREGATE_H_

#include <memory>

#include "caucus/stats.h"
#include "tool.h"

namespace caucus::cli {

// Providers that compute entities (and stances, when `stances`) for
// documents that do not carry those layers. `keep` owns what the providers
// use and must outlive them. Fails if the dictionaries do not load.
Status MakeLayerProviders(const CommonArgs& common, bool stances, std::shared_ptr<void>* keep,
                          LayerProviders* out);

}  // namespace caucus::cli

#endif  // CAUCUS_CLI_AGGREGATE_H_
