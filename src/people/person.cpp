#include "people/person.h"

#include <algorithm>
#include <cctype>

#include "platform/i18n_markers.h"
#include "platform/utf8.h"
#include "security/accounts.h"

namespace primowork::people {

const std::vector<Code>& residence_statuses() {
  static const std::vector<Code> codes = {
      {"refugee_recognised", N_("Réfugié reconnu")},
      {"subsidiary_protection", N_("Protection subsidiaire")},
      {"asylum_seeker_lt4m", N_("Demandeur d'asile depuis moins de 4 mois")},
      {"asylum_seeker_ge4m", N_("Demandeur d'asile depuis 4 mois ou plus")},
      {"temporary_protection", N_("Protection temporaire")},
      {"family_reunification_tcn", N_("Regroupement familial (membre de famille non européen)")},
      {"family_of_belgian_or_eu", N_("Membre de famille d'un Belge ou d'un citoyen européen")},
      {"student", N_("Étudiant")},
      {"single_permit_limited", N_("Permis unique limité")},
      {"single_permit_unlimited", N_("Permis unique illimité")},
      {"long_term_resident_be", N_("Résident de longue durée en Belgique")},
      {"long_term_resident_other_eu", N_("Résident de longue durée d'un autre État de l'UE")},
      {"undocumented", N_("Sans titre de séjour valable")},
      {"other", N_("Autre situation (à vérifier)")},
  };
  return codes;
}

const std::vector<Code>& document_types() {
  static const std::vector<Code> codes = {
      {"A", N_("Carte A (séjour temporaire)")},
      {"B", N_("Carte B (séjour illimité)")},
      {"C", N_("Carte C (ancien modèle)")},
      {"D", N_("Carte D (ancien modèle)")},
      {"F", N_("Carte F")},
      {"F+", N_("Carte F+")},
      {"H", N_("Carte H (carte bleue européenne)")},
      {"I", N_("Carte I")},
      {"J", N_("Carte J")},
      {"K", N_("Carte K (établissement)")},
      {"L", N_("Carte L (résident de longue durée UE)")},
      {"M", N_("Carte M")},
      {"annexe_26", N_("Annexe 26")},
      {"attestation_immatriculation", N_("Attestation d'immatriculation (carte orange)")},
      {"annexe_15", N_("Annexe 15")},
      {"annexe_19ter", N_("Annexe 19ter")},
      {"annexe_35", N_("Annexe 35")},
  };
  return codes;
}

const std::vector<Code>& access_codes() {
  static const std::vector<Code> codes = {
      {"unlimited", N_("Illimité")},
      {"limited", N_("Limité")},
      {"none", N_("Pas d'accès")},
  };
  return codes;
}

const std::vector<Code>& limited_reasons() {
  static const std::vector<Code> codes = {
      {"single_permit_employer", N_("Permis unique : un employeur et une fonction")},
      {"student_20h", N_("Étudiant : 20 heures par semaine en période scolaire")},
  };
  return codes;
}

const std::vector<Code>& stages() {
  static const std::vector<Code> codes = {
      {"orientation", N_("Orientation")},
      {"project", N_("Construction du projet")},
      {"training", N_("En formation")},
      {"job_ready", N_("Prêt à l'emploi")},
      {"placement", N_("En mise à l'emploi")},
      {"employed", N_("En emploi")},
      {"follow_up", N_("Suivi après embauche")},
      {"closed", N_("Dossier clôturé")},
  };
  return codes;
}

const std::vector<Code>& licence_categories() {
  static const std::vector<Code> codes = {
      {"B", N_("B (voiture)")},   {"BE", N_("BE (voiture et remorque)")},
      {"C1", N_("C1 (camionnette)")}, {"C", N_("C (camion)")},
      {"CE", N_("CE (camion et remorque)")}, {"D1", N_("D1 (minibus)")},
      {"D", N_("D (bus)")},       {"DE", N_("DE (bus et remorque)")},
  };
  return codes;
}

const std::vector<Code>& licence_origins() {
  static const std::vector<Code> codes = {
      {"BE", N_("Belge")},
      {"EU", N_("Européen")},
      {"non_EU", N_("Hors Union européenne")},
  };
  return codes;
}

const std::vector<Code>& exchange_statuses() {
  static const std::vector<Code> codes = {
      {"not_needed", N_("Pas nécessaire")},  {"to_do", N_("À faire")},
      {"requested", N_("Demandé à la commune")}, {"exchanged", N_("Échangé")},
      {"refused", N_("Refusé")},
  };
  return codes;
}

const std::vector<Code>& cefr_levels() {
  static const std::vector<Code> codes = {
      {"A1", N_("A1 (débutant)")},     {"A2", N_("A2 (élémentaire)")},
      {"B1", N_("B1 (seuil)")},        {"B2", N_("B2 (avancé)")},
      {"C1", N_("C1 (autonome)")},     {"C2", N_("C2 (maîtrise)")},
  };
  return codes;
}

bool is_code(const std::vector<Code>& codes, std::string_view code) {
  return std::any_of(codes.begin(), codes.end(), [&](const Code& c) { return c.code == code; });
}

const char* label_of(const std::vector<Code>& codes, std::string_view code) {
  for (const auto& c : codes) {
    if (c.code == code) return c.label;
  }
  return "";
}

std::uint8_t cefr_rank(std::string_view code) {
  const auto& levels = cefr_levels();
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i].code == code) return static_cast<std::uint8_t>(i + 1);
  }
  return 0;
}

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

