// Prints CLDR territory display names (via ICU) for region codes read from
// stdin, one "CODE<TAB>LANG<TAB>NAME" line per language: the six UN
// languages, zh_Hant, the other languages tools/gen_governments.py adds
// (German, Italian, Portuguese, Dutch), and "endonym": the name in the
// territory's most likely language (CLDR likely subtags: "Hrvatska" for HR).
// Used by tools/gen_governments.py. Build:
//   g++ icu_country_names.cc $(pkg-config --cflags --libs icu-uc icu-i18n)
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <iostream>
#include <string>

namespace {

std::string Name(const std::string& cc, const icu::Locale& in) {
  icu::UnicodeString s;
  std::string out;
  icu::Locale("", cc.c_str()).getDisplayCountry(in, s);
  s.toUTF8String(out);
  return out;
}

}  // namespace

int main() {
  // zh_Hant: the traditional-script names, kept with the zh names.
  const char* langs[] = {"ar", "zh", "fr", "ru", "es", "en", "zh_Hant", "de", "it", "pt", "nl"};
  std::string cc;
  while (std::cin >> cc) {
    for (const char* l : langs)
      std::cout << cc << "\t" << l << "\t" << Name(cc, icu::Locale(l)) << "\n";
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale likely(("und_" + cc).c_str());
    likely.addLikelySubtags(status);
    if (U_SUCCESS(status) && likely.getLanguage()[0] != '\0' &&
        std::string(likely.getLanguage()) != "und")
      std::cout << cc << "\tendonym\t" << Name(cc, icu::Locale(likely.getLanguage())) << "\t"
                << likely.getLanguage() << "\n";
  }
  return 0;
}
