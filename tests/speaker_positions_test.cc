// More kinds of a speaker's positions in a whole speech (issue #13 part 5):
// "X remains indispensable", "dialogue is the best path to peace", "it is
// high time to X", "our priority will be X", "we stand in solidarity with
// X", "we are encouraged by X", "we recognize the important role of X",
// "the killing must stop". Each sentence was written for these tests, its
// expected stance (and the start of its target, where given) decided before
// running it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kPositionEntities[] = {
    {"Switzerland", "government", "CHE"}, {"Estonia", "government", "EST"},
    {"Russia", "government", "RUS"},      {"African Union", "body", "AU"},
    {"United Nations", "body", "UN"},     {"Security Council", "body", "UNSC"},
    {"Cuba", "government", "CUB"},
};

using Case = stance_test::SpeakerCase;

stance_test::SpeakerFound SpeakerStance(const std::string& speaker, const std::string& text) {
  return stance_test::FirstSpeakerStance(kPositionEntities, speaker, text);
}

void RunTable(const std::vector<Case>& cases) {
  stance_test::RunSpeakerTable(kPositionEntities, cases);
}

// "X remains indispensable / essential / vital": a call for X, as "X is
// essential" is.
TEST(SpeakerPositions, RemainsIndispensable) {
  RunTable({
      {"CHE",
       "The United Nations remains indispensable for the maintenance of international peace and "
       "security.",
       "support", "The United Nations"},
      {"CHE", "Dialogue between the parties remains essential to any lasting settlement.",
       "support", "Dialogue between the parties"},
      {"CHE", "Humanitarian access will remain vital in the months ahead.", "support"},
      {"CHE", "Predictable funding remains crucial for the work of the agencies.", "support"},
      {"CHE", "The situation remains critical in the north of the country.", "none"},
      {"CHE", "Much remains to be done.", "none"},
      {"CHE", "The number of people in need remains high.", "none"},
  });
}

// "Dialogue is the best path to peace", "negotiation remains the best way to
// settle the dispute": support of the subject, as "the only way" is.
TEST(SpeakerPositions, BestWays) {
  RunTable({
      {"CHE", "We are convinced that dialogue is the best path to peace.", "support", "dialogue"},
      {"CHE", "Negotiation remains the best way to settle the dispute.", "support", "Negotiation"},
      {"CHE", "Regional cooperation is the surest way to lasting stability.", "support",
       "Regional cooperation"},
      {"CHE", "We are on the right path.", "none"},
      {"CHE", "This is the best way forward.", "none"},
  });
}

// "It is (high) time to X", "it is high time that X": a call for X, as "the
// time has come to X" is.
TEST(SpeakerPositions, HighTime) {
  RunTable({
      {"CHE", "It is high time to reform the international financial architecture.", "support",
       "to reform the international"},
      {"CHE", "It is high time that the Security Council reflected the world of today.", "support"},
      {"CHE", "It is time to end the blockade against Cuba.", "oppose", "the blockade"},
      {"CHE", "It is about time for the international community to deliver on its promises.",
       "support"},
      {"CHE", "It is time for me to conclude.", "none"},
      {"CHE", "At the time, it was a difficult decision.", "none"},
      {"CHE", "It is the time of year when the Assembly meets.", "none"},
  });
}

// "Our priority will be X", "my Government's priorities are X, Y and Z",
// "the priorities of our term will be X": support of X; not another's, not
// past, not negated, not "our aim is clear".
TEST(SpeakerPositions, PrioritiesNamed) {
  RunTable({
      {"CHE",
       "During our presidency of the Council, our priority will be the protection of civilians.",
       "support", "the protection of civilians"},
      {"CHE", "My Government's priorities are education, health and jobs for young people.",
       "support", "education"},
      {"CHE", "Our main goal remains the eradication of poverty.", "support", "the eradication"},
      {"CHE", "The priorities of our term on the Council will be climate and security.", "support",
       "climate and security"},
      {"CHE", "Their priority is the survival of the regime.", "none"},
      {"CHE", "Our priority was the recovery from the pandemic.", "none"},
      {"CHE", "The priority of the Security Council is the maintenance of peace.", "none"},
      {"CHE", "Our goal is not the punishment of anyone.", "none"},
      {"CHE", "Our aim is clear.", "none"},
      {"CHE", "Our priorities remain the same.", "none"},
  });
}

