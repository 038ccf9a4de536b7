#include "taxonomy/text.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

namespace primowork::taxonomy {
namespace {

// Appends the folded form of one code point.
void fold_code_point(UChar32 c, const icu::Normalizer2* nfd, std::string& out) {
  switch (c) {  // ligatures that NFD does not decompose
    case 0x0153:
    case 0x0152:
      out += "oe";
      return;
    case 0x00E6:
    case 0x00C6:
      out += "ae";
      return;
    case 0x00DF:
      out += "ss";
      return;
    case 0x2019:
    case 0x02BC:
      out += '\'';
      return;  // typographic apostrophes
    default:
      break;
  }
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) return;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 d = decomposed.char32At(i);
    i += U16_LENGTH(d);
    if (u_getCombiningClass(d) != 0 || u_charType(d) == U_NON_SPACING_MARK) continue;
    const UChar32 lower = u_foldCase(d, U_FOLD_CASE_DEFAULT);
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, lower, error);
    if (!error) out.append(buf, static_cast<std::size_t>(len));
  }
}

const icu::Normalizer2* nfd_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normaliser unavailable");
  return nfd;
}

// Possessives that are also nouns ("son" is sound) are not stop words.
constexpr std::array<std::string_view, 43> kStopWords = {
    "a",  "au",  "aux",   "avec", "ce",  "ces", "d",     "dans",  "de",  "des", "du",
    "en", "et",  "l",     "la",   "le",  "les", "leur",  "leurs", "m",   "n",   "ne",
    "ni", "nos", "notre", "ou",   "par", "pas", "pour",  "qu",    "que", "qui", "s",
    "se", "sur", "t",     "un",   "une", "vos", "votre", "y",     "etc", "mes"};

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string fold(std::string_view text) {
  static const icu::Normalizer2* nfd = nfd_instance();
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out.push_back(' ');
      continue;
    }
    fold_code_point(c, nfd, out);
  }
  return out;
}

bool is_stop_word(std::string_view w) {
  return std::find(kStopWords.begin(), kStopWords.end(), w) != kStopWords.end();
}

namespace {
// Feminine job nouns to their masculine form before stemming, so that both forms share a stem
// (Snowball alone gives "infirmier" for "infirmière" but "infirmi" for "infirmier").
std::string masculine(std::string w) {
  struct Rule {
    std::string_view from, to;
  };
  static constexpr Rule kRules[] = {{"ieres", "ier"},  {"iere", "ier"},    {"euses", "eur"},
                                    {"euse", "eur"},   {"trices", "teur"}, {"trice", "teur"},
                                    {"iennes", "ien"}, {"ienne", "ien"},   {"eres", "er"},
                                    {"ere", "er"},     {"ives", "if"},     {"ive", "if"}};
  for (const auto& r : kRules) {
    if (w.size() > r.from.size() + 2 &&
        w.compare(w.size() - r.from.size(), r.from.size(), r.from) == 0) {
      w.replace(w.size() - r.from.size(), r.from.size(), r.to);
      break;
    }
  }
  return w;
}
}  // namespace

std::string stem(const std::string& input_word) {
  const std::string folded_word = masculine(input_word);
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("french", "UTF_8"));
  if (!stemmer || folded_word.empty()) return folded_word;
  const sb_symbol* out =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(folded_word.data()),
                      static_cast<int>(folded_word.size()));
  if (out == nullptr) return folded_word;
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || !(u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK)) continue;
    int32_t end = i;
    while (i < n) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT(s, next, n, d);
      if (d < 0 || !(u_isalnum(d) || u_charType(d) == U_NON_SPACING_MARK)) break;
      i = next;
      end = i;
    }
    Token t;
    t.begin = static_cast<std::size_t>(start);
    t.end = static_cast<std::size_t>(end);
    t.folded = fold(text.substr(t.begin, t.end - t.begin));
    t.stop = is_stop_word(t.folded);
    t.stem = stem(t.folded);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

int bounded_edit_distance(std::string_view a, std::string_view b, int limit) {
  const int la = static_cast<int>(a.size());
  const int lb = static_cast<int>(b.size());
  if (std::abs(la - lb) > limit) return limit + 1;
  std::vector<int> prev(static_cast<std::size_t>(lb) + 1), cur(static_cast<std::size_t>(lb) + 1);
  for (int j = 0; j <= lb; ++j) prev[static_cast<std::size_t>(j)] = j;
  for (int i = 1; i <= la; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= lb; ++j) {
      const int cost =
          a[static_cast<std::size_t>(i - 1)] == b[static_cast<std::size_t>(j - 1)] ? 0 : 1;
      cur[static_cast<std::size_t>(j)] =
          std::min({prev[static_cast<std::size_t>(j)] + 1, cur[static_cast<std::size_t>(j - 1)] + 1,
                    prev[static_cast<std::size_t>(j - 1)] + cost});
      row_min = std::min(row_min, cur[static_cast<std::size_t>(j)]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[static_cast<std::size_t>(lb)];
}

}  // namespace primowork::taxonomy
