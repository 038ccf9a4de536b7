// `primowork taxonomy import-rome DIR | import-esco DIR | search TEXT | extract`.
#include <unistd.h>

#include <iostream>
#include <sstream>

#include "app/user_commands.h"
#include "occupations/catalogue.h"

namespace primowork::app {
namespace {

// A progress bar on a terminal (stderr), nothing otherwise.
taxonomy::Progress progress_bar(std::size_t total) {
  if (!isatty(STDERR_FILENO) || total == 0) return {};
  auto done_before = std::make_shared<std::size_t>(0);
  auto current = std::make_shared<std::string>();
  auto last = std::make_shared<std::size_t>(0);
  return [=](const std::string& stage, std::size_t bytes) {
    if (stage != *current) {
      if (!current->empty()) *done_before += *last;
      *current = stage;
    }
    *last = bytes;
    const std::size_t done = std::min(total, *done_before + bytes);
    const int width = 30;
    const int filled = static_cast<int>(width * done / total);
    std::cerr << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
              << std::string(static_cast<std::size_t>(width - filled), ' ') << "] "
              << (100 * done / total) << " % " << stage << "          " << std::flush;
  };
}

int import(const CommandLine& cl, const Console& console, const std::string& family) {
  if (cl.args.size() != 2) {
    std::cerr << console.tr("Indiquez le dossier à importer.") << "\n";
    return 2;
  }
  const std::string dir = cl.args[1];
  auto ctx = open_context(cl, console);
  if (!ctx) return 1;
  const auto started = std::chrono::steady_clock::now();
  auto report = ctx->app->catalogue().import(
      family, occupations::open_folder(dir),
      family == "rome" ? "ROME 4.0 (" + dir + ")" : "ESCO (" + dir + ")",
      progress_bar(occupations::folder_bytes(dir)));
  if (isatty(STDERR_FILENO)) std::cerr << "\n";
  if (!report) {
    std::cerr << console.tr("Import refusé, rien n'a changé : ") << report.error().field << " : "
              << report.error().detail << "\n";
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << console.tr("Import terminé.") << "\n"
            << "  occupations: " << report->occupations << ", titles: " << report->titles
            << ", skills: " << report->skills << ", links: " << report->links << " (core "
            << report->core_links << "), contexts: " << report->contexts << " ("
            << report->context_links << " links), mobility: " << report->mobility << "\n"
            << "  skipped rows: " << report->skipped_count << ", seconds: " << seconds << "\n";
  for (const auto& note : report->notes) std::cout << "  note: " << note << "\n";
  for (std::size_t i = 0; i < report->skipped.size() && i < 20; ++i) {
    std::cout << "  skipped " << report->skipped[i] << "\n";
  }
  if (report->skipped_count > 20) std::cout << "  ...\n";
  return 0;
}

}  // namespace

int run_taxonomy(const CommandLine& cl, const Console& console) {
  const std::string verb = cl.args.empty() ? "" : cl.args[0];
  if (verb == "import-rome") return import(cl, console, "rome");
  if (verb == "import-esco") return import(cl, console, "esco");
  if (verb == "search" || verb == "extract") {
    auto ctx = open_context(cl, console);
    if (!ctx) return 1;
    const auto rome = ctx->app->catalogue().rome();
    if (verb == "search") {
      std::string query;
      for (std::size_t i = 1; i < cl.args.size(); ++i) query += (i > 1 ? " " : "") + cl.args[i];
      for (const auto& hit : rome->search->occupations(query, 10)) {
        const auto& o = rome->taxonomy.occupations()[hit.id];
        std::cout << o.code << "\t" << o.label;
        if (hit.label != o.label) std::cout << "\t(" << hit.label << ")";
        std::cout << "\n";
      }
      for (const auto& hit : rome->search->skills(query, 5)) {
        std::cout << "skill " << rome->taxonomy.skills()[hit.id].code << "\t"
                  << rome->taxonomy.skills()[hit.id].label << "\n";
      }
      return 0;
    }
    std::stringstream text;
    text << std::cin.rdbuf();
    const std::string input = text.str();
    for (const auto& m : rome->extractor->extract(input)) {
      const std::string code =
          m.skill ? rome->taxonomy.skills()[m.id].code : rome->taxonomy.occupations()[m.id].code;
      std::cout << (m.skill ? "skill" : "occupation") << "\t" << code << "\t"
                << input.substr(m.begin, m.end - m.begin) << "\t" << m.phrase << "\n";
    }
    return 0;
  }
  std::cerr << console.tr("Commande inconnue : ") << "taxonomy " << verb << "\n";
  return 2;
}

}  // namespace primowork::app
