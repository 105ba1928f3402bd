"""People: public office holders and well-known figures, with their main role,
the body (or government) it links to, and the term of that role."""
from common import entry

SRC = "curated (public roles and terms of office are facts)"
E = []


def P(id, name, al, role, org, frm="", to="", sur="", **kw):
    """sur: distinctive surname(s) added as weak aliases (never common words)."""
    al = [al] if isinstance(al, str) else list(al)
    for s in [x for x in sur.split(";") if x]:
        al.append({"text": s, "weak": True, "case": "sensitive"})
    valid = {}
    if frm:
        valid["from"] = frm
    if to:
        valid["to"] = to
    E.append(entry(id, name, al, SRC, type="person", role=role, org=org, valid=valid or None, **kw))


# ITU
P("pekka-tarjanne", "Pekka Tarjanne", "", "Secretary-General", "ITU", "1989-11-01", "1999-01-31", "Tarjanne")
P("yoshio-utsumi", "Yoshio Utsumi", "Mr. Utsumi;Mr Utsumi", "Secretary-General", "ITU", "1999-02-01", "2006-12-31", "Utsumi")
P("hamadoun-toure", "Hamadoun Touré",
  "Hamadoun Toure;Hamadoun I. Touré;Hamadoun I. Toure;Dr. Touré;Dr Touré;Dr. Toure;Dr Toure;Dr. Hamadoun Touré;"
  "Secretary-General Touré;Secretary-General Toure;Mr. Touré;Mr Toure;哈玛敦·图雷;哈玛敦图雷;Хамадун Туре",
  "Secretary-General", "ITU", "2007-01-01", "2014-12-31", "Touré;Toure")
P("houlin-zhao", "Houlin Zhao", "Zhao Houlin;Mr. Zhao;Mr Zhao;Secretary-General Zhao;Dr. Houlin Zhao;赵厚麟;Хоулинь Чжао",
  "Secretary-General", "ITU", "2015-01-01", "2022-12-31")
P("doreen-bogdan-martin", "Doreen Bogdan-Martin", "Doreen Bogdan Martin;Ms. Bogdan-Martin;Ms Bogdan-Martin;Secretary-General Bogdan-Martin",
  "Secretary-General", "ITU", "2023-01-01", "", "Bogdan-Martin")
P("malcolm-johnson", "Malcolm Johnson", "", "Deputy Secretary-General", "ITU", "2015-01-01", "2022-12-31")
P("chaesub-lee", "Chaesub Lee", "", "Director", "TSB", "2015-01-01", "2022-12-31")
P("seizo-onoe", "Seizo Onoe", "", "Director", "TSB", "2023-01-01", "", "Onoe")
P("brahima-sanou", "Brahima Sanou", "", "Director", "BDT", "2011-01-01", "2018-12-31", "Sanou")
P("cosmas-zavazava", "Cosmas Luckyson Zavazava", "Cosmas Zavazava", "Director", "BDT", "2023-01-01", "", "Zavazava")
P("francois-rancy", "François Rancy", "Francois Rancy", "Director", "BR", "2011-01-01", "2018-12-31", "Rancy")
P("mario-maniewicz", "Mario Maniewicz", "", "Director", "BR", "2019-01-01", "", "Maniewicz")
P("tomas-lamanauskas", "Tomas Lamanauskas", "", "Deputy Secretary-General", "ITU", "2023-01-01", "", "Lamanauskas")
P("rashid-ismailov", "Rashid Ismailov", "", "candidate for ITU Secretary-General; former Deputy Minister of Communications", "RUS", "", "2022-09-29", "Ismailov")
P("mohamed-al-ghanim", "Mohamed Nasser Al Ghanim", "Mohamed Al Ghanim;Mohammed Al Ghanim;Mohamed Nasser Al-Ghanim;Mohamed Al-Ghanim",
  "Chairman of WCIT-12", "WCIT-12", "2012-12-03", "2012-12-14")

