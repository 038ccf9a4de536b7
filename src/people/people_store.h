// SQL for the person file (migrations/0004_people.sql): the file with its lists, the stage log
// and the action plan. Every function runs on the caller's session, inside the caller's
// transaction; callers check authorisation and validate (people/person.h) before writing.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "people/person.h"

namespace primowork::people::store {

// Inserts `file` (its id is made here and returned in the copy) with a first stage-log row.
PersonFile create(soci::session& s, PersonFile file, const std::string& actor_id, std::time_t now);
// Replaces every field and list of the file `file.id` (the stage is changed by move_stage only).
void update(soci::session& s, const PersonFile& file, std::time_t now);
std::optional<PersonFile> find(soci::session& s, const std::string& id);

struct Similar {
  std::string id, organisation_id;
};
// Other files that may be the same person: same family and given names (case ignored) and birth
// date, or same email, or same phone.
std::vector<Similar> similar(soci::session& s, const PersonFile& file);

// Organisation owning the file, or "" when there is no such file (or it was erased).
std::string organisation_of(soci::session& s, const std::string& id);

// Erases the personal data of the file: names replaced, contact, dates, right-to-work details,
// languages, experience, skills, notes, diplomas, documents, consents, shares and tasks removed.
// Kept for anonymous statistics: organisation, stage and its log, target occupations, dates.
void erase(soci::session& s, const std::string& id, std::time_t now);
// Closed files not updated since `before` and not yet erased.
std::vector<std::string> closed_before(soci::session& s, std::time_t before);

struct StageChange {
  std::string from, to, actor_id;
  std::tm at{};
};
// Sets the stage and logs the move; the caller checked stage_move_allowed().
void move_stage(soci::session& s, const std::string& id, const std::string& to,
                const std::string& actor_id, std::time_t now);
std::vector<StageChange> stage_log(soci::session& s, const std::string& id);

struct Task {
  std::string id, person_id, title, owner_id;
  std::optional<Date> due;
  bool done = false;
};
Task add_task(soci::session& s, const std::string& person_id, const std::string& title,
              std::optional<Date> due, const std::string& owner_id, std::time_t now);
// False when the task does not exist for this person or was already done.
bool complete_task(soci::session& s, const std::string& person_id, const std::string& task_id,
                   std::time_t now);
std::vector<Task> tasks(soci::session& s, const std::string& person_id);

// One line of a counsellor's caseload, with what its urgency needs.
struct CaseloadLine {
  std::string id, given_name, family_name, stage, main_target;
  std::optional<Date> document_expiry;
  bool overdue_task = false;
  std::optional<Date> last_action;  // last change of the file, its stage or its tasks
};
// The open files of an organisation (stage not "closed"), in no particular order; `today` decides
// which tasks are overdue.
std::vector<CaseloadLine> caseload(soci::session& s, const std::string& organisation_id,
                                   Date today);

}  // namespace primowork::people::store
