// Wrong stances in news, reports, blogs and official statements: the kinds
// of wrong output found on documents outside the development set, each with
// sentences written for these tests (never corpus text), three or more of
// different shapes per kind, and the right reading beside them. Each case
// lists every stance of the sentence as "ACTOR polarity LINK" (LINK the
// target's entity id, else its topic, else "-"), sorted, joined by "; ".
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities the entities layer finds in these sentences.
const stance_test::E kNewsEntities[] = {
    {"freedom of expression", "topic", "freedom-of-expression"},
    {"multistakeholder model", "topic", "multistakeholder-model"},
    {"European Union", "body", "EU"},
    {"internet access", "topic", "internet-access"},
    {"private sector", "group", "private-sector"},
    {"civil society", "group", "civil-society"},
    {"human rights", "topic", "human-rights-online"},
    {"digital divide", "topic", "digital-divide"},
    {"cybersecurity", "topic", "cybersecurity"},
    {"censorship", "topic", "censorship"},
    {"cybercrime", "topic", "cybercrime"},
    {"encryption", "topic", "encryption"},
    {"spectrum", "topic", "spectrum"},
    {"privacy", "topic", "privacy"},
    {"Germany", "government", "DEU"},
    {"Mexico", "government", "MEX"},
    {"Brazil", "government", "BRA"},
    {"Canada", "government", "CAN"},
    {"Norway", "government", "NOR"},
    {"Kenya", "government", "KEN"},
    {"India", "government", "IND"},
    {"Chile", "government", "CHL"},
    {"Japan", "government", "JPN"},
    {"Peru", "government", "PER"},
    {"ITU", "body", "ITU"},
    {"United Nations", "body", "UN"},
    {"UN", "body", "UN"},
    {"net neutrality", "topic", "net-neutrality"},
    {"governments", "group", "governments"},
    {"academia", "group", "academia"},
    {"France", "government", "FRA"},
    {"Russia", "government", "RUS"},
    {"Cuba", "government", "CUB"},
    {"US", "government", "USA"},
    {"Iran", "government", "IRN"},
};

// "ACTOR polarity LINK" of each stance (the target's entity, else its
// topic, else "-"), sorted, joined by "; ".
std::string Joined(const std::vector<Stance>& v) {
  std::vector<std::string> out;
  for (const Stance& s : v) {
    const std::string link = !s.target.entity.empty()  ? s.target.entity
                             : !s.target.topic.empty() ? s.target.topic
                                                       : "-";
    out.push_back(s.actor.id + " " + s.polarity + " " + link);
  }
  std::sort(out.begin(), out.end());
  std::string joined;
  for (const std::string& s : out) joined += (joined.empty() ? "" : "; ") + s;
  return joined;
}

std::string Summary(const std::string& text) {
  const std::vector<Entity> found = stance_test::FindEntitiesIn(kNewsEntities, text);
  const std::vector<Stance> v = stance_test::Finder().Find(text, stance_test::Split(text), found);
  return Joined(v);
}

// The same, in a text whose speaker is `speaker` (a government id): its
// normative and evaluative sentences are its stances.
std::string SpeakerSummary(const std::string& speaker, const std::string& text) {
  const std::vector<Entity> found = stance_test::FindEntitiesIn(kNewsEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance::LexiconOf(stance_test::Finder()));
  const std::vector<Stance> v =
      stance::FindWithSpeaker(text, sp, stance_test::Finder(), stance_test::Split(text), ents);
  return Joined(v);
}

std::string Debug(const std::string& text) {
  const std::vector<Entity> found = stance_test::FindEntitiesIn(kNewsEntities, text);
  std::string out;
  for (const Stance& s : stance_test::Finder().Find(text, stance_test::Split(text), found))
    out += s.actor.id + " " + s.act + " [" + s.target.text + "] " + s.via + "\n";
  return out;
}

struct Case {
  const char* text;
  const char* want;
};

void RunTable(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Summary(c.text), c.want) << c.text << "\n" << Debug(c.text);
}

// A harm over a topic: the stance is on the harm, so the target links no
// topic the harm is done to ("attacks on privacy", "cybersecurity risks"),
// while a harm named by "of" after a risk noun, or a topic that is a harm
// itself, stays linked.
TEST(StanceNewsPrecision, HarmOverATopicLinksNoTopic) {
  RunTable({
      {"Brazil condemned the attacks on privacy carried out by foreign agencies.", "BRA oppose -"},
      {"Germany warned against threats to freedom of expression in the region.", "DEU oppose -"},
      {"The European Union criticised the gaps in internet access across rural areas.",
       "EU oppose -"},
      {"India rejected the privacy violations committed by hostile services.", "IND oppose -"},
      {"Kenya denounced growing cybersecurity risks in the banking sector.", "KEN oppose -"},
      // The harm itself.
      {"Brazil condemned the threat of censorship.", "BRA oppose censorship"},
      {"Japan denounced the cybercrime threats facing small firms.", "JPN oppose cybercrime"},
      {"Chile criticised the widening digital divide.", "CHL oppose digital-divide"},
      {"Japan supports stronger cybersecurity.", "JPN support cybersecurity"},
  });
}

