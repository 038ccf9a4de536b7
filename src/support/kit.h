// The intercultural kit for employers: short French pages under /entreprises/kit/SLUG, each with
// the support topic its "Demander un accompagnement" button proposes. The texts themselves are
// templates (templates/kit/SLUG.tpl, one {{_ paragraph _}} marker per paragraph, translated
// through the catalogues like every visible string).
#pragma once

#include <string_view>
#include <vector>

#include "support/support_request.h"

namespace primowork::support {

struct KitPage {
  const char* slug;     // URL part and template name
  const char* title;    // French msgid
  const char* summary;  // French msgid, one sentence for the index
  Topic topic;          // what the support button proposes
};

// The kit pages, in reading order.
const std::vector<KitPage>& kit_pages();
// The page with this slug, or nullptr.
const KitPage* find_kit_page(std::string_view slug);

}  // namespace primowork::support
