#include "caucus/acronyms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../bench/acronyms_eval.h"

namespace caucus {
namespace {

struct DefCase {
  const char* text;
  const char* short_form;  // expected definition
  const char* long_form;
  double min_confidence;  // the confidence must reach this
};

// Sentences written for these tests in the style of Internet governance texts.
const DefCase kDefinitions[] = {
    {"Delegates of the Commission on Science and Technology for Development (CSTD) met in "
     "Geneva.",
     "CSTD", "Commission on Science and Technology for Development", 0.95},
    {"It reported to the Council Working Group on International Internet-related Public Policy "
     "Issues (CWG-Internet) last year.",
     "CWG-Internet", "Council Working Group on International Internet-related Public Policy Issues",
     0.3},
    {"The fifth World Telecommunication/ICT Policy Forum (WTPF) adopted six opinions.", "WTPF",
     "World Telecommunication/ICT Policy Forum", 0.8},
    {"Operators build Internet Exchange Points (IXPs) to keep traffic local.", "IXPs",
     "Internet Exchange Points", 0.95},
    {"A report of the Informal Experts Group (IEG) was circulated.", "IEG",
     "Informal Experts Group", 0.95},
    {"The address space is managed by Regional Internet Registries (RIRs) on five continents.",
     "RIRs", "Regional Internet Registries", 0.95},
    {"Its membership is open to the Internet Corporation for Assigned Names and Numbers (ICANN) "
     "staff.",
     "ICANN", "Internet Corporation for Assigned Names and Numbers", 0.9},
    {"Le rapport de l'Union internationale des télécommunications (UIT) est paru.", "UIT",
     "Union internationale des télécommunications", 0.95},
    {"He spoke for the Country Code Names Supporting Organization (ccNSO) council.", "ccNSO",
     "Country Code Names Supporting Organization", 0.95},
    {"The World Telecommunication Policy Forum 2013 (WTPF-13) closed on Thursday.", "WTPF-13",
     "World Telecommunication Policy Forum 2013", 0.8},
    {"Delegates to the World Conference on International Telecommunications (WCIT-12) argued.",
     "WCIT-12", "World Conference on International Telecommunications", 0.6},
    {"The statement of the Group of 77 (G-77) was read out.", "G-77", "Group of 77", 0.9},
    {"The Group of Seven (G7) did not meet.", "G7", "Group of Seven", 0.9},
    {"States parties to the International Telecommunication Regulations (hereinafter \"the "
     "ITRs\") agreed.",
     "ITRs", "International Telecommunication Regulations", 0.95},
    {"Members of the Informal Experts Group (the \xE2\x80\x9CIEG\xE2\x80\x9D) agreed.", "IEG",
     "Informal Experts Group", 0.95},
    {"A mandate for the Internet Governance Forum (or IGF) was agreed.", "IGF",
     "Internet Governance Forum", 0.95},
    {"The Multistakeholder Advisory Group (MAG, 2016) met twice.", "MAG",
     "Multistakeholder Advisory Group", 0.95},
    {"RIPE NCC (Réseaux IP Européens Network Coordination Centre) runs the registry.", "RIPE NCC",
     "Réseaux IP Européens Network Coordination Centre", 0.7},
    {"The ITU (International Telecommunication Union) convened it.", "ITU",
     "International Telecommunication Union", 0.8},
    {"Adoption of the Tunis Agenda for the Information Society [TAIS] followed.", "TAIS",
     "Tunis Agenda for the Information Society", 0.95},
    {"It is run by the Organisation for Economic Co-operation and Development (OECD).", "OECD",
     "Organisation for Economic Co-operation and Development", 0.95},
    {"The report of the Internet Governance Forum (IGF) was long.", "IGF",
     "Internet Governance Forum", 0.95},
    {"Engineers prefer two-dimensional (2D) maps.", "2D", "two-dimensional", 0.8},
    // A long form starts at a token start only after a chemical-style prefix.
    {"The so-called anti-Internet Governance Forum (IGF) met.", "IGF", "Internet Governance Forum",
     0.95},
    {"They used 2,6-diaminopurine (DAP) as a marker.", "DAP", "2,6-diaminopurine", 0.4},
    // What follows a previous parenthesis may begin a long form.
    {"The ratio for (2013)/international transit capacity (ITC) fell.", "ITC",
     "international transit capacity", 0.95},
    // A free-standing "&" is "and", and may give its initial or not.
    {"The Internet & Mobile Association of India (IAMAI) spoke.", "IAMAI",
     "Internet & Mobile Association of India", 0.95},
    {"The Research & Development Agency (RDA) spoke.", "RDA", "Research & Development Agency",
     0.95},
};

TEST(AcronymsDefinitions, FindsTheDefinition) {
  for (const DefCase& c : kDefinitions) {
    SCOPED_TRACE(c.text);
    std::string text = c.text;
    std::vector<AcronymDef> defs = FindAcronymDefinitions(text);
    ASSERT_EQ(defs.size(), 1u);
    const AcronymDef& d = defs[0];
    EXPECT_EQ(d.short_form, c.short_form);
    EXPECT_EQ(d.long_form, c.long_form);
    EXPECT_TRUE(d.defined);
    // Spans point at the strings, in bytes.
    EXPECT_EQ(text.substr(d.span.begin, d.span.size()), d.short_form);
    EXPECT_EQ(text.substr(d.long_span.begin, d.long_span.size()), d.long_form);
    EXPECT_GE(d.confidence, c.min_confidence);
    EXPECT_LE(d.confidence, 1.0);
  }
}

TEST(AcronymsDefinitions, RejectsNonDefinitions) {
  const char* kTexts[] = {
      "The proposal (see above) was withdrawn.",
      "The resolution (2013) was adopted.",
      "The delegate spoke (in French) at length.",
      "Thank you, Chair. (Applause)",
      "The chair of the session (Mr. Smith) thanked everyone.",
      "Moulishree Srivastava (Mint) reported from New Delhi.",
      "Figures for 2012 (n = 193) were similar.",
      "He said so (p < 0.05) twice.",
      "An unclosed parenthesis (ITU never closes",
      "(IGF) at the very start has no long form.",
      // A previous parenthesis bounds the long form.
      "The Internet (2013) Governance Forum (IGF) met.",
      "Sentence one ends here. (IGF) begins the next one.",
      "",
      "()",
      "((((",
  };
  for (const char* t : kTexts) {
    SCOPED_TRACE(t);
    EXPECT_TRUE(FindAcronymDefinitions(t).empty());
  }
}

TEST(AcronymsDefinitions, ConfidenceIsHigherWhenLettersStartWords) {
  std::vector<AcronymDef> initial = FindAcronymDefinitions("the Internet Governance Forum (IGF)");
  std::vector<AcronymDef> inner = FindAcronymDefinitions("we added lipopolysaccharide (LPS)");
  ASSERT_EQ(initial.size(), 1u);
  ASSERT_EQ(inner.size(), 1u);
  EXPECT_EQ(inner[0].long_form, "lipopolysaccharide");
  EXPECT_GT(initial[0].confidence, inner[0].confidence);
}

TEST(AcronymsDefinitions, SeveralInOrder) {
  std::string text =
      "The World Summit on the Information Society (WSIS) created the Internet Governance "
      "Forum (IGF); the Internet Assigned Numbers Authority (IANA) was not discussed.";
  std::vector<AcronymDef> defs = FindAcronymDefinitions(text);
  ASSERT_EQ(defs.size(), 3u);
  EXPECT_EQ(defs[0].short_form, "WSIS");
  EXPECT_EQ(defs[0].long_form, "World Summit on the Information Society");
  EXPECT_EQ(defs[1].short_form, "IGF");
  EXPECT_EQ(defs[2].short_form, "IANA");
  EXPECT_EQ(defs[2].long_form, "Internet Assigned Numbers Authority");
}

struct UndefinedCase {
  const char* text;
  std::vector<std::string> expected;  // short forms, in order of first use
};

const UndefinedCase kUndefined[] = {
    {"The ITU and ICANN disagreed; the ITU won.", {"ITU", "ICANN"}},
    {"The Internet Governance Forum (IGF) met. IGFs are annual and the IGF is open.", {}},
    {"ITU-T and WTPF-13 and G20 and IPv6 and ccTLDs and AT&T were discussed.",
     {"ITU-T", "WTPF-13", "G20", "IPv6", "ccTLDs", "AT&T"}},
    // A hyphenated word after an acronym is not part of it.
    {"The UN-led process and the CWG-Internet.", {"UN", "CWG"}},
    // Headings and shouting are not acronyms; neither are speaker labels.
    {"SUMMARY OF THE MEETING\nThe EU spoke.\n>> IRAN: Thank you, Chair.\n", {"EU"}},
    {"Then THE UNITED NATIONS GENERAL ASSEMBLY met with WIPO.", {"WIPO"}},
    // Words that are not acronyms.
    {"McDonald met the PhD student and Chapter III of the Report.", {}},
    {"The Country Code Names Supporting Organization (ccNSO) and the ccNSO council.", {}},
    // Capitals the text also writes as ordinary words are shouting.
    {"THE delegates met in NEW Delhi; the new ITU rules.", {"ITU"}},
    // Identifiers in URLs are not acronyms; CJK text around an acronym is no
    // part of it.
    {"See https://example.org/ABC/XYZ and ITU\xE3\x81\x82\xE3\x81\x9F\xE3\x82\x8A "
     "said.",
     {"ITU"}},
};

TEST(AcronymsUndefined, FindsFirstUses) {
  for (const UndefinedCase& c : kUndefined) {
    SCOPED_TRACE(c.text);
    std::string text = c.text;
    std::vector<AcronymDef> got = FindUndefinedAcronyms(text, FindAcronymDefinitions(text));
    std::vector<std::string> forms;
    for (const AcronymDef& a : got) {
      forms.push_back(a.short_form);
      EXPECT_FALSE(a.defined);
      EXPECT_TRUE(a.long_form.empty());
      EXPECT_EQ(text.substr(a.span.begin, a.span.size()), a.short_form);
      EXPECT_GT(a.confidence, 0);
    }
    EXPECT_EQ(forms, c.expected);
  }
}

TEST(AcronymsUndefined, SpanIsTheFirstUse) {
  std::string text = "ITU here, ITU there.";
  std::vector<AcronymDef> got = FindUndefinedAcronyms(text, {});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].span.begin, 0u);
  EXPECT_EQ(got[0].span.end, 3u);
}

