// Prints CLDR territory display names (via ICU) for region codes read from
// stdin, one "CODE<TAB>LANG<TAB>NAME" line per language (the six UN
// languages and zh_Hant). Used by
// tools/gen_governments.py. Build:
//   g++ icu_country_names.cc $(pkg-config --cflags --libs icu-uc icu-i18n)
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <iostream>
#include <string>

int main() {
  // zh_Hant: the traditional-script names, kept with the zh names.
  const char* langs[] = {"ar", "zh", "fr", "ru", "es", "en", "zh_Hant"};
  std::string cc;
  while (std::cin >> cc) {
    for (const char* l : langs) {
      icu::UnicodeString s;
      std::string out;
      icu::Locale("", cc.c_str()).getDisplayCountry(icu::Locale(l), s);
      s.toUTF8String(out);
      std::cout << cc << "\t" << l << "\t" << out << "\n";
    }
  }
  return 0;
}
