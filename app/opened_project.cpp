#include "app/opened_project.h"

#include <QCoreApplication>

#include "maps/message_text.h"

namespace lumiere::app {

core::Result<core::Project> open_for_command(const CommandLine& cl, const std::string& path,
                                             const core::OpenOptions& options) {
  auto project = core::open_project(path, options);
  if (!project) return project;
  for (const core::Message& row : project->set_aside()) {
    print_error_line(QCoreApplication::translate("CommandLine", "lumiere %1: warning: %2")
                         .arg(QString::fromStdString(cl.command()),
                              maps::message_text(row, maps::Surface::CommandLine)));
  }
  return project;
}

}  // namespace lumiere::app
