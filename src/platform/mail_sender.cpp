#include "platform/mail_sender.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "platform/i18n_markers.h"
#include "platform/ids.h"
#include "platform/log.h"

namespace primowork::mail {
namespace {

// ---- PRIMOWORK_SMTP ---------------------------------------------------------------------------

Error bad_url(std::string why) {
  return Error{ErrorCode::kInvalid, "PRIMOWORK_SMTP", N_("Valeur de configuration invalide"),
               "PRIMOWORK_SMTP: " + std::move(why)};
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes (how a URL carries ':' or '@' inside a user name or password).
bool percent_decode(std::string_view in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out += in[i];
      continue;
    }
    if (i + 2 >= in.size() || hex_value(in[i + 1]) < 0 || hex_value(in[i + 2]) < 0) return false;
    out += static_cast<char>(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2]));
    i += 2;
  }
  return true;
}

bool valid_host_name(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  return std::all_of(host.begin(), host.end(), [](unsigned char c) {
    return std::isalnum(c) != 0 || c == '.' || c == '-' || c == '_';
  });
}

bool valid_ipv6_literal(std::string_view inner) {
  if (inner.size() < 2 || inner.find(':') == std::string_view::npos) return false;
  return std::all_of(inner.begin(), inner.end(),
                     [](unsigned char c) { return std::isxdigit(c) != 0 || c == ':' || c == '.'; });
}

// ---- RFC 5322 / 2047 / 2045 text ----------------------------------------------------------------

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = static_cast<unsigned char>(in[i]) << 16 |
                       static_cast<unsigned char>(in[i + 1]) << 8 |
                       static_cast<unsigned char>(in[i + 2]);
    out += kBase64[v >> 18 & 63];
    out += kBase64[v >> 12 & 63];
    out += kBase64[v >> 6 & 63];
    out += kBase64[v & 63];
  }
  if (i + 1 == in.size()) {
    const unsigned v = static_cast<unsigned char>(in[i]) << 16;
    out += kBase64[v >> 18 & 63];
    out += kBase64[v >> 12 & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    const unsigned v =
        static_cast<unsigned char>(in[i]) << 16 | static_cast<unsigned char>(in[i + 1]) << 8;
    out += kBase64[v >> 18 & 63];
    out += kBase64[v >> 12 & 63];
    out += kBase64[v >> 6 & 63];
    out += '=';
  }
  return out;
}

// True when the text cannot go into a header as is: non-ASCII, control characters, or something
// a reader would take for an encoded word.
bool needs_encoding(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80 || c < 0x20 || c == 0x7f) return true;
  }
  return text.find("=?") != std::string_view::npos;
}

// RFC 2047 "B" encoded words, each at most 39 bytes of UTF-8 (52 base64 characters, 64 with the
// =?UTF-8?B?...?= frame) so a folded line stays under 78 characters; a character is never split
// between two words. The words are joined by `separator` (whitespace, ignored when decoding).
std::string encoded_words(std::string_view text, std::string_view separator) {
  constexpr std::size_t kChunk = 39;
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = std::min(pos + kChunk, text.size());
    while (end < text.size() && end > pos + 1 &&
           (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;  // do not start the next word inside a UTF-8 sequence
    }
    if (!out.empty()) out += separator;
    out += "=?UTF-8?B?" + base64(text.substr(pos, end - pos)) + "?=";
    pos = end;
  }
  return out;
}

// An unstructured header ("Subject: ...") folded at spaces to stay under 78 characters when it
// can, or as encoded words when it is not plain printable ASCII.
std::string unstructured_header(std::string_view name, std::string_view value) {
  std::string out(name);
  out += ": ";
  if (needs_encoding(value)) return out + encoded_words(value, "\r\n ") + "\r\n";
  std::size_t line_length = out.size();
  std::size_t pos = 0;
  bool first = true;
  while (pos <= value.size()) {
    std::size_t space = value.find(' ', pos);
    if (space == std::string_view::npos) space = value.size();
    const std::string_view word = value.substr(pos, space - pos);
    if (!first && line_length + 1 + word.size() > 78) {
      out += "\r\n ";
      line_length = 1;
    } else if (!first) {
      out += ' ';
      ++line_length;
    }
    out += word;
    line_length += word.size();
    first = false;
    pos = space + 1;
  }
  return out + "\r\n";
}

