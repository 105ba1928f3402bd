// Internal: the English words that steer the stance and turn rules, loaded
// from dictionaries/english.json (kind "words"): closed-class words (forms
// of "be", modals, determiners, prepositions) and the short word lists of
// the rules (reporting verbs, role nouns, fillers, ...). Each member is one
// list of the file's "lists", under the same name; docs/STANCES.md and the
// file's notes say what each steers. Not part of the public API.
#ifndef CAUCUS_LIB_ENGLISH_WORDS_H_
#define CAUCUS_LIB_ENGLISH_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "caucus/status.h"
#include "json_lite.h"
#include "word_match.h"

namespace caucus::internal {

struct EnglishWords {
  WordList predicate_prefixes;
  WordList passive_be_forms;
  WordList demonym_people_nouns;
  WordList clause_conjunctions;
  WordList they_report_verbs;
  WordList object_to_vetoes;
  WordList holder_participles;
  WordList nominal_passive_be_forms;
  WordList reduced_passive_adverbs;
  WordList among_be_forms;
  WordList gerund_subject_glue;
  WordList clausal_target_words;
  WordList proposal_modifiers;
  WordList holder_after_glue;
  WordList holder_after_verbs;
  WordList nested_passive_be_forms;
  WordList light_verb_determiners;
  WordList light_verb_adjectives;
  WordList light_verb_participles;
  WordList demand_words;
  WordList content_clause_normative;
  WordList content_clause_indicative;
  WordList non_subjunctive_be_before;
  WordList prepositions;
  WordList noun_phrase_determiners;
  WordList noun_phrase_stops;
  WordList pronoun_targets;
  WordList proposal_nouns;
  WordList explain_verbs;
  WordList relative_subject_determiners;
  WordList habit_adverbs;
  WordList class_nouns;
  WordList to_complement_heads;
  WordList modal_glue;
  WordList rhetorical_verbs;
  WordList rhetorical_be_complements;
  WordList normative_modals;
  WordList condemning_adjectives;
  WordList predicative_condemning_adjectives;
  WordList possessive_determiners;
  WordList inaction_verbs;
  WordList failure_verbs;
  WordList withdrawal_verbs;
  WordList freeing_verbs;
  WordList invitation_verbs;
  WordList invitation_complements;
  WordList countering_verbs;
  WordList countering_participles;
  WordList need_subjects;
  WordList exhortation_verbs;
  WordList importance_adjectives;
  WordList need_verbs;
  WordList praise_nouns;
  WordList praise_adjectives;
  WordList praise_verbs;
  WordList predicate_auxiliaries;
  WordList dummy_subjects;
  WordList predicate_continuations;
  WordList relative_openers;
  WordList victim_harm_nouns;
  WordList risk_nouns;
  WordList harm_topics;
  WordList harm_topic_aliases;
  WordList intent_verbs;
  WordList self_fault_nouns;
  WordList continuing_participles;
  WordList venue_prepositions;
  WordList action_nouns;
  WordList action_light_verbs;
  WordList importance_degrees;
  WordList predicate_noun_verbs;
  WordList self_praising_nouns;
  WordList praise_determiners;
  WordList appraisal_verbs;
  WordList empty_call_verbs;
  WordList empty_call_tails;
  WordList holding_verbs;
  WordList blame_adjectives;
  WordList harm_verbs;
  WordList deficiency_nouns;
  WordList fault_nouns;
  WordList fault_link_verbs;
  WordList option_nouns;
  WordList indifference_adjectives;
  WordList degree_adverbs;
  WordList subject_openers;
  WordList claim_verbs;
  WordList falsity_predicates;
  WordList political_groups;
  WordList falsity_adverbs;
  WordList duty_nouns;
  WordList benefit_verbs;
  WordList neglect_verbs;
  WordList necessity_adjectives;
  WordList evaluation_be_forms;
  WordList speech_verbs;
  WordList holder_role_nouns;
  WordList attribution_stops;
  WordList numeral_heads;
  WordList speaker_first_person_nouns;
  WordList echo_similar;
  WordList echo_view_nouns;
  WordList echo_verbs;
  WordList debate_address_words;
  WordList chair_titles;
  WordList commission_reply_phrases;
  WordList speaker_keys;
  WordList speaker_prefixes;
  WordList first_person_stance_verbs;
  WordList first_person_fillers;
  WordList first_person_negations;
  WordList agree_with_openers;
  WordList turn_first_person_nouns;
  WordList passive_stance_participles;
  WordList agree_reflexives;
  WordList agree_verbs;
  WordList label_acronyms;
  WordList label_small_words;
  WordList label_connectors;
  WordList title_abbreviations;
  WordList language_non_names;
  WordList label_questioners;
  WordList label_questioner_words;
  WordList label_moderator_words;
  WordList label_secretariat_words;
  WordList label_delegate_words;
  WordList label_interpreter_words;
  WordList label_moderators;
  WordList label_bureau_words;
  WordList label_role_prefixes;
  WordList label_chair_titles;
  WordList skippable_adverbs;
  WordList modifier_endings;
  WordList compass_endings;
  WordList agent_possessives;
  WordList relative_pronouns;
  WordList perfect_auxiliaries;
  WordList articles;
  WordList conjunct_starts;
  WordList addressee_glue;
  WordList impersonal_report_words;
  WordList commitment_nouns;
  WordList rhetorical_openers;
  WordList repetition_words;
  WordList stop_nouns;
  WordList demonstratives;
  WordList irregular_participles;
  WordList claim_nouns;
  WordList harm_objects;
  WordList harm_causing_verbs;
  WordList evidence_sources;
  WordList deployment_participles;
  WordList negative_objects;
  WordList condemning_acts;
  WordList fronted_openers;
  WordList failing_adjectives;
  WordList inaction_complements;
  WordList inaction_particles;
  WordList evidential_verbs;
  WordList discourse_openers;
  WordList premodifier_words;
  WordList state_anaphor_nouns;
  WordList focus_act_nouns;
  WordList neighbour_nouns;
  WordList refutation_words;
  WordList gerund_openers;
  WordList ruling_nouns;
  WordList kind_nouns;
  WordList doubt_heads;
  WordList proposer_participles;
  WordList proposed_texts;
  WordList imperative_frames;
  WordList backing_verbs;
  WordList sponsorship_nouns;
  WordList consequence_nouns;
  WordList violation_heads;
  WordList vote_verbs;
  WordList victim_nouns;
  WordList armed_group_nouns;
  WordList object_scan_stops;
  WordList continuation_verbs;
  WordList supposing_words;
  WordList leadership_participles;
  WordList concessive_conjunctions;
  WordList power_seizure_verbs;
  WordList person_pronouns;
  WordList state_pronouns;
  WordList place_nouns;
  WordList quantity_words;
  WordList condition_openers;
  WordList accepting_acts;
  WordList denial_frames;
  // Prefixes glued by a hyphen to a state's name that make the word a side
  // for or against it ("anti-U.S.", "pro-Russian"): not the state.
  WordList side_prefixes;
  // Nouns of an act done to something: their "of" names the victim ("the
  // occupation of Georgia"), not the doer.
  WordList patient_of_nouns;
  // Prepositions before a state that a speaker's opposition names as its
  // victim or scene ("attacks on Israeli cities are unacceptable").
  WordList victim_prepositions;
  // Verbs whose subject suffers ("Ukraine has lost thousands of soldiers").
  WordList suffering_verbs;
  // Prepositions of a hostile act's object ("sanctions against Russia").
  WordList hostile_prepositions;
  // Words glued by a hyphen after a state's name that say where something
  // is from or made ("a U.S.-based body"): no link to the state.
  WordList place_compound_words;
  // Modifiers that leave a wrong unasserted ("the alleged shelling").
  WordList unasserting_modifiers;
  WordList denial_verbs;
  WordList falsity_words;
  WordList partitive_heads;
  WordList witness_verbs;
  WordList witnessed_wrongs;
  WordList pledge_verbs;
  WordList pledge_glue;
  WordList pledge_remarks;
  WordList pride_adjectives;
  WordList ceremonial_verbs;
  WordList devotion_nouns;
  WordList task_nouns;
  WordList need_of_objects;
  WordList feeling_verbs;
  WordList need_doubt_verbs;
  WordList futility_nouns;
  WordList minimum_words;
  WordList minimum_due_verbs;
  WordList predicate_starts;
  WordList embedded_clause_words;
  WordList best_way_words;
  WordList plain_predicates;
  WordList priority_nouns;
  WordList ceasing_verbs;
  WordList deserving_verbs;
  WordList deserved_nouns;
  WordList possessed_others;
  WordList delegation_words;
  WordList clause_subject_verbs;
  WordList first_person_pronouns;
  WordList neutral_refusals;
  WordList stative_passive_verbs;
  WordList undoing_nouns;
  WordList need_to_subjects;
  WordList valued_goods;
  WordList means_prepositions;
  WordList unjustified_nouns;
  WordList finding_verbs;
  WordList enduring_adjectives;
  WordList expecting_verbs;
  WordList expected_duties;
  WordList joining_verbs;
  WordList hesitation_nouns;
  WordList holding_support_verbs;
  WordList delay_words;
  WordList attainment_words;
  WordList unattainable_words;
  WordList approval_participles;
  WordList core_nouns;
  WordList solution_verbs;
  WordList backing_modifiers;
  WordList occasion_nouns;
  WordList causing_verbs;
  WordList end_reaching_verbs;
  WordList coercion_words;
  WordList backing_nouns;
  WordList neglect_participles;
  WordList complement_participles;
  WordList candidacy_nouns;
  WordList manner_nouns;
  WordList tardiness_words;
  WordList affirmed_adjectives;
  WordList copula_calls;
  WordList me_imperatives;
  WordList failing_forms;

