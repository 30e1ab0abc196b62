// The docks beside the canvas, driven as a user would: visibility and order in the layer dock,
// opacity, a new style reaching the canvas and the legend (identify: identify_test.cpp).
#include <gtest/gtest.h>

#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QTreeWidget>

#include "maps/message_text.h"
#include "ui/layer_dock.h"
#include "ui/legend_dock.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui_test_support.h"

namespace {

using lumiere::maps::LegendItemKind;
using lumiere::maps::StyledLayer;

std::shared_ptr<const StyledLayer> outline_copy(const std::shared_ptr<const StyledLayer>& layer) {
  auto copy = std::make_shared<StyledLayer>(*layer);
  copy->title = QStringLiteral("contours");
  return copy;
}

int count_items(const lumiere::maps::LegendLayout& layout, LegendItemKind kind) {
  return static_cast<int>(std::count_if(layout.items.begin(), layout.items.end(),
                                        [&](const auto& item) { return item.kind == kind; }));
}

TEST(Docks, LayerDockDrivesTheCanvasAndTheLegend) {
  const auto deps = lumiere::test::styled_departements();
  ASSERT_TRUE(deps);
  lumiere::ui::MainWindow window;
  window.show_layers({deps, outline_copy(deps)});
  lumiere::ui::LayerDock* dock = window.layer_dock();
  QListWidget* list = dock->list();
  ASSERT_EQ(list->count(), 2);
  // Top of the list is the top of the map.
  EXPECT_EQ(list->item(0)->text(), "contours");
  // A single-symbol layer is one swatch with its name.
  EXPECT_EQ(count_items(window.legend_dock()->layout(), LegendItemKind::Swatch), 2);

  // Unchecking hides the layer on the canvas and drops it from the legend.
  list->item(0)->setCheckState(Qt::Unchecked);
  ASSERT_EQ(window.canvas()->layers().size(), 2u);
  EXPECT_FALSE(window.canvas()->layers()[1]->visible);
  EXPECT_TRUE(window.canvas()->layers()[0]->visible);
  EXPECT_EQ(count_items(window.legend_dock()->layout(), LegendItemKind::Swatch), 1);

  // Opacity of the selected layer.
  list->setCurrentRow(1);
  dock->opacity_slider()->setValue(40);
  EXPECT_DOUBLE_EQ(window.canvas()->layers()[0]->opacity, 0.4);

  // A graduated style (what the style dialog returns) reaches the canvas and the legend.
  lumiere::maps::Style graduated;
  graduated.kind = lumiere::maps::StyleKind::Graduated;
  graduated.field = QStringLiteral("density");
  graduated.classification.method = lumiere::maps::ClassMethod::Quantiles;
  graduated.classification.classes = 4;
  auto styled = lumiere::maps::style_layer(deps->source, graduated, deps->title);
  ASSERT_TRUE(styled.ok()) << lumiere::maps::message_string(styled.error());
  dock->replace_layer(0, *styled);
  EXPECT_EQ(window.canvas()->layers()[0]->style.kind, lumiere::maps::StyleKind::Graduated);
  EXPECT_EQ(count_items(window.legend_dock()->layout(), LegendItemKind::Swatch), 4);

  // A screenshot of the whole window to look at, under the build tree.
  window.resize(1400, 900);
  window.show();
  QSignalSpy ready(window.canvas(), &lumiere::ui::MapCanvas::frame_ready);
  window.canvas()->zoom_full();
  for (int i = 0; i < 20 && (window.canvas()->busy() || ready.count() == 0); ++i) ready.wait(10000);
  QDir().mkpath(QStringLiteral(LUMIERE_UI_SHOT_DIR));
  EXPECT_TRUE(window.grab().save(QStringLiteral(LUMIERE_UI_SHOT_DIR "/main_window_graduated.png")));
}

TEST(Docks, ClickThenZoomToTheSelection) {
  const auto deps = lumiere::test::styled_departements();
  ASSERT_TRUE(deps);
  lumiere::ui::MainWindow window;
  window.show_layers({deps});
  EXPECT_FALSE(window.zoom_to_selection());  // nothing identified yet
  const auto gironde = static_cast<std::uint32_t>(*deps->source->find("33"));
  emit window.canvas()->feature_identified(0, gironde);
  ASSERT_TRUE(window.zoom_to_selection());
  const lumiere::core::Box view = window.canvas()->visible_extent();
  const lumiere::core::Box& b = deps->source->geometry.bounds(gironde);
  EXPECT_LE(view.min_x, b.min_x);
  EXPECT_GE(view.max_x, b.max_x);
  EXPECT_LE(view.min_y, b.min_y);
  EXPECT_GE(view.max_y, b.max_y);
  EXPECT_LT(view.width(), 4 * b.width() + 4 * b.height());  // zoomed in on it, not on France
}

}  // namespace
