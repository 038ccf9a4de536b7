#include "people/people_service.h"

#include <algorithm>

#include "matching/pivots.h"
#include "people/person_profile.h"
#include "platform/utf8.h"
#include "security/audit.h"
#include "taxonomy/text.h"

namespace primowork::people {
namespace {

Error not_found() {
  return Error{ErrorCode::kNotFound, "", N_("Ce dossier n'existe pas ou ne vous est pas accessible."),
               ""};
}

std::vector<std::string> organisations_of(soci::session& s, const security::Actor& actor) {
  return security::organisation_ids(s, actor);
}

bool is_counsellor(const security::Actor& actor) {
  return actor.user && actor.user->role == security::Role::kCounsellor;
}

bool member_of(const std::vector<std::string>& orgs, const std::string& org) {
  return std::find(orgs.begin(), orgs.end(), org) != orgs.end();
}

}  // namespace

PeopleService::PeopleService(db::Database& db, security::Guard& guard,
                             const occupations::Catalogue& catalogue,
                             const geography::Communes& communes,
                             const security::FieldCipher& cipher, const FileStore& files,
                             Clock clock)
    : db_(db),
      guard_(guard),
      catalogue_(catalogue),
      communes_(communes),
      cipher_(cipher),
      files_(files),
      clock_(std::move(clock)) {}

References PeopleService::references() const {
  auto rome = catalogue_.rome();
  return {[rome](std::string_view code) { return rome->taxonomy.occupation_id(code).has_value(); },
          [rome](std::string_view code) { return rome->taxonomy.skill_id(code).has_value(); },
          [this](std::string_view postcode) { return communes_.known(postcode); }};
}

std::string PeopleService::resolve_occupation(const std::string& raw) const {
  const std::string text(trim(raw));
  auto rome = catalogue_.rome();
  if (text.empty() || rome->taxonomy.occupation_id(text)) return text;
  if (text.size() > 8 && text.back() == ')') {  // "Label (CODE)"
    const auto open = text.rfind('(');
    if (open != std::string::npos) {
      const std::string code = text.substr(open + 1, text.size() - open - 2);
      if (rome->taxonomy.occupation_id(code)) return code;
    }
  }
  const std::string folded = taxonomy::fold(text);
  for (const auto& hit : rome->search->occupations(text, 5)) {
    const auto& o = rome->taxonomy.occupations()[hit.id];
    if (taxonomy::fold(hit.label) == folded || taxonomy::fold(o.label) == folded) return o.code;
  }
  return text;
}

void PeopleService::resolve_occupations(PersonFile& f) const {
  for (auto& t : f.targets) t = resolve_occupation(t);
  for (auto& j : f.past_jobs) j.occupation = resolve_occupation(j.occupation);
  f.former_profession_inaccessible = resolve_occupation(f.former_profession_inaccessible);
}

std::string PeopleService::occupation_display(const std::string& code) const {
  auto rome = catalogue_.rome();
  const auto id = rome->taxonomy.occupation_id(code);
  return id ? rome->taxonomy.occupations()[*id].label + " (" + code + ")" : code;
}

std::string PeopleService::skill_display(const std::string& code) const {
  auto rome = catalogue_.rome();
  const auto id = rome->taxonomy.skill_id(code);
  return id ? rome->taxonomy.skills()[*id].label : code;
}

std::vector<SkillChoice> PeopleService::skill_choices(const PersonFile& f) const {
  auto rome = catalogue_.rome();
  const auto& t = rome->taxonomy;
  std::vector<SkillChoice> out;
  auto add = [&](taxonomy::SkillId s) {
    const std::string& code = t.skills()[s].code;
    for (const auto& c : out) {
      if (c.code == code) return;
    }
    out.push_back({code, t.skills()[s].label});
  };
  for (const auto& held : f.skills) {
    if (auto s = t.skill_id(held.skill)) add(*s);
  }
  std::vector<std::string> occupations = f.targets;
  for (const auto& job : f.past_jobs) occupations.push_back(job.occupation);
  for (const auto& code : occupations) {
    auto o = t.occupation_id(code);
    if (!o) continue;
    for (const auto& link : t.skills_of(*o)) {
      if (link.core && out.size() < 60) add(link.skill);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const SkillChoice& a, const SkillChoice& b) { return a.label < b.label; });
  return out;
}

std::vector<Error> PeopleService::check(const PersonFile& draft,
                                        const std::vector<Error>& known) const {
  std::vector<Error> out;
  for (auto& e : check_person(normalise(draft), today(), references())) {
    const bool reported = std::any_of(known.begin(), known.end(),
                                      [&](const Error& k) { return k.field == e.field; });
    if (!reported) out.push_back(std::move(e));
  }
  return out;
}

Date PeopleService::today() const {
  return brussels_date(clock_());
}

std::optional<PersonFile> PeopleService::visible(soci::session& s, const security::Actor& actor,
                                                 const std::string& id,
                                                 const std::string& action) {
  const std::string org = store::organisation_of(s, id);
  if (!org.empty() && is_counsellor(actor) && member_of(organisations_of(s, actor), org))
    return store::find(s, id);
  if (!org.empty()) {  // exists, but not for this actor: an attempt worth recording
    security::audit::record(
        s, security::audit_entry(actor, clock_(), action, "person:" + id, "denied"));
  }
  return std::nullopt;
}

Result<Created> PeopleService::create(const security::Actor& actor, PersonFile draft) {
  draft = normalise(std::move(draft));
  draft.stage = "orientation";
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Created> {
    const auto orgs = organisations_of(s, actor);
    if (orgs.empty() || !is_counsellor(actor))
      return Error{ErrorCode::kForbidden, "", N_("Votre compte n'est rattaché à aucune organisation."),
                   ""};
    draft.organisation_id = orgs.front();
    draft.referent_id = actor.user->id;
    const auto errors = check_person(draft, today(), references());
    if (!errors.empty()) return errors.front();
    Created created;
    for (const auto& other : store::similar(s, draft)) {
      if (member_of(orgs, other.organisation_id))
        created.same_organisation.push_back(other.id);
      else
        ++created.elsewhere;
    }
    created.file = store::create(s, draft, actor.user->id, clock_());
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "person.create", "person:" + created.file.id,
                                 "success",
                                 created.same_organisation.empty() && created.elsewhere == 0
                                     ? ""
                                     : "possible duplicate"));
    return created;
  });
}

