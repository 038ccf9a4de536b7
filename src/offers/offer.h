// Job offers (offres d'emploi): what an employer fills in, the codes it uses (contract types,
// CEFR levels, driving licences, schedules) and the checks made before it is saved. Domain types
// and rules only: no I/O, no clock (today's date comes in as a parameter), no SQL.
//
// The offer's status and who may change it are in offers/lifecycle.h; the screening of its text
// for discriminatory or abusive requests is in offers/screening.h.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/calendar.h"
#include "platform/result.h"

namespace primowork::offers {

// Calendar days (platform/calendar.h).
using primowork::Date;
using primowork::parse_iso_date;
using primowork::to_iso;

// --- Codes ------------------------------------------------------------------------------------

// Contract types of DOMAIN.md ("Contract types", enum `contract_type`).
enum class ContractType {
  kPermanent,           // CDI
  kFixedTerm,           // CDD
  kClearlyDefinedWork,  // contrat pour un travail nettement défini
  kReplacement,         // contrat de remplacement
  kInterim,             // intérim (agency)
  kPfi,                 // Plan Formation-Insertion (training contract, not employment)
  kArticle60,           // CPAS, article 60 §7
  kArticle61,           // CPAS, article 61
  kFlexiJob,            // flexi-job
  kServiceVouchers,     // titres-services
  kWorkLinkedTraining,  // alternance (IFAPME, CEFA)
  kInternship,          // stage
  kStudentJob,          // job étudiant
};

// Every contract type, in the order forms list them.
const std::vector<ContractType>& all_contract_types();
// Stable codes, exactly as DOMAIN.md writes them: "CDI", "CDD", "travail_nettement_defini",
// "remplacement", "interim", "PFI", "article_60", "article_61", "flexi_job", "titres_services",
// "alternance", "stage", "student_job".
std::string_view to_string(ContractType type);
// Fails with field "contract_type" for an unknown code.
Result<ContractType> parse_contract_type(std::string_view code);
// French label msgid, e.g. "CDI (contrat à durée indéterminée)".
const char* label(ContractType type);

// CEFR levels A1..C2; the numeric values are those of the matching engine (1..6).
enum class CefrLevel : std::uint8_t { kA1 = 1, kA2, kB1, kB2, kC1, kC2 };
// "A1".."C2".
std::string_view to_string(CefrLevel level);
// Accepts "B1" or "b1"; fails with field "french_level" otherwise.
Result<CefrLevel> parse_cefr_level(std::string_view code);

// Driving licence categories of DOMAIN.md §4.
enum class DrivingLicence { kB, kBE, kC1, kC, kCE, kD1, kD, kDE };
// "B", "BE", "C1", "C", "CE", "D1", "D", "DE".
std::string_view to_string(DrivingLicence licence);
// Fails with field "licence" for an unknown category.
Result<DrivingLicence> parse_driving_licence(std::string_view code);

// Working conditions the job imposes, as bits (the values of matching::Schedule).
enum ScheduleBit : std::uint8_t {
  kNights = 1,
  kWeekends = 2,
  kShifts = 4,
};
constexpr std::uint8_t kAllScheduleBits = kNights | kWeekends | kShifts;

enum class SalaryPeriod { kHour, kMonth };
// "hour", "month".
std::string_view to_string(SalaryPeriod period);
std::optional<SalaryPeriod> parse_salary_period(std::string_view code);

// A gross salary (brut) in euro cents per hour or per month.
struct Salary {
  std::int64_t cents = 0;
  SalaryPeriod period = SalaryPeriod::kMonth;
};

// --- The offer --------------------------------------------------------------------------------

struct OfferDraft {
  std::string title;            // job title as the employer writes it, 3..120 characters
  std::string occupation_code;  // ROME code, e.g. "J1501"
  std::string postal_code;      // where the work is: 4 digits
  std::string commune;          // and its commune, 100 characters at most
  ContractType contract = ContractType::kPermanent;
  bool part_time = false;
  int hours_per_week = 38;         // 1..50
  std::uint8_t schedule = 0;       // ScheduleBit values
  std::string schedule_note;       // free text ("6 h - 14 h, une semaine sur deux"), 300 at most
  std::optional<Date> start_date;  // nullopt: as soon as possible
  int positions = 1;               // 1..99
  CefrLevel french_level = CefrLevel::kA2;  // the level the job really needs
  std::optional<DrivingLicence> licence;    // when the job needs one
  std::vector<std::string> skill_codes;     // taxonomy skill codes, 30 at most
  std::optional<Salary> salary;             // optional
  std::string description;                  // optional, 5000 characters at most
};

constexpr std::size_t kMaxTitleLength = 120;         // characters
constexpr std::size_t kMaxDescriptionLength = 5000;  // characters
constexpr std::size_t kMaxScheduleNoteLength = 300;  // characters
constexpr std::size_t kMaxSkills = 30;
constexpr int kMaxPositions = 99;
constexpr int kMaxHoursPerWeek = 50;
constexpr int kMaxStartDaysAhead = 730;  // a start date at most two years ahead

// The references codes are checked against. The service fills them from the active taxonomy and
// the commune list; a function left empty accepts every code (only its shape is checked).
struct OfferReferences {
  std::function<bool(std::string_view code)> occupation_exists;
  std::function<bool(std::string_view code)> skill_exists;
  std::function<bool(std::string_view postal_code, std::string_view commune)> place_exists;
};

// Trims spaces around text fields, upper-cases the ROME code and drops blank or repeated skill
// codes. Does not judge anything: check_offer() does.
OfferDraft normalise(OfferDraft draft);

// Checks every field; returns one error per invalid field (empty when valid). `today` is the
// current date in Europe/Brussels: a start date before it is refused.
// Fields: "title", "occupation_code", "postal_code", "commune", "hours_per_week", "schedule",
// "schedule_note", "start_date", "positions", "skills", "salary", "description".
std::vector<Error> check_offer(const OfferDraft& draft, Date today, const OfferReferences& refs);

}  // namespace primowork::offers
