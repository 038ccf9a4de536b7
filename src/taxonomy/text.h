// French text for search and extraction: folding (case and accents, ICU), tokenising with byte
// offsets into the original text, stop words, and the Snowball French stemmer (libstemmer).
// "Aide-Soignante", "aide soignante" and "AIDE SOIGNANT" all give the stems [aid, soign].
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace primowork::taxonomy {

// Lowercase, without accents or other combining marks, ligatures expanded (œ -> oe).
std::string fold(std::string_view text);

struct Token {
  std::string folded;  // fold() of the word
  std::string stem;    // French stem of the folded word
  std::size_t begin;   // byte offsets of the word in the original text
  std::size_t end;
  bool stop;  // a French stop word (de, la, des, d', l'...)
};

// Splits on everything that is not a letter or a digit (so "aide-soignant" and "d'engins" give
// two words each). Invalid UTF-8 bytes are treated as separators.
std::vector<Token> tokenize(std::string_view text);

// The Snowball French stem of an already folded word, after turning common feminine job-noun
// endings masculine (-ière, -euse, -trice, -ienne, -ère, -ive). Thread-safe.
std::string stem(const std::string& folded_word);

bool is_stop_word(std::string_view folded_word);

// Levenshtein distance, stopping early (returning limit + 1) once it exceeds `limit`.
int bounded_edit_distance(std::string_view a, std::string_view b, int limit);

}  // namespace primowork::taxonomy
