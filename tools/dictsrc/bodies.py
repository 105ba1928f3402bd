"""Bodies: organisations, their organs and offices, regulators, NGOs, companies."""
from common import entry

SRC = "curated from the bodies' own public descriptions (names and acronyms are facts)"
E = []


def B(id, name, al="", type="", parent="", url="", addid=True, **kw):
    al = ([id] if addid else []) + ([al] if isinstance(al, str) else list(al))
    E.append(entry(id, name, al, SRC, type=type, parent=parent, url=url, **kw))


# --- ITU family -------------------------------------------------------------
B("ITU", "International Telecommunication Union",
  "International Telecommunications Union;Union internationale des telecommunications;"
  "Union internationale des télécommunications;UIT;Unión Internacional de Telecomunicaciones;"
  "国际电信联盟;国际电联;Международный союз электросвязи;МСЭ;الاتحاد الدولي للاتصالات",
  "un-agency", url="https://www.itu.int")
B("ITU-T", "ITU Telecommunication Standardization Sector",
  "ITU-T;ITU T;ITU Telecommunication Standardisation Sector;Telecommunication Standardization Sector;"
  "Telecommunication Standardisation Sector;ITU standardization sector;CCITT", "itu-sector", "ITU")
B("ITU-R", "ITU Radiocommunication Sector", "ITU R;Radiocommunication Sector;CCIR", "itu-sector", "ITU")
B("ITU-D", "ITU Telecommunication Development Sector",
  "ITU D;Telecommunication Development Sector;ITU development sector", "itu-sector", "ITU")
B("ITU Council", "ITU Council",
  "Council of the ITU;Council of the International Telecommunication Union", "itu-organ", "ITU")
B("CWG-Internet", "Council Working Group on International Internet-related Public Policy Issues",
  "CWG Internet;CWG-INTERNET;Council Working Group on Internet-related Public Policy Issues;"
  "Council Working Group on International Internet-Related Public Policy;ITU Council Working Group on Internet",
  "working-group", "ITU Council")
B("CWG-WSIS", "Council Working Group on WSIS and SDGs",
  "CWG-WSIS&SDG;CWG-WSIS & SDG;CWG WSIS;Council Working Group on WSIS", "working-group", "ITU Council")
B("EG-ITRs", "Expert Group on the International Telecommunication Regulations",
  "EG-ITR;EG ITRs;Expert Group on the ITRs;Expert Group on ITRs", "working-group", "ITU Council")
B("IEG", "Informal Experts Group",
  ["Informal Experts Group on WCIT;Informal Expert Group;Informal Experts Group for WCIT-12",
   {"text": "IEG", "weak": True}], "working-group", "ITU Council", addid=False)
B("PP", "ITU Plenipotentiary Conference",
  "Plenipotentiary Conference;Plenipotentiary Conferences;Plenipot;Plenipots;ITU Plenipotentiary;PP Conference",
  "conference", "ITU")
B("WCIT", "World Conference on International Telecommunications",
  "World Conference on International Telecommunication;世界国际电信大会;ВКМЭ-12", "conference", "ITU")
B("WTPF", "World Telecommunication/ICT Policy Forum",
  "World Telecommunication Policy Forum;World Telecommunication / ICT Policy Forum;"
  "World Telecommunication and ICT Policy Forum;World Telecommunications Policy Forum", "conference", "ITU")
B("WTSA", "World Telecommunication Standardization Assembly",
  "World Telecommunication Standardisation Assembly", "conference", "ITU-T")
B("WTDC", "World Telecommunication Development Conference", "", "conference", "ITU-D")
B("WRC", "World Radiocommunication Conference", "World Radiocommunication Conferences;World Radio Conference", "conference", "ITU-R")
B("RA", "Radiocommunication Assembly", "", "conference", "ITU-R", addid=False)
B("TSB", "Telecommunication Standardization Bureau", "Telecommunication Standardisation Bureau", "itu-bureau", "ITU-T")
B("BDT", "Telecommunication Development Bureau", "", "itu-bureau", "ITU-D")
B("BR", "Radiocommunication Bureau", [{"text": "BR", "weak": True}], "itu-bureau", "ITU-R", addid=False)
B("ITU Secretary-General", "Secretary-General of the ITU",
  "ITU Secretary-General;ITU Secretary General;Secretary General of the ITU;"
  "Secretary-General of the International Telecommunication Union;ITU SG", "office", "ITU")
B("ITU General Secretariat", "ITU General Secretariat", "General Secretariat of the ITU;ITU Secretariat", "secretariat", "ITU")
B("TSAG", "Telecommunication Standardization Advisory Group", "Telecommunication Standardisation Advisory Group", "advisory-group", "ITU-T")
B("TDAG", "Telecommunication Development Advisory Group", "", "advisory-group", "ITU-D")
B("RAG", "Radiocommunication Advisory Group", "", "advisory-group", "ITU-R", addid=False)
B("RRB", "Radio Regulations Board", "", "itu-organ", "ITU-R")
B("ITU-T SG2", "ITU-T Study Group 2", "ITU-T SG 2;ITU-T Study Group 2 (Operational aspects)", "study-group", "ITU-T")
B("ITU-T SG3", "ITU-T Study Group 3", "ITU-T SG 3", "study-group", "ITU-T")
B("ITU-T SG13", "ITU-T Study Group 13", "ITU-T SG 13;SG13;Study Group 13", "study-group", "ITU-T")
B("ITU-T SG17", "ITU-T Study Group 17", "ITU-T SG 17;SG17;Study Group 17", "study-group", "ITU-T")
B("ITU-T SG20", "ITU-T Study Group 20", "ITU-T SG 20;SG20;Study Group 20", "study-group", "ITU-T")
B("ITU-D SG1", "ITU-D Study Group 1", "ITU-D SG 1", "study-group", "ITU-D")
B("ITU-D SG2", "ITU-D Study Group 2", "ITU-D SG 2", "study-group", "ITU-D")
B("ITU Telecom World", "ITU Telecom World", "ITU Telecom", "event-series", "ITU", addid=False)

# --- UN system -----------------------------------------------------------------
B("UN", "United Nations", "U.N.;United Nations Organization;United Nations Organisation;UN system;United Nations system;"
  "Organisation des Nations Unies;Naciones Unidas;ONU;Organización de las Naciones Unidas;联合国;ООН;Организация Объединенных Наций;Организация Объединённых Наций;الأمم المتحدة", "igo", url="https://www.un.org")
B("UNGA", "UN General Assembly",
  ["United Nations General Assembly;U.N. General Assembly;UN General Assembly",
   {"text": "General Assembly", "weak": True, "not_prev": ["ICANN", "IETF", "Internet", "Society"]}],
  "un-organ", "UN")
B("UNSC", "UN Security Council", "United Nations Security Council;U.N. Security Council;Security Council",
  "un-organ", "UN")
B("ECOSOC", "Economic and Social Council", "United Nations Economic and Social Council;UN Economic and Social Council",
  "un-organ", "UN")
B("CSTD", "Commission on Science and Technology for Development",
  "Commission on Science and Technology Development;UN Commission on Science and Technology for Development;"
  "UN CSTD;United Nations Commission on Science and Technology for Development", "un-commission", "ECOSOC")
B("UNESCO", "United Nations Educational, Scientific and Cultural Organization",
  "United Nations Educational, Scientific and Cultural Organisation", "un-agency", "UN")
B("UNCTAD", "United Nations Conference on Trade and Development", "UN Conference on Trade and Development", "un-agency", "UN")
B("WIPO", "World Intellectual Property Organization", "World Intellectual Property Organisation", "un-agency", "UN")
B("OHCHR", "Office of the United Nations High Commissioner for Human Rights",
  "Office of the High Commissioner for Human Rights;UN Human Rights Office;UN Human Rights;"
  "UN High Commissioner for Human Rights;High Commissioner for Human Rights", "un-office", "UN")
B("HRC", "UN Human Rights Council", "United Nations Human Rights Council;Human Rights Council;UNHRC;UN HRC",
  "un-organ", "UNGA")
# Organs and agencies of the UN system that Security Council and General Assembly records
# name: without them "the Peacebuilding Commission" read as the European Commission.
# Ambiguous acronyms count only with the full name in the document (requires).
B("PBC", "UN Peacebuilding Commission",
  ["Peacebuilding Commission;United Nations Peacebuilding Commission",
   {"text": "PBC", "case": "sensitive", "requires": ["PBC"]}], "un-organ", "UN", addid=False)
