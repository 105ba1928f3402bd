"""Groups: negotiating blocs and country groupings (type "bloc" or
"country-category") and stakeholder groups (type "stakeholder-group")."""
from common import entry

SRC = "curated (bloc names and membership are public facts)"
SRC_SG = "curated: WSIS/Tunis Agenda stakeholder categories and the phrases texts use for them"
E = []


def G(id, name, al="", type="bloc", members="", valid=None, src=SRC, **kw):
    E.append(entry(id, name, al, src, type=type, members=members.split(), valid=valid, **kw))


AFRICAN = ("DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN "
           "GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TGO "
           "TUN UGA TZA ZMB ZWE")
ARAB = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM"
GRULAC = ("ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN "
          "PRY PER KNA LCA VCT SUR TTO URY VEN")
WEOG = "AND AUS AUT BEL CAN DNK FIN FRA DEU GRC ISL IRL ISR ITA LIE LUX MLT MCO NLD NZL NOR PRT SMR ESP SWE CHE TUR GBR USA"
EEG = "ALB ARM AZE BLR BIH BGR HRV CZE EST GEO HUN LVA LTU MNE MKD POL MDA ROU RUS SRB SVK SVN UKR"
EU27 = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE"
G7 = "CAN FRA DEU ITA JPN GBR USA"

G("G-77", "Group of 77 and China",
  "G77;G-77;G 77;Group of 77;G-77/China;G-77 and China;G77 and China;G77+China;G-77 + China;Group of 77 + China;Group of Seventy-Seven")
G("BRICS", "BRICS", "BRICS countries;BRICS nations;BRICS+;BRICS Plus;BRIC",
  members="BRA RUS IND CHN ZAF EGY ETH IRN ARE IDN", valid={"from": "2009-06-16"})
G("G7", "Group of Seven", "G7;G-7;G 7;Group of 7", members=G7, valid={"from": "2014-03-24"})
G("G8", "Group of Eight", "G8;G-8;G 8;Group of 8", members=G7 + " RUS", valid={"from": "1997-06-20", "to": "2014-03-24"})
# "a group of 20 nations" is no bloc: the long names are capitalised.
G("G20", "Group of Twenty", ["G20;G-20;G 20", {"text": "Group of 20", "case": "sensitive"},
                                {"text": "Group of Twenty", "case": "sensitive"}],
  members="ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA", valid={"from": "1999-09-25"})
G("arab-group", "Arab Group", "Arab States;Arab Group;Arab countries;Arab States Group;Group of Arab States;Arab nations", members=ARAB)
G("african-group", "African Group", "African Group;Group of African States;African States;African countries;Africa Group", members=AFRICAN)
G("asia-pacific-group", "Asia-Pacific Group", "Asia-Pacific Group;Group of Asia-Pacific States;Asia-Pacific States;Asia and the Pacific Group;Asia-Pacific Group of States;Asia Pacific Group")
G("GRULAC", "Latin American and Caribbean Group", "GRULAC;Group of Latin American and Caribbean States;Latin American and Caribbean States", members=GRULAC)
G("WEOG", "Western European and Others Group", "WEOG;Western European and other States;Western European and Others", members=WEOG)
G("EEG", "Eastern European Group", "Eastern European Group;Group of Eastern European States;Eastern European States", members=EEG)
G("eu-member-states", "EU Member States", "EU Member States;EU member countries;EU27;EU-27;EU 27;EU countries;European Union Member States;Member States of the European Union",
  members=EU27, valid={"from": "2020-02-01"})
G("eu28", "EU-28", "EU28;EU-28;EU 28", members=EU27 + " GBR", valid={"from": "2013-07-01", "to": "2020-01-31"})
# "like-minded countries" are any countries that agree: only the bloc's own names.
G("LMDC", "Like-Minded Developing Countries", ["LMDC;LMDCs;Like Minded Developing Countries",
  {"text": "Like-Minded Group", "case": "sensitive"}])
