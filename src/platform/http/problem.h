// application/problem+json answers (RFC 9457): the error format of the JSON API.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/http/request.h"
#include "platform/http/response.h"
#include "platform/i18n.h"
#include "platform/result.h"

namespace primowork::http {

// {"type":"about:blank","title":TITLE,"status":STATUS[,"errors":ERRORS]}; `errors` lists one
// entry per invalid field ({"field":..., "detail":...}). TITLE defaults to the reason phrase.
inline Response problem(int status, const std::string& title = "",
                        nlohmann::json errors = nlohmann::json::array()) {
  nlohmann::json body = {{"type", "about:blank"},
                         {"title", title.empty() ? std::string(reason_phrase(status)) : title},
                         {"status", status}};
  if (!errors.empty()) body["errors"] = std::move(errors);
  Response r = Response::json(body.dump(), status);
  r.headers.set("Content-Type", "application/problem+json");
  return r;
}

// 422 listing each invalid field with its message translated into `lang`; `title_msgid` says
// what was refused ("Le dossier contient des erreurs.").
inline Response invalid_fields(const I18n& i18n, const std::string& lang,
                               const std::vector<Error>& errors, const char* title_msgid) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& e : errors)
    list.push_back({{"field", e.field}, {"detail", i18n.tr(lang, e.message_id)}});
  return problem(422, i18n.tr(lang, title_msgid), std::move(list));
}

// The answer for a service error: 422 (invalid, see invalid_fields), 404, 403, 409, else 500.
inline Response problem_for(const I18n& i18n, const std::string& lang, const Error& e,
                            const char* invalid_title_msgid) {
  switch (e.code) {
    case ErrorCode::kInvalid:
      return invalid_fields(i18n, lang, {e}, invalid_title_msgid);
    case ErrorCode::kNotFound:
      return problem(404, i18n.tr(lang, e.message_id));
    case ErrorCode::kForbidden:
      return problem(403, i18n.tr(lang, e.message_id));
    case ErrorCode::kConflict:
      return problem(409, i18n.tr(lang, e.message_id));
    default:
      return problem(500);
  }
}

// The request's JSON object, or nullopt with `error` set to 415 (not application/json) or 400
// (not a JSON object).
inline std::optional<nlohmann::json> json_body(const Request& r, Response& error) {
  if (r.content_type() != "application/json") {
    error = problem(415, "Unsupported Media Type");
    return std::nullopt;
  }
  nlohmann::json body = nlohmann::json::parse(r.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    error = problem(400, "Bad Request");
    return std::nullopt;
  }
  return body;
}

}  // namespace primowork::http
