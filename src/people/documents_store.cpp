#include "people/documents_store.h"

#include "platform/clock.h"
#include "platform/db/rows.h"
#include "platform/ids.h"

namespace primowork::people::store {
namespace {

Document from_row(const soci::row& r) {
  Document d;
  d.id = db::row_text(r, "id");
  d.person_id = db::row_text(r, "person_id");
  d.kind = db::row_text(r, "kind");
  d.filename = db::row_text(r, "filename");
  d.content_type = db::row_text(r, "content_type");
  d.size = static_cast<std::size_t>(db::row_integer(r, "size_bytes"));
  d.sha256 = db::row_text(r, "sha256");
  d.stored_as = db::row_text(r, "stored_as");
  d.uploaded_by = db::row_text(r, "uploaded_by");
  d.at = db::row_timestamp(r, "created_at");
  return d;
}

}  // namespace

Document add_document(soci::session& s, Document d, std::time_t now) {
  d.id = ids::make("doc");
  d.at = to_utc_tm(now);
  const int size = static_cast<int>(d.size);
  db::Nullable by(d.uploaded_by);
  s << "INSERT INTO person_documents (id, person_id, kind, filename, content_type, size_bytes, "
       "sha256, stored_as, uploaded_by, created_at) VALUES (:id, :p, :k, :f, :c, :n, :h, :s, :u, "
       ":t)",
      soci::use(d.id), soci::use(d.person_id), soci::use(d.kind), soci::use(d.filename),
      soci::use(d.content_type), soci::use(size), soci::use(d.sha256), soci::use(d.stored_as),
      soci::use(by.value, by.ind), soci::use(d.at);
  return d;
}

std::vector<Document> documents(soci::session& s, const std::string& person_id) {
  std::vector<Document> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT * FROM person_documents WHERE person_id = :p ORDER BY created_at, id",
       soci::use(person_id));
  for (const auto& r : rows) out.push_back(from_row(r));
  return out;
}

std::optional<Document> document(soci::session& s, const std::string& person_id,
                                 const std::string& id) {
  for (auto& d : documents(s, person_id)) {
    if (d.id == id) return d;
  }
  return std::nullopt;
}

}  // namespace primowork::people::store
