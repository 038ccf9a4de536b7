// The mail sender: PRIMOWORK_SMTP parsing, the RFC 5322 text, and delivery from the outbox to a
// real SMTP server (tests/smtp/smtp_sink.py, aiosmtpd on loopback) through libcurl. The stored
// messages are decoded by Python's email package, an independent MIME parser.
#include "platform/mail_sender.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "backends.h"
#include "platform/db/migrations.h"
#include "platform/log.h"
#include "platform/mail_outbox.h"

namespace primowork {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr const char* kPython = "/usr/bin/python3";

std::tm make_tm(int year, int month, int day, int hour, int minute, int second) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  tm.tm_wday = 4;  // deliberately wrong: format_message must not trust it
  return tm;
}

std::vector<std::string> crlf_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t pos; (pos = text.find("\r\n", start)) != std::string::npos; start = pos + 2) {
    lines.push_back(text.substr(start, pos - start));
  }
  return lines;
}

// ---- parse_smtp_url --------------------------------------------------------------------------

TEST(ParseSmtpUrl, AcceptsHostAndPortWithOptionalTlsAndCredentials) {
  auto plain = mail::parse_smtp_url("smtp://127.0.0.1:2525");
  ASSERT_TRUE(plain.ok()) << plain.error().detail;
  EXPECT_EQ(plain->url, "smtp://127.0.0.1:2525");
  EXPECT_FALSE(plain->require_tls);  // STARTTLS when offered (CURLUSESSL_TRY)
  EXPECT_TRUE(plain->username.empty());
  EXPECT_EQ(plain->from, "PrimoWork Liège <no-reply@primowork.local>");
  EXPECT_EQ(plain->timeout_s, 10);

  auto tls = mail::parse_smtp_url("smtps://mail.example.org:465/");
  ASSERT_TRUE(tls.ok()) << tls.error().detail;
  EXPECT_EQ(tls->url, "smtps://mail.example.org:465");
  EXPECT_TRUE(tls->require_tls);

  auto auth =
      mail::parse_smtp_url("smtp://relay%40primowork.be:p%3As%40ss@smtp-relay.example.org:587");
  ASSERT_TRUE(auth.ok()) << auth.error().detail;
  EXPECT_EQ(auth->url, "smtp://smtp-relay.example.org:587");  // no credentials: safe to log
  EXPECT_EQ(auth->username, "relay@primowork.be");
  EXPECT_EQ(auth->password, "p:s@ss");
  EXPECT_TRUE(auth->require_tls);  // a password never goes out in clear

  auto user_only = mail::parse_smtp_url("smtp://apikey@127.0.0.1:25");
  ASSERT_TRUE(user_only.ok());
  EXPECT_EQ(user_only->username, "apikey");
  EXPECT_EQ(user_only->password, "");

  auto v6 = mail::parse_smtp_url("smtp://[::1]:25");
  ASSERT_TRUE(v6.ok()) << v6.error().detail;
  EXPECT_EQ(v6->url, "smtp://[::1]:25");
}

TEST(ParseSmtpUrl, RejectsAnythingElseNamingTheSetting) {
  for (const std::string bad :
       {"", "localhost:25", "http://mail.example.org:25", "smtp://mail.example.org",
        "smtp://mail.example.org:", "smtp://:25", "smtp://mail.example.org:0",
        "smtp://mail.example.org:65536", "smtp://mail.example.org:2x5",
        "smtp://mail.example.org:25/path", "smtp://mail.example.org:25?x=1",
        "smtp://mail example.org:25", "smtp://:pw@mail.example.org:25", "smtp://[::1]25",
        "smtp://[zz]:25", "smtp://u:%zz@mail.example.org:25", "SMTP://mail.example.org:25"}) {
    auto result = mail::parse_smtp_url(bad);
    ASSERT_FALSE(result.ok()) << bad;
    EXPECT_EQ(result.error().code, ErrorCode::kInvalid) << bad;
    EXPECT_EQ(result.error().field, "PRIMOWORK_SMTP") << bad;
    EXPECT_EQ(result.error().message_id, "Valeur de configuration invalide");
  }
  auto no_port = mail::parse_smtp_url("smtp://user:s3cr3t@mail.example.org");
  ASSERT_FALSE(no_port.ok());
  EXPECT_EQ(no_port.error().detail.find("s3cr3t"), std::string::npos);
}

