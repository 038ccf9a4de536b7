#include "offers/offer_form.h"

#include <charconv>
#include <map>

#include "platform/i18n_markers.h"
#include "platform/utf8.h"

namespace primowork::offers {
namespace {

int read_int(const http::Fields& f, const std::string& name, int fallback,
             std::vector<Error>& errors) {
  const std::string text(trim(f.get_or(name, "")));
  if (text.empty()) return fallback;
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    errors.push_back(Error::invalid(name, N_("Indiquez un nombre entier.")));
    return fallback;
  }
  return value;
}

constexpr std::pair<std::uint8_t, const char*> kScheduleBits[] = {
    {kNights, N_("Travail de nuit")},
    {kWeekends, N_("Travail le week-end")},
    {kShifts, N_("Travail en équipes (pauses)")},
};

constexpr const char* kLevelNames[] = {
    N_("A1 : quelques mots et phrases très simples"),
    N_("A2 : phrases simples sur le travail de tous les jours"),
    N_("B1 : se débrouiller dans la plupart des situations"),
    N_("B2 : discuter et écrire avec aisance"),
    N_("C1 : s'exprimer couramment, rédiger des textes complexes"),
    N_("C2 : maîtrise complète"),
};

// Builds the sections of the form, one field at a time.
class Writer {
 public:
  Writer(ctemplate::TemplateDictionary& dict, const std::map<std::string, std::string>& errors,
         const I18n& i18n, const std::string& lang)
      : dict_(dict), errors_(errors), i18n_(i18n), lang_(lang) {}

  void section(const char* legend, const char* id) {
    section_ = dict_.AddSectionDictionary("SECTION");
    section_->SetValue("LEGEND", i18n_.tr(lang_, legend));
    section_->SetValue("ID", id);
  }
  ctemplate::TemplateDictionary* field(const std::string& name, const char* label, const char* hint,
                                       bool required) {
    auto* f = section_->AddSectionDictionary("FIELD");
    f->SetValue("NAME", name);
    f->SetValue("LABEL", i18n_.tr(lang_, label));
    if (required) f->ShowSection("REQUIRED_MARK");
    if (hint != nullptr) f->SetValueAndShowSection("HINT_TEXT", i18n_.tr(lang_, hint), "HINT");
    auto it = errors_.find(name);
    if (it != errors_.end()) f->SetValueAndShowSection("ERROR_MESSAGE", it->second, "ERROR");
    described_by_.clear();
    if (hint != nullptr) described_by_ += name + "-hint";
    if (it != errors_.end()) described_by_ += (described_by_.empty() ? "" : " ") + name + "-error";
    invalid_ = it != errors_.end();
    required_ = required;
    return f;
  }
  ctemplate::TemplateDictionary* input(const std::string& name, const char* label,
                                       const std::string& type, const std::string& value,
                                       const char* hint = nullptr, bool required = false,
                                       const char* autocomplete = "off") {
    auto* f = field(name, label, hint, required);
    auto* in = f->AddSectionDictionary("INPUT");
    in->SetValue("TYPE", type);
    in->SetValue("VALUE", value);
    in->SetValue("AUTOCOMPLETE", autocomplete);
    copy_state(in, name);
    return in;
  }
  void textarea(const std::string& name, const char* label, const std::string& value,
                const char* hint = nullptr) {
    auto* f = field(name, label, hint, false);
    auto* in = f->AddSectionDictionary("TEXTAREA");
    in->SetValue("VALUE", value);
    copy_state(in, name);
  }
  void select(const std::string& name, const char* label,
              const std::vector<std::pair<std::string, std::string>>& options,
              const std::string& value, const char* empty_choice, const char* hint = nullptr,
              bool required = false) {
    auto* f = field(name, label, hint, required);
    auto* sel = f->AddSectionDictionary("SELECT");
    copy_state(sel, name);
    if (empty_choice != nullptr) {
      auto* o = sel->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", "");
      o->SetValue("LABEL", i18n_.tr(lang_, empty_choice));
      if (value.empty()) o->ShowSection("SELECTED");
    }
    for (const auto& [code, text] : options) {
      auto* o = sel->AddSectionDictionary("OPTION");
      o->SetValue("VALUE", code);
      o->SetValue("LABEL", text);
      if (code == value) o->ShowSection("SELECTED");
    }
  }
  void checkbox(const std::string& name, const std::string& value, const std::string& label,
                bool checked) {
    auto* f = section_->AddSectionDictionary("CHECKBOX");
    f->SetValue("NAME", name);
    f->SetValue("ID", name + "-" + value);
    f->SetValue("VALUE", value);
    f->SetValue("LABEL", label);
    if (checked) f->ShowSection("CHECKED");
  }
  // An error about a group of checkboxes, shown at the top of its section.
  void group_error(const std::string& name) {
    auto it = errors_.find(name);
    if (it == errors_.end()) return;
    auto* e = section_->AddSectionDictionary("GROUP_ERROR");
    e->SetValue("NAME", name);
    e->SetValue("MESSAGE", it->second);
  }
  ctemplate::TemplateDictionary* current() { return section_; }

