#include "placements/proposal_store.h"

#include <algorithm>
#include <cctype>

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"

namespace primowork::placements::store {
namespace {

using db::Nullable;
using db::row_text;

// An integer to bind that is NULL when zero (PFI weeks, weekly hours).
struct NullableInt {
  int value;
  soci::indicator ind;
  explicit NullableInt(int v) : value(v), ind(v == 0 ? soci::i_null : soci::i_ok) {}
};

std::optional<double> row_double(const soci::row& r, const std::string& column) {
  if (r.get_indicator(column) == soci::i_null) return std::nullopt;
  switch (r.get_properties(column).get_data_type()) {
    case soci::dt_double:
      return r.get<double>(column);
    case soci::dt_string:
      return std::stod(r.get<std::string>(column));
    default:
      return static_cast<double>(db::row_integer(r, column));
  }
}

std::string make_pseudonym() {
  std::string hex = ids::random_hex(3);
  for (auto& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return "PW-" + hex;
}

Proposal read(const soci::row& r) {
  Proposal p;
  p.id = row_text(r, "id");
  p.person_id = row_text(r, "person_id");
  p.offer_id = row_text(r, "offer_id");
  p.organisation_id = row_text(r, "organisation_id");
  p.counsellor_id = row_text(r, "counsellor_id");
  p.pseudonym = row_text(r, "pseudonym");
  p.state = parse_state(row_text(r, "state")).value_or(ProposalState::kSuggested);
  p.version = static_cast<int>(db::row_integer(r, "version"));
  p.score = row_double(r, "score");
  p.explanation_json = row_text(r, "explanation");
  p.disclosed_by = row_text(r, "disclosed_by");
  p.consent_channel = row_text(r, "consent_channel");
  p.disclosed_on = db::row_date(r, "disclosed_on");
  p.interview_at = row_text(r, "interview_at");
  p.interview_place = row_text(r, "interview_place");
  p.internship_kind = row_text(r, "internship_kind");
  p.internship_start = db::row_date(r, "internship_start");
  p.internship_end = db::row_date(r, "internship_end");
  p.pfi_start = db::row_date(r, "pfi_start");
  p.pfi_weeks = static_cast<int>(db::row_integer(r, "pfi_weeks"));
  p.pfi_min_contract_end = db::row_date(r, "pfi_min_contract_end");
  if (const std::string c = row_text(r, "contract_type"); !c.empty()) {
    if (auto type = offers::parse_contract_type(c)) p.contract_type = *type;
  }
  p.contract_start = db::row_date(r, "contract_start");
  p.contract_end = db::row_date(r, "contract_end");
  p.weekly_hours = static_cast<int>(db::row_integer(r, "weekly_hours"));
  p.reason_code = row_text(r, "reason_code");
  p.reason_text = row_text(r, "reason_text");
  p.reason_shared = db::row_integer(r, "reason_shared") != 0;
  p.last_change = db::row_date(r, "last_change").value_or(Date{});
  p.reminder_sent = db::row_integer(r, "reminder_sent") != 0;
  p.created_by = row_text(r, "created_by");
  p.created_at = from_utc_tm(db::row_timestamp(r, "created_at"));
  p.updated_at = from_utc_tm(db::row_timestamp(r, "updated_at"));
  return p;
}

std::vector<Proposal> read_all(soci::rowset<soci::row>& rows) {
  std::vector<Proposal> out;
  for (const auto& r : rows) out.push_back(read(r));
  return out;
}

void log_move(soci::session& s, const std::string& id, const std::string& from,
              const std::string& to, Party party, const std::string& actor_id,
              const std::string& reason, const std::string& data_json, int version,
              std::time_t now) {
  const std::string log_id = ids::make("ptr");
  const std::string who(to_string(party));
  std::tm at = to_utc_tm(now);
  Nullable f(from), a(actor_id), why(reason);
  s << "INSERT INTO proposal_transitions (id, proposal_id, from_state, to_state, party, actor_id, "
       "reason, data, version, at) VALUES (:id, :p, :f, :t, :w, :a, :r, :d, :v, :at)",
      soci::use(log_id), soci::use(id), soci::use(f.value, f.ind), soci::use(to), soci::use(who),
      soci::use(a.value, a.ind), soci::use(why.value, why.ind), soci::use(data_json),
      soci::use(version), soci::use(at);
}

void run(soci::statement& st, const std::string& sql) {
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute(true);
}

FollowUp read_follow_up(const soci::row& r) {
  FollowUp f;
  f.id = row_text(r, "id");
  f.proposal_id = row_text(r, "proposal_id");
  f.person_id = row_text(r, "person_id");
  f.months = static_cast<int>(db::row_integer(r, "months"));
  f.due = db::row_date(r, "due_on").value_or(Date{});
  f.status = parse_follow_up_status(row_text(r, "status")).value_or(FollowUpStatus::kPending);
  if (const std::string c = row_text(r, "contract_type"); !c.empty()) {
    if (auto type = offers::parse_contract_type(c)) f.contract_type = *type;
  }
  f.end_reason = row_text(r, "end_reason");
  f.note = row_text(r, "note");
  f.recorded_by = row_text(r, "recorded_by");
  f.recorded_on = db::row_date(r, "recorded_on");
  return f;
}

}  // namespace

Proposal create(soci::session& s, Proposal p, Party party, const std::string& actor_id,
                const std::string& data_json, Date today, std::time_t now) {
  p.id = ids::make("prp");
  p.pseudonym = make_pseudonym();
  p.version = 1;
  p.last_change = today;
  p.created_by = actor_id;
  p.created_at = p.updated_at = now;
  std::tm at = to_utc_tm(now);
  const std::string state(to_string(p.state)), day = to_iso(today);
  double score = p.score.value_or(0);
  soci::indicator score_ind = p.score ? soci::i_ok : soci::i_null;
  Nullable creator(actor_id);
  s << "INSERT INTO proposals (id, person_id, offer_id, organisation_id, counsellor_id, "
       "pseudonym, state, version, score, explanation, last_change, created_by, created_at, "
       "updated_at) VALUES (:id, :pe, :of, :org, :co, :ps, :st, 1, :sc, :ex, :lc, :cb, :ca, :ua)",
      soci::use(p.id), soci::use(p.person_id), soci::use(p.offer_id), soci::use(p.organisation_id),
      soci::use(p.counsellor_id), soci::use(p.pseudonym), soci::use(state),
      soci::use(score, score_ind), soci::use(p.explanation_json), soci::use(day),
      soci::use(creator.value, creator.ind), soci::use(at), soci::use(at);
  log_move(s, p.id, "", state, party, actor_id, "", data_json, 1, now);
  return p;
}

std::optional<Proposal> find(soci::session& s, const std::string& id) {
  soci::row row;
  s << "SELECT * FROM proposals WHERE id = :id", soci::into(row), soci::use(id);
  if (!s.got_data()) return std::nullopt;
  return read(row);
}

bool save_transition(soci::session& s, const Proposal& p, ProposalState from, Party party,
                     const std::string& actor_id, const std::string& data_json, std::time_t now) {
  std::tm at = to_utc_tm(now);
  const std::string state(to_string(p.state)), last = to_iso(p.last_change);
  Nullable disclosed_by(p.disclosed_by), channel(p.consent_channel), disclosed_on(p.disclosed_on),
      interview_at(p.interview_at), place(p.interview_place), kind(p.internship_kind),
      i_start(p.internship_start), i_end(p.internship_end), pfi_start(p.pfi_start),
      pfi_min(p.pfi_min_contract_end),
      contract(p.contract_type ? std::string(offers::to_string(*p.contract_type)) : ""),
      c_start(p.contract_start), c_end(p.contract_end), code(p.reason_code), text(p.reason_text);
  NullableInt weeks(p.pfi_weeks), hours(p.weekly_hours);
  int shared = p.reason_shared ? 1 : 0, reminded = p.reminder_sent ? 1 : 0;
  int expected = p.version, next = p.version + 1;
  soci::statement st(s);
  auto use = [&](Nullable& n) { st.exchange(soci::use(n.value, n.ind)); };
  st.exchange(soci::use(state));
  use(disclosed_by);
  use(channel);
  use(disclosed_on);
  use(interview_at);
  use(place);
  use(kind);
  use(i_start);
  use(i_end);
  use(pfi_start);
  st.exchange(soci::use(weeks.value, weeks.ind));
  use(pfi_min);
  use(contract);
  use(c_start);
  use(c_end);
  st.exchange(soci::use(hours.value, hours.ind));
  use(code);
  use(text);
  st.exchange(soci::use(shared));
  st.exchange(soci::use(last));
  st.exchange(soci::use(reminded));
  st.exchange(soci::use(next));
  st.exchange(soci::use(at));
  st.exchange(soci::use(p.id));
  st.exchange(soci::use(expected));
  run(st,
      "UPDATE proposals SET state = :st, disclosed_by = :db, consent_channel = :cc, "
      "disclosed_on = :do, interview_at = :ia, interview_place = :ip, internship_kind = :ik, "
      "internship_start = :is, internship_end = :ie, pfi_start = :ps, pfi_weeks = :pw, "
      "pfi_min_contract_end = :pm, contract_type = :ct, contract_start = :cs, contract_end = :ce, "
      "weekly_hours = :wh, reason_code = :rc, reason_text = :rt, reason_shared = :rs, "
      "last_change = :lc, reminder_sent = :rm, version = :nv, updated_at = :ua "
      "WHERE id = :id AND version = :ev");
  if (st.get_affected_rows() != 1) return false;
  // The reason of a closing move: its code, and the written reason after it.
  const bool closing = !is_open(p.state) && p.state != ProposalState::kHired;
  const std::string reason = !closing                ? ""
                             : p.reason_text.empty() ? p.reason_code
                                                     : p.reason_code + ": " + p.reason_text;
  log_move(s, p.id, std::string(to_string(from)), state, party, actor_id, reason, data_json, next,
           now);
  return true;
}

std::vector<LogEntry> log(soci::session& s, const std::string& id) {
  std::vector<LogEntry> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM proposal_transitions WHERE proposal_id = :id ORDER BY version",
       soci::use(id));
  for (const auto& r : rows) {
    LogEntry e;
    e.from = row_text(r, "from_state");
    e.to = row_text(r, "to_state");
    e.party = row_text(r, "party");
    e.actor_id = row_text(r, "actor_id");
    e.reason = row_text(r, "reason");
    e.data_json = row_text(r, "data");
    e.version = static_cast<int>(db::row_integer(r, "version"));
    e.at = db::row_timestamp(r, "at");
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Proposal> of_person(soci::session& s, const std::string& person_id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM proposals WHERE person_id = :p ORDER BY created_at DESC, id",
       soci::use(person_id));
  return read_all(rows);
}

std::vector<Proposal> of_offer(soci::session& s, const std::string& offer_id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM proposals WHERE offer_id = :o ORDER BY created_at DESC, id",
       soci::use(offer_id));
  return read_all(rows);
}

std::vector<Proposal> of_organisations(soci::session& s, const std::vector<std::string>& orgs) {
  std::vector<Proposal> out;
  for (const auto& org : orgs) {
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT * FROM proposals WHERE "
                      "organisation_id = :o ORDER BY created_at DESC, id",
         soci::use(org));
    for (auto& p : read_all(rows)) out.push_back(std::move(p));
  }
  std::stable_sort(out.begin(), out.end(), [](const Proposal& a, const Proposal& b) {
    return a.created_at > b.created_at;
  });
  return out;
}