std::optional<FileView> PeopleService::readable(soci::session& s, const security::Actor& actor,
                                                 const std::string& id,
                                                 const std::string& action) {
  const std::string org = store::organisation_of(s, id);
  if (org.empty()) return std::nullopt;
  const auto orgs = organisations_of(s, actor);
  FileView v;
  // Candidates are members of their counsellor's organisation too: membership alone is not
  // ownership, the role is.
  if (is_counsellor(actor) && member_of(orgs, org)) {
    v.reach = Reach::kOwner;
    v.file = *store::find(s, id);
    return v;
  }
  if (actor.user && actor.user->role == security::Role::kCandidate &&
      store::user_of_person(s, id) == actor.user->id) {
    v.reach = Reach::kSelf;
    v.file = *store::find(s, id);
    return v;
  }
  if (is_counsellor(actor)) {
    if (auto share = store::live_share(s, id, orgs, today())) {
      v.reach = Reach::kShared;
      v.file = restrict_to(*store::find(s, id), *share);
      v.share = std::move(share);
      return v;
    }
  }
  security::audit::record(
      s, security::audit_entry(actor, clock_(), action, "person:" + id, "denied"));
  return std::nullopt;
}

void PeopleService::complete(soci::session& s, const security::Actor& actor, FileView& v) {
  const std::string& id = v.file.id;
  const bool journey = v.reach != Reach::kShared || v.share->opens("journey");
  if (journey) {
    v.stages = store::stage_log(s, id);
    v.tasks = store::tasks(s, id);
  }
  const Date day = today();
  const bool overdue = std::any_of(v.tasks.begin(), v.tasks.end(), [&](const store::Task& t) {
    return !t.done && t.due && *t.due < day;
  });
  v.urgency = urgency(v.file.document_expiry, overdue, std::nullopt, day);
  if (auto owner = security::accounts::find_organisation(s, v.file.organisation_id))
    v.owner_name = owner->name;
  if (v.reach != Reach::kShared || v.share->opens("project")) v.diplomas = store::diplomas(s, id);
  if (v.reach == Reach::kShared) return;
  v.documents = store::documents(s, id);
  for (auto& note : store::notes(s, id)) {
    if (note.sensitive) {
      if (v.reach != Reach::kOwner) continue;  // only the owning organisation reads them
      note.body = cipher_.decrypt(note.body).value_or("");
    }
    v.notes.push_back(std::move(note));
  }
  v.consents = store::consents(s, id);
  v.shares = store::shares(s, id);
  if (v.reach != Reach::kOwner) return;
  const std::string account = store::user_of_person(s, id);
  if (!account.empty()) {
    if (auto user = security::accounts::find_user(s, account))
      v.linked_account = user->display_name + " (" + user->login + ")";
  }
  const auto orgs = organisations_of(s, actor);
  for (const auto& other : store::similar(s, v.file)) {
    if (member_of(orgs, other.organisation_id))
      v.same_organisation.push_back(other.id);
    else
      ++v.elsewhere;
  }
}

