// Demonstration data: what `primowork demo` and `make run` load into a new database.
#pragma once

#include "app/commands.h"
#include "app/wiring.h"
#include "platform/db/database.h"

namespace primowork::app {

// Loads every demo data set that is not loaded yet, printing what it did. Idempotent.
// Returns false (after printing why) when a data set fails; nothing of that set is kept.
bool load_demo(Application& app, db::Database& db, const Console& console);

// The demo person files (demo_people.cpp), followed by the counsellor `counsellor_login`; loaded
// once (skipped when that counsellor already follows someone).
bool load_demo_people(Application& app, db::Database& db, const Console& console,
                      const std::string& counsellor_login);

// The demo companies and offers (demo_offers.cpp); the first company is linked to the
// organisation `employer_organisation`. Loaded once (skipped when the first company exists).
bool load_demo_offers(Application& app, db::Database& db, const Console& console,
                      const std::string& employer_organisation);

// The demo placements (demo_placements.cpp): four people of the CISP Ourthe and proposals of
// demo people for demo offers across the journey, dated over the last 14 months. Needs the demo
// people and offers; loaded once (skipped when a demo counsellor already has a proposal).
bool load_demo_placements(Application& app, db::Database& db, const Console& console);

}  // namespace primowork::app
