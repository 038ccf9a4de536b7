#include "offers/offer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "platform/utf8.h"

namespace primowork::offers {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A ROME 4.0 code: one letter A..N and four digits ("J1501").
bool rome_shape(std::string_view code) {
  return code.size() == 5 && code[0] >= 'A' && code[0] <= 'N' &&
         std::all_of(code.begin() + 1, code.end(), is_digit);
}

struct ContractRow {
  ContractType type;
  std::string_view code;
  const char* label;
};

// Codes and labels of the contract types, in the order forms list them.
constexpr std::array<ContractRow, 13> kContracts = {{
    {ContractType::kPermanent, "CDI", N_("CDI (contrat à durée indéterminée)")},
    {ContractType::kFixedTerm, "CDD", N_("CDD (contrat à durée déterminée)")},
    {ContractType::kClearlyDefinedWork, "travail_nettement_defini",
     N_("Contrat pour un travail nettement défini")},
    {ContractType::kReplacement, "remplacement", N_("Contrat de remplacement")},
    {ContractType::kInterim, "interim", N_("Intérim")},
    {ContractType::kPfi, "PFI", N_("PFI (Plan Formation-Insertion)")},
    {ContractType::kArticle60, "article_60", N_("Article 60 (CPAS)")},
    {ContractType::kArticle61, "article_61", N_("Article 61 (CPAS)")},
    {ContractType::kFlexiJob, "flexi_job", N_("Flexi-job")},
    {ContractType::kServiceVouchers, "titres_services", N_("Titres-services")},
    {ContractType::kWorkLinkedTraining, "alternance", N_("Alternance (IFAPME, CEFA)")},
    {ContractType::kInternship, "stage", N_("Stage")},
    {ContractType::kStudentJob, "student_job", N_("Job étudiant")},
}};

const ContractRow& row(ContractType type) {
  for (const auto& r : kContracts) {
    if (r.type == type) return r;
  }
  return kContracts[0];
}

constexpr std::array<std::string_view, 6> kCefr = {"A1", "A2", "B1", "B2", "C1", "C2"};
constexpr std::array<std::string_view, 8> kLicences = {"B", "BE", "C1", "C", "CE", "D1", "D", "DE"};

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

bool within(std::string_view text, std::size_t min_chars, std::size_t max_chars) {
  const std::size_t n = utf8_length(trim(text));
  return n >= min_chars && n <= max_chars;
}

}  // namespace

// --- Codes ------------------------------------------------------------------------------------

const std::vector<ContractType>& all_contract_types() {
  static const std::vector<ContractType> types = [] {
    std::vector<ContractType> v;
    for (const auto& r : kContracts) v.push_back(r.type);
    return v;
  }();
  return types;
}

std::string_view to_string(ContractType type) {
  return row(type).code;
}

const char* label(ContractType type) {
  return row(type).label;
}

Result<ContractType> parse_contract_type(std::string_view code) {
  for (const auto& r : kContracts) {
    if (r.code == code) return r.type;
  }
  return Error::invalid("contract_type",
                        N_("Type de contrat inconnu : choisissez-le dans la liste."));
}

std::string_view to_string(CefrLevel level) {
  const auto i = static_cast<std::size_t>(level) - 1;
  return i < kCefr.size() ? kCefr[i] : "A1";
}

Result<CefrLevel> parse_cefr_level(std::string_view code) {
  const std::string up = upper_ascii(trim(code));
  for (std::size_t i = 0; i < kCefr.size(); ++i) {
    if (kCefr[i] == up) return static_cast<CefrLevel>(i + 1);
  }
  return Error::invalid("french_level",
                        N_("Niveau de français inconnu : choisissez un niveau de A1 à C2 (CECR)."));
}

std::string_view to_string(DrivingLicence licence) {
  return kLicences[static_cast<std::size_t>(licence)];
}

Result<DrivingLicence> parse_driving_licence(std::string_view code) {
  const std::string up = upper_ascii(trim(code));
  for (std::size_t i = 0; i < kLicences.size(); ++i) {
    if (kLicences[i] == up) return static_cast<DrivingLicence>(i);
  }
  return Error::invalid("licence", N_("Catégorie de permis de conduire inconnue."));
}

std::string_view to_string(SalaryPeriod period) {
  return period == SalaryPeriod::kHour ? "hour" : "month";
}

std::optional<SalaryPeriod> parse_salary_period(std::string_view code) {
  if (code == "hour") return SalaryPeriod::kHour;
  if (code == "month") return SalaryPeriod::kMonth;
  return std::nullopt;
}

// --- The offer --------------------------------------------------------------------------------

