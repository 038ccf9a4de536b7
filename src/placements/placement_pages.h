// Placements in the browser (issue #8 items 4 to 6), for every party of a proposal:
// - /propositions: the actor's proposals (counsellor: their files', with the follow-ups to
//   record; employer: by offer, with what waits for them; person: theirs and what happens next);
// - /propositions/{id}: one proposal: the decision record, the profile the employer sees
//   (anonymised until the person agrees), and a form per move the actor may make, built from the
//   table of placements/transitions.h; /propositions/{id}/entretien.ics the interview invitation;
// - /propositions/personne/{id} (offers for a person) and /propositions/offre/{id} (people for
//   an offer): the matching engine's best suggestions with explanations and "Proposer".
// Who sees what is the service's rule (placements/placement_service.h).
#pragma once

#include <map>
#include <string>

#include "matches/match_service.h"
#include "placements/placement_service.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "security/guard.h"

namespace primowork::placements {

struct PagesDeps {
  PlacementService& service;
  matches::MatchService& matches;
  const I18n& i18n;
  const PageRenderer& pages;
  security::Guard& guard;
};

void mount_placement_pages(http::Router& router, const PagesDeps& deps);

// For the employer's offers page: per offer id, how many proposals the company received and how
// many wait for the employer's action.
struct OfferProposals {
  int received = 0, waiting = 0;
};
std::map<std::string, OfferProposals> proposals_by_offer(PlacementService& service,
                                                         const security::Actor& actor);

}  // namespace primowork::placements
