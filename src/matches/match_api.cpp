#include "matches/match_api.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "platform/http/problem.h"
#include "platform/i18n_markers.h"

namespace primowork::matches {
namespace {

using nlohmann::json;

json named_list(const std::vector<Named>& list) {
  json out = json::array();
  for (const auto& n : list) out.push_back({{"code", n.code}, {"label", n.label}});
  return out;
}

std::string language_text(std::uint16_t code) {
  return {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
}

// ?limit=N: 1..100, default 20; anything else is refused naming the parameter.
std::optional<std::size_t> limit_of(const http::Request& r) {
  const std::string text = r.query.get_or("limit", "");
  if (text.empty()) return kDefaultLimit;
  if (text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const auto n = static_cast<std::size_t>(std::stoul(text));
  if (n < 1 || n > kMaxLimit) return std::nullopt;
  return n;
}

http::Response bad_limit(const ApiDeps& deps, const http::Request& r) {
  return http::invalid_fields(
      deps.i18n, r.lang, {Error::invalid("limit", N_("Indiquez un nombre entier de 1 à 100."))},
      N_("La demande contient des erreurs."));
}

}  // namespace

json explanation_json(const matching::Explanation& e, const NamedParts& named,
                      const ExplanationText& text) {
  json gaps = json::array();
  for (const auto& g : e.language_gaps)
    gaps.push_back({{"language", language_text(g.language)},
                    {"level", cefr_level(g.have)},
                    {"required", cefr_level(g.need)},
                    {"mandatory", g.mandatory}});
  json sentences = json::array();
  for (const auto& s : text.sentences)
    sentences.push_back({{"kind", to_string(s.kind)}, {"text", s.text}});
  // Floats as decimals a reader expects: the score to 1/10,000 (its unit), shares to 1/1,000,
  // kilometres to 1/10.
  auto decimals = [](float value, double unit) {
    return std::round(static_cast<double>(value) * unit) / unit;
  };
  json out = {{"score", decimals(e.score, 10000)},
              {"components",
               {{"skills", decimals(e.skills, 1000)},
                {"occupation", decimals(e.occupation, 1000)},
                {"language", decimals(e.language, 1000)},
                {"distance", decimals(e.distance, 1000)},
                {"preferences", decimals(e.preferences, 1000)}}},
              {"matched_core_skills", named_list(named.matched)},
              {"related_skills", named_list(named.related)},
              {"missing_core_skills", named_list(named.missing)},
              {"language_gaps", gaps},
              {"distance_km", decimals(e.distance_km, 10)},
              {"explanation", sentences}};
  if (!named.closest.code.empty())
    out["closest_occupation"] = {{"code", named.closest.code}, {"label", named.closest.label}};
  return out;
}

namespace {

// The answer {subject_key: id, matches: [...]} to a matches query: the service's answer for the
// ?limit of the request (refused naming "limit" when bad), each match as explanation_json() plus
// its rank and what `describe` adds.
template <typename Query, typename Describe>
http::Response matches_answer(const ApiDeps& deps, http::Request& r, const char* subject_key,
                              Query query, Describe describe) {
  const auto limit = limit_of(r);
  if (!limit) return bad_limit(deps, r);
  auto found = query(*limit);
  if (!found)
    return http::problem_for(deps.i18n, r.lang, found.error(),
                             N_("La demande contient des erreurs."));
  json list = json::array();
  int rank = 0;
  for (const auto& m : *found) {
    json line = explanation_json(m.explanation, m.named, m.text);
    line["rank"] = ++rank;
    describe(m, line);
    list.push_back(std::move(line));
  }
  return http::Response::json(json{{subject_key, r.param("id")}, {"matches", list}}.dump());
}

}  // namespace

void mount_match_api(http::Router& router, const ApiDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/api/v1/offers/{id:id}/matches", "match.people",
        [deps](http::Request& r, security::Actor& a) {
          return matches_answer(
              deps, r, "offer",
              [&](std::size_t limit) {
                return deps.service.people_for_offer(a, r.param("id"), limit, r.lang);
              },
              [](const PersonMatch& m, json& line) {
                if (!m.person_id.empty()) {
                  line["person"] = {{"id", m.person_id}, {"name", m.display}};
                } else {
                  line["person"] = {{"pseudonym", m.display}, {"organisation", m.organisation}};
                }
                line["employer_visibility_consent"] = m.employer_visibility;
              });
        });

  g.get(router, "/api/v1/people/{id:id}/matches", "match.offers",
        [deps](http::Request& r, security::Actor& a) {
          return matches_answer(
              deps, r, "person",
              [&](std::size_t limit) {
                return deps.service.offers_for_person(a, r.param("id"), limit, r.lang);
              },
              [](const OfferMatch& m, json& line) {
                line["offer"] = {{"id", m.offer_id},
                                 {"title", m.title},
                                 {"company", m.company},
                                 {"postal_code", m.postal_code},
                                 {"commune", m.commune},
                                 {"contract_type", m.contract},
                                 {"url", "/offres/" + m.offer_id}};
              });
        });
}

}  // namespace primowork::matches
