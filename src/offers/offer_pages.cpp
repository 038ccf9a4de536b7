// The public side of offers: search, an offer's page with its JobPosting JSON-LD, and posting an
// offer without an account, confirmed by the link sent by mail.
#include "offers/offer_pages.h"

#include <nlohmann/json.hpp>

#include "offers/job_posting.h"
#include "offers/offer_form.h"
#include "platform/i18n_markers.h"
#include "platform/utf8.h"
#include "security/pages.h"

namespace primowork::offers {
namespace {

using Caller = security::Actor;

http::Response page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  return security::render_page(deps.pages, r, a, title, tpl, dict, status);
}

http::Response message_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                            const char* title, const char* text, int status) {
  ctemplate::TemplateDictionary dict("message");
  dict.SetValue("HEADING", deps.i18n.tr(r.lang, title));
  dict.SetValue("MESSAGE", deps.i18n.tr(r.lang, text));
  return page(deps, r, a, deps.i18n.tr(r.lang, title), "offers/message.tpl", dict, status);
}

http::Response posting_form(const PagesDeps& deps, const http::Request& r, const Caller& a,
                            const OfferForm& form, const std::vector<Error>& errors,
                            const std::string& notice = "") {
  ctemplate::TemplateDictionary dict("offer_form");
  const std::string heading = deps.i18n.tr(r.lang, "Publier une offre d'emploi");
  dict.SetValue("HEADING", heading);
  dict.SetValue("INTRO", deps.i18n.tr(r.lang,
                                      "Sans compte : quelques questions sur le poste, puis un "
                                      "lien de confirmation par e-mail. Les offres sont vérifiées "
                                      "par l'IBEFE Liège avant d'être publiées."));
  dict.SetValue("ACTION", "/offres/publier");
  dict.SetValue("SUBMIT", deps.i18n.tr(r.lang, "Envoyer l'offre"));
  if (!notice.empty()) dict.SetValueAndShowSection("NOTICE_TEXT", notice, "NOTICE");
  FormChoices choices;
  choices.posting = true;
  choices.skills = skill_choices(deps.service, form.draft);
  fill_offer_form(dict, form, errors, choices, deps.communes, deps.i18n, r.lang);
  return page(deps, r, a, heading, "offers/form.tpl", dict, errors.empty() ? 200 : 422);
}

}  // namespace

std::vector<std::pair<std::string, std::string>> skill_choices(const OfferService& service,
                                                               const OfferDraft& draft) {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<std::string> codes = service.core_skills(draft.occupation_code);
  for (const auto& code : draft.skill_codes) {
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  for (const auto& code : codes) out.emplace_back(code, service.skill_label(code));
  return out;
}

std::vector<std::pair<std::string, std::string>> offer_facts(const PagesDeps& deps,
                                                             const std::string& lang,
                                                             const OfferDraft& d) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(lang, msgid); };
  std::vector<std::pair<std::string, std::string>> rows;
  rows.emplace_back(tr("Métier"), deps.service.occupation_label(d.occupation_code) + " (" +
                                      d.occupation_code + ")");
  rows.emplace_back(tr("Lieu de travail"), d.postal_code + " " + d.commune);
  rows.emplace_back(tr("Type de contrat"), tr(label(d.contract)));
  rows.emplace_back(tr("Temps de travail"),
                    std::to_string(d.hours_per_week) + " " + tr("heures par semaine") +
                        (d.part_time ? " (" + tr("temps partiel") + ")" : ""));
  std::string schedule;
  for (const auto& [bit, text] :
       {std::pair{kNights, N_("nuit")}, std::pair{kWeekends, N_("week-end")},
        std::pair{kShifts, N_("équipes")}}) {
    if ((d.schedule & bit) != 0) schedule += (schedule.empty() ? "" : ", ") + tr(text);
  }
  if (!d.schedule_note.empty()) schedule += (schedule.empty() ? "" : " — ") + d.schedule_note;
  if (!schedule.empty()) rows.emplace_back(tr("Horaire"), schedule);
  rows.emplace_back(tr("Début"), d.start_date ? to_iso(*d.start_date) : tr("Dès que possible"));
  rows.emplace_back(tr("Nombre de postes"), std::to_string(d.positions));
  rows.emplace_back(tr("Niveau de français demandé"),
                    std::string(to_string(d.french_level)) + " " + tr("(échelle européenne CECR)"));
  if (d.licence) rows.emplace_back(tr("Permis de conduire"), std::string(to_string(*d.licence)));
  if (d.salary) {
    rows.emplace_back(tr("Salaire brut"),
                      format_euros(d.salary->cents) + " € " +
                          tr(d.salary->period == SalaryPeriod::kHour ? "par heure" : "par mois"));
  }
  return rows;
}

