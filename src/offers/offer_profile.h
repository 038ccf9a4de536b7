// What the matching engine sees of an offer (matching/model.h): occupation, skills, the French
// level, licence, place, schedule, contract, hours, whether the occupation is regulated, and the
// employer as a number. Never the title, description, salary or contact.
#pragma once

#include <optional>

#include "geography/communes.h"
#include "matching/model.h"
#include "offers/offer.h"
#include "taxonomy/taxonomy.h"

namespace primowork::offers {

// The engine's contract bit for a contract type: CDI -> permanent; PFI -> PFI; interim ->
// interim; internship and work-linked training -> internship; every other fixed-term form
// (CDD, replacement, clearly defined work, article 60/61, flexi-job, service vouchers,
// student job) -> fixed term.
matching::Contract contract_bit(ContractType type);

// The skills the employer kept or added are the core skills, weighted by their specificity; the
// occupation's optional skills the employer did not list count as optional. The French level is
// mandatory (the form asks for the level the job really needs). Skill codes unknown to the
// taxonomy are left out; an occupation unknown to it gives nothing (the offer cannot be matched).
// `employer` is the number of the company in the matching index.
std::optional<matching::Offer> to_offer(const OfferDraft& draft, const taxonomy::Taxonomy& taxonomy,
                                        const geography::Communes& communes, matching::Id id,
                                        matching::Id employer);

}  // namespace primowork::offers
