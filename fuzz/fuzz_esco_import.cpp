// Fuzzes taxonomy::import_esco: the input becomes one file of an otherwise valid ESCO package
// (its first byte picks which: occupations, skills, relations of 4 or 6 columns, ISCO groups,
// skill hierarchy), so multi-line labels and odd headers reach the importer.
//
// Invariants: it never crashes; a failure names a file; a success gives a finalized taxonomy
// whose links point inside its own tables.
#include <map>
#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "taxonomy/import.h"

using namespace primowork::taxonomy;

namespace {
const std::map<std::string, std::string>& base() {
  static const std::map<std::string, std::string> files = {
      {"ISCOGroups", "conceptType,conceptUri,code,preferredLabel\nISCOGroup,u:C5321,5321,Aides\n"},
      {"occupations",
       "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n"
       "Occupation,u:o1,5321,aide-soignant,\"a\nb\"\n"},
      {"skills",
       "conceptType,conceptUri,skillType,reuseLevel,preferredLabel\n"
       "KnowledgeSkillCompetence,u:s1,knowledge,transversal,hygiène\n"},
      {"broaderRelationsSkillPillar",
       "conceptType,conceptUri,broaderType,broaderUri\nx,u:s1,y,u:g1\n"},
      {"occupationSkillRelations",
       "occupationUri,relationType,skillType,skillUri\nu:o1,essential,knowledge,u:s1\n"},
  };
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  auto files = base();
  auto it = files.begin();
  std::advance(it, data[0] % files.size());
  it->second = std::string(fuzz_input(data + 1, size - 1));
  auto open = [&files](const std::string& name) -> std::unique_ptr<std::istream> {
    auto f = files.find(name);
    if (f == files.end()) return nullptr;
    return std::make_unique<std::istringstream>(f->second);
  };
  ImportReport report;
  auto t = import_esco(open, report);
  if (!t) {
    FUZZ_CHECK(!t.error().field.empty());
    return 0;
  }
  FUZZ_CHECK(t->finalized());
  for (OccupationId o = 0; o < t->occupations().size(); ++o) {
    for (const auto& link : t->skills_of(o)) FUZZ_CHECK(link.skill < t->skills().size());
  }
  return 0;
}
