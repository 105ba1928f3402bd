"""Instruments: treaties, declarations, resolutions, laws, agreements."""
from common import entry

SRC = "curated (titles, numbers and dates are public facts)"
E = []


def I(id, name, al="", type="", date="", parent="", **kw):
    E.append(entry(id, name, al, SRC, type=type, date=date, parent=parent, **kw))


# WSIS outcome documents
I("tunis-agenda", "Tunis Agenda for the Information Society",
  "Tunis Agenda;Tunis Agenda for the Information Society (2005);TAIS", "declaration", "2005-11-18", "WSIS")
I("tunis-commitment", "Tunis Commitment", "", "declaration", "2005-11-18", "WSIS")
I("geneva-declaration", "Geneva Declaration of Principles",
  ["WSIS Declaration of Principles;Declaration of Principles of the World Summit on the Information Society;"
   "Geneva Declaration;Declaration of Principles: Building the Information Society",
   {"text": "Declaration of Principles", "weak": True}], "declaration", "2003-12-12", "WSIS")
I("geneva-plan-of-action", "Geneva Plan of Action", "WSIS Plan of Action;Geneva Plan of Action of WSIS", "declaration", "2003-12-12", "WSIS")
I("wsis-action-lines", "WSIS Action Lines", "WSIS Action Lines;Action Lines of WSIS;WSIS action lines;Action Line C5;Action Line C6;Action Line C2", "framework", "2003-12-12", "WSIS")
I("wsis-10-outcome", "UNGA resolution 70/125 (WSIS+10 outcome document)",
  "resolution 70/125;A/RES/70/125;WSIS+10 outcome document;WSIS+10 Outcome Document;outcome document of the WSIS+10 review",
  "resolution", "2015-12-16", "UNGA")
I("wsis-20-outcome", "WSIS+20 outcome document", "WSIS+20 outcome document;outcome document of the WSIS+20 review", "resolution", "2025-12-17", "UNGA")

# ITU treaties and resolutions
I("ITRs", "International Telecommunication Regulations",
  "ITRs;ITR;International Telecommunications Regulations;International Telecommunication Regulations (ITRs);"
  "Melbourne ITRs;1988 ITRs;2012 ITRs;revised ITRs;new ITRs;ITRs treaty;国际电信规则;Règlement des télécommunications internationales;Reglamento de las Telecomunicaciones Internacionales;Регламент международной электросвязи", "treaty", "1988-12-09", "ITU")
I("itu-constitution", "Constitution of the International Telecommunication Union",
  "ITU Constitution;Constitution of the ITU;ITU's Constitution", "treaty", "1992-12-22", "ITU")
I("itu-convention", "Convention of the International Telecommunication Union",
  "ITU Convention;Convention of the ITU", "treaty", "1992-12-22", "ITU")
I("radio-regulations", "Radio Regulations", "ITU Radio Regulations;Radio Regulations of the ITU", "treaty", "", "ITU")
I("wcit-res-plen-3", "Resolution PLEN/3 (WCIT-12)",
  "Resolution PLEN/3;Resolution Plen/3;Resolution Plen 3;Res. PLEN/3;Resolution 3 (Dubai, 2012);"
  "Resolution on fostering an enabling environment for the greater growth of the Internet;"
  "To foster an enabling environment for the greater growth of the Internet", "resolution", "2012-12-14", "WCIT-12")