bool is_atext_or_space(unsigned char c) {
  return std::isalnum(c) != 0 || c == ' ' || std::strchr("!#$%&'*+-/=?^_`{|}~", c) != nullptr;
}

struct Mailbox {
  std::string display;
  std::string address;
};

// "Name <a@b>" or "a@b".
Mailbox split_mailbox(const std::string& text) {
  const auto open = text.rfind('<');
  const auto close = text.rfind('>');
  if (open == std::string::npos || close == std::string::npos || close < open) {
    return {{}, text};
  }
  std::string display = text.substr(0, open);
  while (!display.empty() && display.back() == ' ') display.pop_back();
  while (!display.empty() && display.front() == ' ') display.erase(0, 1);
  return {display, text.substr(open + 1, close - open - 1)};
}

std::string format_mailbox(const Mailbox& box) {
  if (box.display.empty()) return box.address;
  std::string phrase;
  if (needs_encoding(box.display)) {
    phrase = encoded_words(box.display, " ");
  } else if (std::all_of(box.display.begin(), box.display.end(),
                         [](unsigned char c) { return is_atext_or_space(c); })) {
    phrase = box.display;
  } else {
    phrase = "\"";
    for (char c : box.display) {
      if (c == '"' || c == '\\') phrase += '\\';
      phrase += c;
    }
    phrase += '"';
  }
  return phrase + " <" + box.address + ">";
}

// An address that may go into the SMTP envelope and a header without changing their meaning.
bool envelope_safe(const std::string& address) {
  const auto at = address.rfind('@');
  if (address.empty() || address.size() > 320 || at == std::string::npos || at == 0 ||
      at + 1 == address.size()) {
    return false;
  }
  return std::none_of(address.begin(), address.end(), [](unsigned char c) {
    return c < 0x21 || c == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"';
  });
}

std::string domain_of(const std::string& address) {
  const auto at = address.rfind('@');
  return at == std::string::npos ? std::string{} : address.substr(at + 1);
}

// Quoted-printable (RFC 2045 6.7) of UTF-8 text: any line ending becomes CRLF, encoded lines are
// at most 76 characters (soft breaks "="), trailing blanks are encoded. Always 7-bit clean.
std::string quoted_printable(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' || text[i] == '\n') {
      lines.push_back(text.substr(start, i - start));
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < text.size()) lines.push_back(text.substr(start));

  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (std::string_view line : lines) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(line[i]);
      const bool last = i + 1 == line.size();
      std::string token;
      if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) {
        token = static_cast<char>(c);
      } else {
        token = {'=', kHex[c >> 4], kHex[c & 15]};
      }
      // Keep room for the soft break "=" unless this token ends the line.
      const std::size_t limit = last ? 76 : 75;
      if (width + token.size() > limit) {
        out += "=\r\n";
        width = 0;
      }
      out += token;
      width += token.size();
    }
    out += "\r\n";
  }
  return out;
}

std::tm normalised(const std::tm& in) {
  std::tm copy = in;
  const std::time_t t = timegm(&copy);
  std::tm out{};
  gmtime_r(&t, &out);
  return out;
}

// RFC 5322 3.3 date, always in UTC: "Sun, 22 Nov 2026 23:59:58 +0000". Names are fixed English
// (not strftime, which follows the process locale).
std::string rfc5322_date(const std::tm& date_utc) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::tm tm = normalised(date_utc);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

// ---- libcurl ------------------------------------------------------------------------------------

void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->data->size() - upload->offset);
  std::memcpy(buffer, upload->data->data() + upload->offset, n);
  upload->offset += n;
  return n;
}

int check_cancel(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  return static_cast<const std::atomic<bool>*>(user)->load() ? 1 : 0;
}

struct CurlEasyDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct CurlListDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

bool is_unset(const std::tm& tm) {
  return tm.tm_year == 0 && tm.tm_mday == 0;
}

}  // namespace