B("ICJ", "International Court of Justice", "World Court", "un-organ", "UN")
B("ILC", "International Law Commission",
  ["UN International Law Commission", {"text": "ILC", "case": "sensitive", "requires": ["ILC"]}],
  "un-organ", "UNGA", addid=False)
B("CSW", "Commission on the Status of Women",
  ["UN Commission on the Status of Women", {"text": "CSW", "case": "sensitive", "requires": ["CSW"]}],
  "un-organ", "ECOSOC", addid=False)
B("OCHA", "UN Office for the Coordination of Humanitarian Affairs",
  "Office for the Coordination of Humanitarian Affairs;United Nations Office for the Coordination of "
  "Humanitarian Affairs;UN OCHA", "un-office", "UN")
B("WFP", "World Food Programme", "UN World Food Programme;World Food Program", "un-agency", "UN")
B("IAEA", "International Atomic Energy Agency", "", "un-agency", "UN")
B("OPCW", "Organisation for the Prohibition of Chemical Weapons",
  "Organization for the Prohibition of Chemical Weapons", "igo")
B("UN DESA", "UN Department of Economic and Social Affairs",
  "UNDESA;DESA;United Nations Department of Economic and Social Affairs;Department of Economic and Social Affairs",
  "un-office", "UN")
B("UNDP", "United Nations Development Programme", "UN Development Programme;United Nations Development Program", "un-agency", "UN")
B("UNICEF", "United Nations Children's Fund", "UN Children's Fund", "un-agency", "UN")
B("UNODC", "United Nations Office on Drugs and Crime", "UN Office on Drugs and Crime", "un-office", "UN")
B("UNIDIR", "United Nations Institute for Disarmament Research", "UN Institute for Disarmament Research", "un-institute", "UN")
# UN peace operations, political missions, offices and investigative teams that Security
# Council records name (subsidiary organs of the Council); a name written whole, never "the
# Mission" alone.
for _id, _name, _al in [
        ("MONUSCO", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", ""),
        ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", ""),
        ("MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", ""),
        ("UNIFIL", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon"),
        ("UNDOF", "United Nations Disengagement Observer Force", "UN Disengagement Observer Force"),
        ("UNMISS", "United Nations Mission in South Sudan", "UN Mission in South Sudan"),
        ("UNAMID", "African Union-United Nations Hybrid Operation in Darfur", "AU-UN Hybrid Operation in Darfur"),
        ("UNISFA", "United Nations Interim Security Force for Abyei", ""),
        ("UNFICYP", "United Nations Peacekeeping Force in Cyprus", ""),
        ("UNMIK", "United Nations Interim Administration Mission in Kosovo", ""),
        ("MINURSO", "United Nations Mission for the Referendum in Western Sahara", ""),
        ("UNTSO", "United Nations Truce Supervision Organization", ""),
        ("UNMOGIP", "United Nations Military Observer Group in India and Pakistan", ""),
        ("MINUSTAH", "United Nations Stabilization Mission in Haiti", ""),
        ("BINUH", "United Nations Integrated Office in Haiti", ""),
        ("UNMIL", "United Nations Mission in Liberia", ""),
        ("UNOCI", "United Nations Operation in Côte d'Ivoire", "United Nations Operation in Cote d'Ivoire"),
        ("UNAMA", "United Nations Assistance Mission in Afghanistan", "UN Assistance Mission in Afghanistan"),
        ("UNAMI", "United Nations Assistance Mission for Iraq", "UN Assistance Mission for Iraq"),
        ("UNSMIL", "United Nations Support Mission in Libya", "UN Support Mission in Libya"),
        ("UNSOM", "United Nations Assistance Mission in Somalia", ""),
        ("UNOWAS", "United Nations Office for West Africa and the Sahel", ""),
        ("UNOCA", "United Nations Regional Office for Central Africa", ""),
        ("UNRCCA", "United Nations Regional Centre for Preventive Diplomacy for Central Asia",
         "UN Regional Centre for Preventive Diplomacy for Central Asia"),
        ("UNITAD", "United Nations Investigative Team to Promote Accountability for Crimes Committed by "
         "Da'esh/Islamic State in Iraq and the Levant",
         "United Nations Investigative Team to Promote Accountability for Crimes Committed by Da'esh/ISIL;"
         "Investigative Team to Promote Accountability for Crimes Committed by Da'esh/Islamic State in Iraq "
         "and the Levant"),
]:
    B(_id, _name, _al, "mission", "UNSC")
B("OPCW-UN JIM", "OPCW-United Nations Joint Investigative Mechanism",
  "OPCW-UN Joint Investigative Mechanism;Joint Investigative Mechanism", "mission", "UNSC", addid=False)
B("UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
  "UN Relief and Works Agency for Palestine Refugees in the Near East;UN Relief and Works Agency",
  "un-agency", "UN")
B("ICAO", "International Civil Aviation Organization", "International Civil Aviation Organisation", "un-agency", "UN")
B("UNU", "United Nations University", "UN University", "un-institute", "UN")
B("UNGIS", "United Nations Group on the Information Society", "UN Group on the Information Society", "un-group", "UN")
B("UNHCR", "Office of the United Nations High Commissioner for Refugees", "UN Refugee Agency;UN High Commissioner for Refugees", "un-agency", "UN")
B("UN Secretary-General", "Secretary-General of the United Nations",
  ["UN Secretary-General;UN Secretary General;U.N. Secretary-General;United Nations Secretary-General;"
   "United Nations Secretary General;UNSG;Secretary-General of the UN;UN SG",
   # Bare "the Secretary-General" is the UN's only in a text that names the UN.
   {"text": "Secretary-General", "case": "sensitive", "requires": ["UNGA", "UNSC", "UN"],
    "not_prev": ["a", "an", "its", "their", "deputy", "assistant", "ITU"], "not_next": ["of"]}],
  "office", "UN", addid=False)
B("UN Tech Envoy", "Office of the Secretary-General's Envoy on Technology",
  "Secretary-General's Envoy on Technology;UN Tech Envoy;Tech Envoy;Envoy on Technology;OSET", "office", "UN", addid=False)
B("ODET", "UN Office for Digital and Emerging Technologies",
  "Office for Digital and Emerging Technologies;United Nations Office for Digital and Emerging Technologies", "un-office", "UN")
B("UN GGE", "UN Group of Governmental Experts on Information Security",
  "GGE;UNGGE;UN GGE;Group of Governmental Experts;Groups of Governmental Experts;U.N. GGE;"
  "Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security;"
  "Group of Governmental Experts on Advancing Responsible State Behaviour in Cyberspace",
  "un-group", "UNGA")
B("OEWG", "Open-ended Working Group on security of and in the use of ICTs",
  "Open-Ended Working Group;Open-ended Working Group on ICTs;UN OEWG;"
  "Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security;"
  "Open-ended Working Group on security of and in the use of information and communications technologies",
  "un-group", "UNGA")
B("AHC", "Ad Hoc Committee on Cybercrime",
  ["Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes;"
   "UN Ad Hoc Committee on Cybercrime;Ad Hoc Committee on cybercrime", {"text": "AHC", "weak": True}],
  "un-group", "UNGA", addid=False)
B("HLPDC", "UN Secretary-General's High-level Panel on Digital Cooperation",
  "High-level Panel on Digital Cooperation;High-Level Panel on Digital Cooperation;Panel on Digital Cooperation", "un-group", "UN")
B("HLAB-AI", "High-level Advisory Body on Artificial Intelligence",
  "UN High-level Advisory Body on Artificial Intelligence;AI Advisory Body;UN AI Advisory Body", "un-group", "UN")
B("UN Special Rapporteur on FoE", "UN Special Rapporteur on freedom of opinion and expression",
  "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression;"
  "Special Rapporteur on freedom of expression;UN Special Rapporteur on freedom of expression", "office", "HRC", addid=False)
B("UN Special Rapporteur on privacy", "UN Special Rapporteur on the right to privacy",
  "Special Rapporteur on the right to privacy;Special Rapporteur on privacy", "office", "HRC", addid=False)
B("WTO", "World Trade Organization", "World Trade Organisation;Organisation mondiale du commerce", "igo")
B("World Bank", "World Bank", "World Bank Group;International Bank for Reconstruction and Development;IBRD", "igo")
B("IMF", "International Monetary Fund", "", "igo")
B("UNECA", "United Nations Economic Commission for Africa", "UN Economic Commission for Africa;Economic Commission for Africa", "un-commission", "ECOSOC")
B("ESCAP", "United Nations Economic and Social Commission for Asia and the Pacific",
  "UNESCAP;Economic and Social Commission for Asia and the Pacific", "un-commission", "ECOSOC")
B("ECLAC", "Economic Commission for Latin America and the Caribbean",
  "CEPAL;UN ECLAC;United Nations Economic Commission for Latin America and the Caribbean", "un-commission", "ECOSOC")
B("ESCWA", "United Nations Economic and Social Commission for Western Asia",
  "UNESCWA;Economic and Social Commission for Western Asia", "un-commission", "ECOSOC")
B("UNECE", "United Nations Economic Commission for Europe", "UN Economic Commission for Europe;Economic Commission for Europe", "un-commission", "ECOSOC")
B("UNICRI", "United Nations Interregional Crime and Justice Research Institute", "", "un-institute", "UN")

# --- WSIS, IGF -------------------------------------------------------------------
B("WSIS", "World Summit on the Information Society",
  ["SMSI;World Summit on Information Society;信息社会世界峰会;Sommet mondial sur la société de l'information;"
   "Cumbre Mundial sobre la Sociedad de la Información;ВВУИО",
   {"text": "World Information Summit", "variant": True},
   {"text": "World Summit of the Information Society", "variant": True},
   {"text": "World Summit for the Information Society", "variant": True}], "summit", "UN")
B("WSIS Forum", "WSIS Forum", "World Summit on the Information Society Forum", "forum", "WSIS", addid=False)
B("IGF", "Internet Governance Forum", "UN Internet Governance Forum;United Nations Internet Governance Forum;互联网治理论坛;Forum sur la gouvernance de l'Internet;Foro para la Gobernanza de Internet;Форум по вопросам управления Интернетом", "forum", "UN",
  url="https://www.intgovforum.org")
B("MAG", "Multistakeholder Advisory Group",
  "Multi-stakeholder Advisory Group;Multi-Stakeholder Advisory Group;IGF MAG;IGF Multistakeholder Advisory Group;"
  "Advisory Group of the IGF", "advisory-group", "IGF")
B("IGF Secretariat", "IGF Secretariat", "Secretariat of the IGF;Secretariat of the Internet Governance Forum;Internet Governance Forum Secretariat", "secretariat", "IGF", addid=False)
B("IGF Leadership Panel", "IGF Leadership Panel", "Leadership Panel of the IGF;Internet Governance Forum Leadership Panel", "panel", "IGF", addid=False)
B("NRIs", "National, Regional and Youth IGF Initiatives",
  "National and Regional IGF Initiatives;National and Regional Initiatives;national and regional IGFs;IGF NRIs;NRIs of the IGF", "network", "IGF", addid=False)
B("WGIG", "Working Group on Internet Governance", "", "working-group", "UN")
B("WGEC", "Working Group on Enhanced Cooperation", "CSTD Working Group on Enhanced Cooperation", "working-group", "CSTD")
B("CSTD WG on IGF Improvements", "CSTD Working Group on Improvements to the IGF",
  "Working Group on Improvements to the Internet Governance Forum;Working Group on Improvements to the IGF;WG-IGF", "working-group", "CSTD", addid=False)
B("NETmundial Initiative", "NETmundial Initiative", "NMI", "initiative", addid=False)
B("EuroDIG", "European Dialogue on Internet Governance", "", "forum")
B("APrIGF", "Asia Pacific Regional Internet Governance Forum", "Asia-Pacific Regional IGF;APrIGF", "forum", "NRIs")
B("AfIGF", "African Internet Governance Forum", "Africa IGF;African IGF", "forum", "NRIs")
B("LACIGF", "Latin American and Caribbean Internet Governance Forum", "LAC IGF", "forum", "NRIs")
B("IGF-USA", "IGF-USA", "IGF USA", "forum", "NRIs", addid=False)
B("UK IGF", "UK Internet Governance Forum", "UKIGF", "forum", "NRIs")

# --- ICANN -----------------------------------------------------------------------
B("ICANN", "Internet Corporation for Assigned Names and Numbers",
  ["互联网名称与数字地址分配机构;互联网名称与数字地址分配公司",
   # Known misspellings in real text: variants (form "variant", a lower score).
   {"text": "Internet Corporation for Assigned Numbers and Names", "variant": True},
   {"text": "Internet Corporation of Assigned Names and Numbers", "variant": True}],
  "private-nonprofit", url="https://www.icann.org")
B("GAC", "Governmental Advisory Committee", "ICANN GAC;Government Advisory Committee;ICANN Governmental Advisory Committee;政府咨询委员会", "advisory-committee", "ICANN")
B("ccNSO", "Country Code Names Supporting Organization", "Country Code Names Supporting Organisation;ccNSO", "supporting-organization", "ICANN")
B("GNSO", "Generic Names Supporting Organization", "Generic Names Supporting Organisation;GNSO Council", "supporting-organization", "ICANN")
B("ASO", "Address Supporting Organization", "Address Supporting Organisation;ASO AC;ASO Address Council", "supporting-organization", "ICANN")
B("ALAC", "At-Large Advisory Committee", "At Large Advisory Committee", "advisory-committee", "ICANN")
B("At-Large", "At-Large Community", "ICANN At-Large;At-Large Community;At-Large community", "community", "ICANN", addid=False)
B("SSAC", "Security and Stability Advisory Committee", "ICANN SSAC", "advisory-committee", "ICANN")
B("RSSAC", "Root Server System Advisory Committee", "", "advisory-committee", "ICANN")
B("ICANN Board", "ICANN Board", "ICANN Board of Directors;Board of ICANN;ICANN's Board of Directors", "board", "ICANN", addid=False)
B("ICANN NomCom", "ICANN Nominating Committee", ["ICANN NomCom", {"text": "NomCom", "case": "sensitive", "weak": True}, {"text": "Nominating Committee", "weak": True}], "committee", "ICANN", addid=False)
B("NCUC", "Non-Commercial Users Constituency", "Noncommercial Users Constituency", "constituency", "GNSO")
B("NCSG", "Non-Commercial Stakeholder Group", "Noncommercial Stakeholder Group", "stakeholder-group", "GNSO")
B("IPC", "Intellectual Property Constituency", "", "constituency", "GNSO", addid=False)
B("ICANN Empowered Community", "Empowered Community", "ICANN Empowered Community", "community", "ICANN", addid=False)
B("IANA", "Internet Assigned Numbers Authority", "IANA functions operator", "function", "PTI")
B("PTI", "Public Technical Identifiers", "", "affiliate", "ICANN")
B("ICG", "IANA Stewardship Transition Coordination Group", "IANA Stewardship Coordination Group", "working-group", "ICANN")
B("CCWG-Accountability", "Cross Community Working Group on Enhancing ICANN Accountability",
  "CCWG-Accountability;CCWG Accountability;CCWG on Accountability;Cross-Community Working Group on Enhancing ICANN Accountability;"
  "Cross Community Working Group on Accountability", "working-group", "ICANN")
B("CWG-Stewardship", "Cross Community Working Group on Naming Related Functions",
  "CWG-Stewardship;CWG Stewardship;Cross Community Working Group to Develop an IANA Stewardship Transition Proposal on Naming Related Functions",
  "working-group", "ICANN")
B("CSC", "Customer Standing Committee", "IANA Customer Standing Committee", "committee", "PTI", addid=False)

# --- Internet technical community -------------------------------------------------
B("IETF", "Internet Engineering Task Force", "互联网工程任务组", "standards-body", "ISOC", url="https://www.ietf.org")
B("IAB", "Internet Architecture Board", "Internet Activities Board", "standards-body", "ISOC")
B("IESG", "Internet Engineering Steering Group", "", "standards-body", "IETF")
B("IRTF", "Internet Research Task Force", "", "research", "IAB")
B("RFC Editor", "RFC Editor", "RFC Production Center", "function", "IAB", addid=False)
B("IETF LLC", "IETF Administration LLC", "IETF LLC;IETF Administration Limited Liability Company", "admin", "ISOC", addid=False)
B("ISOC", "Internet Society", "Internet Society (ISOC);InternetSociety;互联网协会", "ngo", url="https://www.internetsociety.org")
B("ISOC UK England", "Internet Society UK England Chapter", "ISOC England;ISOC-England;ISOC UK England;ISOC UK", "ngo", "ISOC", addid=False)
B("ISOC-NY", "Internet Society New York Chapter", "ISOC NY;ISOC New York", "ngo", "ISOC")
B("ISOC India", "Internet Society India Chapters", "ISOC India Delhi;ISOC India Chennai;ISOC India Kolkata;ISOC India Bengaluru", "ngo", "ISOC", addid=False)
B("ISOC Brazil", "Internet Society Brazil Chapter", "ISOC Brasil;ISOC-BR", "ngo", "ISOC", addid=False)
B("W3C", "World Wide Web Consortium", "万维网联盟", "standards-body")
B("Unicode Consortium", "Unicode Consortium", "", "standards-body", addid=False)
B("RIPE NCC", "RIPE Network Coordination Centre",
  ["RIPE NCC;RIPE-NCC;RIPE Network Coordination Center", {"text": "RIPE", "weak": True, "not_next": ["Atlas"]}], "rir", "RIRs")
B("ARIN", "American Registry for Internet Numbers", "", "rir", "RIRs")
B("APNIC", "Asia Pacific Network Information Centre", "Asia-Pacific Network Information Centre;Asia Pacific Network Information Center", "rir", "RIRs")
B("LACNIC", "Latin American and Caribbean Internet Addresses Registry",
  "Latin America and Caribbean Network Information Centre;Latin American and Caribbean Internet Address Registry;"
  "Registro de Direcciones de Internet de America Latina y Caribe", "rir", "RIRs")
B("AFRINIC", "African Network Information Centre", "AfriNIC;African Network Information Center", "rir", "RIRs")
B("NRO", "Number Resource Organization", "Number Resource Organisation", "rir-coordination")
# The plural names the registries together; the singular "RIR" is a common noun ("the third RIR").
B("RIRs", "Regional Internet Registries", "Regional Internet Registries (RIRs)", "rir-group", addid=True)
B("DNS-OARC", "DNS Operations, Analysis, and Research Center", "DNS OARC;OARC", "technical")
B("PCH", "Packet Clearing House", "", "technical")
B("Euro-IX", "European Internet Exchange Association", "Euro-IX;EuroIX", "ixp-association")
B("CENTR", "Council of European National Top-Level Domain Registries", "", "cctld-association")
B("APTLD", "Asia Pacific Top Level Domain Association", "", "cctld-association")
B("LACTLD", "Latin American and Caribbean ccTLD Organization", "", "cctld-association")
B("AFTLD", "Africa Top Level Domains Organization", "", "cctld-association")
B("M3AAWG", "Messaging, Malware and Mobile Anti-Abuse Working Group", "MAAWG;Messaging Anti-Abuse Working Group", "industry")
B("Spamhaus", "Spamhaus Project", "Spamhaus;The Spamhaus Project", "technical", addid=False)
B("FIRST", "Forum of Incident Response and Security Teams", "FIRST.org", "technical", addid=False)
B("CERT/CC", "CERT Coordination Center", "CERT/CC;CERT Coordination Centre", "technical")
B("APCERT", "Asia Pacific Computer Emergency Response Team", "", "technical")
B("ISRG", "Internet Security Research Group", "Let's Encrypt", "technical")
B("Tor Project", "Tor Project", "The Tor Project", "ngo", addid=False)

# --- Standards and sectoral IGOs -----------------------------------------------------
B("ANSI", "American National Standards Institute", "", "standards-body")
B("ISO", "International Organization for Standardization", "International Organisation for Standardisation", "standards-body")
B("IEC", "International Electrotechnical Commission", "", "standards-body")
B("IEEE", "Institute of Electrical and Electronics Engineers", "IEEE Standards Association;IEEE-SA", "standards-body")
B("3GPP", "3rd Generation Partnership Project", "Third Generation Partnership Project", "standards-body")
B("ETSI", "European Telecommunications Standards Institute", "", "standards-body")
B("CEN", "European Committee for Standardization", "", "standards-body")
B("CENELEC", "European Committee for Electrotechnical Standardization", "", "standards-body")
B("Interpol", "International Criminal Police Organization", "INTERPOL;ICPO", "igo")
B("Europol", "European Union Agency for Law Enforcement Cooperation", "EUROPOL;Europol EC3;European Cybercrime Centre", "eu-agency", "EU")
B("GFCE", "Global Forum on Cyber Expertise", "", "forum")
B("FOC", "Freedom Online Coalition", "", "coalition")
B("WEF", "World Economic Forum", "", "forum")
B("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation;OTAN;North Atlantic Alliance;Atlantic Alliance", "igo")
B("CCDCOE", "NATO Cooperative Cyber Defence Centre of Excellence", "NATO CCDCOE;Cooperative Cyber Defence Centre of Excellence;CCD COE", "igo", "NATO")
B("OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe", "igo")
B("OSCE SMM", "OSCE Special Monitoring Mission to Ukraine",
  "Special Monitoring Mission to Ukraine;OSCE Special Monitoring Mission;OSCE SMM", "mission", "OSCE",
  addid=False)
B("GCSC", "Global Commission on the Stability of Cyberspace", "", "commission")
B("GCIG", "Global Commission on Internet Governance", "", "commission")
B("Commonwealth", "Commonwealth of Nations",
  ["Commonwealth Secretariat", {"text": "Commonwealth", "weak": True, "case": "sensitive",
                                "not_next": ["of", "Bank", "Fund", "Games", "Edison"]}], "igo", addid=False)
B("CTO", "Commonwealth Telecommunications Organisation", "Commonwealth Telecommunications Organization", "igo", addid=False)
B("OIF", "Organisation internationale de la Francophonie", "Francophonie;International Organisation of La Francophonie;La Francophonie", "igo")
B("ACTO", "Amazon Cooperation Treaty Organization", "Amazon Cooperation Treaty Organisation;OTCA", "regional-organization")
B("OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation;Organisation of the Islamic Conference", "igo")

# Context for the bare names of EU institutions ("the Commission", "Parliament"):
# one of these ids must be found elsewhere in the document.
EU_CONTEXT = ["EU", "European Commission", "European Parliament", "Council of the EU", "European Council"]
# A capitalised word just before a bare name ("the Transitional Council", "the
# Indian Parliament", "the White House") makes it part of a name the
# dictionary does not know: "not_prev_capitalized" rejects it.

# --- Regional organisations --------------------------------------------------------
B("EU", "European Union", ["E.U.;EU institutions;欧盟;Union européenne;Unión Europea;Европейский союз;Евросоюз", {"text": "Europe", "weak": True, "case": "sensitive",
  "not_prev": ["Eastern", "Western", "Central", "Northern", "Southern", "across", "of", "in", "into", "for", "Council", "Radio", "Free", "Region"]}],
  "regional-organization", url="https://europa.eu")
B("European Commission", "European Commission", ["EC;Commission of the European Communities;EU Commission",
   # Bare "the Commission" is the European Commission only in a text that names the EU.
   {"text": "Commission", "case": "sensitive", "requires": EU_CONTEXT, "not_prev_capitalized": True}], "eu-institution", "EU", addid=False)
B("European Parliament", "European Parliament", ["EP;EU Parliament",
   {"text": "Parliament", "case": "sensitive", "requires": EU_CONTEXT, "not_prev_capitalized": True},
   {"text": "House", "case": "sensitive", "requires": ["European Parliament"], "not_next": ["of"],
    "not_prev_capitalized": True}], "eu-institution", "EU", addid=False)
B("Council of the EU", "Council of the European Union", ["Council of the EU;EU Council of Ministers;Council of Ministers of the European Union",
   {"text": "Council", "case": "sensitive", "requires": EU_CONTEXT, "not_next": ["of"],
    "not_prev_capitalized": True},
   {"text": "Council of Ministers", "case": "sensitive", "requires": EU_CONTEXT,
    "not_prev_capitalized": True}], "eu-institution", "EU", addid=False)
B("European Council", "European Council", "", "eu-institution", "EU", addid=False)
B("ITRE", "European Parliament Committee on Industry, Research and Energy",
  "Committee on Industry, Research and Energy;Committee on Industry, External Trade, Research and Energy;ITRE Committee", "eu-committee", "European Parliament")
B("LIBE", "European Parliament Committee on Civil Liberties, Justice and Home Affairs",
  "Committee on Civil Liberties, Justice and Home Affairs;LIBE Committee", "eu-committee", "European Parliament")
B("CJEU", "Court of Justice of the European Union", "European Court of Justice;ECJ", "eu-institution", "EU")
B("EDPB", "European Data Protection Board", "", "eu-agency", "EU")
B("EDPS", "European Data Protection Supervisor", "", "eu-agency", "EU")
B("ENISA", "European Union Agency for Cybersecurity", "European Network and Information Security Agency;EU Agency for Cybersecurity", "eu-agency", "EU")
B("BEREC", "Body of European Regulators for Electronic Communications", "", "eu-agency", "EU")
B("DG CONNECT", "Directorate-General for Communications Networks, Content and Technology",
  "DG Connect;DG CNECT;DG INFSO;DG Information Society", "eu-dg", "European Commission")
B("Council of Europe", "Council of Europe", "CoE;Conseil de l'Europe", "regional-organization", addid=False)
B("ECtHR", "European Court of Human Rights", "", "court", "Council of Europe")
B("CITEL", "Inter-American Telecommunication Commission", "Inter-American Telecommunications Commission;Comision Interamericana de Telecomunicaciones", "regional-telecom-organization", "OAS")
B("APT", "Asia-Pacific Telecommunity", "Asia Pacific Telecommunity", "regional-telecom-organization")
B("CEPT", "European Conference of Postal and Telecommunications Administrations", "", "regional-telecom-organization")
B("ATU", "African Telecommunications Union", "African Telecommunication Union", "regional-telecom-organization", "AU")
B("RCC", "Regional Commonwealth in the Field of Communications", "Regional Commonwealth in the field of Communications", "regional-telecom-organization")
B("Arab ICT Organization", "Arab Information and Communication Technologies Organization", "AICTO;Arab ICT Organization", "regional-telecom-organization", "LAS", addid=False)
B("CTU", "Caribbean Telecommunications Union", "", "regional-telecom-organization")
B("ASEAN", "Association of Southeast Asian Nations", "Association of South East Asian Nations", "regional-organization")
B("AU", "African Union", "", "regional-organization")
B("AUC", "African Union Commission", "AU Commission", "regional-organization", "AU")
B("AU PSC", "Peace and Security Council of the African Union",
  "African Union Peace and Security Council;AU Peace and Security Council;Peace and Security Council of the AU",
  "regional-organization", "AU", addid=False)
B("IGAD", "Intergovernmental Authority on Development", "", "regional-organization")
B("CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organisation", "igo")
B("OAS", "Organization of American States", "Organisation of American States", "regional-organization")
B("OECD", "Organisation for Economic Co-operation and Development",
  "Organization for Economic Cooperation and Development;Organisation for Economic Cooperation and Development;OCDE", "igo")
B("LAS", "League of Arab States", "Arab League", "regional-organization")
B("SCO", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "regional-organization")
B("CIS", "Commonwealth of Independent States", "", "regional-organization")
B("APEC", "Asia-Pacific Economic Cooperation", "Asia Pacific Economic Cooperation", "forum")
B("GCC", "Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf", "regional-organization")
B("ECOWAS", "Economic Community of West African States", "", "regional-organization")
B("SADC", "Southern African Development Community", "", "regional-organization")
B("EAC", "East African Community", "", "regional-organization")
B("CARICOM", "Caribbean Community", "", "regional-organization")
B("Mercosur", "Mercosur", "MERCOSUR;Mercosul;Southern Common Market", "regional-organization", addid=False)
B("Smart Africa", "Smart Africa Alliance", "Smart Africa", "regional-organization", addid=False)
B("Eurasian Economic Union", "Eurasian Economic Union", "EAEU;EEU", "regional-organization", addid=False)

# --- National governments' agencies ------------------------------------------------------
B("NTIA", "National Telecommunications and Information Administration", "", "government-agency", "Department of Commerce")
B("Dutch Safety Board", "Dutch Safety Board", "Onderzoeksraad voor Veiligheid", "government-agency", addid=False)
B("FCC", "Federal Communications Commission", "U.S. Federal Communications Commission", "regulator")
B("State Department", "U.S. Department of State",
  "US Department of State;United States Department of State;State Department;Department of State;US State Department;U.S. State Department",
  "ministry", addid=False)
B("Department of Commerce", "U.S. Department of Commerce",
  "US Department of Commerce;United States Department of Commerce;Department of Commerce;Commerce Department;=DoC", "ministry", addid=False)
B("NIST", "National Institute of Standards and Technology", "", "government-agency", "Department of Commerce")
B("DHS", "U.S. Department of Homeland Security", "Department of Homeland Security;US Department of Homeland Security", "ministry")
B("CISA", "Cybersecurity and Infrastructure Security Agency", "", "government-agency", "DHS")
B("FTC", "Federal Trade Commission", "US Federal Trade Commission", "regulator")
B("NSA", "National Security Agency", "", "government-agency")
B("FBI", "Federal Bureau of Investigation", "", "government-agency")
B("DOJ", "U.S. Department of Justice", "US Department of Justice;Department of Justice;Justice Department", "ministry")
B("USTR", "Office of the United States Trade Representative", "US Trade Representative;U.S. Trade Representative;United States Trade Representative", "government-agency")
B("White House", "White House", "the White House", "executive", addid=False, org="USA")
B("US Congress", "United States Congress", "U.S. Congress;US Congress;U.S. Senate;US Senate;U.S. House of Representatives;US House of Representatives", "legislature", addid=False)
B("Ofcom", "Office of Communications", "OFCOM", "regulator")
B("DCMS", "Department for Culture, Media and Sport", "Department for Digital, Culture, Media and Sport", "ministry")
B("DSIT", "Department for Science, Innovation and Technology", "", "ministry")
B("FCDO", "Foreign, Commonwealth and Development Office", "Foreign and Commonwealth Office;FCO", "ministry")
B("NCSC", "National Cyber Security Centre", "UK National Cyber Security Centre", "government-agency")
B("ICO", "Information Commissioner's Office", "UK Information Commissioner's Office", "regulator")
B("GCHQ", "Government Communications Headquarters", "", "government-agency")
B("Nominet", "Nominet", "Nominet UK", "registry", addid=False)
B("Roskomnadzor", "Federal Service for Supervision of Communications, Information Technology and Mass Media",
  "Roskomnadzor;RKN;Roskomnadzor (RKN)", "regulator", addid=False)
B("Mintsifry", "Ministry of Digital Development, Communications and Mass Media of the Russian Federation",
  "Ministry of Digital Development;Russian Ministry of Digital Development;Mintsifry;Minsvyaz;"
  "Ministry of Telecom and Mass Communications;Ministry of Communications and Mass Media;Russian Ministry of Communications",
  "ministry", addid=False)
B("FSB", "Federal Security Service", "Federal Security Service of the Russian Federation", "government-agency")
B("CAC", "Cyberspace Administration of China", "Office of the Central Cyberspace Affairs Commission", "regulator")
B("MIIT", "Ministry of Industry and Information Technology", "", "ministry")
B("CNNIC", "China Internet Network Information Center", "China Internet Network Information Centre", "registry", "CAC")
B("CAICT", "China Academy of Information and Communications Technology", "", "research", "MIIT")
B("TRAI", "Telecom Regulatory Authority of India", "", "regulator")
B("DoT", "Department of Telecommunications",
  [{"text": "DoT", "case": "sensitive"}, "DOT India;India's Department of Telecommunications"], "ministry", addid=False)
B("MeitY", "Ministry of Electronics and Information Technology", [{"text": "MeitY", "case": "sensitive"}, "MEITY", {"text": "DeitY", "case": "sensitive"}, "DEITY India;Department of Electronics and Information Technology;Department of Electronics and IT"], "ministry", addid=False)
B("CERT-In", "Indian Computer Emergency Response Team", "CERT-IN;CERT In", "government-agency", "MeitY")
B("NIXI", "National Internet Exchange of India", "", "registry")
B("CGI.br", "Brazilian Internet Steering Committee", "Comite Gestor da Internet no Brasil;Comitê Gestor da Internet no Brasil;CGI.br;CGI Brazil", "multistakeholder-body")
B("NIC.br", "Brazilian Network Information Center", "NIC.br;Nucleo de Informacao e Coordenacao do Ponto BR", "registry", "CGI.br")
B("Anatel", "Agencia Nacional de Telecomunicacoes", "ANATEL;Agência Nacional de Telecomunicações;Brazilian National Telecommunications Agency", "regulator")
B("ANSSI", "Agence nationale de la securite des systemes d'information",
  "Agence nationale de la sécurité des systèmes d'information;French National Cybersecurity Agency", "government-agency")
B("ARCEP", "Autorite de regulation des communications electroniques, des postes et de la distribution de la presse",
  "Arcep;Autorité de régulation des communications électroniques et des postes", "regulator")
B("CNIL", "Commission nationale de l'informatique et des libertes", "Commission nationale de l'informatique et des libertés", "regulator")
B("AFNIC", "Association francaise pour le nommage Internet en cooperation", "Afnic", "registry")
B("BSI", "Federal Office for Information Security", "Bundesamt fur Sicherheit in der Informationstechnik;Bundesamt für Sicherheit in der Informationstechnik", "government-agency")
B("BNetzA", "Bundesnetzagentur", "Federal Network Agency;Bundesnetzagentur;BNetzA", "regulator")
B("DENIC", "DENIC eG", "DENIC", "registry", addid=False)
B("ACMA", "Australian Communications and Media Authority", "", "regulator")
B("auDA", ".au Domain Administration", "auDA", "registry")
B("eSafety Commissioner", "eSafety Commissioner", "Office of the eSafety Commissioner;Australian eSafety Commissioner", "regulator", addid=False)
B("CRTC", "Canadian Radio-television and Telecommunications Commission", "Canadian Radio-Television and Telecommunications Commission", "regulator")
B("ISED", "Innovation, Science and Economic Development Canada", "ISED Canada;Industry Canada", "ministry")
B("CIRA", "Canadian Internet Registration Authority", "", "registry")
B("KCC", "Korea Communications Commission", "", "regulator")
B("MSIT", "Ministry of Science and ICT", "Korean Ministry of Science and ICT", "ministry")
B("KISA", "Korea Internet & Security Agency", "Korea Internet and Security Agency", "government-agency")
B("MIC", "Ministry of Internal Affairs and Communications", "MIC Japan;Japan's Ministry of Internal Affairs and Communications", "ministry")
B("JPNIC", "Japan Network Information Center", "", "registry")
B("IMDA", "Infocomm Media Development Authority", "", "regulator")
B("ICASA", "Independent Communications Authority of South Africa", "", "regulator")
B("NCC", "Nigerian Communications Commission", "", "regulator")
B("CA Kenya", "Communications Authority of Kenya", "", "regulator", addid=False)
B("NTRA", "National Telecom Regulatory Authority", "Egypt's National Telecom Regulatory Authority", "regulator")
B("CST", "Communications, Space and Technology Commission",
  "Communications and Information Technology Commission;CITC;Communications, Space & Technology Commission", "regulator")
B("TDRA", "Telecommunications and Digital Government Regulatory Authority", "Telecommunications Regulatory Authority of the UAE", "regulator")
B("IFT", "Instituto Federal de Telecomunicaciones", "Federal Telecommunications Institute", "regulator")

# --- Civil society, academia, think tanks --------------------------------------------------
B("CDT", "Center for Democracy & Technology", ["Center for Democracy and Technology;Centre for Democracy and Technology",
  {"text": "CDT", "not_prev": ["am", "pm", "a.m.", "p.m.", "AM", "PM"]}], "ngo", addid=False)
B("EFF", "Electronic Frontier Foundation", "", "ngo")
B("Access Now", "Access Now", [{"text": "Access Now", "case": "sensitive"}, "AccessNow"], "ngo", addid=False)
B("Article 19", "ARTICLE 19", [{"text": "Article 19", "weak": True, "case": "sensitive",
                                 "not_next": ["of", "ICCPR", "UDHR", "(2)", "(3)", "para", "paragraph"],
                                 "not_prev": ["under", "of", "in", "and", "Art.", "see", "with", "to", "by", "per", "Articles"]}],
  "ngo", addid=False)
B("APC", "Association for Progressive Communications", "", "ngo")
B("HRW", "Human Rights Watch", "", "ngo")
B("ICRC", "International Committee of the Red Cross", "", "ngo")
B("IFRC", "International Federation of Red Cross and Red Crescent Societies", "", "ngo")
B("MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres;Doctors Without Borders", "ngo")
B("Amnesty International", "Amnesty International", "=Amnesty", "ngo", addid=False)
B("Freedom House", "Freedom House", "", "ngo", addid=False)
B("GPD", "Global Partners Digital", "", "ngo")
B("IGP", "Internet Governance Project", "", "research")
B("DiploFoundation", "DiploFoundation", "Diplo Foundation;Diplo", "ngo", addid=False)
B("Geneva Internet Platform", "Geneva Internet Platform", "GIP", "ngo", addid=False)
B("I&J", "Internet & Jurisdiction Policy Network", "Internet & Jurisdiction;Internet and Jurisdiction;Internet and Jurisdiction Policy Network", "ngo")
B("EDRi", "European Digital Rights", "EDRi;EDRI", "ngo")
B("IT for Change", "IT for Change", "", "ngo", addid=False)
B("CIS India", "Centre for Internet and Society", "Centre for Internet & Society;Center for Internet and Society;CIS India", "research", addid=False)
B("Privacy International", "Privacy International", "", "ngo", addid=False)
B("Open Rights Group", "Open Rights Group", "", "ngo", addid=False)
B("Citizen Lab", "Citizen Lab", "the Citizen Lab", "research", addid=False)
B("RDR", "Ranking Digital Rights", "", "ngo")
B("Derechos Digitales", "Derechos Digitales", "", "ngo", addid=False)
B("Paradigm Initiative", "Paradigm Initiative", "", "ngo", addid=False)
B("KICTANet", "Kenya ICT Action Network", "KICTANet", "ngo")
B("Public Knowledge", "Public Knowledge", [{"text": "Public Knowledge", "case": "sensitive"}], "ngo", addid=False)
B("Best Bits", "Best Bits", [{"text": "Best Bits", "case": "sensitive"}, "BestBits;Best Bits coalition"], "coalition", addid=False)
B("Just Net Coalition", "Just Net Coalition", "JNC", "coalition", addid=False)
B("IGC", "Civil Society Internet Governance Caucus", "Internet Governance Caucus;Civil Society Internet Governance Caucus", "coalition", addid=False)
B("CSIS", "Center for Strategic and International Studies", "", "think-tank")
B("Atlantic Council", "Atlantic Council", "", "think-tank", addid=False)
B("Brookings", "Brookings Institution", "Brookings;The Brookings Institution", "think-tank", addid=False)
B("Chatham House", "Chatham House", "Royal Institute of International Affairs", "think-tank", addid=False)
B("Carnegie Endowment", "Carnegie Endowment for International Peace", "", "think-tank", addid=False)
B("Heritage Foundation", "Heritage Foundation", "", "think-tank", addid=False)
B("CIGI", "Centre for International Governance Innovation", "", "think-tank")
B("Berkman Klein Center", "Berkman Klein Center for Internet & Society",
  "Berkman Center;Berkman Klein Center;Berkman Center for Internet and Society;Berkman Klein Center for Internet and Society", "research", addid=False)
B("OII", "Oxford Internet Institute", "", "research")
B("New America", "New America", [{"text": "New America", "case": "sensitive"}, "New America Foundation"], "think-tank", addid=False)
B("OTI", "Open Technology Institute", "New America's Open Technology Institute", "think-tank", "New America")
B("Wikimedia Foundation", "Wikimedia Foundation", "", "ngo", addid=False)
B("Mozilla", "Mozilla Foundation", "Mozilla;Mozilla Corporation", "ngo", addid=False)

# --- Industry associations --------------------------------------------------------------------------
B("GSMA", "GSM Association", "", "industry")
B("ETNO", "European Telecommunications Network Operators' Association", "European Telecommunications Network Operators Association", "industry")
B("CCIA", "Computer & Communications Industry Association", "Computer and Communications Industry Association", "industry")
B("ITI", "Information Technology Industry Council", "", "industry")
# "ICC" alone is the International Criminal Court (with its name in the document, below): UN
# records use it so; the Chamber of Commerce by its name (its IGF initiative is ICC BASIS).
B("ICC", "International Chamber of Commerce", "", "industry", addid=False)
B("ICC BASIS", "Business Action to Support the Information Society", "ICC BASIS;ICC-BASIS", "industry", "ICC", addid=False)
B("US Chamber of Commerce", "U.S. Chamber of Commerce", "US Chamber of Commerce;United States Chamber of Commerce", "industry", addid=False)
B("USCIB", "United States Council for International Business", "US Council for International Business", "industry")
B("NASSCOM", "National Association of Software and Service Companies", "Nasscom", "industry")
B("DSCI", "Data Security Council of India", "", "industry", "NASSCOM")
B("BSA", "BSA | The Software Alliance", "Business Software Alliance;The Software Alliance", "industry")
B("DIGITALEUROPE", "DIGITALEUROPE", "DigitalEurope;Digital Europe association", "industry", addid=False)
B("Internet Association", "Internet Association", "", "industry", addid=False)
B("Public Interest Registry", "Public Interest Registry", "PIR", "registry", addid=False)
B("Verisign", "Verisign", "VeriSign;Verisign Inc.", "industry", addid=False)
B("Afilias", "Afilias", "", "industry", addid=False)
B("GoDaddy", "GoDaddy", "Go Daddy", "industry", addid=False)

# --- Companies --------------------------------------------------------------------------------
C = "industry"
B("Google", "Google", "Google LLC;Google Inc.;=Alphabet;Alphabet Inc.", C, addid=False)
B("Microsoft", "Microsoft", "Microsoft Corporation;Microsoft Corp.", C, addid=False)
B("Meta", "Meta Platforms", [{"text": "Meta", "case": "sensitive", "weak": True}, "Meta Platforms Inc.;Facebook;Facebook Inc."], C, addid=False)
B("Apple", "Apple Inc.", "Apple Inc", C, addid=False)
B("Amazon", "Amazon.com", ["Amazon.com Inc.;Amazon Web Services;AWS",
                           {"text": "Amazon", "case": "sensitive", "weak": True,
                            "not_prev": ["the", "in", "across", "through", "Brazilian", "Peruvian", "Colombian", "Bolivian", "Ecuadorian"],
                            "not_next": ["rainforest", "River", "basin", "region", "forest", "Rainforest", "Basin"]}], C, addid=False)
B("Cisco", "Cisco Systems", "Cisco;Cisco Systems Inc.", C, addid=False)
B("Huawei", "Huawei Technologies", "Huawei;Huawei Technologies Co.", C, addid=False)
B("ZTE", "ZTE Corporation", "ZTE Corp.", C)
B("Cloudflare", "Cloudflare", "CloudFlare", C, addid=False)
B("Akamai", "Akamai Technologies", "Akamai", C, addid=False)
B("Twitter", "X Corp.", "Twitter;Twitter Inc.;X Corp;X (formerly Twitter)", C, addid=False)
B("ByteDance", "ByteDance", "TikTok", C, addid=False)
B("Netflix", "Netflix", "", C, addid=False)
B("Tencent", "Tencent", "Tencent Holdings;WeChat", C, addid=False)
B("Alibaba", "Alibaba Group", "Alibaba;Alibaba Cloud", C, addid=False)
B("Baidu", "Baidu", "", C, addid=False)
B("Yandex", "Yandex", "", C, addid=False)
B("Kaspersky", "Kaspersky Lab", "Kaspersky", C, addid=False)
B("China Mobile", "China Mobile", "China Mobile Communications", C, addid=False)
B("China Telecom", "China Telecom", "China Telecommunications Corporation", C, addid=False)
B("China Unicom", "China Unicom", "", C, addid=False)
B("Deutsche Telekom", "Deutsche Telekom", "Deutsche Telekom AG", C, addid=False)
B("AT&T", "AT&T", "AT&T Inc.", C, addid=False)
B("Verizon", "Verizon", "Verizon Communications", C, addid=False)
B("Comcast", "Comcast", "", C, addid=False)
B("Orange", "Orange S.A.", "Orange SA;France Telecom;France Télécom;Orange Group", C, addid=False)
B("Telefonica", "Telefonica", "Telefónica;Telefonica S.A.", C, addid=False)
B("Vodafone", "Vodafone", "Vodafone Group", C, addid=False)
B("BT", "BT Group", "British Telecom;British Telecommunications", C)
B("Telstra", "Telstra", "", C, addid=False)
B("NTT", "Nippon Telegraph and Telephone", "NTT Communications;NTT Docomo", C)
B("Rostelecom", "Rostelecom", "", C, addid=False)
B("Bharti Airtel", "Bharti Airtel", "Airtel", C, addid=False)
B("Reliance Jio", "Reliance Jio", "Jio", C, addid=False)
B("MTN", "MTN Group", "", C)
B("Safaricom", "Safaricom", "", C, addid=False)
B("Ericsson", "Ericsson", "", C, addid=False)
B("Nokia", "Nokia", "", C, addid=False)
B("Intel", "=Intel", "Intel Corporation", C, addid=False)
B("Qualcomm", "Qualcomm", "", C, addid=False)
B("IBM", "IBM", "International Business Machines", C, addid=False)
B("Equinix", "Equinix", "", C, addid=False)
B("Starlink", "Starlink", "SpaceX", C, addid=False)
B("OpenAI", "OpenAI", "", C, addid=False)
B("Bank of America", "Bank of America", "", C, addid=False)
B("AOL", "AOL", "America Online", C)
B("Voice of America", "Voice of America", "VOA", "media", addid=False)
B("ACLU", "American Civil Liberties Union", "", "ngo")
B("International Criminal Court", "International Criminal Court",
  [{"text": "ICC", "case": "sensitive", "requires": ["International Criminal Court"]}], "igo", addid=False)
B("Saudi Aramco", "Saudi Aramco", "Aramco", C, addid=False)
B("Singtel", "Singapore Telecommunications", "Singtel;SingTel", C, addid=False)
B("Telecom Italia", "Telecom Italia", "TIM", C, addid=False)
B("Telecom Egypt", "Telecom Egypt", "", C, addid=False)
B("RT", "Russia Today", "RT (Russia Today);RT International", "media", addid=False)
B("China Daily", "China Daily", "", "media", addid=False)
B("Xinhua", "Xinhua News Agency", "Xinhua", "media", addid=False)
B("TASS", "TASS", "ITAR-TASS", "media", addid=False)
B("America Movil", "America Movil", "América Móvil", C, addid=False)
B("GNI", "Global Network Initiative", "", "ngo")
B("Broadband Commission", "Broadband Commission for Sustainable Development", "Broadband Commission;Broadband Commission for Digital Development", "commission", "ITU", addid=False)
B("A4AI", "Alliance for Affordable Internet", "", "ngo")
B("Web Foundation", "World Wide Web Foundation", "Web Foundation", "ngo", addid=False)
B("Human Rights Committee", "UN Human Rights Committee", "Human Rights Committee;United Nations Human Rights Committee", "treaty-body", "OHCHR", addid=False)
B("SCOTUS", "Supreme Court of the United States", "US Supreme Court;U.S. Supreme Court;United States Supreme Court", "court")
B("CPC", "Communist Party of China", "Chinese Communist Party;CCP;Communist Party of China (CPC)", "party")
B("State Council", "State Council of the People's Republic of China", [{"text": "State Council", "case": "sensitive", "weak": True}, "Chinese State Council;China's State Council"], "executive", addid=False)
B("State Duma", "State Duma", "Russian State Duma;Duma", "legislature", addid=False)
B("Verkhovna Rada", "Verkhovna Rada of Ukraine", ["Verkhovna Rada;Ukrainian Parliament;Parliament of Ukraine", {"text": "Rada", "case": "sensitive"}], "legislature", addid=False, org="UKR")
B("Kremlin", "Presidential Executive Office of Russia", "Kremlin;the Kremlin", "executive", addid=False, org="RUS")
B("Elysee", "Presidency of the French Republic", "Elysee Palace;Élysée;Élysée Palace;the Elysee;the Élysée", "executive", addid=False, org="FRA")
B("Downing Street", "Prime Minister's Office (UK)", "Downing Street;No. 10 Downing Street;10 Downing Street", "executive", addid=False, org="GBR")
B("IWF", "Internet Watch Foundation", "", "ngo")
B("NCMEC", "National Center for Missing & Exploited Children", "National Center for Missing and Exploited Children", "ngo")
B("GIFCT", "Global Internet Forum to Counter Terrorism", "", "industry")
B("Tech Against Terrorism", "Tech Against Terrorism", "", "ngo", addid=False)
B("Oversight Board", "Oversight Board (Meta)", ["Facebook Oversight Board;Meta Oversight Board", {"text": "Oversight Board", "case": "sensitive", "weak": True}], "self-regulatory", "Meta", addid=False)
B("ISC", "Internet Systems Consortium", "", "technical", addid=False)
B("UNFCCC", "United Nations Framework Convention on Climate Change", "UN Climate Change", "un-secretariat", "UN")
B("WHO", "World Health Organization", "World Health Organisation", "un-agency", "UN", addid=False)
B("InternetNZ", "InternetNZ", "Internet New Zealand", "registry", addid=False)
B("COAI", "Cellular Operators Association of India", "", "industry")
B("IAMAI", "Internet and Mobile Association of India", "Internet & Mobile Association of India", "industry")
B("ISPAI", "Internet Service Providers Association of India", "", "industry")
B("FICCI", "Federation of Indian Chambers of Commerce and Industry", "Federation of Indian Chambers of Commerce & Industry", "industry")
B("TMCH", "Trademark Clearinghouse", "Trademark Clearing House", "function", "ICANN")
B("NANOG", "North American Network Operators' Group", "North American Network Operators Group", "technical")
B("LACNOG", "Latin American and Caribbean Network Operators Group", "", "technical")
B("MENOG", "Middle East Network Operators Group", "", "technical")
B("APRICOT", "Asia Pacific Regional Internet Conference on Operational Technologies", "", "conference")
B("OGP", "Open Government Partnership", "", "coalition")
B("ASMG", "Arab Spectrum Management Group", "", "regional-telecom-organization", "LAS")
B("IFWP", "International Forum on the White Paper", "", "forum")
B("USC-ISI", "USC Information Sciences Institute", "Information Sciences Institute;USC ISI", "research")
B("SRI International", "SRI International", "Stanford Research Institute", "research", addid=False)
B("DISA", "Defense Information Systems Agency", "", "government-agency", "DoD")
B("DoD", "U.S. Department of Defense", [{"text": "DoD", "case": "sensitive"}, "DOD;US Department of Defense;Department of Defense;United States Department of Defense;Pentagon"], "ministry", addid=False)
B("MEF", "MEF Forum", "Metro Ethernet Forum", "standards-body")

# --- More national bodies of Internet history ------------------------------------------------
B("NSF", "National Science Foundation", "U.S. National Science Foundation;US National Science Foundation", "government-agency")
B("DARPA", "Defense Advanced Research Projects Agency", "Advanced Research Projects Agency", "government-agency", "DoD")
B("Parliament of India", "Parliament of India", "Indian Parliament;Sansad", "legislature", addid=False)
B("Rajya Sabha", "Rajya Sabha", "Council of States (India)", "legislature", "Parliament of India", addid=False)
B("Lok Sabha", "Lok Sabha", "House of the People (India)", "legislature", "Parliament of India", addid=False)
B("InterNIC", "InterNIC", "Internet Network Information Center", "function", addid=False)
B("Network Solutions", "Network Solutions", "Network Solutions Inc.;Network Solutions, Inc.", "industry", addid=False)

# --- Stakeholder sectors, countries, ids that name their country ----------------------------
# Every body has a sector: the multistakeholder category it belongs to. By type first,
# then by id where a body of that type belongs elsewhere.
TYPE_SECTOR = {
    "intergovernmental": "un-agency igo regional-organization un-commission un-group office un-organ un-office "
                         "un-institute itu-sector itu-bureau itu-organ study-group advisory-group conference "
                         "regional-telecom-organization eu-agency eu-institution eu-committee eu-dg summit "
                         "working-group secretariat panel treaty-body un-secretariat event-series forum mission",
    "government": "regulator ministry government-agency executive legislature party multistakeholder-body court",
    "technical-community": "standards-body technical rir rir-coordination rir-group function cctld-association "
                           "ixp-association supporting-organization advisory-committee private-nonprofit board "
                           "affiliate admin committee registry",
    "private-sector": "industry media self-regulatory",
    "civil-society": "ngo coalition community constituency stakeholder-group network initiative",
    "academia": "research think-tank commission",
}
SECTOR_BY_TYPE = {t: s for s, ts in TYPE_SECTOR.items() for t in ts.split()}
SECTOR_OF = {
    # The Internet Society and its chapters, the IETF's research arm: the technical community.
    "ISOC": "technical-community", "ISOC UK England": "technical-community", "ISOC-NY": "technical-community",
    "ISOC India": "technical-community", "ISOC Brazil": "technical-community", "IRTF": "technical-community",
    # ICANN's working groups and its users' and governments' committees.
    "ICG": "technical-community", "CCWG-Accountability": "technical-community", "CWG-Stewardship": "technical-community",
    "ALAC": "civil-society", "GAC": "government", "IPC": "private-sector", "At-Large": "civil-society",
    "ICANN Empowered Community": "technical-community",
    # Forums: the UN's are intergovernmental, regional ones organised by their communities.
    "IGF": "intergovernmental", "WSIS Forum": "intergovernmental", "AfIGF": "intergovernmental",
    "APEC": "intergovernmental", "GFCE": "intergovernmental", "WEF": "private-sector", "IFWP": "technical-community",
    "EuroDIG": "civil-society", "APrIGF": "civil-society", "LACIGF": "civil-society", "IGF-USA": "civil-society",
    "UK IGF": "civil-society", "NRIs": "civil-society",
    # Coalitions of governments; commissions of the UN system.
    "FOC": "intergovernmental", "OGP": "intergovernmental", "Broadband Commission": "intergovernmental",
    # Courts: an international court, a national one.
    "ECtHR": "intergovernmental", "SCOTUS": "government", "International Criminal Court": "intergovernmental",
    # Registries run by or for a government; a technical conference; a state research institute.
    "CNNIC": "government", "NIXI": "government", "APRICOT": "technical-community", "CAICT": "government",
    "CIS India": "civil-society", "Public Interest Registry": "technical-community",
}
COUNTRY = {
    "USA": "NTIA FCC State Department Department of Commerce NIST DHS CISA FTC NSA FBI DOJ USTR White House "
           "US Congress SCOTUS DoD DISA NSF DARPA US Chamber of Commerce USCIB ANSI IGF-USA",
    "GBR": "Ofcom DCMS DSIT FCDO NCSC ICO GCHQ Nominet Downing Street UK IGF",
    "RUS": "Roskomnadzor Mintsifry FSB Kremlin State Duma",
    "CHN": "CAC MIIT CNNIC CAICT CPC State Council",
    "IND": "TRAI DoT MeitY CERT-In NIXI NASSCOM DSCI COAI IAMAI ISPAI FICCI Rajya Sabha Lok Sabha Parliament of India",
    "BRA": "CGI.br NIC.br Anatel",
    "FRA": "ANSSI ARCEP CNIL AFNIC Elysee",
    "DEU": "BSI BNetzA DENIC",
    "AUS": "ACMA auDA eSafety Commissioner",
    "CAN": "CRTC ISED CIRA",
    "KOR": "KCC MSIT KISA",
    "JPN": "MIC JPNIC",
    "NLD": "Dutch Safety Board",
    "SGP": "IMDA", "ZAF": "ICASA", "NGA": "NCC", "KEN": "CA Kenya", "EGY": "NTRA", "SAU": "CST", "ARE": "TDRA",
    "MEX": "IFT", "NZL": "InternetNZ",
}
MULTI_WORD_IDS = ["Dutch Safety Board", "Rajya Sabha", "Lok Sabha", "Parliament of India", "State Department", "Department of Commerce", "White House", "US Congress",
                  "US Chamber of Commerce", "Downing Street", "UK IGF", "State Duma", "State Council",
                  "CA Kenya", "eSafety Commissioner"]
COUNTRY_OF = {}
for cc, ids in COUNTRY.items():
    for mw in MULTI_WORD_IDS:
        if mw in ids:
            COUNTRY_OF[mw] = cc
            ids = ids.replace(mw, "")
    for i in ids.split():
        COUNTRY_OF[i] = cc
# National bodies whose own names do not say which country they belong to
# get ids that do ("US Department of Commerce", "India DoT"); the old short
# forms stay aliases.
RENAME = {
    "State Department": "US State Department", "Department of Commerce": "US Department of Commerce",
    "DoD": "US DoD", "DOJ": "US DOJ", "DHS": "US DHS", "NCSC": "UK NCSC", "ICO": "UK ICO",
    "MIC": "Japan MIC", "DoT": "India DoT", "NCC": "Nigeria NCC", "State Council": "China State Council",
    "State Duma": "Russian State Duma",
}
_ids = {e["id"] for e in E}
assert set(SECTOR_OF) <= _ids and set(COUNTRY_OF) <= _ids and set(RENAME) <= _ids, \
    (set(SECTOR_OF) | set(COUNTRY_OF) | set(RENAME)) - _ids
for e in E:
    t = e.get("type", "")
    e["sector"] = SECTOR_OF.get(e["id"]) or SECTOR_BY_TYPE[t]
    if e["id"] in COUNTRY_OF:
        e["country"] = COUNTRY_OF[e["id"]]
    if e.get("parent") in RENAME:
        e["parent"] = RENAME[e["parent"]]
    if e["id"] in RENAME:
        e["id"] = RENAME[e["id"]]
    # Keys in a fixed order: id, name, aliases, type, parent, sector, country, then the rest.
    order = ["id", "name", "aliases", "type", "parent", "sector", "country"]
    items = sorted(e.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    e.clear()
    e.update(items)
