#pragma once
// The dialog of File > "Bring boundaries onto today's COG…": the file of commune boundaries of an
// older vintage, INSEE's table de passage when the COG alone does not place every code (with
// its two columns, found when left empty) and the GeoPackage to write. Plain data in, plain data
// out: the caller harmonises what choice() says (app/harmonise_action). OK is enabled once the
// boundaries and the output are given. GUI thread.
#include <QDialog>
#include <QString>

class QLineEdit;
class QPushButton;

namespace lumiere::ui {

struct HarmoniseChoice {
  QString boundaries;  // the file of commune boundaries
  QString passage;     // the table de passage; empty: none
  QString from;        // its column of old codes; empty: the first column of codes
  QString to;          // its column of new codes; empty: the last column of codes
  QString out;         // the GeoPackage to write
};

class HarmoniseDialog : public QDialog {
  Q_OBJECT

 public:
  // `folder`: where the file dialogs open first.
  explicit HarmoniseDialog(const QString& folder, QWidget* parent = nullptr);

  HarmoniseChoice choice() const;

 private:
  void browse_boundaries();
  void browse_passage();
  void browse_out();
  void update();

  QString folder_;
  QLineEdit* boundaries_;
  QLineEdit* passage_;
  QLineEdit* from_;
  QLineEdit* to_;
  QLineEdit* out_;
  QPushButton* ok_;
};

}  // namespace lumiere::ui
