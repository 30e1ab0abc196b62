#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "maps/map_exporter.h"
#include "maps/message_text.h"
#include "maps/number_format.h"
#include "ui/attribute_table_dock.h"
#include "ui/attribute_table_model.h"
#include "ui/identify_dock.h"
#include "ui/layer_dock.h"
#include "ui/legend_dock.h"
#include "ui/map_canvas.h"
#include "ui/map_toolbar.h"
#include "ui/search_box.h"
#include "ui/statistics_dock.h"

namespace lumiere::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      canvas_(new MapCanvas(this)),
      layers_(new LayerDock(this)),
      identify_(new IdentifyDock(this)),
      legend_(new LegendDock(this)),
      scale_label_(new QLabel(this)),
      map_toolbar_(new MapToolbar(this)),
      search_(new SearchBox(this)),
      table_(new AttributeTableDock(this)),
      statistics_(new StatisticsDock(this)) {
  setWindowTitle(tr("Lumière — digital pooling of local authorities"));
  setCentralWidget(canvas_);
  addDockWidget(Qt::LeftDockWidgetArea, layers_);
  addDockWidget(Qt::LeftDockWidgetArea, legend_);
  addDockWidget(Qt::RightDockWidgetArea, identify_);
  resizeDocks({identify_}, {360}, Qt::Horizontal);  // room for a label and its value
  statusBar()->addPermanentWidget(scale_label_);
  addToolBar(Qt::TopToolBarArea, map_toolbar_);
  auto* search_bar = new QToolBar(tr("Search"), this);
  search_bar->setObjectName(QStringLiteral("search_toolbar"));
  search_->setMinimumWidth(320);
  search_bar->addWidget(search_);
  addToolBar(Qt::TopToolBarArea, search_bar);
  addDockWidget(Qt::RightDockWidgetArea, statistics_);
  tabifyDockWidget(identify_, statistics_);
  identify_->raise();
  addDockWidget(Qt::BottomDockWidgetArea, table_);
  table_->hide();  // shown from Analysis > Attribute table (its rows take the map's height)
  setAcceptDrops(true);

  file_ = menuBar()->addMenu(tr("&File"));
  save_anchor_ = file_->addSeparator();
  import_ = file_->addMenu(tr("&Import"));
  export_ = file_->addMenu(tr("E&xport"));
  QAction* export_map = export_->addAction(tr("The &map as shown (PNG, SVG, PDF)…"));
  export_map->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(export_map, &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the map"), QString(), tr("Images and documents (*.png *.svg *.pdf)"));
    if (path.isEmpty()) return;
    QString error;
    if (this->export_map(path, &error)) {
      statusBar()->showMessage(tr("Map exported to %1").arg(path), 5000);
    } else {
      QMessageBox::warning(this, tr("The map was not exported"), error);
    }
  });
  file_->addSeparator();
  quit_ = file_->addAction(tr("&Quit"));
  quit_->setShortcut(QKeySequence::Quit);
  connect(quit_, &QAction::triggered, this, &QWidget::close);
  edit_ = menuBar()->addMenu(tr("&Edit"));
  QAction* find = new QAction(tr("&Find a place…"), this);
  find->setShortcut(QKeySequence::Find);
  connect(find, &QAction::triggered, this, [this] {
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
  });
  addAction(find);  // Ctrl+F from anywhere in the window

  QMenu* view = menuBar()->addMenu(tr("&View"));
  QAction* full = view->addAction(tr("Zoom to &France"));
  full->setShortcut(Qt::Key_Home);
  connect(full, &QAction::triggered, canvas_, &MapCanvas::zoom_full);
  to_selection_ = view->addAction(tr("Zoom to the &selection"));
  to_selection_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
  to_selection_->setEnabled(false);
  connect(to_selection_, &QAction::triggered, this, &MainWindow::zoom_to_selection);
  QAction* identify_centre = view->addAction(tr("Identify the &centre of the map"));
  identify_centre->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  connect(identify_centre, &QAction::triggered, this, [this] {
    identify_at(canvas_->center());
    identify_->show();
    identify_->raise();
  });
  QAction* insets = view->addAction(tr("Overseas &insets"));
  insets->setCheckable(true);
  insets->setChecked(true);
  connect(insets, &QAction::toggled, canvas_, &MapCanvas::set_insets_visible);
  view->addSeparator();
  view->addAction(map_toolbar_->toggleViewAction());
  view->addAction(layers_->toggleViewAction());
  view->addAction(legend_->toggleViewAction());
  view->addAction(identify_->toggleViewAction());

  map_ = menuBar()->addMenu(tr("&Map"));
  map_toolbar_->add_menu_actions(map_);
  analysis_ = menuBar()->addMenu(tr("&Analysis"));
  // Show and bring forward (a toggle would hide a dock that is open behind another tab).
  const auto bring = [](QDockWidget* dock) {
    dock->show();
    dock->raise();
    dock->setFocus(Qt::ShortcutFocusReason);
  };
  QAction* statistics = analysis_->addAction(tr("&Statistics"));
  statistics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  connect(statistics, &QAction::triggered, this, [this, bring] { bring(statistics_); });
  QAction* table = analysis_->addAction(tr("Attribute &table"));
  table->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
  connect(table, &QAction::triggered, this, [this, bring] { bring(table_); });
  view->addAction(statistics_->toggleViewAction());
  view->addAction(table_->toggleViewAction());
  QAction* export_table = export_->addAction(tr("The attribute &table (CSV)…"));
  connect(export_table, &QAction::triggered, this, [this] {
    table_->show();
    const QString path = table_->ask_export_path ? table_->ask_export_path() : QString();
    if (path.isEmpty()) return;
    QString error;
    if (!table_->export_csv(path, &error)) {
      QMessageBox::warning(this, tr("The table was not exported"), error);
    } else {
      statusBar()->showMessage(tr("Table exported to %1").arg(path), 5000);
    }
  });

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  connect(help->addAction(tr("&About Lumière")), &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About Lumière"),
                       tr("Lumière maps the digital pooling of French local authorities.\n"
                          "Boundaries: IGN ADMIN EXPRESS COG; populations: INSEE."));
  });

  connect(canvas_, &MapCanvas::scale_changed, this, [this](double denominator) {
    scale_label_->setText(tr("Scale 1:%1").arg(maps::format_fr(denominator, 0)));
  });
  connect(canvas_, &MapCanvas::clicked, this, [this](core::Point point) {
    identify_at(point);
    identify_->raise();
  });
  connect(canvas_, &MapCanvas::feature_identified, this,
          [this](std::size_t layer, std::uint32_t feature) {
            selection_ = std::make_pair(layer, feature);
            to_selection_->setEnabled(true);
            const auto& layers = canvas_->layers();
            if (layer < layers.size()) select(layers[layer]->source->name, {feature});
          });
  connect(table_, &AttributeTableDock::selection_changed, this,
          [this](const std::vector<std::uint32_t>& features) {
            const auto layer = table_->model()->layer();
            if (!layer || !layer->source) return;
            canvas_->set_selection(layer->source->name, features);
            emit selection_changed(canvas_->selection_layer(), canvas_->selection());
          });
  connect(layers_, &LayerDock::layers_changed, canvas_, &MapCanvas::set_layers);
  connect(layers_, &LayerDock::layers_changed, legend_, &LegendDock::set_layers);
  // A layer shown or hidden, or restyled: the dock lists what the layers now hold.
  connect(layers_, &LayerDock::layers_changed, this, [this] {
    if (identified_point_) identify_at(*identified_point_);
  });
  statusBar()->showMessage(tr("Loading the map…"));
  resize(1280, 800);
}

