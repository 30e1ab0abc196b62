#include "style_preview.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "maps/legend.h"
#include "maps/number_format.h"
#include "maps/styled_layer.h"
#include "ui/color_button.h"

namespace lumiere::ui {
namespace {

QString count_text(std::size_t n) { return maps::format_fr(static_cast<double>(n), 0); }

// A circle of the proportional style whose area is `fraction` of the largest, in a small box.
QIcon circle_icon(const maps::Style& style, double fraction) {
  constexpr int box = 16;
  QPixmap pixmap(box, box);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setBrush(style.circle_fill);
  painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
  const double r = std::max(1.0, (box / 2.0 - 1) * std::sqrt(fraction));
  painter.drawEllipse(QPointF(box / 2.0, box / 2.0), r, r);
  return QIcon(pixmap);
}

}  // namespace

StylePreview::StylePreview(QWidget* parent)
    : QWidget(parent), summary_(new QLabel), table_(new QTableWidget), error_(new QLabel) {
  summary_->setObjectName(QStringLiteral("preview_summary"));
  summary_->setWordWrap(true);
  table_->setObjectName(QStringLiteral("preview"));
  table_->setColumnCount(3);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->setFocusPolicy(Qt::NoFocus);
  table_->verticalHeader()->hide();
  table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
  table_->setIconSize(QSize(28, 16));
  error_->setObjectName(QStringLiteral("preview_error"));
  error_->setWordWrap(true);
  error_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  error_->setStyleSheet(QStringLiteral("color: #c0172b;"));
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(summary_);
  layout->addWidget(table_, 1);
  layout->addWidget(error_, 1);
}

void StylePreview::show_error(const QString& message) {
  table_->hide();
  summary_->hide();
  error_->setText(message);
  error_->show();
}

void StylePreview::set_rows(const QStringList& headers, int rows) {
  table_->clearContents();
  table_->setRowCount(rows);
  table_->setHorizontalHeaderLabels(headers);
}

void StylePreview::set_row(int row, const QIcon& icon, const QString& text, const QString& count) {
  table_->setItem(row, 0, new QTableWidgetItem(icon, QString()));
  table_->setItem(row, 1, new QTableWidgetItem(text));
  auto* number = new QTableWidgetItem(count);
  number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  table_->setItem(row, 2, number);
}

void StylePreview::show_layer(const maps::StyledLayer& styled) {
  error_->hide();
  table_->show();
  summary_->show();
  const maps::Style& style = styled.style;
  const std::size_t n = styled.source->feature_count();
  const QColor base = style.symbol.fill_mode == maps::FillMode::Outline ? QColor(Qt::transparent)
                                                                        : style.symbol.fill;
  switch (style.kind) {
    case maps::StyleKind::Single:
      set_rows({tr("Colour"), tr("Symbol"), tr("Features")}, 1);
      set_row(0, swatch_icon(base), tr("All features"), count_text(n));
      summary_->setText(tr("One symbol for every feature."));
      break;
    case maps::StyleKind::Categorized: {
      const std::size_t k = style.categories.size();
      std::size_t matched = 0;
      for (std::size_t c : styled.category_counts) matched += c;
      const std::size_t missing = styled.category_missing;
      const bool others = matched + missing < n;
      set_rows({tr("Colour"), tr("Value"), tr("Features")},
               static_cast<int>(k + (others ? 1 : 0) + (missing > 0 ? 1 : 0)));
      for (std::size_t c = 0; c < k; ++c) {
        const maps::Category& cat = style.categories[c];
        const QString text = !cat.label.isEmpty()  ? cat.label
                             : cat.value.isEmpty() ? tr("(no value)")
                                                   : cat.value;
        set_row(static_cast<int>(c), swatch_icon(cat.color), text,
                count_text(c < styled.category_counts.size() ? styled.category_counts[c] : 0));
      }
      if (others)
        set_row(static_cast<int>(k), swatch_icon(base), tr("Other values"),
                count_text(n - matched - missing));
      // The features without a value, named as the legend names them.
      if (missing > 0)
        set_row(static_cast<int>(k + (others ? 1 : 0)), swatch_icon(base), maps::no_value_label(),
                count_text(missing));
      summary_->setText(k == 0 ? tr("No category yet: choose a column and press Classify.")
                               : tr("Categories: %1.").arg(k));
      break;
    }
    case maps::StyleKind::Graduated: {
      // The bounds as the legend writes them.
      const QStringList labels = maps::class_labels(styled.classes.bounds, styled.class_minima);
      const int k = static_cast<int>(labels.size());
      set_rows({tr("Colour"), tr("Class"), tr("Features")}, k);
      for (int c = 0; c < k; ++c) {
        const auto i = static_cast<std::size_t>(c);
        set_row(c, swatch_icon(i < styled.class_colors.size() ? styled.class_colors[i] : QColor()),
                labels[c], count_text(i < styled.class_counts.size() ? styled.class_counts[i] : 0));
      }
      QString text = tr("Classes: %1.").arg(k);
      if (styled.no_data_count > 0) {
        text +=
            QStringLiteral(" <span style=\"color:%1\">■</span> ").arg(styled.no_data_color.name()) +
            tr("%1: %2.").arg(maps::no_value_label(), count_text(styled.no_data_count));
      }
      summary_->setText(text);
      break;
    }
    case maps::StyleKind::Proportional: {
      // Reference circles: the largest value, a half and a tenth of it.
      const double max = styled.max_value;
      const double fractions[] = {1.0, 0.5, 0.1};
      set_rows({tr("Circle"), tr("Value"), tr("Radius")}, max > 0 ? 3 : 0);
      if (max > 0) {
        const int decimals = max >= 100 ? 0 : 2;
        for (int r = 0; r < 3; ++r) {
          const double radius = style.max_radius_px * std::sqrt(fractions[r]);
          set_row(r, circle_icon(style, fractions[r]),
                  maps::format_fr(max * fractions[r], decimals),
                  tr("%1 px").arg(maps::format_fr(radius, 1)));
        }
      }
      summary_->setText(max > 0 ? tr("Circle areas are proportional to the values.")
                                : tr("The column has no positive value to draw."));
      break;
    }
  }
}

}  // namespace lumiere::ui
