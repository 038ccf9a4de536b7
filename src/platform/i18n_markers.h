// Marks a string for extraction into the catalogs without translating it here (static tables);
// the caller translates it later with I18n::tr.
#pragma once

#define N_(text) text