I("wtpf-13-opinions", "WTPF-13 Opinions", "WTPF Opinions;WTPF-13 Opinions;Opinions of the WTPF", "opinion", "2013-05-16", "WTPF-13")
PP_RES = [
    (101, "Internet Protocol-based networks"),
    (102, "ITU's role with regard to international public policy issues pertaining to the Internet and the management of Internet resources, including domain names and addresses"),
    (130, "Strengthening the role of ITU in building confidence and security in the use of information and communication technologies"),
    (133, "Roles of administrations of Member States in the management of internationalized (multilingual) domain names"),
    (140, "ITU's role in implementing the outcomes of the World Summit on the Information Society"),
    (174, "ITU's role with regard to international public policy issues relating to the risk of illicit use of information and communication technologies"),
    (178, "ITU role in organizing the work on technical aspects of telecommunication networks to support the Internet"),
    (179, "ITU's role in child online protection"),
    (180, "Promoting deployment and adoption of IPv6 to facilitate the transition from IPv4 to IPv6"),
    (200, "Connect 2030 Agenda for global telecommunication/ICT development"),
]
for n, title in PP_RES:
    al = [f"Resolution {n}", f"PP Resolution {n}", f"Res. {n}", f"Resolution {n} (Rev.", f"PP-Resolution {n}",
          f"ITU Resolution {n}", f"Plenipotentiary Resolution {n}", f"Resolution {n} of the Plenipotentiary Conference", title]
    al = [a for a in al if not a.endswith("(Rev.")]
    I(f"pp-res-{n}", f"ITU PP Resolution {n}: {title}", ";".join(al), "resolution", "", "PP")
WTSA_RES = [
    (47, "Country code top-level domain names"),
    (48, "Internationalized domain names"),
    (50, "Cybersecurity"),
    (52, "Countering and combating spam"),
    (58, "Encourage the creation of national computer incident response teams, particularly for developing countries"),
    (64, "Internet protocol address allocation and facilitating the transition to and deployment of IPv6"),
    (69, "Non-discriminatory access and use of Internet resources and telecommunications/information and communication technologies"),
    (75, "Contribution of ITU-T to the implementation of the outcomes of the World Summit on the Information Society"),
]
for n, title in WTSA_RES:
    al = [f"WTSA Resolution {n}", f"WTSA-12 Resolution {n}", f"WTSA-16 Resolution {n}", f"Resolution {n} (WTSA)",
          f"ITU-T Resolution {n}", f"WTSA Res. {n}"]
    if len(title.split()) >= 5:  # short titles ("Cybersecurity") are topics, not names
        al.append(title)
    I(f"wtsa-res-{n}", f"WTSA Resolution {n}: {title}", ";".join(al), "resolution", "", "WTSA")

# UN instruments
I("un-charter", "Charter of the United Nations", "UN Charter;United Nations Charter;U.N. Charter", "treaty", "1945-06-26", "UN")
I("UDHR", "Universal Declaration of Human Rights", "UDHR", "declaration", "1948-12-10", "UNGA")
I("ICCPR", "International Covenant on Civil and Political Rights", "ICCPR", "treaty", "1966-12-16", "UNGA")
I("ICESCR", "International Covenant on Economic, Social and Cultural Rights", "ICESCR", "treaty", "1966-12-16", "UNGA")
I("CRC", "Convention on the Rights of the Child", "UN Convention on the Rights of the Child;UNCRC", "treaty", "1989-11-20", "UNGA")
I("unga-res-68-167", "UNGA resolution 68/167 on the right to privacy in the digital age",
  "resolution 68/167;A/RES/68/167;The right to privacy in the digital age;right to privacy in the digital age resolution",
  "resolution", "2013-12-18", "UNGA")
I("hrc-res-20-8", "HRC resolution 20/8 on human rights on the Internet",
  "resolution 20/8;A/HRC/RES/20/8;The promotion, protection and enjoyment of human rights on the Internet",
  "resolution", "2012-07-05", "HRC")
I("SDGs", "Sustainable Development Goals", "SDGs;SDG;2030 Agenda for Sustainable Development;2030 Agenda;Agenda 2030", "framework", "2015-09-25", "UNGA")
I("GDC", "Global Digital Compact", "GDC;UN Global Digital Compact", "declaration", "2024-09-22", "UNGA")
I("pact-for-the-future", "Pact for the Future", "", "declaration", "2024-09-22", "UNGA")
I("un-cybercrime-convention", "United Nations Convention against Cybercrime",
  "UN Convention against Cybercrime;UN Cybercrime Convention;UN cybercrime treaty;United Nations Cybercrime Convention;Hanoi Convention;"
  "Convention against Cybercrime", "treaty", "2024-12-24", "UNGA")
