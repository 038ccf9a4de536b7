// A person as the engine stores them: one self-delimiting record of 16-bit words, so that a pool
// of a million people is a few contiguous arrays that scans read front to back.
//
// Layout (words): id (2), flags, contracts|languages|targets counts, location, max_km, skill
// count, macro count, past|recognised counts, then the lists: skills, macro-skills, targets, past,
// recognised occupations, languages (13 bits: two letters a-z and a CEFR level), and for a limited
// permit the employer (2 words) and function. Skill and occupation ids must fit in 16 bits (the
// Engine checks the taxonomy); lists longer than their count field allows are cut (15 targets,
// 255 past occupations, 255 recognised diplomas, 15 languages, 65,535 skills).
// Skills outside the taxonomy are dropped; provenance is not stored: it does not enter the score.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "matching/model.h"

namespace primowork::matching::detail {

// Two letters a-z (any case) and a level 0..7 in 13 bits; 0 for a code that is not two letters.
std::uint16_t pack_language(std::uint16_t language, std::uint8_t level);
constexpr std::uint16_t language_of(std::uint16_t packed) { return packed >> 3; }
constexpr std::uint8_t level_of(std::uint16_t packed) { return packed & 7; }
// The 10-bit language part of a model language code (as in pack_language), 0 when invalid.
std::uint16_t language_key(std::uint16_t language);

constexpr std::size_t kHeaderWords = 9;

// Read access to one record; `words` points at its first word.
class ProfileRecord {
 public:
  explicit ProfileRecord(const std::uint16_t* words) : w_(words) {}

  Id id() const { return static_cast<Id>(w_[0]) | (static_cast<Id>(w_[1]) << 16); }
  std::uint16_t licences() const { return w_[2] & 0x7F; }
  std::uint8_t excluded() const { return static_cast<std::uint8_t>((w_[2] >> 7) & 0xF); }
  Access access() const { return static_cast<Access>((w_[2] >> 11) & 3); }
  bool part_time_only() const { return (w_[2] >> 13) & 1; }
  bool dead() const { return (w_[2] >> 14) & 1; }
  bool limited() const { return (w_[2] >> 15) & 1; }
  std::uint8_t contracts() const { return static_cast<std::uint8_t>(w_[3] & 0xFF); }
  std::uint16_t location() const { return w_[4]; }
  std::uint16_t max_km() const { return w_[5]; }

  std::span<const std::uint16_t> skills() const { return {w_ + kHeaderWords, n_skills()}; }
  std::span<const std::uint16_t> macros() const {
    return {skills().data() + n_skills(), n_macros()};
  }
  std::span<const std::uint16_t> targets() const {
    return {macros().data() + n_macros(), n_targets()};
  }
  std::span<const std::uint16_t> past() const { return {targets().data() + n_targets(), n_past()}; }
  std::span<const std::uint16_t> recognised() const {
    return {past().data() + n_past(), n_recognised()};
  }
  std::span<const std::uint16_t> languages() const {
    return {recognised().data() + n_recognised(), n_languages()};
  }
  Id limited_employer() const {
    const std::uint16_t* tail = languages().data() + n_languages();
    return limited() ? (static_cast<Id>(tail[0]) | (static_cast<Id>(tail[1]) << 16)) : 0;
  }
  OccupationId limited_occupation() const {
    return limited() ? languages().data()[n_languages() + 2] : 0;
  }
  // The level of a language (model code), 0 when not spoken.
  std::uint8_t level(std::uint16_t language_key) const;

  // Words the record occupies.
  std::size_t size() const {
    return kHeaderWords + n_skills() + n_macros() + n_targets() + n_past() + n_recognised() +
           n_languages() + (limited() ? 3 : 0);
  }
  static void mark_dead(std::uint16_t* words) { words[2] |= 1u << 14; }

 private:
  std::size_t n_skills() const { return w_[6]; }
  std::size_t n_macros() const { return w_[7]; }
  std::size_t n_targets() const { return (w_[3] >> 12) & 0xF; }
  std::size_t n_languages() const { return (w_[3] >> 8) & 0xF; }
  std::size_t n_past() const { return w_[8] & 0xFF; }
  std::size_t n_recognised() const { return w_[8] >> 8; }
  const std::uint16_t* w_;
};

// Appends the record of `p` to `out`. `macro_of` maps a skill id to its macro-skill index
// (UINT16_MAX when none); `location` is the index of the person's place in the engine's list.
void encode(const Profile& p, const std::vector<std::uint16_t>& macro_of, std::uint16_t location,
            std::vector<std::uint16_t>& out);

// The model profile back from a record (skills as declared; `lat`/`lon` supplied by the caller).
Profile decode(const ProfileRecord& r, float lat, float lon);

}  // namespace primowork::matching::detail
