// Fuzzes Config::load on a configuration file (`key = value` lines, `#` comments): the input is
// written to a temporary file ($TMPDIR or /dev/shm), loaded with an empty environment, and must
// never crash or throw.
//
// Invariants when loading succeeds: the values the setters validate are valid (port 1-65535,
// at least one thread and one database connection, a database URL).
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "fuzz_check.h"
#include "platform/config.h"

using namespace primowork;

namespace {
std::string g_path;
void remove_file() {
  if (!g_path.empty()) ::unlink(g_path.c_str());
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // $TMPDIR, else /dev/shm (a tmpfs: about 5 times more executions per second than a disk /tmp).
  const char* dir = std::getenv("TMPDIR");
  std::string base = dir != nullptr && *dir != '\0' ? dir : "";
  if (base.empty()) base = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
  std::string pattern = base + "/primowork-fuzz-config.XXXXXX";
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    std::perror("mkstemp");
    std::abort();
  }
  ::close(fd);
  g_path = pattern;
  std::atexit(remove_file);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream out(g_path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    FUZZ_CHECK(out.good());
  }
  const auto config = Config::load(g_path, {});
  if (!config) {
    FUZZ_CHECK(!config.error().message_id.empty());
    return 0;
  }
  FUZZ_CHECK(config->listen_port() != 0);
  FUZZ_CHECK(config->threads > 0);
  FUZZ_CHECK(config->db_pool > 0);
  FUZZ_CHECK(!config->db.empty());
  FUZZ_CHECK(config->request_timeout_s > 0);
  FUZZ_CHECK(config->shutdown_grace_s >= 0);
  (void)config->listen_host();
  return 0;
}
