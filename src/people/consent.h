// Consents and shares of a person file (issue #6 item 3): their codes, the parts of a file a
// share can open, and the rules a new share follows. Domain only: no I/O, no clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "people/person.h"

namespace primowork::people {

// The version of the consent texts shown today; recorded with every consent.
inline constexpr const char* kConsentTextVersion = "2026-11";

// processing (the file itself), employer_visibility (an anonymised profile shown to employers).
const std::vector<Code>& consent_kinds();
// The plain-language text the person agrees to, per kind (French msgid).
const char* consent_text(std::string_view kind);

// Parts of a file a share can open: identity (name and contact), rights (right to work),
// languages, project (experience, targets, constraints), journey (stage, history, tasks).
const std::vector<Code>& share_parts();

struct Consent {
  std::string id, person_id, kind, text_version, recorded_by;
  Date given_on{};
  bool on_paper = false;
  bool withdrawn = false;
};

struct Share {
  std::string id, person_id, organisation_id, organisation_name;
  std::vector<std::string> scope;
  Date ends_on{};
  bool revoked = false;

  // Open on `today`: not revoked and `today` not after the end date.
  bool live(Date today) const { return !revoked && today <= ends_on; }
  bool opens(std::string_view part) const;
};

// The file as a share shows it: the name always, and only the parts the share opens (identity:
// contact and birth date; rights: right to work; languages; project: mobility, experience,
// skills, targets and constraints; journey: the stage). Everything else is cleared, so a page or
// an answer cannot show it by mistake.
PersonFile restrict_to(const PersonFile& file, const Share& share);

// A new share: at least one known part, an end date after today and at most two years ahead.
// Errors name "scope" or "ends_on".
std::vector<Error> check_share(const std::vector<std::string>& scope,
                               const std::optional<Date>& ends_on, Date today);

}  // namespace primowork::people
