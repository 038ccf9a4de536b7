// The outcome page and its CSV: a ready view model from OutcomeService::report(); the template
// only loops.
#include "placements/outcomes_pages.h"

#include <cmath>
#include <cstdio>

#include "platform/i18n_markers.h"
#include "security/pages.h"

namespace primowork::placements {
namespace {

using security::Actor;

constexpr const char* kPath = "/coordination/resultats";

// The contract types a hire may have (PFI and internship are steps, not hires).
std::vector<offers::ContractType> hire_types() {
  std::vector<offers::ContractType> out;
  for (auto type : offers::all_contract_types()) {
    if (type != offers::ContractType::kPfi && type != offers::ContractType::kInternship)
      out.push_back(type);
  }
  return out;
}

std::string decimal(double value, int digits, bool comma) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  std::string out = buf;
  if (comma) {
    for (auto& c : out)
      if (c == '.') c = ',';
  }
  return out;
}

// "75 %" (French) or "75%" (English), rounded to the unit; "—" when there is nothing to share.
std::string percent(const std::optional<double>& share, const std::string& lang) {
  if (!share) return "—";
  const std::string n = std::to_string(static_cast<long>(std::lround(*share * 100)));
  return lang == "fr" ? n + "\u00a0%" : n + "%";
}

// Whole days, or half a day for the mean of two middle values; "—" when there is no hire.
std::string days(const std::optional<double>& median, const std::string& lang) {
  if (!median) return "—";
  const bool whole = std::floor(*median) == *median;
  return decimal(*median, whole ? 0 : 1, lang == "fr");
}

struct Column {
  const char* heading;  // msgid
  std::string (*value)(const OutcomeFigures&, const std::string& lang);
};

const std::vector<Column>& columns() {
  static const std::vector<Column> list = {
      {N_("Personnes proposées"),
       [](const OutcomeFigures& f, const std::string&) {
         return std::to_string(f.people_proposed);
       }},
      {N_("Entretiens"),
       [](const OutcomeFigures& f, const std::string&) { return std::to_string(f.interviews); }},
      {N_("Stages"),
       [](const OutcomeFigures& f, const std::string&) { return std::to_string(f.internships); }},
      {N_("PFI"),
       [](const OutcomeFigures& f, const std::string&) { return std::to_string(f.pfis); }},
      {N_("Embauches"),
       [](const OutcomeFigures& f, const std::string&) { return std::to_string(f.hires); }},
      {N_("Part de CDI"), [](const OutcomeFigures& f,
                             const std::string& l) { return percent(f.permanent_share(), l); }},
      {N_("Stagiaires (stage fini dans la période)"),
       [](const OutcomeFigures& f, const std::string&) { return std::to_string(f.interns); }},
      {N_("Stagiaires engagés dans les 12 mois"),
       [](const OutcomeFigures& f, const std::string&) { return std::to_string(f.interns_hired); }},
      {N_("Part des stagiaires engagés dans les 12 mois"),
       [](const OutcomeFigures& f, const std::string& l) {
         return percent(f.intern_hire_share(), l);
       }},
      {N_("Délai médian de la proposition à l'embauche (jours)"),
       [](const OutcomeFigures& f, const std::string& l) {
         return days(f.median_days_to_hire, l);
       }},
  };
  return list;
}

std::string group_label(const I18n& i18n, const std::string& lang, const OutcomeFigures& f) {
  return f.label.empty() ? i18n.tr(lang, N_("Secteur non renseigné")) : f.label;
}

void fill_groups(ctemplate::TemplateDictionary& dict, const char* section, const I18n& i18n,
                 const std::string& lang, const std::vector<OutcomeFigures>& groups) {
  if (groups.empty()) {
    dict.ShowSection(std::string(section) + "_EMPTY");
    return;
  }
  auto* table = dict.AddSectionDictionary(std::string(section) + "_TABLE");
  for (const auto& c : columns())
    table->AddSectionDictionary("COLUMN")->SetValue("HEADING", i18n.tr(lang, c.heading));
  for (const auto& g : groups) {
    auto* row = table->AddSectionDictionary("ROW");
    row->SetValue("NAME", group_label(i18n, lang, g));
    for (const auto& c : columns())
      row->AddSectionDictionary("CELL")->SetValue("VALUE", c.value(g, lang));
  }
}

std::string query_of(const OutcomePeriod& p) {
  return "du=" + to_iso(p.from) + "&au=" + to_iso(p.to);
}

http::Response outcome_page(const OutcomePagesDeps& deps, const http::Request& r, const Actor& a) {
  const std::string& lang = r.lang;
  auto tr = [&](const char* msgid) { return deps.i18n.tr(lang, msgid); };
  ctemplate::TemplateDictionary dict("outcomes");
  const std::string from = r.query.get_or("du", ""), to = r.query.get_or("au", "");
  dict.SetValue("FROM", from);
  dict.SetValue("TO", to);
  auto period = parse_period(from, to, deps.service.today());
  const auto render = [&](int status) {
    return deps.pages.render(r, tr("Résultats des mises à l'emploi"), "placements/outcomes.tpl",
                             dict, status, security::chrome(a));
  };
  if (!period) {
    security::add_error(dict, deps.i18n, lang, period.error());
    return render(422);
  }
  dict.SetValue("FROM", to_iso(period->from));
  dict.SetValue("TO", to_iso(period->to));
  auto report = deps.service.report(a, *period, "page");
  if (!report) {
    security::add_error(dict, deps.i18n, lang, report.error());
    return render(403);
  }
  auto* shown = dict.AddSectionDictionary("REPORT");
  shown->SetValue("FROM", to_iso(period->from));
  shown->SetValue("TO", to_iso(period->to));
  shown->SetValue("CSV_URL", std::string(kPath) + ".csv?" + query_of(*period));
  const OutcomeFigures& all = report->overall;
  auto figure = [&](const std::string& id, const std::string& label, const std::string& value) {
    auto* row = shown->AddSectionDictionary("FIGURE");
    row->SetValue("ID", id);
    row->SetValue("LABEL", label);
    row->SetValue("VALUE", value);
  };
  const std::vector<const char*> ids = {"people_proposed",
                                        "interviews",
                                        "internships",
                                        "pfis",
                                        "hires",
                                        "permanent_share",
                                        "interns",
                                        "interns_hired",
                                        "intern_hire_share",
                                        "median_days_to_hire"};
  for (std::size_t i = 0; i < columns().size(); ++i) {
    figure(ids[i], tr(columns()[i].heading), columns()[i].value(all, lang));
    if (std::string(ids[i]) == "hires") {
      for (auto type : hire_types()) {
        if (const int n = all.hires_of(type); n > 0) {
          figure("hires_" + std::string(offers::to_string(type)),
                 tr("Embauches :") + " " + tr(offers::label(type)), std::to_string(n));
        }
      }
    }
  }
  fill_groups(*shown, "ORGANISATIONS", deps.i18n, lang, report->per_organisation);
  fill_groups(*shown, "SECTORS", deps.i18n, lang, report->per_sector);
  return render(200);
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string outcomes_csv(const OutcomeReport& report, const I18n& i18n, const std::string& lang) {
  auto tr = [&](const char* msgid) { return i18n.tr(lang, msgid); };
  const auto types = hire_types();
  std::vector<std::string> header = {
      tr("Du"),         tr("Au"),     tr("Regroupement"), tr("Groupe"),   tr("Personnes proposées"),
      tr("Entretiens"), tr("Stages"), tr("PFI"),          tr("Embauches")};
  for (auto type : types) header.push_back(tr("Embauches :") + " " + tr(offers::label(type)));
  for (const char* h : {N_("Part de CDI (%)"), N_("Stagiaires (stage fini dans la période)"),
                        N_("Stagiaires engagés dans les 12 mois"),
                        N_("Part des stagiaires engagés dans les 12 mois (%)"),
                        N_("Délai médian de la proposition à l'embauche (jours)")})
    header.push_back(tr(h));
  std::string out;
  auto line = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_field(fields[i]);
    }
    out += "\r\n";
  };
  line(header);
  auto share = [](const std::optional<double>& s) {
    return s ? decimal(*s * 100, 1, false) : std::string();
  };
  auto row = [&](const char* grouping, const std::string& group, const OutcomeFigures& f) {
    std::vector<std::string> fields = {to_iso(report.period.from),
                                       to_iso(report.period.to),
                                       tr(grouping),
                                       group,
                                       std::to_string(f.people_proposed),
                                       std::to_string(f.interviews),
                                       std::to_string(f.internships),
                                       std::to_string(f.pfis),
                                       std::to_string(f.hires)};
    for (auto type : types) fields.push_back(std::to_string(f.hires_of(type)));
    fields.push_back(share(f.permanent_share()));
    fields.push_back(std::to_string(f.interns));
    fields.push_back(std::to_string(f.interns_hired));
    fields.push_back(share(f.intern_hire_share()));
    const auto& m = f.median_days_to_hire;
    fields.push_back(!m ? "" : decimal(*m, std::floor(*m) == *m ? 0 : 1, false));
    line(fields);
  };
  row(N_("Ensemble"), tr("Ensemble"), report.overall);
  for (const auto& g : report.per_organisation) row(N_("Organisation"), g.label, g);
  for (const auto& g : report.per_sector)
    row(N_("Secteur"), g.label.empty() ? tr("Secteur non renseigné") : g.label, g);
  return out;
}

void mount_outcome_pages(http::Router& router, const OutcomePagesDeps& deps) {
  security::Guard& g = deps.guard;
  g.get(router, kPath, "outcomes.read",
        [deps](http::Request& r, Actor& a) { return outcome_page(deps, r, a); });
  g.get(router, std::string(kPath) + ".csv", "outcomes.read", [deps](http::Request& r, Actor& a) {
    auto period =
        parse_period(r.query.get_or("du", ""), r.query.get_or("au", ""), deps.service.today());
    if (!period) return http::Response::text(deps.i18n.tr(r.lang, period.error().message_id), 422);
    auto report = deps.service.report(a, *period, "csv");
    if (!report) return http::Response::text(deps.i18n.tr(r.lang, report.error().message_id), 403);
    http::Response resp = http::Response::text(outcomes_csv(*report, deps.i18n, r.lang));
    resp.headers.set("Content-Type", "text/csv; charset=utf-8");
    resp.headers.set("Content-Disposition", "attachment; filename=\"resultats-" +
                                                to_iso(period->from) + "-" + to_iso(period->to) +
                                                ".csv\"");
    resp.headers.set("Cache-Control", "no-store");
    return resp;
  });
}

}  // namespace primowork::placements