# UN
P("kofi-annan", "Kofi Annan", "Kofi A. Annan", "Secretary-General", "UN", "1997-01-01", "2006-12-31", "Annan")
P("ban-ki-moon", "Ban Ki-moon", "Ban Ki-Moon;Ban Ki moon;Secretary-General Ban;Mr. Ban", "Secretary-General", "UN", "2007-01-01", "2016-12-31")
P("antonio-guterres", "António Guterres", "Antonio Guterres;Secretary-General Guterres", "Secretary-General", "UN", "2017-01-01", "", "Guterres")
P("amandeep-singh-gill", "Amandeep Singh Gill", "Amandeep Gill", "Envoy on Technology", "UN Tech Envoy", "2022-06-01")
P("fabrizio-hochschild", "Fabrizio Hochschild Drummond", "Fabrizio Hochschild", "Under-Secretary-General and Special Adviser on digital cooperation", "UN", "2019-01-01", "2021-12-31", "Hochschild")
P("frank-la-rue", "Frank La Rue", "", "Special Rapporteur on freedom of expression", "UN Special Rapporteur on FoE", "2008-08-01", "2014-07-31")
P("david-kaye", "David Kaye", "", "Special Rapporteur on freedom of expression", "UN Special Rapporteur on FoE", "2014-08-01", "2020-07-31")
P("irene-khan", "Irene Khan", "", "Special Rapporteur on freedom of expression", "UN Special Rapporteur on FoE", "2020-08-01")
P("joseph-cannataci", "Joseph Cannataci", "Joe Cannataci", "Special Rapporteur on the right to privacy", "UN Special Rapporteur on privacy", "2015-08-01", "2021-07-31", "Cannataci")
P("navi-pillay", "Navi Pillay", "Navanethem Pillay", "High Commissioner for Human Rights", "OHCHR", "2008-09-01", "2014-08-31")
P("michelle-bachelet", "Michelle Bachelet", "", "High Commissioner for Human Rights", "OHCHR", "2018-09-01", "2022-08-31", "Bachelet")
P("volker-turk", "Volker Türk", "Volker Turk", "High Commissioner for Human Rights", "OHCHR", "2022-10-17")
P("audrey-azoulay", "Audrey Azoulay", "", "Director-General", "UNESCO", "2017-11-15", "2025-11-14", "Azoulay")
P("li-junhua", "Li Junhua", "", "Under-Secretary-General for Economic and Social Affairs", "UN DESA", "2022-07-01")
P("wu-hongbo", "Wu Hongbo", "", "Under-Secretary-General for Economic and Social Affairs", "UN DESA", "2012-07-01", "2017-07-31")

# IGF, WGIG
P("nitin-desai", "Nitin Desai", "", "Chair of the WGIG and of the IGF Advisory Group", "WGIG", "2004-11-11", "2010-12-31")
P("markus-kummer", "Markus Kummer", "", "Executive Coordinator of the IGF Secretariat", "IGF Secretariat", "2006-01-01", "2010-12-31")
P("chengetai-masango", "Chengetai Masango", "", "Head of the IGF Secretariat", "IGF Secretariat", "2011-01-01", "", "Masango")
P("janis-karklins", "Janis Karklins", "Jānis Kārkliņš", "Chair of the MAG", "MAG", "", "", "Karklins")
P("lynn-st-amour", "Lynn St. Amour", "Lynn St Amour;Lynn St.Amour", "Chair of the MAG; former President and CEO of the Internet Society", "MAG", "2016-01-01", "2019-12-31")
P("anriette-esterhuysen", "Anriette Esterhuysen", "", "Chair of the MAG", "MAG", "2020-01-01", "2021-12-31", "Esterhuysen")
P("paul-mitchell", "Paul Mitchell", "", "Chair of the MAG", "MAG", "2022-01-01", "2023-12-31")
P("carol-roach", "Carol Roach", "", "Chair of the MAG", "MAG", "2024-01-01")
P("vint-cerf", "Vint Cerf", "Vinton Cerf;Vinton G. Cerf;Dr. Cerf;Dr Cerf;father of the Internet;Vint Cerf, Google's Chief Internet Evangelist",
  "Chair of the IGF Leadership Panel; former Chairman of the ICANN Board", "IGF Leadership Panel", "2022-08-01", "", "Cerf")
