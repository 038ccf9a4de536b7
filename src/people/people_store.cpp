#include "people/people_store.h"

#include <array>
#include <cstdio>

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"

namespace primowork::people::store {
namespace {

std::string text(const soci::row& r, const std::string& column) {
  return db::row_text(r, column);
}
int integer(const soci::row& r, const std::string& column) {
  return static_cast<int>(db::row_integer(r, column));
}
std::optional<Date> date(const soci::row& r, const std::string& column) {
  return db::row_date(r, column);
}
std::tm timestamp(const soci::row& r, const std::string& column) {
  return db::row_timestamp(r, column);
}
using db::Nullable;

Date day_of(const std::tm& t) {
  return Date{std::chrono::year{t.tm_year + 1900}, std::chrono::month{static_cast<unsigned>(t.tm_mon + 1)},
              std::chrono::day{static_cast<unsigned>(t.tm_mday)}};
}

void write_lists(soci::session& s, const PersonFile& f) {
  for (const char* table : {"person_languages", "person_past_jobs", "person_skills", "person_targets"})
    s << std::string("DELETE FROM ") + table + " WHERE person_id = :id", soci::use(f.id);
  for (const auto& l : f.languages) {
    Nullable overall(l.overall), listening(l.listening), reading(l.reading),
        speaking(l.speaking), writing(l.writing);
    s << "INSERT INTO person_languages (person_id, language, overall, listening, reading, "
         "speaking, writing) VALUES (:p, :l, :o, :li, :r, :s, :w)",
        soci::use(f.id), soci::use(l.language), soci::use(overall.value, overall.ind),
        soci::use(listening.value, listening.ind), soci::use(reading.value, reading.ind),
        soci::use(speaking.value, speaking.ind), soci::use(writing.value, writing.ind);
  }
  for (std::size_t i = 0; i < f.past_jobs.size(); ++i) {
    const auto& job = f.past_jobs[i];
    const int position = static_cast<int>(i);
    Nullable where(job.where);
    s << "INSERT INTO person_past_jobs (person_id, position, occupation, years, place) "
         "VALUES (:p, :i, :o, :y, :w)",
        soci::use(f.id), soci::use(position), soci::use(job.occupation), soci::use(job.years),
        soci::use(where.value, where.ind);
  }
  for (const auto& skill : f.skills) {
    const int validated = skill.validated ? 1 : 0;
    s << "INSERT INTO person_skills (person_id, skill, validated) VALUES (:p, :s, :v)",
        soci::use(f.id), soci::use(skill.skill), soci::use(validated);
  }
  for (std::size_t i = 0; i < f.targets.size(); ++i) {
    const int position = static_cast<int>(i);
    s << "INSERT INTO person_targets (person_id, position, occupation) VALUES (:p, :i, :o)",
        soci::use(f.id), soci::use(position), soci::use(f.targets[i]);
  }
}

// The columns every write sets, in the order of kColumns.
constexpr const char* kColumns =
    "organisation_id, referent_id, given_name, family_name, birth_date, preferred_language, phone, "
    "email, postcode, max_km, licences, licence_origin, exchange_status, vehicle, "
    "residence_status, document_type, document_expiry, access, limited_reason, "
    "authorised_employer, authorised_function, asylum_application_date, verified_by, verified_on, "
    "former_profession_inaccessible, no_nights, no_weekends, part_time_only, fle_courses";

struct Row {
  Nullable referent, birth, phone, email, origin, exchange, status, document, expiry, reason,
      employer, function, asylum, verified_by, verified_on, former, fle;
  std::string licences;
  int max_km, vehicle, nights, weekends, part_time;
  explicit Row(const PersonFile& f)
      : referent(f.referent_id),
        birth(f.birth_date),
        phone(f.phone),
        email(f.email),
        origin(f.licence_origin),
        exchange(f.exchange_status),
        status(f.residence_status),
        document(f.document_type),
        expiry(f.document_expiry),
        reason(f.limited_reason),
        employer(f.authorised_employer),
        function(f.authorised_function),
        asylum(f.asylum_application_date),
        verified_by(f.verified_by),
        verified_on(f.verified_on),
        former(f.former_profession_inaccessible),
        fle(f.fle_courses),
        licences(db::join_codes(f.licences)),
        max_km(f.max_km),
        vehicle(f.vehicle ? 1 : 0),
        nights(f.no_nights ? 1 : 0),
        weekends(f.no_weekends ? 1 : 0),
        part_time(f.part_time_only ? 1 : 0) {}
};

void bind(soci::statement& st, const PersonFile& f, Row& r) {
  auto nullable = [&](Nullable& n) { st.exchange(soci::use(n.value, n.ind)); };
  st.exchange(soci::use(f.organisation_id));
  nullable(r.referent);
  st.exchange(soci::use(f.given_name));
  st.exchange(soci::use(f.family_name));
  nullable(r.birth);
  st.exchange(soci::use(f.preferred_language));
  nullable(r.phone);
  nullable(r.email);
  st.exchange(soci::use(f.postcode));
  st.exchange(soci::use(r.max_km));
  st.exchange(soci::use(r.licences));
  nullable(r.origin);
  nullable(r.exchange);
  st.exchange(soci::use(r.vehicle));
  nullable(r.status);
  nullable(r.document);
  nullable(r.expiry);
  st.exchange(soci::use(f.access));
  nullable(r.reason);
  nullable(r.employer);
  nullable(r.function);
  nullable(r.asylum);
  nullable(r.verified_by);
  nullable(r.verified_on);
  nullable(r.former);
  st.exchange(soci::use(r.nights));
  st.exchange(soci::use(r.weekends));
  st.exchange(soci::use(r.part_time));
  nullable(r.fle);
}

void run(soci::statement& st, const std::string& sql) {
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute(true);
}

constexpr const char* kPlaceholders =
    ":org, :ref, :gn, :fn, :bd, :pl, :ph, :em, :pc, :km, :lic, :lo, :ex, :veh, :rs, :dt, :de, "
    ":acc, :lr, :ae, :af, :ad, :vb, :vo, :fp, :nn, :nw, :pt, :fle";

void touch(soci::session& s, const std::string& id, std::time_t now) {
  std::tm at = to_utc_tm(now);
  s << "UPDATE people SET updated_at = :t WHERE id = :id", soci::use(at), soci::use(id);
}

}  // namespace

PersonFile create(soci::session& s, PersonFile f, const std::string& actor_id, std::time_t now) {
  f.id = ids::make("per");
  std::tm at = to_utc_tm(now);
  Row r(f);
  soci::statement st(s);
  st.exchange(soci::use(f.id));
  bind(st, f, r);
  st.exchange(soci::use(f.stage));
  st.exchange(soci::use(at));
  st.exchange(soci::use(at));
  run(st, std::string("INSERT INTO people (id, ") + kColumns + ", stage, created_at, updated_at) " +
              "VALUES (:id, " + kPlaceholders + ", :st, :ca, :ua)");
  write_lists(s, f);
  const std::string log_id = ids::make("stg");
  Nullable actor(actor_id);
  s << "INSERT INTO person_stage_log (id, person_id, from_stage, to_stage, actor_id, at) "
       "VALUES (:id, :p, NULL, :to, :a, :t)",
      soci::use(log_id), soci::use(f.id), soci::use(f.stage), soci::use(actor.value, actor.ind),
      soci::use(at);
  return f;
}

void update(soci::session& s, const PersonFile& f, std::time_t now) {
  std::tm at = to_utc_tm(now);
  Row r(f);
  // "a, b, c" -> "a = :a0, b = :a1, c = :a2"
  std::string assignments;
  std::size_t n = 0;
  for (const auto& column : db::split_codes(std::string(kColumns))) {
    const auto start = column.find_first_not_of(' ');
    assignments += (n ? ", " : "") + column.substr(start) + " = :a" + std::to_string(n);
    ++n;
  }
  soci::statement st(s);
  bind(st, f, r);
  st.exchange(soci::use(at));
  st.exchange(soci::use(f.id));
  run(st, "UPDATE people SET " + assignments + ", updated_at = :ua WHERE id = :id");
  write_lists(s, f);
}

std::optional<PersonFile> find(soci::session& s, const std::string& id) {
  soci::row row;
  s << "SELECT * FROM people WHERE id = :id", soci::into(row), soci::use(id);
  if (!s.got_data()) return std::nullopt;
  PersonFile f;
  f.id = text(row, "id");
  f.organisation_id = text(row, "organisation_id");
  f.referent_id = text(row, "referent_id");
  f.given_name = text(row, "given_name");
  f.family_name = text(row, "family_name");
  f.birth_date = date(row, "birth_date");
  f.preferred_language = text(row, "preferred_language");
  f.phone = text(row, "phone");
  f.email = text(row, "email");
  f.postcode = text(row, "postcode");
  f.max_km = integer(row, "max_km");
  f.licences = db::split_codes(text(row, "licences"));
  f.licence_origin = text(row, "licence_origin");
  f.exchange_status = text(row, "exchange_status");
  f.vehicle = integer(row, "vehicle") != 0;
  f.residence_status = text(row, "residence_status");
  f.document_type = text(row, "document_type");
  f.document_expiry = date(row, "document_expiry");
  f.access = text(row, "access");
  f.limited_reason = text(row, "limited_reason");
  f.authorised_employer = text(row, "authorised_employer");
  f.authorised_function = text(row, "authorised_function");
  f.asylum_application_date = date(row, "asylum_application_date");
  f.verified_by = text(row, "verified_by");
  f.verified_on = date(row, "verified_on");
  f.former_profession_inaccessible = text(row, "former_profession_inaccessible");
  f.no_nights = integer(row, "no_nights") != 0;
  f.no_weekends = integer(row, "no_weekends") != 0;
  f.part_time_only = integer(row, "part_time_only") != 0;
  f.stage = text(row, "stage");
  f.fle_courses = text(row, "fle_courses");

  soci::rowset<soci::row> languages =
      (s.prepare << "SELECT language, overall, listening, reading, speaking, writing "
                    "FROM person_languages WHERE person_id = :id ORDER BY language",
       soci::use(id));
  for (const auto& l : languages) {
    f.languages.push_back({text(l, "language"), text(l, "overall"), text(l, "listening"),
                           text(l, "reading"), text(l, "speaking"), text(l, "writing")});
  }
  soci::rowset<soci::row> jobs =
      (s.prepare << "SELECT occupation, years, place FROM person_past_jobs WHERE person_id = :id "
                    "ORDER BY position",
       soci::use(id));
  for (const auto& j : jobs) f.past_jobs.push_back({text(j, "occupation"), integer(j, "years"), text(j, "place")});
  soci::rowset<soci::row> skills =
      (s.prepare << "SELECT skill, validated FROM person_skills WHERE person_id = :id ORDER BY skill",
       soci::use(id));
  for (const auto& k : skills) f.skills.push_back({text(k, "skill"), integer(k, "validated") != 0});
  soci::rowset<soci::row> targets =
      (s.prepare << "SELECT occupation FROM person_targets WHERE person_id = :id ORDER BY position",
       soci::use(id));
  for (const auto& t : targets) f.targets.push_back(text(t, "occupation"));
  return f;
}

std::vector<Similar> similar(soci::session& s, const PersonFile& f) {
  std::vector<Similar> out;
  const std::string family = f.family_name, given = f.given_name;
  const std::string birth = f.birth_date ? to_iso(*f.birth_date) : "-";
  const std::string email = f.email.empty() ? "-" : f.email;
  const std::string phone = f.phone.empty() ? "-" : f.phone;
  const std::string self = f.id;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, organisation_id FROM people WHERE id <> :self AND "
                    "erased_at IS NULL AND ((LOWER(family_name) = LOWER(:f) AND LOWER(given_name) = LOWER(:g) AND "
                    "birth_date = :b) OR email = :e OR phone = :p) ORDER BY id",
       soci::use(self), soci::use(family), soci::use(given), soci::use(birth), soci::use(email),
       soci::use(phone));
  for (const auto& r : rows) out.push_back({text(r, "id"), text(r, "organisation_id")});
  return out;
}

