#include "harmonise_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/form_rows.h"

namespace lumiere::ui {
namespace {

// A field of a path with its "Browse…" button (named for screen readers after the field).
QLineEdit* path_field(QWidget* parent, const char* name, QHBoxLayout** row, QPushButton** browse) {
  auto* field = new QLineEdit(parent);
  field->setObjectName(QString::fromLatin1(name));
  field->setMinimumWidth(380);
  field->setClearButtonEnabled(true);
  *row = new QHBoxLayout;
  (*row)->addWidget(field, 1);
  *browse = new QPushButton(HarmoniseDialog::tr("Browse…"), parent);
  (*browse)->setObjectName(QString::fromLatin1(name) + QStringLiteral("_browse"));
  (*row)->addWidget(*browse);
  return field;
}

QString trimmed_path(const QLineEdit* field) {
  return QDir::fromNativeSeparators(field->text().trimmed());
}

}  // namespace

HarmoniseDialog::HarmoniseDialog(const QString& folder, QWidget* parent)
    : QDialog(parent), folder_(folder) {
  setWindowTitle(tr("Bring boundaries onto today's COG"));
  setAccessibleName(windowTitle());
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(
      tr("Commune boundaries of an earlier year are written as today's communes: the former "
         "communes dissolved into their commune of today, as the COG places them. Codes the COG "
         "does not know are placed by INSEE's table de passage, when given; the others are drawn "
         "as they are, hatched."),
      this);
  intro->setWordWrap(true);
  layout->addWidget(intro);

  auto* form = new QFormLayout;
  layout->addLayout(form);
  QHBoxLayout* row = nullptr;
  QPushButton* browse_boundaries = nullptr;
  boundaries_ = path_field(this, "boundaries", &row, &browse_boundaries);
  add_form_row(form, tr("&Boundaries:"), boundaries_, row);
  browse_boundaries->setAccessibleName(tr("Browse for the boundaries"));

  QPushButton* browse_passage = nullptr;
  passage_ = path_field(this, "passage", &row, &browse_passage);
  passage_->setPlaceholderText(tr("none: the COG alone"));
  passage_->setToolTip(
      tr("INSEE's table de passage (CSV, XLSX, ODS, XLS): a column of old "
         "commune codes and one of new codes"));
  add_form_row(form, tr("&Table de passage:"), passage_, row);
  browse_passage->setAccessibleName(tr("Browse for the table de passage"));

  from_ = new QLineEdit(this);
  from_->setObjectName(QStringLiteral("from"));
  from_->setPlaceholderText(tr("automatic: the first column of codes"));
  add_form_row(form, tr("Column of the &old codes:"), from_);
  to_ = new QLineEdit(this);
  to_->setObjectName(QStringLiteral("to"));
  to_->setPlaceholderText(tr("automatic: the last column of codes"));
  add_form_row(form, tr("Column of the &new codes:"), to_);

  QPushButton* browse_out = nullptr;
  out_ = path_field(this, "out", &row, &browse_out);
  add_form_row(form, tr("&Write to:"), out_, row);
  browse_out->setAccessibleName(tr("Browse for the file to write"));

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  ok_->setText(tr("&Harmonise"));
  ok_->setDefault(true);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  // Tab order: each field then its button, top to bottom, then OK and Cancel.
  QWidget::setTabOrder(boundaries_, browse_boundaries);
  QWidget::setTabOrder(browse_boundaries, passage_);
  QWidget::setTabOrder(passage_, browse_passage);
  QWidget::setTabOrder(browse_passage, from_);
  QWidget::setTabOrder(from_, to_);
  QWidget::setTabOrder(to_, out_);
  QWidget::setTabOrder(out_, browse_out);
  QWidget::setTabOrder(browse_out, buttons);

  connect(browse_boundaries, &QPushButton::clicked, this, &HarmoniseDialog::browse_boundaries);
  connect(browse_passage, &QPushButton::clicked, this, &HarmoniseDialog::browse_passage);
  connect(browse_out, &QPushButton::clicked, this, &HarmoniseDialog::browse_out);
  for (QLineEdit* field : {boundaries_, passage_, out_})
    connect(field, &QLineEdit::textChanged, this, &HarmoniseDialog::update);
  update();
}

HarmoniseChoice HarmoniseDialog::choice() const {
  HarmoniseChoice c;
  c.boundaries = trimmed_path(boundaries_);
  c.passage = trimmed_path(passage_);
  if (!c.passage.isEmpty()) {
    c.from = from_->text().trimmed();
    c.to = to_->text().trimmed();
  }
  c.out = trimmed_path(out_);
  if (!c.out.isEmpty() && QFileInfo(c.out).suffix().isEmpty()) c.out += QStringLiteral(".gpkg");
  return c;
}

void HarmoniseDialog::browse_boundaries() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Commune boundaries"), folder_,
      tr("Map files (*.gpkg *.geojson *.json *.shp *.fgb *.gml *.kml *.zip);;All files (*)"));
  if (path.isEmpty()) return;
  boundaries_->setText(QDir::toNativeSeparators(path));
  folder_ = QFileInfo(path).absolutePath();
  // The output beside the boundaries, named after them, until the user chooses it.
  if (out_->text().trimmed().isEmpty()) {
    const QFileInfo in(path);
    out_->setText(QDir::toNativeSeparators(
        in.absoluteDir().filePath(tr("%1-today.gpkg").arg(in.completeBaseName()))));
  }
}

void HarmoniseDialog::browse_passage() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Table de passage"), folder_,
                                   tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls)"));
  if (path.isEmpty()) return;
  passage_->setText(QDir::toNativeSeparators(path));
}

void HarmoniseDialog::browse_out() {
  const QString start = out_->text().trimmed().isEmpty() ? folder_ : out_->text().trimmed();
  // The action asks before replacing a file, whether chosen here or typed.
  const QString path = QFileDialog::getSaveFileName(this, tr("Write today's communes to"), start,
                                                    tr("GeoPackage (*.gpkg)"), nullptr,
                                                    QFileDialog::DontConfirmOverwrite);
  if (!path.isEmpty()) out_->setText(QDir::toNativeSeparators(path));
}

void HarmoniseDialog::update() {
  const bool passage = !passage_->text().trimmed().isEmpty();
  from_->setEnabled(passage);
  to_->setEnabled(passage);
  ok_->setEnabled(!boundaries_->text().trimmed().isEmpty() && !out_->text().trimmed().isEmpty());
}

}  // namespace lumiere::ui
