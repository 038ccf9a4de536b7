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

}  // namespace primowork::app
