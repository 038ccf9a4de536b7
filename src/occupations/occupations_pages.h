// Pages and API of the occupation catalogue: search (/metiers), an occupation (/metiers/CODE),
// and JSON search and extraction under /api/v1/taxonomy/.
#pragma once

#include "occupations/catalogue.h"
#include "platform/http/router.h"
#include "platform/i18n.h"
#include "platform/page.h"
#include "security/guard.h"

namespace primowork::occupations {

struct PagesDeps {
  const Catalogue& catalogue;
  const I18n& i18n;
  const PageRenderer& pages;
  security::Guard& guard;
};

void mount_occupation_pages(http::Router& router, const PagesDeps& deps);
void mount_taxonomy_api(http::Router& router, const PagesDeps& deps);

}  // namespace primowork::occupations
