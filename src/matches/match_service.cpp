#include "matches/match_service.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "companies/company_store.h"
#include "matches/match_store.h"
#include "offers/offer_profile.h"
#include "offers/offer_store.h"
#include "people/diplomas_store.h"
#include "people/people_store.h"
#include "people/person_profile.h"
#include "platform/i18n_markers.h"
#include "security/accounts.h"
#include "security/audit.h"
#include "taxonomy/text.h"

namespace primowork::matches {

// Everything one taxonomy version needs; replaced whole when the ROME version changes.
struct MatchService::Index {
  std::shared_ptr<const occupations::Loaded> rome;
  std::unique_ptr<matching::Engine> engine;
  std::unordered_map<std::string, matching::Id> person_number, offer_number;
  std::unordered_map<matching::Id, std::string> person_id, offer_id;
  // Companies by enterprise number and by folded name, for limited permits.
  std::unordered_map<std::string, std::string> company_by_number, company_by_name;
  std::int64_t high_water = 0;
  std::set<std::int64_t> recent;  // applied sequence numbers above high_water - kLookBack
  // The window of change rows (seq > high_water - kLookBack) as last read: when the database
  // still holds exactly these rows, there is nothing to read.
  store::Window seen;
};

namespace {

constexpr std::int64_t kLookBack = 1000;
constexpr matching::OccupationId kNoOccupation = 0xFFFF;  // no occupation has this id

Error not_found() {
  return Error{ErrorCode::kNotFound, "",
               N_("Cette offre ou ce dossier n'existe pas, n'est pas publié ou ne vous est pas "
                  "accessible."),
               ""};
}

std::string digits_of(const std::string& text) {
  std::string out;
  for (char c : text)
    if (std::isdigit(static_cast<unsigned char>(c))) out += c;
  if (out.size() == 9) out = "0" + out;  // the leading 0 is often left out
  return out;
}

NamedParts name_parts(const matching::Explanation& e, const taxonomy::Taxonomy& t) {
  auto skills = [&t](const std::vector<matching::SkillId>& ids) {
    std::vector<Named> out;
    for (auto id : ids)
      if (id < t.skills().size()) out.push_back({t.skills()[id].code, t.skills()[id].label});
    return out;
  };
  NamedParts n{skills(e.matched_core), skills(e.related), skills(e.missing_core), {}};
  if (e.closest_occupation < t.occupations().size()) {
    const auto& o = t.occupations()[e.closest_occupation];
    n.closest = {o.code, o.label};
  }
  return n;
}

}  // namespace

MatchService::MatchService(db::Database& db, const occupations::Catalogue& catalogue,
                           const geography::Communes& communes, people::PeopleService& people,
                           const I18n& i18n, Clock clock)
    : db_(db),
      catalogue_(catalogue),
      communes_(communes),
      people_(people),
      i18n_(i18n),
      clock_(std::move(clock)) {}

std::shared_ptr<MatchService::Index> MatchService::current() {
  std::shared_lock lock(mutex_);
  return index_;
}

void MatchService::load() {
  std::lock_guard refreshing(refresh_mutex_);
  auto lease = db_.acquire();
  db::Transaction tx(*lease, db_.backend(), db::Transaction::Mode::kWrite);
  rebuild(*lease);
  tx.commit();
}

void MatchService::rebuild(soci::session& s) {
  auto index = std::make_shared<Index>();
  index->rome = catalogue_.rome();
  index->engine = std::make_unique<matching::Engine>(index->rome->taxonomy);
  index->high_water = store::last_change(s);
  for (const auto& c : store::changes_after(s, index->high_water - kLookBack)) {
    index->recent.insert(c.seq);  // already in what is loaded below
    index->seen.count += 1;
    index->seen.sum += c.seq;
  }
  for (const auto& c : store::companies(s)) {
    index->company_by_number[c.enterprise_number] = c.id;
    index->company_by_name[taxonomy::fold(c.name)] = c.id;
  }
  for (const auto& id : store::matchable_people(s)) apply(s, *index, "person", id);
  for (const auto& id : store::published_offers(s)) apply(s, *index, "offer", id);
  std::unique_lock lock(mutex_);
  index_ = std::move(index);
}

void MatchService::apply(soci::session& s, Index& index, const std::string& kind,
                         const std::string& id) {
  const auto& t = index.rome->taxonomy;
  if (kind == "person") {
    std::optional<matching::Profile> profile;
    if (store::matchable_person(s, id)) {
      if (auto file = people::store::find(s, id)) {
        const auto n = store::number(s, "person", id);
        profile = people::to_profile(*file, people::store::diplomas(s, id), t, communes_, n);
        if (profile->access == matching::Access::kLimited) {
          profile->limited_employer = 0;  // never a company number: no offer passes
          profile->limited_occupation = kNoOccupation;
          std::string company;
          if (auto c = index.company_by_number.find(digits_of(file->authorised_employer));
              c != index.company_by_number.end()) {
            company = c->second;
          } else if (auto n = index.company_by_name.find(taxonomy::fold(file->authorised_employer));
                     n != index.company_by_name.end()) {
            company = n->second;
          }
          if (!company.empty()) profile->limited_employer = store::number(s, "company", company);
          const auto code = people_.resolve_occupation(file->authorised_function);
          if (auto o = t.occupation_id(code)) profile->limited_occupation = *o;
        }
      }
    }
    if (profile) {
      index.person_number[id] = profile->id;
      index.person_id[profile->id] = id;
      index.engine->upsert(*profile);
    } else if (auto it = index.person_number.find(id); it != index.person_number.end()) {
      index.engine->remove_profile(it->second);
      index.person_id.erase(it->second);
      index.person_number.erase(it);
    }
    return;
  }
  std::optional<matching::Offer> offer;
  if (auto o = offers::store::find(s, id); o && o->status == offers::OfferStatus::kPublished) {
    const auto employer = store::number(s, "company", o->company_id);
    offer = offers::to_offer(o->draft, t, communes_, store::number(s, "offer", id), employer);
  }
  if (offer) {
    index.offer_number[id] = offer->id;
    index.offer_id[offer->id] = id;
    index.engine->upsert(*offer);
  } else if (auto it = index.offer_number.find(id); it != index.offer_number.end()) {
    index.engine->remove_offer(it->second);
    index.offer_id.erase(it->second);
    index.offer_number.erase(it);
  }
}

void MatchService::refresh() {
  std::lock_guard refreshing(refresh_mutex_);
  auto index = current();
  auto lease = db_.acquire();
  if (!index || index->rome != catalogue_.rome()) {
    db::Transaction tx(*lease, db_.backend());
    rebuild(*lease);
    tx.commit();
    return;
  }
  // Cheap reads first: most calls find nothing new, and must neither read the window's rows
  // nor take SQLite's write lock.
  const auto window = store::window_after(*lease, index->high_water - kLookBack);
  if (window.count == index->seen.count && window.sum == index->seen.sum) return;
  const auto rows = store::changes_after(*lease, index->high_water - kLookBack);
  std::vector<const store::Change*> changes;
  for (const auto& c : rows)
    if (c.seq > index->high_water || index->recent.count(c.seq) == 0) changes.push_back(&c);
  // What the window holds once these are applied (rows below the new bound leave it).
  auto remember_window = [&rows](Index& i) {
    i.seen = {};
    for (const auto& c : rows) {
      if (c.seq <= i.high_water - kLookBack) continue;
      i.seen.count += 1;
      i.seen.sum += c.seq;
    }
  };
  if (changes.empty()) {
    std::unique_lock lock(mutex_);
    remember_window(*index);
    return;
  }
  std::vector<const store::Change*> to_apply;  // one per subject
  std::unordered_set<std::string> subjects;
  for (const auto* c : changes)
    if (subjects.insert(c->kind + ":" + c->subject_id).second) to_apply.push_back(c);
  db::Transaction tx(*lease, db_.backend());  // numbers are given on first sight
  std::unique_lock lock(mutex_);
  // New companies matter to limited permits: read them again with the changes.
  for (const auto& c : store::companies(*lease)) {
    index->company_by_number[c.enterprise_number] = c.id;
    index->company_by_name[taxonomy::fold(c.name)] = c.id;
  }
  for (const auto* c : to_apply) apply(*lease, *index, c->kind, c->subject_id);
  for (const auto* c : changes) {
    index->recent.insert(c->seq);
    index->high_water = std::max(index->high_water, c->seq);
  }
  index->recent.erase(index->recent.begin(),
                      index->recent.upper_bound(index->high_water - kLookBack));
  remember_window(*index);
  tx.commit();
}

void MatchService::prune() {
  db::with_transaction(db_, [](soci::session& s) { store::prune_changes(s); });
}

IndexStats MatchService::stats() const {
  std::shared_lock lock(mutex_);
  if (!index_) return {};
  return {index_->engine->profile_count(), index_->engine->offer_count(), index_->high_water};
}

Result<std::vector<PersonMatch>> MatchService::people_for_offer(const security::Actor& actor,
                                                                const std::string& offer_id,
                                                                std::size_t limit,
                                                                const std::string& lang) {
  const auto role = actor.role();
  const bool counsellor = role == security::Role::kCounsellor;
  const bool coordinator = role == security::Role::kCoordinator;
  if (!counsellor && !coordinator) return not_found();
  limit = std::clamp<std::size_t>(limit, 1, kMaxLimit);
  refresh();

  // Who this actor may see: a counsellor, the open files of their organisations (with names);
  // a coordinator, the people who agreed to be shown to employers.
  std::unordered_map<std::string, std::string> names;
  for (const auto& line :
       counsellor ? people_.worklist(actor, {}) : std::vector<people::WorklistLine>{})
    names[line.line.id] = line.line.given_name + " " + line.line.family_name;

  auto lease = db_.acquire();
  db::Transaction tx(*lease, db_.backend(), db::Transaction::Mode::kWrite);
  const auto consenting = store::visible_to_employers(*lease);
  std::vector<PersonMatch> out;
  {
    std::shared_lock lock(mutex_);
    if (!index_) return not_found();
    const Index& index = *index_;
    const auto offer = index.offer_number.find(offer_id);
    if (offer == index.offer_number.end()) {
      security::audit::record(*lease, security::audit_entry(actor, clock_(), "matches.read",
                                                            "offer:" + offer_id, "denied"));
      tx.commit();
      return not_found();
    }
    auto admitted = [&](matching::Id number) {
      const auto& id = index.person_id.at(number);
      return counsellor ? names.count(id) != 0 : consenting.count(id) != 0;
    };
    // The best `limit` admitted people are the first admitted ones of the engine's order: ask
    // for more until enough are admitted or the engine has no more.
    std::vector<matching::Match> kept;
    for (std::size_t k = limit;; k *= 4) {
      const auto ranked = index.engine->profiles_for(offer->second, k);
      kept.clear();
      for (const auto& m : ranked)
        if (admitted(m.id) && kept.size() < limit) kept.push_back(m);
      if (kept.size() >= limit || ranked.size() < k) break;
    }
    const auto& t = index.rome->taxonomy;
    for (const auto& m : kept) {
      PersonMatch pm;
      const auto& id = index.person_id.at(m.id);
      pm.employer_visibility = consenting.count(id) != 0;
      if (counsellor) {
        pm.person_id = id;
        pm.display = names.at(id);
      } else {
        pm.display = i18n_.tr(lang, N_("Profil")) + " P-" + std::to_string(m.id);
        pm.organisation = store::organisation_of(*lease, id);
      }
      pm.explanation = *index.engine->explain(m.id, offer->second);
      DescribeOptions options;
      if (auto p = index.engine->profile(m.id)) options.max_km = p->max_km;
      pm.named = name_parts(pm.explanation, t);
      pm.text = describe(pm.explanation, t, i18n_, lang, options);
      out.push_back(std::move(pm));
    }
  }
  security::audit::record(
      *lease, security::audit_entry(actor, clock_(), "matches.read", "offer:" + offer_id, "success",
                                    std::to_string(out.size()) + " people"));
  tx.commit();
  return out;
}

Result<OfferMatch> MatchService::explain_pair(const security::Actor& actor,
                                              const std::string& person_id,
                                              const std::string& offer_id,
                                              const std::string& lang) {
  if (actor.role() != security::Role::kCounsellor) return not_found();
  auto view = people_.view(actor, person_id);
  if (!view) return view.error();
  if (view->reach == people::Reach::kShared && !(view->share && view->share->opens("project")))
    return not_found();
  refresh();
  auto lease = db_.acquire();
  db::Transaction tx(*lease, db_.backend(), db::Transaction::Mode::kRead);
  std::shared_lock lock(mutex_);
  if (!index_) return not_found();
  const Index& index = *index_;
  const auto person = index.person_number.find(person_id);
  const auto offer_number = index.offer_number.find(offer_id);
  if (person == index.person_number.end() || offer_number == index.offer_number.end())
    return not_found();
  auto offer = offers::store::find(*lease, offer_id);
  if (!offer) return not_found();
  OfferMatch om;
  om.offer_id = offer_id;
  om.title = offer->draft.title;
  if (auto company = companies::store::find(*lease, offer->company_id)) om.company = company->name;
  om.postal_code = offer->draft.postal_code;
  om.commune = offer->draft.commune;
  om.contract = std::string(offers::to_string(offer->draft.contract));
  om.explanation = *index.engine->explain(person->second, offer_number->second);
  DescribeOptions options;
  if (auto p = index.engine->profile(person->second)) options.max_km = p->max_km;
  om.named = name_parts(om.explanation, index.rome->taxonomy);
  om.text = describe(om.explanation, index.rome->taxonomy, i18n_, lang, options);
  return om;
}

Result<std::vector<OfferMatch>> MatchService::offers_for_person(const security::Actor& actor,
                                                                const std::string& person_id,
                                                                std::size_t limit,
                                                                const std::string& lang) {
  const auto role = actor.role();
  if (role != security::Role::kCounsellor && role != security::Role::kCandidate) return not_found();
  // PeopleService decides who may read the file, and audits the read.
  auto view = people_.view(actor, person_id);
  if (!view) return view.error();
  if (view->reach == people::Reach::kShared && !(view->share && view->share->opens("project")))
    return not_found();
  limit = std::clamp<std::size_t>(limit, 1, kMaxLimit);
  refresh();

  std::vector<OfferMatch> out;
  auto lease = db_.acquire();
  db::Transaction tx(*lease, db_.backend(), db::Transaction::Mode::kRead);
  std::shared_lock lock(mutex_);
  if (!index_) return out;
  const Index& index = *index_;
  const auto person = index.person_number.find(person_id);
  if (person == index.person_number.end()) return out;  // closed, employed: nothing to suggest
  DescribeOptions options;
  if (auto p = index.engine->profile(person->second)) options.max_km = p->max_km;
  for (const auto& m : index.engine->offers_for(person->second, limit)) {
    const auto& id = index.offer_id.at(m.id);
    auto offer = offers::store::find(*lease, id);
    if (!offer) continue;
    OfferMatch om;
    om.offer_id = id;
    om.title = offer->draft.title;
    if (auto company = companies::store::find(*lease, offer->company_id))
      om.company = company->name;
    om.postal_code = offer->draft.postal_code;
    om.commune = offer->draft.commune;
    om.contract = std::string(offers::to_string(offer->draft.contract));
    om.explanation = *index.engine->explain(person->second, m.id);
    om.named = name_parts(om.explanation, index.rome->taxonomy);
    om.text = describe(om.explanation, index.rome->taxonomy, i18n_, lang, options);
    out.push_back(std::move(om));
  }
  return out;
}

}  // namespace primowork::matches
