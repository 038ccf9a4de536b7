#include "support/support_request.h"

#include <array>
#include <utility>

#include "platform/utf8.h"
#include "security/accounts.h"

namespace primowork::support {
namespace {

struct TopicRow {
  Topic topic;
  const char* code;
  const char* label;
};

constexpr std::array<TopicRow, 5> kTopics = {{
    {Topic::kOnboarding, "onboarding", N_("Accueillir et intégrer une nouvelle recrue")},
    {Topic::kMediation, "mediation", N_("Médiation : un malentendu ou un conflit dans l'équipe")},
    {Topic::kLegal, "legal", N_("Question juridique : permis, contrat, PFI, diplômes")},
    {Topic::kLanguage, "language", N_("Français au travail : cours, consignes, vocabulaire")},
    {Topic::kOther, "other", N_("Autre demande")},
}};

}  // namespace

const std::vector<Topic>& all_topics() {
  static const std::vector<Topic> list = [] {
    std::vector<Topic> out;
    for (const auto& row : kTopics) out.push_back(row.topic);
    return out;
  }();
  return list;
}

std::string_view to_string(Topic topic) {
  for (const auto& row : kTopics) {
    if (row.topic == topic) return row.code;
  }
  return "other";
}

std::optional<Topic> parse_topic(std::string_view code) {
  for (const auto& row : kTopics) {
    if (code == row.code) return row.topic;
  }
  return std::nullopt;
}

const char* label(Topic topic) {
  for (const auto& row : kTopics) {
    if (row.topic == topic) return row.label;
  }
  return N_("Autre demande");
}

std::string_view to_string(RequestStatus status) {
  return status == RequestStatus::kOpen ? "open" : "handled";
}

std::optional<RequestStatus> parse_request_status(std::string_view code) {
  if (code == "open") return RequestStatus::kOpen;
  if (code == "handled") return RequestStatus::kHandled;
  return std::nullopt;
}

const char* label(RequestStatus status) {
  return status == RequestStatus::kOpen ? N_("À traiter") : N_("Traitée");
}

std::vector<Error> check_request(const RequestInput& input) {
  std::vector<Error> errors;
  if (!parse_topic(trim(input.topic))) {
    errors.push_back(Error::invalid("topic", N_("Choisissez le sujet de votre demande.")));
  }
  const std::size_t n = utf8_length(trim(input.message));
  if (n < kMessageMin) {
    errors.push_back(Error::invalid(
        "message", N_("Décrivez votre demande en quelques mots (au moins 10 caractères).")));
  } else if (n > kMessageMax) {
    errors.push_back(
        Error::invalid("message", N_("Votre message est trop long (4000 caractères au plus).")));
  }
  if (auto ok = security::check_email(std::string(trim(input.email))); !ok) {
    Error e = ok.error();
    e.field = "email";
    errors.push_back(std::move(e));
  }
  return errors;
}

Result<RequestStatus> check_handle(RequestStatus from, const std::string& note) {
  if (from != RequestStatus::kOpen) {
    return Error{ErrorCode::kConflict, "status", N_("Cette demande a déjà été traitée."), ""};
  }
  const std::size_t n = utf8_length(trim(note));
  if (n < kNoteMin || n > kNoteMax) {
    return Error::invalid("note",
                          N_("Indiquez en une note ce qui a été fait (de 2 à 2000 caractères)."));
  }
  return RequestStatus::kHandled;
}

}  // namespace primowork::support
