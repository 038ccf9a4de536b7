// What the matching engine sees of a person (matching/model.h): occupations, skills, languages,
// licences, right to work, commune and commute, schedule constraints, recognised diplomas.
// Never the name, birth date, contact details, residence status or notes.
#pragma once

#include <vector>

#include "geography/communes.h"
#include "matching/model.h"
#include "people/diploma.h"
#include "people/person.h"
#include "taxonomy/taxonomy.h"

namespace primowork::people {

// Codes unknown to the taxonomy are left out. Without any recorded skill, the core skills of
// the person's past occupations (and of a former profession) count as inferred skills.
matching::Profile to_profile(const PersonFile& file, const std::vector<Diploma>& diplomas,
                             const taxonomy::Taxonomy& taxonomy,
                             const geography::Communes& communes, matching::Id id = 0);

}  // namespace primowork::people