P("maria-ressa", "Maria Ressa", "", "Vice-Chair of the IGF Leadership Panel", "IGF Leadership Panel", "2022-08-01")

# ICANN and IANA
P("jon-postel", "Jon Postel", "Jonathan Postel;Jonathan B. Postel", "IANA operator", "IANA", "1988-01-01", "1998-10-16", "Postel")
P("esther-dyson", "Esther Dyson", "", "Chair of the Board", "ICANN Board", "1998-10-01", "2000-11-16")
P("mike-roberts", "Mike Roberts", "Michael M. Roberts", "President and CEO", "ICANN", "1998-10-01", "2001-03-01")
P("stuart-lynn", "Stuart Lynn", "M. Stuart Lynn", "President and CEO", "ICANN", "2001-03-01", "2003-03-27")
P("paul-twomey", "Paul Twomey", "Dr. Paul Twomey", "President and CEO", "ICANN", "2003-03-27", "2009-07-01", "Twomey")
P("rod-beckstrom", "Rod Beckstrom", "Rod A. Beckstrom;Rodney Beckstrom", "President and CEO", "ICANN", "2009-07-01", "2012-07-01", "Beckstrom")
P("fadi-chehade", "Fadi Chehadé", "Fadi Chehade;Mr. Chehadé;Mr Chehade", "President and CEO", "ICANN", "2012-09-14", "2016-03-15", "Chehadé;Chehade")
P("goran-marby", "Göran Marby", "Goran Marby", "President and CEO", "ICANN", "2016-05-23", "2022-12-31", "Marby")
P("sally-costerton", "Sally Costerton", "", "Interim President and CEO", "ICANN", "2023-01-01", "2024-12-05", "Costerton")
P("kurt-lindqvist", "Kurt Erik Lindqvist", "Kurt Lindqvist", "President and CEO", "ICANN", "2024-12-05", "", "Lindqvist")
P("peter-dengate-thrush", "Peter Dengate Thrush", "", "Chair of the Board", "ICANN Board", "2007-11-02", "2011-06-24")
P("steve-crocker", "Steve Crocker", "Stephen Crocker;Stephen D. Crocker;Dr. Steve Crocker", "Chair of the Board", "ICANN Board", "2011-06-24", "2017-11-03")
P("cherine-chalaby", "Cherine Chalaby", "", "Chair of the Board", "ICANN Board", "2017-11-03", "2019-11-07", "Chalaby")
P("maarten-botterman", "Maarten Botterman", "", "Chair of the Board", "ICANN Board", "2019-11-07", "2023-10-26", "Botterman")
P("tripti-sinha", "Tripti Sinha", "", "Chair of the Board", "ICANN Board", "2023-10-26")
P("heather-dryden", "Heather Dryden", "", "Chair of the GAC", "GAC", "2010-03-01", "2014-10-16", "Dryden")
P("thomas-schneider", "Thomas Schneider", "", "Chair of the GAC", "GAC", "2014-10-16", "2017-11-03")
P("manal-ismail", "Manal Ismail", "", "Chair of the GAC", "GAC", "2017-11-03", "2022-03-24")
P("nicolas-caballero", "Nicolas Caballero", "", "Chair of the GAC", "GAC", "2022-03-24")

# US government
P("larry-strickling", "Lawrence E. Strickling", "Larry Strickling;Lawrence Strickling;Assistant Secretary Strickling;Mr. Strickling",
  "Assistant Secretary for Communications and Information", "NTIA", "2009-06-29", "2017-01-20", "Strickling")
