#pragma once
// Errors are values inside core: a Result<T> holds either a T or an Error. An Error is a
// Message: a code and its arguments (file, line, column, value, GDAL's own words...), never a
// sentence. maps/message_text turns it into one sentence in the user's language (what went
// wrong, where, what to do), for the command line and the window alike.
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/messages/message_code.h"

namespace lumiere::core {

// Something core has to tell the user: an error, a warning of a load, a note of an import.
// `args` fill the placeholders %1, %2... of the code's text in their order; a `cause` (the
// error that made this one) is formatted and given as the argument after the last of `args`.
struct Message {
  MessageCode code = MessageCode::Internal;
  std::vector<std::string> args = {};
  std::shared_ptr<const Message> cause = nullptr;

  bool operator==(const Message& other) const;
};

// An error is a message that stopped an operation.
using Error = Message;

// `outer`, with `cause` as the error that made it.
inline Error because(Error outer, Error cause) {
  outer.cause = std::make_shared<const Error>(std::move(cause));
  return outer;
}

inline bool Message::operator==(const Message& other) const {
  if (code != other.code || args != other.args) return false;
  if (!cause || !other.cause) return !cause && !other.cause;
  return *cause == *other.cause;
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<Error>(data_); }
  // The code of the error; call only when !ok().
  MessageCode code() const { return error().code; }

 private:
  std::variant<T, Error> data_;
};

// The result of an operation that gives nothing back but can fail.
struct Done {};
using Status = Result<Done>;

}  // namespace lumiere::core

// Evaluates `expr` (a Result or Status) and returns its error from the enclosing function when
// it failed. The enclosing function returns a Result of any type.
#define LUMIERE_TRY(expr)                                 \
  do {                                                    \
    if (auto lumiere_try_ = (expr); !lumiere_try_.ok()) { \
      return lumiere_try_.error();                        \
    }                                                     \
  } while (false)
