#include "harmonise_action.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

#include "app/data_paths.h"
#include "app/harmonise.h"
#include "maps/message_text.h"
#include "ui/main_window.h"

namespace lumiere::app {

namespace {

// The same file, whether or not it exists yet.
bool same_file(const QString& a, const QString& b) {
  if (a.isEmpty() || b.isEmpty()) return false;
  const QFileInfo fa(a), fb(b);
  if (fa.exists() && fb.exists()) return fa.canonicalFilePath() == fb.canonicalFilePath();
  return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

}  // namespace

HarmoniseAction::HarmoniseAction(ui::MainWindow& window) : QObject(&window), window_(window) {
  action_ = new QAction(tr("&Bring boundaries onto today's COG…"), this);
  action_->setStatusTip(tr("Writes commune boundaries of an earlier year as today's communes"));
  window_.import_menu()->addSeparator();
  window_.import_menu()->addAction(action_);
  connect(action_, &QAction::triggered, this, &HarmoniseAction::ask_and_start);
  connect(&watcher_, &QFutureWatcher<std::pair<bool, QString>>::finished, this,
          &HarmoniseAction::done);

  ask_choice = [this]() -> std::optional<ui::HarmoniseChoice> {
    const QString project = open_project ? open_project() : QString();
    ui::HarmoniseDialog dialog(
        project.isEmpty() ? QDir::homePath() : QFileInfo(project).absolutePath(), &window_);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    return dialog.choice();
  };
  ask_replace = [this](const QString& out) {
    return QMessageBox::question(
               &window_, tr("Replace the file?"),
               tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(out))) ==
           QMessageBox::Yes;
  };
  show_report = [this](const QString& report) {
    // The report's lines that are not indented say what was done; the indented ones (each
    // merger, each row left out) are the details.
    QStringList summary;
    for (const QString& line : report.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
      if (!line.startsWith(QLatin1Char(' '))) summary << line;
    QMessageBox box(QMessageBox::Information, tr("Boundaries brought onto today's COG"),
                    summary.join(QStringLiteral("\n\n")), QMessageBox::Ok, &window_);
    box.setDetailedText(report);
    box.exec();
  };
  show_failure = [this](const QString& message) {
    QMessageBox::warning(&window_, tr("Bring boundaries onto today's COG"), message);
  };
}

HarmoniseAction::~HarmoniseAction() { watcher_.waitForFinished(); }

void HarmoniseAction::ask_and_start() {
  if (running()) return;
  const std::optional<ui::HarmoniseChoice> choice = ask_choice();
  if (!choice) return;
  if (QFileInfo::exists(choice->out) && !same_file(choice->out, choice->boundaries) &&
      !(open_project && same_file(choice->out, open_project())) && !ask_replace(choice->out))
    return;
  start(*choice);
}

bool HarmoniseAction::start(const ui::HarmoniseChoice& choice) {
  if (running()) return false;
  if (choice.boundaries.isEmpty() || choice.out.isEmpty()) {
    fail(tr("Give the file of boundaries and the file to write."));
    return false;
  }
  if (same_file(choice.out, choice.boundaries) || same_file(choice.out, choice.passage)) {
    fail(tr("%1 is a file to read: choose another file to write.")
             .arg(QDir::toNativeSeparators(choice.out)));
    return false;
  }
  if (open_project && same_file(choice.out, open_project())) {
    fail(tr("%1 is the project open in this window: choose another file to write.")
             .arg(QDir::toNativeSeparators(choice.out)));
    return false;
  }
  HarmoniseRequest request;
  request.layers = {choice.boundaries.toStdString()};
  request.out = choice.out.toStdString();
  request.cog_dir = data_dir() + "/cog";
  if (!choice.passage.isEmpty()) {
    request.passage = choice.passage.toStdString();
    request.passage_options.from_column = choice.from.toStdString();
    request.passage_options.to_column = choice.to.toStdString();
  }
  action_->setEnabled(false);
  window_.statusBar()->showMessage(
      tr("Bringing %1 onto today's COG…").arg(QFileInfo(choice.boundaries).fileName()));
  watcher_.setFuture(QtConcurrent::run([request] {
    auto done = harmonise(request);
    if (!done) return std::pair(false, maps::message_text(done.error(), maps::Surface::Window));
    return std::pair(true, harmonise_report(request, *done));
  }));
  return true;
}

void HarmoniseAction::done() {
  action_->setEnabled(true);
  window_.statusBar()->clearMessage();
  const auto [ok, text] = watcher_.result();
  if (!ok) return fail(text);
  emit finished(text);
  show_report(text);
}

void HarmoniseAction::fail(const QString& message) {
  emit failed(message);
  show_failure(message);
}

}  // namespace lumiere::app
