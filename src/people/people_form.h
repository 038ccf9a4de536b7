// The person file as an HTML form: reading the posted fields into a PersonFile, and filling the
// form template (templates/people/form.tpl) with the sections, values, choices and the error
// next to each field. Form field names are those of PersonFile, except the languages (French per
// skill "fr_listening"...; two other languages "lang1_code"/"lang1_level"), the first past job
// ("past_occupation", "past_years", "past_where"), the targets ("target1".."target3") and the
// skills ("skills" and "validated", one value per skill code).
#pragma once

#include <ctemplate/template.h>

#include <functional>
#include <string>
#include <vector>

#include "geography/communes.h"
#include "people/person.h"
#include "platform/http/url.h"
#include "platform/i18n.h"
#include "platform/result.h"

namespace primowork::people {

// Reads the form. Unparseable numbers and dates become errors named after their form field.
PersonFile read_form(const http::Fields& fields, std::vector<Error>& errors);

// The form field that shows an error of `check_person` ("languages[0].speaking" ->
// "fr_speaking", "targets[1]" -> "target2"...).
std::string form_field(const std::string& error_field);

// Fills `dict` with the form's sections for `file`, and `errors` in a summary at the top and
// next to their fields. `lang` is the page's language.
// A skill the form offers: its code and label.
struct SkillChoice {
  std::string code, label;
};

// `occupation_label` shows a ROME code in the form ("Cariste (N1101)"); `skills` are the skills
// offered as checkboxes ("skills" = held, "validated" = checked by the counsellor).
void fill_form(ctemplate::TemplateDictionary& dict, const PersonFile& file,
               const std::vector<Error>& errors, const geography::Communes& communes,
               const std::function<std::string(const std::string&)>& occupation_label,
               const std::vector<SkillChoice>& skills, const I18n& i18n,
               const std::string& lang);

}  // namespace primowork::people