P("david-redl", "David Redl", "", "Assistant Secretary for Communications and Information", "NTIA", "2017-11-21", "2019-05-31", "Redl")
P("alan-davidson", "Alan Davidson", "", "Assistant Secretary for Communications and Information", "NTIA", "2022-01-14", "2025-01-20")
P("arielle-roth", "Arielle Roth", "", "Assistant Secretary for Communications and Information", "NTIA", "2025-07-01")
P("fiona-alexander", "Fiona Alexander", "", "Associate Administrator for International Affairs", "NTIA", "2007-01-01", "2020-12-31")
P("terry-kramer", "Terry Kramer", "Ambassador Terry Kramer;Ambassador Kramer;Terrence Kramer", "Head of the US delegation to WCIT-12", "USA", "2012-06-01", "2012-12-31")
P("philip-verveer", "Philip Verveer", "Phil Verveer;Ambassador Verveer", "US Coordinator for International Communications and Information Policy", "US State Department", "2009-05-01", "2012-12-31", "Verveer")
P("daniel-sepulveda", "Daniel Sepulveda", "Ambassador Sepulveda;Danny Sepulveda", "US Coordinator for International Communications and Information Policy", "US State Department", "2013-12-01", "2017-01-20")
P("david-gross", "David A. Gross", "Ambassador David Gross", "US Coordinator for International Communications and Information Policy", "US State Department", "2001-08-01", "2009-01-20")
P("christopher-painter", "Christopher Painter", "Chris Painter", "Coordinator for Cyber Issues", "US State Department", "2011-01-01", "2017-07-31")
P("julius-genachowski", "Julius Genachowski", "", "Chairman", "FCC", "2009-06-29", "2013-05-17", "Genachowski")
P("tom-wheeler", "Tom Wheeler", "Thomas Wheeler", "Chairman", "FCC", "2013-11-04", "2017-01-20")
P("ajit-pai", "Ajit Pai", "", "Chairman", "FCC", "2017-01-23", "2021-01-20")
P("robert-mcdowell", "Robert McDowell", "Commissioner McDowell", "Commissioner", "FCC", "2006-06-01", "2013-05-17", "McDowell")
P("hillary-clinton", "Hillary Clinton", "Hillary Rodham Clinton;Secretary Clinton;Secretary of State Clinton", "Secretary of State", "US State Department", "2009-01-21", "2013-02-01")
P("john-kerry", "John Kerry", "Secretary Kerry", "Secretary of State", "US State Department", "2013-02-01", "2017-01-20")
P("edward-snowden", "Edward Snowden", "Ed Snowden", "former NSA contractor and whistleblower", "NSA", "", "2013-06-10", "Snowden")

