"""Word lists that steer the entity recognizer's rules (dictionaries/rules.json,
kind "rules", no entries). The recognizer (lib/entities.cc) holds the
mechanism; these are its vocabulary."""

E = []  # no entities

RULES = {
    # A demonym before one of these nouns names people, not the state:
    # "Chinese citizens", "the Palestinian people", "Russian engineers".
    "people_nouns": [
        "people", "peoples", "person", "persons", "citizen", "citizens", "national", "nationals",
        "population", "populations", "populace", "public", "users", "netizens", "consumers",
        "workers", "students", "engineers", "scientists", "researchers", "academics", "activists",
        "journalists", "bloggers", "hackers", "dissidents", "diaspora", "expatriates", "expats",
        "immigrants", "migrants", "refugees", "voters", "residents", "children", "women", "men",
        "youth", "families", "tourists", "taxpayers", "subscribers", "customers", "families",
        "artists", "writers", "lawyers", "doctors", "professionals", "entrepreneurs", "investors",
        "speakers", "descent", "origin", "nationality", "community", "communities", "minority",
        "minorities"],
    # A demonym after one of these (or after a number) names people: "500
    # million Chinese", "many Russians", "ordinary Cubans".
    "people_before": [
        "million", "millions", "billion", "billions", "thousand", "thousands", "hundred",
        "hundreds", "many", "most", "some", "few", "several", "all", "ordinary", "average",
        "fellow", "young", "old", "elderly", "poor", "rich", "wealthy", "educated"],
    # ... when the demonym is used as a noun: nothing follows it, or a mark,
    # or one of these words ("500 million Chinese are online").
    "people_after": [
        "are", "were", "have", "had", "who", "live", "living", "use", "used", "and", "or", "in",
        "on", "at", "to", "from", "with", "for", "do", "did", "can", "could", "will", "would",
        "say", "said", "now", "still", "already", "also", "cannot", "lack", "need", "want"],
    # "Russian-trained", "Chinese-born": a demonym joined to one of these by a
    # hyphen is no mention of the state.
    "not_state_compounds": [
        "trained", "born", "educated", "speaking", "made", "built", "designed", "manufactured",
        "owned", "American", "Americans", "Canadian", "British", "style", "language", "speaker",
        "speakers", "descended", "raised", "bred", "based"],
    # Head nouns that refer back to the last name that fits them ("the
    # Summit" after the World Summit on the Information Society), each with
    # the words that may stand for it in that name.
    "back_references": {
        "Summit": [], "Forum": [], "Council": [], "Conference": [], "Union": [],
        "WG": ["Working Group"], "Working Group": [], "Group": [], "Department": [],
        "Ministry": [], "Commission": ["Commission"], "Committee": [], "Agency": [],
        "Board": [], "Assembly": [], "Secretariat": [], "Organization": ["Organisation"],
        "Organisation": ["Organization"], "Panel": [], "Society": [], "Corporation": [],
        "Authority": [], "Bureau": [], "Initiative": [], "Coalition": [], "Alliance": [],
        "Partnership": [], "Institute": [], "Foundation": [], "Registry": [],
        "Agenda": [], "Declaration": [], "Convention": [], "Treaty": [], "Regulations": [],
        "Charter": [], "Compact": [], "Constitution": [],
    },
    # Heads that also refer back to these ids, whose names lack them: in UN
    # usage "the Organization" is the United Nations.
    "back_reference_ids": {"Organization": ["UN"], "Organisation": ["UN"]},
}
