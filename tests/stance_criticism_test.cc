// Criticism of states (issue #13, lib/stance/criticism*.cc): evaluations,
// wrongdoing, demands to stop, accusations, irony and negation, each on
// sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

// The entities of these tests (every occurrence at word boundaries), so
// the rules are tested without the entity dictionaries.
const stance_test::E kCriticismEntities[] = {
    {"Russian Federation", "government", "RUS"},
    {"Russian", "government", "RUS", "", "demonym"},
    {"Russia", "government", "RUS"},
    {"United States", "government", "USA"},
    {"Ukraine", "government", "UKR"},
    {"Ukrainian", "government", "UKR"},
    {"Sweden", "government", "SWE"},
    {"Iran", "government", "IRN"},
    {"Iranian", "government", "IRN", "", "demonym"},
    {"Norway", "government", "NOR"},
    {"ITRs", "instrument", "ITRs"},
    {"privacy", "topic", "privacy"},
    {"disinformation", "topic", "misinformation"},
    {"President Ivanov", "person", "ivanov", "RUS"},
};

// "ACTOR polarity act ->LINK" for each stance (LINK: target.id, else
// target.topic, else -), in evidence order, joined by "; ". With a speaker
// id, the text is a speech of that government (as meta.speaker gives it).
std::string Run(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kCriticismEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const auto sents = stance_test::Split(text);
  std::vector<Stance> v;
  if (speaker.empty()) {
    v = stance_test::Finder().Find(text, sents, found);
  } else {
    const stance::DocSpeaker sp = stance::SpeakerFromId(speaker, "government", ents,
                                                        stance::LexiconOf(stance_test::Finder()));
    v = stance::FindWithSpeaker(text, sp, stance_test::Finder(), sents, ents);
  }
  std::string out;
  for (const Stance& s : v) {
    const std::string link = !s.target.entity.empty()  ? s.target.entity
                             : !s.target.topic.empty() ? s.target.topic
                                                       : "-";
    out += (out.empty() ? "" : "; ") + s.actor.id + " " + s.polarity + " " + s.act + " ->" + link;
  }
  return out;
}

// Run() with each stance's `via` and score: "ACTOR polarity act ->LINK
// via=VIA score".
std::string RunVia(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kCriticismEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const auto sents = stance_test::Split(text);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance::LexiconOf(stance_test::Finder()));
  const std::vector<Stance> v =
      stance::FindWithSpeaker(text, sp, stance_test::Finder(), sents, ents);
  std::string out;
  for (const Stance& s : v) {
    char score[16];
    std::snprintf(score, sizeof score, "%.2f", s.score);
    out += (out.empty() ? "" : "; ") + s.actor.id + " " + s.polarity + " " + s.act + " ->" +
           (s.target.entity.empty() ? "-" : s.target.entity) + " via=" + s.via + " " + score;
  }
  return out;
}

struct Case {
  const char* speaker;  // "" for none
  const char* text;
  const char* want;  // Run()
};

void RunTable(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Run(c.speaker, c.text), c.want) << c.text;
}

TEST(StanceCriticism, EvaluationsOfAStatesActs) {
  RunTable({
      // condemn + the act: linked to its doer, not to the first state named.
      {"SWE", "We condemn the Russian aggression against its neighbour.",
       "SWE oppose condemn ->RUS"},
      {"SWE", "We deplore the annexation of the peninsula by the Russian Federation.",
       "SWE oppose condemn ->RUS"},
      // Evaluative words with the doer named: the speaker's criticism.
      {"SWE", "The so-called referendum organised by Russia is illegal.",
       "SWE oppose criticise ->RUS"},
      {"NOR", "Iran's provocations continue.", "NOR oppose criticise ->IRN"},
      // The doer found a sentence later, for the same speaker.
      {"SWE", "Russia's occupation of the region goes on. The sham vote changes nothing.",
       "SWE oppose criticise ->RUS; SWE oppose criticise ->RUS"},
      // No doer named: no state link, and no criticism of a bystander.
      {"SWE", "We condemn the violence in Ukraine.", "SWE oppose condemn ->-"},
      {"SWE", "Any violation of the ceasefire is a concern.", ""},
      // Without a speaker nobody holds the evaluation.
      {"", "The Russian aggression goes on.", ""},
      // The doer after a participle's "by", through its agents.
      {"UKR", "Terrorists directed by agents of the Russian Federation took the port.",
       "UKR oppose criticise ->RUS"},
      // The doer as the subject of a relative clause.
      {"IRN", "We reject the illegal blockade that the United States has imposed on us.",
       "IRN oppose reject ->USA"},
      // A general wrong inside a cue nobody holds takes no doer from the
      // discourse.
      {"SWE",
       "Russia's occupation of the region goes on. Those powers had led a long fight against "
       "aggression.",
       "SWE oppose criticise ->RUS"},
      // "anti-X": X is the target of the modifier, not the doer.
      {"NOR", "The anti-Ukrainian propaganda continues.", ""},
  });
}

TEST(StanceCriticism, LinksAreNotScenesVictimsOrTheActor) {
  RunTable({
      // A state named as the scene or the one affected is no target link.
      {"NOR", "We are concerned about the deterioration of the situation in eastern Ukraine.",
       "NOR oppose concern ->-"},
      {"NOR", "We are concerned about the consequences for Ukraine.", "NOR oppose concern ->-"},
      // Also through "of": "in various cities of eastern Ukraine".
      {"NOR", "We are concerned about the tensions in several towns of eastern Ukraine.",
       "NOR oppose concern ->-"},
      // A demand on nobody in particular links to no state it names as the
      // scene; one on a named addressee keeps it.
      {"SWE", "We call on all to put an end to the fighting and settle the conflict in Ukraine.",
       "SWE oppose demand ->-"},
      {"SWE", "We call on our Russian partners to put an end to the fighting.",
       "SWE oppose demand ->RUS"},
      // The actor's own wrong is no target of its own opposition.
      {"", "Russia has used its veto as a shield for the unlawful incursion.",
       "RUS oppose veto ->-"},
      // An actor's opposition links to itself never.
      {"", "Russia blocked the transit of goods between Russia and Norway.",
       "RUS oppose block ->-"},
      // Nor any stance: the next entity in the target is its link.
      {"", "Russia supported a greater role for Russia in the talks.", "RUS support support ->-"},
      {"", "Norway proposed that Norway and Sweden host the talks.", "NOR support propose ->SWE"},
      // A call on others to stop a named wrongdoer is a demand toward it.
      {"UKR", "I appeal to all members to stop the aggressor, the Russian Federation.",
       "UKR oppose demand ->RUS"},
      // The "of" of an act done to a state names its victim
      // (english.json patient_of_nouns); a by-phrase, a demonym or a
      // conduct noun's "of" still names the doer.
      {"NOR", "We condemn the occupation of Ukraine.", "NOR oppose condemn ->-"},
      {"NOR", "We strongly condemn the shelling of Ukraine.", "NOR oppose condemn ->-"},
      {"NOR", "We reject the isolation of Iran.", "NOR oppose reject ->-"},
      {"NOR", "The blockade of Iran is unacceptable.", "NOR oppose criticise ->-"},
      {"NOR", "We condemn the occupation of Ukraine by Russia.", "NOR oppose condemn ->RUS"},
      {"NOR", "We condemn the Russian occupation of Ukraine.", "NOR oppose condemn ->RUS"},
      {"NOR", "We condemn the aggression of Russia.", "NOR oppose condemn ->RUS"},
      {"NOR", "The actions of Russia are unacceptable.", "NOR oppose criticise ->RUS"},
      {"NOR", "We condemn the killing of Ukrainian soldiers.", "NOR oppose condemn ->-"},
      // The subject of a passive with no agent suffers the act; with one,
      // the agent is the link.
      {"NOR", "We regret that Ukraine has been devastated.", "NOR oppose criticise ->-"},
      {"NOR", "We regret that Ukraine was attacked by Russia.", "NOR oppose criticise ->RUS"},
      {"NOR", "We are disappointed that Ukraine was not elected.", "NOR oppose criticise ->-"},
      {"NOR", "We deplore that Ukraine has lost thousands of soldiers.", "NOR oppose condemn ->-"},
      {"NOR", "We regret that Russia continues to occupy parts of Ukraine.",
       "NOR oppose criticise ->RUS"},
      // Verbs with an agent's reading are no verbs of suffering.
      {"NOR", "We deplore that Russia continues to shelter war criminals.",
       "NOR oppose condemn ->RUS"},
      // A speaker's judgement of a subject links no state after a
      // preposition of its victim or scene (english.json
      // victim_prepositions); "by" names the doer.
      {"NOR", "Attacks on Ukrainian cities are unacceptable.", "NOR oppose criticise ->-"},
      {"NOR", "Attacks by Russian forces are unacceptable.", "NOR oppose criticise ->RUS"},
      // Nor is a support stance's: a state after a wrong or a preposition
      // of a hostile act (english.json hostile_prepositions) is no state
      // supported.
      // The object of an infinitive in the target suffers the act.
      {"NOR", "We are against any attempt to isolate Iran.", "NOR oppose oppose ->-"},
      {"NOR", "We reject attempts by Russia to destabilize Ukraine.", "NOR oppose reject ->RUS"},
      // A capital that opens the target is the link then.
      {"NOR", "We reject Moscow's attempts to isolate Ukraine.", "NOR oppose reject ->RUS"},
      {"NOR", "We support sanctions against Russia.", "NOR support support ->-"},
      {"",
       "Russia seeks to entrench itself in the region, posing direct threats to Norway's security.",
       "RUS support call-for ->-"},
      {"NOR", "We support the sovereignty of Ukraine.", "NOR support support ->UKR"},
      {"NOR", "We support peace in Ukraine.", "NOR support support ->-"},
      {"NOR", "We welcome the talks between Russia and Ukraine.", "NOR support welcome ->-"},
      {"", "Russia wants a campaign of interference in the internal affairs of Ukraine.",
       "RUS support call-for ->-"},
  });
}

