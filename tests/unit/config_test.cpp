#include "platform/config.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace primowork {
namespace {

std::string write_temp(const std::string& text) {
  std::string path = testing::TempDir() + "primowork_config_test.conf";
  std::ofstream(path) << text;
  return path;
}

TEST(Config, DefaultsMatchTheContract) {
  auto c = Config::load("", {});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->db, "sqlite:var/primowork.db");
  EXPECT_EQ(c->listen, "127.0.0.1:8080");
  EXPECT_EQ(c->listen_host(), "127.0.0.1");
  EXPECT_EQ(c->listen_port(), 8080);
  EXPECT_TRUE(c->smtp.empty());
}

TEST(Config, EnvironmentOverridesTheFile) {
  const auto path =
      write_temp("# comment\ndb = sqlite:/tmp/x.db\nlisten = 0.0.0.0:9000\nthreads=3\n");
  auto c = Config::load(path, {{"PRIMOWORK_LISTEN", "127.0.0.1:9100"},
                               {"PRIMOWORK_SMTP", "smtp://127.0.0.1:2525"},
                               {"PRIMOWORK_TEST_PG", "postgresql://test"},
                               {"OTHER", "ignored"}});
  ASSERT_TRUE(c.ok()) << c.error().field;
  EXPECT_EQ(c->db, "sqlite:/tmp/x.db");
  EXPECT_EQ(c->listen_port(), 9100);
  EXPECT_EQ(c->threads, 3u);
  EXPECT_EQ(c->smtp, "smtp://127.0.0.1:2525");
}

TEST(Config, UnknownKeysAndBadValuesAreNamed) {
  auto typo = Config::load(write_temp("thread = 4\n"), {});
  ASSERT_FALSE(typo.ok());
  EXPECT_EQ(typo.error().field, "thread");
  EXPECT_EQ(typo.error().message_id, "Paramètre de configuration inconnu");

  auto bad = Config::load("", {{"PRIMOWORK_THREADS", "many"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "PRIMOWORK_THREADS");
  EXPECT_EQ(bad.error().message_id, "Valeur de configuration invalide");

  EXPECT_FALSE(Config::load("", {{"PRIMOWORK_LISTEN", "127.0.0.1:99999"}}).ok());
  EXPECT_FALSE(Config::load(write_temp("no equals sign\n"), {}).ok());
  EXPECT_FALSE(Config::load("/nonexistent/primowork.conf", {}).ok());
}

TEST(Config, Ipv6ListenAddress) {
  auto c = Config::load("", {{"PRIMOWORK_LISTEN", "[::1]:8081"}});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->listen_host(), "::1");
  EXPECT_EQ(c->listen_port(), 8081);
}

}  // namespace
}  // namespace primowork
