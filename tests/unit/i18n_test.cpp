#include "platform/i18n.h"

#include <gtest/gtest.h>

namespace primowork {
namespace {

TEST(Negotiate, PreferenceThenCookieThenAcceptLanguageThenFrench) {
  EXPECT_EQ(I18n::negotiate("en", "fr", "fr"), "en");
  EXPECT_EQ(I18n::negotiate("", "en", "fr-BE"), "en");
  EXPECT_EQ(I18n::negotiate("", "", "en-US,en;q=0.9"), "en");
  EXPECT_EQ(I18n::negotiate("", "", "de-DE,de;q=0.9"), "fr");
  EXPECT_EQ(I18n::negotiate("", "", ""), "fr");
}

TEST(Negotiate, IgnoresUnknownValuesAndHonoursQuality) {
  EXPECT_EQ(I18n::negotiate("xx", "zz", "en"), "en");
  EXPECT_EQ(I18n::negotiate("", "", "de, en;q=0.5, fr;q=0.8"), "fr");
  EXPECT_EQ(I18n::negotiate("", "", "fr;q=0, en;q=0.1"), "en");
  EXPECT_EQ(I18n::negotiate("", "", " EN-gb "), "en");
}

TEST(Translate, FrenchIsTheReferenceAndEnglishComesFromTheCatalog) {
  I18n i18n(PRIMOWORK_LOCALE_DIR);
  EXPECT_EQ(i18n.tr("fr", "Page introuvable"), "Page introuvable");
  EXPECT_EQ(i18n.tr("en", "Page introuvable"), "Page not found");
  // A string missing from the catalog falls back to French rather than to nothing.
  EXPECT_EQ(i18n.tr("en", "Chaîne absente du catalogue"), "Chaîne absente du catalogue");
}

TEST(Translate, AutonymsAreNotTranslated) {
  EXPECT_EQ(I18n::autonym("fr"), "Français");
  EXPECT_EQ(I18n::autonym("en"), "English");
}

}  // namespace
}  // namespace primowork
