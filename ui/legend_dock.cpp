#include "legend_dock.h"

#include <QPainter>
#include <QScrollArea>

namespace lumiere::ui {

// Paints a legend layout at its own size; the scroll area around it handles long legends.
class LegendView : public QWidget {
 public:
  void set_layout(maps::LegendLayout layout) {
    layout_ = std::move(layout);
    setFixedSize(layout_.size.toSize() + QSize(2 * kMargin, 2 * kMargin));
    update();
  }
  const maps::LegendLayout& legend() const { return layout_; }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(kMargin, kMargin);
    maps::draw_legend(painter, layout_);
  }

 private:
  static constexpr int kMargin = 8;
  maps::LegendLayout layout_;
};

LegendDock::LegendDock(QWidget* parent) : QDockWidget(tr("Legend"), parent), view_(new LegendView) {
  setObjectName(QStringLiteral("legend"));
  auto* scroll = new QScrollArea;
  scroll->setWidget(view_);
  scroll->setWidgetResizable(false);
  scroll->setBackgroundRole(QPalette::Base);
  setWidget(scroll);
}

void LegendDock::set_layers(const std::vector<std::shared_ptr<const maps::StyledLayer>>& layers) {
  // The legend reads from the top of the map down.
  std::vector<std::shared_ptr<const maps::StyledLayer>> top_first(layers.rbegin(), layers.rend());
  maps::LegendOptions options;
  options.font = font();
  options.counts = maps::LegendCounts::Shown;
  options.max_label_width = 200;
  view_->set_layout(maps::layout_legend(maps::legend_sections(top_first), options));
}

const maps::LegendLayout& LegendDock::layout() const { return view_->legend(); }

}  // namespace lumiere::ui