// "We express our full solidarity with X", "Estonia stands in solidarity
// with X", "we stand with X": support of X; not another's solidarity, not
// "we stand with one voice".
TEST(SpeakerPositions, Solidarity) {
  RunTable({
      {"CHE", "We express our full solidarity with the people of Haiti.", "support",
       "the people of Haiti"},
      {"EST", "Estonia stands in solidarity with the people of Ukraine.", "support",
       "the people of Ukraine"},
      {"CHE", "We stand with the people of Afghanistan in these difficult times.", "support",
       "the people of Afghanistan"},
      {"CHE", "Our solidarity with the refugees of the region is unwavering.", "support"},
      {"CHE", "We reaffirm our solidarity with small island developing States.", "support"},
      {"CHE", "Russia expressed its solidarity with the regime.", "none"},
      {"CHE", "We stand with one voice on this matter.", "none"},
      {"CHE", "We stand with pride behind our record.", "none"},
  });
}

// "We are (greatly) encouraged by X", "we were heartened by X": support of
// X; not a participle of others ("extremists, encouraged by impunity").
TEST(SpeakerPositions, Encouraged) {
  RunTable({
      {"CHE", "We are encouraged by the progress made in the peace talks.", "support",
       "the progress made"},
      {"CHE", "Switzerland is greatly encouraged by the agreement reached in Addis Ababa.",
       "support", "the agreement reached"},
      {"CHE", "We were heartened by the return of refugees to their homes.", "support",
       "the return of refugees"},
      {"CHE", "Extremists, encouraged by the impunity they enjoy, attack villages.", "none"},
      {"CHE", "Investors are encouraged by lower taxes.", "none"},
  });
}

// "We recognize the important role of X", "we acknowledge the vital role
// played by X": support of X; not another's recognition.
TEST(SpeakerPositions, RolesRecognised) {
  RunTable({
      {"CHE", "We recognize the important role of civil society in sustainable development.",
       "support", "civil society"},
      {"CHE", "We acknowledge the vital role played by the African Union in Somalia.", "support",
       "the African Union"},
      {"CHE", "Switzerland recognises the crucial role of women in peace processes.", "support",
       "women"},
      {"CHE", "They recognize the important role of the private sector.", "none"},
  });
}

// "The killing of civilians must stop (immediately)", "this war must end":
// against the subject, not against the adverb after the verb; "must not
// stop" is for it.
TEST(SpeakerPositions, MustStop) {
  RunTable({
      {"CHE", "The killing of civilians must stop immediately.", "oppose",
       "The killing of civilians"},
      {"CHE", "The violence against peaceful protesters must end now.", "oppose",
       "The violence against peaceful protesters"},
      {"CHE", "This senseless war must end.", "oppose", "This senseless war"},
      {"CHE", "The bombing of hospitals must cease at once.", "oppose", "The bombing of hospitals"},
      {"CHE", "We must stop the spread of the virus.", "oppose", "the spread of the virus"},
      {"CHE", "The reforms must not stop.", "support", "The reforms"},
  });
}

// "Washington's attempts", "Washington has paralysed ...": a capital
// opening what the speaker opposes links its state; "Cuba's assets" are
// what Cuba has, no link; "the former minister, whose release we demand"
// is what the call is for.
TEST(SpeakerPositions, CapitalsOwnersAndWhose) {
  struct LinkCase {
    const char* speaker;
    const char* text;
    const char* want;  // "polarity ->LINK"
  };
  const LinkCase cases[] = {
      {"CUB", "We reject Washington's attempts to destabilize the region.", "oppose ->USA"},
      {"CUB",
       "In its pursuit of dominance, Washington has paralysed the dispute settlement system.",
       "oppose ->USA"},
      {"CHE", "We condemn Moscow's decision to suspend the grain deal.", "oppose ->RUS"},
      {"CHE", "We regret Washington's absence from the talks.", "oppose ->USA"},
      {"CHE", "The Paris attacks were unacceptable.", "oppose ->-"},
      {"CHE", "We reject its plundering of Cuba's assets.", "oppose ->-"},
      {"CHE", "Moscow is the capital of the Russian Federation.", "none ->"},
  };
  for (const LinkCase& c : cases) {
    const stance_test::SpeakerFound f = SpeakerStance(c.speaker, c.text);
    EXPECT_EQ(f.polarity + " ->" + f.link, c.want) << c.text;
  }
  RunTable({
      {"CUB", "That is what happened to the former minister, whose immediate release we demand.",
       "support", "the former minister"},
      {"CUB", "We honour the memory of the victims, whose names we will never forget.", "none"},
  });
}

