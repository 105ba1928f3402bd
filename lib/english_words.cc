#include "english_words.h"

#include <fstream>
#include <sstream>

#include "caucus/dictionary.h"
#include "cues.h"

namespace caucus::internal {

const EnglishList kEnglishLists[] = {
    {"predicate_prefixes", &EnglishWords::predicate_prefixes},
    {"passive_be_forms", &EnglishWords::passive_be_forms},
    {"demonym_people_nouns", &EnglishWords::demonym_people_nouns},
    {"clause_conjunctions", &EnglishWords::clause_conjunctions},
    {"they_report_verbs", &EnglishWords::they_report_verbs},
    {"object_to_vetoes", &EnglishWords::object_to_vetoes},
    {"holder_participles", &EnglishWords::holder_participles},
    {"nominal_passive_be_forms", &EnglishWords::nominal_passive_be_forms},
    {"reduced_passive_adverbs", &EnglishWords::reduced_passive_adverbs},
    {"among_be_forms", &EnglishWords::among_be_forms},
    {"gerund_subject_glue", &EnglishWords::gerund_subject_glue},
    {"clausal_target_words", &EnglishWords::clausal_target_words},
    {"proposal_modifiers", &EnglishWords::proposal_modifiers},
    {"holder_after_glue", &EnglishWords::holder_after_glue},
    {"holder_after_verbs", &EnglishWords::holder_after_verbs},
    {"nested_passive_be_forms", &EnglishWords::nested_passive_be_forms},
    {"light_verb_determiners", &EnglishWords::light_verb_determiners},
    {"light_verb_adjectives", &EnglishWords::light_verb_adjectives},
    {"light_verb_participles", &EnglishWords::light_verb_participles},
    {"demand_words", &EnglishWords::demand_words},
    {"content_clause_normative", &EnglishWords::content_clause_normative},
    {"content_clause_indicative", &EnglishWords::content_clause_indicative},
    {"non_subjunctive_be_before", &EnglishWords::non_subjunctive_be_before},
    {"prepositions", &EnglishWords::prepositions},
    {"noun_phrase_determiners", &EnglishWords::noun_phrase_determiners},
    {"noun_phrase_stops", &EnglishWords::noun_phrase_stops},
    {"pronoun_targets", &EnglishWords::pronoun_targets},
    {"proposal_nouns", &EnglishWords::proposal_nouns},
    {"explain_verbs", &EnglishWords::explain_verbs},
    {"relative_subject_determiners", &EnglishWords::relative_subject_determiners},
    {"habit_adverbs", &EnglishWords::habit_adverbs},
    {"class_nouns", &EnglishWords::class_nouns},
    {"to_complement_heads", &EnglishWords::to_complement_heads},
    {"modal_glue", &EnglishWords::modal_glue},
    {"rhetorical_verbs", &EnglishWords::rhetorical_verbs},
    {"rhetorical_be_complements", &EnglishWords::rhetorical_be_complements},
    {"normative_modals", &EnglishWords::normative_modals},
    {"condemning_adjectives", &EnglishWords::condemning_adjectives},
    {"predicative_condemning_adjectives", &EnglishWords::predicative_condemning_adjectives},
    {"possessive_determiners", &EnglishWords::possessive_determiners},
    {"inaction_verbs", &EnglishWords::inaction_verbs},
    {"failure_verbs", &EnglishWords::failure_verbs},
    {"withdrawal_verbs", &EnglishWords::withdrawal_verbs},
    {"freeing_verbs", &EnglishWords::freeing_verbs},
    {"invitation_verbs", &EnglishWords::invitation_verbs},
    {"invitation_complements", &EnglishWords::invitation_complements, /*phrases=*/true},
    {"countering_verbs", &EnglishWords::countering_verbs},
    {"countering_participles", &EnglishWords::countering_participles},
    {"need_subjects", &EnglishWords::need_subjects},
    {"exhortation_verbs", &EnglishWords::exhortation_verbs},
    {"importance_adjectives", &EnglishWords::importance_adjectives},
    {"need_verbs", &EnglishWords::need_verbs},
    {"praise_nouns", &EnglishWords::praise_nouns},
    {"praise_adjectives", &EnglishWords::praise_adjectives},
    {"praise_verbs", &EnglishWords::praise_verbs},
    {"predicate_auxiliaries", &EnglishWords::predicate_auxiliaries},
    {"dummy_subjects", &EnglishWords::dummy_subjects},
    {"predicate_continuations", &EnglishWords::predicate_continuations},
    {"relative_openers", &EnglishWords::relative_openers},
    {"victim_harm_nouns", &EnglishWords::victim_harm_nouns},
    {"risk_nouns", &EnglishWords::risk_nouns},
    {"harm_topics", &EnglishWords::harm_topics},
    {"harm_topic_aliases", &EnglishWords::harm_topic_aliases, /*phrases=*/true},
    {"intent_verbs", &EnglishWords::intent_verbs},
    {"self_fault_nouns", &EnglishWords::self_fault_nouns},
    {"continuing_participles", &EnglishWords::continuing_participles},
    {"venue_prepositions", &EnglishWords::venue_prepositions},
    {"action_nouns", &EnglishWords::action_nouns},
    {"action_light_verbs", &EnglishWords::action_light_verbs},
    {"importance_degrees", &EnglishWords::importance_degrees},
    {"predicate_noun_verbs", &EnglishWords::predicate_noun_verbs},
    {"self_praising_nouns", &EnglishWords::self_praising_nouns},
    {"praise_determiners", &EnglishWords::praise_determiners},
    {"appraisal_verbs", &EnglishWords::appraisal_verbs},
    {"empty_call_verbs", &EnglishWords::empty_call_verbs},
    {"empty_call_tails", &EnglishWords::empty_call_tails},
    {"holding_verbs", &EnglishWords::holding_verbs},
    {"blame_adjectives", &EnglishWords::blame_adjectives},
    {"harm_verbs", &EnglishWords::harm_verbs},
    {"deficiency_nouns", &EnglishWords::deficiency_nouns},
    {"fault_nouns", &EnglishWords::fault_nouns},
    {"fault_link_verbs", &EnglishWords::fault_link_verbs},
    {"option_nouns", &EnglishWords::option_nouns},
    {"indifference_adjectives", &EnglishWords::indifference_adjectives},
    {"degree_adverbs", &EnglishWords::degree_adverbs},
    {"subject_openers", &EnglishWords::subject_openers},
    {"claim_verbs", &EnglishWords::claim_verbs},
    {"falsity_predicates", &EnglishWords::falsity_predicates},
    {"political_groups", &EnglishWords::political_groups},
    {"falsity_adverbs", &EnglishWords::falsity_adverbs},
    {"duty_nouns", &EnglishWords::duty_nouns},
    {"benefit_verbs", &EnglishWords::benefit_verbs},
    {"neglect_verbs", &EnglishWords::neglect_verbs},
    {"necessity_adjectives", &EnglishWords::necessity_adjectives},
    {"evaluation_be_forms", &EnglishWords::evaluation_be_forms},
    {"speech_verbs", &EnglishWords::speech_verbs},
    {"holder_role_nouns", &EnglishWords::holder_role_nouns},
    {"attribution_stops", &EnglishWords::attribution_stops},
    {"numeral_heads", &EnglishWords::numeral_heads},
    {"speaker_first_person_nouns", &EnglishWords::speaker_first_person_nouns},
    {"echo_similar", &EnglishWords::echo_similar},
    {"echo_view_nouns", &EnglishWords::echo_view_nouns},
    {"echo_verbs", &EnglishWords::echo_verbs},
    {"debate_address_words", &EnglishWords::debate_address_words},
    {"chair_titles", &EnglishWords::chair_titles},
    {"commission_reply_phrases", &EnglishWords::commission_reply_phrases},
    {"speaker_keys", &EnglishWords::speaker_keys},
    {"speaker_prefixes", &EnglishWords::speaker_prefixes},
    {"first_person_stance_verbs", &EnglishWords::first_person_stance_verbs},
    {"first_person_fillers", &EnglishWords::first_person_fillers},
    {"first_person_negations", &EnglishWords::first_person_negations},
    {"agree_with_openers", &EnglishWords::agree_with_openers},
    {"turn_first_person_nouns", &EnglishWords::turn_first_person_nouns},
    {"passive_stance_participles", &EnglishWords::passive_stance_participles},
    {"agree_reflexives", &EnglishWords::agree_reflexives},
    {"agree_verbs", &EnglishWords::agree_verbs},
    {"label_acronyms", &EnglishWords::label_acronyms},
    {"label_small_words", &EnglishWords::label_small_words},
    {"label_connectors", &EnglishWords::label_connectors},
    {"title_abbreviations", &EnglishWords::title_abbreviations},
    {"language_non_names", &EnglishWords::language_non_names},
    {"label_questioners", &EnglishWords::label_questioners},
    {"label_questioner_words", &EnglishWords::label_questioner_words},
    {"label_moderator_words", &EnglishWords::label_moderator_words},
    {"label_secretariat_words", &EnglishWords::label_secretariat_words},
    {"label_delegate_words", &EnglishWords::label_delegate_words},
    {"label_interpreter_words", &EnglishWords::label_interpreter_words},
    {"label_moderators", &EnglishWords::label_moderators},
    {"label_bureau_words", &EnglishWords::label_bureau_words},
    {"label_role_prefixes", &EnglishWords::label_role_prefixes},
    {"label_chair_titles", &EnglishWords::label_chair_titles},
    {"skippable_adverbs", &EnglishWords::skippable_adverbs},
    {"modifier_endings", &EnglishWords::modifier_endings},
    {"compass_endings", &EnglishWords::compass_endings},
    {"agent_possessives", &EnglishWords::agent_possessives},
    {"relative_pronouns", &EnglishWords::relative_pronouns},
    {"perfect_auxiliaries", &EnglishWords::perfect_auxiliaries},
    {"articles", &EnglishWords::articles},
    {"conjunct_starts", &EnglishWords::conjunct_starts},
    {"addressee_glue", &EnglishWords::addressee_glue},
    {"impersonal_report_words", &EnglishWords::impersonal_report_words},
    {"commitment_nouns", &EnglishWords::commitment_nouns},
    {"rhetorical_openers", &EnglishWords::rhetorical_openers},
    {"repetition_words", &EnglishWords::repetition_words},
    {"stop_nouns", &EnglishWords::stop_nouns},
    {"demonstratives", &EnglishWords::demonstratives},
    {"irregular_participles", &EnglishWords::irregular_participles},
    {"claim_nouns", &EnglishWords::claim_nouns},
    {"harm_objects", &EnglishWords::harm_objects},
    {"harm_causing_verbs", &EnglishWords::harm_causing_verbs},
    {"evidence_sources", &EnglishWords::evidence_sources},
    {"deployment_participles", &EnglishWords::deployment_participles},
    {"negative_objects", &EnglishWords::negative_objects},
    {"condemning_acts", &EnglishWords::condemning_acts},
    {"fronted_openers", &EnglishWords::fronted_openers},
    {"failing_adjectives", &EnglishWords::failing_adjectives},
    {"inaction_complements", &EnglishWords::inaction_complements},
    {"inaction_particles", &EnglishWords::inaction_particles},
    {"evidential_verbs", &EnglishWords::evidential_verbs},
    {"discourse_openers", &EnglishWords::discourse_openers},
    {"premodifier_words", &EnglishWords::premodifier_words},
    {"state_anaphor_nouns", &EnglishWords::state_anaphor_nouns},
    {"focus_act_nouns", &EnglishWords::focus_act_nouns},
    {"neighbour_nouns", &EnglishWords::neighbour_nouns},
    {"refutation_words", &EnglishWords::refutation_words},
    {"gerund_openers", &EnglishWords::gerund_openers},
    {"ruling_nouns", &EnglishWords::ruling_nouns},
    {"kind_nouns", &EnglishWords::kind_nouns},
    {"doubt_heads", &EnglishWords::doubt_heads},
    {"proposer_participles", &EnglishWords::proposer_participles},
    {"proposed_texts", &EnglishWords::proposed_texts},
    {"imperative_frames", &EnglishWords::imperative_frames},
    {"backing_verbs", &EnglishWords::backing_verbs},
    {"sponsorship_nouns", &EnglishWords::sponsorship_nouns},
    {"consequence_nouns", &EnglishWords::consequence_nouns},
    {"violation_heads", &EnglishWords::violation_heads},
    {"vote_verbs", &EnglishWords::vote_verbs},
    {"victim_nouns", &EnglishWords::victim_nouns},
    {"armed_group_nouns", &EnglishWords::armed_group_nouns},
    {"object_scan_stops", &EnglishWords::object_scan_stops},
    {"continuation_verbs", &EnglishWords::continuation_verbs},
    {"supposing_words", &EnglishWords::supposing_words},
    {"leadership_participles", &EnglishWords::leadership_participles},
    {"concessive_conjunctions", &EnglishWords::concessive_conjunctions},
    {"power_seizure_verbs", &EnglishWords::power_seizure_verbs},
    {"person_pronouns", &EnglishWords::person_pronouns},
    {"state_pronouns", &EnglishWords::state_pronouns},
    {"place_nouns", &EnglishWords::place_nouns},
    {"quantity_words", &EnglishWords::quantity_words},
    {"condition_openers", &EnglishWords::condition_openers},
    {"accepting_acts", &EnglishWords::accepting_acts},
    {"denial_frames", &EnglishWords::denial_frames},
    {"side_prefixes", &EnglishWords::side_prefixes},
    {"patient_of_nouns", &EnglishWords::patient_of_nouns},
    {"victim_prepositions", &EnglishWords::victim_prepositions},
    {"suffering_verbs", &EnglishWords::suffering_verbs},
    {"hostile_prepositions", &EnglishWords::hostile_prepositions},
    {"place_compound_words", &EnglishWords::place_compound_words},
    {"unasserting_modifiers", &EnglishWords::unasserting_modifiers},
    {"denial_verbs", &EnglishWords::denial_verbs},
    {"falsity_words", &EnglishWords::falsity_words},
    {"partitive_heads", &EnglishWords::partitive_heads},
    {"witness_verbs", &EnglishWords::witness_verbs},
    {"witnessed_wrongs", &EnglishWords::witnessed_wrongs},
    {"pledge_verbs", &EnglishWords::pledge_verbs},
    {"pledge_glue", &EnglishWords::pledge_glue},
    {"pledge_remarks", &EnglishWords::pledge_remarks},
    {"pride_adjectives", &EnglishWords::pride_adjectives},
    {"ceremonial_verbs", &EnglishWords::ceremonial_verbs},
    {"devotion_nouns", &EnglishWords::devotion_nouns},
    {"task_nouns", &EnglishWords::task_nouns},
    {"need_of_objects", &EnglishWords::need_of_objects},
    {"feeling_verbs", &EnglishWords::feeling_verbs},
    {"need_doubt_verbs", &EnglishWords::need_doubt_verbs},
    {"futility_nouns", &EnglishWords::futility_nouns},
    {"minimum_words", &EnglishWords::minimum_words},
    {"minimum_due_verbs", &EnglishWords::minimum_due_verbs},
    {"predicate_starts", &EnglishWords::predicate_starts},
    {"embedded_clause_words", &EnglishWords::embedded_clause_words},
    {"best_way_words", &EnglishWords::best_way_words},
    {"plain_predicates", &EnglishWords::plain_predicates},
    {"priority_nouns", &EnglishWords::priority_nouns},
    {"ceasing_verbs", &EnglishWords::ceasing_verbs},
    {"deserving_verbs", &EnglishWords::deserving_verbs},
    {"deserved_nouns", &EnglishWords::deserved_nouns},
    {"possessed_others", &EnglishWords::possessed_others},
    {"delegation_words", &EnglishWords::delegation_words},
    {"clause_subject_verbs", &EnglishWords::clause_subject_verbs},
    {"first_person_pronouns", &EnglishWords::first_person_pronouns},
    {"neutral_refusals", &EnglishWords::neutral_refusals, /*phrases=*/true},
    {"stative_passive_verbs", &EnglishWords::stative_passive_verbs},
    {"undoing_nouns", &EnglishWords::undoing_nouns},
    {"need_to_subjects", &EnglishWords::need_to_subjects},
    {"valued_goods", &EnglishWords::valued_goods},
    {"means_prepositions", &EnglishWords::means_prepositions},
    {"unjustified_nouns", &EnglishWords::unjustified_nouns},
    {"finding_verbs", &EnglishWords::finding_verbs},
    {"enduring_adjectives", &EnglishWords::enduring_adjectives},
    {"expecting_verbs", &EnglishWords::expecting_verbs},
    {"expected_duties", &EnglishWords::expected_duties},
    {"joining_verbs", &EnglishWords::joining_verbs},
    {"hesitation_nouns", &EnglishWords::hesitation_nouns},
    {"holding_support_verbs", &EnglishWords::holding_support_verbs},
    {"delay_words", &EnglishWords::delay_words},
    {"attainment_words", &EnglishWords::attainment_words},
    {"unattainable_words", &EnglishWords::unattainable_words},
    {"approval_participles", &EnglishWords::approval_participles},
    {"core_nouns", &EnglishWords::core_nouns},
    {"solution_verbs", &EnglishWords::solution_verbs},
    {"backing_modifiers", &EnglishWords::backing_modifiers},
    {"occasion_nouns", &EnglishWords::occasion_nouns},
    {"causing_verbs", &EnglishWords::causing_verbs},
    {"end_reaching_verbs", &EnglishWords::end_reaching_verbs},
    {"coercion_words", &EnglishWords::coercion_words},
    {"backing_nouns", &EnglishWords::backing_nouns},
    {"neglect_participles", &EnglishWords::neglect_participles},
    {"complement_participles", &EnglishWords::complement_participles},
    {"candidacy_nouns", &EnglishWords::candidacy_nouns},
    {"manner_nouns", &EnglishWords::manner_nouns},
    {"tardiness_words", &EnglishWords::tardiness_words},
    {"affirmed_adjectives", &EnglishWords::affirmed_adjectives},
    {"copula_calls", &EnglishWords::copula_calls},
    {"me_imperatives", &EnglishWords::me_imperatives},
    {"failing_forms", &EnglishWords::failing_forms},
};
const size_t kEnglishListCount = std::size(kEnglishLists);

namespace {

const EnglishList* ListNamed(std::string_view name) {
  for (const EnglishList& l : kEnglishLists)
    if (l.name == name) return &l;
  return nullptr;
}

bool HasUpper(std::string_view w) {
  for (char c : w)
    if (c >= 'A' && c <= 'Z') return true;
  return false;
}

// The verbs and the forms the cues inflect them to (Inflect: s, ed, ing,
// doubled consonant, ...); with `ing_only`, only the -ing forms.
WordList VerbForms(const WordList& verbs, bool ing_only) {
  WordList out;
  for (const std::string& v : verbs.words()) {
    out.Add(v);
    for (const std::string& f : Inflect(v, CuePos::kVerb)) {
      const bool ing = f.size() > 3 && f.compare(f.size() - 3, 3, "ing") == 0;
      if ((ing || !ing_only) && !out.Contains(f)) out.Add(f);
    }
  }
  return out;
}

}  // namespace

Status EnglishWords::Add(const JsonLite& doc, const JsonLite::Node* file, const std::string& name) {
  using Type = JsonLite::Type;
  const JsonLite::Node* lists = doc.Find(file, "lists");
  if (!lists) return Status::Ok();
  if (lists->type != Type::kObject)
    return Status::InvalidInput(name + ": \"lists\" is not an object");
  for (const JsonLite::Node* v = doc.First(lists); v; v = doc.Next(v)) {
    auto where = [&] { return name + ": lists." + std::string(v->key); };
    const EnglishList* l = ListNamed(v->key);
    if (!l) return Status::InvalidInput(where() + ": no such list (see dictionaries/README.md)");
    const JsonLite::Node* words = v;
    bool sensitive = false;
    if (v->type == Type::kObject) {
      const JsonLite::Node* c = doc.Find(v, "case");
      sensitive = c && c->type == Type::kString && c->str == "sensitive";
      words = doc.Find(v, "words");
      if (!words) return Status::InvalidInput(where() + ": needs a \"words\" array");
    }
    if (words->type != Type::kArray)
      return Status::InvalidInput(where() + ": \"words\" is not an array");
    WordList& list = this->*(l->list);
    size_t n = 0;
    for (const JsonLite::Node* w = doc.First(words); w; w = doc.Next(w), ++n) {
      auto at = [&] { return where() + "[" + std::to_string(n) + "]"; };
      if (w->type != Type::kString || w->str.empty())
        return Status::InvalidInput(at() + ": needs a non-empty string");
      const std::string_view word = w->str;
      if (!sensitive && HasUpper(word))
        return Status::InvalidInput(at() + ": \"" + std::string(word) + "\" must be lower case");
      if (!sensitive && !l->phrases && word.find(' ') != std::string_view::npos)
        return Status::InvalidInput(at() + ": \"" + std::string(word) + "\" must be one word");
      if (!list.Contains(word)) list.Add(std::string(word));
    }
  }
  return Status::Ok();
}

bool EnglishWords::IsCounteringForm(std::string_view w) const {
  return countering_forms.Contains(w);
}

bool EnglishWords::IsParticipleShaped(LowerWord w) const {
  return (w.size() > 4 && (w.ends_with("ed") || w.ends_with("en"))) ||
         irregular_participles.Contains(w);
}

Status EnglishWords::Finish(const std::string& name) {
  for (const EnglishList& l : kEnglishLists)
    if ((this->*(l.list)).empty())
      return Status::InvalidInput(name + ": lists." + std::string(l.name) +
                                  ": missing (every list of dictionaries/english.json is needed)");
  // The countering verbs and their -ing forms, as the cues inflect verbs
  // ("combat", "combating", "combatting", "closing", "stopping"); the harm
  // verbs in all their forms ("undermines", "undermined", "undermining").
  countering_forms = VerbForms(countering_verbs, /*ing_only=*/true);
  harm_forms = VerbForms(harm_verbs, /*ing_only=*/false);
  normative_starts = WordList();
  for (const char* w :
       {"not", "it", "time", "dangerous", "concern", "importance", "can", "without", "only"})
    normative_starts.Add(w);
  for (const WordList* l :
       {&normative_modals,     &condemning_adjectives, &predicative_condemning_adjectives,
        &failing_adjectives,   &exhortation_verbs,     &need_verbs,
        &necessity_adjectives, &importance_adjectives, &praise_nouns,
        &self_praising_nouns,  &holding_verbs,         &harm_forms,
        &fault_nouns,          &option_nouns,          &indifference_adjectives,
        &benefit_verbs,        &witness_verbs,         &pledge_verbs,
        &pride_adjectives,     &devotion_nouns,        &task_nouns,
        &feeling_verbs,        &futility_nouns,        &minimum_words,
        &priority_nouns,       &deserving_verbs,       &unjustified_nouns,
        &enduring_adjectives,  &expecting_verbs,       &delay_words,
        &unattainable_words,   &approval_participles,  &core_nouns,
        &solution_verbs,       &backing_nouns,         &suffering_verbs,
        &candidacy_nouns,      &affirmed_adjectives,   &failing_forms})
    for (const std::string& w : l->words())
      if (!normative_starts.Contains(w)) normative_starts.Add(w);
  return Status::Ok();
}

namespace {

struct Shipped {
  EnglishWords words;
  Status status;
};

const Shipped& LoadShipped() {
  static const Shipped* shipped = [] {
    auto* s = new Shipped();
    const std::string path = DefaultDictDir() + "/english.json";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      s->status = Status::NotFound(path + ": cannot open (the English words of the speaker rules)");
      return s;
    }
    std::stringstream text;
    text << in.rdbuf();
    const std::string json = text.str();
    JsonLite doc;
    EnglishWords loaded;
    Status st = doc.Parse(json);
    if (!st.ok()) st = doc.FileError(path);
    if (st.ok() && !doc.root()) st = Status::InvalidInput(path + ": empty");
    if (st.ok()) st = loaded.Add(doc, doc.root(), path);
    if (st.ok()) st = loaded.Finish(path);
    if (st.ok()) s->words = std::move(loaded);
    s->status = st;
    return s;
  }();
  return *shipped;
}

}  // namespace

const EnglishWords& ShippedEnglishWords() { return LoadShipped().words; }

Status ShippedEnglishWordsStatus() { return LoadShipped().status; }

}  // namespace caucus::internal
