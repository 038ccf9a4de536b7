#include "support/support_store.h"

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"

namespace primowork::support::store {
namespace {

using db::Nullable;
using db::row_text;

// The columns every read selects: the request, its company's name and its handler's name.
constexpr const char* kSelect =
    "SELECT r.id, r.topic, r.message, r.email, r.source, r.requester_id, r.company_id, "
    "r.status, r.handled_note, r.handled_by, r.handled_at, r.created_at, "
    "c.name AS company_name, u.display_name AS handled_by_name "
    "FROM support_requests r "
    "LEFT JOIN companies c ON c.id = r.company_id "
    "LEFT JOIN users u ON u.id = r.handled_by ";

SupportRequest read(const soci::row& r) {
  SupportRequest out;
  out.id = row_text(r, "id");
  out.topic = parse_topic(row_text(r, "topic")).value_or(Topic::kOther);
  out.message = row_text(r, "message");
  out.email = row_text(r, "email");
  out.source = row_text(r, "source");
  out.requester_id = row_text(r, "requester_id");
  out.company_id = row_text(r, "company_id");
  out.company_name = row_text(r, "company_name");
  out.status = parse_request_status(row_text(r, "status")).value_or(RequestStatus::kOpen);
  out.handled_note = row_text(r, "handled_note");
  out.handled_by = row_text(r, "handled_by");
  out.handled_by_name = row_text(r, "handled_by_name");
  out.handled_at = db::row_timestamp(r, "handled_at");
  out.created_at = db::row_timestamp(r, "created_at");
  return out;
}

std::vector<SupportRequest> read_all(soci::rowset<soci::row>& rows) {
  std::vector<SupportRequest> out;
  for (const auto& row : rows) out.push_back(read(row));
  return out;
}

}  // namespace

SupportRequest create(soci::session& s, SupportRequest request, std::time_t now) {
  request.id = ids::make("sup");
  request.status = RequestStatus::kOpen;
  request.created_at = to_utc_tm(now);
  Nullable source(request.source), requester(request.requester_id), company(request.company_id);
  const std::string topic(to_string(request.topic));
  const std::string status(to_string(request.status));
  s << "INSERT INTO support_requests (id, topic, message, email, source, requester_id, "
       "company_id, status, created_at) VALUES (:id, :t, :m, :e, :s, :r, :c, :st, :ca)",
      soci::use(request.id), soci::use(topic), soci::use(request.message), soci::use(request.email),
      soci::use(source.value, source.ind), soci::use(requester.value, requester.ind),
      soci::use(company.value, company.ind), soci::use(status), soci::use(request.created_at);
  return request;
}

std::optional<SupportRequest> find(soci::session& s, const std::string& id) {
  soci::row row;
  s << std::string(kSelect) + "WHERE r.id = :id", soci::into(row), soci::use(id);
  if (!s.got_data()) return std::nullopt;
  return read(row);
}

std::vector<SupportRequest> open_requests(soci::session& s) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string(kSelect) + "WHERE r.status = 'open' ORDER BY r.created_at, r.id");
  return read_all(rows);
}

std::vector<SupportRequest> recently_handled(soci::session& s, int limit) {
  soci::rowset<soci::row> rows =
      (s.prepare << std::string(kSelect) +
                        "WHERE r.status = 'handled' ORDER BY r.handled_at DESC, r.id DESC "
                        "LIMIT :n",
       soci::use(limit));
  return read_all(rows);
}

bool mark_handled(soci::session& s, const std::string& id, const std::string& note,
                  const std::string& actor_id, std::time_t now) {
  std::tm at = to_utc_tm(now);
  Nullable actor(actor_id);
  soci::statement st =
      (s.prepare << "UPDATE support_requests SET status = 'handled', handled_note = :n, "
                    "handled_by = :a, handled_at = :at WHERE id = :id AND status = 'open'",
       soci::use(note), soci::use(actor.value, actor.ind), soci::use(at), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace primowork::support::store