TEST(AcronymsFindAcronyms, MergesAndFilters) {
  std::string text = "The ITU met the Internet Governance Forum (IGF) and the EU.";
  std::vector<AcronymDef> all = FindAcronyms(text, {});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].short_form, "ITU");
  EXPECT_FALSE(all[0].defined);
  EXPECT_EQ(all[1].short_form, "IGF");
  EXPECT_TRUE(all[1].defined);
  EXPECT_EQ(all[2].short_form, "EU");
  AcronymOptions defs_only;
  defs_only.undefined = false;
  ASSERT_EQ(FindAcronyms(text, defs_only).size(), 1u);
  AcronymOptions strict;
  strict.min_confidence = 0.85;  // drops the two-letter undefined "EU" (0.8)
  std::vector<AcronymDef> high = FindAcronyms(text, strict);
  ASSERT_EQ(high.size(), 2u);
  EXPECT_EQ(high[1].short_form, "IGF");
}

TEST(AcronymsRobustness, InvalidAndOddInput) {
  // Invalid UTF-8, NUL bytes and deep nesting must not crash.
  // The length from the literal itself (18 bytes, the NUL included): a
  // count written by hand read past its end.
  static const char kOdd[] = "\xFF\xFE (\xC3) ITU \0 (A\xE2\x82)";
  std::string odd(kOdd, sizeof kOdd - 1);
  ASSERT_EQ(odd.size(), 18u);
  (void)FindAcronyms(odd, {});
  std::string deep(10000, '(');
  EXPECT_TRUE(FindAcronymDefinitions(deep).empty());
  std::string long_words(100000, 'a');
  long_words += " (AB)";
  (void)FindAcronyms(long_words, {});
}

// The evaluation on the Ab3P MED1250 gold set (bench/acronyms_eval.h for the
// matching rule). Floors are the measured figures minus a margin, so a
// regression fails but a small trade-off does not.
TEST(AcronymsEval, Med1250) {
  std::string path = CAUCUS_SHARED_CORPUS "/data/ab3p_med1250/MED1250_labeled.utf8.txt";
  auto docs = bench::LoadMed1250(path);
  if (!docs.ok()) GTEST_SKIP() << "gold set absent: " << path;
  ASSERT_GT(docs->size(), 1200u);
  bench::EvalScore s = bench::ScoreMed1250(*docs, 0.5);
  RecordProperty("precision", std::to_string(s.Precision()));
  RecordProperty("recall", std::to_string(s.Recall()));
  EXPECT_GE(s.Precision(), 0.95);  // measured 0.963
  EXPECT_GE(s.Recall(), 0.78);     // measured 0.802
}

}  // namespace
}  // namespace caucus