I("un-cyber-norms", "UN framework of responsible State behaviour in cyberspace",
  "framework of responsible State behaviour;framework for responsible State behaviour;norms of responsible State behaviour;"
  "norms of responsible state behavior;11 voluntary norms;eleven norms;UN cyber norms;GGE norms;2015 GGE report", "framework", "2015-07-22", "UN GGE")
I("unesco-ai-ethics", "UNESCO Recommendation on the Ethics of Artificial Intelligence",
  "Recommendation on the Ethics of Artificial Intelligence;Recommendation on the Ethics of AI", "recommendation", "2021-11-23", "UNESCO")
I("connect-2030", "Connect 2030 Agenda", "Connect 2030;Connect 2020 Agenda;Connect 2020", "framework", "2014-11-07", "PP")

# Council of Europe, regional
# Treaties and agreements that UN debates and Security Council records invoke.
I("paris-agreement", "Paris Agreement",
  "Paris Climate Agreement;Paris climate agreement;Paris climate accord;"
  "Paris Climate Accord;Paris Accord", "treaty", "2015-12-12", "UNFCCC")
I("kyoto-protocol", "Kyoto Protocol", "Kyoto Protocol to the United Nations Framework Convention on Climate Change",
  "treaty", "1997-12-11", "UNFCCC")
I("budapest-memorandum", "Budapest Memorandum on Security Assurances",
  "Budapest Memorandum;Budapest Memorandum of 1994;Budapest Memorandum on Security Assurances of 1994",
  "agreement", "1994-12-05")
I("minsk-agreements", "Minsk agreements",
  "Minsk Agreements;Minsk agreement;Minsk Agreement;Minsk accords;Minsk Protocol;Minsk II;"
  "Package of Measures for the Implementation of the Minsk Agreements", "agreement", "2014-09-05")
I("helsinki-final-act", "Helsinki Final Act",
  "Final Act of the Conference on Security and Co-operation in Europe;Helsinki Accords", "agreement",
  "1975-08-01", "OSCE")
I("geneva-conventions", "Geneva Conventions",
  "Geneva Conventions of 1949;Fourth Geneva Convention;Geneva Conventions and their Additional Protocols",
  "treaty", "1949-08-12")
I("rome-statute", "Rome Statute of the International Criminal Court", "Rome Statute", "treaty", "1998-07-17",
  "International Criminal Court")
I("npt", "Treaty on the Non-Proliferation of Nuclear Weapons",
  "NPT;Non-Proliferation Treaty;Nuclear Non-Proliferation Treaty;Treaty on the Non-Proliferation of Nuclear Weapons (NPT)",
  "treaty", "1968-07-01")
I("ctbt", "Comprehensive Nuclear-Test-Ban Treaty",
  "CTBT;Comprehensive Nuclear Test Ban Treaty;Comprehensive Test Ban Treaty;Comprehensive Test-Ban Treaty",
  "treaty", "1996-09-10")
I("tpnw", "Treaty on the Prohibition of Nuclear Weapons", "TPNW;Nuclear Weapon Ban Treaty", "treaty", "2017-07-07")
I("cwc", "Chemical Weapons Convention",
  "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons "
  "and on their Destruction;CWC", "treaty", "1993-01-13", "OPCW")
I("bwc", "Biological Weapons Convention", "Biological and Toxin Weapons Convention;BWC", "treaty", "1972-04-10")
I("jcpoa", "Joint Comprehensive Plan of Action", "JCPOA;Iran nuclear deal;Iran nuclear agreement", "agreement",
  "2015-07-14")
I("arms-trade-treaty", "Arms Trade Treaty", "", "treaty", "2013-04-02")
I("ottawa-treaty", "Anti-Personnel Mine Ban Convention",
  "Ottawa Treaty;Ottawa Convention;Mine Ban Treaty;Convention on the Prohibition of the Use, Stockpiling, "
  "Production and Transfer of Anti-Personnel Mines and on their Destruction", "treaty", "1997-09-18")