// ---- format_message ----------------------------------------------------------------------------

mail::Message reset_message() {
  mail::Message m;
  m.id = "mail_0123456789abcdef";
  m.recipient = "amina@example.org";
  m.subject = "Réinitialisation du mot de passe";
  m.body_text = "Bonjour Amina,\nvoici votre lien.\n";
  return m;
}

TEST(FormatMessage, WritesRfc5322HeadersWithEncodedWords) {
  const std::string text =
      mail::format_message(reset_message(), "PrimoWork Liège <no-reply@primowork.local>",
                           make_tm(2026, 11, 22, 23, 59, 58), "primowork.local");
  const std::string expected_headers =
      "Date: Sun, 22 Nov 2026 23:59:58 +0000\r\n"
      "From: =?UTF-8?B?UHJpbW9Xb3JrIExpw6hnZQ==?= <no-reply@primowork.local>\r\n"
      "To: amina@example.org\r\n"
      "Subject: =?UTF-8?B?UsOpaW5pdGlhbGlzYXRpb24gZHUgbW90IGRlIHBhc3Nl?=\r\n"
      "Message-ID: <mail_0123456789abcdef@primowork.local>\r\n"
      "Auto-Submitted: auto-generated\r\n"
      "MIME-Version: 1.0\r\n"
      "Content-Type: text/plain; charset=UTF-8\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n"
      "\r\n";
  ASSERT_EQ(text.substr(0, expected_headers.size()), expected_headers);
  EXPECT_EQ(text.substr(expected_headers.size()), "Bonjour Amina,\r\nvoici votre lien.\r\n");
}

TEST(FormatMessage, UsesCrlfOnlyAndNormalisesTheDate) {
  mail::Message m = reset_message();
  m.body_text = "un\ndeux\r\ntrois\rquatre";
  const std::string text =
      mail::format_message(m, "no-reply@primowork.local", make_tm(2025, 12, 32, 0, 0, 0), "x.test");
  EXPECT_NE(text.find("Date: Thu, 01 Jan 2026 00:00:00 +0000\r\n"), std::string::npos);
  EXPECT_NE(text.find("From: no-reply@primowork.local\r\n"), std::string::npos);
  EXPECT_TRUE(text.ends_with("\r\n\r\nun\r\ndeux\r\ntrois\r\nquatre\r\n"));
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      ASSERT_TRUE(i > 0 && text[i - 1] == '\r') << "bare LF at " << i;
    }
    if (text[i] == '\r') {
      ASSERT_TRUE(i + 1 < text.size() && text[i + 1] == '\n') << "bare CR at " << i;
    }
  }
}

TEST(FormatMessage, BodyIsQuotedPrintableAndSevenBitWithShortLines) {
  mail::Message m = reset_message();
  const std::string link =
      "https://primowork.example/compte/reinitialiser?jeton=" + std::string(120, 'a');
  m.body_text = "L'équipe de Liège\n2 + 2 = 4\nespace final \n.\n..deux points\n" + link;
  const std::string text =
      mail::format_message(m, "no-reply@primowork.local", make_tm(2026, 1, 2, 3, 4, 5), "x.test");
  EXPECT_NE(text.find("Date: Fri, 02 Jan 2026 03:04:05 +0000\r\n"), std::string::npos);
  const std::string body = text.substr(text.find("\r\n\r\n") + 4);
  EXPECT_TRUE(
      body.starts_with("L'=C3=A9quipe de Li=C3=A8ge\r\n2 + 2 =3D 4\r\nespace final=20\r\n"
                       ".\r\n..deux points\r\n"))  // dots untouched: libcurl stuffs them
      << body;
  for (unsigned char c : text) ASSERT_LT(c, 0x80) << "8-bit byte in the message";
  for (const auto& line : crlf_lines(body)) EXPECT_LE(line.size(), 76u) << line;
  // Soft line breaks ("=" CRLF) join back into the link.
  std::string joined = body;
  for (std::size_t p; (p = joined.find("=\r\n")) != std::string::npos;) joined.erase(p, 3);
  EXPECT_NE(joined.find("jeton=3D" + std::string(120, 'a')), std::string::npos);
}

