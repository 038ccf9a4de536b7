#include "offers/offer_service.h"

#include <algorithm>

#include "matching/engine.h"
#include "platform/log.h"
#include "platform/mail_outbox.h"
#include "platform/utf8.h"
#include "security/accounts.h"
#include "security/audit.h"
#include "taxonomy/text.h"

namespace primowork::offers {
namespace {

using companies::CompanyStatus;
using Caller = security::Actor;

Error not_found() {
  return Error{ErrorCode::kNotFound, "",
               N_("Cette offre n'existe pas ou ne vous est pas accessible."), ""};
}

Error no_company() {
  return Error{ErrorCode::kForbidden, "",
               N_("Votre compte n'est rattaché à aucune entreprise : contactez la coordination."),
               ""};
}

std::vector<std::string> organisations_of(soci::session& s, const Caller& actor) {
  return security::organisation_ids(s, actor);
}

std::string actor_id(const Caller& actor) {
  return actor.user ? actor.user->id : "";
}

std::optional<companies::store::Company> company_of(soci::session& s, const Caller& actor) {
  for (const auto& org : organisations_of(s, actor)) {
    if (auto c = companies::store::find_by_organisation(s, org)) return c;
  }
  return std::nullopt;
}

std::string flag_summary(const std::vector<ScreeningFlag>& flags) {
  std::string out;
  for (const auto& f : flags) out += (out.empty() ? "" : ", ") + f.rule_id;
  return out;
}

}  // namespace

OfferService::OfferService(db::Database& db, const occupations::Catalogue& catalogue,
                           const geography::Communes& communes, const ScreeningRules& rules,
                           const I18n& i18n, std::string public_url, Clock clock)
    : db_(db),
      catalogue_(catalogue),
      communes_(communes),
      rules_(rules),
      i18n_(i18n),
      public_url_(std::move(public_url)),
      clock_(std::move(clock)) {}

OfferReferences OfferService::references() const {
  auto rome = catalogue_.rome();
  return {[rome](std::string_view code) { return rome->taxonomy.occupation_id(code).has_value(); },
          [rome](std::string_view code) { return rome->taxonomy.skill_id(code).has_value(); },
          [this](std::string_view postcode, std::string_view commune) {
            const auto* c = communes_.find(postcode);
            return c != nullptr && taxonomy::fold(c->name) == taxonomy::fold(commune);
          }};
}

std::string OfferService::resolve_occupation(const std::string& raw) const {
  const std::string text(trim(raw));
  auto rome = catalogue_.rome();
  if (text.empty() || rome->taxonomy.occupation_id(text)) return text;
  if (text.size() > 8 && text.back() == ')') {  // "Label (CODE)"
    const auto open = text.rfind('(');
    if (open != std::string::npos) {
      const std::string code = text.substr(open + 1, text.size() - open - 2);
      if (rome->taxonomy.occupation_id(code)) return code;
    }
  }
  const std::string folded = taxonomy::fold(text);
  for (const auto& hit : rome->search->occupations(text, 5)) {
    const auto& o = rome->taxonomy.occupations()[hit.id];
    if (taxonomy::fold(hit.label) == folded || taxonomy::fold(o.label) == folded) return o.code;
  }
  return text;
}

std::vector<std::pair<std::string, std::string>> OfferService::search_occupations(
    const std::string& query, std::size_t limit) const {
  std::vector<std::pair<std::string, std::string>> out;
  auto rome = catalogue_.rome();
  for (const auto& hit : rome->search->occupations(query, limit)) {
    const auto& o = rome->taxonomy.occupations()[hit.id];
    out.emplace_back(o.code, o.label);
  }
  return out;
}

std::string OfferService::occupation_label(const std::string& code) const {
  auto rome = catalogue_.rome();
  const auto id = rome->taxonomy.occupation_id(code);
  return id ? rome->taxonomy.occupations()[*id].label : "";
}

std::vector<std::string> OfferService::core_skills(const std::string& code) const {
  std::vector<std::string> out;
  auto rome = catalogue_.rome();
  const auto id = rome->taxonomy.occupation_id(code);
  if (!id) return out;
  for (const auto& link : rome->taxonomy.skills_of(*id)) {
    if (link.core && out.size() < kMaxSkills)
      out.push_back(rome->taxonomy.skills()[link.skill].code);
  }
  return out;
}

std::string OfferService::skill_label(const std::string& code) const {
  auto rome = catalogue_.rome();
  const auto id = rome->taxonomy.skill_id(code);
  return id ? rome->taxonomy.skills()[*id].label : code;
}

OfferService::Extracted OfferService::extract(const std::string& text) const {
  Extracted out;
  auto rome = catalogue_.rome();
  for (const auto& m : rome->extractor->extract(text)) {
    if (!m.skill && out.occupation.empty())
      out.occupation = rome->taxonomy.occupations()[m.id].code;
    if (m.skill && out.skills.size() < kMaxSkills)
      out.skills.push_back(rome->taxonomy.skills()[m.id].code);
  }
  return out;
}

void OfferService::complete(OfferDraft& d) const {
  if (const auto* c = communes_.find(trim(d.postal_code))) d.commune = c->name;
  if (trim(d.title).empty()) d.title = occupation_label(std::string(trim(d.occupation_code)));
}

std::vector<Error> OfferService::check(const OfferDraft& draft) const {
  return check_offer(normalise(draft), today(), references());
}

std::vector<Error> OfferService::check(const Posting& p) {
  std::vector<Error> errors;
  if (auto ok = security::check_email(std::string(trim(p.email))); !ok) {
    Error e = ok.error();
    e.field = "email";
    errors.push_back(std::move(e));
  }
  auto number = companies::parse_enterprise_number(p.enterprise_number);
  if (!number) {
    errors.push_back(number.error());
  } else {
    bool known = false;
    {
      auto lease = db_.acquire();
      known = companies::store::find_by_number(*lease, number->digits).has_value();
    }
    const std::size_t n = utf8_length(trim(p.company_name));
    if (!known && (n < 2 || n > 200)) {
      errors.push_back(Error::invalid(
          "company_name",
          N_("Cette entreprise est nouvelle ici : indiquez son nom (de 2 à 200 caractères).")));
    }
  }
  for (auto& e : check(p.offer)) errors.push_back(std::move(e));
  return errors;
}

Date OfferService::today() const {
  return brussels_date(clock_());
}

Result<Posted> OfferService::post(const Caller& actor, Posting p, const std::string& lang) {
  p.offer = normalise(std::move(p.offer));
  complete(p.offer);
  const auto errors = check(p);
  if (!errors.empty()) return errors.front();
  const std::string email(trim(p.email));
  const std::string digits = companies::parse_enterprise_number(p.enterprise_number)->digits;
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Posted> {
    Posted posted;
    auto company = companies::store::find_by_number(s, digits);
    if (company && company->status == CompanyStatus::kSuspended) {
      return Error{ErrorCode::kForbidden, "enterprise_number",
                   N_("Cette entreprise ne peut pas publier d'offre pour l'instant : contactez la "
                      "coordination."),
                   ""};
    }
    if (!company) {
      companies::store::Company fresh;
      fresh.name = std::string(trim(p.company_name));
      fresh.enterprise_number = digits;
      fresh.postal_code = p.offer.postal_code;
      fresh.commune = p.offer.commune;
      fresh.contact_email = email;
      company = companies::store::create(s, fresh, actor_id(actor), clock_());
      posted.new_company = true;
      security::audit::record(s, security::audit_entry(actor, clock_(), "company.create",
                                                       "company:" + company->id, "success"));
    }
    store::Offer offer;
    offer.company_id = company->id;
    offer.draft = p.offer;
    offer.contact_email = email;
    offer.created_by = actor_id(actor);
    offer = store::create(s, offer, actor_id(actor), today(), clock_());
    posted.offer_id = offer.id;
    const std::string token =
        store::create_confirmation(s, offer.id, email, clock_(), kConfirmationLifetimeS);
    const std::string body =
        i18n_.tr(lang, "Bonjour,") + "\n\n" +
        i18n_.tr(lang, "Vous venez de proposer une offre d'emploi sur PrimoWork Liège :") + " " +
        offer.draft.title + ".\n" +
        i18n_.tr(lang, "Pour la confirmer, ouvrez ce lien dans les sept jours :") + "\n" +
        public_url_ + "/offres/confirmer/" + token + "\n\n" +
        i18n_.tr(lang, "Si vous n'avez rien demandé, ignorez ce message : rien ne sera publié.") +
        "\n";
    auto queued = mail::enqueue(s, email, i18n_.tr(lang, "Confirmez votre offre d'emploi"), body,
                                to_utc_tm(clock_()));
    if (!queued) return Error::invalid("email", queued.error().message_id);
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "offer.post", "offer:" + offer.id, "success"));
    return posted;
  });
}