Result<SmtpSettings> parse_smtp_url(const std::string& url) {
  SmtpSettings settings;
  std::string_view rest(url);
  std::string scheme;
  if (rest.substr(0, 7) == "smtp://") {
    scheme = "smtp";
  } else if (rest.substr(0, 8) == "smtps://") {
    scheme = "smtps";
  } else {
    return bad_url("expected smtp://host:port or smtps://host:port");
  }
  rest.remove_prefix(scheme.size() + 3);
  if (std::any_of(rest.begin(), rest.end(),
                  [](unsigned char c) { return c <= 0x20 || c == 0x7f; })) {
    return bad_url("spaces or control characters");
  }
  if (rest.find_first_of("?#") != std::string_view::npos) return bad_url("query or fragment");
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  if (rest.find('/') != std::string_view::npos) return bad_url("unexpected path");

  const auto at = rest.rfind('@');
  if (at != std::string_view::npos) {
    const std::string_view userinfo = rest.substr(0, at);
    const auto colon = userinfo.find(':');
    const std::string_view user = userinfo.substr(0, colon);
    const std::string_view password =
        colon == std::string_view::npos ? std::string_view{} : userinfo.substr(colon + 1);
    if (!percent_decode(user, settings.username) || !percent_decode(password, settings.password)) {
      return bad_url("bad %-escape in user:password");
    }
    if (settings.username.empty()) return bad_url("empty user name before '@'");
    rest.remove_prefix(at + 1);
  }

  std::string_view host;
  std::string_view port;
  if (!rest.empty() && rest.front() == '[') {
    const auto close = rest.find(']');
    if (close == std::string_view::npos || !valid_ipv6_literal(rest.substr(1, close - 1))) {
      return bad_url("bad IPv6 address");
    }
    host = rest.substr(0, close + 1);
    if (close + 1 >= rest.size() || rest[close + 1] != ':') return bad_url("missing port");
    port = rest.substr(close + 2);
  } else {
    const auto colon = rest.find(':');
    if (colon == std::string_view::npos) return bad_url("missing port");
    host = rest.substr(0, colon);
    port = rest.substr(colon + 1);
    if (!valid_host_name(host)) return bad_url("bad or missing host");
  }
  if (port.empty() || port.size() > 5 ||
      !std::all_of(port.begin(), port.end(),
                   [](unsigned char c) { return std::isdigit(c) != 0; })) {
    return bad_url("bad or missing port");
  }
  const int port_number = std::stoi(std::string(port));
  if (port_number < 1 || port_number > 65535) return bad_url("port out of range");

  settings.url = scheme + "://" + std::string(host) + ":" + std::to_string(port_number);
  settings.require_tls = scheme == "smtps" || !settings.username.empty();
  return settings;
}

std::string format_message(const Message& m, const std::string& from, const std::tm& date_utc,
                           const std::string& message_id_domain) {
  std::string out;
  out += "Date: " + rfc5322_date(date_utc) + "\r\n";
  out += "From: " + format_mailbox(split_mailbox(from)) + "\r\n";
  out += "To: " + m.recipient + "\r\n";
  out += unstructured_header("Subject", m.subject);
  out += "Message-ID: <" + m.id + "@" + message_id_domain + ">\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n";
  out += "\r\n";
  out += quoted_printable(m.body_text);
  return out;
}