// The same in a speaker's sentences of harm ("X undermines Y"): the
// subject's harmed topic is no link.
TEST(StanceNewsPrecision, HarmOverATopicInASpeakersSentence) {
  const std::vector<Case> cases = {
      {"Rising cybersecurity risks undermine the trust of users.", "USA oppose -"},
      {"Attacks on privacy threaten the digital economy.", "USA oppose -"},
      {"Growing threats to freedom of expression hamper the work of reporters.", "USA oppose -"},
      {"The spread of cybercrime threatens the digital economy.", "USA oppose cybercrime"},
  };
  for (const Case& c : cases) EXPECT_EQ(SpeakerSummary("USA", c.text), c.want) << c.text;
}

// A relative clause inside a target says something of the target's noun;
// what it names is not what the stance is on when the clause is a "which" /
// "who" clause, or a "that" clause that is negated or harms. An affirmative
// "that" clause describes the target and keeps its link.
TEST(StanceNewsPrecision, RelativeClausesLinkNothing) {
  RunTable({
      {"Kenya supported a new forum which the ITU had long resisted.", "KEN support -"},
      {"Brazil rejected a treaty that would weaken the multistakeholder model.", "BRA oppose -"},
      {"Canada opposed any text that does not protect human rights.", "CAN oppose -"},
      {"Norway backed a charter that is open to civil society.", "NOR support civil-society"},
  });
}

// After a comma, a participle or prepositional phrase holding another cue
// ("..., calling for ...", "..., against the objections of ...") and, after
// a relative clause, the main clause's predicate (", will ...") end the
// target.
TEST(StanceNewsPrecision, TargetsEndAtAnotherPhrase) {
  RunTable({
      {"Chile criticised the draft, calling for a stronger role for civil society.",
       "CHL oppose -"},
      {"The ITU approved the new rules, against the protests of civil society.", "ITU support -"},
      {"Canada, which has long pushed for stronger encryption, will host the summit.",
       "CAN support encryption"},
  });
}

// A quotation closed at a comma is followed by its attribution: the target
// stops at the closing quote, so the attribution's entity is no link.
TEST(StanceNewsPrecision, QuotationsEndAtTheAttribution) {
  RunTable({
      {"Chile called for \"a fair share of the spectrum,\" a minister of Peru told reporters.",
       "CHL support spectrum"},
      {"Norway supports \"a free and open network,\" the German minister added, citing the ITU.",
       "NOR support -"},
      {"Mexico demanded \"an open market\", said an adviser to the UN.", "MEX support -"},
  });
}

// A venue is no target: an entity right after "at" says where.
TEST(StanceNewsPrecision, VenuesAreNoTargets) {
  RunTable({
      {"Canada vowed to veto any amendment at the UN meeting.", "CAN oppose -"},
      {"India opposed every proposal at the ITU conference.", "IND oppose -"},
      {"Japan supported new rules on encryption at the ITU.", "JPN support encryption"},
  });
}

// A call on an addressee to drop or stop something is against it.
TEST(StanceNewsPrecision, CallsToDropAreAgainst) {
  RunTable({
      {"The private sector urged the government to drop its plan for a UN body.",
       "private-sector oppose UN"},
      {"Chile urged the regulator to stop the censorship of news sites.", "CHL oppose censorship"},
      {"Kenya urged the ministry to scrap censorship of news sites.", "KEN oppose censorship"},
      // A noun with an infinitive is no addressee.
      {"Kenya criticised the decision to close the registry.", "KEN oppose -"},
      // A call to do something positive stays support.
      {"Kenya urged the ministry to protect privacy.", "KEN support privacy"},
  });
}

// A "that" clause with a noun phrase of its own after an actor is no
// relative clause of that actor's: "hawks in Canada that some of the
// strongest advocates ..." says nothing of Canada's stance.
TEST(StanceNewsPrecision, ClausesWithTheirOwnSubject) {
  RunTable({
      {"It had not escaped the notice of hawks in Canada that some of the strongest advocates "
       "for a global registry included Cuba and Iran.",
       ""},
      {"It had not escaped the notice of officials in Japan that the most vocal supporters of "
       "the plan were Kenya and India.",
       ""},
      {"Canada noted that many critics of the treaty were small states.", ""},
      // A relative clause of the actor's own.
      {"Kenya was among several countries which called for stronger encryption.",
       "KEN support encryption; several-countries support encryption"},
  });
}