template <typename T, typename Key>
void sort_unique(std::vector<T>& v, Key key) {
  std::stable_sort(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
  v.erase(std::unique(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) == key(b); }),
          v.end());
}

bool is_language_code(std::string_view s) {
  return s.size() == 2 && std::islower(static_cast<unsigned char>(s[0])) &&
         std::islower(static_cast<unsigned char>(s[1]));
}

}  // namespace

PersonFile normalise(PersonFile f) {
  for (auto* text : {&f.given_name, &f.family_name, &f.phone, &f.email, &f.postcode, &f.fle_courses,
                     &f.authorised_employer, &f.authorised_function, &f.verified_by}) {
    *text = std::string(trim(*text));
  }
  f.email = lower(f.email);
  f.preferred_language = lower(std::string(trim(f.preferred_language)));
  for (auto& l : f.languages) l.language = lower(std::string(trim(l.language)));
  sort_unique(f.licences, [](const std::string& s) { return s; });
  sort_unique(f.skills, [](const HeldSkill& s) { return s.skill; });
  // Targets keep their order (the first is the main one); only repeats go.
  std::vector<std::string> targets;
  for (auto& t : f.targets) {
    if (std::find(targets.begin(), targets.end(), t) == targets.end()) targets.push_back(t);
  }
  f.targets = std::move(targets);
  if (f.access != "limited") {
    f.limited_reason.clear();
    f.authorised_employer.clear();
    f.authorised_function.clear();
  }
  return f;
}