Status send(const SmtpSettings& settings, const Message& m, const std::atomic<bool>* cancel) {
  const Mailbox from = split_mailbox(settings.from);
  if (!envelope_safe(from.address)) {
    return Error{ErrorCode::kInvalid, "from", N_("Adresse e-mail invalide"),
                 "sender address not usable in SMTP"};
  }
  if (!envelope_safe(m.recipient)) {
    return Error{ErrorCode::kInvalid, "recipient", N_("Adresse e-mail invalide"),
                 "recipient address not usable in SMTP"};
  }
  Message message = m;
  if (message.id.empty()) message.id = ids::random_hex(16);
  const std::string text =
      format_message(message, settings.from, is_unset(m.created_at) ? utc_now() : m.created_at,
                     domain_of(from.address));

  init_curl_once();
  std::unique_ptr<CURL, CurlEasyDeleter> curl(curl_easy_init());
  if (!curl) return Error::unavailable("curl_easy_init failed");
  const std::string mail_from = "<" + from.address + ">";
  std::unique_ptr<curl_slist, CurlListDeleter> recipients(
      curl_slist_append(nullptr, ("<" + m.recipient + ">").c_str()));
  Upload upload{&text};
  char error_buffer[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();

  curl_easy_setopt(c, CURLOPT_URL, settings.url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // we run on a background thread
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(std::max(1, settings.timeout_s)));
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::max(1, settings.timeout_s)));
  curl_easy_setopt(
      c, CURLOPT_USE_SSL,
      settings.require_tls ? static_cast<long>(CURLUSESSL_ALL) : static_cast<long>(CURLUSESSL_TRY));
  if (!settings.username.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, settings.username.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, settings.password.c_str());
  }
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(text.size()));
  if (cancel != nullptr) {
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, check_cancel);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, cancel);
  }

  const CURLcode rc = curl_easy_perform(c);
  if (rc == CURLE_OK) return Ok{};
  if (rc == CURLE_ABORTED_BY_CALLBACK && cancel != nullptr && cancel->load()) {
    return Error::unavailable("cancelled");
  }
  std::string detail = curl_easy_strerror(rc);
  if (error_buffer[0] != '\0') detail += std::string(": ") + error_buffer;
  long reply = 0;
  if (curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply) == CURLE_OK && reply != 0) {
    detail += " (SMTP " + std::to_string(reply) + ")";
  }
  return Error::unavailable(std::move(detail));
}

SendReport deliver_pending(db::Database& db, const SmtpSettings& settings, int max_attempts,
                           int batch, const std::atomic<bool>* cancel) {
  SendReport report;
  std::vector<Message> messages;
  {
    auto lease = db.acquire();
    messages = pending(*lease, max_attempts, batch);
  }
  for (const Message& m : messages) {
    if (cancel != nullptr && cancel->load()) break;
    const nlohmann::json where = {{"mail_id", m.id},
                                  {"recipient_domain", domain_of(m.recipient)},
                                  {"attempt", m.attempts + 1}};
    const Status status = send(settings, m, cancel);
    if (!status && cancel != nullptr && cancel->load()) {
      log::info("mail sending interrupted by shutdown", where);  // no attempt counted
      break;
    }
    if (status) {
      db::with_transaction(db, [&](soci::session& s) { mark_sent(s, m.id, utc_now()); });
      ++report.sent;
      log::info("mail sent", where);
      continue;
    }
    std::string error = status.error().detail;
    if (error.size() > 1000) error.resize(1000);
    db::with_transaction(db, [&](soci::session& s) { mark_failed(s, m.id, error); });
    ++report.failed;
    nlohmann::json fields = where;
    fields["error"] = error;
    if (m.attempts + 1 >= max_attempts) {
      log::error("mail abandoned after too many attempts", fields);
    } else {
      log::warn("mail sending failed, will retry", fields);
    }
  }
  return report;
}

OutboxSender::OutboxSender(db::Database& db, SmtpSettings settings,
                           std::chrono::milliseconds interval, int max_attempts)
    : db_(db),
      settings_(std::move(settings)),
      interval_(interval),
      max_attempts_(max_attempts),
      thread_([this] { run(); }) {}

OutboxSender::~OutboxSender() {
  stop();
}

void OutboxSender::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  cv_.notify_all();
}

void OutboxSender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

void OutboxSender::run() {
  log::info("mail sender started", {{"smtp", settings_.url}});
  while (!stopping_.load()) {
    try {
      deliver_pending(db_, settings_, max_attempts_, 20, &stopping_);
    } catch (const std::exception& e) {
      log::error("mail sender round failed", {{"error", e.what()}});
    } catch (...) {
      log::error("mail sender round failed", {{"error", "unknown exception"}});
    }
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, interval_, [this] { return stopping_.load() || woken_; });
    woken_ = false;
  }
  log::info("mail sender stopped");
}

}  // namespace primowork::mail
