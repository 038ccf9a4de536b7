// Roles of users and kinds of organisations (ARCHITECTURE.md, "Who uses it").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace primowork::security {

enum class Role { kAdmin, kCoordinator, kCounsellor, kEmployer, kCandidate };
enum class OrgKind { kPlatform, kCoordination, kIntegrationOperator, kCompany };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
const std::vector<Role>& all_roles();
// French label msgid, e.g. "Conseiller ou conseillère".
const char* label(Role role);

std::string_view to_string(OrgKind kind);
std::optional<OrgKind> parse_org_kind(std::string_view text);
const char* label(OrgKind kind);

// The organisation kinds a user of `role` may belong to.
bool role_fits_org(Role role, OrgKind kind);

// Roles for which a second factor is mandatory (admin, coordinator; counsellor when configured).
bool second_factor_required(Role role, bool for_counsellors);

}  // namespace primowork::security