I("vcdr", "Vienna Convention on Diplomatic Relations", "", "treaty", "1961-04-18")
I("refugee-convention", "Convention relating to the Status of Refugees",
  "1951 Refugee Convention;Refugee Convention;1951 Convention relating to the Status of Refugees", "treaty",
  "1951-07-28")
I("genocide-convention", "Convention on the Prevention and Punishment of the Crime of Genocide",
  "Genocide Convention", "treaty", "1948-12-09", "UNGA")
I("cedaw", "Convention on the Elimination of All Forms of Discrimination against Women", "CEDAW", "treaty",
  "1979-12-18", "UNGA")
I("oslo-accords", "Oslo Accords", "Oslo Accord;Oslo Agreements;Oslo agreements", "agreement", "1993-09-13")
I("dayton-agreement", "General Framework Agreement for Peace in Bosnia and Herzegovina",
  "Dayton Agreement;Dayton Peace Agreement;Dayton Accords;Dayton Peace Accords", "agreement", "1995-12-14")
I("sendai-framework", "Sendai Framework for Disaster Risk Reduction 2015-2030",
  "Sendai Framework;Sendai Framework for Disaster Risk Reduction", "framework", "2015-03-18", "UNGA")
I("addis-ababa-action-agenda", "Addis Ababa Action Agenda", "", "declaration", "2015-07-16", "UNGA")
I("global-compact-migration", "Global Compact for Safe, Orderly and Regular Migration",
  "Global Compact for Migration;Global Compact on Migration", "declaration", "2018-12-19", "UNGA")
I("global-compact-refugees", "Global Compact on Refugees", "", "declaration", "2018-12-17", "UNGA")
I("beijing-platform", "Beijing Declaration and Platform for Action",
  "Beijing Platform for Action;Beijing Declaration", "declaration", "1995-09-15")
I("budapest-convention", "Convention on Cybercrime",
  "Budapest Convention;Council of Europe Convention on Cybercrime;Budapest Convention on Cybercrime;CETS No. 185;ETS No. 185;ETS 185;CETS 185",
  "treaty", "2001-11-23", "Council of Europe")
I("convention-108", "Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data",
  "Convention 108;Convention 108+;Convention No. 108;CETS No. 108", "treaty", "1981-01-28", "Council of Europe")
I("coe-ai-convention", "Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
  "Framework Convention on Artificial Intelligence;Framework Convention on AI;Council of Europe Framework Convention on AI;"
  "Council of Europe AI Convention;CoE AI Convention;Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law",
  "treaty", "2024-09-05", "Council of Europe")
I("ECHR", "European Convention on Human Rights", "ECHR;Convention for the Protection of Human Rights and Fundamental Freedoms", "treaty", "1950-11-04", "Council of Europe")
I("malabo-convention", "African Union Convention on Cyber Security and Personal Data Protection",
  "Malabo Convention;AU Convention on Cyber Security and Personal Data Protection", "treaty", "2014-06-27", "AU")
I("sco-code-of-conduct", "International Code of Conduct for Information Security",
  "International Code of Conduct for Information Security;Code of Conduct for Information Security", "proposal", "2011-09-12", "SCO")
I("wassenaar-arrangement", "Wassenaar Arrangement", "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies", "agreement", "1996-07-12")

