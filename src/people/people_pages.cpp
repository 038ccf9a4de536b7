// The person file in the browser: the worklist, creating and editing a file, the file itself
// with its journey (stage, history) and action plan.
#include "people/people_pages.h"

#include "matches/explanation_text.h"
#include "people/people_form.h"
#include "people/people_json.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <stdexcept>
#include "platform/i18n_markers.h"
#include "platform/clock.h"
#include "security/pages.h"

namespace primowork::people {
namespace {

using security::Actor;

http::Response page(const PagesDeps& deps, const http::Request& r, const Actor& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  return security::render_page(deps.pages, r, a, title, tpl, dict, status);
}

http::Response not_found_page(const PagesDeps& deps, const http::Request& r, const Actor& a) {
  ctemplate::TemplateDictionary dict("missing");
  dict.SetValue("MESSAGE", deps.i18n.tr(r.lang, "Ce dossier n'existe pas ou ne vous est pas accessible."));
  return page(deps, r, a, deps.i18n.tr(r.lang, "Dossier introuvable"), "people/missing.tpl", dict,
              404);
}

std::string label(const PagesDeps& deps, const std::string& lang, const std::vector<Code>& codes,
                  const std::string& code) {
  const char* msgid = label_of(codes, code);
  return *msgid ? deps.i18n.tr(lang, msgid) : code;
}

http::Response form_page(const PagesDeps& deps, const http::Request& r, const Actor& a,
                         const PersonFile& file, const std::vector<Error>& errors, bool creating) {
  ctemplate::TemplateDictionary dict("person_form");
  const std::string heading = deps.i18n.tr(r.lang, creating ? "Nouveau dossier" : "Modifier le dossier");
  dict.SetValue("HEADING", heading);
  dict.SetValue("ACTION", creating ? "/accompagnement/nouveau"
                                   : "/accompagnement/" + file.id + "/modifier");
  dict.SetValue("SUBMIT", deps.i18n.tr(r.lang, creating ? "Créer le dossier" : "Enregistrer"));
  fill_form(
      dict, file, errors, deps.communes,
      [&deps](const std::string& code) { return deps.service.occupation_display(code); },
      deps.service.skill_choices(file), deps.i18n, r.lang);
  return page(deps, r, a, heading, "people/form.tpl", dict, errors.empty() ? 200 : 422);
}

std::string display_date(const std::optional<Date>& d) {
  return d ? to_iso(*d) : "";
}

void add_row(ctemplate::TemplateDictionary* section, const std::string& label,
             const std::string& value) {
  if (value.empty()) return;
  auto* row = section->AddSectionDictionary("ROW");
  row->SetValue("LABEL", label);
  row->SetValue("VALUE", value);
}

// The sections of a file (identity, rights, mobility, languages, project), each only when
// `opens` says the reader may see that part.
void fill_sections(ctemplate::TemplateDictionary& dict, const FileView& view,
                   const PagesDeps& deps, const std::string& lang,
                   const std::function<bool(const char*)>& opens) {
  const PersonFile& f = view.file;
  const auto& i18n = deps.i18n;
  auto tr = [&](const char* msgid) { return i18n.tr(lang, msgid); };
  ctemplate::TemplateDictionary scratch("hidden");  // sections the reader may not see
  auto* identity = opens("identity") ? dict.AddSectionDictionary("SECTION") : &scratch;
  identity->SetValue("SID", "identity");
  identity->SetValue("TITLE", tr("Identité et contact"));
  add_row(identity, tr("Date de naissance"), display_date(f.birth_date));
  add_row(identity, tr("Téléphone"), f.phone);
  add_row(identity, tr("Adresse e-mail"), f.email);
  if (const auto* c = deps.communes.find(f.postcode))
    add_row(identity, tr("Commune"), c->postcode + " " + c->name);

  auto* rights = opens("rights") ? dict.AddSectionDictionary("SECTION") : &scratch;
  rights->SetValue("SID", "rights");
  rights->SetValue("TITLE", tr("Droit au travail"));
  add_row(rights, tr("Situation de séjour"), label(deps, lang, residence_statuses(), f.residence_status));
  add_row(rights, tr("Document de séjour"), label(deps, lang, document_types(), f.document_type));
  add_row(rights, tr("Fin de validité du document"), display_date(f.document_expiry));
  add_row(rights, tr("Accès au marché du travail"), label(deps, lang, access_codes(), f.access));
  add_row(rights, tr("Raison de la limite"), label(deps, lang, limited_reasons(), f.limited_reason));
  add_row(rights, tr("Employeur autorisé"), f.authorised_employer);
  add_row(rights, tr("Fonction autorisée"), f.authorised_function);
  add_row(rights, tr("Vérifié par"), f.verified_by);
  add_row(rights, tr("Vérifié le"), display_date(f.verified_on));

  auto* mobility = opens("project") ? dict.AddSectionDictionary("SECTION") : &scratch;
  mobility->SetValue("SID", "mobility");
  mobility->SetValue("TITLE", tr("Mobilité"));
  add_row(mobility, tr("Trajet maximum (km)"), std::to_string(f.max_km));
  std::string licences;
  for (const auto& l : f.licences) licences += (licences.empty() ? "" : ", ") + l;
  add_row(mobility, tr("Permis de conduire"), licences);
  add_row(mobility, tr("Permis obtenu"), label(deps, lang, licence_origins(), f.licence_origin));
  add_row(mobility, tr("Échange du permis étranger"),
          label(deps, lang, exchange_statuses(), f.exchange_status));

  auto* languages = opens("languages") ? dict.AddSectionDictionary("SECTION") : &scratch;
  languages->SetValue("SID", "languages");
  languages->SetValue("TITLE", tr("Langues"));
  for (const auto& l : f.languages) {
    if (l.language == "fr") {
      add_row(languages, tr("Français : compréhension orale"), l.listening);
      add_row(languages, tr("Français : compréhension écrite"), l.reading);
      add_row(languages, tr("Français : expression orale"), l.speaking);
      add_row(languages, tr("Français : expression écrite"), l.writing);
    } else {
      const std::uint16_t code = static_cast<std::uint16_t>(
          (static_cast<unsigned>(l.language[0]) << 8) | static_cast<unsigned char>(l.language[1]));
      add_row(languages, matches::language_name(code, i18n, lang), l.overall);
    }
  }
  add_row(languages, tr("Cours de français suivis (FLE)"), f.fle_courses);

  auto* project = opens("project") ? dict.AddSectionDictionary("SECTION") : &scratch;
  project->SetValue("SID", "project");
  project->SetValue("TITLE", tr("Expérience et projet professionnel"));
  for (const auto& job : f.past_jobs) {
    add_row(project, tr("Métier exercé avant"),
            deps.service.occupation_display(job.occupation) +
                (job.years > 0 ? " — " + std::to_string(job.years) + " " + tr("ans") : "") +
                (job.where.empty() ? "" : " — " + job.where));
  }
  for (const auto& t : f.targets) add_row(project, tr("Métier visé"), deps.service.occupation_display(t));
  std::string skills;
  for (const auto& held : f.skills) {
    skills += (skills.empty() ? "" : " ; ") + deps.service.skill_display(held.skill) +
              (held.validated ? " (" + tr("validée") + ")" : "");
  }
  add_row(project, tr("Compétences"), skills);
  add_row(project, tr("Ancien métier non accessible"),
          deps.service.occupation_display(f.former_profession_inaccessible));
  std::string constraints;
  for (const auto& [on, text] : {std::pair{f.no_nights, N_("Pas de nuit")},
                                 std::pair{f.no_weekends, N_("Pas de week-end")},
                                 std::pair{f.part_time_only, N_("Temps partiel uniquement")}}) {
    if (on) constraints += (constraints.empty() ? "" : ", ") + tr(text);
  }
  add_row(project, tr("Contraintes"), constraints);

}


// Diplomas: the list (with an update form for the owner) and the form to add one.
void fill_diplomas(ctemplate::TemplateDictionary& dict, const FileView& view,
                   const PagesDeps& deps, const std::string& lang, bool owner, const Actor& a,
                   const std::vector<Error>& errors) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(lang, msgid); };
  for (const auto& d : view.diplomas) {
    auto* row = dict.AddSectionDictionary("DIPLOMA");
    row->SetValue("TITLE", d.title);
    row->SetValue("LEVEL", label(deps, lang, diploma_levels(), d.level));
    row->SetValue("COUNTRY", d.country);
    if (!d.field.empty()) row->SetValueAndShowSection("FIELD_TEXT", d.field, "FIELD");
    row->SetValue("STATUS", label(deps, lang, equivalence_statuses(), d.status));
    if (!d.decision.empty())
      row->SetValueAndShowSection("DECISION_TEXT",
                                  label(deps, lang, equivalence_decisions(), d.decision), "DECISION");
    if (!d.equivalent_title.empty())
      row->SetValueAndShowSection("EQUIVALENT_TEXT", d.equivalent_title, "EQUIVALENT");
    if (!d.opens_occupation.empty())
      row->SetValueAndShowSection("OPENS_TEXT", deps.service.occupation_display(d.opens_occupation),
                                  "OPENS");
    std::string dates;
    if (d.submitted_on) dates += tr("déposé le") + std::string(" ") + to_iso(*d.submitted_on);
    if (d.decided_on)
      dates += (dates.empty() ? "" : ", ") + tr("décidé le") + std::string(" ") + to_iso(*d.decided_on);
    if (d.fee_cents) {
      dates += (dates.empty() ? "" : ", ") + tr("frais :") + std::string(" ") +
               std::to_string(*d.fee_cents / 100) + " €";
    }
    if (!dates.empty()) row->SetValueAndShowSection("DATES_TEXT", dates, "DATES");
    if (!owner) continue;
    auto* edit = row->AddSectionDictionary("EDIT");
    edit->SetValue("PERSON", view.file.id);
    edit->SetValue("DIPLOMA_ID", d.id);
    edit->SetValue("DECIDED_ON", d.decided_on ? to_iso(*d.decided_on) : "");
    for (const auto& c : equivalence_statuses()) {
      auto* o = edit->AddSectionDictionary("STATUS_OPTION");
      o->SetValue("VALUE", std::string(c.code));
      o->SetValue("LABEL", tr(c.label));
      if (c.code == d.status) o->ShowSection("SELECTED");
    }
    for (const auto& c : equivalence_decisions()) {
      auto* o = edit->AddSectionDictionary("DECISION_OPTION");
      o->SetValue("VALUE", std::string(c.code));
      o->SetValue("LABEL", tr(c.label));
      if (c.code == d.decision) o->ShowSection("SELECTED");
    }
  }
  dict.ShowSection(view.diplomas.empty() ? "NO_DIPLOMA" : "HAS_DIPLOMAS");
  if (!owner) return;
  dict.ShowSection("DIPLOMA_FORM");
  std::map<std::string, std::string> by_field;
  // Form names carry a "d_" prefix: the page holds other forms (a task's "title"...).
  for (const auto& e : errors) {
    if (e.field.rfind("d_", 0) == 0) by_field.emplace(e.field, tr(e.message_id.c_str()));
  }
  const bool kept = !errors.empty();  // re-show what was typed
  auto field = [&](const std::string& bare, const char* text) {
    const std::string name = "d_" + bare;
    auto* f = dict.AddSectionDictionary("DFIELD");
    f->SetValue("NAME", name);
    f->SetValue("LABEL", tr(text));
    if (auto it = by_field.find(name); it != by_field.end()) {
      f->SetValueAndShowSection("MESSAGE", it->second, "ERROR");
      f->ShowSection("INVALID");
    }
    return f;
  };
  auto input = [&](const std::string& name, const char* text, const char* type) {
    auto* f = field(name, text);
    f->ShowSection("IS_INPUT");
    f->SetValue("TYPE", type);
    f->SetValue("VALUE", kept ? a.field(("d_" + name).c_str()) : "");
    return f;
  };
  auto select = [&](const std::string& name, const char* text, const std::vector<Code>& codes,
                    bool empty) {
    auto* f = field(name, text);
    f->ShowSection("IS_SELECT");
    const std::string chosen = kept ? a.field(("d_" + name).c_str()) : "";
    if (empty) {
      auto* o = f->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", "");
      o->SetValue("LABEL", tr("(non indiqué)"));
    }
    for (const auto& c : codes) {
      auto* o = f->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", std::string(c.code));
      o->SetValue("LABEL", tr(c.label));
      if (c.code == chosen) o->ShowSection("SELECTED");
    }
  };
  input("title", N_("Intitulé du diplôme"), "text");
  input("country", N_("Pays"), "text");
  select("level", N_("Niveau"), diploma_levels(), false);
  input("field", N_("Domaine (facultatif)"), "text");
  select("status", N_("Demande d'équivalence"), equivalence_statuses(), false);
  select("decision", N_("Décision (si reçue)"), equivalence_decisions(), true);
  input("submitted_on", N_("Dossier déposé le"), "date");
  input("decided_on", N_("Décision reçue le"), "date");
  input("fee", N_("Frais payés (euros)"), "text");
  input("equivalent_title", N_("Titre ou niveau reconnu"), "text");
  input("opens_occupation", N_("Métier réglementé qu'il ouvre (facultatif)"), "text")
      ->ShowSection("COMBOBOX");
}


