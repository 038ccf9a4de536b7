// The person file (dossier): what a counsellor records about a job seeker, the codes it uses
// (DOMAIN.md sections 1 to 4) and the checks made before it is saved. Domain types and rules
// only: no I/O, no clock (today comes in as a parameter), no SQL.
//
// There is no field for nationality, origin, religion, health or family situation: labour-market
// access is copied from the residence card, never derived from a nationality (DOMAIN.md 1.3).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/calendar.h"
#include "platform/result.h"

namespace primowork::people {

// A code list: stable codes (stored, exchanged) with a French label msgid each.
struct Code {
  std::string_view code;
  const char* label;
};
// The codes of each enumeration, in the order forms list them.
const std::vector<Code>& residence_statuses();  // DOMAIN.md 1.1
const std::vector<Code>& document_types();      // DOMAIN.md 1.2
const std::vector<Code>& access_codes();        // unlimited, limited, none
const std::vector<Code>& limited_reasons();     // single_permit_employer, student_20h
const std::vector<Code>& stages();              // the journey, in order
const std::vector<Code>& licence_categories();  // B, BE, C1, C, CE, D1, D, DE
const std::vector<Code>& licence_origins();     // BE, EU, non_EU
const std::vector<Code>& exchange_statuses();   // not_needed, to_do, requested, exchanged, refused
const std::vector<Code>& cefr_levels();         // A1..C2
bool is_code(const std::vector<Code>& codes, std::string_view code);
// The label msgid of `code`, or "" when unknown.
const char* label_of(const std::vector<Code>& codes, std::string_view code);

// CEFR level of a code ("B1" -> 3), 0 when not a level.
std::uint8_t cefr_rank(std::string_view code);

struct LanguageSkill {
  std::string language;  // ISO 639-1, lowercase ("fr", "ar", "en")
  // French: one level per skill (oral and written comprehension and production); other
  // languages: `overall` only. "" = not assessed.
  std::string overall, listening, reading, speaking, writing;
};

struct PastJob {
  std::string occupation;  // ROME code
  int years = 0;
  std::string where;  // country or employer, free text
};

struct HeldSkill {
  std::string skill;       // taxonomy skill code
  bool validated = false;  // validated by a counsellor (else declared by the person)
};

struct PersonFile {
  std::string id;  // opaque, set by the store
  std::string organisation_id;
  std::string referent_id;  // the referent counsellor (user id)
  // Identity and contact.
  std::string given_name, family_name;
  std::optional<Date> birth_date;  // only to spot duplicate files; never sent to matching
  std::string preferred_language = "fr";
  std::string phone, email;
  std::string postcode;  // commune of residence
  // Mobility.
  int max_km = 25;
  std::vector<std::string> licences;  // categories
  std::string licence_origin;         // "" when no licence
  std::string exchange_status;        // for a non-EU licence
  bool vehicle = false;
  // Right to work (DOMAIN.md 1.3).
  std::string residence_status, document_type;
  std::optional<Date> document_expiry;
  std::string access = "none";
  std::string limited_reason, authorised_employer, authorised_function;
  std::optional<Date> asylum_application_date;
  std::string verified_by;
  std::optional<Date> verified_on;
  // Languages, experience, skills, project.
  std::vector<LanguageSkill> languages;
  std::string fle_courses;  // French courses followed (free text)
  std::vector<PastJob> past_jobs;
  std::vector<HeldSkill> skills;
  std::vector<std::string> targets;  // ROME codes of the professional project
  std::string former_profession_inaccessible;  // ROME code, "" when none (brings up pivots)
  // Availability and constraints.
  bool no_nights = false, no_weekends = false, part_time_only = false;
  // Journey.
  std::string stage = "orientation";
};

// What the checks need from the rest of the system (the taxonomy, the commune list).
struct References {
  std::function<bool(std::string_view)> occupation;  // a known ROME code
  std::function<bool(std::string_view)> skill;       // a known skill code
  std::function<bool(std::string_view)> postcode;    // a known Belgian postcode
};

// Trims texts, lowercases emails and language codes, sorts and deduplicates lists.
PersonFile normalise(PersonFile file);

// Every problem of `file`, each naming its field ("document_expiry", "languages[0].speaking",
// "targets[1]"...): required names, known codes, a document expiry for every document, limited
// access with its reason (and employer and function for a single permit), an expiry not more
// than 10 years ahead, dates not in the future where they record the past, CEFR levels A1..C2,
// 0..50 years of experience, 0..200 km. Empty when the file can be saved.
std::vector<Error> check_person(const PersonFile& file, Date today, const References& refs);

// The journey's stages and the moves allowed between them: forward one step or more, back to an
// earlier stage (a contract ends, a training is dropped), and to "closed" from anywhere; a closed
// file reopens at "orientation" only.
bool stage_move_allowed(std::string_view from, std::string_view to);

// Urgency on the counsellor's worklist, most urgent first: 1 document expired or expiring within
// 30 days, 2 within 90 days, 3 an overdue task, 4 no action for 60 days, 5 otherwise.
struct Urgency {
  int rank = 5;
  std::optional<long> days_to_expiry;
};
Urgency urgency(const std::optional<Date>& document_expiry, bool overdue_task,
                std::optional<Date> last_action, Date today);

}  // namespace primowork::people
