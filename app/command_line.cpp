#include "app/command_line.h"

#include <QCoreApplication>
#include <cstdio>

#include "core/path_check.h"
#include "maps/message_text.h"

namespace lumiere::app {

namespace {

// QCommandLineParser's own messages, listed so that lupdate puts them in our translation (the
// French of Qt's qtbase catalogue is used too when installed; ours wins when both are).
[[maybe_unused]] constexpr const char* kQtParserMessages[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

}  // namespace

CommandLine::CommandLine(std::string command, QString synopsis, QString summary)
    : command_(std::move(command)), synopsis_(std::move(synopsis)), summary_(std::move(summary)) {
  parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  parser_.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
  parser_.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
}

void CommandLine::flag(const QString& name, const QString& help) {
  parser_.addOption(QCommandLineOption(name));
  options_.push_back({name, {}, help});
}

void CommandLine::option(const QString& name, const QString& value_name, const QString& help) {
  parser_.addOption(QCommandLineOption(name, help, value_name));
  options_.push_back({name, value_name, help});
}

std::optional<int> CommandLine::parse(const std::vector<std::string>& args) {
  QStringList list{QStringLiteral("lumiere")};
  for (const std::string& a : args) list.push_back(QString::fromStdString(a));
  if (!parser_.parse(list)) return misuse(parser_.errorText());
  if (parser_.isSet(QStringLiteral("help"))) {
    print_out(help());
    return 0;
  }
  return std::nullopt;
}

bool CommandLine::is_set(const QString& name) const { return parser_.isSet(name); }

std::string CommandLine::value(const QString& name) const {
  return parser_.value(name).toStdString();
}

std::optional<std::string> CommandLine::optional_value(const QString& name) const {
  if (!parser_.isSet(name)) return std::nullopt;
  return parser_.value(name).toStdString();
}

std::vector<std::string> CommandLine::operands() const {
  std::vector<std::string> out;
  for (const QString& p : parser_.positionalArguments()) out.push_back(p.toStdString());
  return out;
}

int CommandLine::misuse(const QString& message) const {
  print_error_line(
      QCoreApplication::translate("CommandLine", "lumiere %1: %2 (see lumiere %1 --help)")
          .arg(QString::fromStdString(command_), message));
  return 2;
}

int CommandLine::fail(const QString& message, int status) const {
  print_error_line(QCoreApplication::translate("CommandLine", "lumiere %1: %2")
                       .arg(QString::fromStdString(command_), message));
  return status;
}

int CommandLine::fail(const core::Error& error, int status) const {
  return fail(maps::message_text(error, maps::Surface::CommandLine), status);
}

namespace {

std::optional<int> refusal(const CommandLine& cl, const core::Status& checked) {
  if (checked || checked.code() == core::MessageCode::PathMissing ||
      checked.code() == core::MessageCode::FolderMissing)
    return std::nullopt;
  return cl.fail(checked.error());
}

}  // namespace

std::optional<int> CommandLine::check_input_file(const std::string& path) const {
  return refusal(*this, core::check_input_file(path));
}

std::optional<int> CommandLine::check_output_file(const std::string& path) const {
  return refusal(*this, core::check_output_file(path));
}

std::optional<int> CommandLine::check_folder(const std::string& path) const {
  return refusal(*this, core::check_folder(path));
}

QString CommandLine::help() const {
  QString text = QCoreApplication::translate("CommandLine", "usage: lumiere %1 %2")
                     .arg(QString::fromStdString(command_), synopsis_) +
                 QLatin1Char('\n') + summary_ + QLatin1Char('\n');
  if (options_.empty()) return text;
  text += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Options:") +
          QLatin1Char('\n');
  std::vector<QString> heads;
  qsizetype width = 0;
  for (const Option& o : options_) {
    QString head = QStringLiteral("  --") + o.name;
    if (!o.value_name.isEmpty()) head += QLatin1Char(' ') + o.value_name;
    width = std::max(width, head.size());
    heads.push_back(head);
  }
  heads.push_back(QStringLiteral("  -h, --help"));
  width = std::max(width, heads.back().size());
  for (std::size_t i = 0; i < heads.size(); ++i) {
    const QString help = i < options_.size()
                             ? options_[i].help
                             : QCoreApplication::translate("CommandLine", "show this help");
    text += heads[i].leftJustified(width + 2) + help + QLatin1Char('\n');
  }
  return text;
}

void print_error_line(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toUtf8().constData());
}

void print_out(const QString& text) { std::fputs(text.toUtf8().constData(), stdout); }

}  // namespace lumiere::app
