#include "people/people_form.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "matches/explanation_text.h"
#include "platform/i18n_markers.h"

namespace primowork::people {
namespace {

constexpr const char* kFrenchSkills[] = {"listening", "reading", "speaking", "writing"};
constexpr int kOtherLanguages = 2;
constexpr int kTargets = 3;

std::string code_text(std::uint16_t code) {
  return {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
}

std::optional<Date> read_date(const http::Fields& f, const std::string& name,
                              std::vector<Error>& errors) {
  const std::string text = f.get_or(name, "");
  if (text.empty()) return std::nullopt;
  auto d = parse_iso_date(text);
  if (!d) errors.push_back(Error::invalid(name, N_("Date invalide : utilisez le format AAAA-MM-JJ.")));
  return d;
}

int read_int(const http::Fields& f, const std::string& name, int fallback,
             std::vector<Error>& errors) {
  const std::string text = f.get_or(name, "");
  if (text.empty()) return fallback;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    errors.push_back(Error::invalid(name, N_("Indiquez un nombre entier.")));
    return fallback;
  }
  return value;
}

}  // namespace

PersonFile read_form(const http::Fields& f, std::vector<Error>& errors) {
  PersonFile p;
  auto text = [&](const char* name) { return f.get_or(name, ""); };
  p.given_name = text("given_name");
  p.family_name = text("family_name");
  p.birth_date = read_date(f, "birth_date", errors);
  p.preferred_language = f.get_or("preferred_language", "fr");
  p.phone = text("phone");
  p.email = text("email");
  p.postcode = text("postcode");
  p.max_km = read_int(f, "max_km", 25, errors);
  auto [from, to] = f.all().equal_range("licences");
  for (auto it = from; it != to; ++it) p.licences.push_back(it->second);
  p.licence_origin = text("licence_origin");
  p.exchange_status = text("exchange_status");
  p.vehicle = f.count("vehicle") > 0;
  p.residence_status = text("residence_status");
  p.document_type = text("document_type");
  p.document_expiry = read_date(f, "document_expiry", errors);
  p.access = f.get_or("access", "none");
  p.limited_reason = text("limited_reason");
  p.authorised_employer = text("authorised_employer");
  p.authorised_function = text("authorised_function");
  p.asylum_application_date = read_date(f, "asylum_application_date", errors);
  p.verified_by = text("verified_by");
  p.verified_on = read_date(f, "verified_on", errors);
  LanguageSkill french{"fr", "", "", "", "", ""};
  std::string* french_levels[] = {&french.listening, &french.reading, &french.speaking,
                                  &french.writing};
  for (int i = 0; i < 4; ++i) *french_levels[i] = f.get_or(std::string("fr_") + kFrenchSkills[i], "");
  p.languages.push_back(french);
  for (int i = 1; i <= kOtherLanguages; ++i) {
    const std::string code = f.get_or("lang" + std::to_string(i) + "_code", "");
    if (code.empty()) continue;
    LanguageSkill other;
    other.language = code;
    other.overall = f.get_or("lang" + std::to_string(i) + "_level", "");
    p.languages.push_back(other);
  }
  if (!text("past_occupation").empty()) {
    p.past_jobs.push_back({text("past_occupation"), read_int(f, "past_years", 0, errors),
                           text("past_where")});
  }
  for (int i = 1; i <= kTargets; ++i) {
    const std::string code = f.get_or("target" + std::to_string(i), "");
    if (!code.empty()) p.targets.push_back(code);
  }
  p.former_profession_inaccessible = text("former_profession_inaccessible");
  p.fle_courses = text("fle_courses");
  std::vector<std::string> validated;
  auto [vfrom, vto] = f.all().equal_range("validated");
  for (auto it = vfrom; it != vto; ++it) validated.push_back(it->second);
  auto [sfrom, sto] = f.all().equal_range("skills");
  for (auto it = sfrom; it != sto; ++it) {
    const bool checked = std::find(validated.begin(), validated.end(), it->second) != validated.end();
    p.skills.push_back({it->second, checked});
  }
  p.no_nights = f.count("no_nights") > 0;
  p.no_weekends = f.count("no_weekends") > 0;
  p.part_time_only = f.count("part_time_only") > 0;
  return p;
}

std::string form_field(const std::string& field) {
  auto index_of = [&](const std::string& prefix) {
    return std::atoi(field.c_str() + prefix.size() + 1);
  };
  if (field.rfind("languages[", 0) == 0) {
    const int i = index_of("languages");
    const std::string part = field.substr(field.find("].") + 2);
    if (i == 0) return "fr_" + part;  // French comes first in the form
    return "lang" + std::to_string(i) + (part == "language" ? "_code" : "_level");
  }
  if (field.rfind("licences[", 0) == 0) return "licences";
  if (field.rfind("targets[", 0) == 0) return "target" + std::to_string(index_of("targets") + 1);
  if (field.rfind("past_jobs[", 0) == 0) return "past_" + field.substr(field.find("].") + 2);
  if (field.rfind("skills[", 0) == 0) return "skills";
  return field;
}

namespace {

// Builds the sections of the form, one field at a time.
class FormWriter {
 public:
  FormWriter(ctemplate::TemplateDictionary& dict, const std::map<std::string, std::string>& errors,
             const I18n& i18n, const std::string& lang)
      : dict_(dict), errors_(errors), i18n_(i18n), lang_(lang) {}