std::string organisation_of(soci::session& s, const std::string& id) {
  std::string org;
  soci::indicator ind = soci::i_null;
  s << "SELECT organisation_id FROM people WHERE id = :id AND erased_at IS NULL",
      soci::into(org, ind), soci::use(id);
  return s.got_data() && ind == soci::i_ok ? org : "";
}

void move_stage(soci::session& s, const std::string& id, const std::string& to,
                const std::string& actor_id, std::time_t now) {
  std::string from;
  s << "SELECT stage FROM people WHERE id = :id", soci::into(from), soci::use(id);
  std::tm at = to_utc_tm(now);
  s << "UPDATE people SET stage = :st, updated_at = :t WHERE id = :id", soci::use(to),
      soci::use(at), soci::use(id);
  const std::string log_id = ids::make("stg");
  Nullable actor(actor_id);
  s << "INSERT INTO person_stage_log (id, person_id, from_stage, to_stage, actor_id, at) "
       "VALUES (:id, :p, :f, :to, :a, :t)",
      soci::use(log_id), soci::use(id), soci::use(from), soci::use(to),
      soci::use(actor.value, actor.ind), soci::use(at);
}

std::vector<StageChange> stage_log(soci::session& s, const std::string& id) {
  std::vector<StageChange> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT from_stage, to_stage, actor_id, at FROM person_stage_log "
                    "WHERE person_id = :id ORDER BY at, id",
       soci::use(id));
  for (const auto& r : rows)
    out.push_back({text(r, "from_stage"), text(r, "to_stage"), text(r, "actor_id"), timestamp(r, "at")});
  return out;
}

