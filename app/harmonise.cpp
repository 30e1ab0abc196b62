#include "app/harmonise.h"

#include <QCoreApplication>
#include <QStringList>

#include "app/cli_number.h"
#include "core/cog/cog_match.h"
#include "core/layers/layer_writer.h"

namespace lumiere::app {
namespace {

struct Harmonise {
  Q_DECLARE_TR_FUNCTIONS(Harmonise)
};

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString n(std::size_t count) { return QString::fromStdString(group_digits(count)); }

QString passage_lines(const core::PassageTable& t, const std::string& path) {
  QString out =
      Harmonise::tr(
          "Table de passage %1: columns \"%2\" (old code) and \"%3\" (new "
          "code), header on line %4; %5 rows, %6 codes changed, %7 "
          "unchanged\n")
          .arg(qs(path), qs(t.from_column), qs(t.to_column), QString::number(t.layout.header_row),
               n(t.rows), n(t.passage.size()), n(t.unchanged));
  if (!t.incomplete_lines.empty()) {
    QStringList lines;
    for (int line : t.incomplete_lines) lines << QString::number(line);
    out += Harmonise::tr("  rows without two codes, left out (lines): %1\n")
               .arg(lines.join(QStringLiteral(", ")));
  }
  for (const auto& [line, code] : t.conflicts) {
    out += Harmonise::tr(
               "  line %1: %2 is given another new code than on an earlier line (a "
               "commune split?); the first kept\n")
               .arg(QString::number(line), qs(code));
  }
  return out;
}

}  // namespace

core::Result<Harmonised> harmonise(const HarmoniseRequest& request, std::stop_token stop) {
  auto cog = core::CogRegistry::load(request.cog_dir);
  if (!cog) return cog.error();
  Harmonised done;
  if (request.passage) {
    auto read = core::read_passage_table(*request.passage, request.passage_options);
    if (!read) return read.error();
    done.passage = std::move(*read);
  }
  core::LoadOptions load = request.load;
  load.stop = stop;
  auto layers = core::load_layers(request.layers, load);
  if (!layers) return layers.error();
  core::VectorLayer* source = nullptr;
  for (core::VectorLayer& layer : *layers) {
    if (core::detect_kind(layer, *cog) == core::TerritoryKind::Commune) {
      source = &layer;
      break;
    }
  }
  if (!source) {
    return core::Error{core::MessageCode::HarmoniseNoCommuneLayer, {request.layers.front()}};
  }
  auto dissolved = core::communes_of_today(
      *source, *cog, done.passage ? done.passage->passage : core::CommunePassage{}, stop);
  if (!dissolved) return dissolved.error();
  done.dissolve = std::move(*dissolved);
  if (stop.stop_requested()) return core::Error{core::MessageCode::Cancelled, {}};
  if (core::Status written =
          core::write_geopackage(request.out, {&done.dissolve.layer, source}, load.map_space);
      !written) {
    return written.error();
  }
  done.source_features = source->feature_count();
  return done;
}

QString harmonise_report(const HarmoniseRequest& request, const Harmonised& done) {
  QString out;
  if (done.passage && request.passage) out += passage_lines(*done.passage, *request.passage);
  const core::CommuneDissolve& d = done.dissolve;
  out +=
      Harmonise::tr(
          "%1 written: %2 features read, %3 former communes dissolved into %4 "
          "communes of today, %5 communes in all (layer communes; the boundaries as "
          "read in the layer %6)\n")
          .arg(qs(request.out), n(done.source_features), n(d.former_features), n(d.merges.size()),
               n(d.layer.feature_count()), QString::fromUtf8(core::kSourceCommunesLayer));
  for (const core::CommuneMerge& m : d.merges) {
    QStringList pieces;
    for (std::size_t i = 0; i < m.pieces.size(); ++i) pieces << qs(m.pieces[i] + " " + m.names[i]);
    out += Harmonise::tr("  %1 %2: %3\n").arg(qs(m.code), qs(m.name), pieces.join(", "));
  }
  if (!d.unplaced.empty()) {
    QStringList codes;
    for (const std::string& code : d.unplaced) codes << qs(code);
    out += Harmonise::tr(
               "%1 features are no commune of the COG and are drawn as they are, "
               "hatched: %2 (a table de passage places them)\n")
               .arg(n(d.unplaced.size()), codes.join(QStringLiteral(", ")));
  }
  return out;
}

}  // namespace lumiere::app
