#include "app/demo.h"

#include <iostream>

namespace primowork::app {

bool load_demo(db::Database& db, const Console& console) {
  // Demo data sets are added here as features arrive (accounts and organisations come with
  // identity and access). Each set checks whether it is loaded, then loads in one transaction.
  (void)db;
  std::cout << console.tr("Données de démonstration : rien à charger pour l'instant. Les comptes "
                          "de démonstration arriveront avec la gestion des accès.")
            << "\n";
  return true;
}

}  // namespace primowork::app