# EU law
I("GDPR", "General Data Protection Regulation", "GDPR;EU General Data Protection Regulation;Regulation (EU) 2016/679", "regulation", "2016-04-27", "EU")
I("data-protection-directive", "Data Protection Directive", "Directive 95/46/EC;EU Data Protection Directive", "directive", "1995-10-24", "EU")
I("eprivacy-directive", "ePrivacy Directive", "e-Privacy Directive;Directive 2002/58/EC;ePrivacy Regulation", "directive", "2002-07-12", "EU")
I("DSA", "Digital Services Act", "DSA;EU Digital Services Act;Regulation (EU) 2022/2065", "regulation", "2022-10-19", "EU")
I("digital-markets-act", "Digital Markets Act", "DMA;EU Digital Markets Act;Regulation (EU) 2022/1925", "regulation", "2022-09-14", "EU")
I("NIS2", "NIS 2 Directive", "NIS2;NIS 2;NIS2 Directive;Directive (EU) 2022/2555", "directive", "2022-12-14", "EU")
I("NIS", "NIS Directive", "Directive on security of network and information systems;Directive (EU) 2016/1148", "directive", "2016-07-06", "EU", )
I("eu-ai-act", "EU Artificial Intelligence Act", "AI Act;EU AI Act;Artificial Intelligence Act;Regulation (EU) 2024/1689", "regulation", "2024-06-13", "EU")
I("CRA", "Cyber Resilience Act", "EU Cyber Resilience Act", "regulation", "2024-10-23", "EU")
I("data-act", "EU Data Act", "Data Act;Regulation (EU) 2023/2854", "regulation", "2023-12-13", "EU")
I("data-governance-act", "Data Governance Act", "EU Data Governance Act;DGA", "regulation", "2022-05-30", "EU")
I("EECC", "European Electronic Communications Code", "EECC;Directive (EU) 2018/1972", "directive", "2018-12-11", "EU")
I("open-internet-regulation", "EU Open Internet Regulation", "Open Internet Regulation;Regulation (EU) 2015/2120;TSM Regulation", "regulation", "2015-11-25", "EU")
I("safe-harbor", "EU-US Safe Harbor Framework", ["Safe Harbor agreement;Safe Harbor Framework;Safe Harbour agreement;Safe Harbor decision;EU-US Safe Harbor;US-EU Safe Harbor", {"text": "Safe Harbor", "case": "sensitive", "weak": True, "not_next": ["provision", "provisions", "protection", "protections", "rules", "rule", "regime"]}, {"text": "Safe Harbour", "case": "sensitive", "weak": True, "not_next": ["provision", "provisions", "protection", "protections", "rules", "rule", "regime"]}], "agreement", "2000-07-26", "EU")
I("privacy-shield", "EU-US Privacy Shield", "Privacy Shield;EU-U.S. Privacy Shield", "agreement", "2016-07-12", "EU")
I("dpf", "EU-US Data Privacy Framework", "Data Privacy Framework;EU-U.S. Data Privacy Framework;Trans-Atlantic Data Privacy Framework", "agreement", "2023-07-10", "EU")
I("schrems-ii", "Schrems II judgment", "Schrems II;Schrems II decision;Case C-311/18", "judgment", "2020-07-16", "CJEU")
I("schrems-i", "Schrems I judgment", "Schrems I;Case C-362/14", "judgment", "2015-10-06", "CJEU")

# National law
I("section-230", "Section 230 of the Communications Decency Act", "Section 230;CDA 230;Section 230 of the CDA", "law", "1996-02-08", "")
I("cloud-act", "CLOUD Act", "Clarifying Lawful Overseas Use of Data Act;US CLOUD Act;Cloud Act", "law", "2018-03-23", "")
I("fisa-702", "Section 702 of the Foreign Intelligence Surveillance Act", "FISA Section 702;Section 702;FISA 702", "law", "2008-07-10", "")
I("uk-online-safety-act", "Online Safety Act 2023 (UK)", ["Online Safety Act 2023;UK Online Safety Act", {"text": "Online Safety Act", "weak": True}], "law", "2023-10-26", "")
I("au-online-safety-act", "Online Safety Act 2021 (Australia)", "Online Safety Act 2021;Australian Online Safety Act", "law", "2021-06-23", "")
I("au-news-bargaining-code", "News Media Bargaining Code", "News Media and Digital Platforms Mandatory Bargaining Code;news bargaining code", "law", "2021-02-25", "")
I("russia-sovereign-internet-law", "Russian Sovereign Internet Law", "sovereign Internet law;Sovereign Internet Law;Russia's sovereign Internet law;RuNet law", "law", "2019-05-01", "")
I("yarovaya-law", "Yarovaya law", "Yarovaya laws;Yarovaya package", "law", "2016-07-07", "")
I("china-cybersecurity-law", "Cybersecurity Law of the People's Republic of China", "China's Cybersecurity Law;Chinese Cybersecurity Law;PRC Cybersecurity Law", "law", "2016-11-07", "")
I("china-data-security-law", "Data Security Law of the People's Republic of China", "China's Data Security Law;Chinese Data Security Law", "law", "2021-06-10", "")
I("PIPL", "Personal Information Protection Law", "PIPL;Personal Information Protection Law of the People's Republic of China", "law", "2021-08-20", "")
I("india-it-rules-2021", "Information Technology (Intermediary Guidelines and Digital Media Ethics Code) Rules, 2021", "IT Rules 2021;IT Rules, 2021;Intermediary Guidelines and Digital Media Ethics Code", "law", "2021-02-25", "")
I("india-dpdp-act", "Digital Personal Data Protection Act, 2023", "DPDP Act;Digital Personal Data Protection Act;DPDPA", "law", "2023-08-11", "")
I("marco-civil", "Marco Civil da Internet", "Marco Civil;Brazilian Internet Bill of Rights;Brazil's Internet Bill of Rights;Internet Civil Framework", "law", "2014-04-23", "")
I("LGPD", "Lei Geral de Protecao de Dados", "LGPD;Lei Geral de Proteção de Dados;Brazilian General Data Protection Law", "law", "2018-08-14", "")