std::vector<Proposal> received_by_company(soci::session& s, const std::string& company_id) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT p.* FROM proposals p JOIN offers o ON o.id = p.offer_id WHERE "
                    "o.company_id = :c AND p.state NOT IN ('suggested', 'proposed') ORDER BY "
                    "p.created_at DESC, p.id",
       soci::use(company_id));
  return read_all(rows);
}

std::vector<Proposal> all(soci::session& s) {
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM proposals ORDER BY created_at DESC, id");
  return read_all(rows);
}

std::vector<Proposal> in_state(soci::session& s, ProposalState state) {
  const std::string code(to_string(state));
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM proposals WHERE state = :s ORDER BY last_change, id",
       soci::use(code));
  return read_all(rows);
}

void mark_reminded(soci::session& s, const std::string& id) {
  s << "UPDATE proposals SET reminder_sent = 1 WHERE id = :id", soci::use(id);
}

std::vector<Contact> employer_contacts(soci::session& s, const std::string& company_id) {
  std::vector<Contact> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT u.id, u.email, u.language FROM users u JOIN memberships m ON "
                    "m.user_id = u.id JOIN companies c ON c.organisation_id = m.organisation_id "
                    "WHERE c.id = :c AND u.role = 'employer' AND u.active = 1 ORDER BY u.login",
       soci::use(company_id));
  for (const auto& r : rows) {
    Contact c{row_text(r, "id"), row_text(r, "email"), row_text(r, "language")};
    if (!c.email.empty()) out.push_back(std::move(c));
  }
  return out;
}

