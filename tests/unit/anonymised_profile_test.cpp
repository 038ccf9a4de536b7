// The profile an employer sees (placements/anonymised_profile.h): before disclosure nothing that
// names, locates or describes the person beyond the job (name, birth date, nationality, address,
// phone, email, documents, where they worked); after disclosure the name, contact and the CV.
// And the interview invitation (placements/interview_ics.h).
#include "placements/anonymised_profile.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "placements/interview_ics.h"

namespace primowork {
namespace {

using placements::anonymised_profile;

people::PersonFile full_file() {
  people::PersonFile f;
  f.id = "per_secret";
  f.given_name = "Zainab";
  f.family_name = "Oumarou";
  f.birth_date = parse_iso_date("1988-04-02");
  f.phone = "+32 470 11 22 33";
  f.email = "zainab@example.test";
  f.postcode = "4020";
  f.residence_status = "refugee_recognised";
  f.document_type = "A";
  f.authorised_employer = "Hôpital Secret";
  f.licences = {"B"};
  f.vehicle = true;
  f.no_nights = true;
  f.languages = {{"fr", "", "B2", "B1", "B2", "A2"}, {"ha", "C2", "", "", "", ""}};
  f.past_jobs = {{"J1501", 6, "Niamey, Niger"}, {"K1302", 2, "Clinique Tombouctou"}};
  return f;
}

nlohmann::json record() {
  return nlohmann::json::parse(R"({
    "score": 78.5, "distance_km": 7.2,
    "matched_core_skills": [{"code": "S1", "label": "Soins d'hygiène"}],
    "missing_core_skills": [{"code": "S2", "label": "Dossier patient informatisé"}],
    "explanation": [{"kind": "score", "text": "Score 78 sur 100."}]})");
}

std::vector<people::Document> documents() {
  people::Document cv;
  cv.id = "doc_cv";
  cv.kind = "cv";
  cv.filename = "cv-zainab.pdf";
  people::Document card;
  card.id = "doc_card";
  card.kind = "residence_card";
  card.filename = "carte-sejour.pdf";
  return {cv, card};
}

std::string label(const std::string& code) {
  return code == "J1501" ? "Aide-soignant (J1501)" : "Aide à domicile (K1302)";
}

const std::vector<std::string> kNeverBeforeDisclosure = {
    "Zainab",     "Oumarou", "1988",      "+32",         "470",        "zainab@",
    "4020",       "refugee", "Niamey",    "Niger",       "Tombouctou", "Hôpital Secret",
    "per_secret", "doc_",    "cv-zainab", "carte-sejour"};

// No key of the JSON, at any depth, names a forbidden field.
void expect_no_forbidden_key(const nlohmann::json& j) {
  static const std::vector<std::string> kForbiddenKeys = {
      "name",   "given_name",  "family_name", "birth_date", "age",      "sex",
      "gender", "nationality", "country",     "address",    "postcode", "photo",
      "phone",  "email",       "documents",   "cv",         "where",    "residence_status"};
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      for (const auto& k : kForbiddenKeys) EXPECT_NE(key, k);
      expect_no_forbidden_key(value);
    }
  } else if (j.is_array()) {
    for (const auto& v : j) expect_no_forbidden_key(v);
  }
}