// "X is contrary to (incompatible with) the Charter", "X is an
// anachronism": against X; not "on the contrary", "contrary to
// expectations".
TEST(SpeakerPositions, AtOddsWithTheLaw) {
  RunTable({
      {"CHE", "Unilateral sanctions are contrary to the Charter of the United Nations.", "oppose",
       "Unilateral sanctions"},
      {"CHE", "Such practices are incompatible with international law.", "oppose",
       "Such practices"},
      {"CHE", "The wall is inconsistent with the obligations of the occupying Power.", "oppose",
       "The wall"},
      {"CUB", "The embargo is an anachronism.", "oppose", "The embargo"},
      {"CHE", "On the contrary, the situation has improved.", "none"},
      {"CHE", "Contrary to expectations, the talks succeeded.", "none"},
  });
}

// "The blockade must be lifted", "these restrictions should be removed":
// against the subject, as "must be condemned" is; "must not be lifted" is
// for it.
TEST(SpeakerPositions, MustBeLifted) {
  RunTable({
      {"CUB", "The blockade must be lifted without delay.", "oppose", "The blockade"},
      {"CHE", "These restrictions should be removed.", "oppose", "These restrictions"},
      {"CHE", "The sanctions must be lifted immediately.", "oppose", "The sanctions"},
      {"CHE", "The ban must not be lifted.", "support", "The ban"},
  });
}

// "The use of force cannot be the answer", "military escalation must never
// be an option": against the subject.
TEST(SpeakerPositions, NotTheAnswer) {
  RunTable({
      {"CHE", "The use of force cannot be the answer.", "oppose", "The use of force"},
      {"CHE", "Military escalation must never be an option.", "oppose", "Military escalation"},
      {"CHE", "Isolationism should not be the answer to our problems.", "oppose", "Isolationism"},
  });
}

// "X remains our highest (foremost, main) priority": support of X.
TEST(SpeakerPositions, HighestPriority) {
  RunTable({
      {"CHE", "Nuclear disarmament remains our highest priority.", "support",
       "Nuclear disarmament"},
      {"CHE", "Education is the foremost priority of my Government.", "support", "Education"},
      {"CHE", "Climate action is our main priority.", "support", "Climate action"},
      {"CHE", "Their highest priority is survival.", "none"},
  });
}

// "We are worried about X": against X, as "concerned about" is.
TEST(SpeakerPositions, Worried) {
  RunTable({
      {"CHE", "We are worried about the growing gap between rich and poor.", "oppose",
       "the growing gap"},
      {"CHE", "Switzerland is deeply worried by the rise in attacks on health workers.", "oppose",
       "the rise in attacks"},
      {"CHE", "Investors are worried about inflation.", "none"},
  });
}

// "Sanctions only hurt ordinary people", "such rhetoric harms the
// prospects for peace": against the subject (harm verbs).
TEST(SpeakerPositions, HarmDone) {
  RunTable({
      {"CHE", "Unilateral sanctions only hurt ordinary people.", "oppose", "Unilateral sanctions"},
      {"CHE", "Such rhetoric harms the prospects for peace.", "oppose", "Such rhetoric"},
      {"CHE", "We were hurt by the decision.", "oppose", "the decision"},
  });
}

// "X deserves our (full) support": support of X; not "nobody deserves".
TEST(SpeakerPositions, Deserved) {
  RunTable({
      {"CHE", "The peace agreement deserves the support of the international community.", "support",
       "The peace agreement"},
      {"CHE", "These brave women deserve our full support.", "support", "These brave women"},
      {"CHE", "Nobody deserves our support more than the refugees.", "none"},
      {"CHE", "The proposal does not deserve our support.", "none"},
  });
}

