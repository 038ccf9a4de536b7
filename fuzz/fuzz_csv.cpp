// Fuzzes csv::Reader (RFC 4180 through libcsv): the reader under every importer.
//
// Invariants: it never crashes; every field it returns is valid UTF-8; line numbers never go
// backwards; it stops (no endless loop) and either ends cleanly or reports an error.
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "platform/csv.h"
#include "platform/http/url.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(fuzz_input(data, size)));
  primowork::csv::Reader reader(in, "fuzz.csv");
  std::vector<std::string> row;
  std::size_t last_line = 0, rows = 0;
  while (reader.next(row)) {
    for (const auto& field : row) FUZZ_CHECK(primowork::http::valid_utf8(field));
    FUZZ_CHECK(reader.line() >= last_line);
    last_line = reader.line();
    FUZZ_CHECK(++rows <= size + 1);
  }
  if (const auto* error = reader.error()) FUZZ_CHECK(error->field.rfind("fuzz.csv:", 0) == 0);
  return 0;
}
