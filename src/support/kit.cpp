#include "support/kit.h"

#include "platform/i18n_markers.h"

namespace primowork::support {

const std::vector<KitPage>& kit_pages() {
  static const std::vector<KitPage> list = {
      {"accueillir", N_("Accueillir une nouvelle recrue"),
       N_("Préparer l'arrivée, le premier jour et les premières semaines d'une personne venue "
          "d'ailleurs."),
       Topic::kOnboarding},
      {"francais-au-travail", N_("Travailler avec un collègue qui apprend le français"),
       N_("Des consignes claires, un vocabulaire du métier, et du temps pour apprendre."),
       Topic::kLanguage},
      {"embaucher-hors-ue",
       N_("Embaucher une personne de nationalité non européenne : ce que dit la loi"),
       N_("Le droit de travailler, le permis unique, la mention sur la carte de séjour, le PFI "
          "et les diplômes."),
       Topic::kLegal},
      {"recruter-sans-discriminer", N_("Recruter sans discriminer"),
       N_("Demander un niveau de français plutôt qu'une langue maternelle, et juger les "
          "compétences."),
       Topic::kOther},
  };
  return list;
}

const KitPage* find_kit_page(std::string_view slug) {
  for (const auto& page : kit_pages()) {
    if (slug == page.slug) return &page;
  }
  return nullptr;
}

}  // namespace primowork::support