Task add_task(soci::session& s, const std::string& person_id, const std::string& title,
              std::optional<Date> due, const std::string& owner_id, std::time_t now) {
  Task t{ids::make("tsk"), person_id, title, owner_id, due, false};
  std::tm at = to_utc_tm(now);
  Nullable due_text(due), owner(owner_id);
  s << "INSERT INTO person_tasks (id, person_id, title, due, owner_id, created_at) "
       "VALUES (:id, :p, :t, :d, :o, :c)",
      soci::use(t.id), soci::use(person_id), soci::use(title), soci::use(due_text.value, due_text.ind),
      soci::use(owner.value, owner.ind), soci::use(at);
  touch(s, person_id, now);
  return t;
}

bool complete_task(soci::session& s, const std::string& person_id, const std::string& task_id,
                   std::time_t now) {
  std::tm at = to_utc_tm(now);
  soci::statement st = (s.prepare << "UPDATE person_tasks SET done_at = :t WHERE id = :id AND "
                                     "person_id = :p AND done_at IS NULL",
                        soci::use(at), soci::use(task_id), soci::use(person_id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  touch(s, person_id, now);
  return true;
}

std::vector<Task> tasks(soci::session& s, const std::string& person_id) {
  std::vector<Task> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, title, due, owner_id, done_at FROM person_tasks "
                    "WHERE person_id = :p ORDER BY created_at, id",
       soci::use(person_id));
  for (const auto& r : rows) {
    out.push_back({text(r, "id"), person_id, text(r, "title"), text(r, "owner_id"), date(r, "due"),
                   r.get_indicator("done_at") != soci::i_null});
  }
  return out;
}

std::vector<CaseloadLine> caseload(soci::session& s, const std::string& organisation_id,
                                   Date today) {
  std::vector<CaseloadLine> out;
  const std::string today_text = to_iso(today);
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT p.id, p.given_name, p.family_name, p.stage, p.document_expiry, "
                    "p.updated_at, "
                    "(SELECT occupation FROM person_targets t WHERE t.person_id = p.id "
                    " AND t.position = 0) AS main_target, "
                    "(SELECT COUNT(*) FROM person_tasks k WHERE k.person_id = p.id "
                    " AND k.done_at IS NULL AND k.due < :today) AS overdue "
                    "FROM people p WHERE p.organisation_id = :org AND p.stage <> 'closed' "
                    "AND p.erased_at IS NULL",
       soci::use(today_text), soci::use(organisation_id));
  for (const auto& r : rows) {
    CaseloadLine line;
    line.id = text(r, "id");
    line.given_name = text(r, "given_name");
    line.family_name = text(r, "family_name");
    line.stage = text(r, "stage");
    line.main_target = text(r, "main_target");
    line.document_expiry = date(r, "document_expiry");
    line.overdue_task = integer(r, "overdue") > 0;
    line.last_action = day_of(timestamp(r, "updated_at"));
    out.push_back(std::move(line));
  }
  return out;
}

