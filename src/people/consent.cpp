#include "people/consent.h"

#include <algorithm>

#include "platform/i18n_markers.h"

namespace primowork::people {

const std::vector<Code>& consent_kinds() {
  static const std::vector<Code> codes = {
      {"processing", N_("Traitement des données du dossier")},
      {"employer_visibility", N_("Profil anonyme visible par des employeurs")},
  };
  return codes;
}

const char* consent_text(std::string_view kind) {
  if (kind == "processing")
    return N_("J'accepte que mon service d'accompagnement garde mon dossier pour m'aider à trouver "
              "un emploi. Je peux voir mon dossier, le corriger et retirer mon accord à tout "
              "moment.");
  if (kind == "employer_visibility")
    return N_("J'accepte que des employeurs voient mon profil sans mon nom : mes compétences, mes "
              "langues et le métier que je cherche. Mon conseiller me demande toujours avant de "
              "donner mon nom.");
  return "";
}

const std::vector<Code>& share_parts() {
  static const std::vector<Code> codes = {
      {"identity", N_("Identité et contact")},
      {"rights", N_("Droit au travail")},
      {"languages", N_("Langues")},
      {"project", N_("Expérience et projet professionnel")},
      {"journey", N_("Parcours et plan d'action")},
  };
  return codes;
}

bool Share::opens(std::string_view part) const {
  return std::find(scope.begin(), scope.end(), part) != scope.end();
}

PersonFile restrict_to(const PersonFile& f, const Share& share) {
  PersonFile out;
  out.id = f.id;
  out.organisation_id = f.organisation_id;
  out.given_name = f.given_name;
  out.family_name = f.family_name;
  out.access.clear();
  out.stage.clear();
  out.preferred_language.clear();
  out.max_km = 0;
  if (share.opens("identity")) {
    out.birth_date = f.birth_date;
    out.preferred_language = f.preferred_language;
    out.phone = f.phone;
    out.email = f.email;
    out.postcode = f.postcode;
  }
  if (share.opens("rights")) {
    out.residence_status = f.residence_status;
    out.document_type = f.document_type;
    out.document_expiry = f.document_expiry;
    out.access = f.access;
    out.limited_reason = f.limited_reason;
    out.authorised_employer = f.authorised_employer;
    out.authorised_function = f.authorised_function;
    out.asylum_application_date = f.asylum_application_date;
    out.verified_by = f.verified_by;
    out.verified_on = f.verified_on;
  }
  if (share.opens("languages")) {
    out.languages = f.languages;
    out.fle_courses = f.fle_courses;
  }
  if (share.opens("project")) {
    out.max_km = f.max_km;
    out.licences = f.licences;
    out.licence_origin = f.licence_origin;
    out.exchange_status = f.exchange_status;
    out.vehicle = f.vehicle;
    out.past_jobs = f.past_jobs;
    out.skills = f.skills;
    out.targets = f.targets;
    out.former_profession_inaccessible = f.former_profession_inaccessible;
    out.no_nights = f.no_nights;
    out.no_weekends = f.no_weekends;
    out.part_time_only = f.part_time_only;
  }
  if (share.opens("journey")) out.stage = f.stage;
  return out;
}

std::vector<Error> check_share(const std::vector<std::string>& scope,
                               const std::optional<Date>& ends_on, Date today) {
  std::vector<Error> errors;
  if (scope.empty())
    errors.push_back(Error::invalid("scope", N_("Choisissez au moins une partie du dossier.")));
  for (const auto& part : scope) {
    if (!is_code(share_parts(), part)) {
      errors.push_back(Error::invalid("scope", N_("Choisissez une valeur de la liste.")));
      break;
    }
  }
  if (!ends_on)
    errors.push_back(Error::invalid("ends_on", N_("Indiquez jusqu'à quand le partage dure.")));
  else if (*ends_on <= today || days_between(today, *ends_on) > 731)
    errors.push_back(Error::invalid(
        "ends_on", N_("La fin du partage doit être après aujourd'hui et dans deux ans au plus.")));
  return errors;
}

}  // namespace primowork::people