// "The time for action has come": a call for it; "the time for half
// measures is over": against them.
TEST(SpeakerPositions, TimeForX) {
  RunTable({
      {"CHE", "The time for action has come.", "support", "action"},
      {"CHE", "The time for half measures is over.", "oppose", "half measures"},
      {"CHE", "The time for excuses has passed.", "oppose", "excuses"},
      {"CHE", "At the time for which the meeting was planned, nobody came.", "none"},
  });
}

// Appreciation and its opposite: "we appreciate the efforts of X", "we
// highly value X", "we note with satisfaction X", "we are pleased /
// satisfied with X", "we salute X", "we acknowledge the work of X",
// "we share the assessment of X", "we have always stood for X", "we say
// yes to X" are support; "we are saddened by X", "we say no to X" oppose.
TEST(SpeakerPositions, AppreciationAndSorrow) {
  RunTable({
      {"CHE", "We appreciate the efforts of the African Union to mediate in the Sahel.", "support",
       "the African Union"},
      {"CHE", "We highly value the partnership between the United Nations and regional bodies.",
       "support", "the partnership"},
      {"CHE", "We note with satisfaction the entry into force of the new treaty.", "support",
       "the entry into force"},
      {"CHE", "Switzerland is very pleased with the results of the review conference.", "support",
       "the results"},
      {"CHE", "We are satisfied with the outcome of the negotiations in Vienna.", "support",
       "the outcome"},
      {"CHE", "We salute the resilience of the people of Lebanon.", "support", "the resilience"},
      {"CHE", "We acknowledge the work of the Peacebuilding Commission in the Great Lakes.",
       "support", "the Peacebuilding Commission"},
      {"CHE", "We share the assessment of the Secretary-General on the state of the world.",
       "support"},
      {"CHE", "We have always stood for the peaceful settlement of disputes.", "support",
       "the peaceful settlement"},
      {"CHE", "We say yes to cooperation and no to confrontation.", "support", "cooperation"},
      {"CHE", "We are deeply saddened by the loss of life in the floods.", "oppose",
       "the loss of life"},
      {"CHE", "We say no to the militarization of outer space.", "oppose",
       "the militarization of outer space"},
      {"CHE", "I would appreciate it if delegations kept to the time limit.", "none"},
      {"CHE", "We value our time here.", "support"},
      {"CHE", "Our shared values unite us.", "none"},
      {"CHE", "She stood for election to the Human Rights Council.", "none"},
      {"CHE", "Russia is pleased with the results of the vote.", "none"},
  });
}

// "We call for (demand) the immediate withdrawal of foreign troops": a
// call, not the support of a wrong that gives no stance.
TEST(SpeakerPositions, ImmediateWithdrawal) {
  RunTable({
      {"CHE", "We demand the immediate withdrawal of foreign troops.", "support",
       "the immediate withdrawal"},
      {"CHE", "We call for the prompt withdrawal of all foreign fighters from Libya.", "support",
       "the prompt withdrawal"},
  });
}

// "There can be no peace without justice", "no development without
// peace": support of what is needed; "only through dialogue can a solution
// be found": support of the means.
TEST(SpeakerPositions, NoXWithoutY) {
  RunTable({
      {"CHE", "There can be no lasting peace without justice for the victims.", "support",
       "justice for the victims"},
      {"CHE", "There is no development without respect for human rights.", "support",
       "respect for human rights"},
      {"CHE", "No security without development, and no development without security.", "support",
       "development"},
      {"CHE", "Only through inclusive dialogue can a durable settlement be reached.", "support",
       "inclusive dialogue"},
      {"CHE", "Only by working together will we overcome the pandemic.", "support",
       "working together"},
      {"CHE", "There is no day without news of new attacks.", "none"},
      {"CHE", "Without reform, there can be no progress.", "support", "reform"},
      {"CHE", "Without addressing the root causes, there can be no durable peace.", "support",
       "addressing the root causes"},
      {"CHE", "Without a doubt, there can be no better place than Geneva.", "none"},
      {"CHE", "Only then can we judge the results.", "none"},
  });
}

