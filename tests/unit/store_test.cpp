// The same store tests on SQLite and PostgreSQL: migrations, transactions, types, mail outbox.
#include <gtest/gtest.h>

#include "backends.h"
#include "platform/db/migrations.h"
#include "platform/mail_outbox.h"

namespace primowork {
namespace {

using db::Migration;

class Store : public testing::TestWithParam<std::string> {};

std::vector<Migration> sample_migrations() {
  return {
      {1, "people", "CREATE TABLE t_people (id VARCHAR(40) PRIMARY KEY, name TEXT NOT NULL);",
       "CREATE TABLE t_people (id VARCHAR(40) PRIMARY KEY, name TEXT NOT NULL);"},
      {2, "notes",
       "CREATE TABLE t_notes (id INTEGER PRIMARY KEY, person VARCHAR(40) NOT NULL "
       "REFERENCES t_people(id), body TEXT); -- a comment; with a semicolon\n"
       "INSERT INTO t_people (id, name) VALUES ('p1', 'O''Brien; Amina');",
       "CREATE TABLE t_notes (id SERIAL PRIMARY KEY, person VARCHAR(40) NOT NULL "
       "REFERENCES t_people(id), body TEXT); -- a comment; with a semicolon\n"
       "INSERT INTO t_people (id, name) VALUES ('p1', 'O''Brien; Amina');"},
  };
}

int count_rows(db::Database& database, const std::string& table) {
  auto lease = database.acquire();
  int n = -1;
  *lease << "SELECT COUNT(*) FROM " + table, soci::into(n);
  return n;
}

TEST_P(Store, MigrationsApplyInOrderOnceAndAreRecorded) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  auto first = db::migrate(*database, sample_migrations());
  ASSERT_TRUE(first.ok()) << first.error().detail;
  EXPECT_EQ(first->from_version, 0);
  EXPECT_EQ(first->to_version, 2);
  EXPECT_EQ(first->applied, (std::vector<std::string>{"0001_people", "0002_notes"}));
  EXPECT_EQ(db::schema_version(*database), 2);
  EXPECT_EQ(count_rows(*database, "schema_migrations"), 2);

  auto again = db::migrate(*database, sample_migrations());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->applied.empty());
  EXPECT_EQ(count_rows(*database, "t_people"), 1);  // the data migration did not run twice

  auto lease = database->acquire();
  std::string name;
  *lease << "SELECT name FROM t_people WHERE id = 'p1'", soci::into(name);
  EXPECT_EQ(name, "O'Brien; Amina");
}

TEST_P(Store, RefusesADatabaseNewerThanTheProgram) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  ASSERT_TRUE(db::migrate(*database, sample_migrations()).ok());
  std::vector<Migration> older = {sample_migrations()[0]};
  auto result = db::migrate(*database, older);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kConflict);
  EXPECT_EQ(result.error().message_id, "La base de données est plus récente que ce programme");
  EXPECT_EQ(db::check_schema(*database, older).error().code, ErrorCode::kConflict);
  EXPECT_EQ(db::schema_version(*database), 2);
}

TEST_P(Store, AFailingMigrationLeavesNothingHalfApplied) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  auto broken = sample_migrations();
  broken.push_back({3, "broken", "CREATE TABLE t_half (x INTEGER); SELECT * FROM no_such_table;",
                    "CREATE TABLE t_half (x INTEGER); SELECT * FROM no_such_table;"});
  auto result = db::migrate(*database, broken);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().field, "0003_broken");
  EXPECT_EQ(db::schema_version(*database), 2);
  auto lease = database->acquire();
  EXPECT_THROW(*lease << "SELECT COUNT(*) FROM t_half", soci::soci_error);
  auto pending = db::check_schema(*database, broken);
  ASSERT_FALSE(pending.ok());
  EXPECT_EQ(pending.error().code, ErrorCode::kInvalid);
}

TEST_P(Store, TransactionRollsBackWhenTheActionThrows) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  ASSERT_TRUE(db::migrate(*database, sample_migrations()).ok());
  EXPECT_THROW(db::with_transaction(*database,
                                    [](soci::session& s) {
                                      s << "INSERT INTO t_people (id, name) VALUES ('p2', 'x')";
                                      throw std::runtime_error("validation failed midway");
                                    }),
               std::runtime_error);
  EXPECT_EQ(count_rows(*database, "t_people"), 1);
  db::with_transaction(*database, [](soci::session& s) {
    s << "INSERT INTO t_people (id, name) VALUES ('p3', 'Україна — مرحبا — Liège')";
  });
  EXPECT_EQ(count_rows(*database, "t_people"), 2);
}

TEST_P(Store, ForeignKeysAreEnforced) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  ASSERT_TRUE(db::migrate(*database, sample_migrations()).ok());
  auto lease = database->acquire();
  EXPECT_THROW(*lease << "INSERT INTO t_notes (person, body) VALUES ('nobody', 'x')",
               soci::soci_error);
}

TEST_P(Store, BuiltinMigrationsApply) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  auto result = db::migrate(*database, db::builtin_migrations());
  ASSERT_TRUE(result.ok()) << result.error().field << ": " << result.error().detail;
  EXPECT_GE(result->to_version, 1);
  EXPECT_TRUE(db::check_schema(*database, db::builtin_migrations()).ok());
}