G("non-aligned-movement", "Non-Aligned Movement", "NAM;Non Aligned Movement;Movement of Non-Aligned Countries")
G("Five Eyes", "Five Eyes", "Five Eyes;FVEY;Five Eyes alliance;Five Eyes countries", members="AUS CAN NZL GBR USA")
G("IBSA", "IBSA Dialogue Forum", "IBSA;India, Brazil and South Africa;India-Brazil-South Africa", members="IND BRA ZAF")
G("Quad", "Quadrilateral Security Dialogue", [{"text": "Quad", "case": "sensitive"}, "the Quad;QUAD"], members="AUS IND JPN USA")
G("nordic-countries", "Nordic countries", "Nordic countries;Nordic states;the Nordics;Nordic nations", members="DNK FIN ISL NOR SWE")
G("visegrad-group", "Visegrad Group", "Visegrad Group;Visegrád Group;V4;Visegrad Four", members="CZE HUN POL SVK")
G("LDCs", "Least Developed Countries", "LDCs;LDC;least developed countries;least-developed countries;LDC Group;LDC group;Group of Least Developed Countries")
G("BASIC", "BASIC countries", "BASIC;BASIC countries;BASIC group", members="BRA ZAF IND CHN", valid={"from": "2009-11-28"})
G("EIG", "Environmental Integrity Group", "EIG", members="CHE KOR MEX LIE MCO GEO")
G("umbrella-group", "Umbrella Group (UNFCCC)", [{"text": "Umbrella Group", "case": "sensitive"}])
G("AILAC", "Independent Association of Latin America and the Caribbean", "AILAC")
G("ALBA", "Bolivarian Alliance for the Peoples of Our America", "ALBA;ALBA-TCP;Bolivarian Alliance")
G("EITs", "Economies in transition", "EITs;EIT;economies in transition;countries with economies in transition", type="country-category")
G("JUSCANZ", "JUSCANZ", "JUSCANZ;JUSSCANNZ")
G("LLDCs", "Landlocked Developing Countries", "LLDCs;LLDC;landlocked developing countries")
G("SIDS", "Small Island Developing States", "SIDS;small island developing states;small island states")
G("AOSIS", "Alliance of Small Island States", "AOSIS")
G("CELAC", "Community of Latin American and Caribbean States", "CELAC")
G("group-of-friends", "Group of Friends", [{"text": "Group of Friends", "weak": True}, "Groups of Friends"])
# "the West" as a political grouping; a region or place named after it ("the West Bank",
# "the West African region") is no grouping: case-sensitive, with the words that follow a place;
# nor is the western part of a place ("the West of the country", "the West of Ukraine").
WEST_PLACES = ["Bank", "Africa", "African", "Indies", "Indian", "Papua", "Coast", "Side", "End", "Wing",
               "Point", "Germany", "German", "Berlin", "Jerusalem", "Asia", "Asian", "Sahara", "Balkans",
               "Java", "Virginia", "Midlands", "Country", "Nile", "Darfur", "Kordofan", "Kalimantan", "Timor",
               "Bengal", "Pakistan", "Pacific", "Atlantic", "Region", "Province", "Sumatra", "Equatoria",
               "Beirut", "Papuan", "Highlands", "Ham", "Lothian", "Yorkshire", "Sussex", "of"]
G("the-west", "Western countries",
  ["Western States;Western nations;Western powers;Western Governments;Western partners;Western allies;"
   "Western democracies;collective West",
   {"text": "the West", "case": "sensitive", "not_next": WEST_PLACES},
   {"text": "The West", "case": "sensitive", "not_next": WEST_PLACES}])
G("developing-countries", "Developing countries",
  "developing countries;developing nations;developing economies;developing country;Global South;the global South;emerging economies;emerging markets",
  type="country-category")
G("developed-countries", "Developed countries",
  "developed countries;developed nations;developed economies;industrialized countries;industrialised countries;industrialized nations;Global North;the global North;advanced economies",
  type="country-category")
