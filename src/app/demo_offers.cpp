// Demonstration companies and offers: fifteen fictional companies of the Liège area, approved,
// with about forty published offers across sectors (ROME codes of the starter taxonomy), one
// company still waiting for vetting with an offer the screening flags, and the demo employer's
// organisation linked to the first company. Names and numbers are invented.
#include <iostream>

#include "app/demo.h"
#include "companies/company_store.h"
#include "offers/offer_store.h"
#include "security/accounts.h"

namespace primowork::app {
namespace {

struct DemoCompany {
  const char* name;
  int base;  // first eight digits of the enterprise number (the check digits are computed)
  const char* postcode;
  const char* commune;
  const char* sector;
};

const DemoCompany kCompanies[] = {
    {"Hôpital du Val (démonstration)", 4000101, "4000", "Liège", "Santé"},
    {"Logistique Meuse SRL (fictive)", 4000202, "4040", "Herstal", "Logistique"},
    {"Boulangerie Saint-Léonard (fictive)", 4000303, "4000", "Liège", "Alimentation"},
    {"Brasserie du Pont d'Avroy (fictive)", 4000404, "4000", "Liège", "Horeca"},
    {"Propreté Mosane SA (fictive)", 4000505, "4100", "Seraing", "Nettoyage"},
    {"Métallerie Mosane SRL (fictive)", 4000606, "4400", "Flémalle", "Métal"},
    {"Bâtir Ourthe SRL (fictive)", 4000707, "4130", "Esneux", "Construction"},
    {"Maison de repos Les Tilleuls (fictive)", 4000808, "4020", "Liège", "Soins"},
    {"Garage Fléronnais (fictive)", 4000909, "4620", "Fléron", "Automobile"},
    {"Hôtel des Guillemins (fictive)", 4001010, "4000", "Liège", "Hôtellerie"},
    {"Jardins du Condroz (fictive)", 4001111, "4920", "Aywaille", "Espaces verts"},
    {"Transports Herstaliens (fictive)", 4001212, "4040", "Herstal", "Transport"},
    {"Crèche Les Petits Pas (fictive)", 4001313, "4430", "Ans", "Petite enfance"},
    {"Supermarché du Laveu (fictive)", 4001414, "4000", "Liège", "Commerce"},
    {"Informatique Val-Benoît (fictive)", 4001515, "4000", "Liège", "Informatique"},
};

struct DemoOffer {
  int company;
  const char* rome;
  const char* title;  // "" = the occupation's label
  const char* contract;
  const char* postcode;
  const char* french;
  std::uint8_t schedule;
  int hours;
  int positions;
  const char* description;
};

const DemoOffer kOffers[] = {
    {0, "J1501", "Aide-soignant / Aide-soignante", "CDI", "4000", "B1", 7, 38, 3,
     "Service de gériatrie, équipe bienveillante, tutorat à l'arrivée."},
    {0, "J1301", "", "CDD", "4000", "A2", 3, 30, 2,
     "Entretien des chambres et des couloirs, horaires en pauses."},
    {0, "J1308", "", "CDI", "4000", "A2", 6, 38, 1, "Transport des patients entre services."},
    {0, "G1606", "", "CDD", "4000", "A2", 2, 38, 1,
     "Cuisine centrale de l'hôpital, 300 repas par jour."},
    {1, "N1101", "", "CDI", "4040", "A2", 4, 38, 4,
     "Entrepôt de 20 000 m², chariots élévateurs, formation interne."},
    {1, "N1103", "", "interim", "4040", "A1", 4, 38, 6,
     "Préparation de commandes au scanner, pauses matin et après-midi."},
    {1, "N1110", "", "CDD", "4040", "A2", 0, 38, 1, "Réception et rangement des marchandises."},
    {1, "N4101", "", "CDI", "4040", "A2", 1, 38, 2,
     "Tournées régionales, retour chaque soir. Permis C demandé."},
    {2, "D1102", "", "CDI", "4000", "A2", 3, 38, 1, "Fournil artisanal, pains au levain."},
    {2, "D1104", "", "CDD", "4000", "A2", 3, 30, 1,
     "Pâtisseries du week-end et commandes de fêtes."},
    {2, "D1106", "", "flexi_job", "4000", "B1", 2, 12, 2,
     "Vente en boutique le samedi et le dimanche."},
    {3, "G1803", "", "CDI", "4000", "B1", 2, 38, 2, "Service en salle, 80 couverts."},
    {3, "G1602", "", "CDD", "4000", "A2", 2, 38, 1, "Mise en place, légumes, sauces."},
    {3, "G1605", "", "student_job", "4000", "A1", 2, 16, 1, "Plonge le soir."},
    {4, "K2204", "", "CDI", "4100", "A1", 1, 25, 5,
     "Nettoyage de bureaux, tôt le matin ou le soir."},
    {4, "K2205", "", "titres_services", "4100", "A2", 0, 20, 3,
     "Entretien de locaux chez des clients particuliers."},
    {4, "K2202", "", "CDD", "4100", "A2", 0, 38, 1,
     "Lavage de vitres, travail en hauteur après formation."},
    {5, "H2913", "", "CDI", "4400", "A2", 4, 38, 2,
     "Soudure semi-automatique MIG/MAG, pièces de charpente."},
    {5, "H2902", "", "CDI", "4400", "A2", 0, 38, 1, "Lecture de plans, découpe et assemblage."},
    {5, "H2911", "", "PFI", "4400", "A2", 0, 38, 1,
     "Formation en entreprise (PFI) avant un contrat."},
    {6, "F1703", "", "CDI", "4130", "A2", 0, 38, 2,
     "Chantiers de rénovation dans la vallée de l'Ourthe."},
    {6, "F1704", "", "interim", "4130", "A1", 0, 38, 3, "Aide sur chantier, port de charges."},
    {6, "F1606", "", "CDD", "4130", "A2", 0, 38, 1, "Peinture intérieure, finitions."},
    {6, "F1602", "", "CDI", "4130", "B1", 0, 38, 1, "Installations électriques domestiques."},
    {7, "K1302", "", "CDI", "4020", "B1", 3, 30, 2,
     "Accompagnement des résidents dans la vie quotidienne."},
    {7, "J1506", "", "CDI", "4020", "B2", 7, 38, 1,
     "Infirmier ou infirmière, équipe de nuit possible. Visa requis."},
    {7, "G1607", "", "CDD", "4020", "A2", 2, 25, 1, "Service des repas aux résidents."},
    {8, "I1604", "", "CDI", "4620", "A2", 0, 38, 1, "Entretien et réparation toutes marques."},
    {8, "I1606", "", "alternance", "4620", "A2", 0, 38, 1,
     "Carrosserie en alternance avec l'IFAPME."},
    {9, "G1501", "", "CDI", "4000", "A2", 2, 30, 3, "Chambres et parties communes de l'hôtel."},
    {9, "G1703", "", "CDD", "4000", "B2", 3, 38, 1, "Accueil des clients, anglais apprécié."},
    {10, "A1203", "", "CDD", "4920", "A1", 0, 38, 2,
     "Tonte, taille, désherbage, de mars à octobre."},
    {10, "A1208", "", "CDI", "4920", "A2", 0, 38, 1, "Création de jardins, plantations."},
    {11, "N4103", "", "CDI", "4040", "B1", 3, 38, 2,
     "Lignes régulières autour de Herstal. Permis D."},
    {11, "N4105", "", "interim", "4040", "A2", 0, 38, 2, "Livraisons en camionnette, permis B."},
    {12, "K1303", "", "CDI", "4430", "B1", 0, 30, 1, "Accueil des enfants de 0 à 3 ans."},
    {12, "K1307", "", "article_60", "4430", "B1", 0, 38, 1, "Contrat article 60 avec le CPAS."},
    {13, "D1507", "", "CDI", "4000", "A2", 2, 25, 2, "Mise en rayon, tôt le matin."},
    {13, "D1505", "", "CDD", "4000", "B1", 2, 25, 2, "Caisse, contact avec la clientèle."},
    {14, "M1805", "", "CDI", "4000", "B2", 0, 38, 1,
     "Applications web pour des clients de la région."},
    {14, "I1404", "", "CDI", "4000", "B1", 0, 38, 1,
     "Support aux utilisateurs, par téléphone et sur place."},
};

// The company still waiting for vetting and its offer the screening flags.
const DemoCompany kPendingCompany = {"Nettoyage Express (fictive)", 4001616, "4460",
                                     "Grâce-Hollogne", "Nettoyage"};

std::string enterprise_digits(int base) {
  const std::string first = (base < 10000000 ? "0" : "") + std::to_string(base);
  const int check = 97 - static_cast<int>(base % 97);
  return first + (check < 10 ? "0" : "") + std::to_string(check);
}

companies::store::Company company_of(const DemoCompany& c) {
  companies::store::Company out;
  out.name = c.name;
  out.enterprise_number = enterprise_digits(c.base);
  out.postal_code = c.postcode;
  out.commune = c.commune;
  out.sector = c.sector;
  out.street = "Rue de la Démonstration 1";
  return out;
}

}  // namespace

bool load_demo_offers(Application& app, db::Database& db, const Console& console,
                      const std::string& employer_organisation) {
  offers::OfferService& service = app.offers();
  {
    auto lease = db.acquire();
    if (companies::store::find_by_number(*lease, enterprise_digits(kCompanies[0].base)))
      return true;  // already loaded
  }
  const Date today = service.today();
  const std::time_t now = std::time(nullptr);
  int published = 0;
  bool ok = true;
  db::with_transaction(db, [&](soci::session& s) {
    std::vector<std::string> ids;
    for (const auto& c : kCompanies) {
      auto made = companies::store::create(s, company_of(c), "", now);
      companies::store::set_status(s, made.id, companies::CompanyStatus::kPending,
                                   companies::CompanyStatus::kApproved, "", "", now);
      ids.push_back(made.id);
    }
    if (auto org = security::accounts::find_organisation_by_name(s, employer_organisation))
      companies::store::set_organisation(s, ids[0], org->id);
    for (const auto& d : kOffers) {
      offers::store::Offer o;
      o.company_id = ids[static_cast<std::size_t>(d.company)];
      o.draft.occupation_code = d.rome;
      o.draft.title = d.title;
      o.draft.postal_code = d.postcode;
      o.draft.contract = *offers::parse_contract_type(d.contract);
      o.draft.french_level = *offers::parse_cefr_level(d.french);
      o.draft.schedule = d.schedule;
      o.draft.hours_per_week = d.hours;
      o.draft.part_time = d.hours < 38;
      o.draft.positions = d.positions;
      o.draft.description = d.description;
      o.draft.skill_codes = service.core_skills(d.rome);
      if (std::string(d.rome) == "N4101") o.draft.licence = offers::DrivingLicence::kC;
      if (std::string(d.rome) == "N4103") o.draft.licence = offers::DrivingLicence::kD;
      if (std::string(d.rome) == "N4105") o.draft.licence = offers::DrivingLicence::kB;
      o.draft = offers::normalise(o.draft);
      service.complete(o.draft);
      if (auto errors = service.check(o.draft); !errors.empty()) {
        std::cerr << console.tr(errors.front().message_id) << " (" << d.rome << ", "
                  << errors.front().field << ")\n";
        ok = false;
        return;
      }
      o = offers::store::create(s, o, "", today, now);
      offers::store::move(s, o.id, offers::OfferStatus::kDraft, offers::OfferStatus::kPublished,
                          offers::OfferAction::kPublishVetted, "", "", today, now);
      ++published;
    }
    auto pending = companies::store::create(s, company_of(kPendingCompany), "", now);
    offers::store::Offer flagged;
    flagged.company_id = pending.id;
    flagged.contact_email = "rh@nettoyage-express.example";
    flagged.draft.occupation_code = "K2204";
    flagged.draft.postal_code = kPendingCompany.postcode;
    flagged.draft.french_level = offers::CefrLevel::kB2;
    flagged.draft.description =
        "Agent de nettoyage, langue maternelle française exigée, moins de 35 ans.";
    flagged.draft.skill_codes = service.core_skills("K2204");
    service.complete(flagged.draft);
    flagged = offers::store::create(s, flagged, "", today, now);
    offers::store::replace_flags(s, flagged.id,
                                 app.screening().screen(offers::screening_input(flagged.draft)));
    offers::store::move(s, flagged.id, offers::OfferStatus::kDraft,
                        offers::OfferStatus::kPendingReview, offers::OfferAction::kSubmit, "", "",
                        today, now);
  });
  if (!ok) return false;
  std::cout << console.tr("Offres de démonstration publiées : ") << published << "\n";
  return true;
}

}  // namespace primowork::app
