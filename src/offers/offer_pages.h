// The offers in the browser and as JSON:
// - public (site.public): the search /offres, an offer's page /offres/{id} with its JobPosting
//   JSON-LD, posting without an account /offres/publier and the confirmation link
//   /offres/confirmer/{token} (offer_pages.cpp);
// - the employer's space /entreprises/offres (offer.manage; employer_pages.cpp);
// - the coordinator's review /coordination/revue (company.review; review_pages.cpp);
// - the company file /entreprises/fiche and colleagues /entreprises/collegues (company.self),
//   and any company file for the coordinator /coordination/entreprises/{id} (company.review;
//   company_pages.cpp);
// - the JSON API /api/v1/offers (offer_api.cpp).
#pragma once

#include <functional>
#include <map>
#include <string>

#include "companies/company_service.h"
#include "geography/communes.h"
#include "offers/offer_service.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "security/auth_service.h"
#include "security/guard.h"

namespace primowork::offers {

// Proposals an offer received (placements, a floor-4 neighbour, fills it through wiring).
struct ProposalCount {
  int received = 0, waiting = 0;  // waiting: the employer must act
};

struct PagesDeps {
  OfferService& service;
  companies::CompanyService& companies;
  const geography::Communes& communes;
  const I18n& i18n;
  const PageRenderer& pages;
  security::Guard& guard;
  security::AuthService& auth;  // invitations of colleagues (company_pages.cpp)
  // Per offer id, the proposals the employer's company received (employer_pages.cpp); unset:
  // none shown.
  std::function<std::map<std::string, ProposalCount>(const security::Actor&)> proposals = {};
};

void mount_offer_pages(http::Router& router, const PagesDeps& deps);     // offer_pages.cpp
void mount_employer_pages(http::Router& router, const PagesDeps& deps);  // employer_pages.cpp
void mount_review_pages(http::Router& router, const PagesDeps& deps);    // review_pages.cpp
void mount_company_pages(http::Router& router, const PagesDeps& deps);   // company_pages.cpp
void mount_offer_api(http::Router& router, const PagesDeps& deps);       // offer_api.cpp

// Shared by the pages: the skill checkboxes for a form (the occupation's core skills and those
// already chosen), and an offer's facts as label/value rows for a <dl>.
std::vector<std::pair<std::string, std::string>> skill_choices(const OfferService& service,
                                                               const OfferDraft& draft);
std::vector<std::pair<std::string, std::string>> offer_facts(const PagesDeps& deps,
                                                             const std::string& lang,
                                                             const OfferDraft& draft);

}  // namespace primowork::offers