 private:
  void copy_state(ctemplate::TemplateDictionary* into, const std::string& name) const {
    into->SetValue("NAME", name);
    if (!described_by_.empty())
      into->SetValueAndShowSection("DESCRIBED_BY", described_by_, "DESCRIBED");
    if (invalid_) into->ShowSection("INVALID");
    if (required_) into->ShowSection("REQUIRED");
  }
  std::string described_by_;
  bool invalid_ = false, required_ = false;
  ctemplate::TemplateDictionary& dict_;
  const std::map<std::string, std::string>& errors_;
  const I18n& i18n_;
  const std::string& lang_;
  ctemplate::TemplateDictionary* section_ = nullptr;
};

}  // namespace

std::optional<std::int64_t> parse_euros(const std::string& raw) {
  std::string text;
  for (char c : raw) {
    if (c == ' ') continue;
    text.push_back(c == '.' ? ',' : c);
  }
  if (text.empty()) return std::nullopt;
  const auto comma = text.find(',');
  const std::string whole = text.substr(0, comma);
  std::string cents = comma == std::string::npos ? "" : text.substr(comma + 1);
  if (whole.empty() || whole.size() > 7 || cents.size() > 2) return std::nullopt;
  for (char c : whole + cents) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  while (cents.size() < 2) cents.push_back('0');
  const std::int64_t value = std::stoll(whole) * 100 + std::stoll(cents);
  if (value <= 0) return std::nullopt;
  return value;
}

std::string format_euros(std::int64_t cents) {
  std::string out = std::to_string(cents / 100);
  if (cents % 100 != 0) {
    const int rest = static_cast<int>(cents % 100);
    out += (rest < 10 ? ",0" : ",") + std::to_string(rest);
  }
  return out;
}

