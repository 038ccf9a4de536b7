#include "security/audit.h"

#include <algorithm>

#include "platform/clock.h"

namespace primowork::security::audit {

void record(soci::session& s, const AuditEntry& e) {
  std::tm at = to_utc_tm(e.at);
  soci::indicator actor_ind = e.actor_id.empty() ? soci::i_null : soci::i_ok;
  s << "INSERT INTO audit_log (at, actor_id, actor_label, address, action, resource, outcome,"
       " detail) VALUES (:at, :a, :l, :ad, :ac, :r, :o, :d)",
      soci::use(at), soci::use(e.actor_id, actor_ind), soci::use(e.actor_label),
      soci::use(e.address), soci::use(e.action), soci::use(e.resource), soci::use(e.outcome),
      soci::use(e.detail);
}

std::vector<AuditEntry> query(soci::session& s, const AuditFilter& f) {
  std::vector<AuditEntry> out;
  const std::string actor_like = "%" + f.actor + "%";
  const bool prefix = !f.action.empty() && f.action.back() == '.';
  const std::string action_exact = prefix ? std::string("\x01") : f.action;
  const std::string action_like = prefix ? f.action + "%" : std::string("\x01");
  const int any_action = f.action.empty() ? 1 : 0;
  std::tm from = to_utc_tm(f.from);
  std::tm to = to_utc_tm(f.to == 0 ? 253402300799 : f.to);  // 9999-12-31
  const int limit = std::clamp(f.limit, 1, 500);
  const int offset = std::max(0, f.offset);
  AuditEntry e;
  std::tm at{};
  std::string actor_id;
  soci::indicator actor_ind;
  soci::statement st =
      (s.prepare << "SELECT id, at, actor_id, actor_label, address, action, resource, outcome,"
                    " detail FROM audit_log WHERE actor_label LIKE :actor"
                    " AND (:any_action = 1 OR action = :action OR action LIKE :action_like)"
                    " AND (:outcome = '' OR outcome = :outcome2)"
                    " AND at >= :from AND at <= :to ORDER BY at DESC, id DESC"
                    " LIMIT :limit OFFSET :offset",
       soci::into(e.id), soci::into(at), soci::into(actor_id, actor_ind), soci::into(e.actor_label),
       soci::into(e.address), soci::into(e.action), soci::into(e.resource), soci::into(e.outcome),
       soci::into(e.detail), soci::use(actor_like), soci::use(any_action), soci::use(action_exact),
       soci::use(action_like), soci::use(f.outcome), soci::use(f.outcome), soci::use(from),
       soci::use(to), soci::use(limit), soci::use(offset));
  st.execute();
  while (st.fetch()) {
    e.at = from_utc_tm(at);
    e.actor_id = actor_ind == soci::i_ok ? actor_id : "";
    out.push_back(e);
  }
  return out;
}

}  // namespace primowork::security::audit
