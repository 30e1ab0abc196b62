#include "search_box.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScreen>
#include <QTreeWidget>
#include <algorithm>

namespace lumiere::ui {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The kind of a place as the list names it.
QString kind_label(const core::Place& place) {
  switch (place.kind) {
    case core::PlaceKind::Commune:
      switch (place.commune_type) {
        case core::CommuneType::Delegated:
          return SearchBox::tr("Delegated commune");
        case core::CommuneType::Associated:
          return SearchBox::tr("Associated commune");
        default:
          return SearchBox::tr("Commune");
      }
    case core::PlaceKind::Epci:
      return SearchBox::tr("EPCI");
    case core::PlaceKind::Departement:
      return SearchBox::tr("Department");
    case core::PlaceKind::Region:
      return SearchBox::tr("Region");
    case core::PlaceKind::Structure:
      return SearchBox::tr("Structure");
  }
  return {};
}

}  // namespace

SearchBox::SearchBox(QWidget* parent) : QLineEdit(parent), popup_(new QTreeWidget(this)) {
  setObjectName(QStringLiteral("place_search"));
  setPlaceholderText(tr("Search for a commune, an EPCI, a department, a structure…"));
  setAccessibleName(tr("Search for a place"));
  setAccessibleDescription(
      tr("Type a name, a code or a postal code; the arrows choose among the places found, Enter "
         "shows the place on the map"));
  setClearButtonEnabled(true);

  // A popup as QCompleter's: the text keeps the keyboard (the list forwards what it does not
  // answer), a click outside closes it.
  popup_->setObjectName(QStringLiteral("place_search_results"));
  popup_->setWindowFlags(Qt::Popup);
  popup_->setFocusPolicy(Qt::NoFocus);
  popup_->setFocusProxy(this);
  popup_->setMouseTracking(true);
  popup_->setColumnCount(2);
  popup_->setHeaderHidden(true);
  popup_->setRootIsDecorated(false);
  popup_->setUniformRowHeights(true);
  popup_->setSelectionBehavior(QAbstractItemView::SelectRows);
  popup_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  popup_->header()->setStretchLastSection(false);
  popup_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  popup_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  popup_->setTextElideMode(Qt::ElideMiddle);
  popup_->setAccessibleName(tr("Places found"));
  popup_->installEventFilter(this);
  connect(popup_, &QTreeWidget::itemClicked, this,
          [this](QTreeWidgetItem* item) { choose(popup_->indexOfTopLevelItem(item)); });
  connect(popup_, &QTreeWidget::itemEntered, this,
          [this](QTreeWidgetItem* item) { popup_->setCurrentItem(item); });
  connect(this, &QLineEdit::textEdited, this, &SearchBox::search);
}

void SearchBox::set_index(std::shared_ptr<const core::PlaceIndex> index) {
  index_ = std::move(index);
  if (popup_->isVisible()) search(text());
}

int SearchBox::highlighted() const {
  QTreeWidgetItem* item = popup_->currentItem();
  return item && !results_.empty() ? popup_->indexOfTopLevelItem(item) : -1;
}

void SearchBox::search(const QString& text) {
  const QByteArray utf8 = text.toUtf8();
  results_ = index_ ? index_->query(std::string_view(utf8.constData(), utf8.size()), kMaxResults)
                    : std::vector<core::Place>();
  popup_->clear();
  if (text.trimmed().isEmpty()) {
    hide_popup();
    return;
  }
  for (const core::Place& place : results_) {
    const QString name = place.context.empty()
                             ? qs(place.name)
                             : tr("%1 — %2").arg(qs(place.name), qs(place.context));
    const QString kind = kind_label(place);
    auto* item = new QTreeWidgetItem(popup_, {name, kind});
    item->setToolTip(0, name);
    item->setData(0, Qt::AccessibleTextRole, tr("%1, %2").arg(name, kind));
    item->setForeground(1, palette().brush(QPalette::PlaceholderText));
  }
  if (results_.empty()) {
    auto* item = new QTreeWidgetItem(popup_, {tr("No place found"), QString()});
    item->setFlags(Qt::NoItemFlags);
  } else {
    popup_->setCurrentItem(nullptr);
  }
  show_popup();
}

