// JSON API of identity: who am I (session cookie or Bearer token).
#include <nlohmann/json.hpp>

#include "security/pages.h"

namespace primowork::security {

void mount_identity_api(http::Router& router, const PagesDeps& deps) {
  deps.guard.get(router, "/api/v1/me", "api.self", [deps](http::Request&, Actor& a) {
    nlohmann::json orgs = nlohmann::json::array();
    {
      auto lease = deps.db.acquire();
      for (const auto& org : accounts::memberships(*lease, a.user->id)) {
        orgs.push_back({{"id", org.id}, {"name", org.name}, {"kind", to_string(org.kind)}});
      }
    }
    nlohmann::json me = {{"id", a.user->id},
                         {"login", a.user->login},
                         {"display_name", a.user->display_name},
                         {"role", to_string(a.user->role)},
                         {"second_factor", a.user->has_second_factor()},
                         {"organisations", orgs},
                         {"authenticated_by", a.via_token ? "token" : "session"}};
    return http::Response::json(me.dump());
  });
}

}  // namespace primowork::security
