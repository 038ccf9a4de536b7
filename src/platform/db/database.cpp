#include "platform/db/database.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <filesystem>
#include <optional>

#include "platform/log.h"

namespace primowork::db {
namespace {

// SOCI 4.0 mangles libpq URIs, so the URL is turned into libpq's key='value' form first.
std::optional<std::string> libpq_keywords(const std::string& url, std::string& error) {
  char* message = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &message);
  if (options == nullptr) {
    error = message != nullptr ? message : "invalid connection URL";
    PQfreemem(message);
    return std::nullopt;
  }
  std::string out;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr || *o->val == '\0') continue;
    std::string value;
    for (const char* c = o->val; *c != '\0'; ++c) {
      if (*c == '\'' || *c == '\\') value.push_back('\\');
      value.push_back(*c);
    }
    out += std::string(out.empty() ? "" : " ") + o->keyword + "='" + value + "'";
  }
  PQconninfoFree(options);
  return out;
}

}  // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string& url, std::size_t pool_size) {
  Backend backend;
  std::string connect;
  if (url.rfind("sqlite:", 0) == 0) {
    backend = Backend::kSqlite;
    const std::string path = url.substr(7);
    if (path.empty())
      return Error{ErrorCode::kInvalid, "PRIMOWORK_DB", N_("URL de base de données invalide"), url};
    const auto parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    connect = "db=\"" + path + "\" timeout=5 shared_cache=false";
  } else if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    backend = Backend::kPostgresql;
    std::string error;
    auto keywords = libpq_keywords(url, error);
    if (!keywords) {
      return Error{ErrorCode::kInvalid, "PRIMOWORK_DB", N_("URL de base de données invalide"),
                   error};
    }
    connect = *keywords;
  } else {
    return Error{ErrorCode::kInvalid, "PRIMOWORK_DB", N_("URL de base de données invalide"), url};
  }
  std::unique_ptr<Database> db(new Database(backend, connect, pool_size == 0 ? 1 : pool_size));
  try {
    db->sessions_[0] = db->connect();
  } catch (const std::exception& e) {
    return Error::unavailable(e.what());
  }
  return db;
}

Database::Database(Backend backend, std::string connect_string, std::size_t pool_size)
    : backend_(backend),
      connect_string_(std::move(connect_string)),
      sessions_(pool_size),
      busy_(pool_size, false) {}

Database::~Database() = default;

std::unique_ptr<soci::session> Database::connect() const {
  std::unique_ptr<soci::session> s;
  if (backend_ == Backend::kSqlite) {
    s = std::make_unique<soci::session>(soci::sqlite3, connect_string_);
    *s << "PRAGMA journal_mode=WAL";
    *s << "PRAGMA foreign_keys=ON";
    *s << "PRAGMA busy_timeout=5000";
    *s << "PRAGMA synchronous=NORMAL";
  } else {
    s = std::make_unique<soci::session>(soci::postgresql, connect_string_);
    *s << "SET TIME ZONE 'UTC'";
  }
  return s;
}

bool Database::healthy(soci::session& session, Backend backend) {
  if (backend != Backend::kPostgresql) return true;
  auto* be = static_cast<soci::postgresql_session_backend*>(session.get_backend());
  return be != nullptr && be->conn_ != nullptr && PQstatus(be->conn_) == CONNECTION_OK;
}

Database::Lease Database::acquire() {
  std::unique_lock lock(mutex_);
  std::size_t slot = sessions_.size();
  const bool got = available_.wait_for(lock, std::chrono::seconds(5), [&] {
    for (std::size_t i = 0; i < busy_.size(); ++i) {
      if (!busy_[i]) {
        slot = i;
        return true;
      }
    }
    return false;
  });
  if (!got) throw DatabaseUnavailable("database pool exhausted");
  busy_[slot] = true;
  std::unique_ptr<soci::session>& session = sessions_[slot];
  lock.unlock();
  try {
    if (!session || !healthy(*session, backend_)) {
      session.reset();
      session = connect();
    }
  } catch (const std::exception& e) {
    session.reset();
    release(slot);
    throw DatabaseUnavailable(e.what());
  }
  return Lease(this, slot, session.get());
}

void Database::release(std::size_t slot) {
  {
    std::lock_guard lock(mutex_);
    busy_[slot] = false;
  }
  available_.notify_one();
}

Database::Lease::Lease(Lease&& other) noexcept
    : db_(other.db_), slot_(other.slot_), session_(other.session_) {
  other.db_ = nullptr;
}

Database::Lease::~Lease() {
  if (db_ != nullptr) db_->release(slot_);
}

bool Database::ping() noexcept {
  try {
    auto lease = acquire();
    int one = 0;
    *lease << "SELECT 1", soci::into(one);
    if (one == 1) return true;
  } catch (const std::exception& e) {
    log::warn("database ping failed", {{"error", e.what()}});
  }
  return false;
}

PoolStats Database::stats() const {
  std::lock_guard lock(mutex_);
  PoolStats s;
  s.size = sessions_.size();
  for (std::size_t i = 0; i < sessions_.size(); ++i) {
    if (busy_[i]) ++s.in_use;
    if (sessions_[i]) ++s.open;
  }
  return s;
}

Transaction::Transaction(soci::session& session, Backend backend, Mode mode) : session_(session) {
  if (backend == Backend::kSqlite && mode == Mode::kWrite) {
    session_ << "BEGIN IMMEDIATE";
  } else {
    session_.begin();
  }
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    session_.rollback();
  } catch (const std::exception& e) {
    log::warn("rollback failed", {{"error", e.what()}});
  }
}

void Transaction::commit() {
  session_.commit();
  open_ = false;
}

}  // namespace primowork::db
