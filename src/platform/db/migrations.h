// Numbered schema migrations, applied in order, each in its own transaction and recorded in the
// table schema_migrations(version, name, applied_at). Both backends share the numbering; a
// migration may give one SQL text for both or one per backend.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"
#include "platform/result.h"

namespace primowork::db {

struct Migration {
  int version = 0;
  std::string name;
  std::string sqlite_sql;
  std::string postgresql_sql;
};

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // "0001_core", ...
};

// The highest version recorded in the database (0 for a new database).
int schema_version(Database& db);

// Applies every migration above the current version. Fails (and changes nothing) with
// kConflict when the database is newer than the newest migration known to this program, and
// with kInternal naming the migration when one fails (that migration is rolled back; the ones
// before it stay applied).
Result<MigrationReport> migrate(Database& db, const std::vector<Migration>& migrations);

// Fails with kConflict when the database is newer than this program, kInvalid when it is older
// (migrations pending).
Status check_schema(Database& db, const std::vector<Migration>& migrations);

// Splits an SQL script into statements at semicolons outside quotes, comments (-- and /* */),
// dollar-quoted bodies and trigger bodies. Blank statements are dropped.
std::vector<std::string> split_sql(std::string_view script);

// The migrations compiled into this program (from migrations/*.sql, generated at build time).
const std::vector<Migration>& builtin_migrations();

}  // namespace primowork::db
