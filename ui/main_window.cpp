#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "map_view.h"

namespace lumiere::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), view_(new MapView(this)) {
  setWindowTitle(tr("Lumière — digital pooling of local authorities"));
  setCentralWidget(view_);
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* quit = file->addAction(tr("&Quit"));
  quit->setShortcut(QKeySequence::Quit);
  connect(quit, &QAction::triggered, qApp, &QApplication::quit);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  connect(help->addAction(tr("&About Lumière")), &QAction::triggered, this, [this] {
    QMessageBox::about(this, tr("About Lumière"),
                       tr("Lumière maps the digital pooling of French local authorities.\n"
                          "Boundaries: IGN ADMIN EXPRESS COG; populations: INSEE."));
  });
  statusBar()->showMessage(tr("Loading the map…"));
  resize(1280, 800);
}

void MainWindow::show_layers(std::vector<maps::RenderLayer> layers) {
  QStringList parts;
  const QLocale locale;
  for (const maps::RenderLayer& l : layers) {
    parts << tr("%1: %2 features")
                 .arg(QString::fromStdString(l.layer->name))
                 .arg(locale.toString(static_cast<qulonglong>(l.layer->feature_count())));
  }
  statusBar()->showMessage(parts.join(QStringLiteral(" · ")));
  view_->set_layers(std::move(layers));
}

void MainWindow::show_error(const QString& message) {
  statusBar()->showMessage(message);
  QMessageBox::warning(this, tr("Cannot load the map"), message);
}

}  // namespace lumiere::ui