void MainWindow::restore_layout() {
  QSettings settings;
  const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
  if (geometry.isEmpty() || !restoreGeometry(geometry)) {
    setWindowState(windowState() | Qt::WindowMaximized);  // the first run
  }
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::select(const std::string& layer, std::vector<std::uint32_t> features) {
  canvas_->set_selection(layer, std::move(features));
  const auto listed = table_->model()->layer();
  if (listed && listed->source && listed->source->name == canvas_->selection_layer()) {
    table_->set_selection(canvas_->selection());
  } else {
    table_->set_selection({});
  }
  emit selection_changed(canvas_->selection_layer(), canvas_->selection());
}

std::shared_ptr<const maps::StyledLayer> MainWindow::table_layer() const {
  const auto& layers = canvas_->layers();
  for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
    if ((*it)->visible && (*it)->style.kind != maps::StyleKind::Single) return *it;
  }
  for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
    if ((*it)->visible) return *it;
  }
  return nullptr;
}

bool MainWindow::export_map(const QString& path, QString* error) {
  const auto format = maps::format_for_path(path);
  if (!format) {
    if (error) *error = maps::message_text(format.error(), maps::Surface::Window);
    return false;
  }
  maps::RenderRequest request = canvas_->render_request();
  request.extent = canvas_->visible_extent();
  request.size = canvas_->size() * 2;
  request.dpi = 192;
  const core::Status st = maps::export_map(request, {path, *format});
  if (!st && error) *error = maps::message_text(st.error(), maps::Surface::Window);
  return static_cast<bool>(st);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  QStringList paths;
  for (const QUrl& url : event->mimeData()->urls()) {
    if (url.isLocalFile()) paths << url.toLocalFile();
  }
  if (paths.isEmpty()) return;
  event->acceptProposedAction();
  emit files_dropped(paths);
}