store::LinkState OfferService::link_state(const std::string& token) {
  auto lease = db_.acquire();
  return store::find_confirmation(*lease, token, clock_()).state;
}

Result<Confirmed> OfferService::send_on(soci::session& s, const Caller& actor,
                                        const store::Offer& offer,
                                        const companies::store::Company& company,
                                        const std::string& address) {
  Confirmed out;
  out.offer_id = offer.id;
  out.flags = rules_.screen(screening_input(offer.draft));
  store::replace_flags(s, offer.id, out.flags);
  const bool vetted = company.status == CompanyStatus::kApproved &&
                      companies::store::known_address(s, company.id, address);
  const bool publish = vetted && out.flags.empty();
  const OfferAction action = publish ? OfferAction::kPublishVetted : OfferAction::kSubmit;
  auto to =
      check_offer_transition(offer.status, action, publish ? Actor::kSystem : Actor::kEmployer, "");
  if (!to) return to.error();
  store::move(s, offer.id, offer.status, *to, action, flag_summary(out.flags), actor_id(actor),
              today(), clock_());
  out.status = *to;
  security::audit::record(
      s, security::audit_entry(actor, clock_(), "offer." + std::string(to_string(action)),
                               "offer:" + offer.id, "success", flag_summary(out.flags)));
  return out;
}

