// The offers' use cases: posting without an account (confirmed by a single-use link sent by
// mail), the coordinator's review, the public pages and search, and the employer's space. One
// transaction per action, an audit row for every change, and every status change through the
// lifecycle table (offers/lifecycle.h) with a log row.
//
// At confirmation the platform decides between two rows of the table: "publish_vetted" when the
// company is approved, the confirming address is one the company is known by (its contact
// address or an employer account of its organisation) and screening raised nothing; "submit"
// (to the coordinator's review, with the screening reasons) otherwise. An offer or company the
// actor may not see answers kNotFound, exactly like one that does not exist.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "companies/company_store.h"
#include "geography/communes.h"
#include "occupations/catalogue.h"
#include "offers/offer_store.h"
#include "offers/screening.h"
#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/i18n.h"
#include "security/guard.h"

namespace primowork::offers {

// What the form "Publier une offre" sends without an account.
struct Posting {
  std::string email;              // where the confirmation link goes
  std::string enterprise_number;  // as typed
  std::string company_name;       // required only when the number is not known yet
  OfferDraft offer;
};

struct Posted {
  std::string offer_id;
  bool new_company = false;
};

struct Confirmed {
  std::string offer_id;
  OfferStatus status = OfferStatus::kPendingReview;
  std::vector<ScreeningFlag> flags;
};

struct SearchFilter {
  std::string occupation;  // ROME code, "" for any
  std::string postcode;    // a commune of the list, "" for anywhere
  int radius_km = 0;       // around the commune; 0: that commune only
  std::string contract;    // a contract code, "" for any
  bool no_nights = false, no_weekends = false, part_time = false;
  int page = 1;  // from 1
};

struct SearchResult {
  std::vector<store::Published> offers;  // the page asked for
  int total = 0;
  int page = 1, pages = 1;
};

// What one run of the expiry job did.
struct ExpiryRun {
  int expired = 0;   // published offers moved to "expired"
  int reminded = 0;  // reminder mails queued
};

constexpr int kSearchPageSize = 10;
constexpr int kConfirmationLifetimeS = 7 * 24 * 3600;  // a confirmation link lives 7 days

// An offer with what its pages show around it.
struct OfferView {
  store::Offer offer;
  companies::store::Company company;
  std::vector<ScreeningFlag> flags;
  std::vector<store::StatusChange> log;
};

class OfferService {
 public:
  OfferService(db::Database& db, const occupations::Catalogue& catalogue,
               const geography::Communes& communes, const ScreeningRules& rules, const I18n& i18n,
               std::string public_url, Clock clock);

  OfferReferences references() const;
  // The ROME code for what a form holds: a code, "Label (CODE)", or a label the search finds
  // exactly (accents and case ignored); otherwise the text unchanged (the checks then refuse it).
  std::string resolve_occupation(const std::string& text) const;
  // Occupations whose labels match `query` (the autocomplete): code and label.
  std::vector<std::pair<std::string, std::string>> search_occupations(const std::string& query,
                                                                      std::size_t limit) const;
  // "Label" of a known ROME code, else "".
  std::string occupation_label(const std::string& code) const;
  // The core skills of an occupation, as codes (empty for an unknown code).
  std::vector<std::string> core_skills(const std::string& code) const;
  // The skill's label, or the code when unknown.
  std::string skill_label(const std::string& code) const;
  // The first occupation and the skills a pasted advertisement mentions.
  struct Extracted {
    std::string occupation;
    std::vector<std::string> skills;
  };
  Extracted extract(const std::string& text) const;
  // Fills what the form leaves to the platform: the commune's name from its postcode, the title
  // from the occupation when blank.
  void complete(OfferDraft& draft) const;
  // Every problem of the posting, each naming its field (company_name only when the number is
  // not known yet).
  std::vector<Error> check(const Posting& posting);
  std::vector<Error> check(const OfferDraft& draft) const;
  Date today() const;

  // Posting without an account: validates everything, then in one transaction creates the
  // company (pending) when its number is new, the offer (draft) and a confirmation link mailed to
  // `posting.email` in `lang`. kInvalid naming the field; kForbidden for a suspended company.
  Result<Posted> post(const security::Actor& actor, Posting posting, const std::string& lang);
  // The state of a confirmation link (for the page that shows it).
  store::LinkState link_state(const std::string& token);
  // Uses the link: screening, then publish_vetted or submit. kNotFound for an unknown link,
  // kConflict (field "token") for a used or expired one; nothing changes then.
  Result<Confirmed> confirm(const security::Actor& actor, const std::string& token);

  // The coordinator's review: offers waiting, with their flags, oldest first.
  std::vector<OfferView> review_queue(const security::Actor& actor);
  // An offer with its company, flags and log, for a coordinator or the owning employer.
  Result<OfferView> view(const security::Actor& actor, const std::string& id);
  // Takes a lifecycle action as the actor (coordinator: any offer; employer: their company's).
  // A coordinator's decision (approve, send back, take down) is mailed to the address that
  // posted the offer without an account, with the reason.
  Status act(const security::Actor& actor, const std::string& id, OfferAction action,
             const std::string& reason);

  // The employer's company (kForbidden when the account belongs to none).
  Result<companies::store::Company> own_company(const security::Actor& actor);
  // The employer's offers, newest first.
  std::vector<store::Offer> my_offers(const security::Actor& actor);
  // Creates an offer for the employer's company and sends it on as a confirmation would.
  Result<Confirmed> create(const security::Actor& actor, OfferDraft draft);
  // Replaces an offer's fields (draft, pending review or published; the 60 days restart). New
  // screening flags send a published offer back to review ("hold").
  Result<store::Offer> update(const security::Actor& actor, const std::string& id,
                              OfferDraft draft);

  // The expiry job (serve runs it every hour, on every node: running it twice is harmless).
  // Published offers past valid_through() take the "expire" action as the platform (logged and
  // audited); those on or after reminder_date() get ONE reminder mail for the period, in French,
  // through the outbox, with the link to the employer's space (confirm, edit, renew); the period
  // restarts with each update or confirmation. Recipient: the address that posted the offer,
  // else its author's, else the company's contact address. `today` is the day in Brussels
  // (today()). One transaction per offer: one failing offer is logged and the others proceed.
  ExpiryRun apply_expiry(Date today);

  // A published, unexpired offer of a company that is not suspended; nullopt otherwise.
  std::optional<store::Published> published(const std::string& id);
  SearchResult search(const SearchFilter& filter);

 private:
  Result<Confirmed> send_on(soci::session& s, const security::Actor& actor,
                            const store::Offer& offer, const companies::store::Company& company,
                            const std::string& address);
  bool may_see(soci::session& s, const security::Actor& actor, const store::Offer& offer);

  db::Database& db_;
  const occupations::Catalogue& catalogue_;
  const geography::Communes& communes_;
  const ScreeningRules& rules_;
  const I18n& i18n_;
  std::string public_url_;
  Clock clock_;
};

}  // namespace primowork::offers
