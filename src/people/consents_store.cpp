#include "people/consents_store.h"

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"

namespace primowork::people::store {
namespace {

using db::Nullable;
using db::row_text;

Share share_of(const soci::row& r) {
  Share sh;
  sh.id = row_text(r, "id");
  sh.person_id = row_text(r, "person_id");
  sh.organisation_id = row_text(r, "organisation_id");
  sh.organisation_name = row_text(r, "name");
  sh.scope = db::split_codes(row_text(r, "scope"));
  sh.ends_on = db::row_date(r, "ends_on").value_or(Date{});
  sh.revoked = r.get_indicator("revoked_at") != soci::i_null;
  return sh;
}

}  // namespace

Consent record_consent(soci::session& s, const std::string& person_id, const std::string& kind,
                       Date given_on, bool on_paper, const std::string& recorded_by,
                       std::time_t now) {
  Consent c{ids::make("cns"), person_id, kind, kConsentTextVersion, recorded_by, given_on,
            on_paper, false};
  std::tm at = to_utc_tm(now);
  const std::string given = to_iso(given_on);
  const int paper = on_paper ? 1 : 0;
  Nullable by(recorded_by);
  s << "INSERT INTO person_consents (id, person_id, kind, text_version, given_on, on_paper, "
       "recorded_by, recorded_at) VALUES (:id, :p, :k, :v, :g, :o, :b, :t)",
      soci::use(c.id), soci::use(person_id), soci::use(kind), soci::use(c.text_version),
      soci::use(given), soci::use(paper), soci::use(by.value, by.ind), soci::use(at);
  return c;
}

bool withdraw_consent(soci::session& s, const std::string& person_id,
                      const std::string& consent_id, const std::string& by, std::time_t now) {
  std::tm at = to_utc_tm(now);
  Nullable who(by);
  soci::statement st =
      (s.prepare << "UPDATE person_consents SET withdrawn_at = :t, withdrawn_by = :b "
                    "WHERE id = :id AND person_id = :p AND withdrawn_at IS NULL",
       soci::use(at), soci::use(who.value, who.ind), soci::use(consent_id), soci::use(person_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<Consent> consents(soci::session& s, const std::string& person_id) {
  std::vector<Consent> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, kind, text_version, given_on, on_paper, recorded_by, withdrawn_at "
                    "FROM person_consents WHERE person_id = :p ORDER BY recorded_at, id",
       soci::use(person_id));
  for (const auto& r : rows) {
    out.push_back({row_text(r, "id"), person_id, row_text(r, "kind"), row_text(r, "text_version"),
                   row_text(r, "recorded_by"), db::row_date(r, "given_on").value_or(Date{}),
                   db::row_integer(r, "on_paper") != 0,
                   r.get_indicator("withdrawn_at") != soci::i_null});
  }
  return out;
}

Share create_share(soci::session& s, const std::string& person_id,
                   const std::string& organisation_id, const std::vector<std::string>& scope,
                   Date ends_on, const std::string& by, std::time_t now) {
  Share sh{ids::make("shr"), person_id, organisation_id, "", scope, ends_on, false};
  std::tm at = to_utc_tm(now);
  const std::string scope_text = db::join_codes(scope), ends = to_iso(ends_on);
  Nullable who(by);
  s << "INSERT INTO person_shares (id, person_id, organisation_id, scope, ends_on, created_by, "
       "created_at) VALUES (:id, :p, :o, :s, :e, :b, :t)",
      soci::use(sh.id), soci::use(person_id), soci::use(organisation_id), soci::use(scope_text),
      soci::use(ends), soci::use(who.value, who.ind), soci::use(at);
  return sh;
}

bool revoke_share(soci::session& s, const std::string& person_id, const std::string& share_id,
                  std::time_t now) {
  std::tm at = to_utc_tm(now);
  soci::statement st = (s.prepare << "UPDATE person_shares SET revoked_at = :t WHERE id = :id AND "
                                     "person_id = :p AND revoked_at IS NULL",
                        soci::use(at), soci::use(share_id), soci::use(person_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<Share> shares(soci::session& s, const std::string& person_id) {
  std::vector<Share> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT sh.id, sh.person_id, sh.organisation_id, o.name, sh.scope, sh.ends_on, "
                    "sh.revoked_at FROM person_shares sh JOIN organisations o ON o.id = "
                    "sh.organisation_id WHERE sh.person_id = :p ORDER BY sh.created_at, sh.id",
       soci::use(person_id));
  for (const auto& r : rows) out.push_back(share_of(r));
  return out;
}

std::optional<Share> live_share(soci::session& s, const std::string& person_id,
                                const std::vector<std::string>& organisations, Date today) {
  std::optional<Share> merged;
  for (const auto& sh : shares(s, person_id)) {
    if (!sh.live(today)) continue;
    if (std::find(organisations.begin(), organisations.end(), sh.organisation_id) ==
        organisations.end())
      continue;
    if (!merged) {
      merged = sh;
      continue;
    }
    for (const auto& part : sh.scope) {
      if (!merged->opens(part)) merged->scope.push_back(part);
    }
    if (merged->ends_on < sh.ends_on) merged->ends_on = sh.ends_on;
  }
  return merged;
}

std::vector<SharedLine> shared_with(soci::session& s, const std::string& organisation_id,
                                    Date today) {
  std::vector<SharedLine> out;
  const std::string today_text = to_iso(today);
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT p.id, p.given_name, p.family_name, o.name, MAX(sh.ends_on) AS ends_on "
                    "FROM person_shares sh JOIN people p ON p.id = sh.person_id "
                    "JOIN organisations o ON o.id = p.organisation_id "
                    "WHERE sh.organisation_id = :o AND sh.revoked_at IS NULL AND sh.ends_on >= :d "
                    "GROUP BY p.id, p.given_name, p.family_name, o.name "
                    "ORDER BY p.family_name, p.given_name",
       soci::use(organisation_id), soci::use(today_text));
  for (const auto& r : rows) {
    out.push_back({row_text(r, "id"), row_text(r, "given_name"), row_text(r, "family_name"),
                   row_text(r, "name"), db::row_date(r, "ends_on").value_or(Date{})});
  }
  return out;
}

void link_user(soci::session& s, const std::string& person_id, const std::string& user_id) {
  Nullable user(user_id);
  s << "UPDATE people SET user_id = :u WHERE id = :p", soci::use(user.value, user.ind),
      soci::use(person_id);
}

std::string person_of_user(soci::session& s, const std::string& user_id) {
  std::string id;
  soci::indicator ind = soci::i_null;
  s << "SELECT id FROM people WHERE user_id = :u", soci::into(id, ind), soci::use(user_id);
  return s.got_data() && ind == soci::i_ok ? id : "";
}

std::string user_of_person(soci::session& s, const std::string& person_id) {
  std::string id;
  soci::indicator ind = soci::i_null;
  s << "SELECT user_id FROM people WHERE id = :p", soci::into(id, ind), soci::use(person_id);
  return s.got_data() && ind == soci::i_ok ? id : "";
}

}  // namespace primowork::people::store
