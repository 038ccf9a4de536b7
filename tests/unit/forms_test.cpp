#include "platform/http/forms.h"

#include <gtest/gtest.h>

using namespace std::string_literals;

namespace primowork::http {
namespace {

Request multipart_request(const std::string& body, const std::string& boundary = "XyZ") {
  Request r;
  r.headers.add("Content-Type", "multipart/form-data; boundary=" + boundary);
  r.body = body;
  return r;
}

TEST(Multipart, ParsesFieldsAndFiles) {
  const std::string body =
      "--XyZ\r\n"s +
      "Content-Disposition: form-data; name=\"nom\"\r\n\r\n"
      "Amina Diallo\r\n"
      "--XyZ\r\n"
      "Content-Disposition: form-data; name=\"cv\"; filename=\"C:\\\\docs\\\\cv amina.pdf\"\r\n"
      "Content-Type: application/pdf\r\n\r\n"
      "%PDF-1.4\r\nbinary\x00\xff data\r\n"
      "--XyZ--\r\n"s;
  ASSERT_NE(body.find('\0'), std::string::npos);  // binary data survives
  auto form = parse_form(multipart_request(body));
  ASSERT_TRUE(form.ok()) << form.error().message_id;
  EXPECT_EQ(form->fields.get("nom"), "Amina Diallo");
  ASSERT_EQ(form->files.size(), 1u);
  EXPECT_EQ(form->files[0].field, "cv");
  EXPECT_EQ(form->files[0].filename, "cv amina.pdf");
  EXPECT_EQ(form->files[0].content_type, "application/pdf");
  EXPECT_EQ(form->files[0].data, "%PDF-1.4\r\nbinary\x00\xff data"s);
}

TEST(Multipart, QuotedBoundaryAndEmptyField) {
  const std::string body = "--a'b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n\r\n--a'b--";
  Request r;
  r.headers.add("Content-Type", "multipart/form-data; boundary=\"a'b\"");
  r.body = body;
  auto form = parse_form(r);
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->fields.get("x"), "");
}

TEST(Multipart, BadUtf8InTextFieldNamesTheField) {
  auto form = parse_form(multipart_request(
      "--XyZ\r\nContent-Disposition: form-data; name=\"ville\"\r\n\r\nLi\xe8ge\r\n--XyZ--\r\n"));
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.error().field, "ville");
  EXPECT_EQ(form.error().message_id, "Encodage invalide");
}

TEST(Multipart, RejectsMalformedBodies) {
  EXPECT_FALSE(parse_form(multipart_request("no delimiter at all")).ok());
  EXPECT_FALSE(
      parse_form(multipart_request(
                     "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"))
          .ok());
  EXPECT_FALSE(
      parse_form(multipart_request(
                     "--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--XyZ--"))
          .ok());
  EXPECT_FALSE(
      parse_form(multipart_request("--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--"))
          .ok());
  EXPECT_FALSE(parse_form(multipart_request("--\r\n", "")).ok());
}

TEST(Forms, UrlencodedAndUnsupportedTypes) {
  Request r;
  r.headers.add("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
  r.body = "a=1&b=%C3%A9";
  auto form = parse_form(r);
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->fields.get("b"), "é");

  Request j;
  j.headers.add("Content-Type", "application/json");
  j.body = "{}";
  auto bad = parse_form(j);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message_id, "Type de contenu non pris en charge");
}

}  // namespace
}  // namespace primowork::http
