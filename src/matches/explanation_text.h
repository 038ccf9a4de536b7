// A match explanation in words: the matching engine's numbers and ids (matching::Explanation)
// turned into a few short sentences for counsellors, employers and job seekers, in French first
// and in the reader's language. Short words, no jargon: "Score 78 sur 100.", "Il manque
// surtout : Cariste et 2 autres.". No I/O; pages and the JSON API show the result as it is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "matching/engine.h"
#include "platform/i18n.h"
#include "taxonomy/taxonomy.h"

namespace primowork::matches {

// What a sentence is about, so that pages and the API can style or pick sentences.
enum class SentenceKind {
  kFilter,      // near miss: the one rule the pair does not meet
  kScore,       // the score out of 100
  kOccupation,  // the person's occupation that fits the offer best
  kSkills,      // essential skills the person has
  kRelated,     // skills close to ones the person has
  kGap,         // essential skills that are missing
  kLanguage,    // a language level below the one the offer asks
  kDistance,    // how far the workplace is
};
// The tag used in the JSON API and as a CSS class: "filter", "score", "occupation", "skills",
// "related", "gap", "language", "distance".
const char* to_string(SentenceKind kind);

struct Sentence {
  SentenceKind kind;
  std::string text;  // one translated sentence, plain text (the page escapes it)
};

struct ExplanationText {
  bool near_miss = false;           // a filter failed: there is no score sentence
  std::vector<Sentence> sentences;  // in the order above: filter first, distance last
};

struct DescribeOptions {
  std::size_t max_listed = 3;  // skills named in one sentence before "et N autres" (3 to 5)
  int max_km = 0;              // the person's maximum commute, shown with the distance; 0: unknown
};

// Describes one explanation in the language `lang` ("fr", "en"; others fall back to French).
// Skill and occupation ids are named through `taxonomy`, which must be the finalized taxonomy the
// engine used; unknown ids are counted but not named. Empty lists give no sentence, and a near
// miss gives one sentence naming the failed rule instead of the score.
ExplanationText describe(const matching::Explanation& explanation,
                         const taxonomy::Taxonomy& taxonomy, const I18n& i18n,
                         const std::string& lang, const DescribeOptions& options = {});

// The name of a language packed as by matching::language_code ('f' << 8 | 'r'), translated into
// `lang` and capitalised ("Néerlandais", "Dutch"). An unknown code gives its letters in upper
// case ("XH").
std::string language_name(std::uint16_t code, const I18n& i18n, const std::string& lang);
// The languages language_name() knows, French first (for lists in forms).
std::vector<std::uint16_t> known_languages();

// A CEFR level 1..6 as "A1".."C2"; any other value gives "".
std::string cefr_level(std::uint8_t level);

}  // namespace primowork::matches