void mount_offer_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  // The autocomplete of the public form: occupations only (public reference data).
  g.get(router, "/offres/publier/metiers", "site.public", [deps](http::Request& r, Caller&) {
    nlohmann::json items = nlohmann::json::array();
    const std::string q = r.query.get_or("q", "").substr(0, 200);
    for (const auto& [code, label] : deps.service.search_occupations(q, 10))
      items.push_back({{"code", code}, {"label", label}});
    return http::Response::json(nlohmann::json{{"items", items}}.dump());
  });

  g.get(router, "/offres/publier", "site.public", [deps](http::Request& r, Caller& a) {
    OfferForm form;
    return posting_form(deps, r, a, form, {});
  });

  g.post(router, "/offres/publier", "site.public", [deps](http::Request& r, Caller& a) {
    std::vector<Error> errors;
    OfferForm form = read_offer_form(a.form.fields, errors);
    const std::string step = a.form.fields.count("extract")   ? "extract"
                             : a.form.fields.count("suggest") ? "skills"
                                                              : "send";
    form.draft.occupation_code = deps.service.resolve_occupation(form.occupation);
    auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
    if (step == "extract") {
      const auto found = deps.service.extract(form.advert);
      if (!found.occupation.empty()) {
        form.draft.occupation_code = found.occupation;
        form.occupation = deps.service.occupation_label(found.occupation);
      }
      form.draft.skill_codes = found.skills;
      for (const auto& code : deps.service.core_skills(form.draft.occupation_code)) {
        if (std::find(found.skills.begin(), found.skills.end(), code) == found.skills.end() &&
            form.draft.skill_codes.size() < kMaxSkills)
          form.draft.skill_codes.push_back(code);
      }
      if (trim(form.draft.description).empty()) form.draft.description = form.advert;
      form.skills_shown = true;
      return posting_form(
          deps, r, a, form, {},
          found.occupation.empty()
              ? tr("Aucun métier reconnu dans l'annonce : choisissez-le dans la liste.")
              : tr("Métier et compétences repris de l'annonce : vérifiez-les, complétez le reste "
                   "puis envoyez."));
    }
    const bool known_occupation =
        !deps.service.occupation_label(form.draft.occupation_code).empty();
    if (known_occupation)
      form.occupation = deps.service.occupation_label(form.draft.occupation_code);
    if (step == "skills" || (!form.skills_shown && known_occupation)) {
      form.draft.skill_codes = deps.service.core_skills(form.draft.occupation_code);
      form.skills_shown = true;
      if (step == "skills") {
        return posting_form(deps, r, a, form, {},
                            tr("Compétences proposées d'après le métier : décochez ce qui ne "
                               "compte pas pour ce poste."));
      }
      Posting check{form.email, form.enterprise_number, form.company_name, form.draft};
      deps.service.complete(check.offer);
      for (auto& e : deps.service.check(check)) errors.push_back(std::move(e));
      return posting_form(deps, r, a, form, errors,
                          errors.empty() ? tr("Vérifiez les compétences proposées d'après le "
                                              "métier, puis envoyez l'offre.")
                                         : "");
    }
    Posting posting{form.email, form.enterprise_number, form.company_name, form.draft};
    deps.service.complete(posting.offer);
    for (auto& e : deps.service.check(posting)) errors.push_back(std::move(e));
    if (!errors.empty()) return posting_form(deps, r, a, form, errors);
    auto posted = deps.service.post(a, posting, r.lang);
    if (!posted) return posting_form(deps, r, a, form, {posted.error()});
    return http::Response::redirect("/offres/publier/envoyee");
  });

  g.get(router, "/offres/publier/envoyee", "site.public", [deps](http::Request& r, Caller& a) {
    return message_page(deps, r, a, N_("Vérifiez votre boîte mail"),
                        N_("Nous vous avons envoyé un lien pour confirmer l'offre. Ouvrez-le dans "
                           "les sept jours : sans confirmation, rien n'est publié."),
                        200);
  });

  g.get(router, "/offres/confirmer/{token}", "site.public", [deps](http::Request& r, Caller& a) {
    switch (deps.service.link_state(r.param("token"))) {
      case store::LinkState::kLive: {
        ctemplate::TemplateDictionary dict("confirm");
        dict.SetValue("TOKEN", r.param("token"));
        return page(deps, r, a, deps.i18n.tr(r.lang, "Confirmer votre offre"), "offers/confirm.tpl",
                    dict);
      }
      case store::LinkState::kUsed:
        return message_page(deps, r, a, N_("Lien déjà utilisé"),
                            N_("Ce lien a déjà servi : l'offre est déjà confirmée. Chaque lien ne "
                               "sert qu'une fois."),
                            409);
      case store::LinkState::kExpired:
        return message_page(deps, r, a, N_("Lien expiré"),
                            N_("Ce lien a expiré : il n'était valable que sept jours. Publiez "
                               "l'offre à nouveau pour recevoir un nouveau lien."),
                            410);
      default:
        return message_page(deps, r, a, N_("Lien inconnu"),
                            N_("Ce lien n'est pas valable. Vérifiez qu'il est complet."), 404);
    }
  });

  g.post(router, "/offres/confirmer/{token}", "site.public", [deps](http::Request& r, Caller& a) {
    auto done = deps.service.confirm(a, r.param("token"));
    if (!done && done.error().code == ErrorCode::kNotFound)
      return message_page(deps, r, a, N_("Lien inconnu"),
                          N_("Ce lien n'est pas valable. Vérifiez qu'il est complet."), 404);
    if (!done)
      return message_page(deps, r, a, N_("Lien déjà utilisé ou expiré"),
                          done.error().message_id.c_str(), 409);
    ctemplate::TemplateDictionary dict("confirmed");
    auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
    if (done->status == OfferStatus::kPublished) {
      dict.SetValue("MESSAGE", tr("Votre offre est publiée."));
      dict.SetValueAndShowSection("ID", done->offer_id, "PUBLISHED");
    } else {
      dict.SetValue("MESSAGE", tr("Merci : votre offre est confirmée. L'IBEFE Liège la vérifie "
                                  "avant de la publier ; vous recevrez sa décision."));
      for (const auto& f : done->flags) {
        dict.ShowSection("FLAGS");
        dict.AddSectionDictionary("FLAG")->SetValue("LABEL", tr(label(f.category)));
      }
    }
    return page(deps, r, a, tr("Offre confirmée"), "offers/confirmed.tpl", dict);
  });

  g.get(router, "/offres", "site.public", [deps](http::Request& r, Caller& a) {
    auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
    SearchFilter f;
    const std::string occupation = r.query.get_or("metier", "").substr(0, 200);
    f.occupation = deps.service.resolve_occupation(occupation);
    if (deps.service.occupation_label(f.occupation).empty()) f.occupation.clear();
    f.postcode = r.query.get_or("commune", "").substr(0, 8);
    if (!deps.communes.known(f.postcode)) f.postcode.clear();
    try {
      f.radius_km = std::clamp(std::stoi(r.query.get_or("rayon", "0")), 0, 100);
      f.page = std::max(1, std::stoi(r.query.get_or("page", "1")));
    } catch (const std::exception&) {
    }
    f.contract = r.query.get_or("contrat", "").substr(0, 40);
    if (!parse_contract_type(f.contract)) f.contract.clear();
    f.no_nights = r.query.get_or("sans_nuit", "") == "1";
    f.no_weekends = r.query.get_or("sans_weekend", "") == "1";
    f.part_time = r.query.get_or("temps_partiel", "") == "1";
    const auto found = deps.service.search(f);

    ctemplate::TemplateDictionary dict("search");
    dict.SetValue("OCCUPATION", occupation);
    for (const auto& c : deps.communes.all()) {
      auto* o = dict.AddSectionDictionary("COMMUNE");
      o->SetValue("VALUE", c.postcode);
      o->SetValue("LABEL", c.postcode + " " + c.name);
      if (c.postcode == f.postcode) o->ShowSection("SELECTED");
    }
    for (int km : {0, 5, 10, 20, 30, 50}) {
      auto* o = dict.AddSectionDictionary("RADIUS");
      o->SetValue("VALUE", std::to_string(km));
      o->SetValue("LABEL", km == 0 ? tr("dans la commune") : std::to_string(km) + " km");
      if (km == f.radius_km) o->ShowSection("SELECTED");
    }
    for (ContractType c : all_contract_types()) {
      auto* o = dict.AddSectionDictionary("CONTRACT");
      o->SetValue("VALUE", std::string(to_string(c)));
      o->SetValue("LABEL", tr(label(c)));
      if (to_string(c) == f.contract) o->ShowSection("SELECTED");
    }
    if (f.no_nights) dict.ShowSection("NO_NIGHTS");
    if (f.no_weekends) dict.ShowSection("NO_WEEKENDS");
    if (f.part_time) dict.ShowSection("PART_TIME");
    for (const auto& p : found.offers) {
      auto* row = dict.AddSectionDictionary("OFFER");
      row->SetValue("ID", p.offer.id);
      row->SetValue("TITLE", p.offer.draft.title);
      row->SetValue("COMPANY", p.company_name);
      row->SetValue("PLACE", p.offer.draft.postal_code + " " + p.offer.draft.commune);
      row->SetValue("CONTRACT", tr(label(p.offer.draft.contract)));
      row->SetValue("FRENCH", std::string(to_string(p.offer.draft.french_level)));
    }
    std::string count =
        deps.i18n.trn(r.lang, "{{N}} offre trouvée", "{{N}} offres trouvées", found.total);
    count.replace(count.find("{{N}}"), 5, std::to_string(found.total));
    dict.SetValue("COUNT", count);
    dict.ShowSection(found.offers.empty() ? "NO_OFFER" : "HAS_OFFERS");
    if (found.pages > 1) {
      std::string base = "/offres?metier=" + http::percent_encode(occupation) +
                         "&commune=" + f.postcode + "&rayon=" + std::to_string(f.radius_km) +
                         "&contrat=" + f.contract + (f.no_nights ? "&sans_nuit=1" : "") +
                         (f.no_weekends ? "&sans_weekend=1" : "") +
                         (f.part_time ? "&temps_partiel=1" : "") + "&page=";
      std::string where = tr("Page {{P}} sur {{N}}");
      where.replace(where.find("{{P}}"), 5, std::to_string(found.page));
      where.replace(where.find("{{N}}"), 5, std::to_string(found.pages));
      auto* nav = dict.AddSectionDictionary("PAGINATION");
      nav->SetValue("WHERE", where);
      if (found.page > 1)
        nav->SetValueAndShowSection("PREV", base + std::to_string(found.page - 1), "HAS_PREV");
      if (found.page < found.pages)
        nav->SetValueAndShowSection("NEXT", base + std::to_string(found.page + 1), "HAS_NEXT");
    }
    return page(deps, r, a, tr("Offres d'emploi"), "offers/search.tpl", dict);
  });

  g.get(router, "/offres/{id:id}", "site.public", [deps](http::Request& r, Caller& a) {
    auto found = deps.service.published(r.param("id"));
    if (!found)
      return message_page(deps, r, a, N_("Offre introuvable"),
                          N_("Cette offre n'existe pas ou n'est plus publiée."), 404);
    const OfferDraft& d = found->offer.draft;
    auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
    PublishedOfferView v;
    v.url = deps.guard.options().public_url + "/offres/" + found->offer.id;
    v.id = found->offer.id;
    v.title = d.title;
    v.description = d.description;
    v.date_posted = found->offer.published_on.value_or(found->offer.last_update);
    v.valid_through = valid_through(found->offer.last_update);
    v.contract = d.contract;
    v.part_time = d.part_time;
    v.positions = d.positions;
    v.start_date = d.start_date;
    v.company_name = found->company_name;
    v.commune = d.commune;
    v.postal_code = d.postal_code;
    v.occupation_code = d.occupation_code;
    v.occupation_label = deps.service.occupation_label(d.occupation_code);
    v.french_level = d.french_level;
    std::string french = tr("Français : niveau {{L}} (CECR)");
    french.replace(french.find("{{L}}"), 5, std::string(to_string(d.french_level)));
    v.french_level_label = french;
    for (const auto& code : d.skill_codes) v.skill_labels.push_back(deps.service.skill_label(code));
    v.salary = d.salary;

    ctemplate::TemplateDictionary dict("offer");
    dict.SetValue("TITLE", d.title);
    dict.SetValue("COMPANY", found->company_name);
    dict.SetValue("JSON_LD", json_for_script(job_posting(v)));
    for (const auto& [label, value] : offer_facts(deps, r.lang, d)) {
      auto* row = dict.AddSectionDictionary("ROW");
      row->SetValue("LABEL", label);
      row->SetValue("VALUE", value);
    }
    for (const auto& s : v.skill_labels) dict.AddSectionDictionary("SKILL")->SetValue("LABEL", s);
    if (!v.skill_labels.empty()) dict.ShowSection("SKILLS");
    if (!d.description.empty())
      dict.SetValueAndShowSection("DESCRIPTION", d.description, "HAS_DESCRIPTION");
    dict.SetValue("POSTED", to_iso(v.date_posted));
    dict.SetValue("VALID", to_iso(v.valid_through));
    // Counsellors and the coordination: the best people for this offer (placements' pages).
    const auto role = a.role();
    if (role == security::Role::kCounsellor || role == security::Role::kCoordinator)
      dict.SetValueAndShowSection("OFFER_ID", found->offer.id, "MATCHES");
    return page(deps, r, a, d.title, "offers/offer.tpl", dict);
  });
}

}  // namespace primowork::offers