Result<Confirmed> OfferService::confirm(const Caller& actor, const std::string& token) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Confirmed> {
    const auto link = store::find_confirmation(s, token, clock_());
    if (link.state == store::LinkState::kUnknown) return not_found();
    if (link.state != store::LinkState::kLive || !store::use_confirmation(s, token, clock_())) {
      security::audit::record(
          s, security::audit_entry(
                 actor, clock_(), "offer.confirm", "offer:" + link.offer_id, "failure",
                 link.state == store::LinkState::kExpired ? "expired link" : "used link"));
      return Error{ErrorCode::kConflict, "token",
                   link.state == store::LinkState::kExpired
                       ? N_("Ce lien a expiré.")
                       : N_("Ce lien a déjà servi : l'offre est déjà confirmée."),
                   ""};
    }
    auto offer = store::find(s, link.offer_id);
    if (!offer) return not_found();
    auto company = companies::store::find(s, offer->company_id);
    if (!company) return not_found();
    return send_on(s, actor, *offer, *company, link.email);
  });
}

bool OfferService::may_see(soci::session& s, const Caller& actor, const store::Offer& offer) {
  if (!actor.logged_in()) return false;
  if (actor.user->role == security::Role::kCoordinator) return true;
  if (actor.user->role != security::Role::kEmployer) return false;
  auto company = company_of(s, actor);
  return company && company->id == offer.company_id;
}

std::vector<OfferView> OfferService::review_queue(const Caller& actor) {
  std::vector<OfferView> out;
  db::with_transaction(db_, [&](soci::session& s) {
    for (auto& o : store::with_status(s, OfferStatus::kPendingReview)) {
      OfferView v;
      v.company = companies::store::find(s, o.company_id).value_or(companies::store::Company{});
      v.flags = store::flags(s, o.id);
      v.offer = std::move(o);
      out.push_back(std::move(v));
    }
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "offer.review_queue", "offers", "success"));
  });
  return out;
}

