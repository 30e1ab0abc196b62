#pragma once
// The one way Lumière's subcommands read their arguments and print their help: options and
// operands declared once per command (QCommandLineParser parses them), a help text made from
// those declarations, and the one line on stderr of a failed command ("lumiere COMMAND:
// MESSAGE"), in the language chosen at start-up (maps/language.h). Needs a QCoreApplication.
#include <QCommandLineParser>
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace lumiere::app {

class CommandLine {
 public:
  // `command` as typed after "lumiere" ("info", "import indicators"); `synopsis` its operands
  // and main options ("PATH... [--json]"); `summary` one sentence of what it does.
  CommandLine(std::string command, QString synopsis, QString summary);

  // An option without a value (--json).
  void flag(const QString& name, const QString& help);
  // An option with a value (--cog DIR).
  void option(const QString& name, const QString& value_name, const QString& help);

  // Parses `args` (what follows the command). Returns the exit status when the command stops
  // here: 0 after printing its help (-h, --help), 2 after one line naming a misuse (an
  // unknown option, a missing value).
  std::optional<int> parse(const std::vector<std::string>& args);

  bool is_set(const QString& name) const;
  // The option's value, empty when not given; std::nullopt when not given.
  std::string value(const QString& name) const;
  std::optional<std::string> optional_value(const QString& name) const;
  // What is not an option, in order.
  std::vector<std::string> operands() const;

  // "lumiere COMMAND: MESSAGE (see lumiere COMMAND --help)" on stderr; returns 2.
  int misuse(const QString& message) const;
  // "lumiere COMMAND: MESSAGE" on stderr; returns `status`.
  int fail(const QString& message, int status = 1) const;
  // The error in the user's language, as the command line says it (naming flags).
  int fail(const core::Error& error, int status = 1) const;

  // The checks of a path argument (core/path_check.h), made before anything is opened or
  // locked: the exit status (1, after one line naming the path, what it is and what to do) when
  // something is there that cannot be used so (a folder, a FIFO, a device, a socket, a file
  // that cannot be read or written); nothing when it can, or when nothing is there (the command
  // then says so in its own words, with where to get the file).
  std::optional<int> check_input_file(const std::string& path) const;
  std::optional<int> check_output_file(const std::string& path) const;
  std::optional<int> check_folder(const std::string& path) const;

  // The help: usage line, summary, options.
  QString help() const;
  // The command's name as typed ("stats", "import indicators").
  const std::string& command() const { return command_; }

 private:
  struct Option {
    QString name, value_name, help;
  };
  std::string command_;
  QString synopsis_, summary_;
  std::vector<Option> options_;
  QCommandLineParser parser_;
};

// One line on stderr, UTF-8.
void print_error_line(const QString& line);
// Text on stdout, UTF-8.
void print_out(const QString& text);

}  // namespace lumiere::app
