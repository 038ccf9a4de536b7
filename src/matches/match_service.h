// The matching service (issue #5 item 8): the matching engine filled from the database and kept
// current, and the two questions it answers with explanations, behind the access policy.
//
// At start, load() indexes every person file still looking for work (match_store.h:
// matchable_people) and every published offer. Triggers write a row in match_changes for every
// write to a person file, its diplomas or an offer (migrations/0012); refresh() reloads the
// subjects named by the rows it has not seen yet, so several app nodes over one database stay
// in step. `serve` calls refresh() every two seconds, and every query calls it first, so an
// answer always reflects the writes committed before it. On PostgreSQL sequence numbers can
// commit out of order: refresh() looks back over the last 1,000 rows and skips those it applied.
// A new ROME version (catalogue import) rebuilds the whole index.
//
// Who sees what:
// - people_for_offer (offer -> people), for a published offer: a counsellor gets the best
//   people among the open files of their organisations, with names; a coordinator the best
//   among every person who gave the consent "employer_visibility", under a pseudonym with the
//   organisation that follows them. Employers get nothing: a person reaches an employer only
//   through a counsellor's proposal. Each answer is audited (matches.read).
// - offers_for_person (person -> offers): the counsellor who may read the file (its owner, or a
//   share that opens the "project" part) and the person themselves (PeopleService::view decides,
//   and audits the read).
// Unknown, unpublished or unreadable subjects are kNotFound, as everywhere.
//
// Right to work under a limited permit: the employer named in the file is matched to a company
// by enterprise number (digits) or by name (case and accents ignored), and the function to an
// occupation (code, "Label (CODE)" or exact label). When either is unknown, no offer passes the
// right-to-work filter: the engine never suggests a job the person may not legally take.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "geography/communes.h"
#include "matches/explanation_text.h"
#include "matching/engine.h"
#include "occupations/catalogue.h"
#include "offers/offer_service.h"
#include "people/people_service.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/i18n.h"
#include "platform/result.h"
#include "security/guard.h"

namespace primowork::matches {

inline constexpr std::size_t kMaxLimit = 100;
inline constexpr std::size_t kDefaultLimit = 20;

// A skill or occupation of an explanation, by code and label (the index's taxonomy version).
struct Named {
  std::string code, label;
};
// The explanation's ids named: matched core skills, related ones, missing core skills (the gap,
// by weight), the person's occupation closest to the offer.
struct NamedParts {
  std::vector<Named> matched, related, missing;
  Named closest;
};

struct PersonMatch {
  std::string person_id;     // counsellors only; "" for a coordinator
  std::string display;       // "Given Family" for counsellors, "Profil P-123" for coordinators
  std::string organisation;  // the organisation that follows the person (coordinators)
  bool employer_visibility = false;  // the person agreed to be shown (anonymised) to employers
  matching::Explanation explanation;
  NamedParts named;
  ExplanationText text;
};

struct OfferMatch {
  std::string offer_id, title, company, postal_code, commune, contract;
  matching::Explanation explanation;
  NamedParts named;
  ExplanationText text;
};

struct IndexStats {
  std::size_t people = 0, offers = 0;
  std::int64_t last_change = 0;
};

class MatchService {
 public:
  MatchService(db::Database& db, const occupations::Catalogue& catalogue,
               const geography::Communes& communes, people::PeopleService& people, const I18n& i18n,
               Clock clock);

  // Builds the index from the database (at start; refresh() does it when needed).
  void load();
  // Applies the changes written since the last call.
  void refresh();
  // Deletes change rows older than a day.
  void prune();
  IndexStats stats() const;

  // `limit` is clamped to 1..kMaxLimit. Sentences in `lang`.
  Result<std::vector<PersonMatch>> people_for_offer(const security::Actor& actor,
                                                    const std::string& offer_id, std::size_t limit,
                                                    const std::string& lang);
  Result<std::vector<OfferMatch>> offers_for_person(const security::Actor& actor,
                                                    const std::string& person_id, std::size_t limit,
                                                    const std::string& lang);

  // One pair, filters included (a near miss names the failed filter), for the decision record
  // of a proposal: the counsellor who may read the file (as offers_for_person), and an offer
  // that is published. The offer fields of the answer are filled.
  Result<OfferMatch> explain_pair(const security::Actor& actor, const std::string& person_id,
                                  const std::string& offer_id, const std::string& lang);

 private:
  struct Index;
  void rebuild(soci::session& s);
  void apply(soci::session& s, Index& index, const std::string& kind, const std::string& id);
  std::shared_ptr<Index> current();

  db::Database& db_;
  const occupations::Catalogue& catalogue_;
  const geography::Communes& communes_;
  people::PeopleService& people_;
  const I18n& i18n_;
  Clock clock_;

  std::mutex refresh_mutex_;         // one refresh at a time
  mutable std::shared_mutex mutex_;  // queries share, updates are exclusive
  std::shared_ptr<Index> index_;
};

}  // namespace primowork::matches
