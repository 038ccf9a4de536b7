#include "security/roles.h"

#include "platform/i18n_markers.h"

namespace primowork::security {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kCoordinator:
      return "coordinator";
    case Role::kCounsellor:
      return "counsellor";
    case Role::kEmployer:
      return "employer";
    case Role::kCandidate:
      return "candidate";
  }
  return "candidate";
}

std::optional<Role> parse_role(std::string_view text) {
  for (Role r : all_roles()) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = {Role::kAdmin, Role::kCoordinator, Role::kCounsellor,
                                          Role::kEmployer, Role::kCandidate};
  return roles;
}

const char* label(Role role) {
  switch (role) {
    case Role::kAdmin:
      return N_("Administrateur ou administratrice");
    case Role::kCoordinator:
      return N_("Coordination");
    case Role::kCounsellor:
      return N_("Conseiller ou conseillère");
    case Role::kEmployer:
      return N_("Employeur");
    case Role::kCandidate:
      return N_("Candidat ou candidate");
  }
  return "";
}

std::string_view to_string(OrgKind kind) {
  switch (kind) {
    case OrgKind::kPlatform:
      return "platform";
    case OrgKind::kCoordination:
      return "coordination";
    case OrgKind::kIntegrationOperator:
      return "integration_operator";
    case OrgKind::kCompany:
      return "company";
  }
  return "company";
}

std::optional<OrgKind> parse_org_kind(std::string_view text) {
  for (OrgKind k : {OrgKind::kPlatform, OrgKind::kCoordination, OrgKind::kIntegrationOperator,
                    OrgKind::kCompany}) {
    if (to_string(k) == text) return k;
  }
  return std::nullopt;
}

const char* label(OrgKind kind) {
  switch (kind) {
    case OrgKind::kPlatform:
      return N_("Plateforme");
    case OrgKind::kCoordination:
      return N_("Coordination");
    case OrgKind::kIntegrationOperator:
      return N_("Opérateur d'insertion");
    case OrgKind::kCompany:
      return N_("Entreprise");
  }
  return "";
}

bool role_fits_org(Role role, OrgKind kind) {
  switch (role) {
    case Role::kAdmin:
      return kind == OrgKind::kPlatform;
    case Role::kCoordinator:
      return kind == OrgKind::kCoordination;
    case Role::kCounsellor:
      return kind == OrgKind::kIntegrationOperator;
    case Role::kEmployer:
      return kind == OrgKind::kCompany;
    case Role::kCandidate:
      return kind == OrgKind::kIntegrationOperator;
  }
  return false;
}

bool second_factor_required(Role role, bool for_counsellors) {
  return role == Role::kAdmin || role == Role::kCoordinator ||
         (for_counsellors && role == Role::kCounsellor);
}

}  // namespace primowork::security
