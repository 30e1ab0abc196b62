#include "core/model/territory_layer.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "core/model/analytics.h"
#include "core/model/footprint.h"

namespace lumiere::core {

std::vector<TerritoryGroup> epci_groups(const CogRegistry& cog) {
  std::vector<TerritoryGroup> out;
  out.reserve(cog.epcis().size());
  for (const CogEpci& e : cog.epcis()) out.push_back({e.code, e.name, e.members});
  return out;
}

std::vector<TerritoryGroup> structure_groups(const Model& model, std::string_view usage) {
  std::vector<TerritoryGroup> out;
  for (const Structure& s : model.structures()) {
    std::vector<std::string> communes = structure_communes(model, s.id, usage);
    if (!communes.empty()) out.push_back({s.id, s.name, std::move(communes)});
  }
  return out;
}

Result<VectorLayer> territory_layer(std::string name, const std::vector<TerritoryGroup>& groups,
                                    const VectorLayer& communes,
                                    const TerritoryLayerOptions& options) {
  struct Built {
    std::optional<Footprint> footprint;
    std::size_t label_feature = 0;  // the group's largest commune
    double area = 0;                // true areas summed
  };
  std::vector<Built> built(groups.size());
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  Error failure{MessageCode::Cancelled};
  std::mutex failure_mutex;
  const auto work = [&] {
    FootprintBuilder builder;
    for (std::size_t i = next++; i < groups.size() && !failed; i = next++) {
      if (options.stop.stop_requested()) return;
      Built& b = built[i];
      double largest = -1;
      for (const std::string& code : groups[i].communes) {
        const auto f = communes.find(code);
        if (!f || !communes.geometry.has_geometry(*f)) continue;
        b.area += communes.geometry.area(*f);
        if (communes.geometry.area(*f) > largest) {
          largest = communes.geometry.area(*f);
          b.label_feature = *f;
        }
      }
      if (largest < 0) continue;  // no commune drawn
      auto fp = builder.build(communes, groups[i].communes);
      if (!fp) {
        std::lock_guard lock(failure_mutex);
        failure = fp.error();
        failed = true;
        return;
      }
      b.footprint = std::move(*fp);
    }
  };
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
  }
  if (options.stop.stop_requested()) return Error{MessageCode::Cancelled};
  if (failed) return failure;

  VectorLayer layer;
  layer.name = std::move(name);
  layer.driver = "Lumière";
  layer.geometry_type = "MultiPolygon";
  layer.crs = communes.crs;
  layer.code_field = "code";
  layer.name_field = "nom";
  std::vector<double> member_count;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const Built& b = built[i];
    if (!b.footprint) continue;
    const PolygonSet& set = b.footprint->polygons;
    layer.geometry.begin_feature(communes.geometry.zone(b.label_feature));
    for (std::size_t p = 0; p < set.part_count(); ++p) {
      layer.geometry.begin_part();
      for (std::uint32_t r = set.first_ring(p); r < set.part_ends[p]; ++r)
        layer.geometry.add_ring(set.ring(r));
    }
    layer.geometry.end_feature(b.area, communes.geometry.label_point(b.label_feature));
    layer.codes.push_back(groups[i].code);
    layer.names.push_back(groups[i].name);
    layer.official_names.push_back(groups[i].name);
    member_count.push_back(static_cast<double>(b.footprint->communes));
  }
  layer.geometry.build_index();
  layer.attributes.set_numbers("communes", std::move(member_count));
  layer.index_codes();
  layer.build_levels();
  return layer;
}

}  // namespace lumiere::core
