// Internal to the importers: read one CSV file of a bundle by header names.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "taxonomy/import.h"

namespace primowork::taxonomy {

// Reads `name` (required or optional: a missing optional file is noted in the report), checks
// the header has `columns` (a name starting with '?' is optional and reads as "" when absent), and
// calls `fn` with the values of those columns for each row, and where the row is ("file:line"). A
// row whose field count differs from the header fails.
Status each_csv_row(
    const OpenFile& open, const std::string& name, bool required,
    const std::vector<std::string>& columns, ImportReport& report, const Progress& progress,
    const std::function<void(const std::vector<std::string>&, const std::string&)>& fn);

}  // namespace primowork::taxonomy