# Heads of state and government, ministers
P("barack-obama", "Barack Obama", "President Obama;Barack H. Obama", "President", "USA", "2009-01-20", "2017-01-20", "Obama")
P("joe-biden", "Joe Biden", "Joseph R. Biden;Joseph Biden;President Biden", "President", "USA", "2021-01-20", "2025-01-20", "Biden")
P("donald-trump", "Donald Trump", "Donald J. Trump;President Trump", "President", "USA", "2017-01-20", "", "Trump")
P("vladimir-putin", "Vladimir Putin", "Vladimir V. Putin;President Putin;Prime Minister Putin", "President", "RUS", "2000-05-07", "", "Putin")
P("dmitry-medvedev", "Dmitry Medvedev", "Dmitri Medvedev;President Medvedev", "President", "RUS", "2008-05-07", "2012-05-07", "Medvedev")
P("sergey-lavrov", "Sergey Lavrov", "Sergei Lavrov", "Minister of Foreign Affairs", "RUS", "2004-03-09", "", "Lavrov")
P("nikolai-nikiforov", "Nikolai Nikiforov", "Nikolay Nikiforov", "Minister of Communications and Mass Media", "RUS", "2012-05-21", "2018-05-18", "Nikiforov")
P("xi-jinping", "Xi Jinping", "President Xi;President Xi Jinping", "President", "CHN", "2013-03-14")
P("hu-jintao", "Hu Jintao", "President Hu", "President", "CHN", "2003-03-15", "2013-03-14")
P("lu-wei", "Lu Wei", "", "Director of the Cyberspace Administration of China", "CAC", "2014-01-01", "2016-06-29")
P("dilma-rousseff", "Dilma Rousseff", ["President Rousseff;President Dilma", {"text": "Dilma", "weak": True, "case": "sensitive"}], "President", "BRA", "2011-01-01", "2016-08-31", "Rousseff")
P("lula", "Luiz Inácio Lula da Silva", ["Luiz Inacio Lula da Silva;Lula da Silva;President Lula", {"text": "Lula", "weak": True, "case": "sensitive"}], "President", "BRA", "2023-01-01")
P("virgilio-almeida", "Virgilio Almeida", "Virgílio Almeida;Virgilio A. F. Almeida", "Chair of NETmundial; Secretary for IT Policy, Brazil", "CGI.br", "2011-01-01", "2015-12-31")
P("demi-getschko", "Demi Getschko", "", "Director-President", "NIC.br", "", "", "Getschko")
P("narendra-modi", "Narendra Modi", "Prime Minister Modi;PM Modi", "Prime Minister", "IND", "2014-05-26", "", "Modi")
P("manmohan-singh", "Manmohan Singh", "Dr. Manmohan Singh", "Prime Minister", "IND", "2004-05-22", "2014-05-26")
P("kapil-sibal", "Kapil Sibal", "", "Minister of Communications and IT", "IND", "2010-11-14", "2014-05-26", "Sibal")
P("angela-merkel", "Angela Merkel", "Chancellor Merkel", "Chancellor", "DEU", "2005-11-22", "2021-12-08", "Merkel")
P("emmanuel-macron", "Emmanuel Macron", "President Macron", "President", "FRA", "2017-05-14", "", "Macron")
P("francois-hollande", "François Hollande", "Francois Hollande;President Hollande", "President", "FRA", "2012-05-15", "2017-05-14")
P("nicolas-sarkozy", "Nicolas Sarkozy", "President Sarkozy", "President", "FRA", "2007-05-16", "2012-05-15", "Sarkozy")
P("david-cameron", "David Cameron", "Prime Minister Cameron", "Prime Minister", "GBR", "2010-05-11", "2016-07-13")
P("jacinda-ardern", "Jacinda Ardern", "Prime Minister Ardern", "Prime Minister", "NZL", "2017-10-26", "2023-01-25", "Ardern")
P("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan;President Erdogan;President Erdoğan", "President", "TUR", "2014-08-28", "", "Erdoğan;Erdogan")

