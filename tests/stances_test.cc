#include "caucus/stances.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "../lib/stance/document.h"
#include "../lib/stance/normative.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

using stance_test::En;
using stance_test::FindEntities;
using stance_test::Finder;
using stance_test::Split;

std::vector<Stance> Find(const std::string& text) {
  return Finder().Find(text, Split(text), FindEntities(text));
}

// The stances of d read with its document speaker; nullopt if it has none.
std::optional<std::vector<Stance>> FindWithDocSpeaker(const Document& d) {
  const std::string& text = d.text();
  auto ents = FindEntities(text);
  std::optional<stance::DocSpeaker> sp = stance::FindDocSpeaker(stance_test::Lex(), d, Views(ents));
  if (!sp) return std::nullopt;
  return stance::FindWithSpeaker(text, *sp, Finder(), Split(text), Views(ents));
}

// "ACTOR polarity" for each stance, sorted: compact to compare in tables.
std::string Summary(const std::vector<Stance>& v) {
  std::vector<std::string> parts;
  for (const Stance& s : v) parts.push_back(s.actor.id + " " + s.polarity);
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

const Stance* ByActor(const std::vector<Stance>& v, const std::string& id) {
  for (const Stance& s : v)
    if (s.actor.id == id) return &s;
  return nullptr;
}

struct Case {
  const char* text;
  const char* want;  // Summary(), unless the test says otherwise
};

TEST(StancesTest, ActorsPolarityTable) {
  const Case cases[] = {
      // Subject and coordination.
      {"Russia supported the proposal for net neutrality.", "RUS support"},
      {"Brazil is a strong supporter of net neutrality.", "BRA support"},
      {"Kenya has always been a strong advocate of net neutrality.", "KEN support"},
      {"India will be a supporter of the ITRs.", "IND support"},
      {"Ghana has never been a supporter of the ITRs.", "GHA oppose"},
      {"Kenya will not hesitate to defend net neutrality.", "KEN support"},
      {"India ceased to support the ITRs.", "IND oppose"},
      {"Kenya intends to host the IGF.", "KEN support"},
      {"Kenya is determined to defend net neutrality.", "KEN support"},
      {"India will strive for net neutrality.", "IND support"},
      {"Kenya is firmly convinced of the importance of net neutrality.", "KEN support"},
      {"Kenya is pleased to note that the IGF has grown.", "KEN support"},
      // A content clause against: a negated modal, a call to stay out.
      {"Kenya stressed that the ITU must not regulate the Internet.", "KEN oppose"},
      {"Kenya insisted that the ITU should stay out of the matter.", "KEN oppose"},
      {"Kenya stressed that the ITU must regulate the Internet.", "KEN support"},
      {"Kenya stressed that the IGF must not fall off the agenda.", "KEN support"},
      {"Kenya insisted that the IGF must not be forgotten.", "KEN support"},
      {"India will give up oversight of the IGF.", "IND support"},
      {"India will not relinquish its stewardship of the IGF.", "IND oppose"},
      {"India handed over control of the town to Kenya.", ""},
      {"India has dealt a body blow to net neutrality.", "IND oppose"},
      {"Kenya will spare no effort to defend net neutrality.", "KEN support"},
      {"Kenya has joined the Freedom Online Coalition.", "KEN support"},
      {"Kenya and Ghana joined forces.", ""},
      {"Kenya was joined by Ghana.", ""},
      {"Kenya co-chairs the working group on net neutrality.", "KEN support"},
      {"The meeting was co-chaired by Kenya.", ""},
      // The object of a preposition is no subject, across an article and a
      // modifier; a dash with spaces around it joins no name to a verb.
      {"Ghana spoke with the new Kenyan delegation and India backed the plan.", "IND support"},
      {"Many countries - including India - insisted on the plan.",
       "IND support, many-countries support"},
      {"Kenya firmly believes in the multistakeholder model.", "KEN support"},
      {"Norway looks forward to the adoption of the ITRs.", "NOR support"},
      {"Kenya stands ready to host the IGF.", "KEN support"},
      {"India is pleased that the ITU adopted the plan.", "IND support"},
      {"The United States and Sweden call for net neutrality.", "SWE support, USA support"},
      {"Brazil opposed the ITRs.", "BRA oppose"},
      // Supported by / opposed by / while.
      {"Norway, supported by Japan and the EU, but opposed by India and Kenya, proposed capacity "
       "building.",
       "EU support, IND oppose, JPN support, KEN oppose, NOR support"},
      {"Brazil, supported by India and Egypt, proposed capacity building, while the US opposed it.",
       "BRA support, EGY support, IND support, USA oppose"},
      {"The proposal was opposed by the US and Sweden.", "SWE oppose, USA oppose"},
      {"Supported by SAUDI ARABIA and EGYPT, CHINA proposed a new text.",
       "CHN support, EGY support, SAU support"},
      // Speaking for others.
      {"Sweden, for the EU, supported capacity building.", "EU support, SWE support"},
      {"Tanzania, on behalf of the G-77/China, called for capacity building.",
       "G-77 support, TZA support"},
      // Relative clauses and appositions.
      {"The United States and Sweden were among several governments who intervened to call for "
       "openness.",
       "SWE support, USA support, several-governments support"},
      {"Brazil, which had proposed capacity building, spoke.", "BRA support"},
      // Nominal and adjectival cues.
      {"Russia's proposal for a single intergovernmental body was discussed.", "RUS support"},
      {"The US opposition to the ITRs was clear.", "USA oppose"},
      {"The most impassioned defense of the multistakeholder model came from the delegate from "
       "Iran.",
       "IRN support"},
      {"Many governments spoke favorably of the multistakeholder model.",
       "many-governments support"},
      {"Some governments pushed back on the idea of using IGF as a forum.",
       "some-governments oppose"},
      {"Egypt is in favour of net neutrality.", "EGY support"},
      // Negation and hedging.
      {"India did not support the proposal.", "IND oppose"},
      {"Kenya could not accept the ITRs.", "KEN oppose"},
      {"Japan did not oppose the text.", "JPN neutral"},
      // Reported speech: the government, not the person.
      {"The US ambassador said the US could not sign the ITRs.", "USA oppose"},
      // Treaty acts.
      {"Kenya signed the ITRs.", "KEN support"},
      {"The United States refused to sign the ITRs.", "USA oppose"},
      // Collective actors.
      {"In Geneva, civil society opposed the ITRs.", "civil-society oppose"},
      {"Most developing countries rejected the proposal.", "most-developing-countries oppose"},
      // Inverted target: resisting a move away from X supports X.
      {"Many governments clearly resisted any move away from the current multistakeholder model.",
       "many-governments support"},
      // No actor, no stance.
      {"There was a general level of support for continuing discussions.", ""},
      {"The weather was fine and everybody went back to the hotel.", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Summary(Find(c.text)), c.want) << c.text;
  }
}

TEST(StancesTest, ModalityTable) {
  const struct {
    const char* text;
    const char* actor;
    const char* modality;
  } cases[] = {
      {"India did not support the proposal.", "IND", "negated"},
      {"Brazil appeared to champion a greater role for the ITU.", "BRA", "hedged"},
      {"Japan would consider supporting the text.", "JPN", "hedged"},
      {"Russia said that it supports a single intergovernmental body.", "RUS", "reported"},
      {"Russia supports a single intergovernmental body.", "RUS", "asserted"},
      {"The United States refused to sign the ITRs.", "USA", "asserted"},
  };
  for (const auto& c : cases) {
    auto v = Find(c.text);
    const Stance* s = ByActor(v, c.actor);
    ASSERT_NE(s, nullptr) << c.text;
    EXPECT_EQ(s->modality, c.modality) << c.text;
  }
}

TEST(StancesTest, SeedSentenceTargetsAndEvidence) {
  std::string text =
      "The debate was wide-ranging, with Russia clearly calling for a single intergovernmental "
      "body dispensing top-down international Internet policy, while many governments clearly "
      "resisted any move away from the current multistakeholder model.";
  auto v = Find(text);
  ASSERT_EQ(v.size(), 2u);
  const Stance* r = ByActor(v, "RUS");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->polarity, "support");
  EXPECT_EQ(r->act, "call-for");
  EXPECT_EQ(r->target.topic, "intergovernmental-control");
  EXPECT_EQ(r->target.text,
            "a single intergovernmental body dispensing top-down international Internet policy");
  EXPECT_EQ(text.substr(r->actor.span.begin, r->actor.span.size()), "Russia");
  EXPECT_TRUE(r->span.Contains(r->actor.span));
  EXPECT_TRUE(r->span.Contains(r->target.span));
  EXPECT_EQ(r->sentence, 0u);
  const Stance* g = ByActor(v, "many-governments");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->actor.kind, "group");
  EXPECT_EQ(g->act, "resist");
  EXPECT_EQ(g->polarity, "support");
  EXPECT_EQ(g->target.topic, "multistakeholder-model");
}

// A nominal cue as the subject of a passive names its holder after "by";
// "the coalition" resolves to the last group, across a paragraph break.
TEST(StancesTest, PassiveNominalCueAndCoalition) {
  const std::string text =
      "A proposal for net neutrality has been put forward by developing countries.\n\n"
      "The coalition also wants the ITRs to cover spam.";
  auto v = Find(text);
  ASSERT_EQ(v.size(), 2u) << Summary(v);
  EXPECT_EQ(v[0].actor.id, "developing-countries");
  EXPECT_EQ(v[0].act, "propose");
  EXPECT_EQ(v[0].target.topic, "net-neutrality");
  EXPECT_EQ(v[1].actor.id, "developing-countries");
  EXPECT_EQ(v[1].act, "call-for");
  // Not from a later sentence of a paragraph: only its own paragraph counts.
  EXPECT_EQ(Summary(Find("Developing countries met.\n\nIt rained. The coalition wants the ITRs "
                         "to cover spam.")),
            "");
}

// A bracket after a list item continues the list; "they" after a list that
// reports is that list.
TEST(StancesTest, BracketedListMemberAndReportedThey) {
  EXPECT_EQ(Summary(Find("Countries like China, Russia, Saudi Arabia (maybe even Iran) oppose "
                         "net neutrality.")),
            "CHN oppose, IRN oppose, RUS oppose, SAU oppose");
  EXPECT_EQ(Summary(Find("The US and Sweden said they would never support the ITRs.")),
            "SWE oppose, USA oppose");
  // A bracket after a prepositional object is no list.
  EXPECT_EQ(Summary(Find("In a letter to the ITU (Geneva), Kenya opposed the ITRs.")),
            "KEN oppose");
}

// A relative clause with a subject of its own: "sanctions, which we reject".
TEST(StancesTest, RelativeClauseWithItsOwnSubject) {
  const std::string text = "The ITRs impose the use of new sanctions, which Brazil rejects.";
  auto v = Find(text);
  ASSERT_EQ(v.size(), 1u) << Summary(v);
  EXPECT_EQ(v[0].actor.id, "BRA");
  EXPECT_EQ(v[0].polarity, "oppose");
  EXPECT_EQ(v[0].target.text, "the use of new sanctions");
  EXPECT_EQ(text.substr(v[0].span.begin, v[0].span.size()),
            "the use of new sanctions, which Brazil rejects");
  // Closed by a comma, the clause still hangs on the noun phrase before it.
  auto w = Find("The claims made about net neutrality, which Brazil rejects, are false.");
  ASSERT_EQ(w.size(), 1u) << Summary(w);
  EXPECT_EQ(w[0].target.text, "The claims made about net neutrality");
}

