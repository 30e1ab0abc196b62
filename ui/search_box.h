#pragma once
// The window's search field: as the user types, a popup lists the places of a core::PlaceIndex
// (communes, EPCI, départements, régions, structures) as "name — context" with their kind; Enter
// or a click chooses the highlighted one (the first when none is), the arrows move in the list,
// Escape closes it. The index is shared and immutable (the window replaces it after an edit);
// a query takes a few milliseconds, so it runs on each key, on the GUI thread. GUI thread only.
#include <QLineEdit>
#include <memory>
#include <vector>

#include "core/model/place_search.h"

class QTreeWidget;

namespace lumiere::ui {

class SearchBox : public QLineEdit {
  Q_OBJECT

 public:
  // At most this many places are listed.
  static constexpr std::size_t kMaxResults = 12;

  explicit SearchBox(QWidget* parent = nullptr);

  // The places to search (nothing is found without one). Lists again what the text finds when
  // the popup is open.
  void set_index(std::shared_ptr<const core::PlaceIndex> index);
  // The places listed for the text typed, best first.
  const std::vector<core::Place>& results() const { return results_; }
  // The popup list (a top-level Qt::Popup owned by the box).
  QTreeWidget* popup() const { return popup_; }
  // The row highlighted in the list, -1 when none.
  int highlighted() const;

 signals:
  // The place the user chose (Enter or a click).
  void place_chosen(const core::Place& place);

 protected:
  void keyPressEvent(QKeyEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  // Lists what `text` finds and shows (or hides) the popup.
  void search(const QString& text);
  // The keys the list answers (arrows, Enter, Escape); false for the others, which edit the text.
  bool handle_key(QKeyEvent* event);
  void move_highlight(int step);
  void choose(int row);
  void show_popup();
  void hide_popup();

  std::shared_ptr<const core::PlaceIndex> index_;
  std::vector<core::Place> results_;
  QTreeWidget* popup_;
};

}  // namespace lumiere::ui
