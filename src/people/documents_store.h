// SQL for the documents of a person file (migrations/0009_people_documents.sql): descriptions
// only; the bytes are in the FileStore. Runs on the caller's session and transaction.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "people/document.h"

namespace primowork::people::store {

Document add_document(soci::session& s, Document d, std::time_t now);
std::vector<Document> documents(soci::session& s, const std::string& person_id);
std::optional<Document> document(soci::session& s, const std::string& person_id,
                                 const std::string& id);

}  // namespace primowork::people::store