// A passive relative clause with its own holder is a stance of that holder,
// even inside another cue's target; "have" holds an objection.
TEST(StancesTest, PassiveRelativeClauseAndHaveReservations) {
  auto v = Find(
      "India put forward a proposal for a new UN body that was widely criticised by "
      "civil society.");
  const Stance* c = ByActor(v, "civil-society");
  ASSERT_NE(c, nullptr) << Summary(v);
  EXPECT_EQ(c->polarity, "oppose");
  EXPECT_EQ(c->target.text, "a new UN body");
  EXPECT_NE(ByActor(v, "IND"), nullptr);
  // A reduced passive's target is the noun phrase before the participle.
  auto w = Find("The US has made a counterproposal co-signed by Canada.");
  EXPECT_EQ(Summary(w), "CAN support, USA support");
  const Stance* ca = ByActor(w, "CAN");
  ASSERT_NE(ca, nullptr);
  EXPECT_EQ(ca->target.text, "a counterproposal");
  EXPECT_EQ(Summary(Find("Brazil has reservations about the ITRs.")), "BRA oppose");
  EXPECT_EQ(Summary(Find("Kenya has strong views against the ITRs but favours net neutrality.")),
            "KEN oppose, KEN support");
  EXPECT_EQ(Summary(Find("In Geneva, civil society had apprehensions about the ITRs.")),
            "civil-society oppose");
  // The holder named after the cue stays the holder.
  EXPECT_EQ(Summary(Find("The plan has support from Kenya.")), "KEN support");
}

// Two predicates of one subject joined by "and" or "but" are two stances,
// each with its own target; "others" after a clause of its own is a new
// subject, not a list member.
TEST(StancesTest, CoordinatedPredicatesAndOthers) {
  {
    auto v = Find("Iran praised the ITU and spoke in favour of net neutrality.");
    ASSERT_EQ(v.size(), 2u) << Summary(v);
    EXPECT_EQ(v[0].act, "welcome");
    EXPECT_EQ(v[0].target.text, "the ITU");
    EXPECT_EQ(v[1].actor.id, "IRN");
    EXPECT_EQ(v[1].target.text, "net neutrality");
    EXPECT_EQ(v[1].target.topic, "net-neutrality");
  }
  {
    auto v = Find("Canada welcomed the outcome but asked the ITU to open its meetings.");
    ASSERT_EQ(v.size(), 2u) << Summary(v);
    EXPECT_EQ(v[0].target.text, "the outcome");
    EXPECT_EQ(v[1].actor.id, "CAN");
    EXPECT_EQ(v[1].act, "call-for");
    EXPECT_EQ(v[1].target.text, "the ITU to open its meetings");
  }
  // Modals and negation before the second predicate are its own: two
  // negations cancel, and the first predicate's do not carry over.
  EXPECT_EQ(Summary(Find("Brazil opposed the ITRs and therefore cannot fail to defend net "
                         "neutrality.")),
            "BRA oppose, BRA support");
  auto w = Find("Brazil did not oppose the ITRs and supported net neutrality.");
  ASSERT_EQ(w.size(), 2u) << Summary(w);
  EXPECT_EQ(w[1].polarity, "support");
  EXPECT_EQ(w[1].modality, "asserted");
  EXPECT_EQ(Summary(Find("Brazil not only supports net neutrality but also the IGF.")),
            "BRA support");
  // Reluctance negates: "slow to adopt", "reluctant to endorse".
  EXPECT_EQ(Summary(Find("Kenya was reluctant to endorse net neutrality.")), "KEN oppose");
  // "stress that" counts only before a normative clause or a cue of its own.
  EXPECT_EQ(Summary(Find("China stressed that the talks were useful.")), "");
  // A negated modal in the clause is against ("must not cover content").
  EXPECT_EQ(Summary(Find("China stressed that the ITRs must not cover content.")), "CHN oppose");
  EXPECT_EQ(Find("China stressed that the ITRs must not cover content.")[0].act, "stress");
  EXPECT_EQ(Summary(Find("Brazil stressed that it opposes the ITRs.")), "BRA oppose");
  // "ask" is a call only before an object and "to".
  EXPECT_EQ(Summary(Find("Kenya asked whether the ITU would meet.")), "");
  EXPECT_EQ(Summary(Find("When asked to comment, Kenya declined.")), "");
  EXPECT_EQ(Summary(Find("Japan asked the ITU how to apply the ITRs.")), "");
  EXPECT_EQ(Summary(Find("Japan asked the ITU to apply the ITRs.")), "JPN support");
  // The object of a preposition in the first clause is not the subject of
  // the second.
  EXPECT_EQ(Summary(Find("Some delegates pushed back on moving the talks to the IGF, and others "
                         "urged the ITU to act.")),
            "some-delegates oppose");
  EXPECT_EQ(Find("India does not want net neutrality to end, there is no clarity.")[0].target.text,
            "net neutrality to end");
  auto v = Find("Brazil supported the draft, and others opposed it.");
  ASSERT_EQ(v.size(), 1u) << Summary(v);
  EXPECT_EQ(v[0].target.text, "the draft");
  // "with" after a verb takes an object; after a comma or an actor, a
  // co-subject.
  EXPECT_EQ(Summary(Find("We look forward to working with India to support net neutrality.")), "");
  EXPECT_EQ(Summary(Find("We look forward to working with India, Kenya and Japan to support net "
                         "neutrality.")),
            "");
  EXPECT_EQ(Summary(Find("We wrote to the US and Kenya rejected the ITRs.")), "KEN oppose");
  EXPECT_EQ(Summary(Find("China, with Egypt, proposed net neutrality.")),
            "CHN support, EGY support");
  EXPECT_EQ(Summary(Find("Tanzania, along with the US, supported net neutrality.")),
            "TZA support, USA support");
  EXPECT_EQ(Summary(Find("Kenya chairs the ITU, and all agree on net neutrality.")), "");
  // A list ending in "and others" keeps its members.
  EXPECT_EQ(Summary(Find("Brazil, Sweden, and others supported net neutrality.")),
            "BRA support, SWE support");
}

TEST(StancesTest, WantDemandAdjectivesAndParticiples) {
  const Case cases[] = {
      // want / demand / insist / hope: what an actor asks for.
      {"Mali wants the ITU to manage the registry.", "MLI support"},
      {"Ghana does not want a new treaty.", "GHA oppose"},
      {"Ghana demanded a review of the ITRs.", "GHA support"},
      {"Mali insisted governments should decide.", "MLI support"},
      {"Ghana is hoping that the forum will adopt net neutrality.", "GHA support"},
      {"Mali repudiated the interference.", "MLI oppose"},
      {"Ghana later disavowed the document.", "GHA oppose"},
      // Predicative adjectives: "are against", "concerned about".
      {"Ghana and Mali are firmly against net neutrality rules.", "GHA oppose, MLI oppose"},
      {"The fight against spam in Ghana continues.", ""},
      {"Mali is concerned about the ITRs.", "MLI oppose"},
      {"Ghana was disappointed with the final text.", "GHA oppose"},
      {"Mali expressed discomfort with the ITRs.", "MLI oppose"},
      {"Ghana has lodged a protest with the ITU.", "GHA oppose"},
      // Reduced passives: a participle cue with a "by" agent.
      {"The plan, co-signed by Ghana, Mali and Kenya, caused divisions.",
       "GHA support, KEN support, MLI support"},
      {"A draft widely criticised by Ghana was withdrawn.", "GHA oppose"},
      {"A text put forward by Mali was discussed.", "MLI support"},
      // Conditions, embedded questions and questions assert nothing.
      {"It is unclear whether Ghana favours the ITRs.", ""},
      {"If the text changes, Mali would support it.", ""},
      {"Will Ghana support the ITRs?", ""},
      // A sentence-initial "it" is the previous sentence's subject.
      {"The EU gave inputs on the role of the ITU. It supports net neutrality.", "EU support"},
      // After a clause break, "it" prefers the sentence's subject.
      {"Kenya was listed with Russia as a sponsor of the text, but it disavowed the document.",
       "KEN oppose"},
      // Examples belong to the list they illustrate.
      {"The United States and other allies including Ghana and Mali insist that the ITRs cover "
       "telephony only.",
       "GHA support, MLI support, USA support"},
      {"A lot of governments are not happy with the ITRs.", "a-lot-of-governments oppose"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Summary(Find(c.text)), c.want) << c.text;
  }
}

TEST(StancesTest, FrontMatterEnd) {
  std::string hdr = "# Source: somewhere\n# Title: Ghana opposes the plan\n# ---\nBody.\n";
  EXPECT_EQ(FrontMatterEnd(hdr), hdr.find("Body"));
  std::string two = "# Source: somewhere\n# Date: 2013\nBody.\n";
  EXPECT_EQ(FrontMatterEnd(two), two.find("Body"));
  std::string yaml = "---\ntitle: x\nauthor: y\n---\nBody.\n";
  EXPECT_EQ(FrontMatterEnd(yaml), yaml.find("Body"));
  // A Markdown heading is text, not front matter.
  EXPECT_EQ(FrontMatterEnd("# Introduction\nBody.\n"), 0u);
  EXPECT_EQ(FrontMatterEnd("# Summary: one line\nBody.\n"), 0u);
  EXPECT_EQ(FrontMatterEnd("Plain text."), 0u);
  // No stance comes from the header, only from the body.
  std::string text = hdr + "Mali supported net neutrality.";
  auto v = Find(text);
  EXPECT_EQ(Summary(v), "MLI support");
}

// An executive office ("the White House", "the Kremlin") speaks for its
// government: a body whose `org` is a government id; an agency stays itself.
TEST(StancesTest, ExecutiveOfficeSpeaksForGovernment) {
  std::string text =
      "The White House said it supports net neutrality. The Regulator opposed the ITRs. "
      "Kenya welcomed the ITRs.";
  std::vector<Entity> ents = FindEntities(text);
  auto add = [&](const char* name, const char* id, const char* org) {
    Entity e;
    size_t p = text.find(name);
    e.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + strlen(name))};
    e.text = name;
    e.kind = "body";
    e.id = id;
    e.org = org;
    ents.push_back(e);
  };
  add("White House", "White House", "USA");
  add("Regulator", "Regulator", "");
  std::sort(ents.begin(), ents.end(),
            [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
  auto v = Finder().Find(text, Split(text), ents);
  EXPECT_EQ(Summary(v), "KEN support, Regulator oppose, USA support");
  const Stance* us = ByActor(v, "USA");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->via, "office");
  EXPECT_EQ(us->actor.text, "White House");
  // A document spoken by the office is the government's.
  stance::DocSpeaker sp = stance::SpeakerFromId("White House", "", Views(ents), stance_test::Lex());
  EXPECT_EQ(sp.id, "USA");
  EXPECT_EQ(sp.kind, "government");
}

