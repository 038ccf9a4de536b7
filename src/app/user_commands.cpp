#include "app/user_commands.h"

#include <unistd.h>

#include <iostream>
#include <map>

#include "app/wiring.h"
#include "platform/db/migrations.h"

namespace primowork::app {

namespace {

// Parses "--key value" pairs after the verb; unknown keys are errors.
bool parse_options(const std::vector<std::string>& args, std::size_t from,
                   const std::vector<std::string>& allowed, std::map<std::string, std::string>& out,
                   const Console& console) {
  for (std::size_t i = from; i < args.size(); ++i) {
    const std::string& key = args[i];
    bool known = false;
    for (const auto& a : allowed) known = known || key == "--" + a;
    if (!known || i + 1 >= args.size()) {
      std::cerr << console.tr("Option non reconnue : ") << key << "\n";
      return false;
    }
    out[key.substr(2)] = args[++i];
  }
  return true;
}

std::string read_password_from_stdin() {
  if (isatty(STDIN_FILENO)) return {};
  std::string line;
  std::getline(std::cin, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return line;
}

void print_error(const Console& console, const Error& e) {
  std::cerr << console.tr(e.message_id);
  if (!e.field.empty()) std::cerr << " (" << e.field << ")";
  std::cerr << "\n";
}

}  // namespace

std::unique_ptr<CommandContext> open_context(const CommandLine& cl, const Console& console) {
  auto ctx = std::make_unique<CommandContext>();
  auto loaded = Config::load(cl.config_file, primowork_environment());
  if (!loaded) {
    print_error(console, loaded.error());
    return nullptr;
  }
  ctx->config = loaded.value();
  if (ctx->config.secret.empty()) {
    std::cerr << console.tr(
                     "PRIMOWORK_SECRET est obligatoire : il protège les secrets de double "
                     "authentification. `make run` en crée un dans var/secret.")
              << "\n";
    return nullptr;
  }
  auto db = db::Database::open(ctx->config.db, 2);
  if (!db) {
    std::cerr << console.tr("Impossible d'ouvrir la base de données") << " " << ctx->config.db
              << " : " << db.error().detail << "\n";
    return nullptr;
  }
  ctx->db = std::move(db.value());
  auto migrated = db::migrate(*ctx->db, db::builtin_migrations());
  if (!migrated) {
    print_error(console, migrated.error());
    return nullptr;
  }
  ctx->app = std::make_unique<Application>(ctx->config, *ctx->db);
  return ctx;
}

int run_org(const CommandLine& cl, const Console& console) {
  const std::string verb = cl.args.empty() ? "" : cl.args[0];
  std::map<std::string, std::string> opt;
  if (verb == "add") {
    if (!parse_options(cl.args, 1, {"kind", "name"}, opt, console)) return 2;
    auto ctx = open_context(cl, console);
    if (!ctx) return 1;
    auto org = ctx->app->auth().add_organisation(opt["kind"], opt["name"]);
    if (!org) {
      print_error(console, org.error());
      return 1;
    }
    std::cout << org->id << "\t" << org->name << "\n";
    return 0;
  }
  if (verb == "list") {
    auto ctx = open_context(cl, console);
    if (!ctx) return 1;
    auto lease = ctx->db->acquire();
    for (const auto& org : security::accounts::list_organisations(*lease)) {
      std::cout << org.id << "\t" << security::to_string(org.kind) << "\t" << org.name << "\n";
    }
    return 0;
  }
  std::cerr << console.tr("Commande inconnue : ") << "org " << verb << "\n";
  return 2;
}

int run_user(const CommandLine& cl, const Console& console) {
  const std::string verb = cl.args.empty() ? "" : cl.args[0];
  std::map<std::string, std::string> opt;
  if (verb == "add") {
    if (!parse_options(cl.args, 1, {"email", "role", "org", "name"}, opt, console)) return 2;
    auto ctx = open_context(cl, console);
    if (!ctx) return 1;
    const std::string password = read_password_from_stdin();
    std::string link;
    auto user = ctx->app->auth().add_user(opt["email"], opt["role"], opt["org"], opt["name"],
                                          password, &link);
    if (!user) {
      print_error(console, user.error());
      return 1;
    }
    std::cout << user->id << "\t" << user->login << "\n";
    if (!link.empty()) {
      std::cout << console.tr("Lien pour choisir le mot de passe (valable 7 jours) : ") << link
                << "\n";
    }
    return 0;
  }
  if (verb == "passwd") {
    if (!parse_options(cl.args, 1, {"email"}, opt, console)) return 2;
    auto ctx = open_context(cl, console);
    if (!ctx) return 1;
    auto st = ctx->app->auth().set_password_cli(opt["email"], read_password_from_stdin());
    if (!st) {
      print_error(console, st.error());
      return 1;
    }
    std::cout << console.tr("Mot de passe changé ; les sessions de ce compte sont fermées.")
              << "\n";
    return 0;
  }
  if (verb == "list") {
    auto ctx = open_context(cl, console);
    if (!ctx) return 1;
    auto lease = ctx->db->acquire();
    for (const auto& u : security::accounts::list_users(*lease)) {
      std::string orgs;
      for (const auto& o : security::accounts::memberships(*lease, u.id)) {
        orgs += (orgs.empty() ? "" : ", ") + o.name;
      }
      std::cout << u.id << "\t" << security::to_string(u.role) << "\t" << u.login << "\t"
                << u.display_name << "\t" << orgs << (u.has_second_factor() ? "\t2FA" : "") << "\n";
    }
    return 0;
  }
  std::cerr << console.tr("Commande inconnue : ") << "user " << verb << "\n";
  return 2;
}

int run_token(const CommandLine& cl, const Console& console) {
  const std::string verb = cl.args.empty() ? "" : cl.args[0];
  std::map<std::string, std::string> opt;
  if (verb != "create") {
    std::cerr << console.tr("Commande inconnue : ") << "token " << verb << "\n";
    return 2;
  }
  if (!parse_options(cl.args, 1, {"user", "name"}, opt, console)) return 2;
  auto ctx = open_context(cl, console);
  if (!ctx) return 1;
  std::optional<security::User> user;
  {
    auto lease = ctx->db->acquire();
    user = security::accounts::find_user_by_login(*lease, opt["user"]);
  }
  if (!user) {
    std::cerr << console.tr("Aucun compte avec cet identifiant.") << "\n";
    return 1;
  }
  const std::string name = opt.count("name") ? opt["name"] : "cli";
  std::cout << ctx->app->auth().create_token(*user, name.substr(0, 100), "cli") << "\n";
  std::cerr << console.tr("Ce jeton ne sera plus affiché : gardez-le en lieu sûr.") << "\n";
  return 0;
}

}  // namespace primowork::app
