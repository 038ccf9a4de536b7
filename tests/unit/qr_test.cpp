#include "platform/qr.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <stdexcept>

namespace primowork::qr {
namespace {

// The side of the viewBox ("0 0 N N"), or -1.
int view_box_side(const std::string& svg) {
  const std::string key = "viewBox=\"0 0 ";
  const auto at = svg.find(key);
  if (at == std::string::npos) return -1;
  return std::stoi(svg.substr(at + key.size()));
}

TEST(Qr, SvgIsStandaloneAndCspFriendly) {
  const std::string svg = qr_svg("otpauth://totp/Primo:alice?secret=GEZDGNBVGY3TQOJQ");
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_NE(svg.find("xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
  EXPECT_NE(svg.find("viewBox="), std::string::npos);
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#000\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#fff\""), std::string::npos);
  EXPECT_EQ(svg.find("style"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(Qr, SmallestSymbolHasAQuietZoneOfFourModules) {
  // "hi" fits version 1 (21 modules); 21 + 2 * 4 = 29.
  const std::string svg = qr_svg("hi", 4);
  EXPECT_EQ(view_box_side(svg), 29);
  EXPECT_NE(svg.find("width=\"116\" height=\"116\""), std::string::npos);
  // The top row of the top-left finder pattern: 7 dark modules starting at (4, 4).
  EXPECT_NE(svg.find("d=\"M4 4h7v1h-7z"), std::string::npos);
  EXPECT_NE(qr_svg("hi", 10).find("width=\"290\""), std::string::npos);
}

TEST(Qr, LongerTextGivesALargerSymbol) {
  const int small = view_box_side(qr_svg("hi"));
  const int large = view_box_side(qr_svg(std::string(200, 'x')));
  EXPECT_GT(large, small);
  EXPECT_EQ((large - 8 - 17) % 4, 0);  // a real QR size: 17 + 4 * version
}

TEST(Qr, EncodesUtf8Text) {
  EXPECT_NO_THROW(qr_svg("Liège – Україна"));
}

TEST(Qr, RejectsWhatCannotBeEncoded) {
  EXPECT_THROW(qr_svg(""), std::runtime_error);
  EXPECT_THROW(qr_svg(std::string(3000, 'x')), std::runtime_error);  // > 2331 bytes at level M
  EXPECT_THROW(qr_svg("hi", 0), std::invalid_argument);
}

TEST(Qr, DataUriCarriesTheSvgInBase64) {
  const std::string prefix = "data:image/svg+xml;base64,";
  const std::string uri = qr_svg_data_uri("hi");
  ASSERT_EQ(uri.rfind(prefix, 0), 0u);
  const std::string b64 = uri.substr(prefix.size());
  std::string decoded(b64.size(), '\0');
  std::size_t len = 0;
  ASSERT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(),
                              b64.data(), b64.size(), nullptr, &len, nullptr,
                              sodium_base64_VARIANT_ORIGINAL),
            0);
  decoded.resize(len);
  EXPECT_EQ(decoded, qr_svg("hi"));
}

}  // namespace
}  // namespace primowork::qr
