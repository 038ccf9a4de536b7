#include "people/diplomas_store.h"

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"

namespace primowork::people::store {

using db::Nullable;
using db::row_text;

Diploma save_diploma(soci::session& s, Diploma d, std::time_t now) {
  std::tm at = to_utc_tm(now);
  Nullable field(d.field), decision(d.decision), submitted(d.submitted_on), decided(d.decided_on),
      equivalent(d.equivalent_title), opens(d.opens_occupation);
  int fee = d.fee_cents.value_or(0);
  soci::indicator fee_ind = d.fee_cents ? soci::i_ok : soci::i_null;
  if (d.id.empty()) {
    d.id = ids::make("dip");
    s << "INSERT INTO person_diplomas (id, person_id, title, country, level, field, status, "
         "decision, submitted_on, decided_on, fee_cents, equivalent_title, opens_occupation, "
         "created_at, updated_at) VALUES (:id, :p, :t, :c, :l, :f, :s, :d, :so, :do, :fee, :e, "
         ":o, :ca, :ua)",
        soci::use(d.id), soci::use(d.person_id), soci::use(d.title), soci::use(d.country),
        soci::use(d.level), soci::use(field.value, field.ind), soci::use(d.status),
        soci::use(decision.value, decision.ind), soci::use(submitted.value, submitted.ind),
        soci::use(decided.value, decided.ind), soci::use(fee, fee_ind),
        soci::use(equivalent.value, equivalent.ind), soci::use(opens.value, opens.ind),
        soci::use(at), soci::use(at);
  } else {
    s << "UPDATE person_diplomas SET title = :t, country = :c, level = :l, field = :f, "
         "status = :s, decision = :d, submitted_on = :so, decided_on = :do, fee_cents = :fee, "
         "equivalent_title = :e, opens_occupation = :o, updated_at = :ua "
         "WHERE id = :id AND person_id = :p",
        soci::use(d.title), soci::use(d.country), soci::use(d.level),
        soci::use(field.value, field.ind), soci::use(d.status),
        soci::use(decision.value, decision.ind), soci::use(submitted.value, submitted.ind),
        soci::use(decided.value, decided.ind), soci::use(fee, fee_ind),
        soci::use(equivalent.value, equivalent.ind), soci::use(opens.value, opens.ind),
        soci::use(at), soci::use(d.id), soci::use(d.person_id);
  }
  return d;
}

std::vector<Diploma> diplomas(soci::session& s, const std::string& person_id) {
  std::vector<Diploma> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM person_diplomas WHERE person_id = :p ORDER BY created_at, id",
       soci::use(person_id));
  for (const auto& r : rows) {
    Diploma d;
    d.id = row_text(r, "id");
    d.person_id = person_id;
    d.title = row_text(r, "title");
    d.country = row_text(r, "country");
    d.level = row_text(r, "level");
    d.field = row_text(r, "field");
    d.status = row_text(r, "status");
    d.decision = row_text(r, "decision");
    d.submitted_on = db::row_date(r, "submitted_on");
    d.decided_on = db::row_date(r, "decided_on");
    if (r.get_indicator("fee_cents") != soci::i_null)
      d.fee_cents = static_cast<int>(db::row_integer(r, "fee_cents"));
    d.equivalent_title = row_text(r, "equivalent_title");
    d.opens_occupation = row_text(r, "opens_occupation");
    out.push_back(std::move(d));
  }
  return out;
}

bool delete_diploma(soci::session& s, const std::string& person_id, const std::string& id) {
  soci::statement st =
      (s.prepare << "DELETE FROM person_diplomas WHERE id = :id AND person_id = :p", soci::use(id),
       soci::use(person_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

Note add_note(soci::session& s, const std::string& person_id, const std::string& author_id,
              const std::string& text, bool sensitive, std::time_t now) {
  Note n;
  n.id = ids::make("not");
  n.person_id = person_id;
  n.author_id = author_id;
  n.body = text;
  n.sensitive = sensitive;
  n.at = to_utc_tm(now);
  Nullable author(author_id);
  Nullable body(sensitive ? "" : text), sealed(sensitive ? text : "");
  const int flag = sensitive ? 1 : 0;
  s << "INSERT INTO person_notes (id, person_id, author_id, sensitive, body, sealed, created_at) "
       "VALUES (:id, :p, :a, :s, :b, :x, :t)",
      soci::use(n.id), soci::use(person_id), soci::use(author.value, author.ind), soci::use(flag),
      soci::use(body.value, body.ind), soci::use(sealed.value, sealed.ind), soci::use(n.at);
  return n;
}

std::vector<Note> notes(soci::session& s, const std::string& person_id) {
  std::vector<Note> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT n.id, n.author_id, u.display_name, n.sensitive, n.body, n.sealed, "
                    "n.created_at FROM person_notes n LEFT JOIN users u ON u.id = n.author_id "
                    "WHERE n.person_id = :p ORDER BY n.created_at DESC, n.id",
       soci::use(person_id));
  for (const auto& r : rows) {
    Note n;
    n.id = row_text(r, "id");
    n.person_id = person_id;
    n.author_id = row_text(r, "author_id");
    n.author_name = row_text(r, "display_name");
    n.sensitive = db::row_integer(r, "sensitive") != 0;
    n.body = n.sensitive ? row_text(r, "sealed") : row_text(r, "body");
    n.at = db::row_timestamp(r, "created_at");
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace primowork::people::store
