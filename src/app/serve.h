// `primowork serve`: builds the application and serves it until SIGTERM or SIGINT.
#pragma once

#include "app/commands.h"
#include "platform/config.h"
#include "platform/db/database.h"

namespace primowork::app {

int serve(const Config& config, db::Database& db, const Console& console);

}  // namespace primowork::app
