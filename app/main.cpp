// lumiere: the map window with no command; headless commands otherwise (app/command_line.h).
// Exit status 0 on success, 1 with a one-line reason on stderr when the work failed, 2 when the
// command line itself is wrong (an unknown command or option), in the user's language; 3 with one
// line when an exception escaped everything else (a bug: the line asks to report it). Unwinding
// releases what was held (a project's lock is held by its core::Project).
#include <QCoreApplication>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/command_line.h"
#include "app/demo_command.h"
#include "app/gui.h"
#include "app/harmonise_command.h"
#include "app/import_command.h"
#include "app/info_command.h"
#include "app/render_command.h"
#include "app/repair_command.h"
#include "app/stats_command.h"
#include "core/path_check.h"
#include "maps/language.h"
#include "maps/message_text.h"

namespace {

using lumiere::app::print_error_line;
using lumiere::maps::Language;

struct Cli {
  Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr std::string_view kCommands[] = {"info",   "render", "demo",     "stats",
                                          "import", "repair", "harmonise"};

QString general_help() {
  return Cli::tr(
      "usage: lumiere [FILE]                 open the map window (a project, or map layers)\n"
      "       lumiere info PATH...           describe map layers and match them with the COG\n"
      "       lumiere render ...             draw a map headless (PNG, SVG, PDF)\n"
      "       lumiere demo --out FILE.gpkg   build the demo project\n"
      "       lumiere stats --project FILE.gpkg --usage ID\n"
      "                                      adoption of a usage by group, fracture metrics\n"
      "       lumiere import indicators|structures --project FILE.gpkg TABLE\n"
      "                                      import a table into a project, with its report\n"
      "       lumiere repair FILE.gpkg --out COPY.gpkg\n"
      "                                      a copy without the damaged rows of a project\n"
      "       lumiere harmonise LAYER... --out FILE.gpkg [--passage TABLE]\n"
      "                                      commune boundaries of an older vintage brought\n"
      "                                      onto the current COG\n"
      "\n"
      "lumiere COMMAND --help tells more of each command.\n"
      "--lang fr|en speaks French or English whatever the system's language (by default:\n"
      "French on a French system, English otherwise).\n");
}

// Qt's own options of the window (QGuiApplication and QApplication read them), with "-" or
// "--"; the first group takes a value.
bool is_qt_option(std::string_view word, bool& takes_value) {
  static constexpr std::string_view kWithValue[] = {
      "platform",   "platformpluginpath", "platformtheme", "plugin",
      "style",      "stylesheet",         "session",       "display",
      "geometry",   "qwindowgeometry",    "qwindowtitle",  "qwindowicon",
      "fontengine", "qmljsdebugger"};
  static constexpr std::string_view kFlags[] = {"reverse", "nograb",      "dograb",
                                                "sync",    "widgetcount", "testability"};
  word.remove_prefix(word.starts_with("--") ? 2 : 1);
  const std::string_view name = word.substr(0, word.find('='));
  const bool with_value =
      std::find(std::begin(kWithValue), std::end(kWithValue), name) != std::end(kWithValue);
  takes_value = with_value && name.size() == word.size();  // "-style=Fusion" carries its value
  return with_value || std::find(std::begin(kFlags), std::end(kFlags), name) != std::end(kFlags);
}

// What the window is asked to open, or why it is not started.
struct WindowStart {
  std::vector<std::string> paths;
  QString error;  // empty when the window starts
  int status = 0;
};

// The operands of the window's command line, checked before any window exists: an unknown
// option or command stops with status 2, a missing file with status 1.
WindowStart check_window_arguments(const std::vector<std::string>& args) {
  WindowStart start;
  auto stop = [&start](QString message, int status) {
    start.error = std::move(message);
    start.status = status;
    return start;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 1 && a.starts_with('-')) {
      bool takes_value = false;
      if (!is_qt_option(a, takes_value)) {
        return stop(Cli::tr("lumiere: unknown option '%1' (see lumiere --help)")
                        .arg(QString::fromStdString(a)),
                    2);
      }
      if (takes_value) ++i;
      continue;
    }
    if (a.starts_with("PG:")) {
      return stop(Cli::tr("lumiere: %1: projects in PostgreSQL cannot be opened by this version "
                          "of Lumière; open a project file (.gpkg)")
                      .arg(QString::fromStdString(a)),
                  1);
    }
    std::error_code ec;
    if (std::filesystem::exists(a, ec)) {
      // Checked before the window opens anything: a folder, a FIFO (which would block), a
      // device or a socket is refused here.
      if (const lumiere::core::Status usable = lumiere::core::check_input_file(a); !usable) {
        return stop(Cli::tr("lumiere: %1")
                        .arg(lumiere::maps::message_text(usable.error(),
                                                         lumiere::maps::Surface::CommandLine)),
                    1);
      }
      start.paths.push_back(a);
      continue;
    }
    // A bare word is a command mistyped (or one this version does not have); anything with a
    // folder or an extension is a file that is not there.
    if (a.find_first_of("/.\\") == std::string::npos) {
      QStringList commands;
      for (std::string_view c : kCommands)
        commands.push_back(QString::fromLatin1(c.data(), c.size()));
      return stop(Cli::tr("lumiere: unknown command '%1'; the commands are %2 (see lumiere "
                          "--help)")
                      .arg(QString::fromStdString(a), commands.join(QStringLiteral(", "))),
                  2);
    }
    return stop(Cli::tr("lumiere: %1: no such file; check the path").arg(QString::fromStdString(a)),
                1);
  }
  return start;
}

// What main keeps alive until it returns: the arguments left to Qt, then the application (which
// refers to them), so that the last resort still speaks the user's language.
struct Process {
  std::vector<char*> qt_argv;
  int qt_argc = 0;
  std::optional<QGuiApplication> gui_app;
  std::optional<QCoreApplication> core_app;
};

// The line of an exception that escaped everything else; status 3.
int unexpected_error(const char* what) {
  const std::string words = what && *what ? what : "unknown exception";
  try {
    print_error_line(
        Cli::tr("lumiere: %1")
            .arg(lumiere::maps::message_text(
                lumiere::core::Error{lumiere::core::MessageCode::AppUnexpectedError, {words}},
                lumiere::maps::Surface::CommandLine)));
  } catch (...) {
    std::fprintf(stderr, "lumiere: unexpected error: %s; please report it\n", words.c_str());
  }
  return 3;
}

int run(int argc, char** argv, Process& process) {
  // --lang fr|en (or --lang=fr), anywhere: taken out before the command or Qt sees it.
  std::vector<char*>& qt_argv = process.qt_argv;
  qt_argv = {argv[0]};
  std::vector<std::string> args;
  std::optional<std::string> lang_word;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--lang" && i + 1 < argc) {
      lang_word = argv[++i];
    } else if (a.starts_with("--lang=")) {
      lang_word = a.substr(7);
    } else {
      qt_argv.push_back(argv[i]);
      args.push_back(a);
    }
  }
  int& qt_argc = process.qt_argc;
  qt_argc = static_cast<int>(qt_argv.size());
  qt_argv.push_back(nullptr);
  Language language = lumiere::maps::language_from_environment();
  const auto forced = lang_word ? lumiere::maps::parse_language(*lang_word) : std::nullopt;
  const bool bad_language = lang_word && (!forced || lang_word->empty());
  if (forced) language = *forced;

  const std::string first = args.empty() ? std::string() : args[0];
  const bool is_command =
      std::find(std::begin(kCommands), std::end(kCommands), first) != std::end(kCommands);
  const bool is_help = first == "-h" || first == "--help" || first == "help";
  WindowStart window;
  if (!is_command && !is_help && !bad_language) window = check_window_arguments(args);
  if (!is_command && !is_help && !bad_language && window.error.isEmpty()) {
    return lumiere::app::run_gui(qt_argc, qt_argv.data(), window.paths, language);
  }

  // Headless from here. Fonts and painting (render) need a GUI application, not a display; Qt's
  // own notes (a missing XDG_RUNTIME_DIR...) would break the one-line contract of stderr: only
  // its failures pass.
  std::optional<QGuiApplication>& gui_app = process.gui_app;
  std::optional<QCoreApplication>& core_app = process.core_app;
  if (first == "render") {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
      if (type == QtCriticalMsg || type == QtFatalMsg)
        print_error_line(QStringLiteral("lumiere render: ") + message);
    });
    gui_app.emplace(qt_argc, qt_argv.data());
  } else {
    core_app.emplace(qt_argc, qt_argv.data());
  }
  if (!lumiere::maps::use_language(language)) {
    print_error_line(QStringLiteral("lumiere: the French translation is missing from this build"));
  }
  if (bad_language) {
    print_error_line(Cli::tr("lumiere: --lang takes fr or en, not '%1'")
                         .arg(QString::fromStdString(*lang_word)));
    return 2;
  }
  if (!window.error.isEmpty()) {
    window = check_window_arguments(args);  // again, now that the translation is installed
    print_error_line(window.error);
    return window.status;
  }
  if (is_help) {
    lumiere::app::print_out(general_help());
    return 0;
  }
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (first == "info") return lumiere::app::run_info(rest);
  if (first == "render") return lumiere::app::run_render(rest);
  if (first == "demo") return lumiere::app::run_demo(rest);
  if (first == "stats") return lumiere::app::run_stats(rest);
  if (first == "repair") return lumiere::app::run_repair(rest);
  if (first == "harmonise") return lumiere::app::run_harmonise(rest);
  return lumiere::app::run_import(rest);
}

}  // namespace

int main(int argc, char** argv) {
  // The one handler of exceptions: whatever escapes a command or the window becomes one line
  // and status 3, never an abort (nothing on the way calls std::exit or std::abort).
  Process process;
  try {
    return run(argc, argv, process);
  } catch (const std::exception& e) {
    return unexpected_error(e.what());
  } catch (...) {
    return unexpected_error(nullptr);
  }
}
