// Streaming CSV reading (RFC 4180, libcsv): quoted fields with commas, doubled quotes and
// newlines inside them. Rows come one at a time with the line they start on; every field must
// be valid UTF-8. A file that ends inside a quoted field is an error, not a short last row.
#pragma once

#include <csv.h>

#include <cstddef>
#include <deque>
#include <istream>
#include <string>
#include <vector>

#include "platform/result.h"

namespace primowork::csv {

class Reader {
 public:
  // `name` is used in error messages ("occupations.csv:12: ...").
  Reader(std::istream& in, std::string name, unsigned char delimiter = ',');
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Reads the next row into `row`. Returns false at the end of the file or on an error; then
  // error() tells which (empty message at a clean end).
  bool next(std::vector<std::string>& row);
  const Error* error() const { return failed_ ? &error_ : nullptr; }

  std::size_t line() const { return row_line_; }  // line where the last row started
  std::size_t bytes_read() const { return bytes_read_; }
  const std::string& name() const { return name_; }

  // An Error naming this file and line, for the caller's own checks (missing column...).
  Error error_at(std::size_t line, const std::string& reason) const;

 private:
  static void on_field(void* data, std::size_t len, void* self);
  static void on_row(int terminator, void* self);
  bool fill();

  std::istream& in_;
  std::string name_;
  csv_parser parser_{};
  std::deque<std::pair<std::size_t, std::vector<std::string>>> ready_;
  std::vector<std::string> current_;
  std::size_t current_newlines_ = 0;
  std::size_t line_ = 1;
  std::size_t row_line_ = 0;
  std::size_t bytes_read_ = 0;
  bool finished_ = false;
  bool failed_ = false;
  Error error_;
};

// Column positions by header name.
class Header {
 public:
  explicit Header(const std::vector<std::string>& names);
  // Index of a column, or -1.
  int index(const std::string& name) const;
  // Index of a column; fails naming the file and the missing column.
  Result<int> require(const Reader& reader, const std::string& name) const;
  std::size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
};

}  // namespace primowork::csv
