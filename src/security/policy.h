// The access policy: the one place that answers "may this actor do this?".
//
// Every route names a permission when it is registered (security/guard.h); this table says who
// holds each permission. A route with a permission missing here cannot be registered, and the
// route x role matrix test (tests/unit/access_matrix_test.cpp) covers every pair.
// Rules that depend on a resource (which organisation owns a file) are answered by the
// functions below the table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "security/roles.h"

namespace primowork::security {

struct Permission {
  const char* name;
  bool anonymous;           // open to everyone, logged in or not
  std::vector<Role> roles;  // when not anonymous: the roles that hold it
};

const std::vector<Permission>& permissions();
bool known_permission(const std::string& name);

// True when an actor with `role` (nullopt = not logged in) holds `permission`.
// Throws std::invalid_argument for an unknown permission (a programming error).
bool allows(const std::optional<Role>& role, const std::string& permission);

// Who may invite whom: coordinators invite counsellors and employers, counsellors invite
// candidates, employers invite colleagues (employers, into their own company: the organisations
// an employer may invite into are their own, AuthService::invitable_organisations), admins
// invite anyone.
bool may_invite(Role inviter, Role invitee);

}  // namespace primowork::security
