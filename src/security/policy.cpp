#include "security/policy.h"

#include <algorithm>
#include <stdexcept>

namespace primowork::security {

namespace {
const std::vector<Role> kEveryRole = {Role::kAdmin, Role::kCoordinator, Role::kCounsellor,
                                      Role::kEmployer, Role::kCandidate};
}

const std::vector<Permission>& permissions() {
  static const std::vector<Permission> table = {
      // Public pages: home, entry points, language, static files, health, login, reset, invitation.
      {"site.public", true, {}},
      // Operational metrics (route counts and latencies, no personal data); scrape from the
      // internal network only (docs/OPERATIONS when it exists).
      {"site.metrics", true, {}},
      // Test-only routes, mounted only with PRIMOWORK_DEBUG_ROUTES=1.
      {"site.debug", true, {}},
      // Anyone logged in: their own dashboard.
      {"account.self", false, kEveryRole},
      // Anyone logged in: their settings, password, second factor, tokens. The only pages open
      // to a user who must enrol a second factor and has not yet.
      {"account.security", false, kEveryRole},
      {"api.self", false, kEveryRole},
      // Inviting people (which roles each may invite: may_invite below).
      {"invitation.create", false, {Role::kAdmin, Role::kCoordinator, Role::kCounsellor}},
      // The person file: a counsellor's caseload, files, journey and action plan (which files:
      // those of the counsellor's organisations, people/people_service.h).
      {"person.manage", false, {Role::kCounsellor}},
      // The person's own file: read it, correct contact details, withdraw consents, download it.
      {"person.self", false, {Role::kCandidate}},
      // Offers of the employer's own company: list, edit, close, mark filled, create through the
      // API (which company: the employer's organisation, offers/offer_service.h).
      {"offer.manage", false, {Role::kEmployer}},
      // The employer's own company: its file (address, commune, sector, contact person) and
      // inviting colleagues into it (which company: the employer's organisation,
      // companies/company_service.h; which role: may_invite below).
      {"company.self", false, {Role::kEmployer}},
      // Vetting companies and reviewing offers before publication; editing any company file.
      {"company.review", false, {Role::kCoordinator}},
      // Matching: the best people for a published offer (counsellors among their own files,
      // coordinators among the people who agreed to be shown to employers, pseudonymised), and
      // the best offers for a person (their counsellor, or the person). Never employers: people
      // reach them through a counsellor's proposal (matches/match_service.h).
      {"match.people", false, {Role::kCounsellor, Role::kCoordinator}},
      {"match.offers", false, {Role::kCounsellor, Role::kCandidate}},
      // Asking the coordination for support (the intercultural kit's button), with an account
      // or without one (an address to answer is enough).
      {"support.request", true, {}},
      // The coordination's queue of support requests: read them, mark them handled.
      {"support.handle", false, {Role::kCoordinator}},
      // Placements: proposing a person of the counsellor's organisation for an offer, closing
      // the person's other proposals after a hire, recording follow-ups.
      {"proposal.manage", false, {Role::kCounsellor}},
      // Reading proposals and moving them through their state machine; which proposals and
      // which moves: placements/placement_service.h and placements/transitions.h (the employer
      // their company's, the person their own, the counsellor their organisation's files').
      {"proposal.read", false,
       {Role::kCounsellor, Role::kEmployer, Role::kCandidate, Role::kCoordinator}},
      {"proposal.act", false,
       {Role::kCounsellor, Role::kEmployer, Role::kCandidate, Role::kCoordinator}},
      // The outcome figures of placements over a period, overall, per organisation and per
      // sector, on a page and as CSV (placements/outcomes.h): counts, no person named.
      {"outcomes.read", false, {Role::kCoordinator}},
      // Reading the audit log.
      {"audit.read", false, {Role::kAdmin, Role::kCoordinator}},
  };
  return table;
}

bool known_permission(const std::string& name) {
  const auto& t = permissions();
  return std::any_of(t.begin(), t.end(), [&](const Permission& p) { return name == p.name; });
}

bool allows(const std::optional<Role>& role, const std::string& permission) {
  for (const auto& p : permissions()) {
    if (permission != p.name) continue;
    if (p.anonymous) return true;
    return role && std::find(p.roles.begin(), p.roles.end(), *role) != p.roles.end();
  }
  throw std::invalid_argument("unknown permission: " + permission);
}

bool may_invite(Role inviter, Role invitee) {
  switch (inviter) {
    case Role::kAdmin:
      return true;
    case Role::kCoordinator:
      return invitee == Role::kCounsellor || invitee == Role::kEmployer;
    case Role::kCounsellor:
      return invitee == Role::kCandidate;
    case Role::kEmployer:  // a colleague, into the employer's own company only
      return invitee == Role::kEmployer;
    default:
      return false;
  }
}

}  // namespace primowork::security