// A cue is no position of the actor when the author calls on the actor, when
// it states a habit, when its subject is a relative pronoun after the actor,
// when it is a purpose infinitive after a noun, or a generic claim on a class.
TEST(StancesTest, NonAssertions) {
  EXPECT_EQ(Summary(Find("Kenya usually agrees with the ITRs.")), "");
  EXPECT_EQ(Summary(Find("Brazil should support net neutrality.")), "");
  EXPECT_EQ(Summary(Find("Japan and Norway need to embrace capacity building.")), "");
  EXPECT_EQ(Summary(Find("An ITU network to support capacity building was set up.")), "");
  EXPECT_EQ(Summary(Find("It is worse when governments support the ITRs.")), "");
  EXPECT_EQ(Summary(Find("Mali welcomed the plan, which calls for net neutrality.")),
            "MLI support");
  // The actor's own: a nominal cue, a relative clause inside the subject, a
  // class the actors belong to, an infinitive after a verb.
  EXPECT_EQ(Summary(Find("India must withdraw its proposal on the ITRs.")), "IND support");
  EXPECT_EQ(Summary(Find("Egypt and its allies, which include Mali, supported the ITRs.")),
            "EGY support");
  EXPECT_EQ(Summary(Find("Ghana was among countries which signed the ITRs.")), "GHA support");
  EXPECT_EQ(Summary(Find("Iran plans to support the ITRs.")), "IRN support");
  // "backing to" with a light verb.
  EXPECT_EQ(Summary(Find("Canada gave backing to net neutrality.")), "CAN support");
  // A noun is no verb cue: "large blocks of addresses".
  EXPECT_EQ(Summary(Find("Iran received large blocks of addresses.")), "");
}

// The speaker's normative rule skips rhetoric, capacity statements ("alone",
// "on its own"), a denied belief ("I do not think it is necessary") and a
// putative "should" ("it is pleasing that ... should"), and a negated call to
// inaction is a call to act.
TEST(StancesTest, NormativeRhetoric) {
  const std::string text =
      "# Author/org: Government of GHA\n# ---\nI must admit the ITRs were hard to read. We cannot "
      "ignore the reports. That should come as no surprise. Governments cannot achieve it alone. "
      "We must not forget the past. The UN cannot remain on the sidelines. The UN cannot do it "
      "on its own. I do not think it is necessary to act now. It is necessary to say a word on "
      "trade. It is pleasing that the report should agree.";
  auto found = FindWithDocSpeaker(Document::FromText("d", text));
  ASSERT_TRUE(found.has_value());
  const std::vector<Stance>& v = *found;
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].actor.id, "GHA");
  EXPECT_EQ(v[0].polarity, "support");
  EXPECT_NE(text.substr(v[0].span.begin, v[0].span.size()).find("sidelines"), std::string::npos);
}

// Calls against something, exhortations and needs of a document speaker:
// the polarity and the target each statement gives, one sentence at a time.
// A sentence of a document whose speaker is Ghana, and the one stance it
// should give (or none).
struct SpeakerRow {
  const char* sentence;
  const char* polarity;  // "" for no stance
  const char* target;    // the target text begins so; links: "=ID"
};

void ExpectSpeakerRows(const std::vector<SpeakerRow>& rows) {
  for (const SpeakerRow& r : rows) {
    const std::string text = std::string("# Author/org: Government of GHA\n# ---\n") + r.sentence;
    auto found = FindWithDocSpeaker(Document::FromText("d", text));
    ASSERT_TRUE(found.has_value()) << r.sentence;
    if (*r.polarity == 0) {
      EXPECT_TRUE(found->empty()) << r.sentence << ": " << Summary(*found);
      continue;
    }
    ASSERT_EQ(found->size(), 1u) << r.sentence << ": " << Summary(*found);
    const Stance& st = (*found)[0];
    EXPECT_EQ(st.actor.id, "GHA") << r.sentence;
    EXPECT_EQ(st.polarity, r.polarity) << r.sentence;
    std::string want = r.target, link;
    if (size_t eq = want.find('='); eq != std::string::npos) {
      link = want.substr(eq + 1);
      want.resize(eq);
    }
    EXPECT_EQ(st.target.text.rfind(want, 0), 0u) << r.sentence << ": " << st.target.text;
    EXPECT_EQ(st.target.entity, link) << r.sentence;
  }
}

TEST(StancesTest, NormativeCallsAgainstAndExhortations) {
  ExpectSpeakerRows({
      {"We must avoid a new arms race in outer space.", "oppose", "a new arms race"},
      {"The international community should combat cybercrime.", "oppose", "cybercrime"},
      {"We must not stop the reforms now.", "support", "the reforms"},
      {"We should not avoid the hard questions.", "support", "not avoid"},
      // Inaction negated before what it would let happen is against that.
      {"We cannot stand idly by while civilians are killed.", "oppose", "civilians are killed"},
      {"We cannot look on and wait for the violence to spread.", "oppose", "the violence"},
      {"We must not lose sight of the principles when dealing with conflicts.", "support",
       "not lose sight"},
      {"We cannot prevent every single attack.", "", ""},
      {"Such attacks on embassies must be firmly condemned.", "oppose", "Such attacks"},
      {"Violations of that kind cannot be stopped by words alone.", "", ""},
      {"Let us work together for peace in the Sahel.", "support", "work together"},
      {"Let us not repeat the errors of the past.", "oppose", "repeat the errors"},
      {"Let us fight poverty in every region.", "oppose", "poverty"},
      {"Let us not forget the victims.", "", ""},
      {"Let us be clear about this.", "", ""},
      {"So let us build bridges between regions.", "support", "build bridges"},
      {"The world needs a stronger ITU.", "support", "a stronger ITU=ITU"},
      {"We need not fear the future.", "", ""},
      {"We need to remember our history.", "", ""},
      {"The needs of small island States are many.", "", ""},
      {"It is therefore imperative to keep the Internet open.", "support", "to keep"},
      {"It is necessary to prevent the killing of civilians.", "oppose", "the killing"},
      {"It is urgent that we end the disparity in voting rights.", "oppose", "the disparity"},
      {"Terrorism is unjustifiable.", "oppose", "Terrorism"},
      {"It is unacceptable that the talks have stalled.", "oppose", "that the talks"},
      // What an oppose statement is against is its head, not a name far in it.
      {"The delay in reforming the ITU is unacceptable.", "oppose", "The delay in reforming"},
      {"We must avoid a failure of the talks at the ITU.", "oppose", "a failure of the talks"},
      {"We must avoid any ITU control of the Internet.", "oppose", "any ITU control=ITU"},
      // Calls for a subject or an object: importance, needs, requirements.
      {"Dialogue is essential.", "support", "Dialogue"},
      {"Reforms of the ITU are therefore needed.", "support", "Reforms of the ITU=ITU"},
      {"The ITRs are not essential.", "", ""},
      {"It is important to note that the meeting ended.", "", ""},
      {"It is important that we protect net neutrality.", "support", "that we protect"},
      {"Complex problems require innovative solutions.", "support", "innovative solutions"},
      {"The basic needs of the poor are many.", "", ""},
      {"Millions of people are in urgent need of food aid.", "", ""},
      // "more needs to be done to X", "we can do (a lot) more to X": calls
      // for X; not when nothing more is needed, nor for somebody else.
      {"Much more needs to be done to protect the oceans.", "support", "protect the oceans"},
      {"Nothing more needs to be done to help them.", "", ""},
      // "The time has (also) come (for us) to X": a call for X.
      {"The time has also come for us to reform the Council.", "support", "to reform the Council"},
      {"We can do a lot more to improve data governance.", "support", "improve data governance"},
      {"We can do more than that.", "", ""},
      {"You can do more to help.", "", ""},
      {"Engineers are key partners in fighting poverty.", "", ""},
      {"We keep supplies moving to where they are needed most.", "", ""},
      {"The private sector, whose role is essential, is involved.", "", ""},
      {"The ITU should have acted sooner.", "oppose", "The ITU=ITU"},
      // Praise of a subject.
      {"The IGF plays a crucial role in the dialogue.", "support", "The IGF=IGF"},
      {"The adoption of the ITRs was an important step.", "support",
       "The adoption of the ITRs=ITRs"},
      {"The ITU can play a leading role here.", "support", "The ITU=ITU"},
      {"It is an important step to take.", "", ""},
      // Condemning and failing adjectives after "be": against the subject,
      // whatever follows; after a dummy "it", against what follows.
      {"Unilateral sanctions are unacceptable to the people of Cuba.", "oppose",
       "Unilateral sanctions"},
      {"I stress that the use of such weapons is unacceptable.", "oppose", "the use of"},
      {"Unilateral sanctions are counterproductive.", "oppose", "Unilateral sanctions"},
      {"It is futile to impose sanctions.", "oppose", "to impose sanctions"},
      {"Without reform, its mission will be unsustainable.", "", ""},
      {"We took a counterproductive step.", "", ""},
      {"The IGF remains the best platform for dialogue.", "support", "The IGF=IGF"},
      {"The ITU provides the appropriate legal framework.", "support", "The ITU=ITU"},
      {"Trade is growing, and the ITU remains the best forum.", "", ""},
      {"The IGF has proved its worth.", "support", "The IGF=IGF"},
      {"The IGF has not shown its relevance.", "", ""},
      {"The IGF has lost its relevance.", "", ""},
      {"The treaty is not a significant achievement.", "", ""},
      {"There is an important role for the ITU.", "", ""},
      {"Civil society, which plays a vital role, was absent.", "", ""},
      {"The lesson is that cooperation is essential to recovery.", "support", "cooperation"},
      {"A reform of the ITU will be required, a process long overdue.", "support",
       "A reform of the ITU=ITU"},
      {"It must be repeated that such attacks are unacceptable.", "oppose", ""},
      {"The requirements of the ITU are many.", "", ""},
      // A call for action against something is against it.
      {"We need determined action to close the gender gap.", "oppose", "the gender gap"},
      {"We must take urgent steps to end impunity for such crimes.", "oppose", "impunity"},
      {"We must redouble our efforts to eradicate hunger.", "oppose", "hunger"},
      {"Joint efforts against online fraud are needed.", "oppose", "online fraud"},
      {"We need to bridge the gap between regions.", "oppose", "the gap between"},
      {"We need action on ocean pollution.", "support", "action on ocean"},
      {"We must take steps to strengthen the IGF.", "support", "take steps to strengthen=IGF"},
      {"To end such deadlocks, a reform of the ITU will be required.", "support",
       "To end such deadlocks=ITU"},
      // "X is of ... importance".
      {"Trust between the parties is of paramount importance.", "support", "Trust between"},
      {"Capacity building remains of the utmost importance.", "support", "Capacity building"},
      {"It is of great importance to the region.", "", ""},
      {"The question is not of great importance.", "", ""},
      // Praise without an adjective, "another", more praise verbs.
      {"Mediation is another important means of peace.", "support", "Mediation"},
      {"Freedom of expression is a cornerstone of democracy.", "support", "Freedom of"},
      {"The Agenda offers a good example of cooperation.", "support", "The Agenda"},
      {"A cornerstone of the plan was dropped.", "", ""},
      {"There is a milestone ahead.", "", ""},
      {"We view the summit in Tunis as an important step.", "support", "the summit in Tunis"},
      {"Many regard the summit as an important step.", "", ""},
      {"We do not view the plan as an important step.", "", ""},
      {"We therefore need a stronger forum.", "support", "a stronger forum"},
      {"We urgently need to close the gender gap.", "oppose", "the gender gap"},
      // A cue's support for action against something is against it.
      {"We support efforts to combat online fraud.", "oppose", "efforts to combat"},
      {"We are committed to fighting online fraud.", "oppose", "fighting online fraud"},
      {"We support measures against online fraud.", "oppose", "measures against"},
      {"We reject measures to ban encryption.", "support", "measures to ban"},
      {"We support efforts to strengthen the IGF.", "support", "efforts to strengthen=IGF"},
      // A call that names nothing to do gives nothing.
      {"We must act now.", "", ""},
      {"Let us move forward together.", "", ""},
      {"We must act against impunity.", "oppose", "impunity"},
      // A restrictive relative clause describes; it calls for nothing.
      {"The principles that should govern the Internet were discussed.", "", ""},
      {"Delegates who must leave early may vote first.", "", ""},
      // "our" is the speaker's; persistence is no negation.
      {"Our fight against online fraud goes on.", "oppose", "online fraud"},
      {"We will not tire in our defence of the Charter.", "support", "the Charter"},
  });
}

