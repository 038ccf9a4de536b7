// The counsellor's pages of the person file (/accompagnement/...) and its JSON API
// (/api/v1/people...), mounted behind the guard with the permission "person.manage".
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "geography/communes.h"
#include "people/people_service.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "security/guard.h"

namespace primowork::people {

// A follow-up after a hire, as the worklist lists it (placements fill them through wiring).
struct FollowUpLine {
  std::string id, person_id;
  int months = 1;
  std::string due;  // "YYYY-MM-DD"
  bool overdue = false;
};

struct PagesDeps {
  PeopleService& service;
  const geography::Communes& communes;
  const I18n& i18n;
  const PageRenderer& pages;
  security::Guard& guard;
  // The counsellor's pending follow-ups after a hire, soonest first; unset: none shown.
  std::function<std::vector<FollowUpLine>(const security::Actor&)> follow_ups = {};
};

void mount_people_pages(http::Router& router, const PagesDeps& deps);  // people_pages.cpp
void mount_people_api(http::Router& router, const PagesDeps& deps);    // people_api.cpp

}  // namespace primowork::people
