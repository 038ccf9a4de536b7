// The company file in the browser: the employer edits their own company's address, commune,
// sector and contact person at /entreprises/fiche and invites colleagues into the company at
// /entreprises/collegues (company.self); the coordinator edits any company file at
// /coordination/entreprises/{id} (company.review), linked from the review queue. The rules and
// the log live in companies/company_service.h; invitations are those of security/ (a colleague
// joins the company's organisation, so the new account manages the same company).
#include <cctype>
#include <map>

#include "offers/offer_pages.h"
#include "platform/clock.h"
#include "platform/i18n_markers.h"
#include "security/pages.h"

namespace primowork::offers {
namespace {

using Caller = security::Actor;
using companies::CompanyFileEdit;
using Choices = std::vector<std::pair<std::string, std::string>>;

http::Response page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  return security::render_page(deps.pages, r, a, title, tpl, dict, status);
}

http::Response message(const PagesDeps& deps, const http::Request& r, const Caller& a,
                       const char* heading, const std::string& message_id, int status) {
  ctemplate::TemplateDictionary dict("message");
  dict.SetValue("HEADING", deps.i18n.tr(r.lang, heading));
  dict.SetValue("MESSAGE", deps.i18n.tr(r.lang, message_id));
  return page(deps, r, a, deps.i18n.tr(r.lang, heading), "offers/message.tpl", dict, status);
}

// The label of a field code of the company file (companies/company_store.h, update_file).
const char* field_label(const std::string& code) {
  static const std::map<std::string, const char*> labels = {
      {"street", N_("Rue et numéro")},
      {"postcode", N_("Code postal")},
      {"commune", N_("Commune")},
      {"sector", N_("Secteur d'activité")},
      {"contact_name", N_("Personne de contact")},
      {"contact_email", N_("Adresse e-mail de contact")},
      {"contact_phone", N_("Téléphone de contact")},
  };
  const auto it = labels.find(code);
  return it == labels.end() ? "" : it->second;
}

CompanyFileEdit edit_of(const companies::store::Company& c) {
  return {c.street, c.postal_code, c.sector, c.contact_name, c.contact_email, c.contact_phone};
}

CompanyFileEdit read_edit(const Caller& a) {
  return {a.field("street"),       a.field("postcode"),      a.field("sector"),
          a.field("contact_name"), a.field("contact_email"), a.field("contact_phone")};
}

// One <div class="field"> of templates/companies/file.tpl.
class FieldWriter {
 public:
  FieldWriter(ctemplate::TemplateDictionary& dict, const std::map<std::string, std::string>& errors,
              const I18n& i18n, const std::string& lang)
      : dict_(dict), errors_(errors), i18n_(i18n), lang_(lang) {}

  void section(const char* legend) {
    section_ = dict_.AddSectionDictionary("SECTION");
    section_->SetValue("LEGEND", i18n_.tr(lang_, legend));
  }
  void input(const std::string& name, const char* label, const std::string& type,
             const std::string& value, const char* autocomplete, bool required,
             const char* hint = nullptr) {
    auto* f = field(name, label, required, hint);
    auto* in = f->AddSectionDictionary("INPUT");
    in->SetValue("NAME", name);
    in->SetValue("TYPE", type);
    in->SetValue("VALUE", value);
    in->SetValue("AUTOCOMPLETE", autocomplete);
    decorate(in, name, required, hint != nullptr);
  }
  void select(const std::string& name, const char* label, const Choices& choices,
              const std::string& value, bool required) {
    auto* f = field(name, label, required, nullptr);
    auto* sel = f->AddSectionDictionary("SELECT");
    sel->SetValue("NAME", name);
    auto* blank = sel->AddSectionDictionary("OPTION");
    blank->SetValue("VALUE", "");
    blank->SetValue("LABEL", i18n_.tr(lang_, "(choisir)"));
    for (const auto& [v, l] : choices) {
      auto* o = sel->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", v);
      o->SetValue("LABEL", l);
      if (v == value) o->ShowSection("SELECTED");
    }
    decorate(sel, name, required, false);
  }