std::vector<FollowUp> create_follow_ups(soci::session& s, const Proposal& hired, Date start) {
  std::vector<FollowUp> out;
  const std::string status(to_string(FollowUpStatus::kPending));
  for (const auto& due : follow_up_schedule(start)) {
    FollowUp f;
    f.id = ids::make("fup");
    f.proposal_id = hired.id;
    f.person_id = hired.person_id;
    f.months = due.months;
    f.due = due.due;
    const std::string day = to_iso(f.due);
    s << "INSERT INTO proposal_follow_ups (id, proposal_id, person_id, months, due_on, status) "
         "VALUES (:id, :p, :pe, :m, :d, :s)",
        soci::use(f.id), soci::use(f.proposal_id), soci::use(f.person_id), soci::use(f.months),
        soci::use(day), soci::use(status);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<FollowUp> follow_ups(soci::session& s, const std::string& proposal_id) {
  std::vector<FollowUp> out;
  soci::rowset<soci::row> rows = (s.prepare << "SELECT * FROM proposal_follow_ups WHERE "
                                               "proposal_id = :p ORDER BY months",
                                  soci::use(proposal_id));
  for (const auto& r : rows) out.push_back(read_follow_up(r));
  return out;
}

std::optional<FollowUp> find_follow_up(soci::session& s, const std::string& id) {
  soci::row row;
  s << "SELECT * FROM proposal_follow_ups WHERE id = :id", soci::into(row), soci::use(id);
  if (!s.got_data()) return std::nullopt;
  return read_follow_up(row);
}

std::vector<FollowUp> pending_follow_ups(soci::session& s, const std::vector<std::string>& orgs,
                                         Date until) {
  std::vector<FollowUp> out;
  const std::string day = to_iso(until);
  for (const auto& org : orgs) {
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT f.* FROM proposal_follow_ups f JOIN proposals p ON p.id = "
                      "f.proposal_id WHERE p.organisation_id = :o AND f.status = 'pending' AND "
                      "f.due_on <= :d ORDER BY f.due_on, f.id",
         soci::use(org), soci::use(day));
    for (const auto& r : rows) out.push_back(read_follow_up(r));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const FollowUp& a, const FollowUp& b) { return a.due < b.due; });
  return out;
}

void record_follow_up(soci::session& s, const FollowUp& f) {
  const std::string status(to_string(f.status));
  Nullable contract(f.contract_type ? std::string(offers::to_string(*f.contract_type)) : ""),
      reason(f.end_reason), note(f.note), by(f.recorded_by), on(f.recorded_on);
  s << "UPDATE proposal_follow_ups SET status = :s, contract_type = :c, end_reason = :r, note = "
       ":n, recorded_by = :b, recorded_on = :o WHERE id = :id",
      soci::use(status), soci::use(contract.value, contract.ind),
      soci::use(reason.value, reason.ind), soci::use(note.value, note.ind),
      soci::use(by.value, by.ind), soci::use(on.value, on.ind), soci::use(f.id);
}

}  // namespace primowork::placements::store