# Internet governance agreements and statements
I("netmundial-statement", "NETmundial Multistakeholder Statement",
  "NETmundial Multistakeholder Statement;NETmundial statement;NETmundial Statement;NETmundial principles;NETmundial Principles;"
  "Sao Paulo Multistakeholder Statement;São Paulo Multistakeholder Statement;NETmundial outcome document", "declaration", "2014-04-24", "netmundial-2014")
I("sao-paulo-guidelines", "NETmundial+10 Sao Paulo Multistakeholder Guidelines",
  "Sao Paulo Multistakeholder Guidelines;São Paulo Multistakeholder Guidelines", "declaration", "2024-04-30", "netmundial-10")
I("DFI", "Declaration for the Future of the Internet", "DFI", "declaration", "2022-04-28")
I("affirmation-of-commitments", "Affirmation of Commitments", "=AoC;Affirmation of Commitments between ICANN and the US Department of Commerce", "agreement", "2009-09-30", "ICANN")
I("iana-functions-contract", "IANA functions contract", "IANA contract;IANA Functions Contract;IANA functions agreement;contract for the IANA functions", "agreement", "", "NTIA")
I("JPA", "Joint Project Agreement", "JPA;ICANN Joint Project Agreement", "agreement", "2006-09-29", "ICANN")
I("dns-white-paper", "Management of Internet Names and Addresses (White Paper)", "DNS White Paper;1998 White Paper;Statement of Policy on the Management of Internet Names and Addresses", "policy", "1998-06-05", "NTIA")
I("montevideo-statement", "Montevideo Statement on the Future of Internet Cooperation", "Montevideo Statement", "declaration", "2013-10-07")
I("icann-bylaws", "ICANN Bylaws", "Bylaws of ICANN;ICANN's Bylaws", "bylaws", "", "ICANN")
I("paris-call", "Paris Call for Trust and Security in Cyberspace", "Paris Call;Paris Call for Trust and Security", "declaration", "2018-11-12")
I("christchurch-call", "Christchurch Call", "Christchurch Call to Action;Christchurch Call to Eliminate Terrorist and Violent Extremist Content Online", "declaration", "2019-05-15")
I("tallinn-manual", "Tallinn Manual", "Tallinn Manual 2.0;Tallinn Manual on the International Law Applicable to Cyber Operations", "manual", "2013-03-01", "CCDCOE")
I("contract-for-the-web", "Contract for the Web", "", "declaration", "2019-11-25")
I("oecd-internet-policy-principles", "OECD Council Recommendation on Principles for Internet Policy Making",
  "OECD Principles for Internet Policy Making;Principles for Internet Policy Making;OECD Internet Policy Making Principles;Communique on Principles for Internet Policy-Making",
  "recommendation", "2011-12-13", "OECD")