  // Adds the lists of one words file (JSON, "kind": "words"); `name` labels
  // messages ("NAME: lists.be_forms[3]: ..."). Later files add words; they
  // never remove.
  Status Add(const JsonLite& doc, const JsonLite::Node* file, const std::string& name);
  // After the last file: fails naming a list that no file gave, and builds
  // the lists derived from the others.
  Status Finish(const std::string& name);

  // Whether `w` (lower case) is a countering verb or its -ing form
  // ("combat", "combating", "combatting", "closing", "stopping").
  bool IsCounteringForm(std::string_view w) const;

  // Whether `w` (seen lower-cased) has the shape of a past participle: a
  // regular one of five letters or more in "-ed" or "-en" ("invited",
  // "taken"), or a word of irregular_participles.
  bool IsParticipleShaped(LowerWord w) const;

  // Whether a negated call on `verb` (the word after it `next`) asks to act
  // or to attend, not to stop something: inaction ("we cannot remain on the
  // sidelines"), neglect ("must not lose sight of", "must not be
  // overlooked").
  bool IsInactionForm(LowerWord verb, LowerWord next) const {
    return inaction_verbs.Contains(verb) || neglect_verbs.Contains(verb) ||
           (verb == "be" && neglect_verbs.Contains(next));
  }

  // Derived: the words a normative or evaluative marker starts at (the
  // normative modals, the condemning adjectives, "not", "it", "time",
  // "threat", "dangerous", "concern").
  WordList normative_starts;
  // Derived: countering_verbs and their -ing forms (IsCounteringForm).
  WordList countering_forms;
  // Derived: harm_verbs and their inflected forms ("undermines",
  // "undermined", "undermining").
  WordList harm_forms;
};

// The lists by their name in the file.
struct EnglishList {
  std::string_view name;
  WordList EnglishWords::*list;
  bool phrases = false;  // members may be several words, one space apart
};
extern const EnglishList kEnglishLists[];
extern const size_t kEnglishListCount;

// The shipped words (DefaultDictDir()/english.json), read on first use and
// kept for the process, for code that has no stance lexicon at hand (the
// turns tool). A missing or broken file leaves every list empty;
// ShippedEnglishWordsStatus() says why, and the turns tool, `caucus dict
// validate` and every stance run report it.
const EnglishWords& ShippedEnglishWords();
Status ShippedEnglishWordsStatus();

}  // namespace caucus::internal

#endif  // CAUCUS_LIB_ENGLISH_WORDS_H_
