#include "taxonomy/extraction.h"

#include <algorithm>
#include <set>

#include "taxonomy/text.h"

namespace primowork::taxonomy {
namespace {

// Word-by-word equality that forgives a plural s or x on the text's side ("caristes").
bool same_but_plural(const std::string& text, const std::string& phrase) {
  std::size_t i = 0, j = 0;
  while (i <= text.size() && j <= phrase.size()) {
    const std::size_t ti = std::min(text.find(' ', i), text.size());
    const std::size_t pj = std::min(phrase.find(' ', j), phrase.size());
    const std::string_view tw(text.data() + i, ti - i);
    const std::string_view pw(phrase.data() + j, pj - j);
    const bool plural = tw.size() == pw.size() + 1 && tw.substr(0, pw.size()) == pw &&
                        (tw.back() == 's' || tw.back() == 'x');
    if (tw != pw && !plural) return false;
    if (ti == text.size() || pj == phrase.size()) return ti == text.size() && pj == phrase.size();
    i = ti + 1;
    j = pj + 1;
  }
  return false;
}

}  // namespace

namespace {
// Two words that start alike ("Conducteur", "Conductrice"; "Chef", "Cheffe"): a gender pair.
bool same_root(const std::string& a, const std::string& b) {
  const std::string fa = fold(a), fb = fold(b);
  return fa.size() >= 3 && fb.size() >= 3 && fa.compare(0, 3, fb, 0, 3) == 0;
}
std::string first_word(const std::string& s) {
  return s.substr(0, s.find(' '));
}
std::string last_word(const std::string& s) {
  return s.substr(s.rfind(' ') + 1);
}
}  // namespace

std::vector<std::string> expand_gender_forms(const std::string& label) {
  // "A / B rest": the alternative is the word(s) before and after " / ", the rest is shared.
  const auto slash = label.find(" / ");
  if (slash == std::string::npos) return {label};
  // Real labels have one or two pairs; a label full of slashes (bad data) is not expanded, so
  // the number of forms stays bounded.
  std::size_t slashes = 0;
  for (auto p = label.find(" / "); p != std::string::npos; p = label.find(" / ", p + 3)) ++slashes;
  if (slashes > 3) return {label};
  const std::string left = label.substr(0, slash);
  const std::string right = label.substr(slash + 3);
  if (!same_root(first_word(left), first_word(right))) {
    // "Homme sage-femme / Sage-femme": the right side repeats the left's last word: two
    // whole alternatives.
    if (fold(last_word(left)) == fold(first_word(right))) {
      std::vector<std::string> out = expand_gender_forms(left);
      for (const auto& expanded : expand_gender_forms(right)) out.push_back(expanded);
      return out;
    }
    // "Diplôme d'infirmier / infirmière": only the word at the slash has two forms.
    if (same_root(last_word(left), first_word(right))) {
      const std::string stem = left.substr(0, left.size() - last_word(left).size());
      const std::string rest = right.substr(first_word(right).size());
      std::vector<std::string> out;
      for (const auto& head : {left, stem + first_word(right)}) {
        for (const auto& expanded : expand_gender_forms(head + rest)) out.push_back(expanded);
      }
      return out;
    }
    // Not a gender pair ("des travaux / un chantier"): the slash separates words, nothing more.
    return {label.substr(0, slash) + " " + right};
  }
  // The alternative on the right has as many words as the left side; the rest follows.
  const auto left_words = static_cast<std::size_t>(std::count(left.begin(), left.end(), ' ') + 1);
  std::size_t cut = std::string::npos;
  std::size_t from = 0;
  for (std::size_t w = 0; w < left_words; ++w) {
    cut = right.find(' ', from);
    if (cut == std::string::npos) break;
    from = cut + 1;
  }
  const std::string right_alt = cut == std::string::npos ? right : right.substr(0, cut);
  const std::string rest = cut == std::string::npos ? "" : right.substr(cut);
  std::vector<std::string> out;
  for (const auto& head : {left, right_alt}) {
    for (const auto& expanded : expand_gender_forms(head + rest)) out.push_back(expanded);
  }
  return out;
}

void Extractor::add_phrases(bool skill, std::uint32_t id, const std::string& label) {
  const auto label_index = static_cast<std::uint32_t>(labels_.size());
  labels_.push_back(label);
  for (const auto& form : expand_gender_forms(label)) {
    // Parenthesised qualifiers ("Vendeur (alimentaire)") are optional in a text.
    std::string core = form;
    for (auto open = core.find('('); open != std::string::npos; open = core.find('(')) {
      const auto close = core.find(')', open);
      core.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
    }
    std::string key;
    std::string folded;
    std::size_t words = 0;
    std::vector<const Token*> content;
    const auto tokens = tokenize(core);
    for (const auto& token : tokens) {
      if (token.stop) continue;
      key += (key.empty() ? "" : " ") + token.stem;
      folded += (folded.empty() ? "" : " ") + token.folded;
      content.push_back(&token);
      ++words;
    }
    if (skill && words >= 3 && words <= 10) add_partials(id, label_index, content);
    if (words == 0 || words > 10) continue;
    // A single short word is too ambiguous to be a mention on its own ("Aide", "Chef").
    if (words == 1 && key.size() < 4) continue;
    auto& targets = phrases_[key];
    if (std::none_of(targets.begin(), targets.end(), [&](const Target& t) {
          return t.skill == skill && t.id == id && t.folded == folded;
        })) {
      targets.push_back({skill, id, label_index, folded});  // one entry per spelling
    }
    max_words_ = std::max(max_words_, words);
  }
}

void Extractor::add_partials(std::uint32_t id, std::uint32_t label_index,
                             const std::vector<const Token*>& content) {
  auto add = [&](std::size_t from, std::size_t to) {
    std::string key, folded;
    for (std::size_t k = from; k < to; ++k) {
      key += (k > from ? " " : "") + content[k]->stem;
      folded += (k > from ? " " : "") + content[k]->folded;
    }
    auto& targets = partial_phrases_[key];
    if (std::none_of(targets.begin(), targets.end(), [&](const Target& t) { return t.id == id; })) {
      targets.push_back({true, id, label_index, folded});
    }
  };
  const std::size_t n = content.size();
  for (std::size_t k = std::max<std::size_t>(2, (n * 6 + 9) / 10); k < n; ++k) add(0, k);
  const std::string& verb = content[0]->folded;
  const bool starts_with_verb = verb.size() > 3 && (verb.compare(verb.size() - 2, 2, "er") == 0 ||
                                                    verb.compare(verb.size() - 2, 2, "ir") == 0 ||
                                                    verb.compare(verb.size() - 2, 2, "re") == 0);
  if (starts_with_verb) {
    for (std::size_t k = 3; k <= std::min<std::size_t>(n, 4); ++k) add(1, k);
  }
}

Extractor::Extractor(const Taxonomy& t) : taxonomy_(&t) {
  for (OccupationId o = 0; o < t.occupations().size(); ++o) {
    add_phrases(false, o, t.occupations()[o].label);
    for (const auto& title : t.occupations()[o].titles) add_phrases(false, o, title);
  }
  for (SkillId s = 0; s < t.skills().size(); ++s) add_phrases(true, s, t.skills()[s].label);
  // A part shared by many skills says nothing precise.
  for (auto it = partial_phrases_.begin(); it != partial_phrases_.end();) {
    it = it->second.size() > 2 ? partial_phrases_.erase(it) : std::next(it);
  }
  for (const auto& [key, targets] : partial_phrases_) {
    max_words_ = std::max<std::size_t>(
        max_words_, static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ') + 1));
  }
}

std::vector<Mention> Extractor::extract(std::string_view text) const {
  std::vector<Token> words;
  for (auto& token : tokenize(text)) {
    if (!token.stop) words.push_back(std::move(token));
  }
  std::vector<Mention> out;
  std::vector<bool> partial;  // parallel to out
  std::set<std::pair<bool, std::uint32_t>> reported;
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t taken = 0;
    for (std::size_t len = std::min(max_words_, words.size() - i); len >= 1; --len) {
      std::string key;
      std::string folded;
      for (std::size_t k = 0; k < len; ++k) {
        key += (k ? " " : "") + words[i + k].stem;
        folded += (k ? " " : "") + words[i + k].folded;
      }
      auto it = phrases_.find(key);
      if (it == phrases_.end()) continue;
      // Several phrases may share these stems ("préparer les commandes", a skill, and
      // "préparateur de commandes", a job): the one spelt as in the text wins; otherwise the
      // occupation wins over the skill.
      std::vector<Target> targets = it->second;
      const bool any_exact = std::any_of(targets.begin(), targets.end(),
                                         [&](const Target& t) { return t.folded == folded; });
      if (any_exact) {
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [&](const Target& t) { return t.folded != folded; }),
                      targets.end());
      }
      // Occupations are names: only the label's spelling (or its plural) counts, so that
      // "préparer les commandes" is not "préparateur de commandes".
      // One-word skills too ("Assurances" is not "assurez").
      targets.erase(std::remove_if(targets.begin(), targets.end(),
                                   [&](const Target& t) {
                                     const bool by_spelling = !t.skill || len == 1;
                                     return by_spelling && !same_but_plural(folded, t.folded);
                                   }),
                    targets.end());
      if (targets.empty()) continue;
      if (std::any_of(targets.begin(), targets.end(), [](const Target& t) { return !t.skill; })) {
        targets.erase(
            std::remove_if(targets.begin(), targets.end(), [](const Target& t) { return t.skill; }),
            targets.end());
      }
      std::stable_sort(targets.begin(), targets.end(),
                       [](const Target& a, const Target& b) { return !a.skill && b.skill; });
      for (const auto& target : targets) {
        if (!reported.insert({target.skill, target.id}).second) continue;
        out.push_back({target.skill, target.id, words[i].begin, words[i + len - 1].end,
                       labels_[target.label]});
        partial.push_back(false);
      }
      taken = len;
      break;
    }
    if (taken == 0) {
      for (std::size_t len = std::min(max_words_, words.size() - i); len >= 2; --len) {
        std::string key;
        for (std::size_t k = 0; k < len; ++k) key += (k ? " " : "") + words[i + k].stem;
        auto it = partial_phrases_.find(key);
        if (it == partial_phrases_.end()) continue;
        for (const auto& target : it->second) {
          if (!reported.insert({true, target.id}).second) continue;
          out.push_back(
              {true, target.id, words[i].begin, words[i + len - 1].end, labels_[target.label]});
          partial.push_back(true);
        }
        taken = len;
        break;
      }
    }
    i += taken == 0 ? 1 : taken;
  }
  // Partial skill matches must belong to an occupation the text names, when it names one.
  std::set<SkillId> of_named;
  bool named = false;
  for (const auto& m : out) {
    if (m.skill) continue;
    named = true;
    for (const auto& link : taxonomy_->skills_of(m.id)) of_named.insert(link.skill);
  }
  std::vector<Mention> kept;
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (partial[k] && named && !of_named.count(out[k].id)) continue;
    kept.push_back(std::move(out[k]));
  }
  return kept;
}

}  // namespace primowork::taxonomy
