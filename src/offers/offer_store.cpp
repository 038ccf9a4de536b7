#include "offers/offer_store.h"

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"
#include "security/crypto.h"

namespace primowork::offers::store {
namespace {

using db::Nullable;
using db::row_text;

// The columns every write sets, in the order bind() binds them.
constexpr const char* kColumns =
    "title, occupation_code, postal_code, commune, contract, part_time, hours_per_week, schedule, "
    "schedule_note, start_date, positions, french_level, licence, salary_cents, salary_period, "
    "description";
constexpr const char* kPlaceholders =
    ":ti, :oc, :pc, :cm, :ct, :pt, :hw, :sc, :sn, :sd, :po, :fl, :li, :sa, :sp, :de";

struct Row {
  std::string contract, french_level;
  int part_time, hours, schedule, positions;
  Nullable note, start, licence, period, description;
  long long salary = 0;
  soci::indicator salary_ind;
  explicit Row(const OfferDraft& d)
      : contract(to_string(d.contract)),
        french_level(to_string(d.french_level)),
        part_time(d.part_time ? 1 : 0),
        hours(d.hours_per_week),
        schedule(d.schedule),
        positions(d.positions),
        note(d.schedule_note),
        start(d.start_date),
        licence(d.licence ? std::string(to_string(*d.licence)) : ""),
        period(d.salary ? std::string(to_string(d.salary->period)) : ""),
        description(d.description),
        salary(d.salary ? d.salary->cents : 0),
        salary_ind(d.salary ? soci::i_ok : soci::i_null) {}
};

void bind(soci::statement& st, const OfferDraft& d, Row& r) {
  auto nullable = [&](Nullable& n) { st.exchange(soci::use(n.value, n.ind)); };
  st.exchange(soci::use(d.title));
  st.exchange(soci::use(d.occupation_code));
  st.exchange(soci::use(d.postal_code));
  st.exchange(soci::use(d.commune));
  st.exchange(soci::use(r.contract));
  st.exchange(soci::use(r.part_time));
  st.exchange(soci::use(r.hours));
  st.exchange(soci::use(r.schedule));
  nullable(r.note);
  nullable(r.start);
  st.exchange(soci::use(r.positions));
  st.exchange(soci::use(r.french_level));
  nullable(r.licence);
  st.exchange(soci::use(r.salary, r.salary_ind));
  nullable(r.period);
  nullable(r.description);
}

void run(soci::statement& st, const std::string& sql) {
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute(true);
}

void write_skills(soci::session& s, const std::string& id, const std::vector<std::string>& skills) {
  s << "DELETE FROM offer_skills WHERE offer_id = :id", soci::use(id);
  for (const auto& skill : skills) {
    s << "INSERT INTO offer_skills (offer_id, skill) VALUES (:o, :s)", soci::use(id),
        soci::use(skill);
  }
}

void log_change(soci::session& s, const std::string& id, const std::string& from,
                const std::string& to, const std::string& action, const std::string& reason,
                const std::string& actor_id, std::time_t now) {
  const std::string log_id = ids::make("ost");
  std::tm at = to_utc_tm(now);
  Nullable f(from), why(reason), actor(actor_id);
  s << "INSERT INTO offer_status_log (id, offer_id, from_status, to_status, action, reason, "
       "actor_id, at) VALUES (:id, :o, :f, :t, :a, :r, :u, :at)",
      soci::use(log_id), soci::use(id), soci::use(f.value, f.ind), soci::use(to), soci::use(action),
      soci::use(why.value, why.ind), soci::use(actor.value, actor.ind), soci::use(at);
}

Offer read(const soci::row& r) {
  Offer o;
  o.id = row_text(r, "id");
  o.company_id = row_text(r, "company_id");
  OfferDraft& d = o.draft;
  d.title = row_text(r, "title");
  d.occupation_code = row_text(r, "occupation_code");
  d.postal_code = row_text(r, "postal_code");
  d.commune = row_text(r, "commune");
  if (auto c = parse_contract_type(row_text(r, "contract"))) d.contract = *c;
  d.part_time = db::row_integer(r, "part_time") != 0;
  d.hours_per_week = static_cast<int>(db::row_integer(r, "hours_per_week"));
  d.schedule = static_cast<std::uint8_t>(db::row_integer(r, "schedule"));
  d.schedule_note = row_text(r, "schedule_note");
  d.start_date = db::row_date(r, "start_date");
  d.positions = static_cast<int>(db::row_integer(r, "positions"));
  if (auto l = parse_cefr_level(row_text(r, "french_level"))) d.french_level = *l;
  if (const std::string lic = row_text(r, "licence"); !lic.empty()) {
    if (auto l = parse_driving_licence(lic)) d.licence = *l;
  }
  if (const auto period = parse_salary_period(row_text(r, "salary_period"))) {
    d.salary = Salary{db::row_integer(r, "salary_cents"), *period};
  }
  d.description = row_text(r, "description");
  o.status = parse_offer_status(row_text(r, "status")).value_or(OfferStatus::kDraft);
  o.contact_email = row_text(r, "contact_email");
  o.created_by = row_text(r, "created_by");
  o.published_on = db::row_date(r, "published_on");
  o.last_update = db::row_date(r, "last_update").value_or(Date{});
  o.reminder_sent = db::row_integer(r, "reminder_sent") != 0;
  return o;
}

void read_skills(soci::session& s, Offer& o) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT skill FROM offer_skills WHERE offer_id = :id ORDER BY skill",
       soci::use(o.id));
  for (const auto& r : rows) o.draft.skill_codes.push_back(row_text(r, "skill"));
}