OfferForm read_offer_form(const http::Fields& f, std::vector<Error>& errors) {
  OfferForm form;
  auto text = [&](const char* name) { return f.get_or(name, ""); };
  form.email = text("email");
  form.enterprise_number = text("enterprise_number");
  form.company_name = text("company_name");
  form.advert = text("advert");
  form.occupation = text("occupation");
  form.salary = text("salary");
  form.skills_shown = f.count("skills_shown") > 0;
  OfferDraft& d = form.draft;
  d.title = text("title");
  d.postal_code = text("postcode");
  form.contract = text("contract_type");
  if (!form.contract.empty()) {
    if (auto c = parse_contract_type(form.contract))
      d.contract = *c;
    else
      errors.push_back(c.error());
  } else {
    errors.push_back(Error::invalid("contract_type", N_("Choisissez le type de contrat.")));
  }
  d.part_time = f.count("part_time") > 0;
  d.hours_per_week = read_int(f, "hours_per_week", 38, errors);
  auto [from, to] = f.all().equal_range("schedule");
  for (auto it = from; it != to; ++it) {
    for (const auto& [bit, label] : kScheduleBits) {
      if (it->second == std::to_string(bit)) d.schedule |= bit;
    }
  }
  d.schedule_note = text("schedule_note");
  if (const std::string start = text("start_date"); !start.empty()) {
    d.start_date = parse_iso_date(start);
    if (!d.start_date)
      errors.push_back(
          Error::invalid("start_date", N_("Date invalide : utilisez le format AAAA-MM-JJ.")));
  }
  d.positions = read_int(f, "positions", 1, errors);
  form.french_level = text("french_level");
  if (form.french_level.empty()) {
    errors.push_back(Error::invalid("french_level",
                                    N_("Choisissez le niveau de français que le poste demande.")));
  } else if (auto l = parse_cefr_level(form.french_level)) {
    d.french_level = *l;
  } else {
    errors.push_back(l.error());
  }
  if (const std::string lic = text("licence"); !lic.empty()) {
    if (auto l = parse_driving_licence(lic))
      d.licence = *l;
    else
      errors.push_back(l.error());
  }
  auto [sfrom, sto] = f.all().equal_range("skills");
  for (auto it = sfrom; it != sto; ++it) d.skill_codes.push_back(it->second);
  if (!trim(form.salary).empty()) {
    auto cents = parse_euros(form.salary);
    const auto period = parse_salary_period(f.get_or("salary_period", "month"));
    if (!cents || !period) {
      errors.push_back(Error::invalid(
          "salary", N_("Montant invalide : indiquez des euros, par exemple 2100 ou 14,50.")));
    } else {
      d.salary = Salary{*cents, *period};
    }
  }
  d.description = text("description");
  return form;
}

std::string offer_form_field(const std::string& field) {
  if (field == "occupation_code") return "occupation";
  if (field == "postal_code" || field == "commune") return "postcode";
  if (field == "name") return "company_name";
  if (field == "contract") return "contract_type";
  return field;
}

