#include "app/app_window.h"

#include <QCoreApplication>
#include <QMessageBox>

#include "app/harmonise_action.h"
#include "ui/map_toolbar.h"

namespace lumiere::app {

AppWindow::AppWindow(const std::string& data_dir)
    : session_(window_), files_(window_, session_, data_dir) {
  harmonise_ = new HarmoniseAction(window_);  // after the imports, in File > Import
  harmonise_->open_project = [this] {
    return session_.project() ? QString::fromStdString(session_.project()->file()) : QString();
  };
  const auto warn = [this](const QString& message) {
    if (on_failure) {
      on_failure(message);
      return;
    }
    QMessageBox::warning(&window_, QStringLiteral("Lumière"), message);
  };
  QObject::connect(&session_, &ProjectSession::failed, &window_, warn);
  QObject::connect(&files_, &ProjectFiles::failed, &window_, warn);
  QObject::connect(&session_, &ProjectSession::imported, &window_, [this](const QString& report) {
    if (on_failure) return;  // tests read the report from the signal
    QMessageBox box(QMessageBox::Information, QCoreApplication::translate("Gui", "Import finished"),
                    report.section(QLatin1Char('\n'), 0, 1), QMessageBox::Ok, &window_);
    box.setDetailedText(report);
    box.exec();
  });
  // What the map shows: the toolbar asks, the session draws, the toolbar follows.
  ui::MapToolbar* toolbar = window_.map_toolbar();
  QObject::connect(toolbar, &ui::MapToolbar::choice_changed, &session_,
                   &ProjectSession::set_choice);
  QObject::connect(
      &session_, &ProjectSession::choice_shown, toolbar,
      [this, toolbar](const maps::MapChoice& choice) {
        toolbar->set_model(session_.project() ? &session_.project()->model() : nullptr);
        toolbar->show_choice(choice);
      });
}

AppWindow::~AppWindow() = default;

}  // namespace lumiere::app