// "Developed countries need to honour their commitments", "all parties need
// to show restraint": a call; "many countries need assistance" describes.
TEST(SpeakerPositions, OthersNeedTo) {
  RunTable({
      {"CHE", "Developed countries need to honour their commitments on climate finance.", "support",
       "to honour their commitments"},
      {"CHE", "All parties need to show maximum restraint.", "support",
       "to show maximum restraint"},
      {"CHE", "States need to exercise their sovereignty responsibly.", "support"},
      {"CHE", "Many countries need assistance after the floods.", "none"},
      {"CHE", "Countries in need deserve our solidarity.", "support", "Countries in need"},
  });
}

// "our unrestricted (unconditional, steadfast) support for X" as "our
// strong support for X".
TEST(SpeakerPositions, SupportWithoutReserve) {
  RunTable({
      {"CUB", "We reiterate our unrestricted support for a comprehensive settlement.", "support",
       "a comprehensive settlement"},
      // "reaffirm" is a cue of its own: its target is "our unconditional
      // support for the Palestinian cause" (the polarity is the same).
      {"CUB", "We reaffirm our unconditional support for the Palestinian cause.", "support"},
      {"CUB", "We express our steadfast solidarity with the people of Haiti.", "support",
       "the people of Haiti"},
  });
}

// "There is no justification (excuse, place, room) for X", "there can be
// no question of X": against X; not "no excuse not to", not "the question
// of X".
TEST(SpeakerPositions, NoJustificationFor) {
  RunTable({
      {"CHE", "There is no justification for the targeting of aid workers.", "oppose",
       "the targeting of aid workers"},
      {"CHE", "There can be no excuse for the use of chemical weapons.", "oppose",
       "the use of chemical weapons"},
      {"CHE", "There is no place for hate speech in our societies.", "oppose", "hate speech"},
      {"CHE", "There can be no question of lifting the sanctions now.", "oppose",
       "lifting the sanctions"},
      {"CHE", "There is no room for complacency.", "oppose", "complacency"},
      {"CHE", "Failure is no excuse not to try again.", "none"},
      {"CHE", "The question of Palestine remains on our agenda.", "none"},
  });
}

// "We consider (deem, find) it essential to X": a call for X, as "it is
// essential to X" is.
TEST(SpeakerPositions, ConsiderItEssential) {
  RunTable({
      {"CHE", "We consider it essential to continue this discussion within the United Nations.",
       "support", "to continue this discussion"},
      {"CHE", "Switzerland deems it necessary to strengthen the mandate of the mission.", "support",
       "to strengthen the mandate"},
      {"CHE", "We find it important to involve young people in these decisions.", "support",
       "to involve young people"},
      {"CHE", "We consider it necessary to say a few words about the budget.", "none"},
  });
}

// "X will always stand on the side of Y": support of Y. "The principles of
// the Charter remain relevant (valid)": support of the subject.
TEST(SpeakerPositions, SideAndRelevance) {
  RunTable({
      {"CHE", "Switzerland will always stand on the side of international law.", "support",
       "international law"},
      {"CHE", "We stood on the side of the victims.", "support", "the victims"},
      {"CHE", "The principles of the Charter remain fully relevant today.", "support",
       "The principles of the Charter"},
      {"CHE", "The Final Document of 1978 remains valid.", "support", "The Final Document"},
      {"CHE", "It remains relevant to ask who pays.", "none"},
  });
}

// "X and Y have been the priorities of Switzerland", "we focus on X",
// "only by X ... will it be possible to Y" with a long means: support of X.
TEST(SpeakerPositions, PrioritiesFocusAndLongMeans) {
  RunTable({
      {"CHE",
       "Mediation and the protection of civilians have been the priorities of Switzerland in the "
       "Council.",
       "support", "Mediation and the protection of civilians"},
      {"CHE", "In the Human Rights Council, we focus on the rights of persons with disabilities.",
       "support", "the rights of persons"},
      {"CHE", "Switzerland will focus on water diplomacy during its term.", "support",
       "water diplomacy"},
      {"CHE",
       "Only by giving the countries of the South a voice in the Council and by making its "
       "working methods more transparent will it be possible to restore its legitimacy.",
       "support", "giving the countries of the South"},
      {"CHE", "Their priorities have been the economy and security.", "none"},
      {"CHE", "The debate focused on the budget.", "none"},
  });
}

