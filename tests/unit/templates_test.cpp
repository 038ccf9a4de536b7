#include "platform/templates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace primowork {
namespace {

namespace fs = std::filesystem;

TEST(Templates, MarkersAreFoundAndTranslatedWithEscaping) {
  const std::string text = "<p>{{_ Bonjour _}}</p><p>{{_ A & B <c> _}}</p>";
  EXPECT_EQ(Templates::markers(text), (std::vector<std::string>{"Bonjour", "A & B <c>"}));
  const auto out = Templates::translate_markers(text, [](const std::string& id) {
    return id == "Bonjour" ? std::string("Hello \"you\"") : id;
  });
  EXPECT_EQ(out, "<p>Hello &quot;you&quot;</p><p>A &amp; B &lt;c&gt;</p>");
}

class TemplateDir : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(testing::TempDir()) / ("tpl_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  fs::path dir_;
};

TEST_F(TemplateDir, AutoescapeEscapesVariablesForTheirContext) {
  write("t.tpl", std::string(Templates::kPragma) +
                     "<p>{{NAME}}</p><a href=\"{{URL}}\">x</a><p>{{_ Page introuvable _}}</p>");
  I18n i18n(PRIMOWORK_LOCALE_DIR);
  Templates templates(dir_.string(), i18n);
  ctemplate::TemplateDictionary dict("t");
  dict.SetValue("NAME", "<script>alert(1)</script>");
  dict.SetValue("URL", "javascript:alert(1)");
  const std::string fr = templates.render("t.tpl", "fr", dict);
  EXPECT_EQ(fr.find("<script>"), std::string::npos);
  EXPECT_NE(fr.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(fr.find("javascript:"), std::string::npos);
  EXPECT_NE(fr.find("Page introuvable"), std::string::npos);
  EXPECT_NE(templates.render("t.tpl", "en", dict).find("Page not found"), std::string::npos);
}

TEST_F(TemplateDir, RefusesATemplateWithoutThePragma) {
  write("bad.tpl", "<p>{{NAME}}</p>");
  I18n i18n(PRIMOWORK_LOCALE_DIR);
  try {
    Templates templates(dir_.string(), i18n);
    FAIL() << "a template without AUTOESCAPE was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.tpl"), std::string::npos);
  }
}

TEST(ProjectTemplates, EveryTemplateBeginsWithThePragmaAndLoads) {
  const fs::path root = fs::path(PRIMOWORK_SOURCE_DIR) / "templates";
  int count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".tpl") continue;
    std::ifstream in(entry.path());
    std::string first;
    std::getline(in, first);
    EXPECT_EQ(first, Templates::kPragma) << entry.path();
    ++count;
  }
  EXPECT_GT(count, 0);
  I18n i18n(PRIMOWORK_LOCALE_DIR);
  EXPECT_NO_THROW(Templates(root.string(), i18n));
}

}  // namespace
}  // namespace primowork