Result<OfferView> OfferService::view(const Caller& actor, const std::string& id) {
  return db::with_transaction(db_, [&](soci::session& s) -> Result<OfferView> {
    auto offer = store::find(s, id);
    if (!offer) return not_found();
    if (!may_see(s, actor, *offer)) {
      security::audit::record(
          s, security::audit_entry(actor, clock_(), "offer.read", "offer:" + id, "denied"));
      return not_found();
    }
    OfferView v;
    v.company = companies::store::find(s, offer->company_id).value_or(companies::store::Company{});
    v.flags = store::flags(s, id);
    v.log = store::status_log(s, id);
    v.offer = std::move(*offer);
    return v;
  });
}

Status OfferService::act(const Caller& actor, const std::string& id, OfferAction action,
                         const std::string& reason) {
  const auto who = actor.logged_in() ? actor_for(actor.user->role) : std::nullopt;
  return db::with_transaction(db_, [&](soci::session& s) -> Status {
    auto offer = store::find(s, id);
    if (!offer || !who) return not_found();
    if (!may_see(s, actor, *offer)) {
      security::audit::record(
          s, security::audit_entry(actor, clock_(), "offer.action", "offer:" + id, "denied"));
      return not_found();
    }
    auto to = check_offer_transition(offer->status, action, *who, reason);
    if (!to) return to.error();
    const std::string clean(trim(reason));
    store::move(s, id, offer->status, *to, action, clean, actor_id(actor), today(), clock_());
    const bool decision = action == OfferAction::kApprove || action == OfferAction::kSendBack ||
                          action == OfferAction::kTakeDown;
    if (decision && !offer->contact_email.empty()) {  // tell who posted it, in French
      const std::string lang = "fr";
      std::string body = i18n_.tr(lang, "Bonjour,") + "\n\n" +
                         i18n_.tr(lang, "L'IBEFE Liège a examiné votre offre :") + " " +
                         offer->draft.title + ".\n" + i18n_.tr(lang, "Décision :") + " " +
                         i18n_.tr(lang, label(action)) + ".\n";
      if (!clean.empty()) body += i18n_.tr(lang, "Raison :") + " " + clean + "\n";
      if (*to == OfferStatus::kPublished) body += public_url_ + "/offres/" + id + "\n";
      auto queued = mail::enqueue(s, offer->contact_email,
                                  i18n_.tr(lang, "Décision sur votre offre d'emploi"), body,
                                  to_utc_tm(clock_()));
      if (!queued) log::warn("decision mail not queued", {{"offer", id}});
    }
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "offer." + std::string(to_string(action)),
                                 "offer:" + id, "success"));
    return Ok{};
  });
}

Result<companies::store::Company> OfferService::own_company(const Caller& actor) {
  auto lease = db_.acquire();
  auto company = company_of(*lease, actor);
  if (!company) return no_company();
  return *company;
}

std::vector<store::Offer> OfferService::my_offers(const Caller& actor) {
  std::vector<store::Offer> out;
  db::with_transaction(db_, [&](soci::session& s) {
    if (auto company = company_of(s, actor)) out = store::of_company(s, company->id);
  });
  return out;
}

Result<Confirmed> OfferService::create(const Caller& actor, OfferDraft draft) {
  draft = normalise(std::move(draft));
  complete(draft);
  if (auto errors = check(draft); !errors.empty()) return errors.front();
  return db::with_transaction(db_, [&](soci::session& s) -> Result<Confirmed> {
    auto company = company_of(s, actor);
    if (!company) return no_company();
    if (company->status == CompanyStatus::kSuspended) {
      return Error{ErrorCode::kForbidden, "",
                   N_("Cette entreprise ne peut pas publier d'offre pour l'instant : contactez la "
                      "coordination."),
                   ""};
    }
    store::Offer offer;
    offer.company_id = company->id;
    offer.draft = draft;
    offer.created_by = actor_id(actor);
    offer = store::create(s, offer, actor_id(actor), today(), clock_());
    security::audit::record(
        s, security::audit_entry(actor, clock_(), "offer.create", "offer:" + offer.id, "success"));
    return send_on(s, actor, offer, *company, actor.user->email);
  });
}