I("oecd-ai-principles", "OECD AI Principles", "OECD Recommendation on Artificial Intelligence;OECD Principles on Artificial Intelligence", "recommendation", "2019-05-22", "OECD")
I("oecd-privacy-guidelines", "OECD Privacy Guidelines", "OECD Guidelines on the Protection of Privacy and Transborder Flows of Personal Data", "recommendation", "1980-09-23", "OECD")
I("bletchley-declaration", "Bletchley Declaration", "", "declaration", "2023-11-01", "ai-safety-summit-2023")
I("patriot-act", "USA PATRIOT Act", "Patriot Act;USA Patriot Act;PATRIOT Act", "law", "2001-10-26")
I("SOPA", "Stop Online Piracy Act", "SOPA", "bill", "2011-10-26")
I("PIPA", "PROTECT IP Act", "PIPA;Protect IP Act;PROTECT IP", "bill", "2011-05-12")
I("ACTA", "Anti-Counterfeiting Trade Agreement", "ACTA", "treaty", "2011-10-01")
I("investigatory-powers-act", "Investigatory Powers Act 2016", "Investigatory Powers Act;Snoopers' Charter;Snoopers Charter", "law", "2016-11-29")
I("NetzDG", "Network Enforcement Act", "NetzDG;Netzwerkdurchsetzungsgesetz;German Network Enforcement Act", "law", "2017-09-01")
I("copyright-directive", "Directive on Copyright in the Digital Single Market", "Copyright Directive;EU Copyright Directive;Directive (EU) 2019/790;DSM Directive", "directive", "2019-04-17", "EU")
I("CDA", "Communications Decency Act", "CDA;Communications Decency Act of 1996", "law", "1996-02-08")
I("telecom-act-1996", "Telecommunications Act of 1996", "Telecommunications Act of 1996;1996 Telecommunications Act;Telecom Act of 1996", "law", "1996-02-08")
I("COPPA", "Children's Online Privacy Protection Act", "COPPA", "law", "1998-10-21")
I("KOSA", "Kids Online Safety Act", "KOSA", "bill", "2022-02-16")
I("CCPA", "California Consumer Privacy Act", "CCPA", "law", "2018-06-28")
I("manila-principles", "Manila Principles on Intermediary Liability", "Manila Principles", "principles", "2015-03-24")
I("necessary-and-proportionate", "International Principles on the Application of Human Rights to Communications Surveillance",
  "Necessary and Proportionate Principles;Necessary and Proportionate principles", "principles", "2013-07-10")
I("santa-clara-principles", "Santa Clara Principles on Transparency and Accountability in Content Moderation", "Santa Clara Principles", "principles", "2018-05-07")
I("apec-cbpr", "APEC Cross-Border Privacy Rules", "Cross-Border Privacy Rules;CBPR;APEC CBPR", "framework", "2011-11-13", "APEC")
I("eu-charter", "Charter of Fundamental Rights of the European Union", "EU Charter of Fundamental Rights;Charter of Fundamental Rights", "treaty", "2000-12-07", "EU")
I("wipo-copyright-treaty", "WIPO Copyright Treaty", "WCT", "treaty", "1996-12-20", "WIPO")
I("TRIPS", "Agreement on Trade-Related Aspects of Intellectual Property Rights", "TRIPS;TRIPS Agreement", "treaty", "1994-04-15", "WTO")
I("GATS", "General Agreement on Trade in Services", "GATS", "treaty", "1994-04-15", "WTO")
I("wto-ita", "Information Technology Agreement", "WTO Information Technology Agreement", "treaty", "1996-12-13", "WTO")
I("MDGs", "Millennium Development Goals", "MDGs;MDG;Millennium Development Goal", "framework", "2000-09-08", "UNGA")
I("UNCLOS", "United Nations Convention on the Law of the Sea", "UNCLOS;Law of the Sea Convention;UN Convention on the Law of the Sea", "treaty", "1982-12-10", "UN")
