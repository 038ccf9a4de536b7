#include "taxonomy/search.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "platform/top_k.h"
#include "taxonomy/text.h"

namespace primowork::taxonomy {

void SearchIndex::add_label(std::uint32_t target, bool skill, bool primary,
                            const std::string& text) {
  labels_.push_back({target, skill, primary, 0, text});
}

SearchIndex::SearchIndex(const Taxonomy& t) {
  for (OccupationId o = 0; o < t.occupations().size(); ++o) {
    const auto& occ = t.occupations()[o];
    add_label(o, false, true, occ.label);
    for (const auto& title : occ.titles) {
      if (title != occ.label) add_label(o, false, false, title);
    }
  }
  for (SkillId s = 0; s < t.skills().size(); ++s) add_label(s, true, true, t.skills()[s].label);

  std::map<std::string, std::vector<std::uint32_t>> words;  // sorted vocabulary
  for (std::uint32_t l = 0; l < labels_.size(); ++l) {
    std::uint16_t count = 0;
    for (const auto& token : tokenize(labels_[l].text)) {
      if (token.stop) continue;
      auto& list = words[token.folded];
      if (list.empty() || list.back() != l) list.push_back(l);
      ++count;
    }
    labels_[l].words = count;
  }
  first_letter_.assign(256, {});
  const double n = static_cast<double>(std::max<std::size_t>(1, labels_.size()));
  for (auto& [word, list] : words) {
    const auto id = static_cast<std::uint32_t>(vocabulary_.size());
    vocabulary_.push_back(word);
    idf_.push_back(static_cast<float>(std::log(1.0 + n / static_cast<double>(list.size()))));
    postings_.push_back(std::move(list));
    word_stems_.push_back(stem(word));
    stem_words_[word_stems_.back()].push_back(id);
    first_letter_[static_cast<unsigned char>(word[0])].push_back(id);
  }
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit,
                                           bool skill) const {
  std::vector<Token> tokens;
  for (auto& token : tokenize(query)) {
    if (!token.stop) tokens.push_back(std::move(token));
  }
  if (tokens.empty() || limit == 0) return {};
  if (tokens.size() > 12) tokens.resize(12);

  // Per query word: the vocabulary words it matches, with a quality.
  struct WordMatch {
    std::uint32_t word;
    float quality;
  };
  std::vector<std::vector<WordMatch>> matches(tokens.size());
  std::vector<float> query_idf(tokens.size(), 0.0f);
  for (std::size_t q = 0; q < tokens.size(); ++q) {
    const Token& token = tokens[q];
    auto& found = matches[q];
    const bool last = q + 1 == tokens.size();
    if (auto it = stem_words_.find(token.stem); it != stem_words_.end()) {
      for (auto w : it->second) {
        // While the last word is being typed, a word it is the start of beats a word that
        // merely shares its stem ("cari" -> "cariste" before "car").
        const bool typed_prefix = vocabulary_[w].compare(0, token.folded.size(), token.folded) == 0;
        found.push_back({w, last && !typed_prefix ? 0.8f : 1.0f});
      }
    }
    if (last && token.folded.size() >= 2) {
      auto lo = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), token.folded);
      for (auto it = lo;
           it != vocabulary_.end() && it->compare(0, token.folded.size(), token.folded) == 0;
           ++it) {
        const auto w = static_cast<std::uint32_t>(it - vocabulary_.begin());
        if (std::none_of(found.begin(), found.end(),
                         [&](const WordMatch& m) { return m.word == w; })) {
          found.push_back({w, 0.85f});
        }
      }
    }
    if (found.empty() && token.folded.size() >= 4) {
      const int limit_ed = token.folded.size() >= 8 ? 2 : 1;
      for (auto w : first_letter_[static_cast<unsigned char>(token.folded[0])]) {
        if (bounded_edit_distance(token.folded, vocabulary_[w], limit_ed) <= limit_ed) {
          found.push_back({w, 0.7f});
        }
      }
    }
    float best_idf = 0;
    for (const auto& m : found) best_idf = std::max(best_idf, idf_[m.word]);
    // An unknown word still counts in the denominator, so labels must explain it.
    query_idf[q] = best_idf > 0
                       ? best_idf
                       : static_cast<float>(std::log(1.0 + static_cast<double>(labels_.size())));
  }
  float idf_total = 0;
  for (float v : query_idf) idf_total += v;

  // Accumulate, per label, the best quality x idf of each query word.
  thread_local std::vector<float> score;
  thread_local std::vector<std::uint16_t> matched;
  thread_local std::vector<std::uint32_t> touched;
  score.assign(labels_.size(), 0.0f);
  matched.assign(labels_.size(), 0);
  touched.clear();
  thread_local std::vector<float> best_here;
  best_here.assign(labels_.size(), 0.0f);
  for (std::size_t q = 0; q < tokens.size(); ++q) {
    std::vector<std::uint32_t> seen;
    for (const auto& m : matches[q]) {
      // Each query word weighs its own idf; the label earns the quality of its best word.
      const float value = m.quality * query_idf[q];
      for (auto l : postings_[m.word]) {
        if (labels_[l].skill != skill) continue;
        if (best_here[l] == 0.0f) seen.push_back(l);
        best_here[l] = std::max(best_here[l], value);
      }
    }
    for (auto l : seen) {
      if (matched[l] == 0) touched.push_back(l);
      score[l] += best_here[l];
      ++matched[l];
      best_here[l] = 0.0f;
    }
  }

  // Best label per target.
  std::unordered_map<std::uint32_t, SearchHit> best;
  const std::size_t need_all = tokens.size();
  for (int pass = 0; pass < 2; ++pass) {
    for (auto l : touched) {
      const bool full = matched[l] == need_all;
      if ((pass == 0) != full) continue;
      if (pass == 1 && matched[l] * 2 < need_all) continue;
      const Label& label = labels_[l];
      float s = score[l] / idf_total;
      if (label.primary && !skill) s += 0.05f;
      // Prefer labels with few extra words ("Cariste" over "Cariste en entrepôt frigorifique").
      s -= 0.01f * static_cast<float>(
                       std::max(0, static_cast<int>(label.words) - static_cast<int>(need_all)));
      if (pass == 1) s *= 0.5f;
      auto [it, inserted] = best.try_emplace(label.target, SearchHit{label.target, s, label.text});
      if (!inserted && s > it->second.score) it->second = SearchHit{label.target, s, label.text};
    }
    if (pass == 0 && best.size() >= limit) break;
  }
  std::vector<SearchHit> hits;
  hits.reserve(best.size());
  for (auto& [id, hit] : best) hits.push_back(std::move(hit));
  keep_top_k(hits, limit, [](const SearchHit& a, const SearchHit& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  return hits;
}

std::vector<SearchHit> SearchIndex::occupations(std::string_view query, std::size_t limit) const {
  return search(query, limit, false);
}

std::vector<SearchHit> SearchIndex::skills(std::string_view query, std::size_t limit) const {
  return search(query, limit, true);
}

}  // namespace primowork::taxonomy
