#include "companies/company_store.h"

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"

namespace primowork::companies::store {
namespace {

using db::Nullable;
using db::row_text;

Company read(const soci::row& r) {
  Company c;
  c.id = row_text(r, "id");
  c.organisation_id = row_text(r, "organisation_id");
  c.name = row_text(r, "name");
  c.enterprise_number = row_text(r, "enterprise_number");
  c.street = row_text(r, "street");
  c.postal_code = row_text(r, "postal_code");
  c.commune = row_text(r, "commune");
  c.sector = row_text(r, "sector");
  c.contact_email = row_text(r, "contact_email");
  c.contact_name = row_text(r, "contact_name");
  c.contact_phone = row_text(r, "contact_phone");
  c.status = parse_company_status(row_text(r, "status")).value_or(CompanyStatus::kPending);
  c.status_reason = row_text(r, "status_reason");
  c.created_at = db::row_timestamp(r, "created_at");
  return c;
}

std::optional<Company> find_where(soci::session& s, const std::string& condition,
                                  const std::string& value) {
  soci::row row;
  s << "SELECT * FROM companies WHERE " + condition + " = :v", soci::into(row), soci::use(value);
  if (!s.got_data()) return std::nullopt;
  return read(row);
}

void log_change(soci::session& s, const std::string& id, const std::string& from,
                const std::string& to, const std::string& reason, const std::string& actor_id,
                std::time_t now) {
  const std::string log_id = ids::make("cst");
  std::tm at = to_utc_tm(now);
  Nullable f(from), why(reason), actor(actor_id);
  s << "INSERT INTO company_status_log (id, company_id, from_status, to_status, reason, "
       "actor_id, at) VALUES (:id, :c, :f, :t, :r, :a, :at)",
      soci::use(log_id), soci::use(id), soci::use(f.value, f.ind), soci::use(to),
      soci::use(why.value, why.ind), soci::use(actor.value, actor.ind), soci::use(at);
}

}  // namespace

Company create(soci::session& s, Company c, const std::string& actor_id, std::time_t now) {
  c.id = ids::make("cmp");
  c.status = CompanyStatus::kPending;
  std::tm at = to_utc_tm(now);
  c.created_at = at;
  Nullable org(c.organisation_id), street(c.street), pc(c.postal_code), commune(c.commune),
      sector(c.sector), email(c.contact_email);
  const std::string status(to_string(c.status));
  s << "INSERT INTO companies (id, organisation_id, name, enterprise_number, street, postal_code, "
       "commune, sector, contact_email, status, created_at, updated_at) VALUES (:id, :o, :n, "
       ":en, :st, :pc, :cm, :se, :em, :s, :ca, :ua)",
      soci::use(c.id), soci::use(org.value, org.ind), soci::use(c.name),
      soci::use(c.enterprise_number), soci::use(street.value, street.ind),
      soci::use(pc.value, pc.ind), soci::use(commune.value, commune.ind),
      soci::use(sector.value, sector.ind), soci::use(email.value, email.ind), soci::use(status),
      soci::use(at), soci::use(at);
  log_change(s, c.id, "", status, "", actor_id, now);
  return c;
}

std::optional<Company> find(soci::session& s, const std::string& id) {
  return find_where(s, "id", id);
}

std::optional<Company> find_by_number(soci::session& s, const std::string& digits) {
  return find_where(s, "enterprise_number", digits);
}

std::optional<Company> find_by_organisation(soci::session& s, const std::string& org) {
  return find_where(s, "organisation_id", org);
}

void set_organisation(soci::session& s, const std::string& id, const std::string& org) {
  s << "UPDATE companies SET organisation_id = :o WHERE id = :id", soci::use(org), soci::use(id);
}

void set_status(soci::session& s, const std::string& id, CompanyStatus from, CompanyStatus to,
                const std::string& reason, const std::string& actor_id, std::time_t now) {
  std::tm at = to_utc_tm(now);
  const std::string status(to_string(to));
  Nullable why(reason);
  s << "UPDATE companies SET status = :s, status_reason = :r, updated_at = :t WHERE id = :id",
      soci::use(status), soci::use(why.value, why.ind), soci::use(at), soci::use(id);
  log_change(s, id, std::string(to_string(from)), status, reason, actor_id, now);
}

std::vector<Company> with_status(soci::session& s, CompanyStatus status) {
  std::vector<Company> out;
  const std::string code(to_string(status));
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM companies WHERE status = :s ORDER BY created_at, id",
       soci::use(code));
  for (const auto& r : rows) out.push_back(read(r));
  return out;
}