TEST(AnonymisedProfile, BeforeDisclosureTheJsonHoldsNothingThatIdentifies) {
  const auto p = anonymised_profile(full_file(), record(), "PW-7K3Q", false, documents(), label);
  const std::string text = to_json(p).dump();
  expect_no_forbidden_key(to_json(p));
  for (const auto& forbidden : kNeverBeforeDisclosure)
    EXPECT_EQ(text.find(forbidden), std::string::npos) << forbidden << " in " << text;
  // What the employer needs to decide is there.
  EXPECT_NE(text.find("PW-7K3Q"), std::string::npos);
  EXPECT_NE(text.find("Soins d'hygiène"), std::string::npos);
  EXPECT_NE(text.find("Dossier patient informatisé"), std::string::npos);
  EXPECT_EQ(p.experience_years, 8);
  ASSERT_EQ(p.experience.size(), 2u);
  EXPECT_EQ(p.experience[0].occupation, "Aide-soignant (J1501)");
  ASSERT_EQ(p.languages.size(), 2u);
  EXPECT_EQ(p.languages[0].level, "A2");  // French: the lowest assessed part
  EXPECT_EQ(p.languages[1].level, "C2");
  EXPECT_EQ(p.licences, std::vector<std::string>{"B"});
  EXPECT_TRUE(p.no_nights);
  EXPECT_EQ(p.distance, placements::DistanceBand::kUnder15);
  EXPECT_FALSE(to_json(p).contains("identity"));
  EXPECT_TRUE(p.cv_id.empty());
}

TEST(AnonymisedProfile, AfterDisclosureNameContactAndTheCvOnly) {
  const auto p = anonymised_profile(full_file(), record(), "PW-7K3Q", true, documents(), label);
  const auto j = to_json(p);
  ASSERT_TRUE(j.contains("identity"));
  EXPECT_EQ(j["identity"]["name"], "Zainab Oumarou");
  EXPECT_EQ(j["identity"]["email"], "zainab@example.test");
  EXPECT_EQ(j["identity"]["cv"]["id"], "doc_cv");
  const std::string text = j.dump();
  // Still never: birth date, status, address, other documents, where they worked.
  for (const std::string forbidden :
       {"1988", "4020", "refugee", "Niamey", "Tombouctou", "carte-sejour", "doc_card"})
    EXPECT_EQ(text.find(forbidden), std::string::npos) << forbidden;
}

TEST(AnonymisedProfile, DistanceBands) {
  using placements::DistanceBand;
  EXPECT_EQ(placements::distance_band(0), DistanceBand::kUnder5);
  EXPECT_EQ(placements::distance_band(4.9), DistanceBand::kUnder5);
  EXPECT_EQ(placements::distance_band(5), DistanceBand::kUnder15);
  EXPECT_EQ(placements::distance_band(29.9), DistanceBand::kUnder30);
  EXPECT_EQ(placements::distance_band(30), DistanceBand::kOver30);
  EXPECT_EQ(placements::distance_band(-1), DistanceBand::kUnknown);
  const auto p =
      anonymised_profile(full_file(), nlohmann::json::object(), "PW-1", false, {}, label);
  EXPECT_EQ(p.distance, DistanceBand::kUnknown);
  EXPECT_TRUE(p.matched.empty());
}

TEST(InterviewIcs, MinimalEventInUtcEscapedAndFolded) {
  placements::InterviewInvitation inv;
  inv.uid = "prp_1-entretien@primowork";
  inv.interview_at = "2026-12-03T10:30";  // CET: 09:30 UTC
  inv.summary = "Entretien d'embauche — Aide-soignant, nuit; jour";
  inv.location = std::string(100, 'x') + "é";
  const std::string ics = placements::interview_ics(inv, 0);
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(ics.find("DTSTART:20261203T093000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND:20261203T103000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:19700101T000000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:Entretien d'embauche — Aide-soignant\\, nuit\\; jour"),
            std::string::npos);
  EXPECT_NE(ics.find("END:VEVENT\r\nEND:VCALENDAR\r\n"), std::string::npos);
  // No physical line longer than 75 octets; the folded line continues with a space.
  std::size_t start = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    start = end + 2;
  }
  EXPECT_NE(ics.find("\r\n x"), std::string::npos);
  // Summer time: CEST, two hours ahead.
  inv.interview_at = "2026-07-01T14:00";
  EXPECT_NE(placements::interview_ics(inv, 0).find("DTSTART:20260701T120000Z"), std::string::npos);
  inv.interview_at = "demain";
  EXPECT_EQ(placements::interview_ics(inv, 0), "");
}

}  // namespace
}  // namespace primowork