std::vector<Error> check_person(const PersonFile& f, Date today, const References& refs) {
  std::vector<Error> errors;
  auto bad = [&](std::string field, const char* message) {
    errors.push_back(Error::invalid(std::move(field), message));
  };
  auto text = [&](const std::string& value, const char* field, std::size_t max, bool required) {
    const std::size_t n = utf8_length(value);
    if (required && n == 0)
      bad(field, N_("Ce champ est obligatoire."));
    else if (n > max)
      bad(field, N_("Ce texte est trop long."));
  };
  text(f.given_name, "given_name", 100, true);
  text(f.family_name, "family_name", 100, true);
  text(f.phone, "phone", 30, false);
  text(f.authorised_employer, "authorised_employer", 200, false);
  text(f.authorised_function, "authorised_function", 200, false);
  text(f.verified_by, "verified_by", 100, false);
  text(f.fle_courses, "fle_courses", 500, false);
  if (!f.phone.empty() &&
      std::any_of(f.phone.begin(), f.phone.end(), [](char c) {
        return !(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == ' ' || c == '.' ||
                 c == '/' || c == '-');
      }))
    bad("phone", N_("Un numéro de téléphone ne contient que des chiffres, des espaces et « + »."));
  if (!f.email.empty() && !security::check_email(f.email).ok())
    bad("email", N_("Cette adresse e-mail n'est pas valide."));
  if (!is_language_code(f.preferred_language))
    bad("preferred_language", N_("Choisissez une langue de la liste."));
  if (f.birth_date && (*f.birth_date > today || days_between(*f.birth_date, today) > 100 * 366))
    bad("birth_date", N_("Cette date de naissance n'est pas possible."));
  if (f.postcode.empty())
    bad("postcode", N_("Ce champ est obligatoire."));
  else if (refs.postcode && !refs.postcode(f.postcode))
    bad("postcode", N_("Code postal inconnu."));
  if (f.max_km < 0 || f.max_km > 200)
    bad("max_km", N_("Indiquez une distance entre 0 et 200 km."));
  for (std::size_t i = 0; i < f.licences.size(); ++i) {
    if (!is_code(licence_categories(), f.licences[i]))
      bad("licences[" + std::to_string(i) + "]", N_("Catégorie de permis inconnue."));
  }
  if (!f.licences.empty() && !is_code(licence_origins(), f.licence_origin))
    bad("licence_origin", N_("Indiquez où le permis a été obtenu."));
  if (!f.exchange_status.empty() && !is_code(exchange_statuses(), f.exchange_status))
    bad("exchange_status", N_("Choisissez une valeur de la liste."));

  // Right to work.
  if (!f.residence_status.empty() && !is_code(residence_statuses(), f.residence_status))
    bad("residence_status", N_("Choisissez une valeur de la liste."));
  if (!f.document_type.empty() && !is_code(document_types(), f.document_type))
    bad("document_type", N_("Choisissez une valeur de la liste."));
  if (!f.document_type.empty() && !f.document_expiry)
    bad("document_expiry", N_("Indiquez la date de fin de validité du document."));
  if (f.document_expiry && days_between(today, *f.document_expiry) > 10 * 366)
    bad("document_expiry", N_("Cette date de fin de validité n'est pas possible."));
  if (!is_code(access_codes(), f.access))
    bad("access", N_("Choisissez une valeur de la liste."));
  if (f.access == "limited") {
    if (!is_code(limited_reasons(), f.limited_reason))
      bad("limited_reason", N_("Indiquez pourquoi l'accès est limité."));
    if (f.limited_reason == "single_permit_employer") {
      if (f.authorised_employer.empty())
        bad("authorised_employer", N_("Indiquez l'employeur autorisé."));
      if (f.authorised_function.empty())
        bad("authorised_function", N_("Indiquez la fonction autorisée."));
    }
  }
  if (f.asylum_application_date && *f.asylum_application_date > today)
    bad("asylum_application_date", N_("Cette date est dans le futur."));
  if (f.verified_on && *f.verified_on > today)
    bad("verified_on", N_("Cette date est dans le futur."));
  if (f.verified_on && f.verified_by.empty())
    bad("verified_by", N_("Indiquez qui a vérifié le document."));

  // Languages, experience, skills, project.
  for (std::size_t i = 0; i < f.languages.size(); ++i) {
    const auto& l = f.languages[i];
    const std::string at = "languages[" + std::to_string(i) + "]";
    if (!is_language_code(l.language)) bad(at + ".language", N_("Choisissez une langue de la liste."));
    const std::pair<const std::string*, const char*> levels[] = {
        {&l.overall, "overall"},   {&l.listening, "listening"}, {&l.reading, "reading"},
        {&l.speaking, "speaking"}, {&l.writing, "writing"}};
    for (const auto& [value, name] : levels) {
      if (!value->empty() && cefr_rank(*value) == 0)
        bad(at + "." + name, N_("Niveau inconnu : choisissez de A1 à C2."));
    }
  }
  for (std::size_t i = 0; i < f.past_jobs.size(); ++i) {
    const std::string at = "past_jobs[" + std::to_string(i) + "]";
    if (refs.occupation && !refs.occupation(f.past_jobs[i].occupation))
      bad(at + ".occupation", N_("Métier inconnu."));
    if (f.past_jobs[i].years < 0 || f.past_jobs[i].years > 50)
      bad(at + ".years", N_("Indiquez un nombre d'années entre 0 et 50."));
    text(f.past_jobs[i].where, (at + ".where").c_str(), 200, false);
  }
  for (std::size_t i = 0; i < f.skills.size(); ++i) {
    if (refs.skill && !refs.skill(f.skills[i].skill))
      bad("skills[" + std::to_string(i) + "]", N_("Compétence inconnue."));
  }
  for (std::size_t i = 0; i < f.targets.size(); ++i) {
    if (refs.occupation && !refs.occupation(f.targets[i]))
      bad("targets[" + std::to_string(i) + "]", N_("Métier inconnu."));
  }
  if (!f.former_profession_inaccessible.empty() && refs.occupation &&
      !refs.occupation(f.former_profession_inaccessible))
    bad("former_profession_inaccessible", N_("Métier inconnu."));
  if (!is_code(stages(), f.stage)) bad("stage", N_("Choisissez une valeur de la liste."));
  return errors;
}

bool stage_move_allowed(std::string_view from, std::string_view to) {
  if (!is_code(stages(), from) || !is_code(stages(), to) || from == to) return false;
  if (from == "closed") return to == "orientation";
  return true;  // forward, back to an earlier stage, or to "closed"
}

Urgency urgency(const std::optional<Date>& document_expiry, bool overdue_task,
                std::optional<Date> last_action, Date today) {
  Urgency u;
  if (document_expiry) {
    u.days_to_expiry = days_between(today, *document_expiry);
    if (*u.days_to_expiry <= 30) return {1, u.days_to_expiry};
    if (*u.days_to_expiry <= 90) return {2, u.days_to_expiry};
  }
  if (overdue_task) return {3, u.days_to_expiry};
  if (!last_action || days_between(*last_action, today) >= 60) return {4, u.days_to_expiry};
  return u;
}

}  // namespace primowork::people