// What does harm, what is at fault, which way out, indifference refused.
TEST(StancesTest, NormativeHarmFaultAndWayOut) {
  ExpectSpeakerRows({
      // What does harm is opposed; what is lacking supported.
      {"Every armed intervention has worsened the conflicts.", "oppose",
       "Every armed intervention"},
      {"Online fraud threatens small businesses.", "oppose", "Online fraud"},
      {"After years of talks, the blockade is further hampering trade.", "oppose", "the blockade"},
      {"The lack of investment in broadband has hampered growth.", "support", "investment in"},
      // A passive: against its agent (speaker_positions2_test.cc HarmedBy).
      {"Trust has been undermined by online fraud.", "oppose", "online fraud"},
      {"Their attempts to undermine the treaty will fail.", "", ""},
      {"They claim that sanctions have hampered growth.", "", ""},
      {"It threatens small businesses.", "", ""},
      {"Now they threaten small businesses.", "", ""},
      {"The ITU has not undermined the talks.", "", ""},
      {"The ITU drafts rules, sets standards and threatens nobody.", "", ""},
      // What is at fault is opposed, never what it threatens.
      {"Such interference is a breach of international law.", "oppose", "Such interference"},
      {"Online fraud poses a serious threat to small businesses.", "oppose", "Online fraud"},
      {"The blockade remains the main obstacle to growth.", "oppose", "The blockade"},
      {"The absence of a settlement is a threat to peace.", "support", "a settlement"},
      {"In the end, the erosion of the rules, including the old codes, poses a danger to all.",
       "support", "the rules"},
      {"Sanctions, in our view, are a breach of international law.", "oppose", "Sanctions"},
      {"It is a threat to the open Internet.", "", ""},
      // Grave concern with nothing after it is about the subject, or nothing.
      {"The slow pace of the reform talks is a source of grave concern.", "oppose",
       "The slow pace of the reform talks"},
      {"This is a matter of grave concern.", "", ""},
      {"We note this with grave concern.", "", ""},
      {"We note with grave concern the slow pace of reform.", "oppose", "the slow pace"},
      {"The plan is not a threat to the open Internet.", "", ""},
      {"A threat to the open Internet was averted.", "", ""},
      // Two states joined name a relation, neither state's conduct.
      {"US-China tensions are a threat to growth.", "oppose", "US-China tensions="},
      // What would help, what helps us.
      {"More attention to prevention would help to avoid such crimes.", "support",
       "More attention"},
      {"Exchanges with scientists allow us to make the right decisions.", "support", "Exchanges"},
      {"It would help us.", "", ""},
      {"Some said that their neighbours would help when needed.", "", ""},
      {"Nothing can help.", "", ""},
      {"The plan helped us.", "", ""},
      {"Their attempts to help the rebels failed.", "", ""},
      // A way out.
      {"Unilateralism is not an option.", "oppose", "Unilateralism"},
      {"Force is no solution.", "oppose", "Force"},
      {"The only solution is through dialogue and mediation.", "support", "dialogue"},
      {"Dialogue is the only way forward.", "support", "Dialogue"},
      {"There is no military solution to the crisis.", "oppose", "military solution"},
      {"There is no alternative to the IGF.", "support", "the IGF=IGF"},
      {"There is no solution to the crisis yet.", "", ""},
      {"The way forward is unclear.", "", ""},
      // Indifference refused is against what one cannot ignore.
      {"We cannot remain indifferent to the suffering of civilians.", "oppose", "the suffering"},
      {"Nor can we remain indifferent to the spread of malaria.", "oppose", "the spread"},
      {"The world remained indifferent to the suffering.", "", ""},
      // "It is incumbent upon X to": a call for what X is to do.
      {"It is incumbent upon the ITU to publish its rules.", "support", "to publish its rules"},
      {"It is the responsibility of the ITU to publish its rules.", "support", "to publish"},
      {"It is our shared duty to end online fraud.", "oppose", "online fraud"},
      {"It is the responsibility of the ITU.", "", ""},
      // A right.
      {"Freedom of expression is a human right.", "support", "Freedom of expression"},
      {"Access to the Internet is a basic right of every citizen.", "support", "Access to"},
      {"We have the right to develop.", "", ""},
      {"Privacy is not a universal right.", "", ""},
      // Not against what one allows, fights for or must not lose sight of.
      {"We cannot allow the ITU to perish on our watch.", "oppose", "perish"},
      {"Member States must fight to uphold the Charter.", "support", "fight to uphold"},
      {"We must not lose sight of the principles of the Charter.", "support", "not lose sight"},
      {"The cost of conflict, exacerbated by neglect, is high.", "", ""},
      {"We should like to thank the Chair.", "", ""},
      {"The plight of refugees must not be overlooked.", "support", "The plight of refugees"},
      {"It is important to underline the need for reform of the ITU.", "support",
       "to underline the need for reform of the ITU=ITU"},
      {"We cannot fail to highlight a few aspects.", "", ""},
      // "Let me" + a stance verb: the speaker's.
      {"Let me stress the need for reform of the ITU.", "support", "reform of the ITU=ITU"},
      {"Let me begin by thanking the Chair.", "", ""},
      // The subject after "why".
      {"That is why the role of the IGF is so crucial.", "support", "the role of the IGF=IGF"},
  });
}

TEST(StancesTest, FirstPersonSubjects) {
  std::string t = "We support it, and my Government and I agree, as Annex I says.";
  auto v = stance::FirstPersonSubjects(En(), t, {0, static_cast<uint32_t>(t.size())});
  std::vector<std::string> got;
  for (const Span& s : v) got.push_back(t.substr(s.begin, s.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"We", "my Government", "I"}));
}

// The word reader keeps a contraction whole ("We've", "I’m"); its subject is
// the pronoun, with either apostrophe. "it's" and "Weird" are no subjects,
// nor "I'd" and "we’ll" (their modal would be lost).
TEST(StancesTest, FirstPersonSubjectsOfContractions) {
  std::string t =
      "We've agreed, we\xE2\x80\x99re sure I\xE2\x80\x99m right, I'd say we\xE2\x80\x99ll see "
      "it's Weird.";
  auto v = stance::FirstPersonSubjects(En(), t, {0, static_cast<uint32_t>(t.size())});
  std::vector<std::string> got;
  for (const Span& s : v) got.push_back(t.substr(s.begin, s.size()));
  EXPECT_EQ(got, (std::vector<std::string>{"We", "we", "I"}));
}

TEST(StancesTest, DocumentSpeaker) {
  auto run = [](const std::string& text, const char* meta = nullptr) {
    Document d = Document::FromText("d", text);
    if (meta) d.SetLayer("meta", meta);
    auto v = FindWithDocSpeaker(d);
    if (!v) return std::string("-");
    std::string out;
    for (const Stance& s : *v)
      out += (out.empty() ? "" : ", ") + s.actor.id + " " + s.polarity + " " + s.via;
    return out;
  };
  const std::string body =
      "We support net neutrality. My Government rejects the ITRs. The Council must be reformed. "
      "Such practices are unacceptable. Kenya proposed capacity building.";
  EXPECT_EQ(run("# Source: x\n# Author/org: Government of GHA (head of state)\n# ---\n" + body),
            "GHA support speaker, GHA oppose speaker, GHA support speaker, GHA oppose speaker, "
            "KEN support ");
  // The value names the speaker only when it is the entity, not a mention.
  EXPECT_EQ(run("# Source: x\n# Author/org: Mali (Ministry of Foreign Affairs)\n# ---\nWe oppose "
                "the ITRs."),
            "MLI oppose speaker");
  EXPECT_EQ(run("# Source: x\n# Author/org: Jane Doe (The Ghana Times)\n# ---\n" + body), "-");
  EXPECT_EQ(run("# Source: x\n# Author/org: Mali verbatim report; speakers are MPs\n# ---\nWe "
                "oppose the ITRs."),
            "-");
  // The header is read by the parser `caucus read` uses: a YAML header and a
  // quoted value name the speaker too.
  EXPECT_EQ(run("---\ntitle: Notes\nauthor: Mali\n---\nWe oppose the ITRs."), "MLI oppose speaker");
  EXPECT_EQ(run("# Source: x\n# Speaker: \"Mali\"\n# ---\nWe oppose the ITRs."),
            "MLI oppose speaker");
  EXPECT_EQ(run("# Source: x\n# Speaker : Mali\n# ---\nWe oppose the ITRs."), "MLI oppose speaker");
  // meta.speaker set by a pipeline.
  EXPECT_EQ(run("We oppose the ITRs.", R"({"speaker":"KEN"})"), "KEN oppose speaker");
  // Quoted first person belongs to whoever is quoted.
  EXPECT_EQ(
      run("\"We oppose the ITRs,\" the minister of a neighbour said.", R"({"speaker":"KEN"})"), "");
}

// A UN General Debate Corpus file name ("CODE_SESSION_YEAR.txt") names the
// state; any other name, or a code that is no government, names no one.
TEST(StancesTest, SpeakerFromUngdFileName) {
  auto of = [](const char* id) {
    std::optional<stance::DocSpeaker> s = stance::SpeakerFromFileName(stance_test::Lex(), id, {});
    return s ? s->id + " " + s->kind : std::string("-");
  };
  EXPECT_EQ(of("corpus/Session 69 - 2014/BRA_69_2014.txt"), "BRA government");
  EXPECT_EQ(of("UNGD_KEN_7_1952.txt"), "KEN government");
  EXPECT_EQ(of("BRA_69_2014"), "BRA government");
  EXPECT_EQ(of("XYZ_69_2014.txt"), "-");
  EXPECT_EQ(of("EUR_69_2014.txt"), "-");
  EXPECT_EQ(of("BRA_2014.txt"), "-");
  EXPECT_EQ(of("BRA_69_14.txt"), "-");
  EXPECT_EQ(of("BRA_1234_2014.txt"), "-");
  EXPECT_EQ(of("notes/BRA_69_2014_draft.txt"), "-");
  EXPECT_EQ(of("bra_69_2014.txt"), "-");
}

// The person entity "Ama Mensah" at the start of a text, with her role and
// org.
Entity AmaMensah(const char* role, const char* org) {
  Entity p;
  p.span = {0, 10};
  p.text = "Ama Mensah";
  p.kind = "person";
  p.id = "ama-mensah";
  p.role = role;
  p.org = org;
  return p;
}

TEST(StancesTest, PeopleSpeakForTheirOrg) {
  std::string text = "Ama Mensah, executive director of the Example Institute, opposed the ITRs.";
  std::vector<Entity> ents = FindEntities(text);
  const Entity p = AmaMensah("Executive Director", "EXI");
  Entity b;
  b.span = {static_cast<uint32_t>(text.find("Example")),
            static_cast<uint32_t>(text.find("Example") + 17)};
  b.kind = "body";
  b.id = "EXI";
  ents.insert(ents.begin(), p);
  ents.insert(ents.begin() + 1, b);
  auto v = Finder().Find(text, Split(text), ents);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].actor.id, "EXI");
  EXPECT_EQ(v[0].actor.kind, "body");
  EXPECT_EQ(v[0].actor.text, "Ama Mensah");
  EXPECT_EQ(v[0].via, "role");
  EXPECT_EQ(v[0].polarity, "oppose");

  // A former official speaks for nobody but themselves.
  ents[0].role = "former executive director";
  v = Finder().Find(text, Split(text), ents);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].actor.id, "ama-mensah");
  EXPECT_EQ(v[0].actor.kind, "person");
}

