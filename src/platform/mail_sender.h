// The mail sender: takes messages from the outbox (mail_outbox.h) and hands them to an SMTP
// server with libcurl. A message is marked sent only once the server has accepted it; a failure
// counts an attempt and keeps the message for the next round until `max_attempts`.
//
// Delivery is at least once: a crash between the server's acceptance and mark_sent sends the
// message again (with the same Message-ID, so receivers can tell). Run one sender per database:
// two senders on the same outbox may both send a message.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <mutex>
#include <string>
#include <thread>

#include "platform/db/database.h"
#include "platform/mail_outbox.h"
#include "platform/result.h"

namespace primowork::mail {

struct SmtpSettings {
  std::string url;       // smtp://host:port or smtps://host:port, without credentials (safe to log)
  std::string username;  // from user:password@ in PRIMOWORK_SMTP, percent-decoded
  std::string password;
  // smtps:// (TLS from the first byte) and smtp:// with credentials refuse to go on without TLS;
  // plain smtp:// without credentials upgrades with STARTTLS when the server offers it.
  bool require_tls = false;
  std::string from = "PrimoWork Liège <no-reply@primowork.local>";  // display name optional
  int timeout_s = 10;  // whole exchange with the server, per message
};

// Reads PRIMOWORK_SMTP: smtp[s]://[user[:password]@]host:port[/]. Host may be a name, an IPv4
// address or a bracketed IPv6 address. Fails with kInvalid on field "PRIMOWORK_SMTP" (detail
// says why, without the password).
Result<SmtpSettings> parse_smtp_url(const std::string& url);

// The message as RFC 5322 text with CRLF line endings: Date, From, To, Subject (RFC 2047 encoded
// words when not plain ASCII), Message-ID <id@message_id_domain>, MIME headers, and the body as
// quoted-printable UTF-8 text. Lines starting with "." are left alone: libcurl dot-stuffs the
// upload itself. `date_utc` is normalised (its tm_wday/tm_yday are not trusted).
std::string format_message(const Message& m, const std::string& from, const std::tm& date_utc,
                           const std::string& message_id_domain);

// Sends one message (Date: its created_at). Fails with kUnavailable, with curl's error text and
// the server's reply code in `detail`, when the server cannot be reached or refuses it, and with
// kInvalid when the recipient or sender cannot go into an SMTP envelope. Never throws.
// `cancel`, when given and set during the exchange, aborts it (detail "cancelled").
Status send(const SmtpSettings& settings, const Message& m,
            const std::atomic<bool>* cancel = nullptr);

struct SendReport {
  int sent = 0;
  int failed = 0;
};

// One round: up to `batch` pending messages (fewer than `max_attempts` attempts, oldest first)
// are sent one by one; each is then marked sent or failed in its own short transaction. No
// database connection is held while talking to the SMTP server. Logs one line per message (id,
// recipient domain, attempt; never the address or the body). SMTP failures are counted, not
// thrown; a lost database throws db::DatabaseUnavailable as everywhere else. A message aborted
// through `cancel` (shutdown) is left untouched and the round ends.
SendReport deliver_pending(db::Database& db, const SmtpSettings& settings, int max_attempts = 5,
                           int batch = 20, const std::atomic<bool>* cancel = nullptr);

// A background thread running deliver_pending every `interval` (and at once on start and on
// wake()) until stop() or destruction. stop() interrupts a transfer in progress, so it returns
// promptly even while a server is slow to answer.
class OutboxSender {
 public:
  OutboxSender(db::Database& db, SmtpSettings settings,
               std::chrono::milliseconds interval = std::chrono::seconds(5), int max_attempts = 5);
  ~OutboxSender();
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  // Runs a round now instead of at the next tick (e.g. right after queuing a password reset).
  void wake();
  // Stops and joins the thread; idempotent.
  void stop();

 private:
  void run();

  db::Database& db_;
  const SmtpSettings settings_;
  const std::chrono::milliseconds interval_;
  const int max_attempts_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool woken_ = false;
  std::atomic<bool> stopping_{false};
  std::thread thread_;  // last: started once the members above exist
};

}  // namespace primowork::mail
