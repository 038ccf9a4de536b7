#include "matches/explanation_text.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string_view>
#include <utility>

#include "platform/i18n_markers.h"

namespace primowork::matches {
namespace {

using matching::Filter;
using matching::language_code;

// Replaces each {{NAME}} of a translated text by its value (translations keep the placeholders).
std::string fill(std::string text,
                 std::initializer_list<std::pair<std::string_view, std::string>> values) {
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{{" + std::string(name) + "}}";
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

// The labels of the first `max` known skills of `ids`; the others are counted in `rest`.
struct Named {
  std::vector<std::string> labels;
  std::size_t rest = 0;
};

Named name_skills(const std::vector<matching::SkillId>& ids, const taxonomy::Taxonomy& taxonomy,
                  std::size_t max) {
  Named named;
  for (const auto id : ids) {
    if (named.labels.size() < max && id < taxonomy.skills().size()) {
      named.labels.push_back(taxonomy.skills()[id].label);
    } else {
      ++named.rest;
    }
  }
  return named;
}

// "A, B et C" or, when some are left out, "A, B, C et 2 autres". Needs at least one label.
std::string join(const Named& named, const I18n& i18n, const std::string& lang) {
  const auto& labels = named.labels;
  std::string list = labels.front();
  const std::size_t comma_until = named.rest > 0 ? labels.size() : labels.size() - 1;
  for (std::size_t i = 1; i < comma_until; ++i) list += ", " + labels[i];
  if (named.rest > 0) {
    const auto n = static_cast<long>(named.rest);
    return fill(i18n.trn(lang, "{{LIST}} et {{COUNT}} autre", "{{LIST}} et {{COUNT}} autres", n),
                {{"LIST", list}, {"COUNT", std::to_string(n)}});
  }
  if (labels.size() == 1) return list;
  return fill(i18n.tr(lang, "{{FIRST}} et {{LAST}}"), {{"FIRST", list}, {"LAST", labels.back()}});
}

const char* filter_sentence(Filter filter) {
  switch (filter) {
    case Filter::kRightToWork:
      return N_("Le titre de séjour ne permet pas ce travail.");
    case Filter::kLicence:
      return N_("Il manque un permis de conduire demandé.");
    case Filter::kDistance:
      return N_("Le lieu de travail est trop loin.");
    case Filter::kSchedule:
      return N_("Les horaires ou les conditions de travail ne conviennent pas.");
    case Filter::kLanguage:
      return N_("Le niveau de langue obligatoire n'est pas encore atteint.");
    case Filter::kRegulated:
      return N_("Métier réglementé : il faut un diplôme reconnu en Belgique.");
    case Filter::kContract:
      return N_("Le type de contrat ou le temps de travail ne conviennent pas.");
  }
  return N_("Une condition obligatoire n'est pas remplie.");
}

// Languages most often met in the arrondissement and in the offers, by ISO 639-1 code.
struct LanguageName {
  std::uint16_t code;
  const char* name;
};
constexpr LanguageName kLanguageNames[] = {
    {language_code('f', 'r'), N_("Français")},  {language_code('n', 'l'), N_("Néerlandais")},
    {language_code('e', 'n'), N_("Anglais")},   {language_code('d', 'e'), N_("Allemand")},
    {language_code('a', 'r'), N_("Arabe")},     {language_code('e', 's'), N_("Espagnol")},
    {language_code('i', 't'), N_("Italien")},   {language_code('p', 't'), N_("Portugais")},
    {language_code('t', 'r'), N_("Turc")},      {language_code('r', 'u'), N_("Russe")},
    {language_code('u', 'k'), N_("Ukrainien")}, {language_code('p', 'l'), N_("Polonais")},
    {language_code('r', 'o'), N_("Roumain")},   {language_code('s', 'q'), N_("Albanais")},
    {language_code('f', 'a'), N_("Persan")},    {language_code('p', 's'), N_("Pachto")},
    {language_code('k', 'u'), N_("Kurde")},     {language_code('t', 'i'), N_("Tigrigna")},
    {language_code('a', 'm'), N_("Amharique")}, {language_code('s', 'o'), N_("Somali")},
    {language_code('s', 'w'), N_("Swahili")},   {language_code('l', 'n'), N_("Lingala")},
    {language_code('f', 'f'), N_("Peul")},      {language_code('w', 'o'), N_("Wolof")},
    {language_code('k', 'a'), N_("Géorgien")},  {language_code('h', 'y'), N_("Arménien")},
    {language_code('z', 'h'), N_("Chinois")},   {language_code('u', 'r'), N_("Ourdou")},
    {language_code('b', 'n'), N_("Bengali")},   {language_code('t', 'a'), N_("Tamoul")},
};

std::string language_sentence(const matching::LanguageGap& gap, const I18n& i18n,
                              const std::string& lang) {
  const std::string have = cefr_level(gap.have);
  std::string text;
  if (have.empty()) {
    text = gap.mandatory
               ? i18n.tr(lang,
                         "{{LANGUAGE}} : aucun niveau indiqué, l'offre demande {{NEED}} "
                         "(obligatoire).")
               : i18n.tr(lang, "{{LANGUAGE}} : aucun niveau indiqué, l'offre demande {{NEED}}.");
  } else {
    text = gap.mandatory
               ? i18n.tr(lang, "{{LANGUAGE}} {{HAVE}}, l'offre demande {{NEED}} (obligatoire).")
               : i18n.tr(lang, "{{LANGUAGE}} {{HAVE}}, l'offre demande {{NEED}}.");
  }
  return fill(std::move(text), {{"LANGUAGE", language_name(gap.language, i18n, lang)},
                                {"HAVE", have},
                                {"NEED", cefr_level(gap.need)}});
}

std::string distance_sentence(float km, int max_km, const I18n& i18n, const std::string& lang) {
  const std::string max = std::to_string(max_km);
  if (km < 1.0f) {
    return max_km > 0
               ? fill(i18n.tr(lang, "À moins de 1 km (trajet maximum accepté : {{MAX}} km)."),
                      {{"MAX", max}})
               : i18n.tr(lang, "À moins de 1 km.");
  }
  const std::string rounded = std::to_string(std::lround(km));
  return max_km > 0 ? fill(i18n.tr(lang, "À {{KM}} km (trajet maximum accepté : {{MAX}} km)."),
                           {{"KM", rounded}, {"MAX", max}})
                    : fill(i18n.tr(lang, "À {{KM}} km."), {{"KM", rounded}});
}

}  // namespace

const char* to_string(SentenceKind kind) {
  switch (kind) {
    case SentenceKind::kFilter:
      return "filter";
    case SentenceKind::kScore:
      return "score";
    case SentenceKind::kOccupation:
      return "occupation";
    case SentenceKind::kSkills:
      return "skills";
    case SentenceKind::kRelated:
      return "related";
    case SentenceKind::kGap:
      return "gap";
    case SentenceKind::kLanguage:
      return "language";
    case SentenceKind::kDistance:
      return "distance";
  }
  return "";
}

std::string cefr_level(std::uint8_t level) {
  static constexpr const char* kLevels[] = {"A1", "A2", "B1", "B2", "C1", "C2"};
  return level >= 1 && level <= 6 ? kLevels[level - 1] : "";
}

std::vector<std::uint16_t> known_languages() {
  std::vector<std::uint16_t> out;
  for (const auto& known : kLanguageNames) out.push_back(known.code);
  return out;
}

std::string language_name(std::uint16_t code, const I18n& i18n, const std::string& lang) {
  for (const auto& known : kLanguageNames) {
    if (known.code == code) return i18n.tr(lang, known.name);
  }
  std::string letters;
  for (const unsigned byte : {static_cast<unsigned>(code >> 8), code & 0xFFu}) {
    if (byte >= 'a' && byte <= 'z') {
      letters += static_cast<char>(byte - 'a' + 'A');
    } else if (byte >= 'A' && byte <= 'Z') {
      letters += static_cast<char>(byte);
    }
  }
  return letters.empty() ? "?" : letters;
}

ExplanationText describe(const matching::Explanation& e, const taxonomy::Taxonomy& taxonomy,
                         const I18n& i18n, const std::string& lang,
                         const DescribeOptions& options) {
  ExplanationText out;
  const auto add = [&out](SentenceKind kind, std::string text) {
    out.sentences.push_back({kind, std::move(text)});
  };
  const std::size_t max_listed = std::max<std::size_t>(options.max_listed, 1);

  if (e.failed) {
    out.near_miss = true;
    add(SentenceKind::kFilter, i18n.tr(lang, filter_sentence(*e.failed)));
  } else {
    const long score = std::clamp(std::lround(e.score), 0L, 100L);
    add(SentenceKind::kScore,
        fill(i18n.tr(lang, "Score {{SCORE}} sur 100."), {{"SCORE", std::to_string(score)}}));
  }

  if (e.occupation > 0 && e.closest_occupation < taxonomy.occupations().size()) {
    const std::string& label = taxonomy.occupations()[e.closest_occupation].label;
    add(SentenceKind::kOccupation,
        fill(e.occupation >= 0.999f ? i18n.tr(lang, "Même métier : {{OCCUPATION}}.")
                                    : i18n.tr(lang, "Métier proche : {{OCCUPATION}}."),
             {{"OCCUPATION", label}}));
  }

  // Every essential skill the person does not fully have is in missing_core (those held only
  // through a close skill too), so matched + missing is the offer's number of essential skills.
  if (!e.matched_core.empty()) {
    const Named named = name_skills(e.matched_core, taxonomy, max_listed);
    const auto have = static_cast<long>(e.matched_core.size());
    const std::size_t total = e.matched_core.size() + e.missing_core.size();
    if (!named.labels.empty()) {
      const std::string list = join(named, i18n, lang);
      add(SentenceKind::kSkills,
          e.missing_core.empty()
              ? fill(i18n.trn(lang, "A la compétence essentielle : {{LIST}}.",
                              "A toutes les compétences essentielles : {{LIST}}.", have),
                     {{"LIST", list}})
              : fill(i18n.trn(lang, "A {{COUNT}} compétence essentielle sur {{TOTAL}} : {{LIST}}.",
                              "A {{COUNT}} compétences essentielles sur {{TOTAL}} : {{LIST}}.",
                              have),
                     {{"COUNT", std::to_string(have)},
                      {"TOTAL", std::to_string(total)},
                      {"LIST", list}}));
    }
  }

  if (!e.related.empty()) {
    const Named named = name_skills(e.related, taxonomy, max_listed);
    if (!named.labels.empty()) {
      add(SentenceKind::kRelated,
          fill(i18n.trn(lang, "Compétence proche : {{LIST}}.", "Compétences proches : {{LIST}}.",
                        static_cast<long>(e.related.size())),
               {{"LIST", join(named, i18n, lang)}}));
    }
  }

  // The gap names what is really missing: a skill already told as close is not repeated.
  std::vector<matching::SkillId> missing;
  for (const auto id : e.missing_core) {
    if (std::find(e.related.begin(), e.related.end(), id) == e.related.end()) missing.push_back(id);
  }
  if (!missing.empty()) {
    const Named named = name_skills(missing, taxonomy, max_listed);
    if (!named.labels.empty()) {
      add(SentenceKind::kGap, fill(named.rest > 0 ? i18n.tr(lang, "Il manque surtout : {{LIST}}.")
                                                  : i18n.tr(lang, "Il manque : {{LIST}}."),
                                   {{"LIST", join(named, i18n, lang)}}));
    }
  }

  for (const auto& gap : e.language_gaps) {
    if (cefr_level(gap.need).empty()) continue;
    add(SentenceKind::kLanguage, language_sentence(gap, i18n, lang));
  }

  if (e.distance_km >= 0) {  // false for NaN too
    add(SentenceKind::kDistance, distance_sentence(e.distance_km, options.max_km, i18n, lang));
  }
  return out;
}

}  // namespace primowork::matches