void fill_offer_form(ctemplate::TemplateDictionary& dict, const OfferForm& form,
                     const std::vector<Error>& errors, const FormChoices& choices,
                     const geography::Communes& communes, const I18n& i18n,
                     const std::string& lang) {
  std::map<std::string, std::string> by_field;
  for (const auto& e : errors) {
    const std::string message = i18n.tr(lang, e.message_id);
    const std::string field = e.field.empty() ? "" : offer_form_field(e.field);
    if (!field.empty() && by_field.count(field)) continue;  // one message per field
    dict.ShowSection("ERRORS");
    auto* item = dict.AddSectionDictionary("ERROR");
    item->SetValue("FIELD_ID", field.empty() ? "main" : "field-" + field);
    item->SetValue("MESSAGE", message);
    if (!field.empty()) by_field.emplace(field, message);
  }
  const OfferDraft& d = form.draft;
  Writer w(dict, by_field, i18n, lang);

  if (choices.posting) {
    w.section(N_("Votre entreprise"), "entreprise");
    w.input("email", N_("Votre adresse e-mail"), "email", form.email,
            N_("Nous y envoyons le lien qui confirme l'offre."), true, "email");
    w.input("enterprise_number", N_("Numéro d'entreprise (BCE)"), "text", form.enterprise_number,
            N_("Par exemple 0123.456.749 : il figure sur vos factures."), true);
    w.input("company_name", N_("Nom de l'entreprise"), "text", form.company_name,
            N_("Seulement si l'entreprise publie ici pour la première fois."), false,
            "organization");
    w.section(N_("Coller une annonce existante (facultatif)"), "annonce");
    w.textarea("advert", N_("Texte de l'annonce"), form.advert,
               N_("PrimoWork y reconnaît le métier et les compétences ; vous vérifiez ensuite."));
    w.current()->ShowSection("EXTRACT_BUTTON");
  }

  w.section(N_("Le poste"), "poste");
  auto* occ = w.input("occupation", N_("Métier"), "text", form.occupation,
                      N_("Tapez le nom du métier : la liste propose les métiers connus."), true);
  occ->ShowSection("COMBOBOX");
  w.current()->ShowSection("SKILLS_BUTTON");
  w.input("title", N_("Intitulé affiché (facultatif)"), "text", d.title,
          N_("Par défaut, le nom du métier."));
  std::vector<std::pair<std::string, std::string>> places;
  for (const auto& c : communes.all()) places.emplace_back(c.postcode, c.postcode + " " + c.name);
  w.select("postcode", N_("Commune du lieu de travail"), places, d.postal_code, N_("(choisir)"),
           nullptr, true);
  std::vector<std::pair<std::string, std::string>> contracts;
  for (ContractType c : all_contract_types())
    contracts.emplace_back(std::string(to_string(c)), i18n.tr(lang, label(c)));
  w.select("contract_type", N_("Type de contrat"), contracts, form.contract, N_("(choisir)"),
           nullptr, true);
  w.input("hours_per_week", N_("Heures par semaine"), "number", std::to_string(d.hours_per_week));
  w.checkbox("part_time", "1", i18n.tr(lang, "Temps partiel"), d.part_time);
  for (const auto& [bit, text] : kScheduleBits)
    w.checkbox("schedule", std::to_string(bit), i18n.tr(lang, text), (d.schedule & bit) != 0);
  w.input("schedule_note", N_("Précision sur l'horaire (facultatif)"), "text", d.schedule_note,
          N_("Par exemple : 6 h - 14 h, une semaine sur deux."));
  w.input("start_date", N_("Date de début (facultatif)"), "date",
          d.start_date ? to_iso(*d.start_date) : "", N_("Vide : dès que possible."));
  w.input("positions", N_("Nombre de postes"), "number", std::to_string(d.positions));

  w.section(N_("Ce que le poste demande"), "exigences");
  std::vector<std::pair<std::string, std::string>> levels;
  for (int i = 1; i <= 6; ++i) {
    const auto level = static_cast<CefrLevel>(i);
    levels.emplace_back(std::string(to_string(level)), i18n.tr(lang, kLevelNames[i - 1]));
  }
  w.select("french_level", N_("Niveau de français nécessaire pour le poste"), levels,
           form.french_level, N_("(choisir)"),
           N_("Indiquez le niveau que le travail demande vraiment (échelle européenne CECR). "
              "Exiger une langue maternelle ou une nationalité est une discrimination interdite "
              "par la loi ; demander un niveau de langue utile au poste est permis."),
           true);
  std::vector<std::pair<std::string, std::string>> licences;
  for (auto l : {DrivingLicence::kB, DrivingLicence::kBE, DrivingLicence::kC1, DrivingLicence::kC,
                 DrivingLicence::kCE, DrivingLicence::kD1, DrivingLicence::kD, DrivingLicence::kDE})
    licences.emplace_back(std::string(to_string(l)), std::string(to_string(l)));
  w.select("licence", N_("Permis de conduire nécessaire"), licences,
           d.licence ? std::string(to_string(*d.licence)) : "", N_("(aucun)"));

  if (form.skills_shown || !choices.skills.empty()) {
    w.section(N_("Compétences demandées"), "competences");
    w.group_error("skills");
    w.current()->ShowSection("SKILLS_HINT");
    for (const auto& [code, text] : choices.skills) {
      const bool on =
          std::find(d.skill_codes.begin(), d.skill_codes.end(), code) != d.skill_codes.end();
      w.checkbox("skills", code, text, on);
    }
    dict.ShowSection("SKILLS_SHOWN");
  }

  w.section(N_("Facultatif"), "facultatif");
  w.input("salary", N_("Salaire brut en euros (facultatif)"), "text", form.salary,
          N_("Par exemple 2100 par mois ou 14,50 par heure."));
  w.select("salary_period", N_("Période du salaire"),
           {{"month", i18n.tr(lang, "par mois")}, {"hour", i18n.tr(lang, "par heure")}},
           d.salary && d.salary->period == SalaryPeriod::kHour ? "hour" : "month", nullptr);
  w.textarea("description", N_("Description (facultatif)"), d.description);
}

}  // namespace primowork::offers