Result<FileView> PeopleService::view(const security::Actor& actor, const std::string& id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<FileView> {
    auto v = readable(s, actor, id, "person.read");
    if (!v) return not_found();
    complete(s, actor, *v);
    const std::string how = v->reach == Reach::kShared ? "share" : v->reach == Reach::kSelf ? "self" : "";
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "person.read", "person:" + id, "success", how));
    return std::move(*v);
  });
}

Result<PersonFile> PeopleService::update(const security::Actor& actor, PersonFile changed) {
  changed = normalise(std::move(changed));
  return db::with_transaction(db_, [&](soci::session& s) -> Result<PersonFile> {
    auto current = visible(s, actor, changed.id, "person.update");
    if (!current) return not_found();
    changed.organisation_id = current->organisation_id;
    changed.referent_id = current->referent_id;
    changed.stage = current->stage;
    const auto errors = check_person(changed, today(), references());
    if (!errors.empty()) return errors.front();
    store::update(s, changed, clock_());
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.update",
                                                     "person:" + changed.id, "success"));
    return changed;
  });
}

Status PeopleService::move_stage(const security::Actor& actor, const std::string& id,
                                 const std::string& to) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    auto file = visible(s, actor, id, "person.stage");
    if (!file) return not_found();
    if (!stage_move_allowed(file->stage, to))
      return Error::invalid("stage", N_("Ce changement d'étape n'est pas possible."));
    store::move_stage(s, id, to, actor.user->id, clock_());
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.stage",
                                                     "person:" + id, "success",
                                                     file->stage + " -> " + to));
    return Ok{};
  });
}

Result<store::Task> PeopleService::add_task(const security::Actor& actor, const std::string& id,
                                            const std::string& title, const std::string& due) {
  const std::string clean(trim(title));
  if (clean.empty()) return Error::invalid("title", N_("Ce champ est obligatoire."));
  if (clean.size() > 400) return Error::invalid("title", N_("Ce texte est trop long."));
  std::optional<Date> due_date;
  if (!due.empty()) {
    due_date = parse_iso_date(due);
    if (!due_date) return Error::invalid("due", N_("Date invalide : utilisez le format AAAA-MM-JJ."));
  }
  return db::with_transaction(db_, [&](soci::session& s) -> Result<store::Task> {
    if (!visible(s, actor, id, "person.task")) return not_found();
    auto task = store::add_task(s, id, clean, due_date, actor.user->id, clock_());
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.task",
                                                     "person:" + id, "success", task.id));
    return task;
  });
}