void erase(soci::session& s, const std::string& id, std::time_t now) {
  std::tm at = to_utc_tm(now);
  s << "UPDATE people SET given_name = '-', family_name = '-', birth_date = NULL, phone = NULL, "
       "email = NULL, postcode = '-', licences = '', licence_origin = NULL, "
       "exchange_status = NULL, vehicle = 0, residence_status = NULL, document_type = NULL, "
       "document_expiry = NULL, limited_reason = NULL, authorised_employer = NULL, "
       "authorised_function = NULL, asylum_application_date = NULL, verified_by = NULL, "
       "verified_on = NULL, former_profession_inaccessible = NULL, user_id = NULL, "
       "no_nights = 0, no_weekends = 0, part_time_only = 0, access = 'none', fle_courses = NULL, "
       "updated_at = :t, erased_at = :t2 WHERE id = :id",
      soci::use(at), soci::use(at), soci::use(id);
  for (const char* table : {"person_languages", "person_past_jobs", "person_skills", "person_tasks",
                            "person_notes", "person_diplomas", "person_consents",
                            "person_shares", "person_documents"}) {
    s << std::string("DELETE FROM ") + table + " WHERE person_id = :id", soci::use(id);
  }
}

std::vector<std::string> closed_before(soci::session& s, std::time_t before) {
  std::vector<std::string> out;
  std::tm cutoff = to_utc_tm(before);
  soci::rowset<std::string> rows =
      (s.prepare << "SELECT id FROM people WHERE stage = 'closed' AND erased_at IS NULL AND "
                    "updated_at < :c ORDER BY id",
       soci::use(cutoff));
  for (const auto& id : rows) out.push_back(id);
  return out;
}

}  // namespace primowork::people::store