// An org the text does not name takes its kind from the dictionaries: three
// capital letters are a body's id ("ITU", "NSA") unless a government has it.
TEST(StancesTest, OrgNotNamedTakesItsKindFromTheDictionaries) {
  std::string text = "Ama Mensah opposed the ITRs.";
  auto run = [&](const char* org) {
    std::vector<Entity> ents = FindEntities(text);
    ents.insert(ents.begin(), AmaMensah("Secretary-General", org));
    auto v = Finder().Find(text, Split(text), ents);
    return v.size() == 1 ? v[0].actor.id + " " + v[0].actor.kind : "";
  };
  EXPECT_EQ(run("ITU"), "ITU body");
  EXPECT_EQ(run("NSA"), "NSA body");
  EXPECT_EQ(run("KEN"), "KEN government");
  EXPECT_EQ(stance::SpeakerFromId("ITU", "", std::vector<EntityView>{}, stance_test::Lex()).kind,
            "body");
  EXPECT_EQ(stance::SpeakerFromId("BRA", "", std::vector<EntityView>{}, stance_test::Lex()).kind,
            "government");
}

// The states of a hyphenated word, for StancesTest.HyphenatedStates.
const stance_test::E kHyphenTable[] = {
    {"Kenya", "government", "KEN"},   {"Chile", "government", "CHL"},
    {"Chilean", "government", "CHL"}, {"Peru", "government", "PER"},
    {"ITU", "body", "ITU"},           {"WHO", "body", "WHO"}};

// The target link of the first stance of a cue in `text` ("none" without
// one); with `speaker`, of the speaker's first statement.
std::string HyphenTarget(const std::string& text, const char* speaker = nullptr) {
  const std::vector<Entity> found = stance_test::FindEntitiesIn(kHyphenTable, text, true);
  std::vector<Stance> v;
  if (speaker) {
    const std::vector<EntityView> ents = Views(found);
    const stance::DocSpeaker sp =
        stance::SpeakerFromId(speaker, "government", ents, stance_test::Lex());
    v = stance::FindWithSpeaker(text, sp, Finder(), Split(text), ents);
  } else {
    v = Finder().Find(text, Split(text), found);
  }
  return v.empty() ? std::string("none") : v[0].target.entity;
}

// A hyphen joins two states into a relation, or a state to a prefix or a
// suffix that makes a modifier: none of these is the state as a target or a
// doer.
TEST(StancesTest, HyphenatedStates) {
  // Two government mentions joined by a hyphen or a slash name a relation,
  // not either state's conduct; two bodies so joined are each linkable.
  EXPECT_EQ(HyphenTarget("The Chile-Peru dispute poses a serious threat to peace.", "KEN"), "");
  EXPECT_EQ(HyphenTarget("The ITU-WHO dispute poses a serious threat to health.", "KEN"), "ITU");
  EXPECT_EQ(HyphenTarget("Kenya condemned the Chile-Peru deal."), "");
  EXPECT_EQ(HyphenTarget("Kenya condemned the Chile/Peru deal."), "");
  EXPECT_EQ(HyphenTarget("Kenya condemned Chile's deal with Peru."), "CHL");
  EXPECT_EQ(HyphenTarget("Kenya condemned the ITU-WHO deal."), "ITU");
  // The second half of a pair whose first half the layer does not name.
  EXPECT_EQ(HyphenTarget("Kenya condemned the Sino-Chilean deal."), "");
  EXPECT_EQ(HyphenTarget("The Sino-Chilean dispute poses a serious threat to peace.", "KEN"), "");
  // After "anti-" or "pro-" a state is a side (side_prefixes).
  EXPECT_EQ(HyphenTarget("Kenya condemned the anti-Chilean coalition."), "");
  EXPECT_EQ(HyphenTarget("Kenya condemned the pro-Chilean militias."), "");
  EXPECT_EQ(HyphenTarget("Kenya condemned the Chilean militias."), "CHL");
  // Before "-made" or "-based" it says where something is from
  // (place_compound_words); "-led" names the doer.
  EXPECT_EQ(HyphenTarget("Kenya condemned the Chilean-made weapons."), "");
  EXPECT_EQ(HyphenTarget("Kenya opposed the Chile-based registry."), "");
  EXPECT_EQ(HyphenTarget("Kenya opposed the Chile-centric model."), "");
  EXPECT_EQ(HyphenTarget("Kenya condemned the Chilean-led raid."), "CHL");
  // Nor does a side do a wrong.
  EXPECT_EQ(
      stance_test::Criticised(kHyphenTable, "PER", "The anti-Chilean campaign is unacceptable."),
      "");
  EXPECT_EQ(
      stance_test::Criticised(kHyphenTable, "PER", "The pro-Chilean militias attacked the town."),
      "");
  EXPECT_EQ(stance_test::Criticised(kHyphenTable, "PER", "The Chilean campaign is unacceptable."),
            "CHL criticise");
}

// Holders named after the cue: "drew criticism from", "unacceptable to".
TEST(StancesTest, HolderAfterCue) {
  auto v = Find("The plan drew sharp criticism from Brazil and India.");
  EXPECT_EQ(Summary(v), "BRA oppose, IND oppose");
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].target.text, "The plan");
  // The evidence runs from the target to the holder.
  EXPECT_EQ(v[0].span.begin, 0u);
  EXPECT_EQ(v[0].span.end, std::string("The plan drew sharp criticism from Brazil").size());
  EXPECT_EQ(Summary(Find("The new ITRs are unacceptable to most countries.")),
            "most-countries oppose");
  EXPECT_EQ(Summary(Find("The proposal found support among developing countries.")),
            "developing-countries support");
  v = Find("The proposal received no backing from Kenya.");
  EXPECT_EQ(Summary(v), "KEN oppose");
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].modality, "negated");
  // No holder after the cue, or no verb before it: no stance.
  EXPECT_EQ(Summary(Find("It is unacceptable to impose the ITRs.")), "");
  EXPECT_EQ(Summary(Find("Criticism from Brazil of the ITRs.")), "");
}

// Light constructions, content clauses and relative clauses.
TEST(StancesTest, LightConstructionsAndClauses) {
  auto v = Find("Ghana is a signatory of the ITRs.");
  EXPECT_EQ(Summary(v), "GHA support");
  ASSERT_FALSE(v.empty());
  EXPECT_EQ(v[0].act, "sign");
  EXPECT_EQ(Summary(Find("Mali is not a signatory to the ITRs.")), "MLI oppose");
  EXPECT_EQ(Summary(Find("Kenya joined partners in welcoming the ITRs.")), "KEN support");
  EXPECT_EQ(Summary(Find("Japan has given substantial backing to net neutrality.")), "JPN support");
  // The content clause's cue wins over "insists"; without one, "insists" stays.
  v = Find("India insists it is against the ITRs.");
  EXPECT_EQ(Summary(v), "IND oppose");
  EXPECT_EQ(Summary(Find("India insists net neutrality is vital.")), "IND support");
  // The perfect progressive keeps its subject; "has" + a gerund noun does not.
  EXPECT_EQ(Summary(Find("Egypt has always been supporting net neutrality.")), "EGY support");
  EXPECT_EQ(Summary(Find("Egypt has supporting documents.")), "");
  // A call to explain is no policy position.
  EXPECT_EQ(Summary(Find("Egypt seeks to explain the ITRs.")), "");
  EXPECT_EQ(Summary(Find("Egypt seeks a role for the ITU.")), "EGY support");
  // The cue in a relative clause with its own subject is not the head's.
  EXPECT_EQ(Summary(Find("Iran has endured sanctions, which the bulk of the assembly demanded "
                         "be lifted.")),
            "");
  // A missed sentence break: the actor before it is no subject.
  const std::string text = "Mali was consulted by the ITU. Kenya opposed the ITRs.";
  const uint32_t n = static_cast<uint32_t>(text.size());
  EXPECT_EQ(Summary(Finder().Find(text, {{{0, n}, 0}}, FindEntities(text))), "KEN oppose");
}

TEST(StancesTest, WhileClauseResolvesIt) {
  auto v = Find(
      "The US, supported by the EU and Japan, opposed consideration of net neutrality, "
      "whereas India and China supported it.");
  EXPECT_EQ(Summary(v), "CHN support, EU oppose, IND support, JPN oppose, USA oppose");
  const Stance* c = ByActor(v, "CHN");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->target.topic, "net-neutrality");
  const Stance* eu = ByActor(v, "EU");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->via, "supported-by");
  // A nominal cue with its own holder inside a verb's target is a stance too.
  auto u = Find("Kenya reaffirmed the US endorsement of net neutrality.");
  EXPECT_EQ(Summary(u), "KEN support, USA support");
  const Stance* us = ByActor(u, "USA");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->target.topic, "net-neutrality");
  // "the Russia-led proposals": the leader's proposal.
  {
    const std::string t = "The Russia-led proposals would give the ITU new powers.";
    std::vector<Entity> ents = FindEntities(t);
    Entity r;
    r.span = {4, 10};
    r.text = "Russia";
    r.kind = "government";
    r.id = "RUS";
    ents.insert(ents.begin(), r);
    EXPECT_EQ(Summary(Finder().Find(t, Split(t), ents)), "RUS support");
  }
  // So is a cue whose holder follows it.
  EXPECT_EQ(Summary(Find("India's decision to support net neutrality has drawn mostly applause "
                         "from civil society.")),
            "IND support, civil-society support");
  // "it" after "but" and a short adverbial is the sentence's subject.
  EXPECT_EQ(Summary(Find("Egypt was named as a co-author of the Russian text, but on Sunday it "
                         "rejected the ITRs.")),
            "EGY oppose");
}

// A demonym is the government only with a role noun or a nominal cue; the
// people and the country's firms are not.
TEST(StancesTest, DemonymsNameTheGovernmentOnlyWithARole) {
  auto find = [](const std::string& text) {
    std::vector<Entity> ents = FindEntities(text);
    for (const char* d : {"Indian", "Brazilians", "Russian"}) {
      for (size_t p = text.find(d); p != std::string::npos; p = text.find(d, p + 1)) {
        Entity e;
        e.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + strlen(d))};
        e.text = d;
        e.kind = "government";
        e.id = d[0] == 'I' ? "IND" : d[0] == 'B' ? "BRA" : "RUS";
        e.form = "demonym";
        ents.push_back(e);
      }
    }
    std::sort(ents.begin(), ents.end(),
              [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; });
    return Summary(Finder().Find(text, Split(text), ents));
  };
  EXPECT_EQ(find("Indian companies opposed the ITRs."), "");
  EXPECT_EQ(find("Brazilians supported net neutrality."), "");
  EXPECT_EQ(find("The board has an Indian as chair, and all agree on net neutrality."), "");
  EXPECT_EQ(find("The Indian delegation opposed the ITRs."), "IND oppose");
  EXPECT_EQ(find("Kenya welcomed the Russian proposal for net neutrality."),
            "KEN support, RUS support");
}