Status PeopleService::complete_task(const security::Actor& actor, const std::string& id,
                                    const std::string& task_id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    if (!visible(s, actor, id, "person.task")) return not_found();
    if (!store::complete_task(s, id, task_id, clock_()))
      return Error{ErrorCode::kConflict, "task", N_("Cette tâche est déjà faite ou n'existe pas."), ""};
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.task_done",
                                                     "person:" + id, "success", task_id));
    return Ok{};
  });
}

std::vector<WorklistLine> PeopleService::worklist(const security::Actor& actor,
                                                  const WorklistFilter& filter) {
  std::vector<WorklistLine> out;
  const Date day = today();
  const std::string query = taxonomy::fold(filter.query);
  if (!is_counsellor(actor)) return out;
  db::with_transaction(db_, [&](soci::session& s) {
    for (const auto& org : organisations_of(s, actor)) {
      for (auto& line : store::caseload(s, org, day)) {
        if (!filter.stage.empty() && line.stage != filter.stage) continue;
        if (!filter.occupation.empty() && line.main_target != filter.occupation) continue;
        if (!query.empty() &&
            taxonomy::fold(line.given_name + " " + line.family_name).find(query) ==
                std::string::npos &&
            taxonomy::fold(line.family_name + " " + line.given_name).find(query) ==
                std::string::npos)
          continue;
        const Urgency u = urgency(line.document_expiry, line.overdue_task, line.last_action, day);
        out.push_back({std::move(line), u});
      }
    }
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.worklist",
                                                     "caseload", "success"));
  });
  std::sort(out.begin(), out.end(), [](const WorklistLine& a, const WorklistLine& b) {
    if (a.urgency.rank != b.urgency.rank) return a.urgency.rank < b.urgency.rank;
    const long ea = a.urgency.days_to_expiry.value_or(1L << 30);
    const long eb = b.urgency.days_to_expiry.value_or(1L << 30);
    if (ea != eb) return ea < eb;
    if (a.line.family_name != b.line.family_name) return a.line.family_name < b.line.family_name;
    return a.line.given_name < b.line.given_name;
  });
  return out;
}

std::vector<store::SharedLine> PeopleService::shared_with_me(const security::Actor& actor) {
  std::vector<store::SharedLine> out;
  if (!is_counsellor(actor)) return out;
  db::with_transaction(db_, [&](soci::session& s) {
    for (const auto& org : organisations_of(s, actor)) {
      for (auto& line : store::shared_with(s, org, today())) out.push_back(std::move(line));
    }
  });
  return out;
}

Result<Consent> PeopleService::record_consent(const security::Actor& actor, const std::string& id,
                                              const std::string& kind, const std::string& given_on,
                                              bool on_paper) {
  if (!is_code(consent_kinds(), kind))
    return Error::invalid("kind", N_("Choisissez une valeur de la liste."));
  Date given = today();
  if (!given_on.empty()) {
    auto parsed = parse_iso_date(given_on);
    if (!parsed) return Error::invalid("given_on", N_("Date invalide : utilisez le format AAAA-MM-JJ."));
    if (*parsed > today()) return Error::invalid("given_on", N_("Cette date est dans le futur."));
    given = *parsed;
  }
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Consent> {
    if (!visible(s, actor, id, "person.consent")) return not_found();
    auto c = store::record_consent(s, id, kind, given, on_paper, actor.user->id, clock_());
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.consent",
                                                     "person:" + id, "success",
                                                     kind + (on_paper ? " (papier)" : "")));
    return c;
  });
}