TEST(FormatMessage, FoldsLongSubjectsWithoutSplittingCharacters) {
  mail::Message m = reset_message();
  m.subject = "Votre demande de congé du lundi 3 août au vendredi 14 août a été acceptée par Zoë";
  std::string text = mail::format_message(m, "a@b.c", make_tm(2026, 1, 1, 0, 0, 0), "b.c");
  std::string headers = text.substr(0, text.find("\r\n\r\n") + 2);
  for (const auto& line : crlf_lines(headers)) EXPECT_LE(line.size(), 78u) << line;
  const auto start = headers.find("Subject: =?UTF-8?B?");
  ASSERT_NE(start, std::string::npos);
  const auto end = headers.find("\r\nMessage-ID:");
  const std::string subject = headers.substr(start, end - start);
  EXPECT_NE(subject.find("?=\r\n =?UTF-8?B?"), std::string::npos) << subject;  // several words

  m.subject = "Invitation to the PrimoWork workspace of the Liege office for the spring planning";
  text = mail::format_message(m, "a@b.c", make_tm(2026, 1, 1, 0, 0, 0), "b.c");
  headers = text.substr(0, text.find("\r\n\r\n") + 2);
  EXPECT_NE(
      headers.find("Subject: Invitation to the PrimoWork workspace of the Liege office for the\r\n"
                   " spring planning\r\n"),
      std::string::npos)
      << headers;

  m.subject = "=?UTF-8?B?Zm9v?= looks encoded";  // must not be taken for an encoded word
  text = mail::format_message(m, "a@b.c", make_tm(2026, 1, 1, 0, 0, 0), "b.c");
  EXPECT_NE(text.find("Subject: =?UTF-8?B?PT9VVEYtOD9CP1ptOXY/PSBsb29rcyBlbmNvZGVk?=\r\n"),
            std::string::npos);
}

TEST(SendMail, RefusesAddressesThatWouldBreakTheEnvelope) {
  mail::SmtpSettings settings;
  settings.url = "smtp://127.0.0.1:1";
  mail::Message m = reset_message();
  m.recipient = "a@b.c>\r\nRCPT TO:<victim@example.org";
  auto result = mail::send(settings, m);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(result.error().field, "recipient");
}

// ---- against a real SMTP server
// ------------------------------------------------------------------

unsigned short free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

bool python_has_aiosmtpd() {
  return std::system("/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1") == 0;
}

