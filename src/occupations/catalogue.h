// The occupation catalogue: the active taxonomies (ROME first, ESCO alongside) loaded from the
// database at start with their search index and extractor. An import made through this object
// swaps the new version in atomically for this process; other processes (the server after a
// command-line import, other nodes) load it at their next start. Readers take a snapshot
// (shared_ptr) and keep using it even if an import replaces it.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "occupations/occupations_store.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/result.h"
#include "taxonomy/extraction.h"
#include "taxonomy/import.h"
#include "taxonomy/search.h"
#include "taxonomy/taxonomy.h"

namespace primowork::occupations {

struct Loaded {
  VersionInfo version;
  taxonomy::Taxonomy taxonomy;
  std::unique_ptr<taxonomy::SearchIndex> search;
  std::unique_ptr<taxonomy::Extractor> extractor;
};

inline constexpr const char* kRomeLicence =
    "Licence Ouverte / Open Licence (Etalab) - ROME, France Travail";
inline constexpr const char* kEscoLicence = "ESCO, (c) European Union (Decision 2011/833/EU)";

class Catalogue {
 public:
  Catalogue(db::Database& db, Clock clock) : db_(db), clock_(std::move(clock)) {}

  // Loads the active versions. When the database has no ROME version yet, imports the starter
  // taxonomy from `starter_json_path` first (so a new installation works without download).
  Status load(const std::string& starter_json_path);

  // The active ROME taxonomy (never null after a successful load()), and ESCO (may be null).
  std::shared_ptr<const Loaded> rome() const;
  std::shared_ptr<const Loaded> esco() const;

  // Imports a bundle folder read through `open`, saves it as the active version of its family
  // in one transaction and swaps it in. On any error nothing changes.
  Result<taxonomy::ImportReport> import(const std::string& family, const taxonomy::OpenFile& open,
                                        const std::string& source,
                                        const taxonomy::Progress& progress = {});

  // Builds the in-memory form of a taxonomy (index and extractor).
  static std::shared_ptr<Loaded> prepare(VersionInfo version, taxonomy::Taxonomy taxonomy);

 private:
  db::Database& db_;
  Clock clock_;
  mutable std::mutex mutex_;
  std::shared_ptr<const Loaded> rome_;
  std::shared_ptr<const Loaded> esco_;
};

// Opens the files of a bundle folder by logical name: "NAME.csv", "NAME_*.csv" (ESCO's language
// suffix) or "unix_NAME_v*_utf8.csv" (ROME).
taxonomy::OpenFile open_folder(const std::string& dir);
// Total size of the CSV files of a folder, for progress bars.
std::size_t folder_bytes(const std::string& dir);

}  // namespace primowork::occupations
