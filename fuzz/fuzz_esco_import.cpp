// Fuzzes taxonomy::import_esco: the input becomes one file of an otherwise valid ESCO package
// (its first byte picks which: occupations, skills, relations of 4 or 6 columns, ISCO groups,
// skill hierarchy), so multi-line labels and odd headers reach the importer.
//
// Invariants: it never crashes; a failure names a file; a success gives a finalized taxonomy
// whose links point inside its own tables.
#include <map>
#include <sstream>
#include <string>

#include "fuzz_bundle.h"
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
  Bundle files;
  if (!fuzzed_bundle(base(), data, size, files)) return 0;
  ImportReport report;
  check_import(import_esco(open_bundle(files), report));
  return 0;
}
