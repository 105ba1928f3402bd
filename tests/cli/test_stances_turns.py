"""Stances from transcript turns: first-person speech is the turn's government's stance."""
import json

CART = (">> CHAIRMAN: I give the floor to Iran.\n"
        ">> IRAN: Thank you, Chair. My delegation cannot support this text on the multistakeholder model.\n"
        ">> SAUDI ARABIA: Speaking on behalf of the Arab States, we support the proposal for "
        "intergovernmental control.\n"
        ">> SWEDEN: We strongly oppose any intergovernmental control of the Internet.\n"
        ">> CHAIRMAN: Thank you.\n")


def _stances(t, text):
    rc, turns, err = t.run("turns", input=text, check_rc=0)
    recs = t.jsonl("stances", input=turns)
    assert len(recs) == 1
    return recs[0]["stances"]


def test_first_person_stances_go_to_the_turn_entity(t):
    st = _stances(t, CART)
    got = {(s["actor"]["id"], s["polarity"], s.get("via")) for s in st}
    assert ("IRN", "oppose", "turn") in got, got
    assert ("SAU", "support", "turn") in got, got
    assert ("SWE", "oppose", "turn") in got, got
    iran = [s for s in st if s["actor"]["id"] == "IRN"][0]
    assert iran["actor"]["text"] == "My delegation"
    assert iran["modality"] == "negated"
    assert iran["target"].get("topic") == "multistakeholder-model"


def test_on_behalf_of_group_takes_the_stance_too(t):
    st = _stances(t, CART)
    groups = [s for s in st if s.get("via") == "on-behalf-of"]
    assert groups and groups[0]["actor"]["kind"] == "group"
    assert groups[0]["polarity"] == "support"
    assert groups[0]["target"].get("topic") == "intergovernmental-control"


def test_no_turns_layer_no_first_person_actor(t):
    recs = t.jsonl("stances", input=json.dumps({"id": "x", "text": "We strongly oppose it."}) + "\n")
    assert all(s.get("via") != "turn" for s in recs[0]["stances"])


# A UN verbatim record: the delegate speaks in the first person with cues of
# the shared lexicon (dictionaries/cues.json) that are not "stance verbs" of
# their own: condemn, applaud.
VERBATIM = ("Mr. Volkov (Russian Federation): We condemn the shelling of civilian "
            "areas by the armed units. My delegation condemns these attacks on schools. "
            "We applaud the work of the monitoring mission.\n\n"
            "Ms. Lindqvist (Sweden): We deprecate the decision to close the border crossings.\n")


def test_first_person_speech_uses_the_cue_lexicon(t):
    st = _stances(t, VERBATIM)
    rus = [(s["polarity"], s["act"], s["actor"]["text"]) for s in st
           if s["actor"]["id"] == "RUS" and s.get("via") == "turn"]
    assert ("oppose", "condemn", "We") in rus, st
    assert ("oppose", "condemn", "My delegation") in rus, st
    assert ("support", "welcome", "We") in rus, st


def test_a_dict_cue_reaches_first_person_speech(t):
    # "deprecate" is no shipped cue: Sweden's sentence gives nothing until a
    # user cue file adds it; then the turn's government holds it.
    plain = _stances(t, VERBATIM)
    assert not any(s["actor"]["id"] == "SWE" for s in plain), plain
    cues = t.write("deprecate-cue.json", json.dumps({
        "kind": "cue", "cues": [{"cue": "deprecate", "pos": "verb", "polarity": "oppose",
                                 "act": "criticise"}]}))
    rc, turns, err = t.run("turns", input=VERBATIM, check_rc=0)
    st = t.jsonl("stances", "--dict", cues, input=turns)[0]["stances"]
    swe = [s for s in st if s["actor"]["id"] == "SWE"]
    assert [(s["polarity"], s["act"], s.get("via"), s["actor"]["text"]) for s in swe] == \
        [("oppose", "criticise", "turn", "We")], st