 private:
  ctemplate::TemplateDictionary* field(const std::string& name, const char* label, bool required,
                                       const char* hint) {
    auto* f = section_->AddSectionDictionary("FIELD");
    f->SetValue("NAME", name);
    f->SetValue("LABEL", i18n_.tr(lang_, label));
    if (required) f->ShowSection("REQUIRED_MARK");
    if (hint != nullptr) f->SetValueAndShowSection("HINT_TEXT", i18n_.tr(lang_, hint), "HINT");
    if (auto it = errors_.find(name); it != errors_.end())
      f->SetValueAndShowSection("ERROR_MESSAGE", it->second, "ERROR");
    return f;
  }
  void decorate(ctemplate::TemplateDictionary* control, const std::string& name, bool required,
                bool hint) {
    if (required) control->ShowSection("REQUIRED");
    std::string described;
    if (hint) described = name + "-hint";
    if (errors_.count(name)) {
      control->ShowSection("INVALID");
      described += (described.empty() ? "" : " ") + name + "-error";
    }
    if (!described.empty()) control->SetValueAndShowSection("DESCRIBED_BY", described, "DESCRIBED");
  }

  ctemplate::TemplateDictionary& dict_;
  const std::map<std::string, std::string>& errors_;
  const I18n& i18n_;
  const std::string& lang_;
  ctemplate::TemplateDictionary* section_ = nullptr;
};

// The edit page of a company file, for its employer (`action` /entreprises/fiche) or a
// coordinator (/coordination/entreprises/ID).
http::Response file_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                         const companies::CompanyFile& file, const std::string& action,
                         const CompanyFileEdit& shown, const std::vector<Error>& errors) {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  const auto& c = file.company;
  ctemplate::TemplateDictionary dict("company_file");
  const std::string heading = tr("Fiche de l'entreprise");
  dict.SetValue("HEADING", heading);
  dict.SetValue("COMPANY", c.name);
  dict.SetValue("NUMBER", companies::EnterpriseNumber{c.enterprise_number}.display());
  dict.SetValue("COMPANY_STATUS", tr(companies::label(c.status)));
  dict.SetValue("ACTION", action);
  const bool coordinator = a.user && a.user->role == security::Role::kCoordinator;
  dict.ShowSection(coordinator ? "COORDINATOR" : "EMPLOYER");
  if (r.query.get_or("enregistre", "") == "1") {
    dict.SetValueAndShowSection("SAVED_TEXT", tr("La fiche de l'entreprise est enregistrée."),
                                "SAVED");
  } else if (r.query.get_or("enregistre", "") == "0") {
    dict.SetValueAndShowSection("SAVED_TEXT", tr("Rien n'a changé."), "SAVED");
  }
  std::map<std::string, std::string> by_field;
  for (const auto& e : errors) {
    const std::string text = deps.i18n.tr(r.lang, e.message_id);
    if (!e.field.empty() && by_field.count(e.field)) continue;
    dict.ShowSection("ERRORS");
    auto* item = dict.AddSectionDictionary("ERROR");
    item->SetValue("FIELD_ID", e.field.empty() ? "main" : "field-" + e.field);
    item->SetValue("MESSAGE", text);
    if (!e.field.empty()) by_field.emplace(e.field, text);
  }
  FieldWriter w(dict, by_field, deps.i18n, r.lang);
  w.section(N_("Adresse"));
  w.input("street", N_("Rue et numéro"), "text", shown.street, "street-address", true);
  Choices places;
  for (const auto& commune : deps.communes.all())
    places.emplace_back(commune.postcode, commune.postcode + " " + commune.name);
  w.select("postcode", N_("Commune"), places, shown.postal_code, true);
  w.input("sector", N_("Secteur d'activité"), "text", shown.sector, "off", true,
          N_("Par exemple : logistique, soins, horeca, construction."));
  w.section(N_("Personne de contact"));
  w.input("contact_name", N_("Nom de la personne de contact"), "text", shown.contact_name, "name",
          true);
  w.input("contact_email", N_("Adresse e-mail de contact"), "email", shown.contact_email, "email",
          false, N_("Une adresse e-mail ou un téléphone au moins."));
  w.input("contact_phone", N_("Téléphone de contact"), "tel", shown.contact_phone, "tel", false);
  for (const auto& change : file.changes) {
    auto* row = dict.AddSectionDictionary("CHANGE");
    row->SetValue("AT", format_utc(from_utc_tm(change.at), "%Y-%m-%d %H:%M") + " UTC");
    row->SetValue("FIELD", tr(field_label(change.field)));
    row->SetValue("OLD", change.old_value.empty() ? "—" : change.old_value);
    row->SetValue("NEW", change.new_value.empty() ? "—" : change.new_value);
  }
  dict.ShowSection(file.changes.empty() ? "NO_CHANGE" : "HAS_CHANGES");
  return page(deps, r, a, heading, "companies/file.tpl", dict, errors.empty() ? 200 : 422);
}

