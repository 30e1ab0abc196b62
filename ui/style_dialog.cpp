#include "style_dialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace lumiere::ui {

StyleDialog::StyleDialog(std::shared_ptr<const core::VectorLayer> source, const maps::Style& style,
                         QWidget* parent)
    : QDialog(parent), source_(std::move(source)), style_(style) {
  setWindowTitle(tr("Layer style"));
  auto* layout = new QVBoxLayout(this);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

}  // namespace lumiere::ui
