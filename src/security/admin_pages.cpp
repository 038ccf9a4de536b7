// Inviting people (coordinators, counsellors, admins) and reading the audit log.
#include <charconv>

#include "platform/clock.h"
#include "platform/qr.h"
#include "security/pages.h"
#include "security/policy.h"

namespace primowork::security {
namespace {

std::string format_time(std::time_t t) {
  return format_utc(t, "%Y-%m-%d %H:%M:%S");
}

// "2026-11-22" -> start of that day (UTC); 0 when empty or malformed.
std::time_t parse_day(const std::string& text, bool end_of_day) {
  std::tm tm{};
  if (text.size() != 10 || strptime(text.c_str(), "%Y-%m-%d", &tm) == nullptr) return 0;
  return from_utc_tm(tm) + (end_of_day ? 86399 : 0);
}

http::Response invitation_form(const PagesDeps& deps, http::Request& r, Actor& a,
                               const Error* error, int status) {
  ctemplate::TemplateDictionary dict("invite");
  const std::string chosen_role = a.field("role");
  const std::string chosen_org = a.field("organisation");
  for (Role role : all_roles()) {
    if (!may_invite(a.user->role, role)) continue;
    auto* item = dict.AddSectionDictionary("ROLE");
    item->SetValue("VALUE", std::string(to_string(role)));
    item->SetValue("LABEL", deps.i18n.tr(r.lang, label(role)));
    if (chosen_role == to_string(role)) item->ShowSection("IS_SELECTED");
  }
  for (const auto& org : deps.auth.invitable_organisations(a)) {
    auto* item = dict.AddSectionDictionary("ORGANISATION");
    item->SetValue("VALUE", org.id);
    item->SetValue("LABEL", org.name + " (" + deps.i18n.tr(r.lang, label(org.kind)) + ")");
    if (chosen_org == org.id) item->ShowSection("IS_SELECTED");
  }
  dict.SetValue("DISPLAY_NAME", a.field("display_name"));
  dict.SetValue("EMAIL", a.field("email"));
  if (error != nullptr) add_error(dict, deps.i18n, r.lang, *error);
  return render(deps, r, a, "Inviter une personne", "security/invitation_new.tpl", dict, status);
}

}  // namespace

void mount_admin_pages(http::Router& router, const PagesDeps& deps) {
  Guard& g = deps.guard;

  g.get(router, "/invitations/nouvelle", "invitation.create",
        [deps](http::Request& r, Actor& a) { return invitation_form(deps, r, a, nullptr, 200); });

  g.post(router, "/invitations/nouvelle", "invitation.create", [deps](http::Request& r, Actor& a) {
    auto created = deps.auth.invite(a, a.field("role"), a.field("organisation"),
                                    a.field("display_name"), a.field("email"), r.lang);
    if (!created) return invitation_form(deps, r, a, &created.error(), 422);
    ctemplate::TemplateDictionary dict("invitation");
    dict.SetValue("DISPLAY_NAME", created->invitation.display_name);
    dict.SetValue("ROLE", deps.i18n.tr(r.lang, label(created->invitation.role)));
    dict.SetValue("LINK", created->link);
    dict.SetValue("CODE", created->code);
    dict.SetValue("QR", qr::qr_svg_data_uri(created->link));
    dict.SetValue("EXPIRES", format_time(created->invitation.expires_at) + " UTC");
    if (!created->invitation.email.empty()) {
      dict.SetValueAndShowSection("EMAIL", created->invitation.email, "MAILED");
    }
    return render(deps, r, a, "Invitation créée", "security/invitation_show.tpl", dict);
  });

  g.get(router, "/audit", "audit.read", [deps](http::Request& r, Actor& a) {
    AuditFilter filter;
    filter.actor = r.query.get_or("acteur", "").substr(0, 100);
    filter.action = r.query.get_or("action", "").substr(0, 64);
    filter.outcome = r.query.get_or("resultat", "");
    if (filter.outcome != "success" && filter.outcome != "failure" && filter.outcome != "denied") {
      filter.outcome.clear();
    }
    filter.from = parse_day(r.query.get_or("du", ""), false);
    filter.to = parse_day(r.query.get_or("au", ""), true);
    int page = 1;
    const std::string page_text = r.query.get_or("page", "1");
    std::from_chars(page_text.data(), page_text.data() + page_text.size(), page);
    page = std::clamp(page, 1, 10000);
    filter.limit = 51;  // one more than shown, to know whether a next page exists
    filter.offset = (page - 1) * 50;
    std::vector<AuditEntry> entries;
    {
      auto lease = deps.db.acquire();
      entries = audit::query(*lease, filter);
    }
    ctemplate::TemplateDictionary dict("audit");
    dict.SetValue("ACTOR", filter.actor);
    dict.SetValue("ACTION", filter.action);
    dict.SetValue("FROM", r.query.get_or("du", ""));
    dict.SetValue("TO", r.query.get_or("au", ""));
    for (const char* o : {"success", "failure", "denied"}) {
      if (filter.outcome == o) dict.ShowSection(std::string("SEL_") + o);
    }
    const bool more = entries.size() > 50;
    if (more) entries.pop_back();
    for (const auto& e : entries) {
      auto* row = dict.AddSectionDictionary("ENTRY");
      row->SetValue("AT", format_time(e.at));
      row->SetValue("WHO", e.actor_label);
      row->SetValue("ADDRESS", e.address);
      row->SetValue("WHAT", e.action);
      row->SetValue("RESOURCE", e.resource);
      row->SetValue("OUTCOME", e.outcome);
      row->SetValue("DETAIL", e.detail);
    }
    if (entries.empty()) dict.ShowSection("EMPTY");
    const std::string base = "/audit?acteur=" + http::percent_encode(filter.actor) +
                             "&action=" + http::percent_encode(filter.action) +
                             "&resultat=" + filter.outcome +
                             "&du=" + http::percent_encode(r.query.get_or("du", "")) +
                             "&au=" + http::percent_encode(r.query.get_or("au", ""));
    if (page > 1)
      dict.SetValueAndShowSection("PREV_URL", base + "&page=" + std::to_string(page - 1), "PREV");
    if (more)
      dict.SetValueAndShowSection("NEXT_URL", base + "&page=" + std::to_string(page + 1), "NEXT");
    deps.guard.audit(a, "audit.read", "audit_log", "success");
    return render(deps, r, a, "Journal d'audit", "security/audit.tpl", dict);
  });
}

}  // namespace primowork::security