std::vector<Offer> read_all(soci::session& s, soci::rowset<soci::row>& rows) {
  std::vector<Offer> out;
  for (const auto& r : rows) out.push_back(read(r));
  for (auto& o : out) read_skills(s, o);
  return out;
}

}  // namespace

Offer create(soci::session& s, Offer o, const std::string& actor_id, Date today, std::time_t now) {
  o.id = ids::make("off");
  o.status = OfferStatus::kDraft;
  o.last_update = today;
  std::tm at = to_utc_tm(now);
  Row r(o.draft);
  Nullable email(o.contact_email), creator(o.created_by);
  const std::string status(to_string(o.status)), last = to_iso(today);
  soci::statement st(s);
  st.exchange(soci::use(o.id));
  st.exchange(soci::use(o.company_id));
  bind(st, o.draft, r);
  st.exchange(soci::use(status));
  st.exchange(soci::use(email.value, email.ind));
  st.exchange(soci::use(creator.value, creator.ind));
  st.exchange(soci::use(last));
  st.exchange(soci::use(at));
  st.exchange(soci::use(at));
  run(st, std::string("INSERT INTO offers (id, company_id, ") + kColumns +
              ", status, contact_email, created_by, last_update, created_at, updated_at) VALUES "
              "(:id, :co, " +
              kPlaceholders + ", :st, :em, :cb, :lu, :ca, :ua)");
  write_skills(s, o.id, o.draft.skill_codes);
  log_change(s, o.id, "", status, "create", "", actor_id, now);
  return o;
}

void update(soci::session& s, const Offer& o, Date today, std::time_t now) {
  std::tm at = to_utc_tm(now);
  Row r(o.draft);
  const std::string last = to_iso(today);
  soci::statement st(s);
  bind(st, o.draft, r);
  st.exchange(soci::use(last));
  st.exchange(soci::use(at));
  st.exchange(soci::use(o.id));
  run(st,
      "UPDATE offers SET title = :ti, occupation_code = :oc, postal_code = :pc, commune = :cm, "
      "contract = :ct, part_time = :pt, hours_per_week = :hw, schedule = :sc, schedule_note = "
      ":sn, start_date = :sd, positions = :po, french_level = :fl, licence = :li, salary_cents = "
      ":sa, salary_period = :sp, description = :de, last_update = :lu, reminder_sent = 0, "
      "updated_at = :ua WHERE id = :id");
  write_skills(s, o.id, o.draft.skill_codes);
}

std::optional<Offer> find(soci::session& s, const std::string& id) {
  soci::row row;
  s << "SELECT * FROM offers WHERE id = :id", soci::into(row), soci::use(id);
  if (!s.got_data()) return std::nullopt;
  Offer o = read(row);
  read_skills(s, o);
  return o;
}

void move(soci::session& s, const std::string& id, OfferStatus from, OfferStatus to,
          OfferAction action, const std::string& reason, const std::string& actor_id, Date today,
          std::time_t now) {
  std::tm at = to_utc_tm(now);
  const std::string status(to_string(to)), day = to_iso(today);
  if (to == OfferStatus::kPublished && from != OfferStatus::kPublished) {
    s << "UPDATE offers SET status = :s, published_on = :p, last_update = :l, reminder_sent = 0, "
         "updated_at = :t WHERE id = :id",
        soci::use(status), soci::use(day), soci::use(day), soci::use(at), soci::use(id);
  } else if (action == OfferAction::kConfirm) {
    s << "UPDATE offers SET last_update = :l, reminder_sent = 0, updated_at = :t WHERE id = :id",
        soci::use(day), soci::use(at), soci::use(id);
  } else {
    s << "UPDATE offers SET status = :s, updated_at = :t WHERE id = :id", soci::use(status),
        soci::use(at), soci::use(id);
  }
  log_change(s, id, std::string(to_string(from)), status, std::string(to_string(action)), reason,
             actor_id, now);
}