  void section(const char* legend, const char* id) {
    section_ = dict_.AddSectionDictionary("SECTION");
    section_->SetValue("LEGEND", i18n_.tr(lang_, legend));
    section_->SetValue("ID", id);
  }
  ctemplate::TemplateDictionary* field(const std::string& name, const char* label,
                                       const char* hint = nullptr) {
    auto* f = section_->AddSectionDictionary("FIELD");
    f->SetValue("NAME", name);
    f->SetValue("LABEL", i18n_.tr(lang_, label));
    if (hint != nullptr) f->SetValueAndShowSection("HINT_TEXT", i18n_.tr(lang_, hint), "HINT");
    auto it = errors_.find(name);
    if (it != errors_.end()) f->SetValueAndShowSection("ERROR_MESSAGE", it->second, "ERROR");
    described_by_.clear();
    if (hint != nullptr) described_by_ += name + "-hint";
    if (it != errors_.end()) described_by_ += (described_by_.empty() ? "" : " ") + name + "-error";
    invalid_ = it != errors_.end();
    return f;
  }
  void input(const std::string& name, const char* label, const std::string& type,
             const std::string& value, const char* hint = nullptr, const char* autocomplete = "off") {
    auto* f = field(name, label, hint);
    auto* in = f->AddSectionDictionary("INPUT");
    in->SetValue("TYPE", type);
    in->SetValue("VALUE", value);
    in->SetValue("AUTOCOMPLETE", autocomplete);
    copy_state(f, in, name);
  }
  void occupation(const std::string& name, const char* label, const std::string& value) {
    auto* f = field(name, label, N_("Code ROME ou nom du métier : la liste propose des métiers."));
    auto* in = f->AddSectionDictionary("INPUT");
    in->SetValue("TYPE", "text");
    in->SetValue("VALUE", value);
    in->SetValue("AUTOCOMPLETE", "off");
    in->ShowSection("COMBOBOX");
    copy_state(f, in, name);
  }
  void select(const std::string& name, const char* label, const std::vector<Code>& codes,
              const std::string& value, bool empty_choice, const char* hint = nullptr) {
    std::vector<std::pair<std::string, std::string>> options;
    for (const auto& c : codes) options.emplace_back(std::string(c.code), i18n_.tr(lang_, c.label));
    select_options(name, label, options, value, empty_choice, hint);
  }
  void select_options(const std::string& name, const char* label,
                      const std::vector<std::pair<std::string, std::string>>& options,
                      const std::string& value, bool empty_choice, const char* hint = nullptr) {
    auto* f = field(name, label, hint);
    auto* sel = f->AddSectionDictionary("SELECT");
    copy_state(f, sel, name);
    if (empty_choice) {
      auto* o = sel->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", "");
      o->SetValue("LABEL", i18n_.tr(lang_, "(non indiqué)"));
      if (value.empty()) o->ShowSection("SELECTED");
    }
    for (const auto& [code, text] : options) {
      auto* o = sel->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", code);
      o->SetValue("LABEL", text);
      if (code == value) o->ShowSection("SELECTED");
    }
  }
  void checkbox(const std::string& name, const std::string& value, const char* label, bool checked,
                const std::string& id_suffix = "") {
    checkbox_text(name, value, i18n_.tr(lang_, label), checked, id_suffix);
  }
  // A checkbox whose label is already translated (or data, like a skill label).
  void checkbox_text(const std::string& name, const std::string& value, const std::string& label,
                     bool checked, const std::string& id_suffix = "") {
    auto* f = section_->AddSectionDictionary("CHECKBOX");
    f->SetValue("NAME", name);
    f->SetValue("ID", name + id_suffix);
    f->SetValue("VALUE", value);
    f->SetValue("LABEL", label);
    if (checked) f->ShowSection("CHECKED");
    auto it = errors_.find(name);
    if (it != errors_.end() && id_suffix.empty())
      f->SetValueAndShowSection("ERROR_MESSAGE", it->second, "ERROR");
  }