void SearchBox::show_popup() {
  const int rows = std::max(1, popup_->topLevelItemCount());
  const int row_height = std::max(popup_->sizeHintForRow(0), fontMetrics().height() + 4);
  const int frame = 2 * popup_->frameWidth();
  // As wide as the rows (up to two thirds of the screen), never narrower than the field.
  const QAbstractItemView* view = popup_;  // sizeHintForColumn is public there
  int width =
      std::max(this->width(), view->sizeHintForColumn(0) + view->sizeHintForColumn(1) + frame + 24);
  if (const QScreen* screen = this->screen())
    width = std::min(width, std::max(this->width(), screen->availableGeometry().width() * 2 / 3));
  QPoint below = mapToGlobal(QPoint(0, height()));
  if (const QScreen* screen = this->screen()) {
    const QRect free = screen->availableGeometry();
    below.setX(std::clamp(below.x(), free.left(), std::max(free.left(), free.right() - width)));
  }
  popup_->setGeometry(QRect(below, QSize(width, rows * row_height + frame)));
  if (!popup_->isVisible()) popup_->show();
}

void SearchBox::hide_popup() {
  if (popup_->isVisible()) popup_->hide();
}

void SearchBox::move_highlight(int step) {
  if (results_.empty()) return;
  const int last = static_cast<int>(results_.size()) - 1;
  const int row = highlighted();
  const int next = row < 0 ? (step > 0 ? 0 : last) : std::clamp(row + step, 0, last);
  popup_->setCurrentItem(popup_->topLevelItem(next));
  popup_->scrollToItem(popup_->currentItem());
}

void SearchBox::choose(int row) {
  if (row < 0 || row >= static_cast<int>(results_.size())) return;
  const core::Place place = results_[static_cast<std::size_t>(row)];
  hide_popup();
  setText(qs(place.name));
  emit place_chosen(place);
}

bool SearchBox::handle_key(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
      if (!popup_->isVisible()) {
        if (text().trimmed().isEmpty()) return false;
        search(text());  // the arrows open the list again on the text
        if (event->key() == Qt::Key_Up || event->key() == Qt::Key_PageUp) return true;
      }
      const int page = std::max(1, static_cast<int>(kMaxResults) - 1);
      const int step = event->key() == Qt::Key_Down     ? 1
                       : event->key() == Qt::Key_Up     ? -1
                       : event->key() == Qt::Key_PageUp ? -page
                                                        : page;
      move_highlight(step);
      return true;
    }
    case Qt::Key_Enter:
    case Qt::Key_Return: {
      if (!popup_->isVisible()) search(text());
      choose(std::max(0, highlighted()));
      return true;
    }
    case Qt::Key_Escape:
      if (!popup_->isVisible()) return false;
      hide_popup();
      return true;
    default:
      return false;
  }
}

void SearchBox::keyPressEvent(QKeyEvent* event) {
  if (handle_key(event)) {
    event->accept();
    return;
  }
  QLineEdit::keyPressEvent(event);
}

bool SearchBox::eventFilter(QObject* watched, QEvent* event) {
  if (watched != popup_ || event->type() != QEvent::KeyPress)
    return QLineEdit::eventFilter(watched, event);
  // The popup has the keyboard while it is open: it answers the list's keys and hands the others
  // to the text, as if typed there (Tab leaves the field: the list closes first).
  auto* key = static_cast<QKeyEvent*>(event);
  if (handle_key(key)) return true;
  if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) hide_popup();
  QLineEdit::event(key);
  return true;
}

}  // namespace lumiere::ui