bool mark_reminded(soci::session& s, const std::string& id, Date last_update, std::time_t now) {
  std::tm at = to_utc_tm(now);
  const std::string day = to_iso(last_update);
  soci::statement st =
      (s.prepare << "UPDATE offers SET reminder_sent = 1, updated_at = :t WHERE id = :id AND "
                    "status = 'published' AND last_update = :l AND reminder_sent = 0",
       soci::use(at), soci::use(id), soci::use(day));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<StatusChange> status_log(soci::session& s, const std::string& id) {
  std::vector<StatusChange> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT from_status, to_status, action, reason, actor_id, at FROM "
                    "offer_status_log WHERE offer_id = :id ORDER BY at, id",
       soci::use(id));
  for (const auto& r : rows) {
    out.push_back({row_text(r, "from_status"), row_text(r, "to_status"), row_text(r, "action"),
                   row_text(r, "reason"), row_text(r, "actor_id"), db::row_timestamp(r, "at")});
  }
  return out;
}

void replace_flags(soci::session& s, const std::string& id,
                   const std::vector<ScreeningFlag>& flags) {
  s << "DELETE FROM offer_flags WHERE offer_id = :id", soci::use(id);
  for (std::size_t i = 0; i < flags.size(); ++i) {
    const auto& f = flags[i];
    const int position = static_cast<int>(i);
    const std::string category(to_string(f.category));
    const long long minimum = f.minimum_cents;
    Nullable excerpt(f.excerpt);
    s << "INSERT INTO offer_flags (offer_id, position, rule_id, category, field, excerpt, "
         "minimum_cents) VALUES (:o, :p, :r, :c, :f, :e, :m)",
        soci::use(id), soci::use(position), soci::use(f.rule_id), soci::use(category),
        soci::use(f.field), soci::use(excerpt.value, excerpt.ind), soci::use(minimum);
  }
}

std::vector<ScreeningFlag> flags(soci::session& s, const std::string& id) {
  std::vector<ScreeningFlag> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT rule_id, category, field, excerpt, minimum_cents FROM offer_flags "
                    "WHERE offer_id = :id ORDER BY position",
       soci::use(id));
  for (const auto& r : rows) {
    ScreeningFlag f;
    f.rule_id = row_text(r, "rule_id");
    f.category = parse_screening_category(row_text(r, "category")).value_or(f.category);
    f.reason = reason(f.category);
    f.field = row_text(r, "field");
    f.excerpt = row_text(r, "excerpt");
    f.minimum_cents = db::row_integer(r, "minimum_cents");
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Offer> of_company(soci::session& s, const std::string& company_id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM offers WHERE company_id = :c ORDER BY created_at DESC, id",
       soci::use(company_id));
  return read_all(s, rows);
}

std::vector<Offer> with_status(soci::session& s, OfferStatus status) {
  const std::string code(to_string(status));
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM offers WHERE status = :s ORDER BY updated_at, id",
       soci::use(code));
  return read_all(s, rows);
}

std::vector<Published> published(soci::session& s) {
  std::vector<Published> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT o.*, c.name AS company_name FROM offers o JOIN companies c ON "
                    "c.id = o.company_id WHERE o.status = 'published' AND c.status <> 'suspended' "
                    "ORDER BY o.published_on DESC, o.id");
  for (const auto& r : rows) out.push_back({read(r), row_text(r, "company_name")});
  for (auto& p : out) read_skills(s, p.offer);
  return out;
}

std::string create_confirmation(soci::session& s, const std::string& offer_id,
                                const std::string& email, std::time_t now, int lifetime_s) {
  const std::string token = security::random_token();
  const std::string hash = security::token_hash(token);
  std::tm at = to_utc_tm(now), until = to_utc_tm(now + lifetime_s);
  s << "INSERT INTO offer_confirmations (token_hash, offer_id, email, created_at, expires_at) "
       "VALUES (:h, :o, :e, :c, :x)",
      soci::use(hash), soci::use(offer_id), soci::use(email), soci::use(at), soci::use(until);
  return token;
}

Confirmation find_confirmation(soci::session& s, const std::string& token, std::time_t now) {
  Confirmation c;
  const std::string hash = security::token_hash(token);
  soci::row row;
  s << "SELECT offer_id, email, expires_at, used_at FROM offer_confirmations WHERE "
       "token_hash = :h",
      soci::into(row), soci::use(hash);
  if (!s.got_data()) return c;
  c.offer_id = row_text(row, "offer_id");
  c.email = row_text(row, "email");
  if (row.get_indicator("used_at") != soci::i_null) {
    c.state = LinkState::kUsed;
  } else if (from_utc_tm(db::row_timestamp(row, "expires_at")) <= now) {
    c.state = LinkState::kExpired;
  } else {
    c.state = LinkState::kLive;
  }
  return c;
}

bool use_confirmation(soci::session& s, const std::string& token, std::time_t now) {
  const std::string hash = security::token_hash(token);
  std::tm at = to_utc_tm(now);
  soci::statement st = (s.prepare << "UPDATE offer_confirmations SET used_at = :t WHERE "
                                     "token_hash = :h AND used_at IS NULL AND expires_at > :n",
                        soci::use(at), soci::use(hash), soci::use(at));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace primowork::offers::store
