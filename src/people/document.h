// Documents of a person file: what kinds exist, which file types are accepted (PDF, PNG, JPEG,
// recognised by their first bytes, never by the name alone) and the size limit. Domain only.
#pragma once

#include <cstddef>
#include <ctime>
#include <string>
#include <vector>

#include "people/person.h"

namespace primowork::people {

inline constexpr std::size_t kMaxDocumentBytes = 5 << 20;  // 5 MiB

const std::vector<Code>& document_kinds();  // cv, diploma, residence_card, certificate, other

struct Document {
  std::string id, person_id, kind, filename, content_type, sha256, stored_as, uploaded_by;
  std::size_t size = 0;
  std::tm at{};
};

// The content type the bytes are ("application/pdf", "image/png", "image/jpeg"), or "".
std::string sniff_content_type(const std::string& data);

// The name to show and offer at download: the base name, without control characters, quotes or
// path separators, at most 120 characters; "document" when nothing is left.
std::string clean_filename(const std::string& filename);

// Problems with an upload, naming "kind" or "file": unknown kind, no file, empty, larger than
// 5 MiB, a type other than PDF/PNG/JPEG, or a name whose extension disagrees with the bytes (a
// disguised file).
std::vector<Error> check_document(const std::string& kind, const std::string& filename,
                                  const std::string& data);

}  // namespace primowork::people