void MainWindow::show_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers) {
  QStringList parts;
  const QLocale locale;
  for (const auto& l : layers) {
    parts << tr("%1: %2 features")
                 .arg(l->title)
                 .arg(locale.toString(static_cast<qulonglong>(l->source->feature_count())));
  }
  statusBar()->showMessage(parts.join(QStringLiteral(" · ")));
  layers_->set_layers(layers);
  legend_->set_layers(layers);
  canvas_->set_layers(std::move(layers));
  table_->set_layer(table_layer());
  // The selection stays where its layer still is (an edit, another measure).
  if (!canvas_->selection().empty()) select(canvas_->selection_layer(), canvas_->selection());
  // The old layers' values must not stay on show: list what the new ones hold at the same point.
  if (identified_point_) identify_at(*identified_point_);
}

void MainWindow::add_layers(std::vector<std::shared_ptr<const maps::StyledLayer>> layers) {
  auto all = canvas_->layers();
  all.insert(all.end(), layers.begin(), layers.end());
  show_layers(std::move(all));
}

void MainWindow::identify_at(core::Point point) {
  identified_point_ = point;
  const auto hits = identify_->identify(canvas_->layers(), point);
  // The selection is the top-most layer's feature, as a click selects it.
  selection_.reset();
  for (const IdentifyDock::Hit& hit : hits) {
    if (!selection_ || hit.layer > selection_->first)
      selection_ = std::make_pair(hit.layer, hit.feature);
  }
  to_selection_->setEnabled(selection_.has_value());
}

bool MainWindow::zoom_to_selection() {
  const auto& layers = canvas_->layers();
  if (!selection_ || selection_->first >= layers.size()) return false;
  const core::VectorLayer& source = *layers[selection_->first]->source;
  if (selection_->second >= source.feature_count()) return false;
  canvas_->zoom_to(source.geometry.bounds(selection_->second));
  return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (close_guard_ && !close_guard_()) {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  event->accept();
}

void MainWindow::show_error(const QString& message) {
  statusBar()->showMessage(message);
  QMessageBox::warning(this, tr("Cannot load the map"), message);
}

}  // namespace lumiere::ui