G("small-states", "Small states", "small states;smaller countries;small countries", type="country-category")

# --- Stakeholder groups -----------------------------------------------------------------------------
S = "stakeholder-group"
G("governments", "Governments",
  ["governments;government representatives;national governments;Member States;member states;public authorities;"
   "governmental stakeholders;government stakeholders;states and governments;government delegations;"
   "policymakers;policy makers;policy-makers;governments and public authorities;public sector", {"text": "administrations", "weak": True},
   ], type=S, src=SRC_SG)
G("civil-society", "Civil society",
  "civil society;civil society organizations;civil society organisations;civil-society organizations;civil-society organisations;"
  "CSOs;NGOs;NGO;non-governmental organizations;non-governmental organisations;nongovernmental organizations;"
  "nongovernmental organisations;civil society groups;civil society bodies;civil society members;civil society participants;civil society actors;civil society representatives;civil-society;"
  "civil society advocates;human rights groups;human rights organizations;human rights organisations;human rights defenders;"
  "digital rights groups;digital rights organizations;digital rights organisations;advocacy groups;rights groups;activists",
  type=S, src=SRC_SG)
G("private-sector", "Private sector",
  ["private sector;private-sector;the business community;business community;businesses;industry;industry players;"
   "industry groups;industry representatives;industry associations;private companies;private sector entities;"
   "tech companies;technology companies;tech firms;the tech industry;technology industry;telecom operators;"
   "telecommunications operators;telecom companies;network operators;Internet companies;platform companies;"
   "commercial interests;corporations",
   {"text": "companies", "weak": True},
   {"text": "business", "weak": True, "not_next": ["model", "models", "as", "case", "cases", "plan", "plans", "day", "days", "hours", "rules", "meeting", "session", "of", "items", "item", "practices", "processes", "process", "continuity", "relations", "information", "activities", "activity", "travel", "trip", "school", "schools", "section", "news", "Line", "Standard", "Insider", "Day", "Week", "Recorder", "Times", "Review"]}, {"text": "operators", "weak": True}],
  type=S, src=SRC_SG)
G("technical-community", "Technical community",
  "technical community;technical and academic community;technical and academic communities;Internet technical community;"
  "the technical community;technical communities;technical experts;engineering community;Internet community;Internet technical organizations;"
  "technical organizations;technical organisations;I* organizations;I* organisations;I-star organizations",
  type=S, src=SRC_SG)
G("academia", "Academia",
  ["academia;academic community;academics;universities;scholars;academic institutions;research community;the research and academic community",
   {"text": "researchers", "weak": True}], type=S, src=SRC_SG)
G("igos", "Intergovernmental organizations",
  "intergovernmental organizations;intergovernmental organisations;inter-governmental organizations;inter-governmental organisations;"
  "IGOs;IGO;international organizations;international organisations;multilateral organizations;multilateral organisations;"
  "UN agencies;United Nations agencies;specialized agencies",
  type=S, src=SRC_SG)
G("users", "Users",
  ["Internet users;end users;end-users;netizens;online users;individual users;Internet user",
   {"text": "users", "weak": True}, {"text": "consumers", "weak": True}], type=S, src=SRC_SG)
G("youth", "Youth", ["youth;young people;youth representatives;young people and youth"], type=S, src=SRC_SG)
G("all-stakeholders", "All stakeholders",
  ["all stakeholders;all stakeholder groups;multistakeholder community;multi-stakeholder community;stakeholder groups;"
   "relevant stakeholders;non-state actors;non-governmental stakeholders;non-government stakeholders",
   {"text": "stakeholders", "weak": True}], type=S, src=SRC_SG)
G("sector-members", "ITU Sector Members",
  "Sector Members;ITU Sector Members;Sector Member;Associates and Academia;ITU-T Sector Members", type=S, src=SRC_SG)