Status PeopleService::withdraw_consent(const security::Actor& actor, const std::string& id,
                                       const std::string& consent_id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    auto v = readable(s, actor, id, "person.consent_withdraw");
    if (!v || v->reach == Reach::kShared) return not_found();
    if (!store::withdraw_consent(s, id, consent_id, actor.user->id, clock_()))
      return Error{ErrorCode::kConflict, "consent",
                   N_("Ce consentement est déjà retiré ou n'existe pas."), ""};
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.consent_withdraw",
                                                     "person:" + id, "success", consent_id));
    return Ok{};
  });
}

std::vector<Organisation> PeopleService::share_targets(const security::Actor& actor) {
  std::vector<Organisation> out;
  db::with_transaction(db_, [&](soci::session& s) {
    const auto mine = organisations_of(s, actor);
    for (const auto& org : security::accounts::list_organisations(s)) {
      if (member_of(mine, org.id)) continue;
      if (org.kind != security::OrgKind::kIntegrationOperator &&
          org.kind != security::OrgKind::kCoordination)
        continue;
      out.push_back({org.id, org.name});
    }
  });
  return out;
}

Result<Share> PeopleService::share(const security::Actor& actor, const std::string& id,
                                   const std::string& organisation_id,
                                   const std::vector<std::string>& scope,
                                   const std::string& ends_on) {
  const auto ends = parse_iso_date(ends_on);
  auto errors = check_share(scope, ends, today());
  const auto targets = share_targets(actor);
  const bool target_ok = std::any_of(targets.begin(), targets.end(), [&](const Organisation& o) {
    return o.id == organisation_id;
  });
  if (!target_ok)
    errors.insert(errors.begin(),
                  Error::invalid("organisation", N_("Choisissez une organisation de la liste.")));
  if (!errors.empty()) return errors.front();
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Share> {
    if (!visible(s, actor, id, "person.share")) return not_found();
    auto sh = store::create_share(s, id, organisation_id, scope, *ends, actor.user->id, clock_());
    std::string parts;
    for (const auto& p : scope) parts += (parts.empty() ? "" : ",") + p;
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.share",
                                                     "person:" + id, "success",
                                                     organisation_id + " " + parts + " " + ends_on));
    return sh;
  });
}

Status PeopleService::end_share(const security::Actor& actor, const std::string& id,
                                const std::string& share_id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    if (!visible(s, actor, id, "person.share_end")) return not_found();
    if (!store::revoke_share(s, id, share_id, clock_()))
      return Error{ErrorCode::kConflict, "share", N_("Ce partage est déjà terminé ou n'existe pas."),
                   ""};
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.share_end",
                                                     "person:" + id, "success", share_id));
    return Ok{};
  });
}

std::vector<Account> PeopleService::linkable_accounts(const security::Actor& actor) {
  std::vector<Account> out;
  db::with_transaction(db_, [&](soci::session& s) {
    const auto mine = organisations_of(s, actor);
    for (const auto& user : security::accounts::list_users(s)) {
      if (user.role != security::Role::kCandidate || !user.active) continue;
      if (!store::person_of_user(s, user.id).empty()) continue;
      bool member = false;
      for (const auto& org : security::accounts::memberships(s, user.id))
        member = member || member_of(mine, org.id);
      if (member) out.push_back({user.id, user.display_name, user.login});
    }
  });
  return out;
}

Status PeopleService::link_account(const security::Actor& actor, const std::string& id,
                                   const std::string& user_id) {
  if (!user_id.empty()) {
    const auto accounts = linkable_accounts(actor);
    const bool ok = std::any_of(accounts.begin(), accounts.end(),
                                [&](const Account& a) { return a.id == user_id; });
    if (!ok) return Error::invalid("account", N_("Choisissez un compte de la liste."));
  }
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    if (!visible(s, actor, id, "person.account")) return not_found();
    store::link_user(s, id, user_id);
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.account",
                                                     "person:" + id, "success",
                                                     user_id.empty() ? "unlinked" : user_id));
    return Ok{};
  });
}