// An "it" opening a sentence, also after a short leading adverbial, is the
// previous sentence's subject, not its last government.
TEST(StancesTest, ItAfterLeadingAdverbial) {
  auto v = Find(
      "India, like China, supports net neutrality. On the other hand, it opposes "
      "the ITRs.");
  ASSERT_EQ(v.size(), 3u) << Summary(v);
  EXPECT_EQ(v[2].actor.id, "IND");
  EXPECT_EQ(v[2].polarity, "oppose");
}

// A sentence-opening "it" after a sentence without actors is not resolved
// to an actor two sentences back: it is more often a thing.
TEST(StancesTest, OpeningItSkipsActorsBeforeThePreviousSentence) {
  EXPECT_EQ(Summary(Find("Kenya met the ITU. The experts wrote a long report. It proposes net "
                         "neutrality.")),
            "");
  EXPECT_EQ(Summary(Find("In Geneva, Kenya spoke at length. It proposed net neutrality.")),
            "KEN support");
}

TEST(StancesTest, AcrossSentencesInParagraph) {
  std::string text =
      "Much of the debate centered around a proposal made by Brazil to introduce a new opinion. "
      "In deliberations, Brazil clarified that it intended its proposal to highlight capacity "
      "building. The delegation also supported net neutrality.\n\nIt rained.";
  auto v = Find(text);
  for (const Stance& s : v) EXPECT_EQ(s.actor.id, "BRA") << s.act << " " << s.target.text;
  ASSERT_GE(v.size(), 3u);
  bool capacity = false;
  for (const Stance& s : v) capacity |= s.target.topic == "capacity-building";
  EXPECT_TRUE(capacity);
}

// "block" after a noun that modifies it is the noun ("address blocks"); a
// bare "insist" whose clause has no cue is a call unless the clause is a
// plain claim (indicative, nothing normative).
TEST(StancesTest, NounBlocksAndInsistClaims) {
  EXPECT_EQ(Summary(Find("The ITU assigns address blocks to Kenya.")), "");
  EXPECT_EQ(Summary(Find("The ITU assigns IPv4 blocks to Kenya.")), "");
  EXPECT_EQ(Summary(Find("Russia blocks the ITRs.")), "RUS oppose");
  EXPECT_EQ(Summary(Find("India insists the talks were about trade.")), "");
  EXPECT_EQ(Summary(Find("India insisted that the ITRs be changed.")), "IND support");
  EXPECT_EQ(Summary(Find("India insists the ITU should keep its role.")), "IND support");
  EXPECT_EQ(Summary(Find("India insists the ITRs will be signed.")), "");
}

// Echoed views copy only a stance from the same paragraph or the one before.
TEST(StancesTest, EchoNeedsARecentView) {
  auto run = [](const std::string& text) {
    auto sents = Split(text);
    auto ents = FindEntities(text);
    auto v = Finder().Find(text, sents, ents);
    stance::EchoedViews(stance_test::Lex(), text, sents, Views(ents), &v);
    return Summary(v);
  };
  EXPECT_EQ(run("Brazil opposed the ITRs. Similar views have been expressed by Kenya."),
            "BRA oppose, KEN oppose");
  EXPECT_EQ(run("Brazil opposed the ITRs. The vote came late. Delegates went home.\n\nSimilar "
                "views have been expressed by Kenya."),
            "BRA oppose, KEN oppose");
  // Further back, the paragraphs between must still name the target.
  EXPECT_EQ(run("Brazil opposed the ITRs.\n\nThe vote came late.\n\nThe talks moved to "
                "spam.\n\nSimilar views have been expressed by Kenya."),
            "BRA oppose");
  EXPECT_EQ(run("Brazil opposed the ITU.\n\nThe vote came late.\n\nThe ITU had no say "
                "in it.\n\nSimilar views have been expressed by Kenya."),
            "BRA oppose, KEN oppose");
}

// A parliamentary debate without a turns layer: the rapporteur speaks for
// the committee the chair names, the reply that speaks of the Commission and
// of Parliament's report is the Commission's, members speak for nobody.
TEST(StancesTest, ParliamentSpeakers) {
  const std::string text =
      "The next item is the report by Mr Rossi , on behalf of the Committee on Trade , on "
      "cables .\n"
      "Mr President , we fully support the proposal on cables .\n"
      "Mr President , I support the proposal too and the Commission must act , Commissioner .\n"
      "Mr President , the Commission welcomes Parliament 's report .\n"
      "We support the proposal on cables . The Commission will act . The Commission cannot do "
      "everything on its own .\n";
  auto sents = Split(text);
  const auto found = FindEntities(text);
  const std::vector<EntityView> ents = Views(found);
  std::vector<stance::DocSpeaker> speakers;
  std::vector<int> per;
  ASSERT_TRUE(stance::ParliamentSpeakers(stance_test::Lex(), text, sents, ents, &speakers, &per));
  auto v = stance::FindWithSpeakers(text, speakers, per, Finder(), sents, ents);
  std::string out;
  for (const Stance& s : v)
    out += (out.empty() ? "" : ", ") + s.actor.id + " " + s.polarity + " " + s.via;
  EXPECT_EQ(out,
            "INTA support speaker, European Commission support , European Commission support "
            "speaker");
  // The labelled format: "Name (GROUP), rapporteur. - ", "X, Member of the
  // Commission. - "; a member for a group the dictionary lacks gets none.
  const std::string labelled =
      "President. \xE2\x80\x93 The next item is the report by Mr Rossi, on behalf of the "
      "Committee on Trade, on cables.\n\n"
      "Rossi (PSE), rapporteur. \xE2\x80\x93 Mr President, we support the proposal on cables.\n\n"
      "Smith (PPE-DE). \xE2\x80\x93 Mr President, on behalf of my group, we support the "
      "proposal.\n\n"
      "Doe, Member of the Commission. \xE2\x80\x93 Mr President, we reject the proposal.\n";
  speakers.clear();
  ASSERT_TRUE(stance::ParliamentSpeakers(stance_test::Lex(), labelled, Split(labelled),
                                         Views(FindEntities(labelled)), &speakers, &per));
  v = stance::FindWithSpeakers(labelled, speakers, per, Finder(), Split(labelled),
                               Views(FindEntities(labelled)));
  EXPECT_EQ(Summary(v), "European Commission oppose, INTA support");
  // No debate: no speakers.
  const std::string speech = "Mr President , we support the ITRs .\n";
  EXPECT_FALSE(stance::ParliamentSpeakers(stance_test::Lex(), speech, Split(speech),
                                          Views(FindEntities(speech)), &speakers, &per));
}

// An attributed quotation's evaluative or normative sentence with no stance
// of its own is its holder's: "'The ITRs are a threat to ...,' said X of
// the ITU". Unattributed, or plain narration, gives none. A call to stay out
// or withdraw is against its object.
TEST(StancesTest, QuotedEvaluationIsTheHolders) {
  auto run = [](const std::string& text) {
    auto sents = Split(text);
    const auto found = FindEntities(text);
    const std::vector<EntityView> ents = Views(found);
    std::vector<Span> added;
    std::vector<EntityView> qents;
    StringStore strings;
    std::vector<stance::QuoteHolder> holders;
    const std::vector<EntityView>& use =
        stance::AddQuoteSpeakers(stance_test::Lex(), text, sents, ents, &added, &qents, &strings,
                                 &holders)
            ? qents
            : ents;
    std::vector<stance::DocSpeaker> speakers;
    std::vector<int> per;
    // Without speakers: the passes StanceFinder::Find runs.
    if (!stance::QuoteSpeakers(sents, holders, &speakers, &per))
      return Summary(stance::FindWithSpeakers(text, {}, {}, Finder(), sents, use));
    return Summary(stance::FindWithSpeakers(text, speakers, per, Finder(), sents, use));
  };
  EXPECT_EQ(run("\"The new rules are a threat to the open Internet,\" said Ama Mensah of the "
                "ITU."),
            "ITU oppose");
  EXPECT_EQ(run("\"The rules should be withdrawn,\" said Ama Mensah of the ITU."), "ITU support");
  EXPECT_EQ(run("\"The ITU should stay out of it,\" said Ama Mensah of the IGF."), "IGF oppose");
  EXPECT_EQ(run("\"The rules are dangerous,\" said Ama Mensah of the ITU."), "ITU oppose");
  EXPECT_EQ(run("\"It led to dangerous delays,\" said Ama Mensah of the ITU."), "");
  EXPECT_EQ(run("\"The rules must not just serve the few, they must serve all,\" said Ama "
                "Mensah of the ITU."),
            "ITU support");
  EXPECT_EQ(run("\"The talks ended late,\" said Ama Mensah of the ITU."), "");
  EXPECT_EQ(run("\"The new rules are a threat to the open Internet,\" one reader wrote."), "");
  // Outside the quotation the holder says nothing.
  EXPECT_EQ(run("\"We met,\" said Ama Mensah of the ITU, adding that rules should change."), "");
}

// The UN verbatim record's footer is no part of the speech.
// Giving a stance up negates it; a demand to give it up does not.
TEST(StancesTest, StanceGivenUp) {
  auto modality = [](const std::string& text) {
    auto v = Find(text);
    return v.empty() ? std::string() : v[0].modality;
  };
  EXPECT_EQ(Summary(Find("The EU dropped its support for the new treaty.")), "EU oppose");
  EXPECT_EQ(modality("The EU dropped its support for the new treaty."), "negated");
  EXPECT_EQ(Summary(Find("Brazil has withdrawn its support for the plan.")), "BRA oppose");
  EXPECT_EQ(Summary(Find("Russia abandoned its opposition to the treaty.")), "RUS neutral");
  EXPECT_EQ(Summary(Find("The EU did not withdraw its support for the treaty.")), "EU support");
  EXPECT_EQ(Summary(Find("Brazil refused to drop its support for the plan.")), "BRA support");
  EXPECT_EQ(modality("Brazil refused to drop its support for the plan."), "asserted");
  EXPECT_EQ(Summary(Find("The EU expressed its support for the treaty.")), "EU support");
  // A demand on the holder, who still holds the stance: not given up.
  EXPECT_EQ(Summary(Find("India must withdraw its proposal for a UN committee.")).find("oppose"),
            std::string::npos);
  EXPECT_EQ(
      Summary(Find("Critics urged the EU to drop its support for the treaty.")).find("EU oppose"),
      std::string::npos);
}

TEST(StancesTest, VerbatimRecordFooter) {
  const std::string text =
      "# Author/org: Government of GHA\n# ---\nWe support net neutrality.\n\nThis record "
      "contains the text of speeches delivered in English. Corrections should be submitted to "
      "the original languages only.\n";
  auto found = FindWithDocSpeaker(Document::FromText("d", text));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(Summary(*found), "GHA support");
}

TEST(StancesTest, NoCueNoWork) {
  EXPECT_TRUE(Find("Governments from around the world gathered in Geneva.").empty());
  EXPECT_TRUE(Finder().Find("", {}, {}).empty());
}

