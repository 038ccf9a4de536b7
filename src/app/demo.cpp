#include "app/demo.h"

#include <iostream>

#include "security/accounts.h"

namespace primowork::app {
namespace {

struct DemoOrganisation {
  const char* kind;
  const char* name;
};

struct DemoAccount {
  const char* email;
  const char* role;
  const char* organisation;
  const char* name;
  const char* password;
};

// Fictitious organisations and people, for trying PrimoWork locally. The passwords are public:
// never load the demo into a database that holds real files.
const DemoOrganisation kOrganisations[] = {
    {"platform", "PrimoWork (démonstration)"},
    {"coordination", "IBEFE Liège (démonstration)"},
    {"integration_operator", "Service d'insertion Meuse (démonstration)"},
    {"integration_operator", "CISP Ourthe (démonstration)"},
    {"company", "Hôpital du Val (démonstration)"},
};

const DemoAccount kAccounts[] = {
    {"admin@demo.primowork.be", "admin", "PrimoWork (démonstration)", "Alex Admin",
     "Demo-Admin-Liege-2026"},
    {"coordination@demo.primowork.be", "coordinator", "IBEFE Liège (démonstration)",
     "Marie Coordination", "Demo-Coordination-Liege-2026"},
    {"conseillere@demo.primowork.be", "counsellor", "Service d'insertion Meuse (démonstration)",
     "Nadia Conseillère", "Demo-Conseil-Liege-2026"},
    {"conseiller.ourthe@demo.primowork.be", "counsellor", "CISP Ourthe (démonstration)",
     "Karim Conseiller", "Demo-Ourthe-Liege-2026"},
    {"employeur@demo.primowork.be", "employer", "Hôpital du Val (démonstration)", "Luc Employeur",
     "Demo-Employeur-Liege-2026"},
    {"candidat@demo.primowork.be", "candidate", "Service d'insertion Meuse (démonstration)",
     "Amina Candidate", "Demo-Candidat-Liege-2026"},
};

}  // namespace

bool load_demo(Application& app, db::Database& db, const Console& console) {
  for (const auto& o : kOrganisations) {
    bool exists = false;
    {
      auto lease = db.acquire();
      exists = security::accounts::find_organisation_by_name(*lease, o.name).has_value();
    }
    if (exists) continue;
    auto created = app.auth().add_organisation(o.kind, o.name);
    if (!created) {
      std::cerr << console.tr(created.error().message_id) << " (" << o.name << ")\n";
      return false;
    }
  }
  std::cout << console.tr(
                   "Comptes de démonstration (mots de passe publics, pour essayer seulement) :")
            << "\n";
  for (const auto& a : kAccounts) {
    bool exists = false;
    {
      auto lease = db.acquire();
      exists = security::accounts::find_user_by_login(*lease, a.email).has_value();
    }
    if (!exists) {
      auto user = app.auth().add_user(a.email, a.role, a.organisation, a.name, a.password, nullptr);
      if (!user) {
        std::cerr << console.tr(user.error().message_id) << " (" << a.email << ")\n";
        return false;
      }
    }
    std::cout << "  " << a.role << "\t" << a.email << "\t" << a.password << "\n";
  }
  std::cout << console.tr(
                   "Les comptes admin et coordination doivent activer la double "
                   "authentification à la première connexion.")
            << "\n";
  if (!load_demo_people(app, db, console, "conseillere@demo.primowork.be")) return false;
  if (!load_demo_offers(app, db, console, "Hôpital du Val (démonstration)")) return false;
  return load_demo_placements(app, db, console);
}

}  // namespace primowork::app
