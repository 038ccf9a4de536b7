// The matching service as JSON (issue #5 item 8):
//   GET /api/v1/offers/{id}/matches?limit=N   best people for a published offer
//   GET /api/v1/people/{id}/matches?limit=N   best published offers for a person
// N: 1..100, default 20. Each match carries its score, the five components, the named skills
// (matched, related, missing), the language gaps, the distance and the explanation sentences in
// the request's language. Who sees what: matches/match_service.h.
#pragma once

#include <nlohmann/json.hpp>

#include "matches/match_service.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "security/guard.h"

namespace primowork::matches {

struct ApiDeps {
  MatchService& service;
  const I18n& i18n;
  security::Guard& guard;
};

// One explanation as the API writes it (score, components, named skills, language gaps,
// distance, sentences): also the decision record a proposal keeps.
nlohmann::json explanation_json(const matching::Explanation& e, const NamedParts& named,
                                const ExplanationText& text);

void mount_match_api(http::Router& router, const ApiDeps& deps);

}  // namespace primowork::matches
