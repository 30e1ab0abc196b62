#include "app/app_window.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <unordered_set>

#include "app/harmonise_action.h"
#include "ui/map_canvas.h"
#include "ui/map_toolbar.h"
#include "ui/search_box.h"
#include "ui/statistics_dock.h"

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

  // The search: the COG's places once per project (built on a worker: the COG does not change),
  // the structures added on the GUI thread after every change (a tenth of a millisecond).
  QObject::connect(&session_, &ProjectSession::opened, &window_, [this] {
    const core::Project* project = session_.project();
    places_.reset();
    window_.search_box()->set_index(nullptr);
    if (!project) return;
    places_watcher_.setFuture(QtConcurrent::run(
        [cog = std::shared_ptr<const core::Project>(session_.shared_model(), project)] {
          return std::make_shared<const core::PlaceIndex>(cog->cog());
        }));
  });
  QObject::connect(&places_watcher_,
                   &QFutureWatcher<std::shared_ptr<const core::PlaceIndex>>::finished, &window_,
                   [this] {
                     const core::Project* project = session_.project();
                     if (!project) return;
                     places_ = std::make_shared<const core::PlaceIndex>(
                         places_watcher_.result()->with_structures(project->model()));
                     window_.search_box()->set_index(places_);
                   });
  QObject::connect(window_.search_box(), &ui::SearchBox::place_chosen, &window_,
                   [this](const core::Place& place) { show_place(place); });

  // The statistics follow the usage and vintage shown, computed only while the dock is in view
  // (behind the identify tab at first: nothing to compute on opening or switching).
  const auto feed_statistics = [this] {
    ui::StatisticsDock* dock = window_.statistics_dock();
    if (!dock->isVisible()) return;
    dock->set_subject(session_.shared_model(), statistics_usage_, statistics_vintage_);
  };
  QObject::connect(window_.statistics_dock(), &QDockWidget::visibilityChanged, &window_,
                   [feed_statistics](bool visible) {
                     if (visible) feed_statistics();
                   });
  QObject::connect(
      &session_, &ProjectSession::choice_shown, &window_,
      [this, feed_statistics](const maps::MapChoice& choice) {
        const core::Project* project = session_.project();
        if (places_ && project) {
          places_ =
              std::make_shared<const core::PlaceIndex>(places_->with_structures(project->model()));
          window_.search_box()->set_index(places_);
        }
        statistics_usage_ = choice.usage;
        statistics_vintage_ = project ? maps::shown_vintage(project->model(), choice) : 0;
        feed_statistics();
      });
  QObject::connect(
      &window_, &ui::MainWindow::selection_changed, &window_,
      [this](const std::string& layer, const std::vector<std::uint32_t>& features) {
        std::vector<std::string> codes;
        for (const auto& l : window_.canvas()->layers()) {
          if (l->source->name != layer || !maps::colours_layer(*l->source, maps::MapLevel::Commune))
            continue;
          for (std::uint32_t f : features) codes.push_back(l->source->codes[f]);
          break;
        }
        window_.statistics_dock()->set_selection(std::move(codes));
      });
}

bool AppWindow::show_place(const core::Place& place) {
  const core::Project* project = session_.project();
  if (!project) return false;
  const std::vector<std::string> codes =
      core::place_communes(place, project->cog(), project->model());
  const std::unordered_set<std::string> wanted(codes.begin(), codes.end());
  for (const auto& l : window_.canvas()->layers()) {
    if (!maps::colours_layer(*l->source, maps::MapLevel::Commune)) continue;
    const core::VectorLayer& communes = *l->source;
    std::vector<std::uint32_t> features;
    core::Box extent;
    for (std::size_t f = 0; f < communes.feature_count(); ++f) {
      const core::CogCommune* c = project->cog().current_commune(communes.codes[f]);
      if (!c || !wanted.count(c->code) || !communes.geometry.has_geometry(f)) continue;
      features.push_back(static_cast<std::uint32_t>(f));
      extent.expand(communes.geometry.bounds(f));
    }
    if (features.empty()) break;
    // Some room around the place, so that its neighbours show.
    const double margin = 0.15 * std::max(extent.max_x - extent.min_x, extent.max_y - extent.min_y);
    window_.canvas()->zoom_to({extent.min_x - margin, extent.min_y - margin, extent.max_x + margin,
                               extent.max_y + margin});
    window_.select(communes.name, features);
    const QString name = QString::fromStdString(place.name);
    window_.statusBar()->showMessage(
        features.size() == 1
            ? QCoreApplication::translate("Gui", "%1: 1 commune selected").arg(name)
            : QCoreApplication::translate("Gui", "%1: %2 communes selected")
                  .arg(name, QLocale().toString(static_cast<qulonglong>(features.size()))),
        8000);
    return true;
  }
  window_.statusBar()->showMessage(
      QCoreApplication::translate("Gui", "%1 is not drawn on this map.")
          .arg(QString::fromStdString(place.name)),
      8000);
  return false;
}

AppWindow::~AppWindow() = default;

}  // namespace lumiere::app