Result<FileView> PeopleService::my_file(const security::Actor& actor) {
  std::string id;
  {
    auto lease = db_.acquire();
    id = store::person_of_user(*lease, actor.user->id);
  }
  if (id.empty())
    return Error{ErrorCode::kNotFound, "", N_("Aucun dossier n'est relié à votre compte."), ""};
  return view(actor, id);
}

Status PeopleService::update_contact(const security::Actor& actor, const std::string& phone,
                                     const std::string& email,
                                     const std::string& preferred_language) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    const std::string id = store::person_of_user(s, actor.user->id);
    if (id.empty())
      return Error{ErrorCode::kNotFound, "", N_("Aucun dossier n'est relié à votre compte."), ""};
    PersonFile f = *store::find(s, id);
    f.phone = phone;
    f.email = email;
    f.preferred_language = preferred_language;
    f = normalise(std::move(f));
    for (const auto& e : check_person(f, today(), references())) {
      if (e.field == "phone" || e.field == "email" || e.field == "preferred_language") return e;
    }
    store::update(s, f, clock_());
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.contact",
                                                     "person:" + id, "success", "self"));
    return Ok{};
  });
}

Result<FileView> PeopleService::export_file(const security::Actor& actor, const std::string& id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<FileView> {
    auto v = readable(s, actor, id, "person.export");
    if (!v || v->reach == Reach::kShared) return not_found();
    complete(s, actor, *v);
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "person.export", "person:" + id, "success"));
    return std::move(*v);
  });
}

Result<Note> PeopleService::add_note(const security::Actor& actor, const std::string& id,
                                    const std::string& body, bool sensitive) {
  const std::string text(trim(body));
  if (auto errors = check_note(text); !errors.empty()) return errors.front();
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Note> {
    if (!visible(s, actor, id, "person.note")) return not_found();
    auto note = store::add_note(s, id, actor.user->id, sensitive ? cipher_.encrypt(text) : text,
                                sensitive, clock_());
    note.body = text;
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.note",
                                                     "person:" + id, "success",
                                                     sensitive ? "sensitive" : ""));
    return note;
  });
}

std::vector<Error> PeopleService::check(const Diploma& d) const {
  return check_diploma(d, today(), references());
}

Result<Diploma> PeopleService::save_diploma(const security::Actor& actor, const std::string& id,
                                            Diploma d) {
  d.person_id = id;
  if (auto errors = check(d); !errors.empty()) return errors.front();
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Diploma> {
    if (!visible(s, actor, id, "person.diploma")) return not_found();
    if (!d.id.empty()) {
      const auto existing = store::diplomas(s, id);
      const bool found = std::any_of(existing.begin(), existing.end(),
                                     [&](const Diploma& x) { return x.id == d.id; });
      if (!found) return not_found();
    }
    auto saved = store::save_diploma(s, d, clock_());
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.diploma",
                                                     "person:" + id, "success",
                                                     saved.id + " " + saved.status + " " +
                                                         saved.decision));
    return saved;
  });
}

Status PeopleService::delete_diploma(const security::Actor& actor, const std::string& id,
                                     const std::string& diploma_id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    if (!visible(s, actor, id, "person.diploma")) return not_found();
    if (!store::delete_diploma(s, id, diploma_id)) return not_found();
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.diploma_delete",
                                                     "person:" + id, "success", diploma_id));
    return Ok{};
  });
}

Status PeopleService::erase(const security::Actor& actor, const std::string& id) {
  std::vector<Document> removed;
  auto done = db::with_transaction(db_, [&](soci::session& s) -> Status {
    if (!visible(s, actor, id, "person.erase")) return not_found();
    removed = store::documents(s, id);
    store::erase(s, id, clock_());
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "person.erase", "person:" + id, "success"));
    return Ok{};
  });
  if (done) {
    for (const auto& d : removed) files_.remove(d.stored_as);  // after the commit
  }
  return done;
}