# EU
P("neelie-kroes", "Neelie Kroes", "Commissioner Kroes", "European Commissioner for the Digital Agenda", "European Commission", "2010-02-10", "2014-11-01", "Kroes")
P("viviane-reding", "Viviane Reding", "Commissioner Reding", "European Commissioner for Information Society and Media", "European Commission", "2004-11-22", "2010-02-09", "Reding")
P("gunther-oettinger", "Günther Oettinger", "Guenther Oettinger;Gunther Oettinger;Commissioner Oettinger", "European Commissioner for Digital Economy and Society", "European Commission", "2014-11-01", "2016-12-31", "Oettinger")
P("andrus-ansip", "Andrus Ansip", "Vice-President Ansip", "Vice-President for the Digital Single Market", "European Commission", "2014-11-01", "2019-07-01", "Ansip")
P("margrethe-vestager", "Margrethe Vestager", "Commissioner Vestager", "Executive Vice-President for a Europe Fit for the Digital Age", "European Commission", "2019-12-01", "2024-11-30", "Vestager")
P("thierry-breton", "Thierry Breton", "Commissioner Breton", "European Commissioner for the Internal Market", "European Commission", "2019-12-01", "2024-09-16")
P("henna-virkkunen", "Henna Virkkunen", "", "Executive Vice-President for Tech Sovereignty, Security and Democracy", "European Commission", "2024-12-01", "", "Virkkunen")
P("ursula-von-der-leyen", "Ursula von der Leyen", "President von der Leyen", "President of the European Commission", "European Commission", "2019-12-01")
P("jean-claude-juncker", "Jean-Claude Juncker", "President Juncker", "President of the European Commission", "European Commission", "2014-11-01", "2019-11-30", "Juncker")
P("jose-manuel-barroso", "José Manuel Barroso", "Jose Manuel Barroso;José Manuel Durão Barroso", "President of the European Commission", "European Commission", "2004-11-22", "2014-10-31", "Barroso")

