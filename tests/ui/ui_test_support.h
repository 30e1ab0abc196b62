#pragma once
// Shared by the ui tests: the sample départements, styled, loaded once per process; the check that
// a dialog's fields are labelled for the keyboard and for screen readers.
#include <gtest/gtest.h>

#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QWidget>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/cog/cog_match.h"
#include "core/cog/cog_registry.h"
#include "core/layers/layer_loader.h"
#include "maps/message_text.h"
#include "maps/styled_layer.h"

namespace lumiere::test {

inline std::shared_ptr<const maps::StyledLayer> styled_departements() {
  static const std::shared_ptr<const maps::StyledLayer> layer = [] {
    const std::string data = LUMIERE_TEST_DATA;
    const std::string path = data + "/boundaries/departements-avec-outre-mer.geojson";
    if (!std::filesystem::exists(path)) {
      ADD_FAILURE() << path << " is missing: run scripts/fetch-data";
      return std::shared_ptr<const maps::StyledLayer>();
    }
    auto layers = core::load_layers({path});
    if (!layers) {
      ADD_FAILURE() << maps::message_string(layers.error());
      return std::shared_ptr<const maps::StyledLayer>();
    }
    core::VectorLayer layer = std::move(layers->front());
    if (auto cog = core::CogRegistry::load(data + "/cog")) {
      core::apply_official_names(layer, *cog);
      core::add_cog_attributes(layer, *cog);
    }
    auto styled = maps::style_layer(std::make_shared<const core::VectorLayer>(std::move(layer)),
                                    maps::Style{});
    return styled ? *styled : std::shared_ptr<const maps::StyledLayer>();
  }();
  return layer;
}

// The child of `parent` named `name` (its object name), a failure when there is none.
template <class W>
W* child(const QWidget& parent, const char* name) {
  W* w = parent.findChild<W*>(QString::fromLatin1(name));
  EXPECT_NE(w, nullptr) << "no widget named " << name;
  return w;
}

// Each widget of `dialog` named in `names` takes the focus by Tab, has a label whose buddy it is
// with a mnemonic not among `mnemonics` (which receives it), and the label's text as its
// accessible name, without the '&' and the colon.
inline void expect_labelled(const QWidget& dialog, const std::vector<const char*>& names,
                            QSet<QChar>& mnemonics) {
  const auto labels = dialog.findChildren<QLabel*>();
  for (const char* name : names) {
    auto* w = dialog.findChild<QWidget*>(QString::fromLatin1(name));
    ASSERT_NE(w, nullptr) << "no widget named " << name;
    EXPECT_FALSE(w->accessibleName().isEmpty()) << name;
    EXPECT_NE(w->focusPolicy() & Qt::TabFocus, 0) << name;
    const QLabel* label = nullptr;
    for (const QLabel* l : labels)
      if (l->buddy() == w) label = l;
    ASSERT_NE(label, nullptr) << name << " has no label";
    const auto amp = label->text().indexOf(QLatin1Char('&'));
    ASSERT_GE(amp, 0) << label->text().toStdString();
    const QChar key = label->text().at(amp + 1).toLower();
    EXPECT_FALSE(mnemonics.contains(key)) << label->text().toStdString();
    mnemonics.insert(key);
    EXPECT_EQ(w->accessibleName(),
              label->text().remove(QLatin1Char('&')).remove(QRegularExpression("\\s*:$")));
  }
}

}  // namespace lumiere::test
