// The placements' JSON API under /api/v1/ (see placements_api.cpp for the routes).
#pragma once

#include "placements/placement_service.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "security/guard.h"

namespace primowork::placements {

struct ApiDeps {
  PlacementService& service;
  const I18n& i18n;
  security::Guard& guard;
};

// GET/POST /api/v1/proposals, GET /api/v1/proposals/{id}, GET/POST
// /api/v1/proposals/{id}/transitions, POST /api/v1/proposals/{id}/close-others,
// GET /api/v1/follow-ups, POST /api/v1/follow-ups/{id}.
void mount_placements_api(http::Router& router, const ApiDeps& deps);

}  // namespace primowork::placements
