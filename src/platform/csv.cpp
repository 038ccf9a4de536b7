#include "platform/csv.h"

#include <algorithm>

#include "platform/http/url.h"

namespace primowork::csv {

Reader::Reader(std::istream& in, std::string name, unsigned char delimiter)
    : in_(in), name_(std::move(name)) {
  csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_delim(&parser_, delimiter);
}

Reader::~Reader() {
  csv_free(&parser_);
}

Error Reader::error_at(std::size_t line, const std::string& reason) const {
  return Error{ErrorCode::kInvalid, name_ + ":" + std::to_string(line), N_("Fichier invalide"),
               reason};
}

void Reader::on_field(void* data, std::size_t len, void* self) {
  auto* r = static_cast<Reader*>(self);
  if (r->current_.empty()) r->row_line_ = r->line_;
  std::string field(static_cast<const char*>(data), len);
  r->current_newlines_ += static_cast<std::size_t>(std::count(field.begin(), field.end(), '\n'));
  r->current_.push_back(std::move(field));
}

void Reader::on_row(int, void* self) {
  auto* r = static_cast<Reader*>(self);
  if (r->current_.empty()) r->row_line_ = r->line_;
  r->ready_.emplace_back(r->row_line_, std::move(r->current_));
  r->current_.clear();
  r->line_ += 1 + r->current_newlines_;
  r->current_newlines_ = 0;
}

bool Reader::fill() {
  char buf[1 << 16];
  while (ready_.empty() && !finished_ && !failed_) {
    in_.read(buf, sizeof buf);
    const auto got = static_cast<std::size_t>(in_.gcount());
    bytes_read_ += got;
    if (got > 0 && csv_parse(&parser_, buf, got, on_field, on_row, this) != got) {
      failed_ = true;
      error_ = error_at(line_, csv_strerror(csv_error(&parser_)));
      return false;
    }
    if (got < sizeof buf) {
      finished_ = true;
      if (csv_fini(&parser_, on_field, on_row, this) != 0) {
        failed_ = true;
        error_ = error_at(line_, "the file ends inside a quoted field (truncated?)");
        return false;
      }
    }
  }
  return !ready_.empty();
}

bool Reader::next(std::vector<std::string>& row) {
  if (failed_ || !fill()) return false;
  auto [line, fields] = std::move(ready_.front());
  ready_.pop_front();
  row_line_ = line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (!http::valid_utf8(fields[i])) {
      failed_ = true;
      error_ = error_at(line, "field " + std::to_string(i + 1) + " is not valid UTF-8");
      return false;
    }
  }
  if (!fields.empty() && line == 1 && fields[0].rfind("\xEF\xBB\xBF", 0) == 0) {
    fields[0].erase(0, 3);  // byte-order mark
  }
  row = std::move(fields);
  return true;
}

Header::Header(const std::vector<std::string>& names) : names_(names) {}

int Header::index(const std::string& name) const {
  auto it = std::find(names_.begin(), names_.end(), name);
  return it == names_.end() ? -1 : static_cast<int>(it - names_.begin());
}

Result<int> Header::require(const Reader& reader, const std::string& name) const {
  const int i = index(name);
  if (i < 0) return reader.error_at(1, "missing column \"" + name + "\"");
  return i;
}

}  // namespace primowork::csv
