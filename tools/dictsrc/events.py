"""Events: conferences, summits and meetings with dates and venues."""
from common import entry

SRC = "curated (dates and venues are public facts from the organisers' sites)"
E = []
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]


def ordn(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def V(id, name, al, date, place="", parent="", type="conference", **kw):
    # "date" is the start date (ISO string); "valid" spans the whole event.
    # The venue goes into the canonical name when it is not already there.
    if place and place not in name and place != "online":
        name = f"{name} ({place})" if "(" not in name else name.replace(")", f", {place})")
    e = entry(id, name, al, SRC, type=type, parent=parent, date=date["from"], valid=date, **kw)
    E.append(e)


def series(prefix, parent, long, yy, yyyy, date, place, extra=""):
    """ITU-style conference id like WTSA-12."""
    al = [f"{prefix}-{yy}", f"{prefix}{yy}", f"{prefix} {yy}", f"{prefix}-{yyyy}", f"{prefix} {yyyy}",
          f"{yyyy} {long}", f"{long} {yyyy}", f"{long} ({prefix}-{yy})"]
    if extra:
        al += extra.split(";")
    V(f"{prefix}-{yy}", f"{long} {yyyy}", ";".join(al), date, place, parent)


# WSIS
V("wsis-2003-geneva", "WSIS Geneva phase (2003)",
  "WSIS Geneva phase;Geneva phase of WSIS;first phase of WSIS;Geneva phase of the World Summit on the Information Society;"
  "WSIS 2003;WSIS-2003;Geneva Summit of WSIS;WSIS I;first phase of the World Summit on the Information Society",
  {"from": "2003-12-10", "to": "2003-12-12"}, "Geneva", "WSIS", "summit")
V("wsis-2005-tunis", "WSIS Tunis phase (2005)",
  ["WSIS Tunis phase;Tunis phase of WSIS;second phase of WSIS;Tunis phase of the World Summit on the Information Society;"
   "WSIS 2005;WSIS-2005;Tunis Summit;WSIS II;second phase of the World Summit on the Information Society",
   {"text": "Tunis World Summit", "variant": True}, {"text": "World Summit in Tunis", "variant": True}],
  {"from": "2005-11-16", "to": "2005-11-18"}, "Tunis", "WSIS", "summit")
# The preparatory committees of the two phases. "PrepCom-3" names one in each:
# both carry the form, and the document's date picks one (see dictionaries/README.md).
for phase, rows in (("geneva", [("2002-07-01", "2002-07-05", "Geneva"), ("2003-02-17", "2003-02-28", "Geneva"),
                                ("2003-09-15", "2003-12-06", "Geneva")]),
                    ("tunis", [("2004-06-24", "2004-06-26", "Hammamet"), ("2005-02-17", "2005-02-25", "Geneva"),
                               ("2005-09-19", "2005-11-15", "Geneva")])):
    for n, (b, e, place) in enumerate(rows, 1):
        al = [f"PrepCom-{n}", f"PrepCom {n}", f"PrepCom{n}", f"Prepcom {n}", f"Prepcom-{n}",
              f"WSIS PrepCom-{n}", f"WSIS PrepCom {n}", f"{ORD[n]} Preparatory Committee",
              {"text": f"PrepCon{n}", "variant": True}, {"text": f"PrepCon-{n}", "variant": True},
              {"text": f"PrepCon {n}", "variant": True}]
        if phase == "tunis":
            al += [f"Tunis PrepCom-{n}", f"PrepCom-{n} of the Tunis phase"]
        else:
            al += [f"Geneva PrepCom-{n}", f"PrepCom-{n} of the Geneva phase"]
        V(f"wsis-{phase}-prepcom-{n}", f"WSIS {phase.capitalize()} phase PrepCom-{n}", al,
          {"from": b, "to": e}, place, "WSIS", "meeting")
V("wsis-10-hle", "WSIS+10 High-Level Event (2014)",
  "WSIS+10 High-Level Event;WSIS+10 HLE;WSIS+10 High Level Event",
  {"from": "2014-06-10", "to": "2014-06-13"}, "Geneva", "WSIS", "meeting")
V("wsis-10", "WSIS+10 review (2015)",
  "WSIS+10;WSIS + 10;WSIS+10 review;WSIS+10 Review;WSIS+10 process;overall review of the implementation of the outcomes of the World Summit on the Information Society;"
  "WSIS+10 High-level Meeting of the General Assembly;UNGA WSIS+10 review",
  {"from": "2015-12-15", "to": "2015-12-16"}, "New York", "UNGA", "review")
V("wsis-20-hle", "WSIS+20 High-Level Event (2025)", "WSIS+20 High-Level Event;WSIS+20 High Level Event",
  {"from": "2025-07-07", "to": "2025-07-11"}, "Geneva", "WSIS", "meeting")
V("wsis-20", "WSIS+20 review (2025)",
  "WSIS+20;WSIS + 20;WSIS+20 review;WSIS+20 Review;WSIS+20 process;twenty-year review of WSIS;20-year review of WSIS",
  {"from": "2025-12-16", "to": "2025-12-17"}, "New York", "UNGA", "review")

# IGF annual meetings
IGF = [(2006, "Athens", "GRC", "2006-10-30", "2006-11-02"), (2007, "Rio de Janeiro", "BRA", "2007-11-12", "2007-11-15"),
       (2008, "Hyderabad", "IND", "2008-12-03", "2008-12-06"), (2009, "Sharm El Sheikh", "EGY", "2009-11-15", "2009-11-18"),
       (2010, "Vilnius", "LTU", "2010-09-14", "2010-09-17"), (2011, "Nairobi", "KEN", "2011-09-27", "2011-09-30"),
       (2012, "Baku", "AZE", "2012-11-06", "2012-11-09"), (2013, "Bali", "IDN", "2013-10-22", "2013-10-25"),
       (2014, "Istanbul", "TUR", "2014-09-02", "2014-09-05"), (2015, "Joao Pessoa", "BRA", "2015-11-10", "2015-11-13"),
       (2016, "Guadalajara", "MEX", "2016-12-06", "2016-12-09"), (2017, "Geneva", "CHE", "2017-12-18", "2017-12-21"),
       (2018, "Paris", "FRA", "2018-11-12", "2018-11-14"), (2019, "Berlin", "DEU", "2019-11-25", "2019-11-29"),
       (2020, "online", "", "2020-11-02", "2020-11-17"), (2021, "Katowice", "POL", "2021-12-06", "2021-12-10"),
       (2022, "Addis Ababa", "ETH", "2022-11-28", "2022-12-02"), (2023, "Kyoto", "JPN", "2023-10-08", "2023-10-12"),
       (2024, "Riyadh", "SAU", "2024-12-15", "2024-12-19"), (2025, "Lillestrom", "NOR", "2025-06-23", "2025-06-27")]
for i, (y, city, host, d0, d1) in enumerate(IGF, 1):
    al = [f"IGF {y}", f"IGF-{y}", f"IGF{y}", f"{y} IGF", f"Internet Governance Forum {y}", f"{y} Internet Governance Forum",
          f"{ordn(i)} IGF", f"{ORD[i]} IGF", f"{ordn(i)} Internet Governance Forum", f"{ORD[i]} Internet Governance Forum",
          f"{ORD[i]} meeting of the IGF", f"{ORD[i]} meeting of the Internet Governance Forum",
          f"{ORD[i]} annual meeting of the IGF", f"IGF {y} annual meeting"]
    if city != "online":
        al += [f"{city} IGF", f"IGF {y} {city}", f"IGF {y} in {city}"]
        if city != "Geneva":  # the IGF Secretariat sits in Geneva
            al += [f"IGF {city}", f"IGF in {city}"]
    if city == "Joao Pessoa":
        al += ["João Pessoa IGF", "IGF João Pessoa", "IGF in João Pessoa", "IGF 2015 João Pessoa"]
    if city == "Lillestrom":
        al += ["Lillestrøm IGF", "IGF Lillestrøm", "IGF in Lillestrøm", "IGF 2025 Norway", "IGF in Norway"]
    if city == "Sharm El Sheikh":
        al += ["Sharm el-Sheikh IGF", "IGF in Sharm el-Sheikh"]
    if y == 2020:
        al += ["virtual IGF 2020", "IGF 2020 online"]
    V(f"igf-{y}", f"IGF {y}" + (f" ({city})" if city != "online" else " (online)"), ";".join(al),
      {"from": d0, "to": d1}, city if city != "online" else "online", "IGF", "meeting")

V("netmundial-2014", "NETmundial",
  "NETmundial;NetMundial;NETmundial 2014;NETmundial meeting;Global Multistakeholder Meeting on the Future of Internet Governance;"
  "Sao Paulo meeting;São Paulo meeting;NETmundial conference",
  {"from": "2014-04-23", "to": "2014-04-24"}, "Sao Paulo", "", "meeting")
V("netmundial-10", "NETmundial+10", "NETmundial+10;NETmundial + 10;NETmundial+10 meeting",
  {"from": "2024-04-29", "to": "2024-04-30"}, "Sao Paulo", "", "meeting")

# ITU Plenipotentiary Conferences
PPS = [("98", "1998", "Minneapolis", "1998-10-12", "1998-11-06"), ("02", "2002", "Marrakesh", "2002-09-23", "2002-10-18"),
       ("06", "2006", "Antalya", "2006-11-06", "2006-11-24"), ("10", "2010", "Guadalajara", "2010-10-04", "2010-10-22"),
       ("14", "2014", "Busan", "2014-10-20", "2014-11-07"), ("18", "2018", "Dubai", "2018-10-29", "2018-11-16"),
       ("22", "2022", "Bucharest", "2022-09-26", "2022-10-14"), ("26", "2026", "Doha", "2026-11-09", "2026-11-27")]
for yy, yyyy, city, d0, d1 in PPS:
    series("PP", "PP", "Plenipotentiary Conference", yy, yyyy, {"from": d0, "to": d1}, city,
           f"{city} Plenipotentiary Conference;{city} Plenipotentiary;{city} Plenipot;Plenipotentiary Conference in {city};"
           f"ITU Plenipotentiary Conference {yyyy};{yyyy} ITU Plenipotentiary Conference;Plenipot {yyyy};{yyyy} Plenipot")

V("WCIT-12", "World Conference on International Telecommunications 2012",
  "WCIT-12;WCIT12;WCIT 12;WCIT-2012;WCIT 2012;2012 World Conference on International Telecommunications;"
  "World Conference on International Telecommunications (WCIT-12);WCIT in Dubai;Dubai WCIT",
  {"from": "2012-12-03", "to": "2012-12-14"}, "Dubai", "WCIT")
V("WATTC-88", "World Administrative Telegraph and Telephone Conference 1988",
  "WATTC-88;WATTC 88;World Administrative Telegraph and Telephone Conference;WATTC",
  {"from": "1988-11-28", "to": "1988-12-09"}, "Melbourne", "ITU")
V("WTPF-09", "World Telecommunication Policy Forum 2009", "WTPF-09;WTPF09;WTPF 2009;WTPF-2009;2009 WTPF",
  {"from": "2009-04-22", "to": "2009-04-24"}, "Lisbon", "WTPF")
V("WTPF-13", "World Telecommunication/ICT Policy Forum 2013",
  "WTPF-13;WTPF13;WTPF 13;WTPF 2013;WTPF-2013;2013 WTPF;2013 World Telecommunication/ICT Policy Forum;"
  "fifth World Telecommunication/ICT Policy Forum",
  {"from": "2013-05-14", "to": "2013-05-16"}, "Geneva", "WTPF")
V("WTPF-21", "World Telecommunication/ICT Policy Forum 2021", "WTPF-21;WTPF21;WTPF 2021;WTPF-2021;2021 WTPF",
  {"from": "2021-12-16", "to": "2021-12-18"}, "online", "WTPF")

for yy, yyyy, city, d0, d1 in [("08", "2008", "Johannesburg", "2008-10-21", "2008-10-30"),
                               ("12", "2012", "Dubai", "2012-11-20", "2012-11-29"),
                               ("16", "2016", "Hammamet", "2016-10-25", "2016-11-03"),
                               ("20", "2020", "Geneva", "2022-03-01", "2022-03-09"),
                               ("24", "2024", "New Delhi", "2024-10-15", "2024-10-24")]:
    series("WTSA", "WTSA", "World Telecommunication Standardization Assembly", yy, yyyy, {"from": d0, "to": d1}, city)
for yy, yyyy, city, d0, d1 in [("10", "2010", "Hyderabad", "2010-05-24", "2010-06-04"),
                               ("14", "2014", "Dubai", "2014-03-30", "2014-04-10"),
                               ("17", "2017", "Buenos Aires", "2017-10-09", "2017-10-20"),
                               ("22", "2022", "Kigali", "2022-06-06", "2022-06-16"),
                               ("25", "2025", "Baku", "2025-11-17", "2025-11-28")]:
    series("WTDC", "WTDC", "World Telecommunication Development Conference", yy, yyyy, {"from": d0, "to": d1}, city)
for yy, yyyy, city, d0, d1 in [("07", "2007", "Geneva", "2007-10-22", "2007-11-16"),
                               ("12", "2012", "Geneva", "2012-01-23", "2012-02-17"),
                               ("15", "2015", "Geneva", "2015-11-02", "2015-11-27"),
                               ("19", "2019", "Sharm El Sheikh", "2019-10-28", "2019-11-22"),
                               ("23", "2023", "Dubai", "2023-11-20", "2023-12-15")]:
    series("WRC", "WRC", "World Radiocommunication Conference", yy, yyyy, {"from": d0, "to": d1}, city)

# ICANN public meetings
ICANN = [(43, "San Jose", "2012-03-11", "2012-03-16"), (44, "Prague", "2012-06-24", "2012-06-29"),
         (45, "Toronto", "2012-10-14", "2012-10-19"), (46, "Beijing", "2013-04-07", "2013-04-11"),
         (47, "Durban", "2013-07-14", "2013-07-18"), (48, "Buenos Aires", "2013-11-17", "2013-11-21"),
         (49, "Singapore", "2014-03-23", "2014-03-27"), (50, "London", "2014-06-22", "2014-06-26"),
         (51, "Los Angeles", "2014-10-12", "2014-10-16"), (52, "Singapore", "2015-02-08", "2015-02-12"),
         (53, "Buenos Aires", "2015-06-21", "2015-06-25"), (54, "Dublin", "2015-10-18", "2015-10-22"),
         (55, "Marrakech", "2016-03-05", "2016-03-10"), (56, "Helsinki", "2016-06-27", "2016-06-30"),
         (57, "Hyderabad", "2016-11-03", "2016-11-09")]
for n, city, d0, d1 in ICANN:
    al = [f"ICANN {n}", f"ICANN{n}", f"ICANN-{n}", f"ICANN {n} {city}", f"ICANN {n} in {city}", f"ICANN{n} {city}",
          f"ICANN {n} meeting", f"ICANN {n} public meeting"]
    V(f"ICANN{n}", f"ICANN {n} ({city})", ";".join(al), {"from": d0, "to": d1}, city, "ICANN", "meeting")

V("summit-of-the-future", "Summit of the Future (2024)",
  "Summit of the Future;UN Summit of the Future;United Nations Summit of the Future;2024 Summit of the Future",
  {"from": "2024-09-22", "to": "2024-09-23"}, "New York", "UNGA", "summit")
V("snowden-disclosures", "Snowden disclosures (2013)",
  "Snowden disclosures;Snowden revelations;Snowden leaks;Snowden affair;revelations by Edward Snowden;disclosures by Edward Snowden",
  {"from": "2013-06-05"}, "", "", "incident")
V("e-G8", "e-G8 Forum (2011)", "e-G8;eG8;e-G8 Forum;eG8 Forum", {"from": "2011-05-24", "to": "2011-05-25"}, "Paris", "G8", "meeting")
V("oecd-hlm-2011", "OECD High Level Meeting on the Internet Economy (2011)",
  "OECD High Level Meeting on the Internet Economy;OECD High-Level Meeting on the Internet Economy;OECD HLM 2011",
  {"from": "2011-06-28", "to": "2011-06-29"}, "Paris", "OECD", "meeting")
V("gccs-2011", "London Conference on Cyberspace (2011)", "London Conference on Cyberspace;London Cyberspace Conference",
  {"from": "2011-11-01", "to": "2011-11-02"}, "London", "", "conference")
V("gccs-2013", "Seoul Conference on Cyberspace (2013)", "Seoul Conference on Cyberspace;Seoul Cyberspace Conference",
  {"from": "2013-10-17", "to": "2013-10-18"}, "Seoul", "", "conference")
V("gccs-2015", "Global Conference on CyberSpace 2015", "GCCS 2015;GCCS2015;Global Conference on CyberSpace 2015;Global Conference on Cyberspace 2015",
  {"from": "2015-04-16", "to": "2015-04-17"}, "The Hague", "", "conference")
V("gccs-2017", "Global Conference on Cyber Space 2017", "GCCS 2017;GCCS2017;Global Conference on Cyber Space 2017;Global Conference on Cyberspace 2017",
  {"from": "2017-11-23", "to": "2017-11-24"}, "New Delhi", "", "conference")
V("ai-safety-summit-2023", "AI Safety Summit (2023)", "AI Safety Summit;Bletchley Park summit;Bletchley AI Safety Summit;Bletchley Park AI Safety Summit",
  {"from": "2023-11-01", "to": "2023-11-02"}, "Bletchley Park", "", "summit")
V("ai-action-summit-2025", "AI Action Summit (2025)", "AI Action Summit;Paris AI Action Summit",
  {"from": "2025-02-10", "to": "2025-02-11"}, "Paris", "", "summit")
V("iana-transition-2016", "IANA stewardship transition (2016)",
  "completion of the IANA stewardship transition;expiry of the IANA functions contract;IANA transition date",
  {"from": "2016-10-01"}, "", "ICANN", "milestone")
V("hanoi-signing-2025", "Signing ceremony of the UN Convention against Cybercrime (2025)",
  "Hanoi signing ceremony;Hanoi Convention signing ceremony;signing ceremony in Hanoi",
  {"from": "2025-10-25", "to": "2025-10-26"}, "Hanoi", "UN", "meeting")

# Later ICANN public meetings: month precision only ("YYYY-MM"); meetings
# 67-73 were held online instead of in the planned city.
ICANN_LATER = [(58, "Copenhagen", "2017-03"), (59, "Johannesburg", "2017-06"), (60, "Abu Dhabi", "2017-10"),
               (61, "San Juan", "2018-03"), (62, "Panama City", "2018-06"), (63, "Barcelona", "2018-10"),
               (64, "Kobe", "2019-03"), (65, "Marrakech", "2019-06"), (66, "Montreal", "2019-11"),
               (67, "online", "2020-03"), (68, "online", "2020-06"), (69, "online", "2020-10"),
               (70, "online", "2021-03"), (71, "online", "2021-06"), (72, "online", "2021-10"),
               (73, "online", "2022-03"), (74, "The Hague", "2022-06"), (75, "Kuala Lumpur", "2022-09"),
               (76, "Cancun", "2023-03"), (77, "Washington, D.C.", "2023-06"), (78, "Hamburg", "2023-10"),
               (79, "San Juan", "2024-03"), (80, "Kigali", "2024-06"), (81, "Istanbul", "2024-11"),
               (82, "Seattle", "2025-03"), (83, "Prague", "2025-06"), (84, "Dublin", "2025-10")]
for n, city, ym in ICANN_LATER:
    al = [f"ICANN {n}", f"ICANN{n}", f"ICANN-{n}", f"ICANN {n} meeting", f"ICANN {n} public meeting", f"ICANN{n} meeting"]
    if city != "online":
        al += [f"ICANN {n} {city}", f"ICANN {n} in {city}", f"ICANN{n} {city}"]
    V(f"ICANN{n}", f"ICANN {n}" + (f" ({city})" if city != "online" else " (online)"), ";".join(al),
      {"from": ym, "to": ym}, "", "ICANN", "meeting")