TEST_P(Store, MailOutboxKeepsMessagesUntilSent) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  ASSERT_TRUE(db::migrate(*database, db::builtin_migrations()).ok());
  std::tm t1{};
  t1.tm_year = 2026 - 1900;
  t1.tm_mon = 10;
  t1.tm_mday = 22;
  t1.tm_hour = 23;
  t1.tm_min = 59;
  t1.tm_sec = 58;
  std::tm t2 = t1;
  t2.tm_sec = 59;
  std::string first_id;
  db::with_transaction(*database, [&](soci::session& s) {
    auto a = mail::enqueue(s, "amina@example.org", "Réinitialisation du mot de passe",
                           "Bonjour Amina,\nvoici votre lien.", t1);
    ASSERT_TRUE(a.ok());
    first_id = *a;
    ASSERT_TRUE(mail::enqueue(s, "b@example.org", "Invitation", "Bienvenue", t2).ok());
  });
  auto lease = database->acquire();
  auto pending = mail::pending(*lease, 5, 10);
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[0].id, first_id);
  EXPECT_EQ(pending[0].subject, "Réinitialisation du mot de passe");
  EXPECT_EQ(pending[0].body_text, "Bonjour Amina,\nvoici votre lien.");
  EXPECT_EQ(pending[0].created_at.tm_hour, 23);  // stored as UTC, read back unchanged
  EXPECT_EQ(pending[0].created_at.tm_sec, 58);

  mail::mark_sent(*lease, first_id, t2);
  for (int i = 0; i < 5; ++i) mail::mark_failed(*lease, pending[1].id, "connection refused");
  EXPECT_TRUE(mail::pending(*lease, 5, 10).empty());
  auto retry = mail::pending(*lease, 6, 10);
  ASSERT_EQ(retry.size(), 1u);
  EXPECT_EQ(retry[0].attempts, 5);
  EXPECT_EQ(retry[0].last_error, "connection refused");
}

TEST_P(Store, MailOutboxRejectsBadInputAndWritesNothing) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  ASSERT_TRUE(db::migrate(*database, db::builtin_migrations()).ok());
  auto lease = database->acquire();
  const std::tm now = mail::utc_now();
  auto bad_address = mail::enqueue(*lease, "not-an-address", "Objet", "Corps", now);
  ASSERT_FALSE(bad_address.ok());
  EXPECT_EQ(bad_address.error().field, "recipient");
  auto header_injection = mail::enqueue(*lease, "a@b.be", "Objet\r\nBcc: x@y.z", "Corps", now);
  ASSERT_FALSE(header_injection.ok());
  EXPECT_EQ(header_injection.error().field, "subject");
  EXPECT_EQ(mail::enqueue(*lease, "a@b.be", "Objet", "", now).error().field, "body_text");
  EXPECT_EQ(count_rows(*database, "mail_outbox"), 0);
}

TEST_P(Store, PoolReportsUseAndPings) {
  PRIMOWORK_OPEN_OR_SKIP(database, GetParam());
  EXPECT_TRUE(database->ping());
  {
    auto a = database->acquire();
    auto b = database->acquire();
    EXPECT_EQ(database->stats().in_use, 2u);
    EXPECT_EQ(database->stats().size, 4u);
  }
  EXPECT_EQ(database->stats().in_use, 0u);
  EXPECT_STREQ(database->backend_name(), GetParam() == "sqlite" ? "sqlite" : "postgresql");
}

INSTANTIATE_TEST_SUITE_P(Backends, Store, testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST(SplitSql, KeepsTriggerBodiesAndDollarQuotesWhole) {
  auto sqlite = db::split_sql(
      "CREATE TABLE t (x INT);\nCREATE TRIGGER t_no BEFORE DELETE ON t\nBEGIN\n"
      "  SELECT RAISE(ABORT, 'no; never');\n  SELECT 1;\nEND;\nCREATE INDEX i ON t (x);");
  ASSERT_EQ(sqlite.size(), 3u);
  EXPECT_NE(sqlite[1].find("SELECT 1;"), std::string::npos);
  auto pg = db::split_sql(
      "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\n"
      "END\n$$;\nCREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;");
  ASSERT_EQ(pg.size(), 2u);
  EXPECT_NE(pg[0].find("RAISE EXCEPTION 'x';"), std::string::npos);
  EXPECT_NE(pg[1].find("SELECT 1;"), std::string::npos);
}

TEST(SplitSql, BlockCommentsAndOtherBlanksMakeNoStatement) {
  EXPECT_TRUE(db::split_sql("\f").empty());
  EXPECT_TRUE(db::split_sql("/**/").empty());
  EXPECT_TRUE(db::split_sql("/* never closed").empty());
  auto parts = db::split_sql("SELECT 1; /* a; b */ SELECT 2;\n/* fin */\n");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_NE(parts[1].find("SELECT 2"), std::string::npos);
}

TEST(SplitSql, HandlesQuotesCommentsAndBlankStatements) {
  auto parts = db::split_sql("A 'x;y' ; -- c;\n B \"q;\" ;; C");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_NE(parts[0].find("'x;y'"), std::string::npos);
  EXPECT_NE(parts[1].find("\"q;\""), std::string::npos);
  EXPECT_NE(parts[2].find("C"), std::string::npos);
}

TEST(Database, RejectsUnknownUrlsAndUnreachableServers) {
  auto bad = db::Database::open("mysql://x", 1);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "PRIMOWORK_DB");
  auto down = db::Database::open("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2", 1);
  ASSERT_FALSE(down.ok());
  EXPECT_EQ(down.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace primowork
