#include "platform/csv.h"

#include <gtest/gtest.h>

#include <sstream>

namespace primowork::csv {
namespace {

std::vector<std::vector<std::string>> read_all(const std::string& text, const Error** error,
                                               std::vector<std::size_t>* lines = nullptr) {
  static std::istringstream in;
  in = std::istringstream(text);
  static std::unique_ptr<Reader> reader;
  reader = std::make_unique<Reader>(in, "test.csv");
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  while (reader->next(row)) {
    rows.push_back(row);
    if (lines) lines->push_back(reader->line());
  }
  *error = reader->error();
  return rows;
}

TEST(Csv, QuotedNewlinesDoubledQuotesAndLineNumbers) {
  const Error* error = nullptr;
  std::vector<std::size_t> lines;
  auto rows = read_all(
      "code,label,alt\n"
      "1,\"Aide \"\"soignant\"\"\",\"un\ndeux\ntrois\"\n"
      "2,simple,\n"
      "3,\"a, b\",x\n",
      &error, &lines);
  ASSERT_EQ(error, nullptr);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1][1], "Aide \"soignant\"");
  EXPECT_EQ(rows[1][2], "un\ndeux\ntrois");
  EXPECT_EQ(rows[3][1], "a, b");
  EXPECT_EQ(lines, (std::vector<std::size_t>{1, 2, 5, 6}));
}

TEST(Csv, LastLineWithoutNewlineAndCrLf) {
  const Error* error = nullptr;
  auto rows = read_all("a,b\r\n1,2\r\n3,4", &error);
  ASSERT_EQ(error, nullptr);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2][1], "4");
}

TEST(Csv, BadUtf8IsAnErrorWithItsLine) {
  const Error* error = nullptr;
  auto rows = read_all("a,b\n1,ok\n2,Li\xe8ge\n", &error);
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->field, "test.csv:3");
  EXPECT_NE(error->detail.find("UTF-8"), std::string::npos);
}

TEST(Csv, TruncatedQuotedFieldIsAnError) {
  const Error* error = nullptr;
  read_all("a,b\n1,\"never closed\n", &error);
  ASSERT_NE(error, nullptr);
  EXPECT_NE(error->detail.find("truncated"), std::string::npos);
}

TEST(Csv, HeaderLooksColumnsUpByName) {
  std::istringstream in("x,code,label\n");
  Reader reader(in, "h.csv");
  std::vector<std::string> row;
  ASSERT_TRUE(reader.next(row));
  Header header(row);
  EXPECT_EQ(header.index("label"), 2);
  EXPECT_EQ(header.index("nope"), -1);
  auto missing = header.require(reader, "definition");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "h.csv:1");
  EXPECT_NE(missing.error().detail.find("definition"), std::string::npos);
}

}  // namespace
}  // namespace primowork::csv