Result<store::Offer> OfferService::update(const Caller& actor, const std::string& id,
                                          OfferDraft draft) {
  draft = normalise(std::move(draft));
  complete(draft);
  if (auto errors = check(draft); !errors.empty()) return errors.front();
  return db::with_transaction(db_, [&](soci::session& s) -> Result<store::Offer> {
    auto offer = store::find(s, id);
    if (!offer) return not_found();
    if (!may_see(s, actor, *offer) || actor.user->role != security::Role::kEmployer) {
      security::audit::record(
          s, security::audit_entry(actor, clock_(), "offer.update", "offer:" + id, "denied"));
      return not_found();
    }
    if (offer->status != OfferStatus::kDraft && offer->status != OfferStatus::kPendingReview &&
        offer->status != OfferStatus::kPublished) {
      return Error{ErrorCode::kConflict, "status",
                   N_("Cette offre ne peut plus être modifiée dans son état actuel."), ""};
    }
    offer->draft = draft;
    store::update(s, *offer, today(), clock_());
    const auto flags = rules_.screen(screening_input(offer->draft));
    store::replace_flags(s, id, flags);
    if (offer->status == OfferStatus::kPublished && !flags.empty()) {
      auto to = check_offer_transition(offer->status, OfferAction::kHold, Actor::kSystem,
                                       flag_summary(flags));
      if (!to) return to.error();
      store::move(s, id, offer->status, *to, OfferAction::kHold, flag_summary(flags),
                  actor_id(actor), today(), clock_());
      offer->status = *to;
    }
    security::audit::record(s, security::audit_entry(actor, clock_(), "offer.update", "offer:" + id,
                                                     "success", flag_summary(flags)));
    return *offer;
  });
}

namespace {

// Where the expiry reminder of `offer` goes ("" when nowhere).
std::string reminder_recipient(soci::session& s, const store::Offer& offer,
                               const companies::store::Company& company) {
  if (!offer.contact_email.empty()) return offer.contact_email;
  if (!offer.created_by.empty()) {
    if (auto author = security::accounts::find_user(s, offer.created_by);
        author && author->active && !author->email.empty())
      return author->email;
  }
  return company.contact_email;
}

}  // namespace

