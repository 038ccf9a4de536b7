// Diplomas obtained abroad and their equivalence in the Fédération Wallonie-Bruxelles
// (DOMAIN.md 2): the workflow (not requested, file submitted, pending, decided), the decision
// (specific degree, level, refused, provisional), its dates and fee, and the regulated occupation
// a decision opens. Also the notes of a file. Domain only: no I/O, no clock.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "people/person.h"

namespace primowork::people {

const std::vector<Code>& diploma_levels();         // primary ... doctorate
const std::vector<Code>& equivalence_statuses();   // not_requested, file_submitted, pending, decided
const std::vector<Code>& equivalence_decisions();  // specific_grade, level, refused, provisional

struct Diploma {
  std::string id, person_id;
  std::string title, country, level, field;
  std::string status = "not_requested";
  std::string decision;  // "" until decided
  std::optional<Date> submitted_on, decided_on;
  std::optional<int> fee_cents;
  std::string equivalent_title;  // the FWB title or level granted
  std::string opens_occupation;  // ROME code of the regulated occupation it opens, "" if none

  // A decision that lets the person work in `opens_occupation` (not refused).
  bool recognised() const {
    return status == "decided" && (decision == "specific_grade" || decision == "level" ||
                                   decision == "provisional");
  }
};

// Every problem, each naming its field: title and country required, known codes, a decision
// only (and always) when decided, dates not in the future and in order (submitted before
// decided), fee 0 to 1,000 euros, a known occupation code.
std::vector<Error> check_diploma(const Diploma& d, Date today, const References& refs);

struct Note {
  std::string id, person_id, author_id, author_name;
  std::string body;  // the text (decrypted for a sensitive note the reader may see)
  bool sensitive = false;
  std::tm at{};
};

// A note: 1 to 5,000 characters (field "body").
std::vector<Error> check_note(const std::string& body);

}  // namespace primowork::people