// GET or POST of a company file at `action`, for company `id`; `done` is where a save leads.
http::Response file_route(const PagesDeps& deps, const http::Request& r, const Caller& a,
                          const std::string& id, const std::string& action, bool post) {
  auto file = deps.companies.file(a, id);
  if (!file) return message(deps, r, a, N_("Entreprise introuvable"), file.error().message_id, 404);
  if (!post) return file_page(deps, r, a, *file, action, edit_of(file->company), {});
  const CompanyFileEdit edit = read_edit(a);
  if (auto errors = deps.companies.check(edit); !errors.empty())
    return file_page(deps, r, a, *file, action, edit, errors);
  auto saved = deps.companies.update_file(a, id, edit);
  if (!saved && saved.error().code == ErrorCode::kNotFound)
    return message(deps, r, a, N_("Entreprise introuvable"), saved.error().message_id, 404);
  if (!saved) return file_page(deps, r, a, *file, action, edit, {saved.error()});
  return http::Response::redirect(action + (saved->empty() ? "?enregistre=0" : "?enregistre=1"));
}

http::Response colleagues_page(const PagesDeps& deps, const http::Request& r, const Caller& a,
                               const companies::store::Company& company,
                               const std::string& display_name, const std::string& email,
                               const Error* error, bool sent = false) {
  ctemplate::TemplateDictionary dict("colleagues");
  dict.SetValue("COMPANY", company.name);
  dict.SetValue("DISPLAY_NAME", display_name);
  dict.SetValue("EMAIL", email);
  if (sent) dict.ShowSection("SENT");
  if (error != nullptr) {
    Error shown = *error;
    if (shown.field != "display_name" && shown.field != "email") shown.field.clear();
    security::add_error(dict, deps.i18n, r.lang, shown);
  }
  for (const auto& c : deps.companies.colleagues(company)) {
    auto* row = dict.AddSectionDictionary("COLLEAGUE");
    row->SetValue("NAME", c.name);
    if (!c.email.empty()) row->SetValueAndShowSection("EMAIL", c.email, "HAS_EMAIL");
    if (c.pending) row->ShowSection("PENDING");
  }
  return page(deps, r, a, deps.i18n.tr(r.lang, "Mes collègues"), "companies/colleagues.tpl", dict,
              error == nullptr ? 200 : 422);
}

http::Response no_company(const PagesDeps& deps, const http::Request& r, const Caller& a) {
  return message(deps, r, a, N_("Fiche de l'entreprise"),
                 N_("Votre compte n'est rattaché à aucune entreprise : contactez la coordination."),
                 200);
}

}  // namespace

void mount_company_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, "/entreprises/fiche", "company.self", [deps](http::Request& r, Caller& a) {
    auto own = deps.companies.of_employer(a);
    if (!own) return no_company(deps, r, a);
    return file_route(deps, r, a, own->id, "/entreprises/fiche", false);
  });
  g.post(router, "/entreprises/fiche", "company.self", [deps](http::Request& r, Caller& a) {
    auto own = deps.companies.of_employer(a);
    if (!own) return no_company(deps, r, a);
    return file_route(deps, r, a, own->id, "/entreprises/fiche", true);
  });

  g.get(router, "/coordination/entreprises/{id:id}", "company.review",
        [deps](http::Request& r, Caller& a) {
          return file_route(deps, r, a, r.param("id"), "/coordination/entreprises/" + r.param("id"),
                            false);
        });
  g.post(router, "/coordination/entreprises/{id:id}", "company.review",
         [deps](http::Request& r, Caller& a) {
           return file_route(deps, r, a, r.param("id"),
                             "/coordination/entreprises/" + r.param("id"), true);
         });

  g.get(router, "/entreprises/collegues", "company.self", [deps](http::Request& r, Caller& a) {
    auto own = deps.companies.of_employer(a);
    if (!own) return no_company(deps, r, a);
    return colleagues_page(deps, r, a, *own, "", "", nullptr, r.query.get_or("envoye", "") == "1");
  });
  g.post(router, "/entreprises/collegues", "company.self", [deps](http::Request& r, Caller& a) {
    auto own = deps.companies.of_employer(a);
    if (!own) return no_company(deps, r, a);
    const std::string name = a.field("display_name"), email = a.field("email");
    auto created = deps.auth.invite(a, "employer", own->organisation_id, name, email, r.lang);
    if (!created) return colleagues_page(deps, r, a, *own, name, email, &created.error());
    return http::Response::redirect("/entreprises/collegues?envoye=1");
  });
}

}  // namespace primowork::offers
