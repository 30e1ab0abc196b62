#include "maps/message_text.h"

#include <QCoreApplication>

namespace lumiere::maps {

namespace {

// The translation context of every message (the QT_TRANSLATE_NOOP lists use it).
constexpr const char* kContext = "Message";

}  // namespace

const char* message_source(core::MessageCode code, Surface surface) {
  const bool cli = surface == Surface::CommandLine;
  switch (code) {
#define LUMIERE_MESSAGE(name, text) \
  case core::MessageCode::name:     \
    return text;
#define LUMIERE_MESSAGE_FOR(name, cli_text, window_text) \
  case core::MessageCode::name:                          \
    return cli ? cli_text : window_text;
#include "core/messages/all_messages.h"
#undef LUMIERE_MESSAGE
#undef LUMIERE_MESSAGE_FOR
    case core::MessageCode::Count_:
      break;
  }
  (void)cli;
  return "%1";
}

QString message_text(const core::Message& message, Surface surface) {
  QString text = QCoreApplication::translate(kContext, message_source(message.code, surface));
  // QString::arg(QString...) replaces the lowest-numbered placeholders in one pass, so an
  // argument holding "%1" (a file name, GDAL's words) is never replaced again.
  QStringList args;
  args.reserve(static_cast<qsizetype>(message.args.size()) + 1);
  for (const std::string& a : message.args) args.push_back(QString::fromStdString(a));
  if (message.cause) args.push_back(message_text(*message.cause, surface));
  // QString::arg takes at most 9 arguments at once; messages have fewer.
  switch (args.size()) {
    case 0:
      return text;
    case 1:
      return text.arg(args[0]);
    case 2:
      return text.arg(args[0], args[1]);
    case 3:
      return text.arg(args[0], args[1], args[2]);
    case 4:
      return text.arg(args[0], args[1], args[2], args[3]);
    case 5:
      return text.arg(args[0], args[1], args[2], args[3], args[4]);
    case 6:
      return text.arg(args[0], args[1], args[2], args[3], args[4], args[5]);
    case 7:
      return text.arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6]);
    case 8:
      return text.arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7]);
    default:
      return text.arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7],
                      args[8]);
  }
}

std::string message_string(const core::Message& message, Surface surface) {
  return message_text(message, surface).toStdString();
}

}  // namespace lumiere::maps