# Technical community, civil society, industry
P("tim-berners-lee", "Tim Berners-Lee", "Sir Tim Berners-Lee;Tim Berners Lee;inventor of the World Wide Web", "Director and founder", "W3C", "1994-10-01", "", "Berners-Lee")
P("bob-kahn", "Robert Kahn", "Bob Kahn;Robert E. Kahn", "co-inventor of TCP/IP", "USA", "", "")
P("kathy-brown", "Kathryn C. Brown", "Kathy Brown;Kathryn Brown", "President and CEO", "ISOC", "2014-01-01", "2018-06-30")
P("andrew-sullivan", "Andrew Sullivan", "", "President and CEO", "ISOC", "2018-09-01", "2024-06-30")
P("jari-arkko", "Jari Arkko", "", "Chair", "IETF", "2009-03-01", "2017-03-31", "Arkko")
P("alissa-cooper", "Alissa Cooper", "", "Chair", "IETF", "2017-03-01", "2021-03-31")
P("lars-eggert", "Lars Eggert", "", "Chair", "IETF", "2021-03-01", "2023-03-31", "Eggert")
P("roman-danyliw", "Roman Danyliw", "", "Chair", "IETF", "2024-03-01", "", "Danyliw")
P("axel-pawlik", "Axel Pawlik", "", "Managing Director", "RIPE NCC", "2000-01-01", "2019-12-31", "Pawlik")
P("hans-petter-holen", "Hans Petter Holen", "", "Managing Director", "RIPE NCC", "2020-01-01")
P("paul-wilson", "Paul Wilson", "", "Director General", "APNIC", "1998-01-01", "2025-12-31")
P("john-curran", "John Curran", "", "President and CEO", "ARIN", "2009-01-01")
P("adiel-akplogan", "Adiel A. Akplogan", "Adiel Akplogan", "CEO", "AFRINIC", "2004-01-01", "2015-12-31", "Akplogan")
P("raul-echeberria", "Raúl Echeberría", "Raul Echeberria", "Executive Director; later ISOC Vice President", "LACNIC", "2002-01-01", "2014-12-31", "Echeberría;Echeberria")
P("milton-mueller", "Milton Mueller", "Milton L. Mueller", "Director", "IGP", "", "")
P("wolfgang-kleinwachter", "Wolfgang Kleinwächter", "Wolfgang Kleinwaechter;Wolfgang Kleinwachter", "Professor; ICANN Board member; WGIG member", "ICANN Board", "2013-11-01", "2015-10-31", "Kleinwächter;Kleinwaechter")
P("bertrand-de-la-chapelle", "Bertrand de La Chapelle", "Bertrand de la Chapelle", "Executive Director", "I&J", "2012-01-01")
P("jovan-kurbalija", "Jovan Kurbalija", "", "Director", "DiploFoundation", "", "", "Kurbalija")
P("avri-doria", "Avri Doria", "", "civil society; ICANN Board member", "ICANN Board", "2017-11-01", "2023-10-31")
P("parminder-jeet-singh", "Parminder Jeet Singh", "Parminder Singh", "Executive Director", "IT for Change")
P("nii-quaynor", "Nii Quaynor", "Nii Narku Quaynor", "Internet pioneer in Africa", "AFRINIC", "", "", "Quaynor")
P("jordan-carter", "Jordan Carter", "", "Internet governance lead at auDA; former Chief Executive of InternetNZ", "auDA", "", "")
P("mark-zuckerberg", "Mark Zuckerberg", "", "Chief Executive Officer", "Meta", "2004-02-04", "", "Zuckerberg")
P("sundar-pichai", "Sundar Pichai", "", "Chief Executive Officer", "Google", "2015-08-10", "", "Pichai")
P("eric-schmidt", "Eric Schmidt", "", "Executive Chairman", "Google", "2001-08-01", "2017-12-31")
P("brad-smith", "Brad Smith", "", "President", "Microsoft", "2015-09-01")
P("elon-musk", "Elon Musk", "", "Owner", "Twitter", "2022-10-27", "", "Musk")
P("ravi-shankar-prasad", "Ravi Shankar Prasad", "", "Minister of Electronics and Information Technology", "MeitY", "2014-05-26", "2021-07-07")
P("ashwini-vaishnaw", "Ashwini Vaishnaw", "", "Minister of Electronics and Information Technology", "MeitY", "2021-07-07", "", "Vaishnaw")
P("paulo-bernardo", "Paulo Bernardo", "Paulo Bernardo Silva", "Minister of Communications", "BRA", "2011-01-01", "2015-01-01")
P("zhuang-rongwen", "Zhuang Rongwen", "", "Director of the Cyberspace Administration of China", "CAC", "2018-08-01", "2022-12-31")
P("xu-lin", "Xu Lin", "", "Director of the Cyberspace Administration of China", "CAC", "2016-06-29", "2018-08-01")
P("maksut-shadayev", "Maksut Shadayev", "Maksut Shadaev", "Minister of Digital Development, Communications and Mass Media", "Mintsifry", "2020-01-21", "", "Shadayev")
P("konstantin-noskov", "Konstantin Noskov", "", "Minister of Digital Development, Communications and Mass Media", "Mintsifry", "2018-05-18", "2020-01-21", "Noskov")
P("vera-jourova", "Věra Jourová", "Vera Jourova;Commissioner Jourova;Commissioner Jourová", "Vice-President for Values and Transparency", "European Commission", "2019-12-01", "2024-11-30", "Jourová;Jourova")
P("ed-vaizey", "Ed Vaizey", "Edward Vaizey", "Minister for Culture, Communications and Creative Industries", "DCMS", "2010-05-14", "2016-07-15", "Vaizey")
P("theresa-swinehart", "Theresa Swinehart", "", "Senior Vice President, Multistakeholder Strategy and Strategic Initiatives", "ICANN", "", "", "Swinehart")
P("tarek-kamel", "Tarek Kamel", "", "Senior Advisor to the President; former Minister of Communications of Egypt", "ICANN", "2012-01-01", "2020-12-31")
P("ira-magaziner", "Ira Magaziner", "", "Senior Advisor to the President for Policy Development", "White House", "1993-01-20", "1998-12-31", "Magaziner")
P("al-gore", "Al Gore", "Albert Gore;Vice President Gore", "Vice President", "USA", "1993-01-20", "2001-01-20")
P("sunil-abraham", "Sunil Abraham", "", "Executive Director", "CIS India", "", "2020-12-31")
P("matthew-shears", "Matthew Shears", "", "Director, Global Internet Policy and Human Rights", "CDT", "", "")
P("michael-d-gallagher", "Michael D. Gallagher", "", "Assistant Secretary for Communications and Information", "NTIA")
P("raul-castro", "Raúl Castro", "Raul Castro;Raúl Castro Ruz;Raul Castro Ruz;President Raul Castro", "President", "CUB", "2008-02-24", "2018-04-19")
P("miguel-diaz-canel", "Miguel Díaz-Canel", "Miguel Diaz-Canel;Miguel Díaz-Canel Bermúdez;President Díaz-Canel;President Diaz-Canel", "President", "CUB", "2018-04-19", "", "Díaz-Canel;Diaz-Canel")
P("bruno-rodriguez-parrilla", "Bruno Rodríguez Parrilla", "Bruno Rodriguez Parrilla;Bruno Rodríguez;Bruno Rodriguez", "Minister of Foreign Affairs", "CUB", "2009-03-02")
P("toomas-hendrik-ilves", "Toomas Hendrik Ilves", "President Ilves;Toomas Ilves", "President", "EST", "2006-10-09", "2016-10-10", "Ilves")
P("doris-leuthard", "Doris Leuthard", "President Leuthard", "President of the Swiss Confederation", "CHE", "2017-01-01", "2017-12-31", "Leuthard")
P("vivian-balakrishnan", "Vivian Balakrishnan", "", "Minister for Foreign Affairs", "SGP", "2015-10-01", "", "Balakrishnan")
P("volkan-bozkir", "Volkan Bozkır", "Volkan Bozkir", "President of the General Assembly", "UNGA", "2020-09-15", "2021-09-14", "Bozkır;Bozkir")
P("abdulla-shahid", "Abdulla Shahid", "", "President of the General Assembly", "UNGA", "2021-09-14", "2022-09-13")
P("csaba-korosi", "Csaba Kőrösi", "Csaba Korosi", "President of the General Assembly", "UNGA", "2022-09-13", "2023-09-05", "Kőrösi;Korosi")
P("dennis-francis", "Dennis Francis", "", "President of the General Assembly", "UNGA", "2023-09-05", "2024-09-10")
P("philemon-yang", "Philemon Yang", "", "President of the General Assembly", "UNGA", "2024-09-10", "2025-09-09")
P("rajeev-chandrasekhar", "Rajeev Chandrasekhar", "Rajeev Chandrashekhar", "Minister of State for Electronics and Information Technology", "MeitY", "2021-07-07", "2024-06-09", "Chandrasekhar;Chandrashekhar")
P("rais-yatim", "Rais Yatim", "Dr Rais Yatim;Dr. Rais Yatim", "Minister of Information, Communications and Culture", "MYS", "2009-04-10", "2013-05-15", "Yatim")
P("erkki-liikanen", "Erkki Liikanen", "Commissioner Liikanen", "European Commissioner for Enterprise and the Information Society", "European Commission", "1999-09-16", "2004-07-12", "Liikanen")
P("donald-evans", "Donald Evans", "Don Evans", "Secretary of Commerce", "US Department of Commerce", "2001-01-20", "2005-02-07")
P("bashar-al-assad", "Bashar al-Assad", "Bashar Al-Assad;President Assad;President al-Assad", "President", "SYR",
  "2000-07-17", "2024-12-08", "Assad")
P("nicolas-maduro", "Nicolás Maduro", "Nicolas Maduro;President Maduro", "President", "VEN", "2013-04-19", "", "Maduro")
P("kim-jong-un", "Kim Jong Un", "Kim Jong-un;Kim Jong-Un", "Supreme Leader", "PRK", "2011-12-17")
P("min-aung-hlaing", "Min Aung Hlaing", "Senior General Min Aung Hlaing", "Chairman of the State Administration Council",
  "MMR", "2021-02-02")
P("alexander-lukashenko", "Alexander Lukashenko", "Aleksandr Lukashenko;Alyaksandr Lukashenka;President Lukashenko",
  "President", "BLR", "1994-07-20", "", "Lukashenko")