def test_first_person_speech_inside_straight_quotes(t):
    # First-person speech read by the shared word reader: an opening
    # straight quote is no part of "We" (the turn reader once read "'we").
    text = ("Mr. Doe (Kenya): 'We condemn the shelling of the city,' the delegate said.\n"
            "Ms. Roe (Chile): 'We reject this referendum.'\n")
    got = {(s["actor"]["id"], s["polarity"], s.get("via")) for s in _stances(t, text)}
    assert ("KEN", "oppose", "turn") in got, got
    assert ("CHL", "oppose", "turn") in got, got


# A government's turn is its speech: its normative and evaluative sentences
# are its positions, as a speech's are its speaker's; the chair's are not.
NORMS = ("The President: The situation is unacceptable. I now give the floor to the "
         "representative of Kenya.\n\n"
         "Mr. Otieno (Kenya): Online fraud poses a serious threat to small businesses. "
         "There is no military solution to the crisis. We cannot remain indifferent to the "
         "suffering of civilians.\n\n"
         "Ms. Lindqvist (Sweden): Unilateralism is not an option.\n")


def test_normative_sentences_of_a_turn_are_its_governments(t):
    st = _stances(t, NORMS)
    got = {(s["actor"]["id"], s["polarity"], s["act"], s["target"]["text"], s.get("via"))
           for s in st}
    assert ("KEN", "oppose", "criticise", "Online fraud", "turn") in got, got
    assert ("KEN", "oppose", "reject", "military solution", "turn") in got, got
    assert ("KEN", "oppose", "concern", "the suffering of civilians", "turn") in got, got
    assert ("SWE", "oppose", "reject", "Unilateralism", "turn") in got, got
    assert not [s for s in st if "unacceptable" in s["target"]["text"] or
                s["actor"]["id"] not in ("KEN", "SWE")], st


def test_normative_sentences_name_their_own_turns_speaker(t):
    # Two delegates of one country: each sentence's stance names its own turn's speaker.
    text = ("Mr. Otieno (Kenya): Online fraud poses a serious threat to small businesses.\n\n"
            "Ms. Lindqvist (Sweden): We agree.\n\n"
            "Ms. Wanjiru (Kenya): Unilateralism is not an option.\n")
    st = _stances(t, text)
    got = {(s["actor"]["id"], s["actor"]["text"], s["target"]["text"]) for s in st
           if s["actor"]["id"] == "KEN"}
    assert got == {("KEN", "Mr. Otieno", "Online fraud"), ("KEN", "Ms. Wanjiru", "Unilateralism")}, st


def test_every_first_person_subject_of_a_turn_sentence_is_the_turn(t):
    # The first "we" took a verb of the lexicon that gives no stance here
    # ("implemented"); the second "we" still speaks for the turn.
    text = (">> CHAIRMAN: I give the floor to Sweden.\n"
            ">> SWEDEN: We have implemented many plans, and we have stopped at nothing to "
            "defend our independence.\n")
    got = [(s["actor"]["id"], s["polarity"], s["act"]) for s in _stances(t, text)]
    assert got == [("SWE", "support", "defend")], got


def test_no_target_or_evidence_takes_in_the_turn_label(t):
    # A sentence that opens a turn starts after the label and colon (and a
    # stage direction), so a target reaching back to the sentence's start
    # stops there; a label that is the sentence's subject, as in a summary
    # record, stays part of it.
    text = ("Mr. Ortiz (Ukraine): The aggression is unacceptable.\n\n"
            "Ms. Dubois (France) (spoke in French): The situation is deplorable.\n")
    st = _stances(t, text)
    got = {(s["actor"]["id"], s["target"]["text"]) for s in st}
    assert ("UKR", "The aggression") in got, st
    assert ("FRA", "The situation") in got, st
    for s in st:
        assert "(" not in s["target"]["text"] and ":" not in s["target"]["text"], s
    summary = "1. The representative of Brazil said that his delegation welcomed the report.\n"
    st = _stances(t, summary)
    assert [(s["actor"]["id"], s["polarity"]) for s in st] == [("BRA", "support")], st