TEST(StanceCriticism, WrongdoingInTheSpeakersAssertion) {
  RunTable({
      {"SWE", "Russia has violated the sovereignty of its neighbour.", "SWE oppose accuse ->RUS"},
      // Coordinated wrongs of one doer: one criticism.
      {"SWE", "Russia annexed the peninsula and violated its obligations.",
       "SWE oppose accuse ->RUS"},
      // A refusal or failure of the state, in the speaker's assertion.
      {"SWE", "Russia has refused to withdraw its troops.", "SWE oppose criticise ->RUS"},
      {"SWE", "We failed to agree on the text.", "SWE oppose agree ->-"},
      // An inverted condition asserts nothing, and calls for nothing.
      {"SWE", "Should it fail to respond, there will be consequences.", ""},
      {"SWE", "Should Russia withdraw its troops, we will talk.", ""},
      // Negated or conditional: nothing asserted.
      {"SWE", "Russia has not violated the agreement.", ""},
      {"SWE", "If Russia violated the agreement, we would respond.", ""},
      // Negation stays in its own conjunct.
      {"NOR", "Russia has not paid its dues and continues to violate the agreement.",
       "NOR oppose accuse ->RUS"},
      // "under attack" is no act of attacking.
      {"NOR", "Russia said that the rights of people in Ukraine were under attack.", ""},
      // The speaker on itself is no criticism.
      {"RUS", "Russia has never violated the agreement.", ""},
      // Nobody asserts it.
      {"", "Russia has violated the agreement.", ""},
      // An act the subject's stance names: its own stance, and the speaker's
      // accusation.
      {"IRN", "The United States blocked the draft resolution.",
       "USA oppose block ->-; IRN oppose accuse ->USA"},
  });
}

TEST(StanceCriticism, DemandsToStopAreOpposition) {
  RunTable({
      {"SWE", "We call on Russia to cease its provocations.", "SWE oppose demand ->RUS"},
      {"SWE", "Russia must withdraw its troops.", "SWE oppose demand ->RUS"},
      // The demand replaces the support "stress" would give the state.
      {"SWE", "We stress that Russia must withdraw its forces.", "SWE oppose demand ->RUS"},
      {"", "Ukraine demands that the Russian side immediately cease provocations.",
       "UKR oppose demand ->RUS"},
      // A demand on nobody named: oppose, unlinked.
      {"SWE", "We call on all parties to refrain from violence.", "SWE oppose demand ->-"},
      // A stop verb with no duty is no demand.
      {"SWE", "Russia stopped the talks last year.", ""},
      // A call to sign stays support, linked to what is to be signed.
      {"SWE", "We call on Russia to sign the ITRs.", "SWE support urge ->ITRs"},
      // A call to blame or punish a state is against it.
      {"SWE", "The Council should blame Russia for the attack.", "SWE oppose call-for ->RUS"},
      {"SWE", "The Council must compel Iran to respect the sovereignty of its neighbours.",
       "SWE oppose call-for ->IRN"},
      // A subject that is no one negates the call.
      {"SWE", "Nobody should support the annexation.", "SWE oppose call-for ->-"},
      // Shame on a state is against it; a subject that is the speaker is no
      // target of "must be condemned", "should be ashamed".
      {"SWE", "Russia should be ashamed of itself.", "SWE oppose call-for ->RUS"},
      {"SWE", "Shame on Russia.", "SWE oppose criticise ->RUS"},
      {"SWE", "We should not be ashamed of our history.", ""},
      {"SWE", "No country should blame Ukraine for defending itself.",
       "SWE support call-for ->UKR"},
  });
}

TEST(StanceCriticism, AccusationsBelongToTheAccuser) {
  RunTable({
      // Present-tense reports of someone else are theirs; the speaker's own
      // "we insist that", "we maintain that" stay the speaker's.
      {"NOR", "Russia alleges that Ukraine is shelling civilians.", "RUS oppose accuse ->UKR"},
      {"NOR", "Russia maintains that Ukraine is shelling civilians.", "RUS oppose accuse ->UKR"},
      {"NOR", "We maintain that Russia has violated the agreement.", "NOR oppose accuse ->RUS"},
      // A wrong only alleged criticises nobody (english.json
      // unasserting_modifiers); a condemnation of it links no state.
      {"NOR", "The alleged shelling by Ukraine was never proven.", ""},
      {"NOR", "The alleged aggression by Ukraine is a fabrication.", ""},
      {"NOR", "We condemn the alleged use of chemical weapons by Iran.", "NOR oppose condemn ->-"},
      {"NOR", "We condemn the use of chemical weapons by Iran.", "NOR oppose condemn ->IRN"},
      // Reported: the accuser's stance toward the accused.
      {"", "Sweden accused Russia of aggression.", "SWE oppose accuse ->RUS"},
      // A call to do a wrong: the speaker accuses the caller; no support of
      // the one called on.
      {"NOR", "The United States encouraged Iran to launch an armed aggression.",
       "NOR oppose accuse ->USA"},
      {"NOR", "The United States urged the leader of a neighbour to launch aggression.",
       "NOR oppose accuse ->USA"},
      // A call to condemn a wrong asks for no wrong: the call stays.
      {"SWE", "We call on Norway to condemn the Russian aggression.",
       "SWE support urge ->NOR; SWE oppose criticise ->RUS"},
      // A broken commitment takes back the state's commitment.
      {"SWE", "Russia has committed to a ceasefire, but it has broken that commitment.",
       "SWE oppose accuse ->RUS"},
  });
}

TEST(StanceCriticism, PolarityUnderNegationAndIrony) {
  RunTable({
      // Double negation: support.
      {"SWE", "We cannot possibly fail to defend the right to privacy.",
       "SWE support defend ->privacy"},
      // "X alone cannot": an argument for cooperation, no stance.
      {"SWE", "Small countries alone cannot ensure the recovery of growth.", ""},
      {"SWE", "No country alone can solve this.", ""},
      // The same in a normative sentence of the speaker.
      {"SWE", "I have fought censorship and therefore cannot possibly fail to defend privacy.",
       "SWE support call-for ->privacy"},
      // Support of a wrong is no support: an accusation of its actor.
      {"NOR", "Russia promotes disinformation in the region.", "NOR oppose accuse ->RUS"},
      {"NOR", "Russia intends to annex the peninsula.", "NOR oppose accuse ->RUS"},
      {"NOR", "We see a trend where some states act to promote disinformation.", ""},
      // ... and promoting the fight against it is against it.
      {"NOR", "We promote the fight against disinformation.",
       "NOR oppose promote ->misinformation"},
      // Irony: the speaker's criticism of the actor, not the actor's support.
      {"IRN", "Such is the freedom that the United States so ardently champions.",
       "IRN oppose criticise ->USA"},
  });
}

