#include "app/commands.h"

#include <cstdlib>
#include <iostream>
#include <vector>

#include "app/demo.h"
#include "app/serve.h"
#include "app/user_commands.h"
#include "platform/config.h"
#include "platform/db/migrations.h"
#include "platform/i18n_markers.h"

namespace primowork::app {
namespace {

// Loads the configuration and opens the database, printing a clear message on failure.
std::unique_ptr<db::Database> open_database(const CommandLine& cl, const Console& console,
                                            Config& config) {
  auto loaded = Config::load(cl.config_file, primowork_environment());
  if (!loaded) {
    std::cerr << console.tr(loaded.error().message_id) << " : " << loaded.error().field
              << (loaded.error().detail.empty() ? "" : " (" + loaded.error().detail + ")") << "\n";
    return nullptr;
  }
  config = loaded.value();
  auto db = db::Database::open(config.db, config.db_pool);
  if (!db) {
    std::cerr << console.tr("Impossible d'ouvrir la base de données") << " " << config.db << " : "
              << db.error().detail << "\n";
    return nullptr;
  }
  return std::move(db.value());
}

void print_schema_error(const Error& e, const Console& console) {
  std::cerr << console.tr(e.message_id) << " (" << e.detail << ")\n";
  if (e.code == ErrorCode::kConflict) {
    std::cerr << console.tr(
                     "Installez une version de PrimoWork au moins aussi récente que celle qui a "
                     "migré cette base.")
              << "\n";
  }
}

int run_migrate(const CommandLine& cl, const Console& console) {
  Config config;
  auto db = open_database(cl, console, config);
  if (!db) return 1;
  auto report = db::migrate(*db, db::builtin_migrations());
  if (!report) {
    print_schema_error(report.error(), console);
    if (!report.error().field.empty()) std::cerr << report.error().field << "\n";
    return 1;
  }
  for (const auto& name : report->applied)
    std::cout << console.tr("Migration appliquée : ") << name << "\n";
  std::cout << console.tr("Schéma de la base : version ") << report->to_version << " ("
            << db->backend_name() << ")\n";
  return 0;
}

int run_demo(const CommandLine& cl, const Console& console) {
  auto ctx = open_context(cl, console);
  if (!ctx) return 1;
  return load_demo(*ctx->app, *ctx->db, console) ? 0 : 1;
}

int run_serve(const CommandLine& cl, const Console& console) {
  Config config;
  auto db = open_database(cl, console, config);
  if (!db) return 1;
  bool migrate_first = true;
  for (const auto& a : cl.args) {
    if (a == "--no-migrate") {
      migrate_first = false;
    } else {
      std::cerr << console.tr("Option non reconnue : ") << a << "\n";
      return 2;
    }
  }
  if (migrate_first) {
    auto report = db::migrate(*db, db::builtin_migrations());
    if (!report) {
      print_schema_error(report.error(), console);
      return 1;
    }
  } else if (auto status = db::check_schema(*db, db::builtin_migrations()); !status) {
    print_schema_error(status.error(), console);
    return 1;
  }
  return serve(config, *db, console);
}

const std::vector<Command>& commands() {
  static const std::vector<Command> list = {
      {"serve",
       N_("primowork serve [--no-migrate]\n\n"
          "Démarre le serveur web sur PRIMOWORK_LISTEN (127.0.0.1:8080 par défaut).\n"
          "Met d'abord la base au schéma de ce programme, sauf avec --no-migrate (il refuse\n"
          "alors de démarrer si des migrations sont en attente). Refuse toujours une base plus\n"
          "récente que lui. S'arrête proprement sur SIGTERM ou SIGINT (code de sortie 0)."),
       run_serve},
      {"migrate",
       N_("primowork migrate\n\n"
          "Applique les migrations en attente à la base PRIMOWORK_DB, chacune dans sa "
          "transaction,\n"
          "et affiche la version du schéma. Sans effet si la base est à jour."),
       run_migrate},
      {"demo",
       N_("primowork demo\n\n"
          "Met la base à jour puis charge les données de démonstration. Peut être relancé sans\n"
          "créer de doublons."),
       run_demo},
      {"org",
       N_("primowork org add --kind KIND --name NAME\n"
          "primowork org list\n\n"
          "Crée ou liste les organisations. KIND : platform, coordination, integration_operator,\n"
          "company."),
       run_org},
      {"user",
       N_("primowork user add --email E --role R --org O [--name N]\n"
          "primowork user passwd --email E\n"
          "primowork user list\n\n"
          "Crée un compte (R : admin, coordinator, counsellor, employer, candidate ; O : nom ou\n"
          "identifiant de l'organisation). Le mot de passe est lu sur l'entrée standard ; sans\n"
          "mot de passe, un lien pour le choisir est affiché. passwd change le mot de passe (lu "
          "sur\n"
          "l'entrée standard) et ferme les sessions du compte."),
       run_user},
      {"token",
       N_("primowork token create --user EMAIL [--name NOM]\n\n"
          "Crée un jeton d'API pour ce compte et l'affiche une seule fois. Il s'utilise avec\n"
          "l'en-tête Authorization: Bearer sur /api/v1/ et se révoque dans la page Mon compte."),
       run_token},
      {"taxonomy",
       N_("primowork taxonomy import-rome DOSSIER\n"
          "primowork taxonomy import-esco DOSSIER\n"
          "primowork taxonomy search TEXTE\n"
          "primowork taxonomy extract < annonce.txt\n\n"
          "Importe le ROME 4.0 (fichiers unix_*_utf8.csv) ou ESCO (CSV) en une transaction : un\n"
          "fichier invalide est refusé avec sa ligne et rien ne change. search cherche des "
          "métiers,\n"
          "extract repère les métiers et compétences d'un texte lu sur l'entrée standard."),
       run_taxonomy},
      {"bench",
       N_("primowork bench match [--profiles N] [--offers M] [--queries Q] [--seed S] [--data "
          "DOSSIER]\n"
          "                      [--postgresql URL [--pg-queries N]]\n\n"
          "Mesure le moteur d'appariement sur des personnes et des offres synthétiques tirées du\n"
          "ROME et des communes de la province de Liège (../shared/data), reproductibles par la\n"
          "graine. Affiche une ligne JSON : latences p50, p90, p99, max dans les deux sens (temps\n"
          "écoulé et temps processeur du fil), temps de construction, octets par profil, égalité\n"
          "avec la recherche exhaustive. Avec --postgresql URL, charge aussi les personnes\n"
          "dans le schéma bench_match de cette base (supprimé puis recréé) et y mesure le même\n"
          "classement en SQL sur les N premières offres (--pg-queries, par défaut toutes)."),
       run_bench},
  };
  return list;
}

}  // namespace

Console Console::from_environment() {
  std::string lang = "fr";
  for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v != nullptr && *v != '\0') {
      const std::string code = std::string(v).substr(0, 2);
      if (I18n::supported(code)) lang = code;
      break;
    }
  }
  const char* dir = std::getenv("PRIMOWORK_LOCALE_DIR");
  return Console(lang, dir != nullptr ? dir : PRIMOWORK_LOCALE_DIR);
}

const Command* find_command(const std::string& name) {
  for (const auto& c : commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

std::string main_help(const Console& console) {
  std::string out = console.tr(
      "PrimoWork : la plateforme qui relie entreprises, conseillers en insertion et chercheurs\n"
      "d'emploi à Liège.\n\n"
      "Utilisation : primowork [--config FICHIER] COMMANDE [OPTIONS]\n"
      "              primowork COMMANDE --help\n\n"
      "Commandes :");
  out += "\n";
  for (const auto& c : commands()) {
    std::string first = console.tr(c.help);
    out += "  " + first.substr(0, first.find('\n')) + "\n";
  }
  out += "\n" +
         console.tr(
             "Configuration : un fichier (--config) puis les variables PRIMOWORK_DB, "
             "PRIMOWORK_LISTEN,\n"
             "PRIMOWORK_SECRET et PRIMOWORK_SMTP, qui l'emportent. Voir README.md.") +
         "\n";
  return out;
}

}  // namespace primowork::app