TEST(StancesTest, LexiconErrors) {
  EXPECT_FALSE(StanceFinder::FromJson({"{"}, {"x.json"}).ok());
  EXPECT_FALSE(StanceFinder::FromJson({R"({"kind":"government","entries":[]})"}, {"x"}).ok());
  auto bad = StanceFinder::FromJson({R"({"kind":"cue","cues":[{"cue":"x","polarity":"maybe"}]})"},
                                    {"x.json"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("x.json"), std::string::npos);
  // "ask|ask for" is "ask|ask" then "for": a repeated alternative is refused.
  auto dup = StanceFinder::FromJson(
      {R"({"kind":"cue","cues":[{"cue":"ask|ask for","polarity":"support"}]})"}, {"d.json"});
  ASSERT_FALSE(dup.ok());
  EXPECT_NE(dup.status().message().find("d.json: cues[0]"), std::string::npos);
  EXPECT_NE(dup.status().message().find("repeats \"ask\""), std::string::npos);
  // "waging war|wars|a war" is "waging", "war|wars|a", "war": a word in two
  // neighbouring words' alternatives is refused; "stand|stood by" is fine.
  auto split = StanceFinder::FromJson(
      {R"({"kind":"cue","cues":[{"cue":"waging war|wars|a war","polarity":"oppose"}]})"},
      {"d.json"});
  ASSERT_FALSE(split.ok());
  EXPECT_NE(split.status().message().find("has \"war\" in two neighbouring"), std::string::npos);
  EXPECT_TRUE(
      StanceFinder::FromJson(
          {R"({"kind":"cue","cues":[{"cue":"stand|stood by","polarity":"support"}]})"}, {"d.json"})
          .ok());
  // An occupied place needs its place and its occupier.
  auto place = StanceFinder::FromJson(
      {R"({"kind":"cue","cues":[],"occupied_places":[{"place":"Crimea"}]})"}, {"p.json"});
  ASSERT_FALSE(place.ok());
  EXPECT_NE(place.status().message().find("p.json: occupied_places[0]"), std::string::npos);
  // A words file must give every list of english.json.
  auto partial = StanceFinder::FromJson(
      {R"({"kind":"words","lists":{"passive_be_forms":["was"]}})", R"({"kind":"cue","cues":[]})"},
      {"w.json", "c.json"});
  ASSERT_FALSE(partial.ok());
  EXPECT_NE(partial.status().message().find("missing"), std::string::npos);
  auto ok = StanceFinder::FromJson(
      {R"({"kind":"cue","entries":[],"cues":[{"cue":"applaud|cheer","pos":"verb","polarity":"support","act":"welcome"}]})"},
      {"u.json"});
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  std::string t = "Russia cheered net neutrality.";
  auto v = (*ok)->Find(t, Split(t), FindEntities(t));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].act, "welcome");
}

// The finder turns most sentences away on the raw text, before tokenizing,
// when each cue's first word is plain (a-z and '-'). A user cue whose first
// word has a digit turns that off: the finder must find the same with it.
TEST(StancesTest, RawCueTestRejectsNoMatch) {
  auto read = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  auto plain = StanceFinder::FromJson({read(std::string(CAUCUS_DICTDIR) + "/cues.json")}, {"c"});
  // The shipped lexicon's first words are all scan words (one-letter ones
  // included), so the raw test runs.
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(stance::Engine::Of(**plain).lex.scan_words_are_cue_words);
  auto exact =
      StanceFinder::FromJson({read(std::string(CAUCUS_DICTDIR) + "/cues.json"),
                              R"({"kind":"cue","cues":[{"cue":"zz9 top","polarity":"support"}]})"},
                             {"c", "u"});
  ASSERT_TRUE(plain.ok() && exact.ok());
  struct Text {
    std::string text;
    size_t want;  // stances
  };
  const Text texts[] = {
      // Cues split by adverbs.
      {"Brazil is in strongly favour of net neutrality.", 1},
      {"The EU stood firmly by the multistakeholder model.", 1},
      {"Egypt called repeatedly for capacity building.", 1},
      {"India came out firmly against the ITRs.", 1},
      {"In Geneva, Russia spoke very positively of the ITRs.", 0},
      {"In Geneva, Russia spoke positively of the ITRs.", 1},
      // Cues at the sentence or text end (their target the proposal before).
      {"Sweden proposed net neutrality. In the end, Brazil voted in favour of.", 2},
      {"Sweden proposed net neutrality. In the end, Brazil voted in favour of", 2},
      {"In the end, Brazil is open.", 0},
      {"Sweden proposed net neutrality. Kenya, in a statement, stood by", 2},
      // Case, line breaks and typographic punctuation.
      {"CHINA IS IN FAVOUR OF THE ITRs.", 1},
      {"Brazil is in\nfavour of net neutrality.", 1},
      {"In Geneva, Brazil \xE2\x80\x9C"
       "called for\xE2\x80\x9D capacity building.",
       1},
      {"In Geneva, Brazil is open \xE2\x80\x9Cto\xE2\x80\x9D net neutrality.", 0},
      {"In Brazil\xE2\x80\x99s view, Sweden called for capacity building.", 1},
      {"In Brazil\xE2\x80\x99s view, Sweden is open to capacity building.", 1},
      // A cue cut off a longer run of letters and '-': no scan word.
      {"In the end Brazil backed- and then dropped capacity building.", 1},
      {"In Geneva, Brazil's backing for capacity building was clear.", 1},
      {"In Geneva, India co-sponsored the ITRs.", 1},
      // Not cues.
      {"In Geneva, governments met in open session to take stock.", 0},
      {"Governments called in favourable terms for nothing.", 0},
      // A cue whose first word has one letter ("a failure for"): a scan
      // word too, so the shipped lexicon keeps the raw test. A one-letter
      // word never made a sentence a candidate by itself, and still does
      // not: the same stances either way.
      {"The vote was a failure for Russia.", 0},
      {"Russia supported a text that was a failure for the Council.", 1},
      {"A failure for Russia, said the delegate.", 0},
  };
  for (const Text& t : texts) {
    auto ents = FindEntities(t.text);
    auto a = (*plain)->Find(t.text, Split(t.text), ents);
    auto b = (*exact)->Find(t.text, Split(t.text), ents);
    EXPECT_EQ(StancesJson(a), StancesJson(b)) << t.text;
    EXPECT_EQ(a.size(), t.want) << t.text;
  }
  // Entities that cut a word: the word after one is no scan word.
  std::string t = "In Geneva the EUbacked capacity building.";
  Entity eu;
  eu.span = {14, 16};
  eu.text = "EU";
  eu.kind = "body";
  eu.id = "EU";
  std::vector<Entity> ents = {eu};
  auto a = (*plain)->Find(t, Split(t), ents);
  EXPECT_EQ(StancesJson(a), StancesJson((*exact)->Find(t, Split(t), ents)));
  EXPECT_EQ(a.size(), 1u);
  // ... and one the tokenizer cannot take (it runs past the sentence)
  // cuts a lone byte off the word it starts.
  t = "In Geneva, Xsupported it. More.";
  eu.span = {11, 30};
  ents = {eu};
  a = (*plain)->Find(t, Split(t), ents);
  EXPECT_EQ(StancesJson(a), StancesJson((*exact)->Find(t, Split(t), ents)));
}

TEST(StancesTest, Deterministic) {
  std::string text =
      "Brazil, supported by India and Egypt, proposed capacity building, while the US opposed it. "
      "Many governments spoke favorably of the multistakeholder model.";
  auto a = Find(text), b = Find(text);
  EXPECT_EQ(StancesJson(a), StancesJson(b));
}

// Evidence order (stance::SortBySentence): by sentence, then by evidence
// start, equals in the order they came.
TEST(StancesTest, SortBySentenceIsStable) {
  auto stance = [](uint32_t sentence, uint32_t begin, const char* actor) {
    Stance s;
    s.sentence = sentence;
    s.span = {begin, begin + 1};
    s.actor.id = actor;
    return s;
  };
  auto actors = [](const std::vector<Stance>& v) {
    std::string out;
    for (const Stance& s : v) out += s.actor.id;
    return out;
  };
  std::vector<Stance> v = {stance(2, 5, "a"), stance(1, 9, "b"), stance(2, 5, "c"),
                           stance(1, 3, "d"), stance(2, 1, "e")};
  stance::SortBySentence(&v);
  EXPECT_EQ(actors(v), "dbeac");
  stance::SortBySentence(&v);  // already in order: unchanged
  EXPECT_EQ(actors(v), "dbeac");
  std::vector<Stance> none;
  stance::SortBySentence(&none);
  EXPECT_TRUE(none.empty());
}

// Whether the lexicon's word table sets `flag` for every word of `list` and
// for no probe word outside it.
void ExpectWordTableMarks(const internal::WordList& list, bool internal::WordInfo::*flag,
                          std::initializer_list<std::string_view> probes) {
  const internal::Lexicon& lex = stance_test::Lex();
  ASSERT_FALSE(list.words().empty());
  for (const std::string& a : list.words()) {
    const internal::WordInfo* w = lex.words.Find(a);
    ASSERT_NE(w, nullptr) << a;
    EXPECT_TRUE(w->*flag) << a;
  }
  for (std::string_view word : probes) {
    const internal::WordInfo* w = lex.words.Find(word);
    EXPECT_EQ(w && w->*flag, list.Contains(word)) << word;
  }
}

// The lexicon's word table marks the English skippable adverbs
// (WordInfo::adverb), which the units pass reads instead of a second look-up:
// it must say what IsAdverbWord's list says, for every word of the list and
// for cue words and plain words that are not in it.
TEST(StancesTest, WordTableMarksTheSkippableAdverbs) {
  const internal::WordList& adverbs = stance_test::Lex().english.skippable_adverbs;
  const std::initializer_list<std::string_view> probes = {"support", "oppose", "calls", "the",
                                                          "not",     "firm",   "alsox"};
  ExpectWordTableMarks(adverbs, &internal::WordInfo::adverb, probes);
  for (std::string_view word : probes) EXPECT_FALSE(adverbs.Contains(word)) << word;
}

// ... and the clause conjunctions (WordInfo::clause_conjunction), which
// FindClauses reads instead of searching the list.
TEST(StancesTest, WordTableMarksTheClauseConjunctions) {
  ExpectWordTableMarks(stance_test::Lex().english.clause_conjunctions,
                       &internal::WordInfo::clause_conjunction,
                       {"support", "oppose", "calls", "the", "not", "also", "whereasx"});
}

// FindNormative's routes (NormativeRoutes) hold every word of
// normative_starts, found in any case, and no other word; a sentence's
// statement is the same read with the routes or through the chain.
TEST(StancesTest, NormativeRoutesHoldTheNormativeStarts) {
  const internal::EnglishWords& en = stance_test::Lex().english;
  const stance::NormativeRoutes routes(en);
  for (const std::string& w : en.normative_starts.words()) {
    EXPECT_GE(routes.Find(internal::LowerWord(w)), 0) << w;
    std::string upper = w;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(routes.Find(internal::LowerWord(upper)), routes.Find(internal::LowerWord(w))) << w;
  }
  EXPECT_EQ(routes.Find(internal::LowerWord("zebra")), -1);
  for (const std::string text :
       {"We must act now to end the war.", "Such practices are unacceptable.",
        "It is time to reform the Council.", "The Council can do more to protect civilians."}) {
    const std::vector<stance::Word> words =
        stance::Words(text, {0, static_cast<uint32_t>(text.size())});
    const stance::WordRange w(words.data(), words.size());
    const stance::NormativeStatement a = stance::FindNormative(en, text, w);
    const stance::NormativeStatement b = stance::FindNormative(en, text, w, nullptr, &routes);
    EXPECT_EQ(a.marker, b.marker) << text;
    EXPECT_EQ(a.polarity, b.polarity) << text;
    EXPECT_EQ(a.act, b.act) << text;
    EXPECT_EQ(a.target_begin, b.target_begin) << text;
    EXPECT_EQ(a.target_end, b.target_end) << text;
  }
}

