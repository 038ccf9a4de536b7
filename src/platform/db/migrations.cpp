#include "platform/db/migrations.h"

#include <algorithm>
#include <cctype>

#include "platform/log.h"

namespace primowork::db {
namespace {

void ensure_table(soci::session& s) {
  s << "CREATE TABLE IF NOT EXISTS schema_migrations ("
       " version INTEGER PRIMARY KEY,"
       " name VARCHAR(200) NOT NULL,"
       " applied_at VARCHAR(32) NOT NULL)";
}

int latest(const std::vector<Migration>& migrations) {
  int v = 0;
  for (const auto& m : migrations) v = std::max(v, m.version);
  return v;
}

std::string utc_timestamp() {
  const auto t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

namespace {

constexpr const char* kBlank = " \t\r\n\f\v";

std::string upper_trimmed(const std::string& text) {
  const auto b = text.find_first_not_of(" \t\r\n");
  std::string out = b == std::string::npos ? std::string{} : text.substr(b);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// A `;` ends a statement unless the statement is a trigger whose body (BEGIN ... END) is open.
bool statement_complete(const std::string& current) {
  const std::string up = upper_trimmed(current);
  if (up.rfind("CREATE TRIGGER", 0) != 0) return true;
  std::size_t end = up.find_last_not_of(" \t\r\n");
  return end != std::string::npos && end >= 2 && up.compare(end - 2, 3, "END") == 0 &&
         (end == 2 || !std::isalnum(static_cast<unsigned char>(up[end - 3])));
}

}  // namespace

std::vector<std::string> split_sql(std::string_view script) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < script.size(); ++i) {
    const char c = script[i];
    if (c == '-' && i + 1 < script.size() && script[i + 1] == '-') {
      while (i < script.size() && script[i] != '\n') ++i;
      current.push_back('\n');
      continue;
    }
    if (c == '/' && i + 1 < script.size() && script[i + 1] == '*') {
      const std::size_t end = script.find("*/", i + 2);
      i = end == std::string_view::npos ? script.size() : end + 1;
      current.push_back(' ');
      continue;
    }
    if (c == '$') {  // PostgreSQL dollar quoting: $$ ... $$ or $tag$ ... $tag$
      const std::size_t close = script.find('$', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view tag = script.substr(i, close - i + 1);
        bool is_tag = true;
        for (char t : tag.substr(1, tag.size() - 2)) {
          is_tag = is_tag && (std::isalnum(static_cast<unsigned char>(t)) || t == '_');
        }
        const std::size_t end = is_tag ? script.find(tag, close + 1) : std::string_view::npos;
        if (end != std::string_view::npos) {
          current.append(script.substr(i, end + tag.size() - i));
          i = end + tag.size() - 1;
          continue;
        }
      }
    }
    if (c == '\'' || c == '"') {
      const char quote = c;
      current.push_back(c);
      for (++i; i < script.size(); ++i) {
        current.push_back(script[i]);
        if (script[i] == quote) {
          if (i + 1 < script.size() && script[i + 1] == quote) {
            current.push_back(script[++i]);
            continue;
          }
          break;
        }
      }
      continue;
    }
    if (c == ';' && statement_complete(current)) {
      if (current.find_first_not_of(kBlank) != std::string::npos) out.push_back(current);
      current.clear();
      continue;
    }
    current.push_back(c);
  }
  if (current.find_first_not_of(kBlank) != std::string::npos) out.push_back(current);
  return out;
}

int schema_version(Database& db) {
  auto lease = db.acquire();
  ensure_table(*lease);
  int version = 0;
  soci::indicator ind = soci::i_null;
  *lease << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
  return ind == soci::i_ok ? version : 0;
}

Status check_schema(Database& db, const std::vector<Migration>& migrations) {
  const int have = schema_version(db);
  const int known = latest(migrations);
  if (have > known) {
    return Error{
        ErrorCode::kConflict,
        {},
        N_("La base de données est plus récente que ce programme"),
        "database schema " + std::to_string(have) + " > program schema " + std::to_string(known)};
  }
  if (have < known) {
    return Error{
        ErrorCode::kInvalid,
        {},
        N_("Des migrations sont en attente"),
        "database schema " + std::to_string(have) + " < program schema " + std::to_string(known)};
  }
  return Ok{};
}

Result<MigrationReport> migrate(Database& db, const std::vector<Migration>& migrations) {
  MigrationReport report;
  report.from_version = schema_version(db);
  report.to_version = report.from_version;
  if (report.from_version > latest(migrations)) {
    auto status = check_schema(db, migrations);
    return status.error();
  }
  std::vector<const Migration*> ordered;
  for (const auto& m : migrations) ordered.push_back(&m);
  std::sort(ordered.begin(), ordered.end(),
            [](const Migration* a, const Migration* b) { return a->version < b->version; });
  for (const Migration* m : ordered) {
    if (m->version <= report.to_version) continue;
    const std::string label =
        std::string(4 - std::min<std::size_t>(4, std::to_string(m->version).size()), '0') +
        std::to_string(m->version) + "_" + m->name;
    const std::string& sql = db.backend() == Backend::kSqlite ? m->sqlite_sql : m->postgresql_sql;
    try {
      auto lease = db.acquire();
      Transaction tx(*lease, db.backend());
      for (const auto& statement : split_sql(sql)) *lease << statement;
      const std::string now = utc_timestamp();
      *lease << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
          soci::use(m->version), soci::use(m->name), soci::use(now);
      tx.commit();
    } catch (const DatabaseUnavailable&) {
      throw;
    } catch (const std::exception& e) {
      return Error{ErrorCode::kInternal, label, N_("La migration a échoué"), e.what()};
    }
    log::info("migration applied", {{"migration", label}, {"backend", db.backend_name()}});
    report.applied.push_back(label);
    report.to_version = m->version;
  }
  return report;
}

}  // namespace primowork::db
