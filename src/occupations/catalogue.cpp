#include "occupations/catalogue.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/log.h"

namespace primowork::occupations {

std::shared_ptr<Loaded> Catalogue::prepare(VersionInfo version, taxonomy::Taxonomy taxonomy) {
  auto loaded = std::make_shared<Loaded>();
  loaded->version = std::move(version);
  loaded->taxonomy = std::move(taxonomy);
  loaded->search = std::make_unique<taxonomy::SearchIndex>(loaded->taxonomy);
  loaded->extractor = std::make_unique<taxonomy::Extractor>(loaded->taxonomy);
  return loaded;
}

Status Catalogue::load(const std::string& starter_json_path) {
  for (const std::string family : {"rome", "esco"}) {
    std::optional<std::pair<VersionInfo, std::string>> active;
    {
      auto lease = db_.acquire();
      active = store::load_active(*lease, family);
    }
    if (!active && family == "rome") {
      std::ifstream in(starter_json_path, std::ios::binary);
      if (!in) {
        return Error{ErrorCode::kInvalid, starter_json_path,
                     N_("Fichier manquant dans le dossier importé"), "starter taxonomy not found"};
      }
      std::stringstream buf;
      buf << in.rdbuf();
      auto parsed = taxonomy::from_json(buf.str());
      if (!parsed) return parsed.error();
      VersionInfo info;
      db::with_transaction(db_, [&](soci::session& s) {
        // Another node may have saved one meanwhile: check again inside the transaction.
        if (auto again = store::load_active(s, "rome")) {
          active = again;
          return;
        }
        info = store::save_version(s, "rome", *parsed,
                                   "PrimoWork starter taxonomy (ROME 4.0 selection)", kRomeLicence,
                                   clock_());
      });
      if (!active) {
        log::info("starter taxonomy saved", {{"occupations", info.occupations}});
        std::lock_guard lock(mutex_);
        rome_ = prepare(info, std::move(parsed.value()));
        continue;
      }
    }
    if (!active) continue;
    auto parsed = taxonomy::from_json(active->second);
    if (!parsed) return parsed.error();
    auto loaded = prepare(active->first, std::move(parsed.value()));
    std::lock_guard lock(mutex_);
    (family == "rome" ? rome_ : esco_) = std::move(loaded);
  }
  return Ok{};
}

std::shared_ptr<const Loaded> Catalogue::rome() const {
  std::lock_guard lock(mutex_);
  return rome_;
}

std::shared_ptr<const Loaded> Catalogue::esco() const {
  std::lock_guard lock(mutex_);
  return esco_;
}

Result<taxonomy::ImportReport> Catalogue::import(const std::string& family,
                                                 const taxonomy::OpenFile& open,
                                                 const std::string& source,
                                                 const taxonomy::Progress& progress) {
  taxonomy::ImportReport report;
  auto parsed = family == "rome" ? taxonomy::import_rome(open, report, progress)
                                 : taxonomy::import_esco(open, report, progress);
  if (!parsed) return parsed.error();
  parsed->name = source;
  VersionInfo info;
  db::with_transaction(db_, [&](soci::session& s) {
    info = store::save_version(s, family, *parsed, source,
                               family == "rome" ? kRomeLicence : kEscoLicence, clock_());
  });
  auto loaded = prepare(info, std::move(parsed.value()));
  std::lock_guard lock(mutex_);
  (family == "rome" ? rome_ : esco_) = std::move(loaded);
  return report;
}

namespace {
namespace fs = std::filesystem;

std::optional<fs::path> find_file(const std::string& dir, const std::string& name) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return std::nullopt;
  std::optional<fs::path> found;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string file = entry.path().filename().string();
    if (entry.path().extension() != ".csv") continue;
    const bool exact = file == name + ".csv";
    const bool suffixed =
        file.rfind(name + "_", 0) == 0 && file.find('_', name.size() + 1) == std::string::npos;
    const bool rome = file.rfind("unix_" + name + "_v", 0) == 0 && file.size() > name.size() + 14 &&
                      file.compare(file.size() - 9, 9, "_utf8.csv") == 0;
    if (exact) return entry.path();
    if ((suffixed || rome) && !found) found = entry.path();
  }
  return found;
}
}  // namespace

taxonomy::OpenFile open_folder(const std::string& dir) {
  return [dir](const std::string& name) -> std::unique_ptr<std::istream> {
    auto path = find_file(dir, name);
    if (!path) return nullptr;
    auto in = std::make_unique<std::ifstream>(*path, std::ios::binary);
    if (!*in) return nullptr;
    return in;
  };
}

std::size_t folder_bytes(const std::string& dir) {
  std::size_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".csv") total += static_cast<std::size_t>(entry.file_size(ec));
  }
  return total;
}

}  // namespace primowork::occupations
