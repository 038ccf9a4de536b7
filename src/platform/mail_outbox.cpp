#include "platform/mail_outbox.h"

#include "platform/ids.h"

namespace primowork::mail {

std::tm utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

Result<std::string> enqueue(soci::session& session, const std::string& recipient,
                            const std::string& subject, const std::string& body_text,
                            const std::tm& now_utc) {
  const auto at = recipient.find('@');
  if (recipient.size() > 320 || at == std::string::npos || at == 0 || at + 1 >= recipient.size() ||
      recipient.find_first_of(" \t\r\n<>,;") != std::string::npos) {
    return Error::invalid("recipient", "Adresse e-mail invalide");
  }
  if (subject.empty() || subject.size() > 300 ||
      subject.find_first_of("\r\n") != std::string::npos) {
    return Error::invalid("subject", "Objet du message invalide");
  }
  if (body_text.empty()) return Error::invalid("body_text", "Le message est vide");
  const std::string id = ids::make("mail");
  std::tm created = now_utc;
  session << "INSERT INTO mail_outbox (id, recipient, subject, body_text, created_at, attempts)"
             " VALUES (:id, :r, :s, :b, :c, 0)",
      soci::use(id), soci::use(recipient), soci::use(subject), soci::use(body_text),
      soci::use(created);
  return id;
}

std::vector<Message> pending(soci::session& session, int max_attempts, int limit) {
  // Typed binding (not soci::row): SQLite and PostgreSQL report column types differently.
  std::vector<Message> out;
  Message m;
  soci::indicator error_ind = soci::i_null;
  soci::statement st =
      (session.prepare << "SELECT id, recipient, subject, body_text, created_at, attempts,"
                          " last_error FROM mail_outbox WHERE sent_at IS NULL AND attempts < :m"
                          " ORDER BY created_at, id LIMIT :l",
       soci::into(m.id), soci::into(m.recipient), soci::into(m.subject), soci::into(m.body_text),
       soci::into(m.created_at), soci::into(m.attempts), soci::into(m.last_error, error_ind),
       soci::use(max_attempts), soci::use(limit));
  st.execute();
  while (st.fetch()) {
    if (error_ind != soci::i_ok) m.last_error.clear();
    out.push_back(m);
  }
  return out;
}

void mark_sent(soci::session& session, const std::string& id, const std::tm& now_utc) {
  std::tm sent = now_utc;
  session << "UPDATE mail_outbox SET sent_at = :t WHERE id = :id", soci::use(sent), soci::use(id);
}

void mark_failed(soci::session& session, const std::string& id, const std::string& error) {
  session << "UPDATE mail_outbox SET attempts = attempts + 1, last_error = :e WHERE id = :id",
      soci::use(error), soci::use(id);
}

}  // namespace primowork::mail
