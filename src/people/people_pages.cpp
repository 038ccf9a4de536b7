// The person file in the browser: the worklist, creating and editing a file, the file itself
// with its journey (stage, history) and action plan.
#include "people/people_pages.h"

#include "matches/explanation_text.h"
#include "people/people_form.h"
#include "platform/i18n_markers.h"
#include "platform/clock.h"
#include "security/pages.h"

namespace primowork::people {
namespace {

using security::Actor;

http::Response page(const PagesDeps& deps, const http::Request& r, const Actor& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  dict.SetValue("CSRF", a.csrf_token);
  return deps.pages.render(r, title, tpl, dict, status, security::chrome(a));
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
      deps.i18n, r.lang);
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

  auto* identity = dict.AddSectionDictionary("SECTION");
  identity->SetValue("SID", "identity");
  identity->SetValue("TITLE", tr("Identité et contact"));
  add_row(identity, tr("Date de naissance"), display_date(f.birth_date));
  add_row(identity, tr("Téléphone"), f.phone);
  add_row(identity, tr("Adresse e-mail"), f.email);
  if (const auto* c = deps.communes.find(f.postcode))
    add_row(identity, tr("Commune"), c->postcode + " " + c->name);

  auto* rights = dict.AddSectionDictionary("SECTION");
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

  auto* mobility = dict.AddSectionDictionary("SECTION");
  mobility->SetValue("SID", "mobility");
  mobility->SetValue("TITLE", tr("Mobilité"));
  add_row(mobility, tr("Trajet maximum (km)"), std::to_string(f.max_km));
  std::string licences;
  for (const auto& l : f.licences) licences += (licences.empty() ? "" : ", ") + l;
  add_row(mobility, tr("Permis de conduire"), licences);
  add_row(mobility, tr("Permis obtenu"), label(deps, lang, licence_origins(), f.licence_origin));
  add_row(mobility, tr("Échange du permis étranger"),
          label(deps, lang, exchange_statuses(), f.exchange_status));

  auto* languages = dict.AddSectionDictionary("SECTION");
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

  auto* project = dict.AddSectionDictionary("SECTION");
  project->SetValue("SID", "project");
  project->SetValue("TITLE", tr("Expérience et projet professionnel"));
  for (const auto& job : f.past_jobs) {
    add_row(project, tr("Métier exercé avant"),
            deps.service.occupation_display(job.occupation) +
                (job.years > 0 ? " — " + std::to_string(job.years) + " " + tr("ans") : "") +
                (job.where.empty() ? "" : " — " + job.where));
  }
  for (const auto& t : f.targets) add_row(project, tr("Métier visé"), deps.service.occupation_display(t));
  add_row(project, tr("Ancien métier non accessible"),
          deps.service.occupation_display(f.former_profession_inaccessible));
  std::string constraints;
  for (const auto& [on, text] : {std::pair{f.no_nights, N_("Pas de nuit")},
                                 std::pair{f.no_weekends, N_("Pas de week-end")},
                                 std::pair{f.part_time_only, N_("Temps partiel uniquement")}}) {
    if (on) constraints += (constraints.empty() ? "" : ", ") + tr(text);
  }
  add_row(project, tr("Contraintes"), constraints);

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
    if (!t.done) row->ShowSection("OPEN");
    if (!t.done && t.due && *t.due < today) row->ShowSection("LATE");
  }
  dict.ShowSection(view->tasks.empty() ? "NO_TASK" : "HAS_TASKS");
  for (const auto& e : errors) {
    std::string section = e.field == "stage" ? "STAGE_ERROR" : e.field == "due" ? "DUE_ERROR" : "TITLE_ERROR";
    dict.AddSectionDictionary(section)->SetValue("MESSAGE", i18n.tr(lang, e.message_id));
  }
  return page(deps, r, a, f.given_name + " " + f.family_name, "people/file.tpl", dict,
              errors.empty() ? 200 : 422);
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
}

}  // namespace primowork::people
