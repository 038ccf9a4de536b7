// Result<T>: a value or an Error, the one failure type used below the HTTP layer.
//
// An Error carries a stable machine code, the field it concerns (empty when it concerns the whole
// request) and a message id: a French source string that goes through gettext when shown. Callers
// return errors as values; exceptions are kept for programming errors and lost infrastructure.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

#include "platform/i18n_markers.h"

namespace primowork {

enum class ErrorCode {
  kInvalid,      // bad input, named by `field`
  kNotFound,     // the thing asked for does not exist (or may not be seen)
  kConflict,     // the action clashes with the current state
  kForbidden,    // the actor may not do this
  kUnavailable,  // a dependency (database, mail server) does not answer
  kInternal,     // a bug or an impossible state
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string field;       // form or JSON field, or "" for the whole request
  std::string message_id;  // French msgid, translated at the edge
  std::string detail;      // for logs only, never shown to a user

  static Error invalid(std::string field, std::string message_id) {
    return Error{ErrorCode::kInvalid, std::move(field), std::move(message_id), {}};
  }
  static Error internal(std::string detail) {
    return Error{ErrorCode::kInternal, {}, N_("Erreur interne"), std::move(detail)};
  }
  static Error unavailable(std::string detail) {
    return Error{
        ErrorCode::kUnavailable, {}, N_("Service momentanément indisponible"), std::move(detail)};
  }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Error> v_;
};

// Thrown when infrastructure the request needs (the database) does not answer; the HTTP layer
// turns it into 503. Never thrown for bad input.
class Unavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Result<void> equivalent: success carries nothing.
struct Ok {};
using Status = Result<Ok>;

}  // namespace primowork
