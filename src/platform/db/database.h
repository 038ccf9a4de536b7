// One interface over SQLite and PostgreSQL (SOCI), with a connection pool and RAII transactions.
//
// URLs: "sqlite:PATH" (the file is created; WAL, foreign keys on, 5 s busy timeout) or
// "postgresql://user@host:port/db" (libpq syntax). Stores write portable SQL with `:name`
// placeholders; where dialects differ they ask backend().
#pragma once

#include <soci/soci.h>

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "platform/result.h"

namespace primowork::db {

enum class Backend { kSqlite, kPostgresql };

// Thrown by acquire() and by queries when the database does not answer (HTTP 503).
class DatabaseUnavailable : public Unavailable {
 public:
  using Unavailable::Unavailable;
};

struct PoolStats {
  std::size_t size = 0;    // maximum connections
  std::size_t in_use = 0;  // leased right now
  std::size_t open = 0;    // connections currently open
};

class Database {
 public:
  // Opens the pool and checks one connection. Fails with kInvalid for a malformed URL and
  // kUnavailable when the server cannot be reached.
  static Result<std::unique_ptr<Database>> open(const std::string& url, std::size_t pool_size);

  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Backend backend() const { return backend_; }
  const char* backend_name() const {
    return backend_ == Backend::kSqlite ? "sqlite" : "postgresql";
  }

  // A connection borrowed from the pool, returned when the lease dies. A connection found broken
  // is reopened on the next lease.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    soci::session& operator*() const { return *session_; }
    soci::session* operator->() const { return session_; }

   private:
    friend class Database;
    Lease(Database* db, std::size_t slot, soci::session* session)
        : db_(db), slot_(slot), session_(session) {}
    Database* db_;
    std::size_t slot_;
    soci::session* session_;
  };

  // Waits for a free connection (at most 5 s). Throws DatabaseUnavailable when none can be had
  // or opened.
  Lease acquire();

  // True when a trivial query answers.
  bool ping() noexcept;

  PoolStats stats() const;

 private:
  Database(Backend backend, std::string connect_string, std::size_t pool_size);
  std::unique_ptr<soci::session> connect() const;
  static bool healthy(soci::session& session, Backend backend);
  void release(std::size_t slot);

  Backend backend_;
  std::string connect_string_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<soci::session>> sessions_;
  std::vector<bool> busy_;
};

// A transaction on a leased session: rolled back when destroyed without commit(). On SQLite,
// write transactions take the write lock at begin (BEGIN IMMEDIATE) so they never fail halfway
// on a lock upgrade.
class Transaction {
 public:
  enum class Mode { kRead, kWrite };
  Transaction(soci::session& session, Backend backend, Mode mode = Mode::kWrite);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  soci::session& session_;
  bool open_ = true;
};

// Runs `fn(session)` in a write transaction, committing when it returns, rolling back when it
// throws. Returns what fn returns.
template <typename Fn>
auto with_transaction(Database& db, Fn&& fn) {
  auto lease = db.acquire();
  Transaction tx(*lease, db.backend());
  if constexpr (std::is_void_v<decltype(fn(*lease))>) {
    fn(*lease);
    tx.commit();
  } else {
    auto result = fn(*lease);
    tx.commit();
    return result;
  }
}

}  // namespace primowork::db
