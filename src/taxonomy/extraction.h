// Finds the occupations and skills a French free text mentions (a job advertisement, a CV
// paragraph), with the byte spans of the words that matched.
//
// Every occupation label and job title and every skill label becomes one or more phrases: its
// content words (stop words dropped) as French stems, with "A / B rest" labels expanded to
// "A rest" and "B rest" (masculine and feminine forms). The text is scanned left to right; at
// each word the longest phrase that starts there wins and the scan continues after it, so
// "conducteur de chariot élévateur" is one mention, not three. Skills match on stems
// ("préparation des commandes" finds "Préparer les commandes"); occupations, being names, match
// on their spelling, accents and case aside, with plurals forgiven ("caristes"). Long skill
// labels also match by their opening words or by the object of their verb (see partial_phrases_).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "taxonomy/taxonomy.h"

namespace primowork::taxonomy {

struct Token;

struct Mention {
  bool skill;              // false: occupation
  std::uint32_t id;        // OccupationId or SkillId
  std::size_t begin, end;  // byte span in the text
  std::string phrase;      // the label that matched
};

class Extractor {
 public:
  // Keeps a reference to `taxonomy`, which must outlive the extractor.
  explicit Extractor(const Taxonomy& taxonomy);

  // Mentions in text order. An occupation is reported once (its first mention); a skill too.
  std::vector<Mention> extract(std::string_view text) const;

  std::size_t phrase_count() const { return phrases_.size(); }

 private:
  struct Target {
    bool skill;
    std::uint32_t id;
    std::uint32_t label;  // index into labels_
    std::string folded;   // the phrase's folded words: an exact spelling beats a shared stem
  };
  void add_phrases(bool skill, std::uint32_t id, const std::string& label);
  void add_partials(std::uint32_t id, std::uint32_t label_index,
                    const std::vector<const Token*>& content);

  std::unordered_map<std::string, std::vector<Target>> phrases_;  // stems joined by ' '
  // Parts of long skill labels that adverts use on their own: the first words ("Prendre une
  // commande" of "Prendre une commande client") and the object after the verb ("chariot
  // élévateur" of "Conduire un chariot élévateur en respectant..."). Used only where no whole
  // phrase starts, only when they point to at most two skills, and, when the text names
  // occupations, only for skills of those occupations.
  std::unordered_map<std::string, std::vector<Target>> partial_phrases_;
  std::vector<std::string> labels_;
  std::size_t max_words_ = 1;
  const Taxonomy* taxonomy_;
};

// "Conducteur / Conductrice de bus" -> {"Conducteur de bus", "Conductrice de bus"}. Labels
// without " / " come back unchanged.
std::vector<std::string> expand_gender_forms(const std::string& label);

}  // namespace primowork::taxonomy