ExpiryRun OfferService::apply_expiry(Date day) {
  ExpiryRun run;
  std::vector<std::string> due;
  {
    auto lease = db_.acquire();
    for (const auto& o : store::with_status(*lease, OfferStatus::kPublished)) {
      if (expired(o.status, o.last_update, day) ||
          (reminder_due(o.status, o.last_update, day) && !o.reminder_sent))
        due.push_back(o.id);
    }
  }
  security::Actor platform;  // no user: the audit names the job
  platform.address = "offer-expiry";
  const std::string lang = "fr";
  for (const auto& id : due) {
    try {
      db::with_transaction(db_, [&](soci::session& s) {
        auto offer = store::find(s, id);  // read again: an employer may have acted meanwhile
        if (!offer) return;
        if (expired(offer->status, offer->last_update, day)) {
          auto to = check_offer_transition(offer->status, OfferAction::kExpire, Actor::kSystem, "");
          if (!to) return;
          store::move(s, id, offer->status, *to, OfferAction::kExpire, "", "", day, clock_());
          security::audit::record(
              s, security::audit_entry(platform, clock_(), "offer.expire", "offer:" + id, "success",
                                       "last update " + to_iso(offer->last_update)));
          ++run.expired;
          return;
        }
        if (!reminder_due(offer->status, offer->last_update, day) || offer->reminder_sent) return;
        if (!store::mark_reminded(s, id, offer->last_update, clock_())) return;
        const auto company = companies::store::find(s, offer->company_id);
        const std::string to =
            company ? reminder_recipient(s, *offer, *company) : offer->contact_email;
        if (to.empty()) {
          log::warn("expiry reminder: no address", {{"offer", id}});
          return;
        }
        const std::string body =
            i18n_.tr(lang, "Bonjour,") + "\n\n" +
            i18n_.tr(lang, "Votre offre d'emploi publiée sur PrimoWork Liège :") + " " +
            offer->draft.title + ".\n" +
            i18n_.tr(lang, "Sans mise à jour, elle expirera après le") + " " +
            to_iso(valid_through(offer->last_update)) + ".\n\n" +
            i18n_.tr(lang,
                     "Si le poste est toujours à pourvoir, confirmez-la ou modifiez-la dans votre "
                     "espace employeur ; si elle a expiré, vous pourrez la renouveler :") +
            "\n" + public_url_ + "/entreprises/offres\n\n" +
            i18n_.tr(lang, "Si le poste est pourvu, indiquez-le dans le même espace.") + "\n";
        auto queued = mail::enqueue(s, to, i18n_.tr(lang, "Votre offre d'emploi expire bientôt"),
                                    body, to_utc_tm(clock_()));
        if (!queued) {
          log::warn("expiry reminder not queued", {{"offer", id}});
          return;
        }
        security::audit::record(
            s, security::audit_entry(platform, clock_(), "offer.remind", "offer:" + id, "success",
                                     "valid through " + to_iso(valid_through(offer->last_update))));
        ++run.reminded;
      });
    } catch (const std::exception& e) {
      log::warn("offer expiry failed", {{"offer", id}, {"error", e.what()}});
    }
  }
  return run;
}

std::optional<store::Published> OfferService::published(const std::string& id) {
  auto lease = db_.acquire();
  auto offer = store::find(*lease, id);
  if (!offer || offer->status != OfferStatus::kPublished) return std::nullopt;
  if (expired(offer->status, offer->last_update, today())) return std::nullopt;
  auto company = companies::store::find(*lease, offer->company_id);
  if (!company || company->status == CompanyStatus::kSuspended) return std::nullopt;
  return store::Published{std::move(*offer), company->name};
}

SearchResult OfferService::search(const SearchFilter& f) {
  std::vector<store::Published> all;
  {
    auto lease = db_.acquire();
    all = store::published(*lease);
  }
  const Date day = today();
  const geography::Commune* centre = communes_.find(f.postcode);
  SearchResult out;
  std::vector<store::Published> kept;
  for (auto& p : all) {
    const OfferDraft& d = p.offer.draft;
    if (expired(p.offer.status, p.offer.last_update, day)) continue;
    if (!f.occupation.empty() && d.occupation_code != f.occupation) continue;
    if (!f.contract.empty() && to_string(d.contract) != f.contract) continue;
    if (f.no_nights && (d.schedule & kNights) != 0) continue;
    if (f.no_weekends && (d.schedule & kWeekends) != 0) continue;
    if (f.part_time && !d.part_time) continue;
    if (centre != nullptr) {
      if (f.radius_km <= 0) {
        if (d.postal_code != centre->postcode) continue;
      } else {
        const auto* where = communes_.find(d.postal_code);
        if (where == nullptr || matching::distance_km(centre->lat, centre->lon, where->lat,
                                                      where->lon) > static_cast<float>(f.radius_km))
          continue;
      }
    }
    kept.push_back(std::move(p));
  }
  out.total = static_cast<int>(kept.size());
  out.pages = std::max(1, (out.total + kSearchPageSize - 1) / kSearchPageSize);
  out.page = std::clamp(f.page, 1, out.pages);
  const auto begin = static_cast<std::size_t>((out.page - 1) * kSearchPageSize);
  for (std::size_t i = begin; i < kept.size() && i < begin + kSearchPageSize; ++i)
    out.offers.push_back(std::move(kept[i]));
  return out;
}

}  // namespace primowork::offers
