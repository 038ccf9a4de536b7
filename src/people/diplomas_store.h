// SQL for diplomas and notes of the person file (migrations/0007_people_notes_diplomas.sql).
// Every function runs on the caller's session, inside the caller's transaction. Sensitive notes
// arrive here already sealed and leave sealed: the service holds the key.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <string>
#include <vector>

#include "people/diploma.h"

namespace primowork::people::store {

// Inserts (an empty `d.id`) or replaces the diploma; returns it with its id.
Diploma save_diploma(soci::session& s, Diploma d, std::time_t now);
std::vector<Diploma> diplomas(soci::session& s, const std::string& person_id);
// False when there is no such diploma for this person.
bool delete_diploma(soci::session& s, const std::string& person_id, const std::string& id);

// `text` is the body, or the sealed body when `sensitive`.
Note add_note(soci::session& s, const std::string& person_id, const std::string& author_id,
              const std::string& text, bool sensitive, std::time_t now);
// Notes, newest first, with `body` holding the plain or the sealed text as stored.
std::vector<Note> notes(soci::session& s, const std::string& person_id);

}  // namespace primowork::people::store