// A capitalised cue word inside a run of capitals, in a sentence of mostly
// lower-case words, is part of a name; a headline in title case keeps its
// cues.
TEST(StanceNewsPrecision, CuesInsideNamesAreNoCues) {
  RunTable({
      {"The ITU Working Group to Support Open Standards met in a small room near the lake.", ""},
      {"The United Nations Office to Support Small States opened in Geneva last week.", ""},
      {"A grant from the European Union Fund to Defend Digital Rights went to groups in the "
       "region.",
       ""},
      {"Brazil Vows To Block New Treaty On Internet Rules", "BRA oppose -"},
  });
}

// Regret of one's own shortcoming ("its lack of interest", "their own
// mistakes") is said of the holder itself: no stance.
TEST(StanceNewsPrecision, OwnShortcomingsAreNoStance) {
  RunTable({
      {"The ITU still regrets its lack of interest in the registry business.", ""},
      {"Brazil regretted its failure to attend the meeting.", ""},
      {"Norway lamented their own mistakes in the early talks.", ""},
      // Regret of a lack is support of what is lacking.
      {"Brazil regretted the lack of progress on privacy.", "BRA support privacy"},
  });
}

// Leaving something behind is against it: "a shift from X", "independence
// from X", "freedom from X" (cues.json inverters; one modifier may come
// first).
TEST(StanceNewsPrecision, LeavingSomethingIsAgainstIt) {
  RunTable({
      {"India argued for a radical shift from the multistakeholder model to a state-run body.",
       "IND oppose multistakeholder-model"},
      {"Kenya called for freedom from censorship.", "KEN oppose censorship"},
      {"Japan sought a quick exemption from net neutrality.", "JPN oppose net-neutrality"},
  });
}

// A cue in an infinitive after a possessed or determined noun is inside a
// subject: its target ends at the predicate, whose words are not what the
// stance is on.
TEST(StanceNewsPrecision, InfinitivesInsideASubject) {
  RunTable({
      {"Mexico's decision to back the multistakeholder model has drawn praise from civil "
       "society.",
       "MEX support multistakeholder-model; civil-society support MEX"},
      {"India's offer to support the multistakeholder model was praised by Kenya.",
       "IND support multistakeholder-model; KEN support IND"},
      {"The decision to reject the ITU rules has upset civil society.", ""},
  });
}

// A speaker's normative sentence that ends in a closing quote and its
// attribution: the link stops at the closing quote.
TEST(StanceNewsPrecision, SpeakerQuotesEndAtTheAttribution) {
  // (Quotations whose opening quote a line break or an extraction lost.)
  EXPECT_EQ(
      SpeakerSummary("USA", "The network must remain open to all,\" the minister told Kenya."),
      "USA support -");
  // ("..., said Kenya." closes the sentence: Kenya's words, reported.)
  EXPECT_EQ(SpeakerSummary("USA", "The network must remain open to all\", said Kenya."),
            "KEN support -");
}

// The objects of "worked with" (and the examples of a "with" object after
// "including") are partners, no holders; the subject before them holds the
// stance.
TEST(StanceNewsPrecision, PartnersAreNoHolders) {
  RunTable({
      {"Kenya has worked with donors from many regions - including civil society, the private "
       "sector and academia to promote privacy.",
       "KEN support privacy"},
      {"Brazil works closely with several partners, including civil society, the private sector "
       "and academia, to defend privacy.",
       "BRA support privacy"},
      {"Japan has worked with governments, the private sector and academia to promote privacy.",
       "JPN support privacy"},
  });
}

// A proposal verb before a plain claim reports a view, no proposal; before a
// call or a bare verb it proposes.
TEST(StanceNewsPrecision, ClaimsAreNoProposals) {
  RunTable({
      {"The EU tried to suggest that real progress had been made.", ""},
      {"Brazil suggested that the talks were a success.", ""},
      {"India suggests that the ITU has no role in this.", ""},
      {"Japan proposed that the ITU should host the forum.", "JPN support ITU"},
      {"Kenya suggests that we consider what the forum has achieved.", "KEN support -"},
  });
}

