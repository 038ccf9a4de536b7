// Test helper: a fresh, empty database on each backend. SQLite is a new file; PostgreSQL is the
// server named by PRIMOWORK_TEST_PG (started by `make test`), with its public schema emptied.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace primowork::testing_support {

// Removes the SQLite files a test binary made when it exits.
struct TempFiles {
  std::vector<std::filesystem::path> paths;
  ~TempFiles() {
    std::error_code ec;
    for (const auto& p : paths) {
      for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(p.string() + suffix, ec);
    }
  }
};

inline std::string backend_url(const std::string& backend) {
  if (backend == "sqlite") {
    static int counter = 0;
    static TempFiles temp_files;
    const auto path =
        std::filesystem::path(::testing::TempDir()) /
        ("primowork_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + ".db");
    temp_files.paths.push_back(path);
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
    return "sqlite:" + path.string();
  }
  const char* url = std::getenv("PRIMOWORK_TEST_PG");
  return url == nullptr ? std::string{} : std::string(url);
}

// Opens an empty database, or skips the test when PostgreSQL is not configured (make test
// always configures it; a developer running one test binary may not).
inline std::unique_ptr<db::Database> open_empty(const std::string& backend) {
  const std::string url = backend_url(backend);
  if (url.empty()) return nullptr;
  auto db = db::Database::open(url, 4);
  if (!db) ADD_FAILURE() << "cannot open " << url << ": " << db.error().detail;
  if (!db) return nullptr;
  if (backend == "postgresql") {
    auto lease = db.value()->acquire();
    *lease << "DROP SCHEMA public CASCADE";
    *lease << "CREATE SCHEMA public";
  }
  return std::move(db.value());
}

#define PRIMOWORK_OPEN_OR_SKIP(var, backend)                    \
  auto var = ::primowork::testing_support::open_empty(backend); \
  if (!var) GTEST_SKIP() << "PRIMOWORK_TEST_PG is not set: PostgreSQL tests skipped";

}  // namespace primowork::testing_support
