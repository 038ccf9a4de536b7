// The request for support (a short form: topic, message, contact address, prefilled for a
// logged-in user) and the coordinator's queue of requests (open ones with a form to mark each
// handled with a note; the last ones handled, with their note).
#include "support/support_pages.h"

#include "platform/clock.h"
#include "platform/i18n_markers.h"
#include "security/pages.h"
#include "support/kit.h"

namespace primowork::support {
namespace {

using security::Actor;

constexpr const char* kFormPath = "/entreprises/demande-accompagnement";

http::Response page(const PagesDeps& deps, const http::Request& r, const Actor& a,
                    const std::string& title, const std::string& tpl,
                    ctemplate::TemplateDictionary& dict, int status = 200) {
  return security::render_page(deps.pages, r, a, title, tpl, dict, status);
}

std::string format_when(const std::tm& t) {
  return format_utc(from_utc_tm(t), "%Y-%m-%d %H:%M") + " UTC";
}

http::Response request_form(const PagesDeps& deps, const http::Request& r, const Actor& a,
                            const RequestInput& input, const std::vector<Error>& errors,
                            int status = 0) {
  ctemplate::TemplateDictionary dict("support_request");
  for (Topic topic : all_topics()) {
    auto* option = dict.AddSectionDictionary("TOPIC_OPTION");
    option->SetValue("VALUE", std::string(to_string(topic)));
    option->SetValue("LABEL", deps.i18n.tr(r.lang, label(topic)));
    if (input.topic == to_string(topic)) option->ShowSection("SELECTED");
  }
  dict.SetValue("MESSAGE", input.message);
  dict.SetValue("EMAIL", input.email);
  dict.SetValue("SOURCE", input.source);
  if (const KitPage* from = find_kit_page(input.source)) {
    auto* back = dict.AddSectionDictionary("FROM_KIT");
    back->SetValue("SLUG", from->slug);
    back->SetValue("TITLE", deps.i18n.tr(r.lang, from->title));
  }
  for (const auto& e : errors) security::add_error(dict, deps.i18n, r.lang, e);
  return page(deps, r, a, deps.i18n.tr(r.lang, "Demander un accompagnement"), "support/request.tpl",
              dict, status != 0 ? status : (errors.empty() ? 200 : 422));
}

http::Response queue_page(const PagesDeps& deps, const http::Request& r, const Actor& a,
                          const std::vector<Error>& errors = {}, const std::string& failed_id = "",
                          const std::string& note = "") {
  auto tr = [&](const char* msgid) { return deps.i18n.tr(r.lang, msgid); };
  ctemplate::TemplateDictionary dict("support_queue");
  if (r.query.get_or("fait", "") == "1") dict.ShowSection("DONE");
  for (const auto& e : errors)
    dict.SetValueAndShowSection("ERROR_TEXT", deps.i18n.tr(r.lang, e.message_id), "ACTION_ERROR");
  const Queue queue = deps.service.queue(a);
  auto fill = [&](ctemplate::TemplateDictionary* row, const store::SupportRequest& q) {
    row->SetValue("ID", q.id);
    row->SetValue("TOPIC", tr(label(q.topic)));
    row->SetValue("TOPIC_CODE", std::string(to_string(q.topic)));
    row->SetValue("EMAIL", q.email);
    row->SetValue("MESSAGE", q.message);
    row->SetValue("CREATED", format_when(q.created_at));
    if (!q.company_name.empty())
      row->SetValueAndShowSection("COMPANY", q.company_name, "HAS_COMPANY");
    if (const KitPage* from = find_kit_page(q.source))
      row->SetValueAndShowSection("SOURCE", tr(from->title), "HAS_SOURCE");
    if (q.requester_id.empty()) row->ShowSection("ANONYMOUS");
  };
  for (const auto& q : queue.open) {
    auto* row = dict.AddSectionDictionary("OPEN");
    fill(row, q);
    if (q.id == failed_id) {
      row->SetValue("NOTE", note);
      row->SetValueAndShowSection("NOTE_ERROR_TEXT",
                                  errors.empty() ? "" : deps.i18n.tr(r.lang, errors[0].message_id),
                                  "NOTE_ERROR");
    }
  }
  dict.ShowSection(queue.open.empty() ? "NO_OPEN" : "HAS_OPEN");
  for (const auto& q : queue.handled) {
    auto* row = dict.AddSectionDictionary("HANDLED");
    fill(row, q);
    row->SetValue("NOTE", q.handled_note);
    row->SetValue("HANDLED_AT", format_when(q.handled_at));
    row->SetValue("HANDLED_BY", q.handled_by_name);
  }
  if (!queue.handled.empty()) dict.ShowSection("HAS_HANDLED");
  return page(deps, r, a, tr("Demandes d'accompagnement"), "support/queue.tpl", dict,
              errors.empty() ? 200 : (errors[0].code == ErrorCode::kNotFound ? 404 : 422));
}

}  // namespace

void mount_support_pages(http::Router& router, const PagesDeps& deps) {
  security::Guard& g = deps.guard;

  g.get(router, kFormPath, "support.request", [deps](http::Request& r, Actor& a) {
    RequestInput input;
    input.topic = r.query.get_or("sujet", "");
    input.source = r.query.get_or("depuis", "");
    if (find_kit_page(input.source) == nullptr) input.source.clear();
    input.email = deps.service.contact_email(a);
    return request_form(deps, r, a, input, {});
  });

  g.post(router, kFormPath, "support.request", [deps](http::Request& r, Actor& a) {
    RequestInput input;
    input.topic = a.field("topic");
    input.message = a.field("message");
    input.email = a.field("email");
    input.source = a.field("source");
    if (const int wait = deps.service.retry_after(a); wait > 0) {
      http::Response busy = request_form(
          deps, r, a, input,
          {Error::invalid("", N_("Vous avez déjà envoyé plusieurs demandes cette dernière heure. "
                                 "Réessayez un peu plus tard."))},
          429);
      busy.headers.set("Retry-After", std::to_string(wait));
      return busy;
    }
    if (auto errors = deps.service.check(input); !errors.empty())
      return request_form(deps, r, a, input, errors);
    auto sent = deps.service.submit(a, input);
    if (!sent) return request_form(deps, r, a, input, {sent.error()});
    return http::Response::redirect(std::string(kFormPath) + "/envoyee");
  });

  g.get(router, std::string(kFormPath) + "/envoyee", "support.request",
        [deps](http::Request& r, Actor& a) {
          ctemplate::TemplateDictionary dict("support_sent");
          return page(deps, r, a, deps.i18n.tr(r.lang, "Demande envoyée"), "support/sent.tpl",
                      dict);
        });

  g.get(router, "/coordination/demandes", "support.handle",
        [deps](http::Request& r, Actor& a) { return queue_page(deps, r, a); });

  g.post(router, "/coordination/demandes/{id:id}/traitee", "support.handle",
         [deps](http::Request& r, Actor& a) {
           const std::string note = a.field("note");
           auto done = deps.service.mark_handled(a, r.param("id"), note);
           if (!done) return queue_page(deps, r, a, {done.error()}, r.param("id"), note);
           return http::Response::redirect("/coordination/demandes?fait=1");
         });
}

}  // namespace primowork::support
