// The speaker's statements of its own doing in a speech (lib/stance/
// normative.cc Pledge, Pride, Devotion): "Switzerland will host the Forum",
// "we are proud to have launched X", "we reaffirm our commitment to X" are
// the speaker's support; rhetoric ("I would like to share some thoughts",
// "I am proud to stand here") and other actors' commitments are not. Each
// sentence was written for these tests, its expected stance decided before
// running it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../lib/stance/document.h"
#include "caucus/stances.h"
#include "stance_test_util.h"

namespace caucus {
namespace {

const stance_test::E kSpeakerEntities[] = {
    {"Switzerland", "government", "CHE"}, {"Ireland", "government", "IRL"},
    {"Estonia", "government", "EST"},     {"Norway", "government", "NOR"},
    {"Chile", "government", "CHL"},       {"Ghana", "government", "GHA"},
    {"Japan", "government", "JPN"},       {"Brazil", "government", "BRA"},
    {"Russia", "government", "RUS"},      {"Trinidad and Tobago", "government", "TTO"},
};

// The polarity of the speaker's first stance in `text`, a speech of the
// government `speaker`; "none" if it holds none.
std::string SpeakerPolarity(const std::string& speaker, const std::string& text) {
  const auto found = stance_test::FindEntitiesIn(kSpeakerEntities, text);
  const std::vector<EntityView> ents = Views(found);
  const auto sents = stance_test::Split(text);
  const stance::DocSpeaker sp =
      stance::SpeakerFromId(speaker, "government", ents, stance::LexiconOf(stance_test::Finder()));
  for (const Stance& s : stance::FindWithSpeaker(text, sp, stance_test::Finder(), sents, ents))
    if (s.actor.id == speaker) return s.polarity;
  return "none";
}

struct Case {
  const char* speaker;
  const char* text;
  const char* want;  // "support", "oppose" or "none"
};

void RunTable(const std::vector<Case>& cases) {
  for (const Case& c : cases)
    EXPECT_EQ(SpeakerPolarity(c.speaker, c.text), c.want) << c.speaker << ": " << c.text;
}

// "We will contribute to X", "Switzerland will host X", "X, which Ireland
// will host, ...", "we are working to ensure that ...": support of X.
TEST(SpeakerStatements, PledgesOfContribution) {
  RunTable({
      {"CHE", "Switzerland will contribute to the new trust fund for the victims of trafficking.",
       "support"},
      {"CHE", "We will contribute to the Green Climate Fund with a further pledge this year.",
       "support"},
      {"IRL", "Ireland will host the next ministerial conference on disarmament in Dublin.",
       "support"},
      {"CHE",
       "The next Internet Governance Forum, which Switzerland will host in Geneva, will address "
       "cyber norms.",
       "support"},
      {"CHE", "Switzerland is working to ensure that the compact protects the rights of migrants.",
       "support"},
      {"CHE", "We are working to ensure that the Peacebuilding Fund has predictable resources.",
       "support"},
      {"CHE", "We are pleased to be able to contribute to the success of the Summit of the Future.",
       "support"},
      {"EST", "Estonia wishes to share its digital governance experience with partners in Africa.",
       "support"},
      {"CHE",
       "My country will continue to contribute troops to peacekeeping operations in the Sahel.",
       "support"},
      {"CHE", "We stand ready to contribute to the reform of the Security Council.", "support"},
      {"NOR", "Norway will co-host the pledging conference for the humanitarian appeal.",
       "support"},
      {"CHE", "We will continue to facilitate dialogue between the parties in the region.",
       "support"},
      {"CHE", "Our Government is determined to ensure that no one is left behind.", "support"},
      {"CHL",
       "Chile will contribute actively to the negotiations on a treaty on plastic pollution.",
       "support"},
      {"CHE", "We intend to share our expertise in early warning systems with small island States.",
       "support"},
      {"GHA", "Ghana is proud to host the secretariat of the African Continental Free Trade Area.",
       "support"},
      {"CHE", "We are honoured to host the World Summit on the Information Society next year.",
       "support"},
      {"JPN",
       "Japan will also contribute to capacity-building for cybersecurity in South-East Asia.",
       "support"},
      {"CHE", "We will further contribute to the Central Emergency Response Fund.", "support"},
      {"CHE",
       "We are committed and ready to contribute to the success of the negotiations on the "
       "post-2015 agenda.",
       "support"},
      {"CHE", "Russia will contribute to the trust fund next year.", "none"},
      {"CHE", "Climate change will contribute to instability in many regions.", "none"},
      {"CHE", "We will not host the conference this year.", "none"},
      {"CHE", "I would like to share some thoughts on the reform of the Council.", "none"},
      {"CHE", "Allow me to share a few reflections on the digital divide.", "none"},
      {"CHE", "Poverty and inequality contribute to conflict.", "none"},
      {"CHE", "The forum will host a debate on artificial intelligence.", "none"},
      {"CHE", "Many factors contribute to the rise of extremism.", "none"},
      {"CHE", "I will share with the Assembly my views on climate change.", "none"},
      {"CHE", "Donors have failed to contribute to the fund.", "none"},
      {"TTO", "Trinidad and Tobago is pleased to contribute to this open debate on the Charter.",
       "none"},
  });
}

// "We reaffirm our commitment to X", "our attachment to X", "Switzerland
// confirms its commitment to X": support of X; not another's commitment.
TEST(SpeakerStatements, CommitmentsOfTheSpeaker) {
  RunTable({
      {"CHE", "We reaffirm our commitment to the Paris Agreement.", "support"},
      {"CHE", "We have a clear commitment to the empowerment of women and girls.", "support"},
      {"CHE", "Our commitment to multilateralism remains unwavering.", "support"},
      {"CHE", "Next year will be an opportunity for us to reaffirm our commitment to UNCLOS.",
       "support"},
      {"CHE", "I wish to reiterate our full commitment to the Sustainable Development Goals.",
       "support"},
      {"CHE", "Let me reaffirm my country's commitment to nuclear disarmament.", "support"},
      {"CHE", "We renew our strong commitment to the protection of human rights online.",
       "support"},
      {"CHE", "Our attachment to the principles of the Charter is unshakeable.", "support"},
      {"CHE", "My Government's commitment to the rule of law is total.", "support"},
      {"CHE", "We underline our steadfast commitment to an open, free and secure Internet.",
       "support"},
      {"CHE", "Our dedication to peacekeeping has not changed.", "support"},
      {"CHE", "We reaffirm our unwavering commitment to the two-State solution.", "support"},
      {"CHE", "That is a testament to our commitment to the multilateral trading system.",
       "support"},
      {"CHE", "Switzerland confirms its commitment to the International Criminal Court.",
       "support"},
      {"CHE", "We have demonstrated our commitment to development cooperation in Africa.",
       "support"},
      {"CHE", "Russia has confirmed its commitment to the ceasefire.", "none"},
      {"CHE", "Their commitment to the peace process is doubtful.", "none"},
      {"CHE", "The commitment to reduce emissions made in Paris has not been kept by many.",
       "none"},
      {"CHE", "The Council's commitment to the agenda is welcome.", "none"},
      {"CHE", "Our commitment to the talks was questioned by some delegations.", "none"},
      {"CHE", "Several States have abandoned their commitment to the treaty.", "none"},
      {"CHE", "Their attachment to the old order is well known.", "none"},
  });
}

// "We are proud to have launched X", "Ghana is proud to host X": support of
// X; "I am proud to stand here", "pleased to inform the Assembly" are not.
TEST(SpeakerStatements, PrideInWhatTheSpeakerDid) {
  RunTable({
      {"CHE", "We were proud to set the foundations for a new development agenda in Rio.",
       "support"},
      {"CHE", "We are proud to have launched a national strategy on artificial intelligence.",
       "support"},
      {"CHE", "I am proud to have led the negotiations on the Arms Trade Treaty.", "support"},
      {"CHE", "We are pleased to have joined the Global Partnership for Education.", "support"},
      {"CHE", "We were glad to co-sponsor the resolution on the safety of journalists.", "support"},
      {"CHE", "We are happy to support the Secretary-General's initiative on digital cooperation.",
       "support"},
      {"BRA", "Brazil is proud to have eradicated extreme hunger.", "support"},
      {"CHE", "We are honoured to chair the Peacebuilding Commission this year.", "support"},
      {"CHE", "I am proud to stand before the Assembly today.", "none"},
      {"CHE", "I am pleased to inform the Assembly that the elections were held.", "none"},
      {"CHE", "We are proud to say that our economy has grown.", "none"},
      {"CHE", "I am glad to be here.", "none"},
      {"CHE", "They are proud to have rejected the resolution.", "none"},
      {"CHE", "I am honoured to address this Assembly for the first time.", "none"},
      {"CHE", "We are pleased to note the progress made.", "none"},
      {"CHE", "I am pleased to take the floor on behalf of my Government.", "none"},
      {"CHE", "I am honoured to take the floor at this Assembly.", "none"},
  });
}

// "The next step is to take action", "our priority is to strengthen X", "the
// main challenge will be to reach agreement": a call; not past, not
// another's goal, not a named body's mandate.
TEST(SpeakerStatements, TasksAhead) {
  RunTable({
      {"SGP", "The next step is to take action on those proposals.", "support"},
      {"CHE",
       "The main challenge of the coming negotiations will be to reach agreement on a single set "
       "of goals.",
       "support"},
      {"CHE", "Our priority is to strengthen the humanitarian system.", "support"},
      {"CHE", "The task before us is to make the Human Rights Council more effective.", "support"},
      {"CHE", "The time has come to reform the Security Council.", "support"},
      {"CHE", "Our goal is to close the digital divide by 2030.", "support"},
      {"CHE", "The challenge now is to implement the Paris Agreement in full.", "support"},
      {"CHE", "Our aim remains to achieve a world free of nuclear weapons.", "support"},
      {"CHE", "The priority must be to protect civilians in armed conflict.", "support"},
      {"CHE",
       "The next step will be to agree on norms of responsible State behaviour in cyberspace.",
       "support"},
      {"CHE", "The objective is to build an open, secure and stable cyberspace.", "support"},
      {"CHE", "Our first priority is to eradicate extreme poverty.", "support"},
      {"CHE", "The most urgent task is to provide humanitarian access to all those in need.",
       "support"},
      {"CHE", "The first step was to recall the ambassadors.", "none"},
      {"CHE", "Their goal is to divide the international community.", "none"},
      {"CHE", "The task of the Commission is to review the reports.", "none"},
      {"CHE", "Russia's priority is to expand its influence in the region.", "none"},
      {"CHE", "The aim of the meeting was to discuss the budget.", "none"},
      {"CHE", "My purpose today is to speak about climate change.", "none"},
      {"CHE", "The problem is to know where to begin.", "none"},
  });
}

// "Our oceans are in urgent need of multilateral action": a call; "people in
// need of food aid" describes them.
TEST(SpeakerStatements, InNeedOfAction) {
  RunTable({
      {"CHE", "Our oceans are in urgent need of multilateral action.", "support"},
      {"CHE", "The Organization is in need of profound reform.", "support"},
      {"CHE", "Millions of people are in need of food aid.", "none"},
      {"CHE", "The country is in need of rain.", "none"},
  });
}

// "Estonia feels the responsibility to do more": the speaker's commitment.
TEST(SpeakerStatements, FeltDuties) {
  RunTable({
      {"EST", "Estonia feels the responsibility to do more for the victims of conflict.",
       "support"},
      {"CHE", "We feel a duty to protect refugees.", "support"},
      {"CHE", "Russia feels a duty to protect its citizens abroad.", "none"},
      {"CHE", "We do not feel any obligation to fund the project.", "none"},
  });
}

// "Let me underscore the need to establish X", "we recognize the urgent need
// for X": the speaker's call ("the need to combat X" is against X, as "we
// must combat X" is); not another's, not doubted, not "there is no need".
TEST(SpeakerStatements, TheNeedForX) {
  RunTable({
      {"CHE",
       "Let me underscore, in that context, the need to establish a mechanism for technology "
       "transfer.",
       "support"},
      {"CHE", "Let me underscore the need to establish a mechanism for technology transfer.",
       "support"},
      {"CHE", "We recognize the need to protect personal data online.", "support"},
      {"CHE", "We stress the urgent need to address the debt burden of developing countries.",
       "support"},
      {"CHE", "I want to reiterate the pressing need for a ceasefire in Gaza.", "support"},
      {"CHE", "We see a clear need for stronger norms in cyberspace.", "support"},
      {"CHE", "Allow me to point out the need for greater coherence in the United Nations system.",
       "support"},
      {"CHE",
       "We have always advocated the need to reform the international financial architecture.",
       "support"},
      {"CHE", "I must insist on the need for accountability for the crimes committed.", "support"},
      {"CHE", "We are convinced of the need to strengthen the Peacebuilding Commission.",
       "support"},
      {"CHE", "Let me recall the need for a universal and rules-based trading system.", "support"},
      {"CHE", "We are aware of the urgent need to combat the illicit trade in small arms.",
       "oppose"},
      {"CHE", "Some delegations stressed the need for more time.", "none"},
      {"CHE", "We question the need for a new treaty on the subject.", "none"},
      {"CHE", "We do not see the need for another working group.", "none"},
      {"CHE", "The need for reform has been discussed for decades.", "none"},
      {"CHE", "Russia keeps denying the need for an investigation.", "none"},
      {"CHE", "There is no need to repeat what has been said.", "none"},
      {"CHE", "We doubt the need for further sanctions.", "none"},
  });
}

// "We attach great importance to X", "X remains our priority", "X will
// remain a key priority for my Government": support of X; not another's
// priorities, not "this is our priority", not negated.
TEST(SpeakerStatements, PrioritiesOfTheSpeaker) {
  RunTable({
      {"CHE", "We attach great importance to the universality of the treaty.", "support"},
      {"CHE", "Gender equality remains our priority.", "support"},
      {"CHE", "Accountability has been the priority of Switzerland in the Council.", "support"},
      {"CHE", "Climate action remains our top priority.", "support"},
      {"CHE", "Switzerland attaches particular importance to the independence of the Court.",
       "support"},
      {"CHE", "We attach the utmost importance to the safety of journalists.", "support"},
      {"CHE", "Digital inclusion will remain a key priority for my Government.", "support"},
      {"CHE", "We must prioritize the financing of adaptation in the most vulnerable countries.",
       "support"},
      {"CHE", "Their priority is clear.", "none"},
      {"CHE", "This is our priority.", "none"},
      {"CHE", "We do not attach much importance to such statements.", "none"},
      {"CHE", "Russia's priorities remain unchanged.", "none"},
      {"CHE", "The priorities of the presidency were presented last week.", "none"},
  });
}

// "X has (had and will continue to have) a leading role in Y": praise of X,
// as "X plays a leading role" is; not "it has", not "no constructive role".
TEST(SpeakerStatements, RolesPraised) {
  RunTable({
      {"CHE",
       "The United Nations has had and will continue to have a leading role in making the world "
       "sustainable.",
       "support"},
      {"CHE", "The Security Council has a key role to play in preventing conflict.", "support"},
      {"CHE", "Regional organizations have an important role in mediation.", "support"},
      {"CHE", "The Internet Governance Forum has a central role in the multistakeholder model.",
       "support"},
      {"CHE", "It has an important role to play.", "none"},
      {"CHE", "Russia has no constructive role in the region.", "none"},
      {"CHE", "This has a key role.", "none"},
  });
}

// "There is no point in X", "it makes no sense to X", "it is pointless to
// X": the speaker opposes X; "at no point in", "no sense of urgency" and
// another's claim are not.
TEST(SpeakerStatements, FutileCourses) {
  RunTable({
      {"CHE", "There is no point in setting targets that we can reach effortlessly.", "oppose"},
      {"CHE", "There is no point in adopting resolutions that nobody implements.", "oppose"},
      {"CHE", "It makes no sense to impose sanctions that hurt only the civilian population.",
       "oppose"},
      {"CHE", "There is no use in building walls against migration.", "oppose"},
      {"CHE",
       "There is little point in negotiating new norms for cyberspace if existing law is ignored.",
       "oppose"},
      {"CHE", "It is pointless to expand the Council without reforming its working methods.",
       "oppose"},
      {"CHE", "It is senseless to spend billions on arms while children go hungry.", "oppose"},
      {"CHE", "At no point in the negotiations did the parties agree on the text.", "none"},
      {"CHE", "There is no sense of urgency in the room.", "none"},
      {"CHE", "I see no point of disagreement between us.", "none"},
      {"CHE", "They claim there is no point in negotiating.", "none"},
  });
}

// "X is the least we can do / we owe to Y": support of X; not "it is the
// least we can do", "the least of our problems", "at least".
TEST(SpeakerStatements, TheLeastWeCanDo) {
  RunTable({
      {"CHE", "Aiming high is the least we can do.", "support"},
      {"CHE",
       "Funding the humanitarian appeal in full is the least we can do for the people of Yemen.",
       "support"},
      {"CHE", "Keeping the promise of 0.7 per cent is the very least the donors can do.",
       "support"},
      {"CHE", "Protecting civilians is the least the international community owes them.",
       "support"},
      {"CHE", "Honouring our climate pledges is the least we owe to future generations.",
       "support"},
      {"CHE", "That is the least of our problems.", "none"},
      {"CHE", "It is the least we can do.", "none"},
      {"CHE", "Cost was at least a factor.", "none"},
  });
}

}  // namespace
}  // namespace caucus
