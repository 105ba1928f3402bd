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
