#include "people/diploma.h"

#include "platform/i18n_markers.h"
#include "platform/utf8.h"

namespace primowork::people {

const std::vector<Code>& diploma_levels() {
  static const std::vector<Code> codes = {
      {"primary", N_("Primaire")},
      {"secondary", N_("Secondaire")},
      {"vocational", N_("Formation professionnelle")},
      {"bachelor", N_("Bachelier (licence)")},
      {"master", N_("Master")},
      {"doctorate", N_("Doctorat")},
  };
  return codes;
}

const std::vector<Code>& equivalence_statuses() {
  static const std::vector<Code> codes = {
      {"not_requested", N_("Équivalence pas demandée")},
      {"file_submitted", N_("Dossier déposé")},
      {"pending", N_("En cours d'examen")},
      {"decided", N_("Décision reçue")},
  };
  return codes;
}

const std::vector<Code>& equivalence_decisions() {
  static const std::vector<Code> codes = {
      {"specific_grade", N_("Équivalence à un diplôme précis")},
      {"level", N_("Équivalence de niveau")},
      {"refused", N_("Refus")},
      {"provisional", N_("Équivalence provisoire")},
  };
  return codes;
}

std::vector<Error> check_diploma(const Diploma& d, Date today, const References& refs) {
  std::vector<Error> errors;
  auto bad = [&](const char* field, const char* message) {
    errors.push_back(Error::invalid(field, message));
  };
  auto text = [&](const std::string& value, const char* field, std::size_t max, bool required) {
    const std::size_t n = utf8_length(trim(value));
    if (required && n == 0)
      bad(field, N_("Ce champ est obligatoire."));
    else if (n > max)
      bad(field, N_("Ce texte est trop long."));
  };
  text(d.title, "title", 200, true);
  text(d.country, "country", 60, true);
  text(d.field, "field", 200, false);
  text(d.equivalent_title, "equivalent_title", 200, false);
  if (!is_code(diploma_levels(), d.level)) bad("level", N_("Choisissez une valeur de la liste."));
  if (!is_code(equivalence_statuses(), d.status))
    bad("status", N_("Choisissez une valeur de la liste."));
  if (d.status == "decided" && !is_code(equivalence_decisions(), d.decision))
    bad("decision", N_("Indiquez la décision reçue."));
  if (d.status != "decided" && !d.decision.empty())
    bad("decision", N_("Une décision ne s'indique qu'une fois reçue."));
  if (d.submitted_on && *d.submitted_on > today)
    bad("submitted_on", N_("Cette date est dans le futur."));
  if (d.decided_on && *d.decided_on > today) bad("decided_on", N_("Cette date est dans le futur."));
  if (d.submitted_on && d.decided_on && *d.decided_on < *d.submitted_on)
    bad("decided_on", N_("La décision ne peut pas précéder le dépôt du dossier."));
  if (d.fee_cents && (*d.fee_cents < 0 || *d.fee_cents > 100000))
    bad("fee_cents", N_("Indiquez un montant entre 0 et 1 000 euros."));
  if (!d.opens_occupation.empty() && refs.occupation && !refs.occupation(d.opens_occupation))
    bad("opens_occupation", N_("Métier inconnu."));
  return errors;
}

std::vector<Error> check_note(const std::string& body) {
  const std::size_t n = utf8_length(trim(body));
  if (n == 0) return {Error::invalid("body", N_("Ce champ est obligatoire."))};
  if (n > 5000) return {Error::invalid("body", N_("Ce texte est trop long."))};
  return {};
}

}  // namespace primowork::people