// "We expect X to honour (respect, comply with ...) Y": the speaker's call
// for what X is to do; "we expect X to withdraw (end) Y" is against Y.
// Forecasts ("we expect growth to slow") and another's expectations are
// none.
TEST(SpeakerPositions, Expectations) {
  RunTable({
      {"CHE", "We expect the nuclear-weapon States to honour their disarmament obligations.",
       "support", "to honour their disarmament obligations"},
      {"CHE", "Switzerland expects all parties to respect the ceasefire.", "support",
       "to respect the ceasefire"},
      {"CHE", "We fully expect the occupying Power to comply with its obligations.", "support",
       "to comply with its obligations"},
      {"CHE", "We expect the parties to end the blockade of the port.", "oppose",
       "the blockade of the port"},
      {"CHE", "We expect economic growth to slow next year.", "none"},
      {"CHE", "We expect the conference to conclude on Friday.", "none"},
      {"CHE", "Russia expects the West to respect its interests.", "none"},
  });
}

// "X is of concern to us", "X remains a matter (source, cause) of concern":
// against X; "there is cause for concern" names nothing. "We hail (laud)
// X", "we attach great value to X": support of X.
TEST(SpeakerPositions, OfConcernAndHailed) {
  RunTable({
      {"CHE", "The situation in the Sahel is of concern to us.", "oppose",
       "The situation in the Sahel"},
      {"CHE", "The proliferation of small arms remains a matter of concern.", "oppose",
       "The proliferation of small arms"},
      {"CHE", "The rise in piracy off the coast is a source of great concern.", "oppose",
       "The rise in piracy"},
      {"CHE", "There is cause for concern.", "none"},
      {"CHE", "It is a matter of concern.", "none"},
      {"CHE", "We hail the signing of the peace agreement in Juba.", "support",
       "the signing of the peace agreement"},
      {"CHE", "We laud the efforts of the mediators.", "support", "the efforts of the mediators"},
      {"CHE", "Our country attaches great value to the work of the agency.", "support",
       "the work of the agency"},
  });
}

// "We reject X and we reaffirm our support for Y": two clauses, two
// stances; "Brazil and we agree" stays one subject.
TEST(SpeakerPositions, AndWeStartsAClause) {
  struct TwoCase {
    const char* text;
    const char* want;  // the speaker's polarities, in order
  };
  const TwoCase cases[] = {
      {"We reject the attempts to destabilize the region and we reaffirm our support for the "
       "peace process.",
       "oppose,support"},
      {"We condemn the attack and we express our solidarity with the victims.", "oppose,support"},
      {"We welcome the agreement and we urge the parties to implement it.", "support,support"},
      {"We oppose the sanctions and the blockade.", "oppose"},
  };
  for (const TwoCase& c : cases) {
    const auto found = stance_test::FindEntitiesIn(kPositionEntities, c.text);
    const std::vector<EntityView> ents = Views(found);
    const auto sents = stance_test::Split(c.text);
    const stance::DocSpeaker sp =
        stance::SpeakerFromId("CHE", "government", ents, stance_test::Lex());
    std::string got;
    for (const Stance& s : stance::FindWithSpeaker(c.text, sp, stance_test::Finder(), sents, ents))
      if (s.actor.id == "CHE") got += (got.empty() ? "" : ",") + s.polarity;
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// Written for the tables above and still missed ("We have no hesitation in
// supporting X" is now found: tests/speaker_positions2_test.cc): "such
// measures violate international law" would need
// "violate" among the harm verbs, which made the speaker oppose the
// subject of every denied or doubted violation that the criticism tests
// guard ("Russia has violated nothing", "we have no evidence that Ukraine
// violated ..."), so it was left out.
TEST(SpeakerPositions, DISABLED_KnownGaps) {
  RunTable({
      {"CUB", "Such coercive measures violate international law and the Charter.", "oppose",
       "Such coercive measures"},
      {"CHE", "These practices contravene the Geneva Conventions.", "oppose", "These practices"},
      {"CHE", "They violate international law.", "none"},
  });
}

}  // namespace
}  // namespace caucus
