// The person file as JSON (the API's and the export's format): PersonFile fields by name, dates
// as "YYYY-MM-DD", codes as stored (people/person.h, people/consent.h).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "people/people_service.h"

namespace primowork::people {

nlohmann::json to_json(const PersonFile& file);
// Reads a file; a member of the wrong type or a malformed date is an error naming it.
PersonFile from_json(const nlohmann::json& body, std::vector<Error>& errors);
// The whole file for the access and portability right: the file, journey, action plan,
// consents and shares.
nlohmann::json export_json(const FileView& view);

}  // namespace primowork::people