// tests/smtp/smtp_sink.py as a child process, stopped (SIGTERM) by stop() or the destructor.
class SmtpSink {
 public:
  SmtpSink() : port_(free_port()) {
    maildir_ = fs::path(::testing::TempDir()) /
               ("primowork_smtp_" + std::to_string(::getpid()) + "_" + std::to_string(port_));
    fs::remove_all(maildir_);
    fs::create_directories(maildir_);
    const std::string script = std::string(PRIMOWORK_SOURCE_DIR) + "/tests/smtp/smtp_sink.py";
    const std::string port = std::to_string(port_);
    int out[2];
    if (::pipe(out) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      ::close(out[0]);
      ::close(out[1]);
      ::execl(kPython, kPython, script.c_str(), "--port", port.c_str(), "--maildir",
              maildir_.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(out[1]);
    // Wait (at most 15 s) for the "ready" line.
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + 15s;
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      pollfd p{out[0], POLLIN, 0};
      if (::poll(&p, 1, 100) <= 0) continue;
      char buf[64];
      const ssize_t n = ::read(out[0], buf, sizeof buf);
      if (n <= 0) break;
      line.append(buf, static_cast<std::size_t>(n));
    }
    ::close(out[0]);
    ready_ = line.starts_with("ready");
  }
  ~SmtpSink() {
    stop();
    fs::remove_all(maildir_);
  }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  bool ready() const { return ready_; }
  unsigned short port() const { return port_; }
  std::vector<fs::path> messages() const {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(maildir_)) {
      if (entry.path().extension() == ".eml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
  }

 private:
  unsigned short port_;
  fs::path maildir_;
  pid_t pid_ = -1;
  bool ready_ = false;
};

// The stored message as Python's email package reads it.
nlohmann::json decode_eml(const fs::path& file) {
  const std::string command = std::string(kPython) +
                              " -c 'import email, email.policy, json, sys\n"
                              "m = email.message_from_binary_file(open(sys.argv[1], \"rb\"),"
                              " policy=email.policy.default)\n"
                              "print(json.dumps({\"delivered_to\": m.get_all(\"Delivered-To\"),"
                              " \"from\": str(m[\"From\"]), \"to\": str(m[\"To\"]),"
                              " \"subject\": str(m[\"Subject\"]), \"date\": str(m[\"Date\"]),"
                              " \"message_id\": str(m[\"Message-ID\"]),"
                              " \"body\": m.get_content(), \"defects\": len(m.defects)}))' " +
                              file.string();
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return {};
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  ::pclose(pipe);
  return nlohmann::json::parse(out, nullptr, false);
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class MailDelivery : public testing::Test {
 protected:
  void SetUp() override {
    if (!python_has_aiosmtpd()) {
      GTEST_SKIP() << kPython << " cannot import aiosmtpd (Debian package python3-aiosmtpd): "
                   << "SMTP delivery tests skipped";
    }
    log::set_enabled(false);
    database_ = testing_support::open_empty("sqlite");
    ASSERT_TRUE(database_);
    auto migrated = db::migrate(*database_, db::builtin_migrations());
    ASSERT_TRUE(migrated.ok()) << migrated.error().detail;
  }
  void TearDown() override { log::set_enabled(true); }

  std::string enqueue(const std::string& to, const std::string& subject, const std::string& body,
                      const std::tm& at) {
    return db::with_transaction(*database_, [&](soci::session& s) {
      auto id = mail::enqueue(s, to, subject, body, at);
      EXPECT_TRUE(id.ok());
      return id.ok() ? *id : std::string{};
    });
  }

  std::vector<mail::Message> pending(int max_attempts) {
    auto lease = database_->acquire();
    return mail::pending(*lease, max_attempts, 100);
  }

  mail::SmtpSettings settings_for(unsigned short port) {
    auto s = mail::parse_smtp_url("smtp://127.0.0.1:" + std::to_string(port));
    EXPECT_TRUE(s.ok());
    s->timeout_s = 5;
    return *s;
  }

  std::unique_ptr<db::Database> database_;
};

TEST_F(MailDelivery, DeliversPendingMessagesAndMarksThemSent) {
  SmtpSink sink;
  ASSERT_TRUE(sink.ready()) << "smtp_sink.py did not start";
  const std::string reset_body =
      "Bonjour Amina,\n"
      "voici votre lien : https://primowork.example/compte/reinitialiser?jeton=" +
      std::string(64, 'f') +
      "\n.\n"
      ".point en début de ligne\n"
      "..deux points\n"
      "\n"
      "L'équipe PrimoWork — Liège";
  const std::string first = enqueue("amina@example.org", "Réinitialisation du mot de passe",
                                    reset_body, make_tm(2026, 11, 22, 23, 59, 58));
  const std::string second =
      enqueue("bruno@exemple.be", "Invitation", "Bienvenue", make_tm(2026, 11, 22, 23, 59, 59));

  const auto report = mail::deliver_pending(*database_, settings_for(sink.port()));
  EXPECT_EQ(report.sent, 2);
  EXPECT_EQ(report.failed, 0);
  EXPECT_TRUE(pending(5).empty());

  const auto files = sink.messages();
  ASSERT_EQ(files.size(), 2u);
  const auto a = decode_eml(files[0]);
  ASSERT_TRUE(a.is_object()) << read_file(files[0]);
  EXPECT_EQ(a["delivered_to"], nlohmann::json::array({"amina@example.org"}));
  EXPECT_EQ(a["to"], "amina@example.org");
  EXPECT_EQ(a["from"], "PrimoWork Liège <no-reply@primowork.local>");
  EXPECT_EQ(a["subject"], "Réinitialisation du mot de passe");
  EXPECT_EQ(a["date"], "Sun, 22 Nov 2026 23:59:58 +0000");
  EXPECT_EQ(a["message_id"], "<" + first + "@primowork.local>");
  // The lines starting with dots arrive intact: libcurl dot-stuffs once, the server unstuffs.
  EXPECT_EQ(a["body"], reset_body + "\n");
  EXPECT_EQ(a["defects"], 0);
  EXPECT_EQ(read_file(files[0]).find("Bonjour"), read_file(files[0]).rfind("Bonjour"));

  const auto b = decode_eml(files[1]);
  ASSERT_TRUE(b.is_object()) << read_file(files[1]);
  EXPECT_EQ(b["delivered_to"], nlohmann::json::array({"bruno@exemple.be"}));
  EXPECT_EQ(b["subject"], "Invitation");
  EXPECT_EQ(b["body"], "Bienvenue\n");
  EXPECT_EQ(b["message_id"], "<" + second + "@primowork.local>");

  // Nothing pending: a second round sends nothing again.
  const auto again = mail::deliver_pending(*database_, settings_for(sink.port()));
  EXPECT_EQ(again.sent + again.failed, 0);
  EXPECT_EQ(sink.messages().size(), 2u);
}

TEST_F(MailDelivery, AnUnreachableServerCountsAnAttemptUntilTheLimit) {
  SmtpSink sink;
  ASSERT_TRUE(sink.ready()) << "smtp_sink.py did not start";
  const auto settings = settings_for(sink.port());
  sink.stop();  // nothing listens on the port any more
  const std::string id =
      enqueue("amina@example.org", "Réinitialisation", "Bonjour", mail::utc_now());

  auto report = mail::deliver_pending(*database_, settings, /*max_attempts=*/2);
  EXPECT_EQ(report.sent, 0);
  EXPECT_EQ(report.failed, 1);
  auto still = pending(2);
  ASSERT_EQ(still.size(), 1u);
  EXPECT_EQ(still[0].id, id);
  EXPECT_EQ(still[0].attempts, 1);
  EXPECT_FALSE(still[0].last_error.empty());
  EXPECT_NE(still[0].last_error.find("connect"), std::string::npos) << still[0].last_error;

  report = mail::deliver_pending(*database_, settings, 2);
  EXPECT_EQ(report.failed, 1);
  EXPECT_TRUE(pending(2).empty());  // given up after max_attempts
  auto kept = pending(3);
  ASSERT_EQ(kept.size(), 1u);  // but still in the outbox, for an operator
  EXPECT_EQ(kept[0].attempts, 2);
}

TEST_F(MailDelivery, BackgroundSenderDeliversOnStartAndOnWakeAndStopsPromptly) {
  SmtpSink sink;
  ASSERT_TRUE(sink.ready()) << "smtp_sink.py did not start";
  enqueue("amina@example.org", "Premier", "Un", mail::utc_now());
  auto wait_until_empty = [&] {
    const auto deadline = std::chrono::steady_clock::now() + 8s;
    while (!pending(5).empty() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(20ms);
    }
    return pending(5).empty();
  };
  {
    mail::OutboxSender sender(*database_, settings_for(sink.port()), std::chrono::seconds(60));
    EXPECT_TRUE(wait_until_empty());  // first round at start
    enqueue("bruno@exemple.be", "Second", "Deux", mail::utc_now());
    sender.wake();  // without it the next round would be in 60 s
    EXPECT_TRUE(wait_until_empty());
    const auto before = std::chrono::steady_clock::now();
    sender.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - before, 1s);
    sender.stop();  // idempotent
  }
  EXPECT_EQ(sink.messages().size(), 2u);
}

TEST_F(MailDelivery, StopInterruptsASilentServerWithoutCountingAnAttempt) {
  // A socket that listens but never answers: the kernel completes the connection, the SMTP
  // greeting never comes.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(::listen(fd, 8), 0);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  auto settings = settings_for(ntohs(addr.sin_port));
  settings.timeout_s = 30;
  enqueue("amina@example.org", "Objet", "Corps", mail::utc_now());
  {
    mail::OutboxSender sender(*database_, settings, std::chrono::seconds(60));
    std::this_thread::sleep_for(300ms);  // the sender is now waiting for the greeting
    const auto before = std::chrono::steady_clock::now();
    sender.stop();  // libcurl polls the cancel flag about once a second
    EXPECT_LT(std::chrono::steady_clock::now() - before, 3s);
  }
  ::close(fd);
  auto still = pending(5);
  ASSERT_EQ(still.size(), 1u);
  EXPECT_EQ(still[0].attempts, 0);
}

}  // namespace
}  // namespace primowork