TEST(StanceCriticism, BackReferencesWithinASpeech) {
  const std::vector<Case> cases = {
      // A demonstrative subject of an evaluative predicate right after a
      // criticism: the state criticised there, via discourse, scored lower.
      {"SWE", "Russia has annexed the peninsula by force. That is completely unacceptable.",
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose criticise ->RUS via=discourse 0.36"},
      {"NOR", "Iran has attacked the ships. This is a flagrant violation of the law.",
       "NOR oppose accuse ->IRN via=speaker 0.60; NOR oppose criticise ->IRN via=discourse 0.42"},
      // A state noun after a demonstrative, or "the regime", as the subject
      // of a wrong, up to two sentences later.
      {"UKR",
       "Russia has annexed the peninsula. Our people resisted. The regime continues to violate "
       "the ceasefire.",
       "UKR oppose accuse ->RUS via=speaker 0.80; UKR oppose accuse ->RUS via=discourse 0.48"},
      // (the coreference sieve already finds "that country" for a verb cue)
      {"UKR", "Russia has annexed the peninsula. That country must withdraw its forces.",
       "UKR oppose accuse ->RUS via=speaker 0.80; UKR oppose demand ->RUS via=speaker 0.56"},
      // Nothing criticised just before: no back-reference, and "That is
      // completely unacceptable" names nothing it is about: no stance.
      {"SWE", "We welcome the efforts of Norway. That is completely unacceptable.",
       "SWE support welcome ->NOR via=speaker 0.90"},
      {"SWE",
       "Russia has annexed the peninsula. The talks went on for days. That is completely "
       "unacceptable.",
       "SWE oppose accuse ->RUS via=speaker 0.80"},
      // Praise of the state since ends the back-reference.
      {"UKR",
       "Russia has annexed the peninsula. We welcome the support of Russia for the talks. The "
       "regime continues to violate the ceasefire.",
       "UKR oppose accuse ->RUS via=speaker 0.80; UKR support welcome ->RUS via=speaker 0.90"},
      // The speaker's own country is never criticised, before or after.
      {"UKR", "Ukraine has never violated the ceasefire. That is completely unacceptable.", ""},
      // "It is ... that": no demonstrative, no back-reference.
      {"SWE", "Russia has annexed the peninsula. It is unacceptable that civilians suffer.",
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose criticise ->- via=speaker 0.50"},
      // "he" for a head of state named before in the paragraph: the state's
      // broken commitment, and its commitment taken back.
      {"SWE", "President Ivanov has committed to a ceasefire. But he has broken that commitment.",
       "SWE oppose accuse ->RUS via=discourse 0.43"},
      {"SWE", "President Ivanov has committed to a ceasefire. But he has kept that commitment.",
       "RUS support support ->- via=role 0.70"},
      // A negated acceptance of "this" refuses what was criticised before.
      {"UKR", "Russia has annexed the peninsula. We will never accept this.",
       "UKR oppose accuse ->RUS via=speaker 0.80; UKR oppose accept ->RUS via=speaker 0.49"},
      // Someone else's criticism is not the speaker's; the speaker's
      // "That is completely unacceptable" names nothing it is about, so it
      // gives no stance.
      {"SWE",
       "Norway said that Russia had violated the agreement. That is completely unacceptable.",
       "NOR oppose accuse ->RUS via=report 0.72"},
  };
  for (const Case& c : cases) EXPECT_EQ(RunVia(c.speaker, c.text), c.want) << c.text;
}

TEST(StanceCriticism, ModifiersTopicsAndPredicates) {
  RunTable({
      // "de facto" between the possessive and the act.
      {"SWE", "Russia continues its de facto annexation of the region.",
       "SWE oppose criticise ->RUS"},
      // A topic that names a wrong, with a demonym: the speaker's criticism.
      {"SWE", "Russian disinformation continues to spread.", "SWE oppose criticise ->RUS"},
      {"SWE", "Disinformation continues to spread.", ""},
      // A capital (dictionaries/governments.json) as the subject of a
      // state's act or in a possessive stands for its government.
      {"SWE", "Moscow must withdraw its forces.", "SWE oppose demand ->RUS"},
      {"SWE", "Washington has violated the agreement.", "SWE oppose accuse ->USA"},
      {"SWE", "Moscow's annexation of the region continues.", "SWE oppose criticise ->RUS"},
      // A capital as a place is no actor.
      {"SWE", "The delegates in Moscow have violated the rules.", ""},
      {"SWE", "We met in Moscow and violated nothing.", ""},
      // A demonym deep in a prepositional phrase is not the clause's
      // subject, so not the doer.
      {"NOR", "Armed men in several eastern Ukrainian towns are waging propaganda.", ""},
      {"NOR", "Russian troops in the region are waging propaganda.", "NOR oppose criticise ->RUS"},
      // An evaluative predicate of a state's act.
      {"NOR", "Iran's latest statement is particularly unacceptable.",
       "NOR oppose criticise ->IRN"},
  });
}

TEST(StanceCriticism, HostileConductLexicon) {
  RunTable({
      // Troops massed at a border, a build-up: the state whose forces they are.
      {"SWE", "Russian troops massed on the border last week.", "SWE oppose accuse ->RUS"},
      {"SWE", "The build-up of Russian forces continues.", "SWE oppose criticise ->RUS"},
      {"SWE", "Russia's major military build-up has been a provocation.",
       "SWE oppose criticise ->RUS"},
      {"SWE", "Weapons of mass destruction were massed nowhere.", ""},
      // Evaluative adverbs and adjectives on the state's own act.
      {"NOR", "Iran has brutally raised the price of fuel.", "NOR oppose criticise ->IRN"},
      {"NOR", "Iran's reckless behaviour worries the region.", "NOR oppose criticise ->IRN"},
      {"NOR", "The situation remains dangerous.", ""},
      // Blame: responsibility borne, "to blame"; not a duty all states bear.
      {"NOR", "Iran bears full responsibility for the attacks.", "NOR oppose accuse ->IRN"},
      {"NOR", "Iran alone is to blame for this crisis.", "NOR oppose accuse ->IRN"},
      {"NOR", "States bear the primary responsibility to protect their people.", ""},
      // Epithets of a state's rulers.
      {"SWE", "The Russian junta has closed the border.", "SWE oppose criticise ->RUS"},
      // Escalation is a wrong when the state escalates something, not when
      // events escalate.
      {"NOR", "Iran has escalated the conflict.", "NOR oppose accuse ->IRN"},
      {"NOR", "The fighting in Ukraine escalated quickly.", ""},
  });
}

TEST(StanceCriticism, DoersThroughResolvePronounsAndConduct) {
  RunTable({
      // The state whose resolve or attempt the infinitive is.
      {"SWE", "We watched with dismay the Russian Federation's attempt to annex the region.",
       "SWE oppose accuse ->RUS"},
      // An evaluative adjective on a conduct noun whose "of X" is the doer.
      {"SWE", "We now face the reckless policy of the Russian Federation.",
       "SWE oppose criticise ->RUS"},
      {"SWE", "We now face the reckless policy of our time.", ""},
      // An evaluative adjective on a state's organs.
      {"RUS", "The illegitimate Ukrainian authorities keep acting.", "RUS oppose criticise ->UKR"},
      {"RUS", "The illegal Ukrainian elections were held.", ""},
  });
  const std::vector<Case> cases = {
      // "they" / "it" right after a criticism: the state criticised there,
      // via discourse, scored lower.
      {"UKR", "Russia has annexed the peninsula. Now they hope to disrupt the elections.",
       "UKR oppose accuse ->RUS via=speaker 0.80; UKR oppose accuse ->RUS via=discourse 0.30"},
      // Not two sentences later, and not without a criticism before.
      {"UKR",
       "Russia has annexed the peninsula. The talks went on for days. Now they hope to disrupt "
       "the elections.",
       "UKR oppose accuse ->RUS via=speaker 0.80"},
      {"UKR", "We welcome the talks. Now they hope to disrupt the elections.",
       "UKR support welcome ->- via=speaker 0.90"},
      // A demonstrative and a conduct noun as the subject of a wrong.
      {"NOR", "Iran has attacked the ships. Those actions violate the law of the sea.",
       "NOR oppose accuse ->IRN via=speaker 0.60; NOR oppose accuse ->IRN via=discourse 0.48"},
  };
  for (const Case& c : cases) EXPECT_EQ(RunVia(c.speaker, c.text), c.want) << c.text;
}

TEST(StanceCriticism, TheSpeechsAdversaryAsSubject) {
  const std::string two = "Russia has annexed the peninsula. Russia has violated the agreement. ";
  const std::string conditional = two + "If Russia chooses a different path, we will talk.";
  const std::string others = two + "Russia and Norway have met twice.";
  const std::string said = two + "Russia said that it protects minorities.";
  const std::string citizen = two + "Russian citizens were detained at the border.";
  const std::string troops = two + "Russian troops remain at the border.";
  const std::string praise =
      two + "We welcome the return of Russia to the talks. Russia has chosen a different path.";
  const std::vector<Case> cases = {
      // After two criticisms of one state in a row, what the speaker says
      // that state does is more of that criticism (via adversary, low score).
      {"SWE",
       "Russia has annexed the peninsula. Russia has violated the agreement. Instead, "
       "Russia has chosen a different path.",
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose accuse ->RUS via=speaker 0.80; "
       "SWE oppose criticise ->RUS via=adversary 0.45"},
      // One criticism is no adversary.
      {"SWE", "Russia has annexed the peninsula. Instead, Russia has chosen a different path.",
       "SWE oppose accuse ->RUS via=speaker 0.80"},
      // Not in a condition, not with another state, not its officials' words.
      {"SWE", conditional.c_str(),
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose accuse ->RUS via=speaker 0.80"},
      {"SWE", others.c_str(),
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose accuse ->RUS via=speaker 0.80"},
      // The state's own words, reported; a demonym on anything but its
      // forces or officials.
      {"SWE", said.c_str(),
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose accuse ->RUS via=speaker 0.80"},
      {"SWE", citizen.c_str(),
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose accuse ->RUS via=speaker 0.80"},
      {"SWE", troops.c_str(),
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose accuse ->RUS via=speaker 0.80; "
       "SWE oppose criticise ->RUS via=adversary 0.45"},
      // Praise of the state ends it.
      {"SWE", praise.c_str(),
       "SWE oppose accuse ->RUS via=speaker 0.80; SWE oppose accuse ->RUS via=speaker 0.80; SWE "
       "support welcome ->RUS via=speaker 0.90"},
  };
  for (const Case& c : cases) EXPECT_EQ(RunVia(c.speaker, c.text), c.want) << c.text;
}

TEST(StanceCriticism, RegretBeforeAStatesAct) {
  RunTable({
      // A sentence adverb of regret, then the state as the subject.
      {"SWE", "Unfortunately, the Russian Federation has refused to talk.",
       "SWE oppose criticise ->RUS"},
      {"NOR", "Regrettably, Iran's forces remain in the strait.", "NOR oppose criticise ->IRN"},
      // No state right after it, or more than one: no criticism.
      {"SWE", "Unfortunately, the talks failed.", ""},
      {"SWE", "Unfortunately, Russia and Norway could not agree on the text.",
       "RUS oppose agree ->-; NOR oppose agree ->-"},
  });
}

TEST(StanceCriticism, EvaluativeWordsOfDiplomaticSpeech) {
  RunTable({
      // Evaluative adjectives on a state's conduct: a conduct noun with
      // "of X", a predicate of the state's claims, a possessive.
      {"RUS", "The hypocritical position of the United States surprises nobody.",
       "RUS oppose criticise ->USA"},
      {"UKR", "The claims of the Russian Federation are baseless.", "UKR oppose criticise ->RUS"},
      {"IRN", "The United States practises double standards.", "IRN oppose criticise ->USA"},
      {"RUS", "We condemn the double standards of the United States.", "RUS oppose condemn ->USA"},
      // "in violation of", "contrary to its obligations": the clause's doer.
      {"SWE", "Iran acted in violation of the agreement.", "SWE oppose criticise ->IRN"},
      {"UKR", "Russia deployed its forces contrary to its obligations.",
       "UKR oppose criticise ->RUS"},
      {"UKR", "Russia's actions are in flagrant violation of the Charter.",
       "UKR oppose criticise ->RUS"},
      // Fronted: the state that opens the main clause; not one of two.
      {"UKR", "In violation of the agreement, Russia has moved troops to the border.",
       "UKR oppose criticise ->RUS"},
      {"UKR", "In violation of the agreement, Russia and Iran have moved troops.", ""},
      {"UKR", "In violation of the agreement, troops have moved to the border.", ""},
      // Verbs of wrongdoing with a state as the subject, or its delegate.
      {"RUS", "Ukraine is suppressing peaceful protests.", "RUS oppose accuse ->UKR"},
      {"RUS", "Our Ukrainian colleague has distorted the facts.", "RUS oppose accuse ->UKR"},
      {"UKR", "Russia is waging war against us.", "UKR oppose accuse ->RUS"},
      {"SWE", "Russia continues to deny its involvement.", "SWE oppose accuse ->RUS"},
      {"SWE", "Russian forces abducted the observers.", "SWE oppose accuse ->RUS"},
      {"RUS", "Ukrainian chauvinism is on the rise.", "RUS oppose criticise ->UKR"},
      // A delegation's statement "full of lies": the delegation's state.
      {"RUS", "The statement of the Ukrainian delegation was full of lies.",
       "RUS oppose criticise ->UKR"},
      {"NOR", "The report is full of inaccuracies.", ""},
      // The speaker's own denial, or a denial of something else, is none.
      {"RUS", "We deny any involvement.", ""},
      {"SWE", "Russia denied the reports.", ""},
      {"NOR", "Iran has ignored the appeals of the region.", "NOR oppose accuse ->IRN"},
      {"RUS", "The United States has fuelled the conflict.", "RUS oppose accuse ->USA"},
      {"RUS", "The United States is fuelling tensions.", "RUS oppose accuse ->USA"},
      {"NOR", "Iran's account is at odds with reality.", "NOR oppose criticise ->IRN"},
      // A state's refusal, failure or reluctance: its possessive or "of X".
      {"SWE", "The failure of the Russian Federation to honour its word is clear.",
       "SWE oppose criticise ->RUS"},
      {"SWE", "Iran's reluctance to engage in dialogue worries us.", "SWE oppose criticise ->IRN"},
      {"SWE", "The failure of the talks is a concern.", ""},
      // (A failure for a state is a judgement of it: OrgansActsOfMannerAndClefts.)
      // A coup backed by a state: the backer is the doer.
      {"RUS", "The coup backed by the United States overthrew the President.",
       "RUS oppose criticise ->USA"},
      // Guard rails: no doer, a victim, the speaker itself, negation.
      {"SWE", "False reports spread quickly in Ukraine.", ""},
      {"SWE", "Many civilians were killed in Ukraine.", ""},
      // Victims in a passive are no doers.
      {"SWE", "Russian soldiers were killed at the border.", ""},
      {"SWE", "Ukrainian citizens were tortured in the region.", ""},
      {"SWE", "Iran's position was ignored.", ""},
      {"SWE", "We cannot ignore the situation.", ""},
      {"SWE", "Russia has not ignored the appeals.", ""},
      {"SWE", "If Russia ignores the appeals, there will be consequences.", ""},
  });
}

TEST(StanceCriticism, ReportNounsAreNoReporters) {
  RunTable({
      // "claims" after a possessive or a determiner is a noun: the speaker
      // holds the criticism, not Russia reporting it.
      {"UKR", "Russia's claims are baseless.", "UKR oppose criticise ->RUS"},
      {"UKR", "These claims about Russia are unfounded.", ""},
      // A report verb still gives the reporter: France criticises, reported.
      {"", "France claims that Russia has violated the agreement.", ""},
  });
}

TEST(StanceCriticism, CapitalsAndTheirOrgans) {
  RunTable({
      // A capital and a noun for a state's organs, or the organs "in" the
      // capital, stand for the state as the subject of a wrong or of a
      // predicate.
      {"RUS", "The Kyiv authorities have violated the agreement.", "RUS oppose accuse ->UKR"},
      {"RUS", "The regime in Kyiv continues to violate the agreement.", "RUS oppose accuse ->UKR"},
      {"RUS", "The Kyiv authorities are hypocritical.", "RUS oppose criticise ->UKR"},
      // A capital's other spelling (governments.json capital_forms).
      {"RUS", "The Kiev authorities have violated the agreement.", "RUS oppose accuse ->UKR"},
      {"RUS", "The regime in Kiev continues to violate the agreement.", "RUS oppose accuse ->UKR"},
      {"UKR", "The Moscow leadership has escalated the conflict.", "UKR oppose accuse ->RUS"},
      // A capital as a place, or the organs of a city that is no capital,
      // name no state.
      {"SWE", "The delegates in Kyiv have violated the rules.", ""},
      {"SWE", "The authorities in Odessa have violated the agreement.", ""},
      // The speaker's own capital is no adversary.
      {"UKR", "The Kyiv authorities have not violated the agreement.", ""},
      // Past "current" / "present", forms of "be", a verb of perpetration,
      // an evaluative adjective before the organs "in" the capital.
      {"RUS", "The current authorities in Kyiv are waging a war against their own people.",
       "RUS oppose accuse ->UKR"},
      {"RUS", "The Kyiv authorities launched a punitive operation.", "RUS oppose criticise ->UKR"},
      {"RUS", "The illegitimate authorities in Kyiv have launched an operation.",
       "RUS oppose criticise ->UKR"},
      {"SWE", "The authorities in Odessa launched a punitive operation.", ""},
      // "its" / "their" with no actor before: the capital's organs that are
      // the subject.
      {"RUS", "The Kyiv authorities continue their punitive operation.",
       "RUS oppose criticise ->UKR"},
      {"SWE", "The authorities in Odessa continue their punitive operation.", ""},
      // A capital (or its organs) after "by" or a conduct noun's "of".
      {"RUS", "The so-called operation launched by Kyiv has claimed many lives.",
       "RUS oppose criticise ->UKR"},
      {"RUS", "The illegal actions of the Kyiv authorities must stop.",
       "RUS oppose criticise ->UKR"},
      // Odessa is no capital: no state criticised, only the acts opposed.
      {"SWE", "The illegal actions of the authorities in Odessa must stop.",
       "SWE oppose call-for ->-"},
  });
}

TEST(StanceCriticism, DutiesNotMet) {
  RunTable({
      // A state that has not implemented, honoured or complied with what it
      // owes: the speaker's accusation.
      {"SWE", "Russia has not implemented the agreement.", "SWE oppose accuse ->RUS"},
      {"RUS", "The Ukrainian authorities have not yet honoured their commitments.",
       "RUS oppose accuse ->UKR"},
      {"NOR", "Iran does not comply with its obligations.", "NOR oppose accuse ->IRN"},
      {"UKR", "Russia never abided by the memorandum.", "UKR oppose accuse ->RUS"},
      // Not negated, a duty, a condition, the speaker itself: nothing.
      {"SWE", "Russia has implemented the agreement.", ""},
      {"SWE", "We have not implemented the plan yet.", ""},
      {"SWE", "If Russia does not respect the agreement, there will be consequences.", ""},
      // A call to respect the law stays a call, with its link.
      {"SWE", "We call on Iran to respect international law.", "SWE support urge ->IRN"},
  });
}

TEST(StanceCriticism, BlameAndDisapproval) {
  RunTable({
      // The one a cue ending in "with" names: a state, or a capital's organs.
      {"UKR", "The responsibility lies squarely with the Russian Federation.",
       "UKR oppose accuse ->RUS"},
      {"RUS", "The blame rests with the Kyiv authorities.", "RUS oppose accuse ->UKR"},
      {"SWE", "The responsibility lies with all of us.", ""},
      // "We hold X responsible / accountable": the speaker's accusation of X.
      {"UKR", "We hold the Russian Federation fully responsible for the consequences.",
       "UKR oppose accuse ->RUS"},
      {"UKR", "We will hold Russia accountable.", "UKR oppose accuse ->RUS"},
      {"UKR", "We hold talks with Russia on responsible fishing.", ""},
      {"UKR", "I held a meeting with the minister responsible for trade.", ""},
      // Biased, hostile, at odds with the law: of a state's conduct.
      {"RUS", "The biased position of the United States is well known.",
       "RUS oppose criticise ->USA"},
      {"NOR", "Iran's position is at odds with international law.", "NOR oppose criticise ->IRN"},
      {"NOR", "The unjust order of the past persists.", ""},
      // Dismay at a state's act is opposition linked to its doer; at a
      // scene, to no state.
      {"SWE", "We are appalled by the Russian aggression.", "SWE oppose concern ->RUS"},
      {"SWE", "We are appalled by the violence in Ukraine.", "SWE oppose concern ->-"},
  });
}

TEST(StanceCriticism, TheyForTheSpeechsAdversary) {
  const std::string two = "Russia has annexed the peninsula. Russia has violated the agreement. ";
  const std::string they = two + "We held elections. Now they hope to disrupt the count.";
  const std::string it = two + "We held elections. Now it threatens the count.";
  const std::vector<Case> cases = {
      // Once one state is the speech's adversary, "they" as the subject of a
      // wrong is that state even a few sentences on (via discourse).
      {"UKR", they.c_str(),
       "UKR oppose accuse ->RUS via=speaker 0.80; UKR oppose accuse ->RUS via=speaker 0.80; "
       "UKR oppose accuse ->RUS via=discourse 0.30"},
      // One criticism is no adversary; "it" is as often the situation.
      {"UKR",
       "Russia has annexed the peninsula. We held elections. Now they hope to disrupt the count.",
       "UKR oppose accuse ->RUS via=speaker 0.80"},
      {"UKR", it.c_str(),
       "UKR oppose accuse ->RUS via=speaker 0.80; UKR oppose accuse ->RUS via=speaker 0.80"},
  };
  for (const Case& c : cases) EXPECT_EQ(RunVia(c.speaker, c.text), c.want) << c.text;
}

TEST(StanceCriticism, TheStateBehindTheDoers) {
  RunTable({
      // Doers a state backs, arms or sponsors: the wrong is the state's.
      {"UKR", "Separatists backed by Russia have shelled the city.", "UKR oppose accuse ->RUS"},
      {"NOR", "Militants armed by Iran attacked the ships.", "NOR oppose accuse ->IRN"},
      // "pro-" and "anti-" name a cause, not a sponsor or the doer.
      {"UKR", "Pro-Russian separatists violated the ceasefire.", ""},
      {"RUS", "Anti-Russian militants violated the ceasefire.", ""},
      // Not a sponsor: a place after the participle's "by" is no state.
      {"UKR", "Separatists backed by nobody have shelled the city.", ""},
  });
}

TEST(StanceCriticism, WordingOfSecurityCouncilDebates) {
  RunTable({
      // Evaluative predicates past coordinated adverbs and adjectives, and
      // past "however" between commas.
      {"SWE",
       "Iran's intransigence on the question is morally and politically incomprehensible and "
       "unacceptable.",
       "SWE oppose criticise ->IRN"},
      {"NOR", "The draft tabled by Iran is, however, not acceptable.",
       "IRN support propose ->-; NOR oppose criticise ->IRN"},
      {"NOR", "What Iran did at the border was shocking.", "NOR oppose criticise ->IRN"},
      // Conduct nouns of obstruction with their doer.
      {"NOR", "We regret the indifference of the Russian Federation to the fate of civilians.",
       "NOR oppose criticise ->RUS"},
      // Using aid or hunger as a weapon, playing politics with it.
      {"SWE", "The Russian Federation has chosen to use hunger as a weapon.",
       "SWE oppose accuse ->RUS"},
      {"UKR", "Russia is playing politics with the lives of civilians.", "UKR oppose accuse ->RUS"},
      {"SWE", "The Russian authorities continue to politicize the delivery of aid.",
       "SWE oppose accuse ->RUS"},
      {"RUS", "We reject the interventionist policy of the United States.",
       "RUS oppose reject ->USA"},
      // A war waged against a state, fiction spread, a pretext invoked, a
      // rationale concocted; "of our Russian colleagues" for the state.
      {"NOR", "It is a war that Iran is waging against its neighbours.", "NOR oppose accuse ->IRN"},
      {"SWE", "Russian officials are spreading fiction about the vote.",
       "SWE oppose criticise ->RUS"},
      {"SWE", "Russia invokes the pretext of protecting minorities.", "SWE oppose criticise ->RUS"},
      {"SWE", "The Russian Federation concocted a rationale for the attack.",
       "SWE oppose accuse ->RUS"},
      {"SWE", "The crisis is due to the unwillingness of our Russian colleagues to compromise.",
       "SWE oppose criticise ->RUS"},
      {"SWE", "Iran has contravened its obligations.", "SWE oppose accuse ->IRN"},
      {"SWE", "Such measures would contravene the Charter.", ""},
      {"SWE", "If Russia contravenes the agreement, there will be consequences.", ""},
      {"SWE", "Science fiction is popular in Russia.", ""},
      {"SWE", "Iran invoked its right to self-defence.", ""},
      {"SWE", "Ukraine suffers from a war waged against it.", ""},
      // Guard rails: no doer (a call by the speaker, not a criticism), the
      // speaker itself, negation, "acceptable to" (the holder after it).
      {"SWE", "Food must never be used as a weapon.", "SWE oppose call-for ->-"},
      {"SWE", "We will not play politics with aid.", ""},
      {"SWE", "Russia has not politicized the delivery of aid.", ""},
      {"SWE", "A destructive earthquake struck Iran.", ""},
      {"SWE", "The text is not acceptable to Iran.", "IRN oppose accept ->-"},
  });
}

TEST(StanceCriticism, CallsForAStatesWithdrawalAreDemands) {
  RunTable({
      // A call for the withdrawal, cessation or end of a state's forces or
      // conduct: a demand against the state, not support of it.
      {"UKR", "We call for the immediate withdrawal of Russian troops from the region.",
       "UKR oppose demand ->RUS"},
      {"SWE", "We insist on the complete and unconditional withdrawal of Iranian forces.",
       "SWE oppose demand ->IRN"},
      {"NOR", "We call for the withdrawal of the Russian Federation's troops.",
       "NOR oppose demand ->RUS"},
      {"NOR", "We call for an end to Russian military activities near the border.",
       "NOR oppose demand ->RUS"},
      // Guard rails: a welcome is no call; a state's withdrawal from a
      // treaty, a text withdrawn.
      {"UKR", "We welcome the withdrawal of Russian troops.", "UKR support welcome ->RUS"},
      {"SWE", "We call for the withdrawal of Russia from the treaty.",
       "SWE support call-for ->RUS"},
      {"SWE", "We call for the withdrawal of the draft.", "SWE support call-for ->-"},
  });
}

TEST(StanceCriticism, RhetoricalQuestionsCriticise) {
  RunTable({
      // A question that opens with "why" or "how", or says "again", about
      // a state's wrong: the speaker's criticism, and nothing else.
      {"UKR", "Why does Russia continue to violate the agreement?", "UKR oppose accuse ->RUS"},
      {"NOR", "Will Iran once again attack the ships?", "NOR oppose accuse ->IRN"},
      {"UKR", "How can Russia justify its aggression against us?", "UKR oppose criticise ->RUS"},
      // Guard rails: a question that asks, the speaker's own question, no
      // doer, a question of support.
      {"UKR", "Did Russia violate the ceasefire?", ""},
      {"NOR", "Has Iran attacked the ships?", ""},
      {"UKR", "How can we stop the aggression?", ""},
      {"SWE", "Will Russia support the text again?", ""},
  });
}

TEST(StanceCriticism, DemonstrativePhrasesReferBack) {
  RunTable({
      // An evaluation whose noun phrase opens with a demonstrative refers
      // to the state the speaker criticised in the two sentences before.
      {"UKR", "Russia has annexed the peninsula. This illegal process causes suffering.",
       "UKR oppose accuse ->RUS; UKR oppose criticise ->RUS"},
      {"UKR",
       "Russia has annexed the peninsula. Our people resisted. Those blatant violations of the "
       "Charter are a blow to security.",
       "UKR oppose accuse ->RUS; UKR oppose criticise ->RUS"},
      {"NOR", "Iran has attacked the ships. We condemn such illegal acts.",
       "NOR oppose accuse ->IRN; NOR oppose condemn ->IRN"},
      // Guard rails: "that" as a conjunction, no criticism before, too far
      // back, no demonstrative.
      {"UKR", "Russia has annexed the peninsula. We note that illegal arms flows continue.",
       "UKR oppose accuse ->RUS"},
      {"UKR", "The talks went on for days. This illegal process causes suffering.", ""},
      {"UKR",
       "Russia has annexed the peninsula. Our people resisted. The talks failed. This illegal "
       "process causes suffering.",
       "UKR oppose accuse ->RUS"},
      {"UKR", "Russia has annexed the peninsula. Illegal arms flows continue.",
       "UKR oppose accuse ->RUS"},
  });
}

TEST(StanceCriticism, OrgansActsOfMannerAndClefts) {
  RunTable({
      // A state's organs after its demonym keep the progressive's subject.
      {"SWE", "The Ukrainian army is shelling the town.", "SWE oppose accuse ->UKR"},
      {"NOR", "Russian armed forces are massing on the border.", "NOR oppose criticise ->RUS"},
      // A phrase of manner after an active verb is said of its subject; after
      // a passive, of nobody named (the subject is the victim).
      {"NOR", "Iran continues to send drones to the region in violation of the embargo.",
       "NOR oppose criticise ->IRN"},
      {"NOR", "Ukraine was attacked in violation of international law.", ""},
      // A state and a group that is no actor as the subject.
      {"NOR", "Russia and the separatists continue to violate the ceasefire.",
       "NOR oppose accuse ->RUS"},
      // "yet to" and "done nothing to" negate; "stopped at nothing to" does
      // not.
      {"NOR", "Russia has yet to implement the agreement.", "NOR oppose accuse ->RUS"},
      {"NOR", "Russia has done nothing to stop the separatists.", "NOR oppose criticise ->RUS"},
      {"NOR", "Ukraine has done nothing to provoke this aggression.", ""},
      // Responsibility for a harm is blame; for a duty it is not.
      {"NOR", "Russia bears the responsibility for the escalation.", "NOR oppose accuse ->RUS"},
      {"NOR", "Ukraine bears responsibility for protecting its citizens.", ""},
      {"NOR", "Ukraine bears full responsibility to protect its citizens.", ""},
      {"NOR", "Russia acted irresponsibly.", "NOR oppose criticise ->RUS"},
      // A state's means massed in the passive are its wrong; a victim in the
      // passive is not the doer, nor is one sent by a state.
      {"NOR", "Considerable Russian troops are massed on the border.", "NOR oppose accuse ->RUS"},
      {"NOR", "Ukrainian troops were attacked near the border.", ""},
      {"NOR", "Peacekeepers sent by Ukraine were attacked.", ""},
      {"NOR", "Armed men headed by agents from the Russian Federation seized the buildings.",
       "NOR oppose accuse ->RUS"},
      // A negated object negates the wrong.
      {"NOR", "Russia has violated nothing.", ""},
      {"NOR", "Russia has violated no agreement.", ""},
      // A state in a phrase of place right before it is no doer.
      {"NOR", "Russian troops remain in eastern Ukraine in violation of the agreement.",
       "NOR oppose criticise ->RUS"},
      {"NOR", "Sweden has been targeted contrary to international law.", ""},
      // A negated cleft clears the one it names, and the doer after it takes
      // the blame.
      {"SWE", "It is not Ukraine that has escalated the situation, it is the Russian Federation.",
       "SWE oppose accuse ->RUS"},
      {"SWE", "It is not Ukraine that has escalated the situation.", ""},
      // Defiance, lies, arms for armed groups.
      {"SWE", "Iran has once again defied the Council.", "SWE oppose accuse ->IRN"},
      {"SWE", "The results defied expectations in Sweden.", ""},
      {"UKR", "Russia continues to lie about its involvement.", "UKR oppose accuse ->RUS"},
      {"UKR", "Russia is arming the separatists.", "UKR oppose accuse ->RUS"},
      {"UKR", "Russia has provided the separatists with tanks.", "UKR oppose accuse ->RUS"},
      {"NOR", "Sweden will provide weapons to Ukraine.", ""},
      {"UKR", "Russia continues to supply weapons and fighters to the separatists.",
       "UKR oppose accuse ->RUS"},
      {"UKR", "Russia has delivered heavy weapons to the separatists.", "UKR oppose accuse ->RUS"},
      // Coordinated participles before the sponsor; the sponsor's backing is
      // the accuser's description, not the sponsor's stance.
      {"UKR", "The separatists, armed and supported by Russia, continue to attack civilians.",
       "UKR oppose accuse ->RUS"},
      // Idioms of blame; a split infinitive of an attempt.
      {"NOR", "This is a crisis of Russia's making.", "NOR oppose accuse ->RUS"},
      {"NOR", "Russia's making of the film was praised.", ""},
      {"NOR", "Russia is playing dice with the lives of civilians.", "NOR oppose accuse ->RUS"},
      {"NOR", "Russian attempts to further erode humanitarian action continue.",
       "NOR oppose accuse ->RUS"},
      // A relative clause after coordinated modifiers names the doer.
      {"IRN",
       "We reject the illegal economic, commercial and financial blockade that the United "
       "States has imposed on us.",
       "IRN oppose reject ->USA"},
      // A state judged wrong, isolated, or the one a failure is for.
      {"NOR", "Russia stands isolated in the Council.", "NOR oppose criticise ->RUS"},
      {"NOR", "These are isolated incidents in Russia.", ""},
      {"NOR", "Russia was wrong then and is wrong now.", "NOR oppose criticise ->RUS"},
      {"NOR", "Russia sends the wrong signal to Sweden.", ""},
      {"NOR", "Today's vote is a failure for Russia.", "NOR oppose criticise ->RUS"},
      {"NOR", "It was a failure for the Council.", ""},
      // Force against a state's own people; responsibility for a harm.
      {"RUS", "Ukraine is using heavy weapons against its own citizens.",
       "RUS oppose accuse ->UKR"},
      {"RUS", "Sweden protects Ukraine against its own enemies.", ""},
      {"RUS", "Ukraine is responsible for this tragedy.", "RUS oppose accuse ->UKR"},
      {"RUS", "We are responsible for the protection of civilians.", ""},
      // Stock phrases of Council debate.
      {"SWE", "Russia continues to deny the obvious.", "SWE oppose accuse ->RUS"},
      {"SWE", "Russia has chosen the path of confrontation.", "SWE oppose accuse ->RUS"},
      {"SWE", "Russia has shown contempt for the Council.", "SWE oppose criticise ->RUS"},
      {"SWE", "Ukraine has shown restraint.", ""},
      {"SWE", "Russia has not lifted a finger to stop the violence.", "SWE oppose criticise ->RUS"},
      {"SWE", "Russia is trying to rewrite history.", "SWE oppose accuse ->RUS"},
      {"SWE", "The Russian narrative is a fabrication.", "SWE oppose criticise ->RUS"},
      // A fronted phrase of a preposition before "they" for the state
      // criticised just before.
      {"UKR",
       "Russia has annexed Crimea. Apparently, through these attempts, they hope to "
       "disrupt the elections.",
       "UKR oppose accuse ->RUS; UKR oppose accuse ->RUS"},
      {"UKR", "Since then, Moscow has violated the agreement.", "UKR oppose accuse ->RUS"},
      // A report verb in a relative clause closed before the cue is no
      // holder.
      {"UKR", "Russia, which claims to respect the law, has violated the Charter.",
       "UKR oppose accuse ->RUS"},
      // "its" / "their" with the state's organs or conduct as the subject,
      // and a condemnation of "it" / "these actions", refer to the state
      // criticised in the sentence before.
      {"SWE", "Russia has annexed the region. Its forces are now massing on the border.",
       "SWE oppose accuse ->RUS; SWE oppose criticise ->RUS"},
      {"SWE", "Russia has annexed the region. Its actions are illegal.",
       "SWE oppose accuse ->RUS; SWE oppose criticise ->RUS"},
      {"SWE", "Russia has annexed the region. We condemn it in the strongest terms.",
       "SWE oppose accuse ->RUS; SWE oppose condemn ->RUS"},
      {"SWE", "Russia has annexed the region. We condemn these actions.",
       "SWE oppose accuse ->RUS; SWE oppose condemn ->RUS"},
      {"SWE", "Russia has annexed the region. We condemn the attack on the city.",
       "SWE oppose accuse ->RUS; SWE oppose condemn ->-"},
      // A demonstrative attack refers back, as "these illegal acts" do.
      {"SWE", "Russia has shelled the city. We condemn this attack.",
       "SWE oppose accuse ->RUS; SWE oppose condemn ->RUS"},
      {"SWE", "We condemn it.", "SWE oppose condemn ->-"},
      // A participle of report whose subject is not named here: nobody
      // holds the criticism, not the speaker.
      {"NOR", "He spoke at length, stating that those were lies spread by Sweden.", ""},
      // A negated noun is no duty not met.
      {"NOR", "Iran will spare no effort in implementing the agreement.", "IRN support commit ->-"},
      {"NOR", "Iran has not implemented the agreement.", "NOR oppose accuse ->IRN"},
  });
}

// Run() with each stance's target text: "ACTOR polarity act ->LINK [TEXT]".
std::string RunTargets(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kCriticismEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const auto sents = stance_test::Split(text);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance::LexiconOf(stance_test::Finder()));
  const std::vector<Stance> v =
      stance::FindWithSpeaker(text, sp, stance_test::Finder(), sents, ents);
  std::string out;
  for (const Stance& s : v) {
    const std::string link = !s.target.entity.empty()  ? s.target.entity
                             : !s.target.topic.empty() ? s.target.topic
                                                       : "-";
    out += (out.empty() ? "" : "; ") + s.actor.id + " " + s.polarity + " " + s.act + " ->" + link +
           " [" + s.target.text + "]";
  }
  return out;
}

void RunTargetTable(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(RunTargets(c.speaker, c.text), c.want) << c.text;
}

TEST(StanceCriticism, TargetsStopAtTheNounPhrase) {
  RunTargetTable({
      // A possessed nominal cue as the subject: its target is the noun
      // phrase, not the predicate, and the predicate's evaluation is the
      // speaker's criticism of the possessor.
      {"NOR", "Iran's rejection of the agreement was deeply regrettable.",
       "IRN oppose reject ->- [the agreement]; NOR oppose criticise ->IRN [regrettable]"},
      // An evaluation noun opening the subject, past a name in a phrase.
      {"NOR", "The Russian aggression against Ukraine has caused great suffering.",
       "NOR oppose criticise ->RUS [aggression against Ukraine]"},
      {"NOR", "Iran's intransigence on this point is incomprehensible.",
       "NOR oppose criticise ->IRN [intransigence on this point]"},
      {"NOR", "Sweden's support for the new framework has been noted.",
       "SWE support support ->- [the new framework]"},
      // Nothing before the predicate: no stance of the cue's own; the
      // accusation of the one who vetoed remains.
      {"NOR", "Russia's veto is lamentable.", "NOR oppose accuse ->RUS [veto]"},
      // A verb with a subject of its own inside the phrase is no predicate.
      {"NOR", "Iran's rejection of the text the United States has circulated.",
       "IRN oppose reject ->USA [the text the United States has circulated]"},
  });
}

TEST(StanceCriticism, APassiveAfterCoordinatedParticiplesTargetsTheNounBefore) {
  RunTargetTable({
      // Not "drafted and": the noun phrase before the first participle.
      {"NOR", "The plan, drafted and supported by Russia, was adopted.",
       "RUS support support ->- [The plan]"},
      // Armed groups so described: their sponsor's wrong, not its support.
      {"NOR", "Separatists, armed and supported by Russia, attacked the town.",
       "NOR oppose accuse ->RUS [attacked the town]"},
  });
}

TEST(StanceCriticism, NoStanceWithoutWhatItIsAbout) {
  RunTargetTable({
      // A cue with nothing after it and nothing before to refer to.
      {"NOR", "In the end Iran resisted.", ""},
      {"NOR", "In the end Iran proposed.", ""},
      // ... but a noun phrase before its subject may be its object.
      {"NOR", "It is a process Iran has strongly resisted.", "IRN oppose resist ->- [a process]"},
      {"NOR", "This is the future we want.", "NOR support call-for ->- [the future]"},
      {"NOR", "Malaysia and the EU and Iran resisted.", ""},
      // The first of two coordinated verbs: the second's stance carries
      // the object.
      {"NOR", "We welcome and commend the new framework for cooperation.",
       "NOR support welcome ->- [the new framework for cooperation]"},
      // A support with no verb after its subject is of the subject.
      {"UKR", "Norway, supported by Sweden", "SWE support support ->NOR [Norway]"},
      // A cue at the end takes the proposal before, its text and place.
      {"NOR", "Sweden proposed a new treaty. Iran agreed.",
       "SWE support propose ->- [a new treaty]; IRN support agree ->SWE [a new treaty]"},
  });
  // ... and its span is where that text is.
  const std::string text = "Sweden proposed a new treaty. Iran agreed.";
  const auto ents = stance_test::FindEntitiesIn(kCriticismEntities, text);
  const std::vector<Stance> v = stance_test::Finder().Find(text, stance_test::Split(text), ents);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(text.substr(v[1].target.span.begin, v[1].target.span.size()), "a new treaty");
}

TEST(StanceCriticism, ADemonymDeepInATargetIsNoLink) {
  RunTargetTable({
      // A demonym after a preposition modifies the noun after it: the
      // target is the ships' passage, not Iran.
      {"NOR", "Sweden opposed the passage of Iranian ships through the strait.",
       "SWE oppose oppose ->- [the passage of Iranian ships through the strait]"},
      // So is one in a later clause of the target.
      {"NOR", "Sweden opposed the text, just as it opposed Iranian ships in the port.",
       "SWE oppose oppose ->- [the text, just as it opposed Iranian ships in the port]"},
      // ... and no later name stands in for it.
      {"NOR", "Sweden supported talks on Iranian grain exports and the ITRs.",
       "SWE support support ->- [talks on Iranian grain exports and the ITRs]"},
      // The demonym first in the phrase, or with the state's organs after
      // it, is the state.
      {"NOR", "Sweden opposed the Iranian position.",
       "SWE oppose oppose ->IRN [the Iranian position]"},
      {"NOR", "Sweden supported talks with Iranian authorities on grain.",
       "SWE support support ->IRN [talks with Iranian authorities on grain]"},
      {"NOR", "Sweden supported talks on Iranian navy officials.",
       "SWE support support ->- [talks on Iranian navy officials]"},
  });
}

TEST(StanceCriticism, PassivesWithSponsoredDoersAndBlameIdioms) {
  RunTable({
      // A wrong in the passive done by doers a state stands behind is the
      // state's; a participle need not end in -ed or -en ("shot down").
      {"NOR", "The plane was shot down by separatists backed by Russia.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "The town was shelled by militants armed by Russia.", "NOR oppose accuse ->RUS"},
      {"NOR", "The aircraft was shot down by separatists, armed and trained by Russia.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "The town was shelled by militants supported by Moscow.", "NOR oppose accuse ->RUS"},
      // "pro-" names a cause, not a sponsor; nobody is no state.
      {"NOR", "The plane was shot down by pro-Russian separatists.", ""},
      {"NOR", "The town was shelled by militants armed by nobody.", ""},
      // Blame with a degree; a duty is no blame.
      {"NOR", "Russia bears a heavy responsibility for this tragedy.", "NOR oppose accuse ->RUS"},
      {"NOR", "Ukraine bears a heavy responsibility for protecting its citizens.", ""},
      {"NOR", "Russia has not done enough to stop the violence.", "NOR oppose criticise ->RUS"},
      {"NOR", "Ukraine has not done enough to deserve this.", ""},
      {"NOR", "Russia is holding the Council hostage.", "NOR oppose accuse ->RUS"},
      {"NOR", "Russia has turned a blind eye to the crimes.", "NOR oppose criticise ->RUS"},
      {"NOR", "Russia is fomenting instability in the east.", "NOR oppose accuse ->RUS"},
      // A wrong said in a relative clause of another subject is not the
      // main clause's subject's; the subject's own relative clause is.
      {"NOR", "Ukraine has offered a ceasefire, which the separatists have violated.", ""},
      {"NOR", "Ukraine is fighting armed groups that have seized buildings.", ""},
      {"NOR", "It is Russia that has violated the agreement.", "NOR oppose accuse ->RUS"},
      {"NOR", "Russian proxies, who entered the region, have violated the ceasefire.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "Russia has moved its forces, which the separatists have attacked.", ""},
      {"NOR", "Russia, which the whole world has seen, has violated the Charter.",
       "NOR oppose accuse ->RUS"},
      // The victim of a wrong is not its doer: a past tense after a state is
      // its verb, and "attacks" after "to" is a noun.
      {"NOR", "Ukraine suffered repeated provocations.", ""},
      {"NOR", "Ukraine suffered repeated attacks from Russian forces.",
       "NOR oppose criticise ->RUS"},
      {"NOR", "Ukraine has been forced to respond to attacks on its soldiers.", ""},
      {"NOR", "Russia staged repeated provocations.", "NOR oppose criticise ->RUS"},
      // A pseudo-cleft judges the state the seen conduct comes from; the
      // speaker's "we" is who sees.
      {"SWE", "What we have seen from Russia is unacceptable.", "SWE oppose criticise ->RUS"},
      {"SWE", "What we have seen in Ukraine is shocking.", ""},
      // An adverb of wrong before a passive participle judges its agent,
      // past "the veto cast by".
      {"SWE", "The mandate was brazenly terminated by the veto cast by Russia.",
       "SWE oppose criticise ->RUS"},
      {"SWE", "The ships were illegally seized by Russia.", "SWE oppose criticise ->RUS"},
      // Ambassadors of coordinated states speak for each.
      {"SWE",
       "The Ambassadors of Russia, Iran and the United States regrettably repeated the "
       "same claim.",
       "SWE oppose criticise ->RUS; SWE oppose criticise ->IRN; SWE oppose criticise ->USA"},
      // An even-handed call on two parties is no demand on either, unless
      // what they must stop is a wrong.
      {"SWE", "Russia and Ukraine must cease hostilities.", "SWE support call-for ->-"},
      {"SWE", "We call on Russia and Ukraine to stop the fighting.", "SWE oppose demand ->-"},
      {"SWE", "Russia and Iran must stop supplying weapons to the militants.",
       "SWE oppose demand ->RUS; SWE oppose demand ->IRN"},
      // Coordinated states each do the wrong.
      {"SWE", "Russia and Iran have violated the agreement.",
       "SWE oppose accuse ->RUS; SWE oppose accuse ->IRN"},
      {"SWE", "Russia, Iran and the United States regrettably repeated the same claim.",
       "SWE oppose criticise ->RUS; SWE oppose criticise ->IRN; SWE oppose criticise ->USA"},
      // A harm as a wrong's object makes it no wrong.
      {"SWE", "Norway has attacked the root causes of poverty.", ""},
      {"SWE", "Norway has killed hundreds of terrorists.", ""},
      {"SWE", "Russia has killed hundreds of civilians.", "SWE oppose accuse ->RUS"},
      {"SWE", "Russia bears full responsibility for the attacks.", "SWE oppose accuse ->RUS"},
      // Arms and fighters sent or poured in, cover-ups, a state's proxies.
      {"SWE", "Russia continues to pour weapons into the region.", "SWE oppose accuse ->RUS"},
      {"SWE", "Russia has been sending mercenaries across the border.", "SWE oppose accuse ->RUS"},
      {"SWE", "Russia tried to cover up its involvement.", "SWE oppose accuse ->RUS"},
      {"SWE", "The separatists are Russia's proxies.", "SWE oppose criticise ->RUS"},
      {"SWE", "Norway configured its proxy servers.", ""},
      // Preferring a wrong is no support of it but the speaker's accusation.
      {"RUS", "The United States prefers to ignore the crimes.", "RUS oppose accuse ->USA"},
      {"RUS", "The United States prefers to support the proposal.", "USA support prefer ->-"},
      // Blocking a harm is no wrong; blocking a draft is.
      {"SWE", "Norway blocked the spread of the virus.", "NOR oppose block ->-"},
      {"SWE", "Russia blocked the draft resolution.",
       "RUS oppose block ->-; SWE oppose accuse ->RUS"},
      // A claim's content is the claimant's, reported, or nobody's; called
      // false, the claim is the speaker's criticism of the claimant.
      {"NOR", "Russia's allegations that Ukraine is shelling civilians are baseless.",
       "RUS oppose accuse ->UKR; NOR oppose criticise ->RUS"},
      {"NOR", "The allegations that Ukraine is shelling civilians are baseless.", ""},
      {"NOR", "We reject the claim that Ukraine violated the ceasefire.", "NOR oppose reject ->-"},
      {"NOR", "We reject Russia's claim that Ukraine violated the ceasefire.",
       "NOR oppose reject ->RUS"},
      // Armed groups armed, trained or funded by a state: the state's wrong;
      // not so for a state's own soldiers.
      {"NOR", "These separatists are being trained, armed and funded by Russia.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "The militants were armed by Iran.", "NOR oppose accuse ->IRN"},
      {"NOR", "Ukrainian soldiers are trained by the United States.", ""},
      {"NOR", "The separatists are armed.", ""},
      {"NOR", "The militants are sheltered by Iran.", "NOR oppose accuse ->IRN"},
      {"NOR", "Peacekeepers were sent by Ukraine.", ""},
      // A judged annexation or occupation of a territory whose occupier is
      // known (cues.json occupied_places); one merely named says nothing.
      {"NOR", "The illegal annexation of Crimea hurts the people of Ukraine.",
       "NOR oppose criticise ->RUS"},
      {"NOR", "The protests were a prelude to the annexation of Crimea.", ""},
      {"NOR", "We condemn the occupation of the Golan.", "NOR oppose condemn ->ISR"},
      // (the speaker's judgement of the act, linked to no state)
      {"NOR", "The annexation of Crimea by the separatists was illegal.",
       "NOR oppose criticise ->-"},
      // A wrong's source after "from" or "came from" is its doer.
      {"RUS", "The most cynical statement came from the United States.",
       "RUS oppose criticise ->USA"},
      {"RUS", "The most unfair of all came from our Ukrainian colleague.",
       "RUS oppose criticise ->UKR"},
      {"RUS", "Such hypocrisy from the United States is unacceptable.",
       "RUS oppose criticise ->USA"},
      {"UKR", "We have seen constant provocations from the Russian side.",
       "UKR oppose criticise ->RUS"},
      // Duties not met: only negated are they a criticism.
      {"NOR", "Russia has not withdrawn its troops.", "NOR oppose criticise ->RUS"},
      {"NOR", "Russia has withdrawn its troops.", ""},
      {"NOR", "Russia has not used its influence with the separatists.",
       "NOR oppose criticise ->RUS"},
      {"NOR", "Russia used its influence with the separatists.", ""},
      {"NOR", "Russia did not engage in any serious discussion.", "NOR oppose criticise ->RUS"},
      {"NOR", "Russia has not taken a single step to implement the agreement.",
       "NOR oppose criticise ->RUS"},
      {"NOR", "Russia has taken steps to implement the agreement.", ""},
      // An attack or assault launched by a state; a terrorist attack names
      // no state, and the one attacked is no doer.
      {"NOR", "Russia launched an attack on the city.", "NOR oppose criticise ->RUS"},
      {"NOR", "Russia launched an assault on the city.", "NOR oppose criticise ->RUS"},
      {"NOR", "Ukraine has been subjected to a terrorist attack.", ""},
      {"NOR", "Ukraine repelled the attack.", ""},
      // Force against civilians or protesters is said of the clause's
      // subject; urging another state to a wrong is the urger's wrong.
      {"RUS", "Ukraine is using heavy artillery against civilians.", "RUS oppose accuse ->UKR"},
      {"RUS", "Ukraine is using force against peaceful protesters.", "RUS oppose accuse ->UKR"},
      {"RUS", "The United States encouraged Ukraine to launch an attack on the city.",
       "RUS oppose accuse ->USA"},
      {"RUS", "The United States encouraged Ukraine to join the treaty.", "USA support urge ->UKR"},
  });
}

TEST(StanceCriticism, ACapitalWhereItActs) {
  RunTable({
      // A demand on a state named by its capital, or its organs there.
      {"RUS", "We demand that Kyiv end the violence against its own people.",
       "RUS oppose demand ->UKR"},
      {"RUS", "We demand that the Kyiv authorities stop the shelling.", "RUS oppose demand ->UKR"},
      {"NOR", "We call on the authorities in Moscow to withdraw their troops.",
       "NOR oppose demand ->RUS"},
      {"NOR", "We call on Kyiv to sign the agreement.", "NOR support urge ->UKR"},
      // The conduct of a capital judged in a predicate.
      {"RUS", "The actions of Kyiv are unacceptable.", "RUS oppose criticise ->UKR"},
      {"RUS", "The conduct of Washington is hypocritical.", "RUS oppose criticise ->USA"},
      // A capital that names a place or an instrument is no state.
      {"RUS", "We support the Minsk agreements.", "RUS support support ->-"},
      {"RUS", "The streets of Kyiv are dangerous.", "RUS oppose criticise ->-"},
      // A junta or puppet regime is a state's organs, by its capital too.
      {"RUS", "The junta in Kyiv is shelling towns.", "RUS oppose accuse ->UKR"},
      {"RUS", "The Kyiv junta relies on neo-Nazis.", "RUS oppose criticise ->UKR"},
      // A capital after "the" without organs modifies a noun: the scene.
      {"RUS", "The Paris attacks were horrible.", ""},
      {"RUS", "The Paris attacks killed many.", ""},
      {"RUS", "Washington attacks our position.", "RUS oppose accuse ->USA"},
  });
}

TEST(StanceCriticism, TheOrgansThatDoAWrong) {
  RunTable({
      // A part of a state's organs as the subject (english.json
      // partitive_heads); a part of its people is no state.
      {"UKR", "Units of the Russian armed forces infiltrated the region.",
       "UKR oppose accuse ->RUS"},
      {"UKR", "A group of Russian soldiers seized the airport.", "UKR oppose accuse ->RUS"},
      {"UKR", "Agents of the Russian Federation seized the buildings.", "UKR oppose accuse ->RUS"},
      {"UKR", "Groups of Ukrainian citizens seized the airport.", ""},
      // A longer phrase of doers with a participle as its adjective.
      {"NOR",
       "Small groups of armed people, headed by agents from the Russian Federation, seize State "
       "buildings.",
       "NOR oppose accuse ->RUS"},
      // ... and as the antecedent of a relative clause.
      {"UKR", "A group of Russian soldiers that infiltrated the territory was detained.",
       "UKR oppose accuse ->RUS"},
      {"UKR", "A group of Ukrainian citizens who seized the building was arrested.", ""},
      // A wrong's gerund as a noun: its agent after "by", or the organs of
      // its "of" phrase; a place after "of" is the scene, organs that
      // modify a noun are the target.
      {"UKR", "Civilians were killed in shelling by the Russian army.", "UKR oppose accuse ->RUS"},
      {"UKR", "The shelling of Kharkiv by Russian forces continues.", "UKR oppose accuse ->RUS"},
      {"UKR", "The shelling of the Russian army continues.", "UKR oppose accuse ->RUS"},
      {"UKR", "The shelling of Kharkiv continues.", ""},
      {"UKR", "The shelling of Russian army positions continues.", ""},
      // "their" for the clause's subject when that is a state's organs; a
      // state's organs of a modifier's shape ("Government") after
      // "so-called".
      {"RUS", "The Ukrainian armed forces continue their aggression.",
       "RUS oppose criticise ->UKR"},
      {"RUS", "The Ukrainian army has intensified its shelling of residential areas.",
       "RUS oppose accuse ->UKR"},
      {"RUS", "Ukrainian citizens continue their protests.", ""},
      {"RUS", "The so-called Government in Kyiv has no interest in dialogue.",
       "RUS oppose criticise ->UKR"},
      // Sending forces across a border or into another's land; sending
      // them somewhere is no wrong in itself.
      {"NOR", "Russia has sent tanks and armoured vehicles across the border into Ukraine.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "Russia sent troops to Syria.", ""},
      // Troops entering another's territory; a people doing so is no
      // state's wrong.
      {"UKR", "Russian troops have entered our territory.", "UKR oppose accuse ->RUS"},
      {"UKR", "Russian citizens entered our territory.", ""},
  });
}

TEST(StanceCriticism, DenialsRefusalsConditionsAndNominalDemands) {
  RunTable({
      // Someone else's condemnation is not the speaker's criticism.
      {"NOR", "The mediator condemned the attack by Russian forces.", ""},
      {"NOR", "We condemn the attack by Russian forces.", "NOR oppose condemn ->RUS"},
      // A wrong in a "that" clause the frame denies is nobody's
      // criticism; a denied denial or doubt asserts it.
      {"NOR", "We do not believe that Russia has violated the agreement.", ""},
      {"NOR", "We have no evidence that Ukraine violated the ceasefire.", ""},
      {"NOR", "It is not true that Ukraine attacked civilians.", ""},
      {"NOR", "It is false that Ukraine shelled the city.", ""},
      {"NOR", "We deny that Ukraine attacked civilians.", ""},
      {"NOR", "Nobody can deny that Russia has violated the agreement.", "NOR oppose accuse ->RUS"},
      {"NOR", "It cannot be denied that Russia annexed the peninsula.", "NOR oppose accuse ->RUS"},
      {"NOR", "We believe that Russia has violated the agreement.", "NOR oppose accuse ->RUS"},
      {"NOR", "We do not believe it, but Russia has violated the agreement.",
       "NOR oppose accuse ->RUS"},
      // Asking a state to refrain from a wrong is a demand on it, as
      // asking it to stop is; to both parties, on neither.
      {"NOR", "We call on Russia not to violate the agreement.", "NOR oppose demand ->RUS"},
      {"NOR", "We hope that Russia will not violate the agreement.", "NOR oppose demand ->RUS"},
      {"NOR", "We hope that Russia will stop the shelling.", "NOR oppose demand ->RUS"},
      {"NOR", "We hope that Russia will respect the agreement.", "NOR support call-for ->RUS"},
      {"NOR", "We call on Russia and Ukraine not to violate the ceasefire.",
       "NOR oppose demand ->-"},
      // A nominal demand: an immediate or unconditional withdrawal of a
      // state's forces in the speaker's sentence; one welcomed is no demand.
      {"UKR", "The immediate withdrawal of Russian troops is a premise for peace.",
       "UKR oppose demand ->RUS"},
      {"UKR", "Russia's unconditional withdrawal from the region is required.",
       "UKR oppose demand ->RUS"},
      {"UKR", "We welcome the immediate withdrawal of Russian troops.", ""},
      {"UKR", "The withdrawal of Russian troops began yesterday.", ""},
      // A wrong continued under a condition is presupposed; one supposed
      // is not. "its" after a clause break is the sentence's subject, past
      // a condition's opener.
      {"NOR", "If Russia continues to violate the agreement, it will face consequences.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "If Russia violates the agreement, it will face consequences.", ""},
      {"NOR",
       "If Russia fails to respond to Ukraine's offer and instead continues with its military "
       "adventurism, there will be consequences.",
       "NOR oppose criticise ->RUS"},
  });
}

TEST(StanceCriticism, MoreWordsOfDiplomaticCriticism) {
  RunTable({
      // Fuel as a noun after a verb is no verb of harm: "has poured fuel on
      // the fire" is the idiom's accusation, not the speaker's opposition
      // to "Russia has poured".
      {"NOR", "Russia, rather than de-escalating, has poured fuel on the fire.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "Russia has made a mockery of the Charter.", "NOR oppose criticise ->RUS"},
      {"NOR", "Russia has chosen escalation.", "NOR oppose accuse ->RUS"},
      {"NOR", "It is Russia that is responsible for this crisis.", "NOR oppose accuse ->RUS"},
      // Concern noted or expressed about a state's conduct, its capital's
      // too; resorting to force is a wrong.
      {"RUS",
       "We note with great concern that the Kyiv authorities have resorted to the use of force.",
       "RUS oppose concern ->UKR"},
      {"NOR", "We express our concern at the actions of the Russian Federation.",
       "NOR oppose concern ->RUS"},
      {"RUS", "Kyiv has resorted to force.", "RUS oppose accuse ->UKR"},
      {"RUS", "States must not resort to the use of force.", "RUS oppose call-for ->-"},
      // A speaker's judgement that an act is illegal opposes it; before a
      // noun, "illegal" judges that noun only, which the cue passes read.
      {"NOR", "The so-called referendum is illegitimate.", "NOR oppose criticise ->-"},
      {"NOR", "Such steps are illegal under international law.", "NOR oppose criticise ->-"},
      {"NOR", "The situation is very dangerous.", "NOR oppose criticise ->-"},
      // An intensifier before a predicate noun ("pure fiction") and the
      // irregular past of "mislead".
      {"UKR", "The Russian Federation's version of events is pure fiction.",
       "UKR oppose criticise ->RUS"},
      {"UKR", "The representative of Russia misled the Council.", "UKR oppose accuse ->RUS"},
      // "criminal" judges a state's conduct; criminal groups are no state's.
      {"NOR", "The actions of the Ukrainian authorities are criminal.",
       "NOR oppose criticise ->UKR"},
      {"NOR", "Criminal groups operate in the region.", ""},
      // Arming an armed group, named or not; arming one's own soldiers is
      // no wrong.
      {"NOR", "Iran continues to arm Hezbollah.", "NOR oppose accuse ->IRN"},
      {"NOR", "Russia arms separatists in Ukraine.", "NOR oppose accuse ->RUS"},
      {"NOR", "Ukraine armed its soldiers.", ""},
      // The state behind the doers a wrong is done by.
      {"NOR",
       "Yemen has suffered from an unfair war waged by armed militias, supported by the Iranian "
       "regime.",
       "NOR oppose criticise ->IRN"},
      {"NOR", "The brutal war waged by the separatists has killed thousands.", ""},
      // A report ends with its clause: the wrong after ", but" is the
      // speaker's to judge.
      {"NOR", "Russia says it wants peace, but it keeps sending weapons across the border.",
       "RUS support call-for ->-; NOR oppose accuse ->RUS"},
      // Regret and worry as a predicate, or of a "that" clause after "it is"
      // or "we find it"; before a noun they judge nothing else.
      {"NOR", "It is regrettable that the conference failed to agree.", "NOR oppose criticise ->-"},
      {"NOR", "We find it odd that those countries have not acceded to the Convention.",
       "NOR oppose criticise ->-"},
      {"NOR", "The results are disappointing.", "NOR oppose criticise ->-"},
      {"NOR", "It was an unfortunate accident.", ""},
      // "This launch" judges the act of the state that opens the sentence
      // before; a bare "That is ..." does not.
      {"NOR", "Iran launched a ballistic missile. This launch was a flagrant violation of the law.",
       "NOR oppose criticise ->IRN"},
      {"NOR", "Iran launched a ballistic missile. That is unacceptable.",
       "NOR oppose criticise ->-"},
      // A wrong in a coordinated predicate is the clause subject's; not
      // with an actor in between, nor in the passive.
      {"NOR", "Russia withdrew from the deal and created the crisis.", "NOR oppose accuse ->RUS"},
      {"NOR", "Ukraine repelled the attack and killed many terrorists.", ""},
      // "has no right to lecture others".
      {"NOR", "Russia has no right to lecture others on human rights.",
       "NOR oppose criticise ->RUS"},
      // A reply to another delegation's remarks or words judges its state.
      {"NOR", "The remarks of the Russian representative are groundless.",
       "NOR oppose criticise ->RUS"},
      {"NOR", "The words of the Charter are clear.", ""},
      // What someone else says or claims is theirs, not the speaker's
      // judgement; the speaker's own saying is the speaker's.
      {"NOR", "Russia's claim that Ukraine is illegitimate is false.",
       "NOR oppose criticise ->RUS"},
      {"NOR", "Russia claims that the Ukrainian Government is illegitimate.", ""},
      {"NOR", "They argue that sanctions are unacceptable.", ""},
      {"NOR", "I would like to say that sanctions are unacceptable.", "NOR oppose criticise ->-"},
      // A wrong the speaker says it witnesses; not one it has not seen.
      {"NOR", "We have witnessed the complete breakdown of the rule of law.",
       "NOR oppose criticise ->-"},
      {"NOR", "We continue to see extensive human rights abuses.", "NOR oppose criticise ->-"},
      {"NOR", "We have not seen any violations.", ""},
      {"NOR", "We have seen great progress.", ""},
      // Holding a state accountable blames it, whoever is to hold it.
      {"NOR", "The international community must hold Russia accountable.",
       "NOR oppose accuse ->RUS"},
      {"NOR", "We must hold talks with Russia on responsible fishing.",
       "NOR support call-for ->RUS"},
      // Going on with a wrong; a victim that has still not recovered is
      // none.
      {"UKR", "Russia continues the creeping annexation of our regions.",
       "UKR oppose criticise ->RUS"},
      {"NOR", "Iran has still not recovered from the destructive consequences of that adventure.",
       ""},
      // Tightening a blockade or siege.
      {"NOR", "The United States continues to tighten the blockade against Cuba.",
       "NOR oppose accuse ->USA"},
      // Guilt is an accusation.
      {"NOR", "Russia is guilty of war crimes.", "NOR oppose accuse ->RUS"},
      {"NOR", "Ukraine is not guilty of these crimes.", ""},
  });
}

}  // namespace
}  // namespace caucus
