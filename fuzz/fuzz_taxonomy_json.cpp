// Fuzzes taxonomy::from_json (the snapshot format kept in the database and the starter file).
//
// Invariants: it never crashes; what it accepts serialises back to JSON that it accepts again
// with the same counts.
#include <string>

#include "fuzz_check.h"
#include "taxonomy/import.h"

using namespace primowork::taxonomy;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto t = from_json(std::string(fuzz_input(data, size)));
  if (!t) return 0;
  auto again = from_json(to_json(*t, "fuzz", "fuzz"));
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(again->occupations().size() == t->occupations().size());
  FUZZ_CHECK(again->skills().size() == t->skills().size());
  FUZZ_CHECK(again->link_count() == t->link_count());
  return 0;
}