int PeopleService::apply_retention(int days) {
  if (days <= 0) return 0;
  std::vector<Document> removed;
  const int erased = db::with_transaction(db_, [&](soci::session& s) {
    const std::time_t now = clock_();
    const auto ids = store::closed_before(s, now - static_cast<std::time_t>(days) * 86400);
    security::Actor system;
    system.address = "retention";
    for (const auto& id : ids) {
      for (auto& d : store::documents(s, id)) removed.push_back(std::move(d));
      store::erase(s, id, now);
      security::audit::record(s, security::audit_entry(system, now, "person.erase",
                                                       "person:" + id, "success",
                                                       "retention " + std::to_string(days) +
                                                           " days"));
    }
    return static_cast<int>(ids.size());
  });
  for (const auto& d : removed) files_.remove(d.stored_as);
  return erased;
}

Result<Document> PeopleService::add_document(const security::Actor& actor, const std::string& id,
                                             const std::string& kind, const std::string& filename,
                                             const std::string& data) {
  if (auto errors = check_document(kind, filename, data); !errors.empty()) return errors.front();
  {
    auto lease = db_.acquire();
    if (!visible(*lease, actor, id, "person.document")) return not_found();
  }
  auto stored = files_.put(data);
  if (!stored) return stored.error();
  try {
    return db::with_transaction(db_, [&](soci::session& s) -> Result<Document> {
      if (!visible(s, actor, id, "person.document")) return not_found();
      Document d;
      d.person_id = id;
      d.kind = kind;
      d.filename = clean_filename(filename);
      d.content_type = sniff_content_type(data);
      d.size = data.size();
      d.sha256 = stored->sha256;
      d.stored_as = stored->name;
      d.uploaded_by = actor.user->id;
      d = store::add_document(s, d, clock_());
      security::audit::record(s, security::audit_entry(actor, clock_(), "person.document",
                                                       "person:" + id, "success",
                                                       d.id + " " + d.sha256));
      return d;
    });
  } catch (...) {
    files_.remove(stored->name);  // nothing half-saved
    throw;
  }
}

Result<PeopleService::DocumentContent> PeopleService::read_document(
    const security::Actor& actor, const std::string& id, const std::string& document_id) {
  auto found = db::with_transaction(db_, [&](soci::session& s) -> Result<Document> {
    auto v = readable(s, actor, id, "person.document_read");
    if (!v || v->reach == Reach::kShared) return not_found();
    auto d = store::document(s, id, document_id);
    if (!d) return not_found();
    security::audit::record(s, security::audit_entry(actor, clock_(), "person.document_read",
                                                     "person:" + id, "success", document_id));
    return *d;
  });
  if (!found) return found.error();
  auto data = files_.get(found->stored_as);
  if (!data || FileStore::sha256_hex(*data) != found->sha256)
    return Error::internal("document " + document_id + " missing or altered on disk");
  return DocumentContent{*found, std::move(*data)};
}

Result<std::string> PeopleService::document_bytes(const Document& document) const {
  auto data = files_.get(document.stored_as);
  if (!data || FileStore::sha256_hex(*data) != document.sha256)
    return Error::internal("document " + document.id + " missing or altered on disk");
  return std::move(*data);
}

std::vector<PivotView> PeopleService::pivots(const FileView& view, std::size_t limit) const {
  std::vector<PivotView> out;
  if (view.file.former_profession_inaccessible.empty()) return out;
  auto rome = catalogue_.rome();
  const auto& t = rome->taxonomy;
  const matching::Profile profile = to_profile(view.file, view.diplomas, t, communes_);
  for (const auto& p : matching::pivots(t, profile, limit)) {
    PivotView v;
    v.code = t.occupations()[p.occupation].code;
    v.label = t.occupations()[p.occupation].label;
    v.coverage_percent = static_cast<int>(p.coverage * 100.0f + 0.5f);
    for (std::size_t i = 0; i < p.missing_core.size() && i < 3; ++i)
      v.missing.push_back(t.skills()[p.missing_core[i]].label);
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace primowork::people
