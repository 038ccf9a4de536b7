#include "offers/offer_profile.h"

#include <algorithm>

namespace primowork::offers {
namespace {

std::uint16_t licence_bits(const std::optional<DrivingLicence>& licence) {
  if (!licence) return 0;
  switch (*licence) {
    case DrivingLicence::kB:
      return matching::kLicenceB;
    case DrivingLicence::kBE:
      return matching::kLicenceBE;
    case DrivingLicence::kC1:
      return matching::kLicenceC1;
    case DrivingLicence::kC:
      return matching::kLicenceC;
    case DrivingLicence::kCE:
      return matching::kLicenceCE;
    case DrivingLicence::kD1:
    case DrivingLicence::kD:
    case DrivingLicence::kDE:
      return matching::kLicenceD;
  }
  return 0;
}

}  // namespace

matching::Contract contract_bit(ContractType type) {
  switch (type) {
    case ContractType::kPermanent:
      return matching::kPermanent;
    case ContractType::kPfi:
      return matching::kPfi;
    case ContractType::kInterim:
      return matching::kInterim;
    case ContractType::kInternship:
    case ContractType::kWorkLinkedTraining:
      return matching::kInternship;
    case ContractType::kFixedTerm:
    case ContractType::kClearlyDefinedWork:
    case ContractType::kReplacement:
    case ContractType::kArticle60:
    case ContractType::kArticle61:
    case ContractType::kFlexiJob:
    case ContractType::kServiceVouchers:
    case ContractType::kStudentJob:
      return matching::kFixedTerm;
  }
  return matching::kFixedTerm;
}

std::optional<matching::Offer> to_offer(const OfferDraft& d, const taxonomy::Taxonomy& t,
                                        const geography::Communes& communes, matching::Id id,
                                        matching::Id employer) {
  const auto occupation = t.occupation_id(d.occupation_code);
  if (!occupation) return std::nullopt;
  matching::Offer o;
  o.id = id;
  o.occupation = *occupation;
  for (const auto& code : d.skill_codes) {
    const auto skill = t.skill_id(code);
    if (!skill) continue;
    const bool seen =
        std::any_of(o.core.begin(), o.core.end(),
                    [&](const matching::WeightedSkill& w) { return w.skill == *skill; });
    if (!seen) o.core.push_back({*skill, t.skills()[*skill].specificity});
  }
  for (const auto& link : t.skills_of(*occupation)) {
    if (link.core) continue;
    const bool listed =
        std::any_of(o.core.begin(), o.core.end(),
                    [&](const matching::WeightedSkill& w) { return w.skill == link.skill; });
    if (!listed) o.optional.push_back({link.skill, t.skills()[link.skill].specificity});
  }
  o.languages.push_back(
      {matching::language_code('f', 'r'), static_cast<std::uint8_t>(d.french_level), true});
  o.licences = licence_bits(d.licence);
  if (const auto* c = communes.find(d.postal_code)) {
    o.lat = c->lat;
    o.lon = c->lon;
  }
  o.schedule = d.schedule & kAllScheduleBits;
  o.contract = contract_bit(d.contract);
  o.part_time = d.part_time;
  o.regulated = t.occupations()[*occupation].regulated;
  o.employer = employer;
  return o;
}

}  // namespace primowork::offers