// The large cue buckets' index by second word (Lexicon::BucketIndex), which
// FindHits and MayHaveHit read instead of trying every phrase: it must list
// every phrase of an indexed bucket once, under its second word's id (or as a
// one-word phrase), and index every bucket larger than kIndexedBucket.
TEST(StancesTest, CueBucketIndexListsEveryPhraseOnce) {
  const internal::Lexicon& lex = stance_test::Lex();
  ASSERT_EQ(lex.bucket_index_of.size(), lex.cue_buckets.size());
  size_t indexed = 0;
  for (size_t b = 0; b < lex.cue_buckets.size(); ++b) {
    const std::vector<uint32_t>& bucket = lex.cue_buckets[b];
    const int32_t x = lex.bucket_index_of[b];
    EXPECT_EQ(x >= 0, bucket.size() > internal::Lexicon::kIndexedBucket) << b;
    if (x < 0) continue;
    ++indexed;
    const internal::Lexicon::BucketIndex& ix = lex.bucket_index[x];
    std::vector<int> seen(bucket.size(), 0);
    for (uint32_t k : ix.singles) {
      ASSERT_LT(k, bucket.size());
      ++seen[k];
      EXPECT_EQ(lex.phrases[bucket[k]].words.size(), 1u);
    }
    for (const auto& [id, k] : ix.by_second) {
      ASSERT_LT(k, bucket.size());
      ++seen[k];
      const std::vector<std::string>& words = lex.phrases[bucket[k]].words;
      ASSERT_GE(words.size(), 2u);
      const internal::WordInfo* w = lex.words.Find(words[1]);
      ASSERT_NE(w, nullptr) << words[1];
      EXPECT_EQ(w->second, id) << words[1];
    }
    EXPECT_TRUE(std::is_sorted(ix.by_second.begin(), ix.by_second.end()));
    for (size_t k = 0; k < seen.size(); ++k) EXPECT_EQ(seen[k], 1) << b << " " << k;
  }
  EXPECT_GT(indexed, 0u);
}

// The document scan's raw test (Lexicon::CueMayFollow) tries, in an indexed
// bucket, only the phrases whose second word is there: it must still never
// turn away a phrase of the bucket written out, nor one with a skippable
// adverb after its first word.
TEST(StancesTest, CueMayFollowKeepsEveryPhraseOfIndexedBuckets) {
  const internal::Lexicon& lex = stance_test::Lex();
  const std::string adverb = lex.english.skippable_adverbs.words().front();
  size_t tried = 0;
  for (size_t b = 0; b < lex.cue_buckets.size(); ++b) {
    if (lex.bucket_index_of[b] < 0) continue;
    for (uint32_t pi : lex.cue_buckets[b]) {
      const std::vector<std::string>& words = lex.phrases[pi].words;
      for (bool with_adverb : {false, true}) {
        std::string text = words[0];
        if (with_adverb) text += " " + adverb;
        for (size_t k = 1; k < words.size(); ++k) text += " " + words[k];
        text += " the text.";
        EXPECT_TRUE(lex.CueMayFollow(static_cast<int32_t>(b), text, words[0].size())) << text;
        ++tried;
      }
    }
  }
  EXPECT_GT(tried, 0u);
}

// Lexicon::CueMayFollow reads a bucket's phrases down a trie of their words
// (Lexicon::BuildFollowTries): it must say what testing each phrase with
// CueRestMayFollow says, on texts that match, nearly match and do not.
TEST(StancesTest, CueMayFollowIsEveryPhraseTestedAlone) {
  const internal::Lexicon& lex = stance_test::Lex();
  const internal::WordList& adverbs = lex.english.skippable_adverbs;
  const std::string adverb = adverbs.words().front();
  size_t tried = 0, kept = 0;
  for (size_t b = 0; b < lex.cue_buckets.size(); ++b) {
    if (lex.bucket_has_single[b]) continue;
    const std::vector<uint32_t>& bucket = lex.cue_buckets[b];
    // Texts from a few of the bucket's phrases: written out, with an adverb
    // after each word, cut short, with a word changed, with a capital, with
    // punctuation or a non-ASCII word after the first word.
    for (size_t s = 0; s < bucket.size() && s < 12; ++s) {
      const std::vector<std::string>& words = lex.phrases[bucket[s]].words;
      std::vector<std::string> texts;
      std::string plain = words[0], with_adverbs = words[0], shorter = words[0], changed = words[0],
                  upper = words[0];
      for (size_t k = 1; k < words.size(); ++k) {
        plain += " " + words[k];
        with_adverbs += " " + adverb + " " + words[k];
        if (k + 1 < words.size()) shorter += " " + words[k];
        changed += " " + (k + 1 == words.size() ? words[k] + "x" : words[k]);
        std::string w = words[k];
        if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
        upper += " " + w;
      }
      texts = {plain + " the text.",
               with_adverbs + ".",
               shorter + ".",
               changed + " here",
               upper + ".",
               words[0] + ", " + (words.size() > 1 ? words[1] : "") + " x",
               words[0] + " \xC3\xA9t\xC3\xA9 x",
               words[0] + " the",
               words[0]};
      for (const std::string& text : texts) {
        const size_t q = words[0].size();
        bool any = false;
        for (uint32_t pi : bucket)
          any = any || internal::CueRestMayFollow(text, q, lex.phrases[pi].words, 1, adverbs);
        EXPECT_EQ(lex.CueMayFollow(static_cast<int32_t>(b), text, q), any) << text;
        ++tried;
        kept += any;
      }
    }
  }
  EXPECT_GT(tried, 1000u);
  EXPECT_GT(kept, 0u);
  EXPECT_LT(kept, tried);
}

// A participle that describes armed groups is the speaker's description of
// their sponsor, not the sponsor's stance, also when other participles are
// coordinated before it or the noun is "armed groups" (issue #13). A plan so
// described is still its supporter's.
TEST(StancesTest, ParticiplesOfArmedGroupsGiveTheSponsorNoSupport) {
  const Case cases[] = {
      {"The area is held by separatists armed and supported by Russia.", ""},
      {"Militias trained, armed and funded by Iran hold the port.", ""},
      {"Armed groups supported by Russia hold the town.", ""},
      {"Terrorist cells backed by Iran hold the port.", ""},
      {"The plan, drafted and supported by Russia, was adopted.", "RUS support"},
      {"The proposal supported by Iran was adopted.", "IRN support"},
  };
  for (const auto& c : cases) EXPECT_EQ(Summary(Find(c.text)), c.want) << c.text;
}

// An oppose stance whose target names its topic only by a harm that the
// topic counters keeps no topic link (harm-aliases pass, english.json
// harm_topic_aliases); a topic that is a harm itself, and a support, keep it.
// A state that suffers a passive with no agent at the start of a "that"
// clause is no target of the speaker's regret or objection; the doer named
// after "by", or a state that acts, is.
TEST(StancesTest, AStateThatSuffersAPassiveIsNotWhatIsOpposed) {
  static const stance_test::E kStates[] = {
      {"Ukraine", "government", "UKR", "", "name"},
      {"Russia", "government", "RUS", "", "alias"},
      {"Syria", "government", "SYR", "", "alias"},
  };
  stance_test::RunSpeakerTable(
      kStates,
      {
          {"GBR", "It is regrettable that Ukraine was not invited to the meeting.", "oppose", "",
           "-"},
          {"GBR", "It is unacceptable that Syria has been excluded from the talks.", "oppose", "",
           "-"},
          {"GBR", "It is unacceptable that Russia has invaded Ukraine.", "oppose", "", "RUS"},
          {"GBR", "Russia should be ashamed of itself.", "oppose", "", "RUS"},
      });
}

// A former official is a person, not the state whose office the person held:
// a target naming one links no state; "the former Soviet Union" still is one.
TEST(StancesTest, AFormerOfficialIsNotTheState) {
  static const stance_test::E kStates[] = {
      {"Soviet Union", "government", "SUN", "", "name"},
      {"Brazilian", "government", "BRA", "", "demonym"},
      {"Russian", "government", "RUS", "", "demonym"},
      {"Brazil", "government", "BRA", "", "name"},
  };
  stance_test::RunSpeakerTable(
      kStates,
      {
          {"CUB", "We condemn the detention of the former President of Brazil.", "oppose", "", "-"},
          {"CUB", "We condemn the statements of the former Russian Foreign Minister.", "oppose", "",
           "-"},
          {"CUB", "We support the Brazilian President.", "support", "", "BRA"},
          {"CUB", "We condemn the crimes of the former Soviet Union.", "oppose", "", "SUN"},
      });
}

// "the fighting in X" is combat, which a condemnation opposes; a countering
// form with its object ("fighting cybercrime", "the countering of X")
// inverts the stance onto what is countered.
TEST(StancesTest, TheFightingIsCombatNotCountering) {
  const Case cases[] = {
      {"Brazil condemned the fighting in the region.", "BRA oppose"},
      {"Brazil deplored the fighting in the capital.", "BRA oppose"},
      {"Brazil condemned the combat operations in the east.", "BRA oppose"},
      {"Brazil supported the countering of the disinformation.", "BRA oppose"},
      {"Brazil is committed to fighting the cybercrime.", "BRA oppose"},
  };
  for (const auto& c : cases) EXPECT_EQ(Summary(Find(c.text)), c.want) << c.text;
}

// In a speech, an intent the speaker ascribes to another actor ("NATO seeks
// to ...") is the speaker's account, no stance of that actor; the speaker's
// own "we seek" is its stance, and a harm sought is still its accusation.
TEST(StancesTest, AnIntentTheSpeakerAscribesIsNoStanceOfItsActor) {
  static const stance_test::E kActors[] = {
      {"United States", "government", "USA", "", "alias"},
      {"NATO", "body", "NATO", "", "alias"},
  };
  const Case cases[] = {
      {"NATO seeks to entrench itself in the region.", ""},
      {"We seek a peaceful settlement of the dispute.", "RUS support"},
      {"The United States seeks to destabilize the region.", "RUS oppose"},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    const auto found = stance_test::FindEntitiesIn(kActors, text);
    const std::vector<EntityView> ents = Views(found);
    const stance::DocSpeaker sp =
        stance::SpeakerFromId("RUS", "government", ents, stance_test::Lex());
    EXPECT_EQ(Summary(stance::FindWithSpeaker(text, sp, Finder(), Split(text), ents)), c.want)
        << text;
  }
}

TEST(StancesTest, OpposingAHarmAliasIsNoOppositionToItsTopic) {
  static const stance_test::E kTopics[] = {
      {"cyberattacks", "topic", "cybersecurity", "", "alias"},
      {"climate change", "topic", "environment", "", "alias"},
      {"global warming", "topic", "environment", "", "alias"},
      {"censorship", "topic", "censorship", "", "name"},
      {"Brazil", "government", "BRA", "", "name"},
  };
  const Case cases[] = {
      {"Brazil condemned the cyberattacks on its ministries.", "BRA oppose -"},
      {"Brazil expressed concern about global warming.", "BRA oppose -"},
      {"Brazil condemned censorship.", "BRA oppose censorship"},
      {"Brazil called for a global response to address climate change.", "BRA support environment"},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    const auto found = stance_test::FindEntitiesIn(kTopics, text);
    std::string got;
    for (const Stance& st : Finder().Find(text, Split(text), found))
      got += (got.empty() ? "" : "; ") + st.actor.id + " " + st.polarity + " " +
             (st.target.topic.empty() ? "-" : st.target.topic);
    EXPECT_EQ(got, c.want) << text;
  }
}

}  // namespace
}  // namespace caucus