std::string size_text(std::size_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " o";
  if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " ko";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f Mo", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

void fill_documents(ctemplate::TemplateDictionary& dict, const FileView& view,
                    const PagesDeps& deps, const std::string& lang) {
  for (const auto& d : view.documents) {
    auto* row = dict.AddSectionDictionary("DOCUMENT");
    row->SetValue("DOC_ID", d.id);
    row->SetValue("FILENAME", d.filename);
    row->SetValue("KIND", label(deps, lang, document_kinds(), d.kind));
    row->SetValue("SIZE", size_text(d.size));
    row->SetValue("AT", format_utc(from_utc_tm(d.at), "%Y-%m-%d"));
    row->SetValue("SHA", d.sha256.substr(0, 12));
  }
  if (!view.documents.empty()) dict.ShowSection("HAS_DOCUMENTS");
}

// A document as a download: never shown inline, never sniffed by the browser.
http::Response document_download(const PeopleService::DocumentContent& c) {
  http::Response resp;
  resp.status = 200;
  resp.body = c.data;
  resp.headers.set("Content-Type", c.document.content_type);
  resp.headers.set("Content-Disposition", "attachment; filename=\"" + c.document.filename + "\"");
  resp.headers.set("X-Content-Type-Options", "nosniff");
  resp.headers.set("Cache-Control", "no-store");
  return resp;
}

http::Response file_page(const PagesDeps& deps, http::Request& r, const Actor& a,
                         const std::vector<Error>& errors = {}) {
  auto view = deps.service.view(a, r.param("id"));
  if (!view) return not_found_page(deps, r, a);
  const PersonFile& f = view->file;
  const auto& i18n = deps.i18n;
  const std::string& lang = r.lang;
  auto tr = [&](const char* msgid) { return i18n.tr(lang, msgid); };
  ctemplate::TemplateDictionary dict("person");
  dict.SetValue("ID", f.id);
  dict.SetValue("NAME", f.given_name + " " + f.family_name);
  if (r.query.get_or("cree", "") == "1") dict.ShowSection("CREATED");
  if (r.query.get_or("enregistre", "") == "1") dict.ShowSection("SAVED");
  if (!view->same_organisation.empty() || view->elsewhere > 0) {
    std::string text = tr("Un autre dossier ressemble à celui-ci (même nom et date de naissance, "
                          "même e-mail ou même téléphone).");
    if (view->elsewhere > 0)
      text += " " + tr("Un dossier semblable existe dans une autre organisation : parlez-en à la "
                       "coordination avant de continuer.");
    dict.SetValueAndShowSection("DUPLICATE_TEXT", text, "DUPLICATE");
    if (!view->same_organisation.empty()) {
      dict.ShowSection("SAME_ORG");
      for (const auto& id : view->same_organisation)
        dict.AddSectionDictionary("OTHER")->SetValue("ID", id);
    }
  }
  if (view->urgency.rank <= 2 && view->urgency.days_to_expiry) {
    const long days = *view->urgency.days_to_expiry;
    const std::string text =
        days < 0 ? tr("Le document de séjour est expiré.")
                 : i18n.trn(lang, "Le document de séjour expire dans {{N}} jour.",
                            "Le document de séjour expire dans {{N}} jours.", days);
    std::string filled = text;
    const auto at = filled.find("{{N}}");
    if (at != std::string::npos) filled.replace(at, 5, std::to_string(days));
    dict.SetValueAndShowSection("URGENT_TEXT", filled, "URGENT");
  }

  const bool shared = view->reach == Reach::kShared;
  auto opens = [&](const char* part) { return !shared || view->share->opens(part); };
  if (shared) {
    std::string parts;
    for (const auto& part : view->share->scope)
      parts += (parts.empty() ? "" : ", ") + label(deps, lang, share_parts(), part);
    std::string text = tr("Dossier partagé par {{ORG}} jusqu'au {{DATE}}. Parties visibles : {{PARTS}}.");
    for (const auto& [key, value] :
         {std::pair<std::string, std::string>{"{{ORG}}", view->owner_name},
          {"{{DATE}}", to_iso(view->share->ends_on)},
          {"{{PARTS}}", parts}}) {
      const auto at = text.find(key);
      if (at != std::string::npos) text.replace(at, key.size(), value);
    }
    dict.SetValueAndShowSection("SHARED_TEXT", text, "SHARED");
  } else {
    dict.ShowSection("OWNER");
  }
  if (opens("journey")) dict.ShowSection("JOURNEY");
  fill_sections(dict, *view, deps, lang, opens);
  dict.SetValue("STAGE", label(deps, lang, stages(), f.stage));
  for (const auto& s : stages()) {
    if (!stage_move_allowed(f.stage, s.code)) continue;
    auto* o = dict.AddSectionDictionary("STAGE_OPTION");
    o->SetValue("VALUE", std::string(s.code));
    o->SetValue("LABEL", tr(s.label));
  }
  for (const auto& change : view->stages) {
    auto* row = dict.AddSectionDictionary("LOG");
    row->SetValue("AT", format_utc(from_utc_tm(change.at), "%Y-%m-%d %H:%M") + " UTC");
    row->SetValue("FROM", change.from.empty() ? "—" : label(deps, lang, stages(), change.from));
    row->SetValue("TO", label(deps, lang, stages(), change.to));
  }
  const Date today = deps.service.today();
  for (const auto& t : view->tasks) {
    auto* row = dict.AddSectionDictionary("TASK");
    row->SetValue("TITLE", t.title);
    row->SetValue("TASK_ID", t.id);
    row->SetValue("PERSON", f.id);
    if (t.due) row->SetValueAndShowSection("DUE_DATE", to_iso(*t.due), "DUE");
    if (t.done) row->ShowSection("DONE");
    if (!t.done && !shared) row->ShowSection("CAN_DONE");  // the owner's counsellor only
    if (!t.done && t.due && *t.due < today) row->ShowSection("LATE");
  }
  dict.ShowSection(view->tasks.empty() ? "NO_TASK" : "HAS_TASKS");
  if (opens("project")) {
    for (const auto& pv : deps.service.pivots(*view)) {
      auto* row = dict.AddSectionDictionary("PIVOT");
      row->SetValue("CODE", pv.code);
      row->SetValue("LABEL", pv.label);
      row->SetIntValue("COVERAGE", pv.coverage_percent);
      std::string missing;
      for (const auto& m : pv.missing) missing += (missing.empty() ? "" : " ; ") + m;
      if (!missing.empty()) row->SetValueAndShowSection("MISSING_TEXT", missing, "MISSING");
      dict.ShowSection("HAS_PIVOTS");
    }
    dict.ShowSection("DIPLOMAS_VISIBLE");
    fill_diplomas(dict, *view, deps, lang, !shared, a, errors);
  }
  if (!shared) {
    fill_documents(dict, *view, deps, lang);
    if (view->documents.empty()) dict.ShowSection("NO_DOCUMENT");
    for (const auto& k : document_kinds()) {
      auto* o = dict.AddSectionDictionary("DOCUMENT_KIND");
      o->SetValue("VALUE", std::string(k.code));
      o->SetValue("LABEL", tr(k.label));
    }
    for (const auto& n : view->notes) {
      auto* row = dict.AddSectionDictionary("NOTE");
      row->SetValue("AT", format_utc(from_utc_tm(n.at), "%Y-%m-%d %H:%M") + " UTC");
      row->SetValue("AUTHOR", n.author_name);
      row->SetValue("BODY", n.body);
      if (n.sensitive) row->ShowSection("SENSITIVE");
    }
    dict.ShowSection(view->notes.empty() ? "NO_NOTE" : "HAS_NOTES");
  }
  if (!shared) {
    for (const auto& c : view->consents) {
      auto* row = dict.AddSectionDictionary("CONSENT");
      row->SetValue("KIND", label(deps, lang, consent_kinds(), c.kind));
      row->SetValue("GIVEN_ON", to_iso(c.given_on));
      row->SetValue("VERSION", c.text_version);
      row->SetValue("CONSENT_ID", c.id);
      if (c.on_paper) row->ShowSection("ON_PAPER");
      row->ShowSection(c.withdrawn ? "WITHDRAWN" : "LIVE");
    }
    dict.ShowSection(view->consents.empty() ? "NO_CONSENT" : "HAS_CONSENTS");
    for (const auto& k : consent_kinds()) {
      auto* o = dict.AddSectionDictionary("KIND_OPTION");
      o->SetValue("VALUE", std::string(k.code));
      o->SetValue("LABEL", tr(k.label));
      auto* text = dict.AddSectionDictionary("CONSENT_TEXT");
      text->SetValue("LABEL", tr(k.label));
      text->SetValue("TEXT", tr(consent_text(k.code)));
    }
    for (const auto& sh : view->shares) {
      auto* row = dict.AddSectionDictionary("SHARE");
      row->SetValue("ORG", sh.organisation_name);
      std::string parts;
      for (const auto& part : sh.scope)
        parts += (parts.empty() ? "" : ", ") + label(deps, lang, share_parts(), part);
      row->SetValue("PARTS", parts);
      row->SetValue("ENDS_ON", to_iso(sh.ends_on));
      row->SetValue("SHARE_ID", sh.id);
      if (sh.live(today))
        row->ShowSection("OPEN_SHARE");
      else
        row->ShowSection("ENDED");
    }
    dict.ShowSection(view->shares.empty() ? "NO_SHARE" : "HAS_SHARES");
    for (const auto& org : deps.service.share_targets(a)) {
      auto* o = dict.AddSectionDictionary("ORG_OPTION");
      o->SetValue("VALUE", org.id);
      o->SetValue("LABEL", org.name);
    }
    for (const auto& part : share_parts()) {
      auto* o = dict.AddSectionDictionary("PART");
      o->SetValue("VALUE", std::string(part.code));
      o->SetValue("LABEL", tr(part.label));
    }
    if (!view->linked_account.empty()) {
      dict.SetValueAndShowSection("LINKED_NAME", view->linked_account, "LINKED");
    } else {
      dict.ShowSection("NOT_LINKED");
      for (const auto& account : deps.service.linkable_accounts(a)) {
        auto* o = dict.AddSectionDictionary("ACCOUNT_OPTION");
        o->SetValue("VALUE", account.id);
        o->SetValue("LABEL", account.name + " (" + account.login + ")");
      }
    }
  }
  for (const auto& e : errors) {
    std::string section = e.field;
    std::transform(section.begin(), section.end(), section.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    dict.AddSectionDictionary(section + "_ERROR")->SetValue("MESSAGE", i18n.tr(lang, e.message_id));
  }
  return page(deps, r, a, f.given_name + " " + f.family_name, "people/file.tpl", dict,
              errors.empty() ? 200 : 422);
}


// After a small action on the file page: back to the file (at `anchor`), or the file page again
// with the error next to its field, or "not found".
http::Response after_action(const PagesDeps& deps, http::Request& r, const Actor& a,
                            const Status& done, const std::string& anchor) {
  if (!done && done.error().code == ErrorCode::kNotFound) return not_found_page(deps, r, a);
  if (!done) return file_page(deps, r, a, {done.error()});
  return http::Response::redirect("/accompagnement/" + r.param("id") + anchor);
}

// The whole file as a JSON download (access and portability).
http::Response download(const FileView& v) {
  http::Response resp = http::Response::json(export_json(v).dump(2));
  resp.headers.set("Content-Disposition",
                   "attachment; filename=\"dossier-" + v.file.id + ".json\"");
  resp.headers.set("Cache-Control", "no-store");
  return resp;
}


http::Response mine_page(const PagesDeps& deps, http::Request& r, const Actor& a,
                         const std::vector<Error>& errors = {}) {
  auto view = deps.service.my_file(a);
  if (!view) {
    ctemplate::TemplateDictionary dict("no_file");
    return page(deps, r, a, deps.i18n.tr(r.lang, "Mon dossier"), "people/no_file.tpl", dict);
  }
  const auto& lang = r.lang;
  auto tr = [&](const char* msgid) { return deps.i18n.tr(lang, msgid); };
  ctemplate::TemplateDictionary dict("mine");
  std::string kept = tr("Votre dossier est tenu par {{ORG}}.");
  if (const auto at = kept.find("{{ORG}}"); at != std::string::npos)
    kept.replace(at, 7, view->owner_name);
  dict.SetValue("KEPT_BY", kept);
  dict.SetValue("NAME", view->file.given_name + " " + view->file.family_name);
  if (r.query.get_or("enregistre", "") == "1") dict.ShowSection("SAVED");
  if (r.query.get_or("retire", "") == "1") dict.ShowSection("WITHDRAWN_NOW");
  fill_sections(dict, *view, deps, lang, [](const char*) { return true; });
  const PersonFile& f = view->file;
  dict.SetValue("PHONE", errors.empty() ? f.phone : a.field("phone"));
  dict.SetValue("EMAIL", errors.empty() ? f.email : a.field("email"));
  const std::string chosen = errors.empty() ? f.preferred_language : a.field("preferred_language");
  for (std::uint16_t code : matches::known_languages()) {
    const std::string value{static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
    auto* o = dict.AddSectionDictionary("LANGUAGE_OPTION");
    o->SetValue("VALUE", value);
    o->SetValue("LABEL", matches::language_name(code, deps.i18n, lang));
    if (value == chosen) o->ShowSection("SELECTED");
  }
  for (const auto& c : view->consents) {
    auto* row = dict.AddSectionDictionary("CONSENT");
    row->SetValue("KIND", label(deps, lang, consent_kinds(), c.kind));
    row->SetValue("TEXT", tr(consent_text(c.kind)));
    row->SetValue("GIVEN_ON", to_iso(c.given_on));
    row->SetValue("CONSENT_ID", c.id);
    row->ShowSection(c.withdrawn ? "WITHDRAWN" : "LIVE");
  }
  dict.ShowSection(view->consents.empty() ? "NO_CONSENT" : "HAS_CONSENTS");
  const Date today = deps.service.today();
  for (const auto& sh : view->shares) {
    auto* row = dict.AddSectionDictionary("SHARE");
    row->SetValue("ORG", sh.organisation_name);
    std::string parts;
    for (const auto& part : sh.scope)
      parts += (parts.empty() ? "" : ", ") + label(deps, lang, share_parts(), part);
    row->SetValue("PARTS", parts);
    row->SetValue("ENDS_ON", to_iso(sh.ends_on));
    if (!sh.live(today)) row->ShowSection("ENDED");
  }
  if (!view->shares.empty()) dict.ShowSection("HAS_SHARES");
  fill_documents(dict, *view, deps, lang);
  for (const auto& e : errors) {
    dict.ShowSection("ERRORS");
    auto* item = dict.AddSectionDictionary("ERROR");
    item->SetValue("FIELD_ID", "field-" + e.field);
    item->SetValue("MESSAGE", deps.i18n.tr(lang, e.message_id));
    std::string section = e.field;
    std::transform(section.begin(), section.end(), section.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    dict.AddSectionDictionary(section + "_ERROR")->SetValue("MESSAGE", deps.i18n.tr(lang, e.message_id));
  }
  return page(deps, r, a, tr("Mon dossier"), "people/mine.tpl", dict, errors.empty() ? 200 : 422);
}

}  // namespace

void mount_people_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/accompagnement", "person.manage", [deps](http::Request& r, Actor& a) {
    WorklistFilter filter;
    filter.query = r.query.get_or("q", "").substr(0, 100);
    filter.stage = r.query.get_or("etape", "");
    if (!is_code(stages(), filter.stage)) filter.stage.clear();
    filter.occupation = r.query.get_or("metier", "").substr(0, 16);
    const auto lines = deps.service.worklist(a, filter);
    ctemplate::TemplateDictionary dict("worklist");
    dict.SetValue("Q", filter.query);
    if (r.query.get_or("efface", "") == "1") dict.ShowSection("ERASED");
    dict.SetValue("OCCUPATION", filter.occupation);
    for (const auto& s : stages()) {
      auto* o = dict.AddSectionDictionary("STAGE_OPTION");
      o->SetValue("VALUE", std::string(s.code));
      o->SetValue("LABEL", deps.i18n.tr(r.lang, s.label));
      if (s.code == filter.stage) o->ShowSection("SELECTED");
    }
    for (const auto& l : lines) {
      auto* row = dict.AddSectionDictionary("LINE");
      row->SetValue("ID", l.line.id);
      row->SetValue("NAME", l.line.family_name + " " + l.line.given_name);
      row->SetValue("STAGE", label(deps, r.lang, stages(), l.line.stage));
      row->SetValue("TARGET", deps.service.occupation_display(l.line.main_target));
      std::string urgency;
      switch (l.urgency.rank) {
        case 1:
          urgency = *l.urgency.days_to_expiry < 0
                        ? deps.i18n.tr(r.lang, "Document expiré")
                        : deps.i18n.tr(r.lang, "Document à renouveler dans moins de 30 jours");
          break;
        case 2:
          urgency = deps.i18n.tr(r.lang, "Document à renouveler dans moins de 90 jours");
          break;
        case 3:
          urgency = deps.i18n.tr(r.lang, "Tâche en retard");
          break;
        case 4:
          urgency = deps.i18n.tr(r.lang, "Sans action depuis 60 jours");
          break;
        default:
          urgency = "—";
      }
      row->SetValue("URGENCY", urgency);
    }
    dict.ShowSection(lines.empty() ? "NO_LINE" : "HAS_LINES");
    if (deps.follow_ups) {
      const auto follow_ups = deps.follow_ups(a);
      for (std::size_t i = 0; i < follow_ups.size() && i < 10; ++i) {
        const auto& f = follow_ups[i];
        auto* row = dict.AddSectionDictionary("FOLLOW_UP");
        row->SetValue("ID", f.id);
        row->SetValue("MONTHS", std::to_string(f.months));
        row->SetValue("DUE", f.due);
        if (f.overdue) row->ShowSection("OVERDUE");
        std::string name;
        for (const auto& l : lines)
          if (l.line.id == f.person_id) name = l.line.family_name + " " + l.line.given_name;
        row->SetValue("NAME", name.empty() ? "—" : name);
        dict.ShowSection("HAS_FOLLOW_UPS");
      }
    }
    for (const auto& shared : deps.service.shared_with_me(a)) {
      auto* row = dict.AddSectionDictionary("SHARED_LINE");
      row->SetValue("ID", shared.person_id);
      row->SetValue("NAME", shared.family_name + " " + shared.given_name);
      row->SetValue("FROM", shared.from_organisation);
      row->SetValue("ENDS_ON", to_iso(shared.ends_on));
      dict.ShowSection("HAS_SHARED");
    }
    return page(deps, r, a, deps.i18n.tr(r.lang, "Mes dossiers"), "people/worklist.tpl", dict);
  });

  g.get(router, "/accompagnement/nouveau", "person.manage", [deps](http::Request& r, Actor& a) {
    return form_page(deps, r, a, PersonFile{}, {}, true);
  });

  g.post(router, "/accompagnement/nouveau", "person.manage", [deps](http::Request& r, Actor& a) {
    std::vector<Error> errors;
    PersonFile draft = read_form(a.form.fields, errors);
    deps.service.resolve_occupations(draft);
    for (auto& e : deps.service.check(draft, errors)) errors.push_back(std::move(e));
    if (!errors.empty()) return form_page(deps, r, a, draft, errors, true);
    auto created = deps.service.create(a, draft);
    if (!created) return form_page(deps, r, a, draft, {created.error()}, true);
    return http::Response::redirect("/accompagnement/" + created->file.id + "?cree=1");
  });

  g.get(router, "/accompagnement/{id:id}", "person.manage",
        [deps](http::Request& r, Actor& a) { return file_page(deps, r, a); });

  g.get(router, "/accompagnement/{id:id}/modifier", "person.manage",
        [deps](http::Request& r, Actor& a) {
          auto view = deps.service.view(a, r.param("id"));
          if (!view) return not_found_page(deps, r, a);
          return form_page(deps, r, a, view->file, {}, false);
        });

  g.post(router, "/accompagnement/{id:id}/modifier", "person.manage",
         [deps](http::Request& r, Actor& a) {
           std::vector<Error> errors;
           PersonFile changed = read_form(a.form.fields, errors);
           changed.id = r.param("id");
           deps.service.resolve_occupations(changed);
           for (auto& e : deps.service.check(changed, errors)) errors.push_back(std::move(e));
           if (!errors.empty()) return form_page(deps, r, a, changed, errors, false);
           auto saved = deps.service.update(a, changed);
           if (!saved && saved.error().code == ErrorCode::kNotFound)
             return not_found_page(deps, r, a);
           if (!saved) return form_page(deps, r, a, changed, {saved.error()}, false);
           return http::Response::redirect("/accompagnement/" + changed.id + "?enregistre=1");
         });

  g.post(router, "/accompagnement/{id:id}/etape", "person.manage",
         [deps](http::Request& r, Actor& a) {
           auto moved = deps.service.move_stage(a, r.param("id"), a.field("stage"));
           if (!moved && moved.error().code == ErrorCode::kNotFound)
             return not_found_page(deps, r, a);
           if (!moved) return file_page(deps, r, a, {moved.error()});
           return http::Response::redirect("/accompagnement/" + r.param("id") + "#h-journey");
         });

  g.post(router, "/accompagnement/{id:id}/taches", "person.manage",
         [deps](http::Request& r, Actor& a) {
           auto added = deps.service.add_task(a, r.param("id"), a.field("title"), a.field("due"));
           if (!added && added.error().code == ErrorCode::kNotFound)
             return not_found_page(deps, r, a);
           if (!added) return file_page(deps, r, a, {added.error()});
           return http::Response::redirect("/accompagnement/" + r.param("id") + "#h-tasks");
         });

  g.post(router, "/accompagnement/{id:id}/taches/{task:id}/fait", "person.manage",
         [deps](http::Request& r, Actor& a) {
           auto done = deps.service.complete_task(a, r.param("id"), r.param("task"));
           if (!done && done.error().code == ErrorCode::kNotFound)
             return not_found_page(deps, r, a);
           return http::Response::redirect("/accompagnement/" + r.param("id") + "#h-tasks");
         });

  // Consents, shares and the person's account (the owner's counsellor).
  g.post(router, "/accompagnement/{id:id}/consentements", "person.manage",
         [deps](http::Request& r, Actor& a) {
           auto done = deps.service.record_consent(a, r.param("id"), a.field("kind"),
                                                   a.field("given_on"), !a.field("on_paper").empty());
           return after_action(deps, r, a, done ? Status(Ok{}) : Status(done.error()), "#h-consents");
         });
  g.post(router, "/accompagnement/{id:id}/consentements/{consent:id}/retirer", "person.manage",
         [deps](http::Request& r, Actor& a) {
           return after_action(deps, r, a,
                               deps.service.withdraw_consent(a, r.param("id"), r.param("consent")),
                               "#h-consents");
         });
  g.post(router, "/accompagnement/{id:id}/partages", "person.manage",
         [deps](http::Request& r, Actor& a) {
           std::vector<std::string> scope;
           auto [from, to] = a.form.fields.all().equal_range("scope");
           for (auto it = from; it != to; ++it) scope.push_back(it->second);
           auto done = deps.service.share(a, r.param("id"), a.field("organisation"), scope,
                                          a.field("ends_on"));
           return after_action(deps, r, a, done ? Status(Ok{}) : Status(done.error()), "#h-shares");
         });
  g.post(router, "/accompagnement/{id:id}/partages/{share:id}/fin", "person.manage",
         [deps](http::Request& r, Actor& a) {
           return after_action(deps, r, a,
                               deps.service.end_share(a, r.param("id"), r.param("share")),
                               "#h-shares");
         });
  g.post(router, "/accompagnement/{id:id}/compte", "person.manage",
         [deps](http::Request& r, Actor& a) {
           return after_action(deps, r, a,
                               deps.service.link_account(a, r.param("id"), a.field("account")),
                               "#h-account");
         });
  g.get(router, "/accompagnement/{id:id}/export", "person.manage",
        [deps](http::Request& r, Actor& a) {
          auto v = deps.service.export_file(a, r.param("id"));
          if (!v) return not_found_page(deps, r, a);
          return download(*v);
        });

  // The person's own file (candidate account linked by the counsellor).
  g.get(router, "/mon-dossier", "person.self",
        [deps](http::Request& r, Actor& a) { return mine_page(deps, r, a); });
  g.post(router, "/mon-dossier/contact", "person.self", [deps](http::Request& r, Actor& a) {
    auto done = deps.service.update_contact(a, a.field("phone"), a.field("email"),
                                            a.field("preferred_language"));
    if (!done && done.error().code == ErrorCode::kInvalid)
      return mine_page(deps, r, a, {done.error()});
    return http::Response::redirect("/mon-dossier?enregistre=1");
  });
  g.post(router, "/mon-dossier/consentements/{consent:id}/retirer", "person.self",
         [deps](http::Request& r, Actor& a) {
           auto mine = deps.service.my_file(a);
           if (mine) {
             auto done = deps.service.withdraw_consent(a, mine->file.id, r.param("consent"));
             if (done) return http::Response::redirect("/mon-dossier?retire=1#h-consents");
           }
           return http::Response::redirect("/mon-dossier#h-consents");
         });
  g.get(router, "/mon-dossier/export", "person.self", [deps](http::Request& r, Actor& a) {
    auto mine = deps.service.my_file(a);
    if (!mine) return mine_page(deps, r, a);
    auto v = deps.service.export_file(a, mine->file.id);
    if (!v) return mine_page(deps, r, a);
    return download(*v);
  });

  // Diplomas and notes (the owner's counsellor).
  g.post(router, "/accompagnement/{id:id}/diplomes", "person.manage",
         [deps](http::Request& r, Actor& a) {
           Diploma d;
           d.title = a.field("d_title");
           d.country = a.field("d_country");
           d.level = a.field("d_level");
           d.field = a.field("d_field");
           d.status = a.field("d_status");
           d.decision = a.field("d_decision");
           std::vector<Error> errors;
           for (const auto& [name, into] : {std::pair{"submitted_on", &d.submitted_on},
                                            std::pair{"decided_on", &d.decided_on}}) {
             const std::string text = a.field((std::string("d_") + name).c_str());
             if (text.empty()) continue;
             *into = parse_iso_date(text);
             if (!*into)
               errors.push_back(Error::invalid(name, N_("Date invalide : utilisez le format AAAA-MM-JJ.")));
           }
           if (const std::string fee = a.field("d_fee"); !fee.empty()) {
             try {
               std::size_t used = 0;
               const double euros = std::stod(fee, &used);
               if (used != fee.size()) throw std::invalid_argument(fee);
               d.fee_cents = static_cast<int>(euros * 100 + 0.5);
             } catch (const std::exception&) {
               errors.push_back(Error::invalid("fee", N_("Indiquez un montant en euros, par exemple 200.")));
             }
           }
           d.equivalent_title = a.field("d_equivalent_title");
           d.opens_occupation = deps.service.resolve_occupation(a.field("d_opens_occupation"));
           for (auto& e : deps.service.check(d)) {
             if (e.field == "fee_cents") e.field = "fee";
             errors.push_back(std::move(e));
           }
           // The fields of this form are named "d_..." on the page (see fill_diplomas).
           for (auto& e : errors) e.field = "d_" + e.field;
           if (!errors.empty()) return file_page(deps, r, a, errors);
           auto saved = deps.service.save_diploma(a, r.param("id"), d);
           return after_action(deps, r, a, saved ? Status(Ok{}) : Status(saved.error()),
                               "#h-diplomas");
         });
  g.post(router, "/accompagnement/{id:id}/diplomes/{diploma:id}/statut", "person.manage",
         [deps](http::Request& r, Actor& a) {
           auto view = deps.service.view(a, r.param("id"));
           if (!view || view->reach != Reach::kOwner) return not_found_page(deps, r, a);
           auto it = std::find_if(view->diplomas.begin(), view->diplomas.end(),
                                  [&](const Diploma& d) { return d.id == r.param("diploma"); });
           if (it == view->diplomas.end()) return not_found_page(deps, r, a);
           Diploma d = *it;
           d.status = a.field("status");
           d.decision = a.field("decision");
           const std::string decided = a.field("decided_on");
           d.decided_on = decided.empty() ? std::nullopt : parse_iso_date(decided);
           if (!decided.empty() && !d.decided_on)
             return file_page(deps, r, a, {Error::invalid("decided_on", N_("Date invalide : utilisez le format AAAA-MM-JJ."))});
           auto saved = deps.service.save_diploma(a, r.param("id"), d);
           return after_action(deps, r, a, saved ? Status(Ok{}) : Status(saved.error()),
                               "#h-diplomas");
         });
  g.post(router, "/accompagnement/{id:id}/notes", "person.manage",
         [deps](http::Request& r, Actor& a) {
           auto added = deps.service.add_note(a, r.param("id"), a.field("body"),
                                              !a.field("sensitive").empty());
           return after_action(deps, r, a, added ? Status(Ok{}) : Status(added.error()),
                               "#h-notes");
         });

  // Erasure on the person's request (the owner's counsellor), confirmed by a tick.
  g.post(router, "/accompagnement/{id:id}/effacer", "person.manage",
         [deps](http::Request& r, Actor& a) {
           if (a.field("confirm") != "1") {
             return file_page(deps, r, a,
                              {Error::invalid("confirm", N_("Cochez la case pour confirmer l'effacement."))});
           }
           auto done = deps.service.erase(a, r.param("id"));
           if (!done) return not_found_page(deps, r, a);
           return http::Response::redirect("/accompagnement?efface=1");
         });

  // Documents: upload (multipart) and download, the owner's counsellor and the person.
  g.post(router, "/accompagnement/{id:id}/documents", "person.manage",
         [deps](http::Request& r, Actor& a) {
           const http::UploadedFile* file = nullptr;
           for (const auto& f : a.form.files) {
             if (f.field == "file") file = &f;
           }
           auto added = deps.service.add_document(a, r.param("id"), a.field("kind"),
                                                  file ? file->filename : "",
                                                  file ? file->data : "");
           return after_action(deps, r, a, added ? Status(Ok{}) : Status(added.error()),
                               "#h-documents");
         });
  g.get(router, "/accompagnement/{id:id}/documents/{doc:id}", "person.manage",
        [deps](http::Request& r, Actor& a) {
          auto content = deps.service.read_document(a, r.param("id"), r.param("doc"));
          if (!content) return not_found_page(deps, r, a);
          return document_download(*content);
        });
  g.get(router, "/mon-dossier/documents/{doc:id}", "person.self",
        [deps](http::Request& r, Actor& a) {
          auto mine = deps.service.my_file(a);
          if (!mine) return not_found_page(deps, r, a);
          auto content = deps.service.read_document(a, mine->file.id, r.param("doc"));
          if (!content) return not_found_page(deps, r, a);
          return document_download(*content);
        });
}

}  // namespace primowork::people