std::vector<StatusChange> status_log(soci::session& s, const std::string& id) {
  std::vector<StatusChange> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT from_status, to_status, reason, actor_id, at FROM company_status_log "
                    "WHERE company_id = :id ORDER BY at, id",
       soci::use(id));
  for (const auto& r : rows) {
    out.push_back({row_text(r, "from_status"), row_text(r, "to_status"), row_text(r, "reason"),
                   row_text(r, "actor_id"), db::row_timestamp(r, "at")});
  }
  return out;
}

std::vector<std::string> update_file(soci::session& s, const Company& before, const Company& after,
                                     const std::string& actor_id, std::time_t now) {
  const std::pair<const char*, std::pair<const std::string*, const std::string*>> fields[] = {
      {"street", {&before.street, &after.street}},
      {"postcode", {&before.postal_code, &after.postal_code}},
      {"commune", {&before.commune, &after.commune}},
      {"sector", {&before.sector, &after.sector}},
      {"contact_name", {&before.contact_name, &after.contact_name}},
      {"contact_email", {&before.contact_email, &after.contact_email}},
      {"contact_phone", {&before.contact_phone, &after.contact_phone}},
  };
  std::vector<std::string> changed;
  std::tm at = to_utc_tm(now);
  for (const auto& [field, values] : fields) {
    if (*values.first == *values.second) continue;
    changed.emplace_back(field);
    const std::string log_id = ids::make("cfl");
    const std::string code(field);
    Nullable old_value(*values.first), new_value(*values.second), actor(actor_id);
    s << "INSERT INTO company_file_log (id, company_id, field, old_value, new_value, actor_id, "
         "at) VALUES (:id, :c, :f, :o, :n, :a, :at)",
        soci::use(log_id), soci::use(before.id), soci::use(code),
        soci::use(old_value.value, old_value.ind), soci::use(new_value.value, new_value.ind),
        soci::use(actor.value, actor.ind), soci::use(at);
  }
  if (changed.empty()) return changed;
  Nullable street(after.street), pc(after.postal_code), commune(after.commune),
      sector(after.sector), name(after.contact_name), email(after.contact_email),
      phone(after.contact_phone);
  s << "UPDATE companies SET street = :st, postal_code = :pc, commune = :cm, sector = :se, "
       "contact_name = :cn, contact_email = :ce, contact_phone = :cp, updated_at = :t WHERE id = "
       ":id",
      soci::use(street.value, street.ind), soci::use(pc.value, pc.ind),
      soci::use(commune.value, commune.ind), soci::use(sector.value, sector.ind),
      soci::use(name.value, name.ind), soci::use(email.value, email.ind),
      soci::use(phone.value, phone.ind), soci::use(at), soci::use(before.id);
  return changed;
}

std::vector<FileChange> file_log(soci::session& s, const std::string& id) {
  std::vector<FileChange> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT field, old_value, new_value, actor_id, at FROM company_file_log "
                    "WHERE company_id = :id ORDER BY at, id",
       soci::use(id));
  for (const auto& r : rows) {
    out.push_back({row_text(r, "field"), row_text(r, "old_value"), row_text(r, "new_value"),
                   row_text(r, "actor_id"), db::row_timestamp(r, "at")});
  }
  return out;
}

std::vector<Colleague> colleagues(soci::session& s, const Company& company, std::time_t now) {
  std::vector<Colleague> out;
  if (company.organisation_id.empty()) return out;
  {
    soci::rowset<soci::row> rows =
        (s.prepare << "SELECT u.display_name, u.email FROM users u JOIN memberships m ON m.user_id "
                      "= u.id WHERE m.organisation_id = :o AND u.role = 'employer' AND u.active = "
                      "1 ORDER BY u.display_name, u.id",
         soci::use(company.organisation_id));
    for (const auto& r : rows) {
      out.push_back({row_text(r, "display_name"), row_text(r, "email"), false});
    }
  }
  std::tm at = to_utc_tm(now);
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT display_name, email FROM invitations WHERE organisation_id = :o AND "
                    "role = 'employer' AND used_at IS NULL AND expires_at > :t ORDER BY "
                    "created_at, id",
       soci::use(company.organisation_id), soci::use(at));
  for (const auto& r : rows) {
    out.push_back({row_text(r, "display_name"), row_text(r, "email"), true});
  }
  return out;
}

bool known_address(soci::session& s, const std::string& id, const std::string& email) {
  int n = 0;
  s << "SELECT COUNT(*) FROM companies c WHERE c.id = :id AND (LOWER(c.contact_email) = "
       "LOWER(:e) OR EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id "
       "WHERE m.organisation_id = c.organisation_id AND LOWER(u.email) = LOWER(:e2)))",
      soci::into(n), soci::use(id), soci::use(email), soci::use(email);
  return n > 0;
}

}  // namespace primowork::companies::store
