// Search over occupation labels and job titles, and over skill labels: accent- and
// case-insensitive, French stems ("soignante" finds "soignant"), prefix on the last word as one
// types, and one or two typos on longer words. Built once from a finalized Taxonomy; queries
// are read-only and thread-safe.
//
// Score of a label = sum over query words of (match quality x idf of the query word) / sum of the
// idf of the query words, where quality is 1 for the same stem, 0.85 for a prefix of the last
// word (0.8 for a same-stem word that does not start with it), 0.7 for a typo; plus 0.05 when it
// is the occupation's own label, minus 0.01 per extra word in the label. Labels must match every
// query word; when fewer than `limit` do, labels matching at least half of them follow.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "taxonomy/taxonomy.h"

namespace primowork::taxonomy {

struct SearchHit {
  std::uint32_t id;  // OccupationId or SkillId
  float score;
  std::string label;  // the label that matched best (official label or a job title)
};

class SearchIndex {
 public:
  explicit SearchIndex(const Taxonomy& taxonomy);

  std::vector<SearchHit> occupations(std::string_view query, std::size_t limit) const;
  std::vector<SearchHit> skills(std::string_view query, std::size_t limit) const;

  std::size_t label_count() const { return labels_.size(); }
  std::size_t vocabulary_size() const { return vocabulary_.size(); }

 private:
  struct Label {
    std::uint32_t target;
    bool skill;    // false: occupation
    bool primary;  // the official label (not a job title)
    std::uint16_t words;
    std::string text;
  };
  void add_label(std::uint32_t target, bool skill, bool primary, const std::string& text);
  std::vector<SearchHit> search(std::string_view query, std::size_t limit, bool skill) const;

  std::vector<Label> labels_;
  std::vector<std::string> vocabulary_;               // folded words, sorted after build
  std::vector<std::vector<std::uint32_t>> postings_;  // word -> labels containing it
  std::vector<float> idf_;
  std::vector<std::string> word_stems_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> stem_words_;
  std::vector<std::vector<std::uint32_t>> first_letter_;  // words by first byte
};

}  // namespace primowork::taxonomy