// Words of a cue in another sense: "on demand", "in demand"; "concerned
// with" (dealing with).
TEST(StanceNewsPrecision, CueWordsInAnotherSense) {
  RunTable({
      {"Broadband on demand is expected to grow fast in India.", ""},
      {"Engineers in Kenya are in demand across the region.", ""},
      {"Engineers at the ITU are concerned with technical problems.", ""},
      {"India demands a seat at the table.", "IND support -"},
      {"Kenya is concerned about the digital divide.", "KEN oppose digital-divide"},
  });
}

// A cue word alone in quotation marks is a word mentioned, not used.
TEST(StanceNewsPrecision, QuotedWordsAreMentions) {
  RunTable({
      {"Kenya's plan uses words such as \"encourage,\" \"explore\" and \"promote\" rather "
       "than firm goals.",
       ""},
      {"The verb \"oppose\" appears twice in the Brazil text.", ""},
      {"India objected to the word \"support\" in the draft.", "IND oppose -"},
  });
}

// Rejecting a claim is a stance on the claim, not on what it is about.
TEST(StanceNewsPrecision, ClaimsAreTheTarget) {
  RunTable({
      {"The ITU rejected claims that it supports censorship.", "ITU oppose -"},
      {"Kenya dismissed allegations that it had blocked encryption tools.", "KEN oppose -"},
      {"Brazil denounced the idea that privacy is dead.", "BRA oppose -"},
  });
}

// A participle phrase after a comma ends the target ("..., drawing
// condemnation from France"), unless it continues the noun phrase
// (", including X") or is an adjective after another ("a historic, far-
// reaching deal").
TEST(StanceNewsPrecision, ParticiplePhrasesEndTheTarget) {
  RunTable({
      {"Russia blocked the resolution, drawing condemnation from France.", "RUS oppose -"},
      {"Canada rejected the text, leaving India isolated.", "CAN oppose -"},
      {"Kenya supported the measures, including new rules on privacy.", "KEN support privacy"},
      {"Japan signed a historic, binding deal with the ITU.", "JPN support ITU"},
  });
}

// A call on a state to do what a cue says is a call on what the cue is
// about, not on the state; against it when the cue opposes. A body's role
// may be the point ("call upon the ITU to approve").
TEST(StanceNewsPrecision, CallsOnStatesAreOnWhatTheyAreAsked) {
  RunTable({
      {"Kenya urged Brazil to reject the treaty on encryption.", "KEN oppose encryption"},
      {"Chile asked India to support the multistakeholder model.",
       "CHL support multistakeholder-model"},
      {"Norway called on the ITU to approve the plan.", "NOR support ITU"},
  });
}

// A cue in a "that" clause after a denial asserts nothing; "nobody can
// deny that" asserts.
TEST(StanceNewsPrecision, DeniedClausesAssertNothing) {
  RunTable({
      {"The minister denied that India had ever proposed state control of the network.", ""},
      {"Officials disputed that Kenya supports the new treaty.", ""},
      {"It is false that Brazil opposed the multistakeholder model.", ""},
      {"Nobody can deny that Brazil opposed the multistakeholder model.",
       "BRA oppose multistakeholder-model"},
  });
}

// "with France backing it and Germany opposing it": each actor's
// participle cue is its own, and the first target does not run into the
// second actor.
TEST(StanceNewsPrecision, ParticiplesOfTheirOwnSubjects) {
  RunTable({
      {"The EU is divided over the plan, with France backing it and Germany opposing it.",
       "DEU oppose -; FRA support -"},
      {"The group split, with Kenya supporting privacy and India opposing encryption.",
       "IND oppose encryption; KEN support privacy"},
      {"Votes were mixed, Chile rejecting the text and Japan welcoming it.",
       "CHL oppose -; JPN support -"},
  });
}

// "joined Russia in supporting X": Russia shares the stance, it is not
// what the joining is on.
TEST(StanceNewsPrecision, CoHoldersAreNoTargets) {
  RunTable({
      {"Kenya joined Russia in supporting the proposal.", "KEN support -"},
      {"Chile joined France in backing the new rules.", "CHL support -"},
      {"Japan joined the ITU in backing privacy rules.", "JPN support privacy"},
  });
}

// A possessed nominal cue opening its clause's subject after a fronted
// phrase: its target ends at the predicate too.
TEST(StanceNewsPrecision, PossessedCuesAfterAFrontedPhrase) {
  RunTable({
      {"At the ITU meeting in June, Chile's call for privacy rules was a surprise to France.",
       "CHL support privacy"},
      {"Despite talks with the UN, Japan's proposal for net neutrality remains a worry for India.",
       "JPN support net-neutrality"},
      {"Last year at the ITU, Kenya's proposal for encryption rules was a puzzle for France.",
       "KEN support encryption"},
  });
}

}  // namespace
}  // namespace caucus