OfferDraft normalise(OfferDraft d) {
  auto tidy = [](std::string& s) { s = std::string(trim(s)); };
  tidy(d.title);
  tidy(d.postal_code);
  tidy(d.commune);
  tidy(d.schedule_note);
  tidy(d.description);
  d.occupation_code = upper_ascii(trim(d.occupation_code));
  std::vector<std::string> skills;
  for (const auto& s : d.skill_codes) {
    std::string code(trim(s));
    if (!code.empty() && std::find(skills.begin(), skills.end(), code) == skills.end()) {
      skills.push_back(std::move(code));
    }
  }
  d.skill_codes = std::move(skills);
  return d;
}

std::vector<Error> check_offer(const OfferDraft& d, Date today, const OfferReferences& refs) {
  std::vector<Error> errors;
  auto refuse = [&](const char* field, const char* message_id) {
    errors.push_back(Error::invalid(field, message_id));
  };

  if (!within(d.title, 3, kMaxTitleLength)) {
    refuse("title", N_("L'intitulé du poste est obligatoire (de 3 à 120 caractères)."));
  }

  const std::string_view rome = trim(d.occupation_code);
  if (rome.empty()) {
    refuse("occupation_code", N_("Choisissez le métier dans la liste."));
  } else if (!rome_shape(rome) || (refs.occupation_exists && !refs.occupation_exists(rome))) {
    refuse("occupation_code", N_("Métier inconnu : choisissez-le dans la liste."));
  }

  const std::string_view pc = trim(d.postal_code);
  const bool pc_shape =
      pc.size() == 4 && std::all_of(pc.begin(), pc.end(), is_digit) && pc[0] != '0';
  if (!pc_shape) {
    refuse("postal_code", N_("Le code postal belge compte 4 chiffres, par exemple 4000."));
  }
  if (!within(d.commune, 1, 100)) {
    refuse("commune", N_("La commune est obligatoire (100 caractères au plus)."));
  } else if (pc_shape && refs.place_exists && !refs.place_exists(pc, trim(d.commune))) {
    refuse("commune", N_("Cette commune ne correspond pas à ce code postal."));
  }

  if (d.hours_per_week < 1 || d.hours_per_week > kMaxHoursPerWeek) {
    refuse("hours_per_week", N_("Le nombre d'heures par semaine va de 1 à 50."));
  }
  if ((d.schedule & ~kAllScheduleBits) != 0) {
    refuse("schedule", N_("Horaire inconnu : choisissez nuit, week-end ou travail en équipes."));
  }
  if (utf8_length(d.schedule_note) > kMaxScheduleNoteLength) {
    refuse("schedule_note",
           N_("La précision sur l'horaire est trop longue (300 caractères au plus)."));
  }

  if (d.start_date && !d.start_date->ok()) {
    refuse("start_date", N_("Date de début invalide."));
  } else if (d.start_date) {
    const auto start = std::chrono::sys_days{*d.start_date};
    const auto now = std::chrono::sys_days{today};
    if (start < now) {
      refuse("start_date", N_("La date de début ne peut pas être passée."));
    } else if (start > now + std::chrono::days{kMaxStartDaysAhead}) {
      refuse("start_date", N_("La date de début est trop lointaine (deux ans au plus)."));
    }
  }

  if (d.positions < 1 || d.positions > kMaxPositions) {
    refuse("positions", N_("Le nombre de postes va de 1 à 99."));
  }

  if (d.skill_codes.size() > kMaxSkills) {
    refuse("skills", N_("Trop de compétences : 30 au plus."));
  } else if (refs.skill_exists &&
             std::any_of(d.skill_codes.begin(), d.skill_codes.end(),
                         [&](const std::string& code) { return !refs.skill_exists(trim(code)); })) {
    refuse("skills", N_("Compétence inconnue : choisissez-la dans la liste."));
  }

  if (d.salary) {
    // Bounds that catch typing slips (cents typed as euros, a monthly wage given per hour).
    const std::int64_t max_cents = d.salary->period == SalaryPeriod::kHour ? 200'00 : 50'000'00;
    if (d.salary->cents <= 0) {
      refuse("salary", N_("Le salaire doit être un montant positif."));
    } else if (d.salary->cents > max_cents) {
      refuse(
          "salary",
          N_("Ce salaire semble trop élevé : vérifiez le montant et la période (heure ou mois)."));
    }
  }

  if (utf8_length(d.description) > kMaxDescriptionLength) {
    refuse("description", N_("La description est trop longue (5000 caractères au plus)."));
  }
  return errors;
}

}  // namespace primowork::offers