 private:
  // The input or select repeats the field's description and validity.
  void copy_state(ctemplate::TemplateDictionary* field, ctemplate::TemplateDictionary* into,
                  const std::string& name) const {
    (void)field;
    into->SetValue("NAME", name);
    if (!described_by_.empty()) into->SetValueAndShowSection("DESCRIBED_BY", described_by_, "DESCRIBED");
    if (invalid_) into->ShowSection("INVALID");
  }
  std::string described_by_;
  bool invalid_ = false;
  ctemplate::TemplateDictionary& dict_;
  const std::map<std::string, std::string>& errors_;
  const I18n& i18n_;
  const std::string& lang_;
  ctemplate::TemplateDictionary* section_ = nullptr;
};

std::string iso(const std::optional<Date>& d) {
  return d ? to_iso(*d) : "";
}

}  // namespace

void fill_form(ctemplate::TemplateDictionary& dict, const PersonFile& p,
               const std::vector<Error>& errors, const geography::Communes& communes,
               const std::function<std::string(const std::string&)>& occupation_label,
               const std::vector<SkillChoice>& skills, const I18n& i18n,
               const std::string& lang) {
  std::map<std::string, std::string> by_field;
  for (const auto& e : errors) {
    const std::string message = i18n.tr(lang, e.message_id);
    const std::string field = e.field.empty() ? "" : form_field(e.field);
    dict.ShowSection("ERRORS");
    auto* item = dict.AddSectionDictionary("ERROR");
    item->SetValue("FIELD_ID", field.empty()        ? "main"
                               : field == "skills"  ? "section-competences"
                               : field == "licences" ? "section-mobilite"
                                                    : "field-" + field);
    item->SetValue("MESSAGE", message);
    if (!field.empty()) by_field.emplace(field, message);
  }
  FormWriter w(dict, by_field, i18n, lang);

  w.section(N_("Identité et contact"), "identite");
  w.input("given_name", N_("Prénom"), "text", p.given_name, nullptr, "off");
  w.input("family_name", N_("Nom"), "text", p.family_name, nullptr, "off");
  w.input("birth_date", N_("Date de naissance (facultative)"), "date", iso(p.birth_date),
          N_("Sert seulement à repérer un dossier en double ; jamais utilisée pour proposer des offres."));
  std::vector<std::pair<std::string, std::string>> languages;
  for (std::uint16_t code : matches::known_languages())
    languages.emplace_back(code_text(code), matches::language_name(code, i18n, lang));
  w.select_options("preferred_language", N_("Langue préférée pour lire les informations"),
                   languages, p.preferred_language, false);
  w.input("phone", N_("Téléphone"), "tel", p.phone);
  w.input("email", N_("Adresse e-mail (facultative)"), "email", p.email);
  std::vector<std::pair<std::string, std::string>> places;
  for (const auto& c : communes.all()) places.emplace_back(c.postcode, c.postcode + " " + c.name);
  w.select_options("postcode", N_("Commune"), places, p.postcode, true);

  w.section(N_("Mobilité"), "mobilite");
  w.input("max_km", N_("Trajet maximum (km)"), "number", std::to_string(p.max_km));
  for (const auto& c : licence_categories()) {
    const bool has = std::find(p.licences.begin(), p.licences.end(), c.code) != p.licences.end();
    w.checkbox("licences", std::string(c.code), c.label, has, "-" + std::string(c.code));
  }
  w.select("licence_origin", N_("Permis obtenu"), licence_origins(), p.licence_origin, true);
  w.select("exchange_status", N_("Échange du permis étranger"), exchange_statuses(),
           p.exchange_status, true);
  w.checkbox("vehicle", "1", N_("Dispose d'un véhicule"), p.vehicle);

  w.section(N_("Droit au travail"), "droit-au-travail");
  w.select("residence_status", N_("Situation de séjour"), residence_statuses(), p.residence_status,
           true);
  w.select("document_type", N_("Document de séjour"), document_types(), p.document_type, true);
  w.input("document_expiry", N_("Fin de validité du document"), "date", iso(p.document_expiry),
          N_("Obligatoire pour tout document : une alerte apparaît 90 et 30 jours avant."));
  w.select("access", N_("Accès au marché du travail (mention sur la carte)"), access_codes(),
           p.access, false, N_("Recopiez la mention de la carte ; ne la déduisez jamais d'une nationalité."));
  w.select("limited_reason", N_("Si l'accès est limité : pourquoi"), limited_reasons(),
           p.limited_reason, true);
  w.input("authorised_employer", N_("Employeur autorisé (permis unique)"), "text",
          p.authorised_employer);
  w.input("authorised_function", N_("Fonction autorisée (permis unique)"), "text",
          p.authorised_function);
  w.input("asylum_application_date", N_("Date de la demande d'asile"), "date",
          iso(p.asylum_application_date));
  w.input("verified_by", N_("Document vérifié par"), "text", p.verified_by);
  w.input("verified_on", N_("Vérifié le"), "date", iso(p.verified_on));

  w.section(N_("Langues"), "langues");
  const LanguageSkill* french = nullptr;
  std::vector<const LanguageSkill*> others;
  for (const auto& l : p.languages) {
    if (l.language == "fr" && french == nullptr)
      french = &l;
    else
      others.push_back(&l);
  }
  const char* french_labels[] = {N_("Français : compréhension orale"),
                                 N_("Français : compréhension écrite"),
                                 N_("Français : expression orale"),
                                 N_("Français : expression écrite")};
  for (int i = 0; i < 4; ++i) {
    const std::string* levels[] = {french ? &french->listening : nullptr,
                                   french ? &french->reading : nullptr,
                                   french ? &french->speaking : nullptr,
                                   french ? &french->writing : nullptr};
    w.select(std::string("fr_") + kFrenchSkills[i], french_labels[i], cefr_levels(),
             levels[i] ? *levels[i] : "", true);
  }
  for (int i = 1; i <= kOtherLanguages; ++i) {
    const LanguageSkill* l = i <= static_cast<int>(others.size()) ? others[i - 1] : nullptr;
    w.select_options("lang" + std::to_string(i) + "_code",
                     i == 1 ? N_("Autre langue") : N_("Encore une autre langue"), languages,
                     l ? l->language : "", true);
    w.select("lang" + std::to_string(i) + "_level", N_("Niveau dans cette langue"), cefr_levels(),
             l ? l->overall : "", true);
  }

  w.input("fle_courses", N_("Cours de français suivis (FLE)"), "text", p.fle_courses,
          N_("Par exemple : Alpha FLE au CRIPEL en 2025 ; FLE B1 en promotion sociale, en cours."));

  w.section(N_("Expérience et projet professionnel"), "projet");
  const PastJob* job = p.past_jobs.empty() ? nullptr : &p.past_jobs.front();
  w.occupation("past_occupation", N_("Métier exercé avant"),
               job ? occupation_label(job->occupation) : "");
  w.input("past_years", N_("Années d'expérience dans ce métier"), "number",
          job ? std::to_string(job->years) : "");
  w.input("past_where", N_("Où (pays ou employeur)"), "text", job ? job->where : "");
  const char* target_labels[] = {N_("Métier visé"), N_("Deuxième métier visé"),
                                 N_("Troisième métier visé")};
  for (int i = 0; i < kTargets; ++i) {
    w.occupation("target" + std::to_string(i + 1), target_labels[i],
                 i < static_cast<int>(p.targets.size()) ? occupation_label(p.targets[i]) : "");
  }
  w.occupation("former_profession_inaccessible",
               N_("Ancien métier qui n'est pas accessible ici (facultatif)"),
               occupation_label(p.former_profession_inaccessible));

  if (!skills.empty()) {
    w.section(N_("Compétences"), "competences");
    for (const auto& choice : skills) {
      auto held = std::find_if(p.skills.begin(), p.skills.end(),
                               [&](const HeldSkill& h) { return h.skill == choice.code; });
      w.checkbox_text("skills", choice.code, choice.label, held != p.skills.end(),
                      "-" + choice.code);
      w.checkbox_text("validated", choice.code,
                      i18n.tr(lang, "Validée par le conseiller :") + " " + choice.label,
                      held != p.skills.end() && held->validated, "-v-" + choice.code);
    }
  }

  w.section(N_("Disponibilités et contraintes"), "contraintes");
  w.checkbox("no_nights", "1", N_("Ne peut pas travailler la nuit"), p.no_nights);
  w.checkbox("no_weekends", "1", N_("Ne peut pas travailler le week-end"), p.no_weekends);
  w.checkbox("part_time_only", "1", N_("Temps partiel uniquement"), p.part_time_only);
}

}  // namespace primowork::people
