// Support for employers in the browser:
// - the intercultural kit, public: /entreprises/kit and /entreprises/kit/SLUG (kit_pages.cpp);
// - the request for support, public (anonymous allowed, support.request):
//   /entreprises/demande-accompagnement?sujet=TOPIC&depuis=SLUG and its confirmation page;
// - the coordinator's queue /coordination/demandes, marking a request handled with a note
//   (support.handle) (support_pages.cpp).
#pragma once

#include "platform/http/router.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "security/guard.h"
#include "support/support_service.h"

namespace primowork::support {

struct PagesDeps {
  SupportService& service;
  const I18n& i18n;
  const PageRenderer& pages;
  security::Guard& guard;
};

void mount_kit_pages(http::Router& router, const PagesDeps& deps);      // kit_pages.cpp
void mount_support_pages(http::Router& router, const PagesDeps& deps);  // support_pages.cpp

}  // namespace primowork::support
