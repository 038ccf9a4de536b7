// Form bodies: application/x-www-form-urlencoded and multipart/form-data (RFC 7578).
//
// Every text field must be valid UTF-8; an error names the field. Size limits are enforced by the
// pipeline before parsing (413), so these functions only see bodies within limits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/http/request.h"
#include "platform/result.h"

namespace primowork::http {

struct UploadedFile {
  std::string field;         // form field name
  std::string filename;      // as sent by the browser, path stripped
  std::string content_type;  // as sent, or "application/octet-stream"
  std::string data;
};

struct FormData {
  Fields fields;
  std::vector<UploadedFile> files;
};

// The boundary parameter of a multipart Content-Type header, or "" when absent.
std::string multipart_boundary(std::string_view content_type_header);

// Parses a multipart body with the given boundary. Parts with a filename become files; others
// become text fields and must be valid UTF-8.
Result<FormData> parse_multipart(std::string_view body, const std::string& boundary);

// Parses the request body according to its Content-Type (urlencoded or multipart). Any other
// type is an error with message "Type de contenu non pris en charge".
Result<FormData> parse_form(const Request& request);

}  // namespace primowork::http
