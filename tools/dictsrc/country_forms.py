"""Country-name forms that tools/gen_governments.py derives or adds beyond ISO
3166-1, CLDR and the UN table: the forms statistical tables use ("Korea,
Rep.", "Congo, Dem. Rep.", "Cayman Isds", "Br. Indian Ocean Terr."), former
names and dissolved states, names in the other UN languages that need context
rules, and the phrases that contain a country's name but name something else.
All names and codes are facts; the table forms follow the conventions of the
statistical tables of the World Bank, the UN and the IMF.
"""
import itertools

# --- Table forms -------------------------------------------------------------

# Word (or words) -> the abbreviations tables write for it.
ABBREVIATIONS = [
    ("United States", ["US", "U.S."]),
    ("Islands", ["Isds", "Is.", "Isl.", "Islds"]),
    ("Island", ["Is.", "Isl.", "Isds"]),  # UN Comtrade: "Christmas Isds", "Norfolk Isds"
    ("Territory", ["Terr."]),
    ("Territories", ["Terrs.", "Terr."]),
    ("Democratic", ["Dem."]),
    ("Republic", ["Rep."]),
    ("Federal", ["Fed."]),
    ("Federated", ["Fed."]),
    ("States", ["Sts."]),
    ("Saint", ["St.", "St"]),
    ("North", ["N."]),
    ("Northern", ["N."]),
    ("South", ["S."]),
    ("British", ["Br.", "Brit."]),
    ("Occupied", ["Occ."]),
    ("Netherlands", ["Neth."]),
    ("People's", ["Peoples", "People s"]),
    ("and", ["&"]),
]

# Name prefixes that tables move behind the name: "Korea, Rep.", "Egypt, Arab
# Rep.", "Micronesia, Fed. Sts.", "Congo, Dem. Rep.".
PREFIXES = [
    "Democratic People's Republic", "Democratic Republic", "Islamic Republic", "Arab Republic",
    "Bolivarian Republic", "United Republic", "Federal Republic", "Federative Republic",
    "People's Republic", "People's Democratic Republic", "Socialist Republic", "Republic",
    "Federated States", "Kingdom", "Principality", "Sultanate", "Commonwealth", "State",
    "Plurinational State", "Independent State", "Grand Duchy", "Union", "Co-operative Republic",
    "former Yugoslav Republic",
]

MAX_FORMS = 40  # per name: abbreviation combinations beyond this are rare in tables


def _replacements(words):
    """Positions and choices: for each abbreviable word (or word pair)."""
    slots = []
    i = 0
    while i < len(words):
        hit = None
        for full, abbrs in ABBREVIATIONS:
            fw = full.split()
            if words[i:i + len(fw)] == fw:
                hit = (i, len(fw), [full] + abbrs)
                break
        if hit:
            slots.append(hit)
            i += hit[1]
        else:
            i += 1
    return slots


def _abbreviated(name):
    words = name.split()
    slots = _replacements(words)
    if not slots:
        return []
    out = []
    for choice in itertools.product(*[s[2] for s in slots]):
        res, i = [], 0
        for (at, n, _), c in zip(slots, choice):
            res += words[i:at] + [c]
            i = at + n
        res += words[i:]
        f = " ".join(res)
        if f != name:
            out.append(f)
        if len(out) >= MAX_FORMS:
            break
    return out


def _inverted(name):
    """"Republic of Korea" -> "Korea, Republic of", "Korea, Rep."."""
    for p in sorted(PREFIXES, key=len, reverse=True):
        for of in (" of the ", " of "):
            head = p + of
            if name.startswith(head) or name.startswith(head[0].upper() + head[1:]):
                rest = name[len(head):]
                if not rest or not rest[0].isupper():
                    continue
                pre = name[:len(p)]
                forms = [f"{rest}, {pre}{of.rstrip()}", f"{rest}, the {pre}{of.rstrip()}", f"{rest}, {pre}"]
                forms += [f"{rest}, {a}" for a in _abbreviated(pre)]
                forms += [f"{a}{of}{rest}" for a in _abbreviated(pre)]
                return forms
    return []


def table_forms(name):
    """The forms a statistical table may give an English country name."""
    out = []
    for f in [name] + _inverted(name):
        if f != name:
            out.append(f)
        out += _abbreviated(f)
    seen, res = {name}, []
    for f in out:
        if f not in seen:
            seen.add(f)
            res.append(f)
    return res


# Table forms the rules above do not make (initials, the World Bank's codes).
EXTRA_TABLE_FORMS = {
    "PRK": ["Korea, Dem. Rep.", "Korea, Dem. People's Rep.", "Korea, DPR", "DPR of Korea", "D.P.R. of Korea",
            "Dem. People's Rep. of Korea", "Dem. Peoples Rep. of Korea", "N. Korea", "N Korea"],
    "KOR": ["Korea, Rep.", "Korea, Republic", "S. Korea", "S Korea"],
    "PNG": ["P. N. Guinea", "P.N. Guinea", "Papua N. Guinea", "Papua N Guinea"],
    "VEN": ["Venezuela, RB", "Venezuela, R.B."],
    "MKD": ["Macedonia, FYR", "FYR of Macedonia", "TFYR of Macedonia", "TFYR Macedonia",
            "The former Yugoslav Republic of Macedonia", "Macedonia, the former Yugoslav Republic of"],
    "FSM": ["FS Micronesia", "Micronesia, Fed. Sts.", "Micronesia, Federated States of"],
    "HKG": ["Hong Kong SAR, China", "China, Hong Kong SAR", "China: Hong Kong SAR",
            "China, Hong Kong Special Administrative Region", "Hong Kong, China (SAR)"],
    "MAC": ["Macao SAR, China", "China, Macao SAR", "China: Macao SAR", "Macau SAR, China",
            "China, Macao Special Administrative Region"],
    "LAO": ["Lao People s Democratic Republic", "Lao Peoples Democratic Republic", "Lao People's Dem. Rep."],
    "GBR": ["N. Ireland and Great Britain", "UK of Great Britain and Northern Ireland"],
    "COD": ["Congo, Dem. Rep.", "Congo, DR", "Congo (Democratic Republic of the)", "Dem. Rep. of the Congo",
            "Dem. Rep. Congo", "DR of the Congo"],
    "COG": ["Congo, Rep.", "Rep. Congo", "Rep Congo", "Congo Rep.", "Congo (Republic of the)"],
    "FJI": ["Fiji Islands"],
    "BIH": ["Bosnia Herzegovina", "Bosnia-Hercegovina", "Bosnia and Hercegovina"],
    "SGS": ["South Georgia", "South Georgia and the South Sandwich Is.", "S. Georgia and S. Sandwich Isds"],
    "SXM": ["Saint Martin (Dutch part)", "Saint Martin (Dutch)", "St. Martin (Dutch part)", "St. Maarten (Dutch part)"],
    "MAF": ["Saint Martin (French)", "St. Martin (French part)"],
    "VGB": ["Virgin Islands (British)", "Virgin Islands, British", "BVI"],
    "VIR": ["Virgin Islands (U.S.)", "Virgin Islands (US)", "Virgin Islands, US", "USVI"],
    "TZA": ["Tanzania, United Rep.", "Tanzania, United Republic of"],
    "PSE": ["West Bank and Gaza", "Palestine, State of", "Palestinian Territory, Occupied",
            "Occupied Palestinian Territories", "OPT"],
    "CIV": ["Cote D'Ivoire", "Côte D'Ivoire"],
    "STP": ["Sao Tome & Principe", "São Tomé & Príncipe"],
    "BOL": ["Bolivia, Plurinational State of"],
    "IRN": ["Iran, Islamic Rep.", "Iran, Islamic Republic of"],
    "EGY": ["Egypt, Arab Rep."],
    "YEM": ["Yemen, Rep."],
    "GMB": ["Gambia, The"],
    "BHS": ["Bahamas, The"],
    "KGZ": ["Kyrgyz Rep."],
    "SVK": ["Slovak Rep."],
    "UMI": ["US Minor Outlying Islands", "U.S. Minor Outlying Isds", "United States Minor Outlying Isds"],
    "IOT": ["Br. Indian Ocean Terr.", "British Indian Ocean Terr."],
    "ANT": ["Neth. Antilles", "Netherlands Antilles (former)"],
}

# Common names in the other UN languages besides the UN's and CLDR's: short
# forms, former names, acronyms the press writes ("Birmanie", "Costa de
# Marfil", "Южная Корея", "США", "السعودية").
OTHER_NAMES = {
    "USA": {"ru": ["США", "Соединенные Штаты", "Соединённые Штаты"], "es": ["EE. UU.", "EE.UU.", "EEUU"],
            "ar": ["أمريكا", "الولايات المتحدة"], "zh": ["美国"]},
    "GBR": {"ru": ["Соединенное Королевство", "Британия"], "ar": ["بريطانيا"], "fr": ["Grande-Bretagne"],
            "es": ["Gran Bretaña"]},
    "RUS": {"ru": ["РФ", "Россия"]},
    "CHN": {"ru": ["КНР"], "fr": ["République populaire de Chine"]},
    "PRK": {"ru": ["КНДР", "Северная Корея"], "fr": ["Corée du Nord"], "es": ["Corea del Norte"],
            "ar": ["كوريا الشمالية"], "zh": ["朝鲜"]},
    "KOR": {"ru": ["Южная Корея"], "fr": ["Corée du Sud"], "es": ["Corea del Sur"], "ar": ["كوريا الجنوبية"],
            "zh": ["韩国", "南韩"]},
    "ARE": {"ru": ["ОАЭ"], "ar": ["الإمارات"]},
    "ZAF": {"ru": ["ЮАР"]},
    "CAF": {"ru": ["ЦАР"], "fr": ["Centrafrique"]},
    "COD": {"ru": ["ДРК", "ДР Конго"], "fr": ["RDC", "RD Congo", "Congo (Rép. dém.)", "Congo-Kinshasa"],
            "es": ["RDC", "RD del Congo", "Congo (Rep. Dem.)"], "zh": ["民主刚果", "刚果（金）"]},
    "MMR": {"fr": ["Birmanie"], "es": ["Birmania"], "ru": ["Бирма"]},
    "CIV": {"es": ["Costa de Marfil"], "fr": ["Côte-d'Ivoire"]},
    "MDA": {"ru": ["Молдавия", "Молдова"], "fr": ["Moldavie", "Moldova"], "es": ["Moldavia", "Moldova"],
            "ar": ["مولدوفا", "مولدافيا"]},
    "TKM": {"ru": ["Туркмения"]},
    "KGZ": {"ru": ["Киргизия"], "es": ["Kirguizistán", "Kirguistán"]},
    "BLR": {"ru": ["Белоруссия"], "es": ["Bielorrusia"], "fr": ["Biélorussie"], "ar": ["بيلاروسيا", "روسيا البيضاء"]},
    "SWZ": {"ru": ["Свазиленд"], "fr": ["Swaziland"], "es": ["Suazilandia"], "ar": ["سوازيلاند"]},
    "TLS": {"ru": ["Восточный Тимор"], "fr": ["Timor oriental"], "es": ["Timor Oriental"], "ar": ["تيمور الشرقية"]},
    "MKD": {"ru": ["Македония"], "fr": ["Macédoine"], "es": ["Macedonia"], "ar": ["مقدونيا"]},
    "SAU": {"ar": ["السعودية"], "es": ["Arabia Saudí"]},
    "HUN": {"ar": ["المجر"]},
    "DNK": {"ar": ["الدنمارك"]},
    "BHS": {"ar": ["البهاما", "جزر الباهاما"]},
    "MDV": {"ar": ["المالديف", "جزر المالديف"]},
    "URY": {"ar": ["الأوروغواي"]},
    "NLD": {"es": ["Holanda"], "ru": ["Голландия"], "ar": ["هولندا"]},
    "VAT": {"ru": ["Ватикан"], "fr": ["Vatican"], "es": ["Vaticano"], "zh": ["梵蒂冈"], "ar": ["الفاتيكان"]},
    "PSE": {"ru": ["Палестина"], "fr": ["Palestine"], "es": ["Palestina"], "zh": ["巴勒斯坦"], "ar": ["فلسطين"]},
    "VCT": {"fr": ["Saint-Vincent-et-les-Grenadines"], "es": ["San Vicente y Granadinas"]},
    "STP": {"fr": ["São Tomé-et-Príncipe", "São Tomé et Príncipe"], "ar": ["ساو تومي وبرينسيب"]},
    "IRN": {"fr": ["Iran"], "es": ["Irán"], "ru": ["Иран"], "zh": ["伊朗"], "ar": ["إيران"]},
    "SYR": {"fr": ["Syrie"], "es": ["Siria"], "ru": ["Сирия"], "zh": ["叙利亚"], "ar": ["سوريا", "سورية"]},
    "VNM": {"fr": ["Vietnam"], "es": ["Vietnam"]},
    "LAO": {"fr": ["Laos"], "es": ["Laos"], "ru": ["Лаос"], "zh": ["老挝"], "ar": ["لاوس"]},
    "BOL": {"ru": ["Боливия"], "zh": ["玻利维亚"], "ar": ["بوليفيا"]},
    "VEN": {"zh": ["委内瑞拉"], "ar": ["فنزويلا"]},
    "TZA": {"fr": ["Tanzanie"], "es": ["Tanzania"], "ru": ["Танзания"], "zh": ["坦桑尼亚"], "ar": ["تنزانيا"]},
    "FSM": {"zh": ["密克罗尼西亚"], "ar": ["ميكرونيزيا", "ميكرونيسيا"]},
}

# Parts of a state that texts name in its place: the constituent countries of
# the United Kingdom. A weak form (score 0.6) of the state: "London, England"
# and "the courts of England and Wales" are in the United Kingdom, but the
# name is not the state's (docs: dictionaries/README.md).
WEAK_PARTS = {
    "GBR": ["England", "Scotland", "Wales", "Northern Ireland", "N. Ireland", "N Ireland", "Ireland, Northern",
            "Irlande du Nord", "Irlanda del Norte", "Северная Ирландия", "Северной Ирландии", "Северную Ирландию",
            "Северной Ирландией", "北爱尔兰", "أيرلندا الشمالية"],
}

# Misspellings that real text makes of a country's name, matched as `variant`
# forms (score 0.7). Only misspellings that are no English word or name and
# that no other entry could mean ("Columbia" is a university and a
# province; "Lichtenstein" a surname): tools/gen_governments.py checks them
# like the names of other languages.
MISSPELLINGS = {
    "PHL": ["Phillipines", "Phillippines", "Philipines", "Philippenes"],
    "USA": ["Untied States", "Unites States", "Unted States"],
    "ARG": ["Argentinia"],
    "MDA": ["Moldovia"],
    "AFG": ["Afganistan", "Afghanisthan"],
    "BGD": ["Bangaldesh", "Bangledesh"],
    "KGZ": ["Kyrgystan", "Kyrgzstan", "Kirgyzstan"],
    "KAZ": ["Kazahkstan", "Khazakhstan"],
    "VEN": ["Venezuala", "Venezula"],
    "PRT": ["Portugual"],
    "TUN": ["Tunesia"],
    "MUS": ["Mauritus"],
    "ZWE": ["Zimbabwae"],
    "UZB": ["Usbekistan"],
    "SVN": ["Slovania"],
    "NIC": ["Nicaragula"],
    "MYS": ["Malaysa"],
    "SGP": ["Singapoore"],
}

# --- Former names and dissolved states --------------------------------------

# Former names of states that still exist under another name: plain aliases
# of today's entry (the same state, so today's code).
FORMER_NAMES = {
    "COD": ["Zaire", "Republic of Zaire"],
    "MMR": ["Burma", "Union of Burma", "Socialist Republic of the Union of Burma"],
    "SWZ": ["Swaziland", "Kingdom of Swaziland"],
    "LKA": ["Ceylon", "Dominion of Ceylon"],
    "BEN": ["Dahomey", "Republic of Dahomey"],
    "BFA": ["Upper Volta", "Republic of Upper Volta"],
    "KHM": ["Kampuchea", "Democratic Kampuchea", "People's Republic of Kampuchea", "Khmer Republic"],
    "TLS": ["East Timor"],
    "SUR": ["Dutch Guiana", "Dutch Guyana", "Netherlands Guiana"],
    "GUY": ["British Guiana", "British Guyana"],
    "GUF": ["French Guyana"],
    "VUT": ["New Hebrides"],
    "BLZ": ["British Honduras"],
    "MWI": ["Nyasaland"],
    "ZMB": ["Northern Rhodesia"],
    "ZWE": ["Southern Rhodesia"],
    "BWA": ["Bechuanaland"],
    "LSO": ["Basutoland"],
    "NAM": ["South West Africa"],
    "MKD": ["Former Yugoslav Republic of Macedonia"],
    "LBY": ["Libyan Arab Jamahiriya", "Great Socialist People's Libyan Arab Jamahiriya"],
}

# Dissolved states, under the alpha-3 code ISO 3166-1 gave them while they
# existed (ISO 3166-3 lists them with the four-letter code given here), with
# the dates they existed and the states that succeeded them.
FORMER_STATES = [
    {"id": "SUN", "name": "Soviet Union", "iso3166_3": "SUHH",
     "aliases": ["Union of Soviet Socialist Republics", "USSR", "U.S.S.R.", "=CCCP", "the Soviets"],
     "demonyms": ["Soviet"],
     "names": {"ru": ["Советский Союз", "Союз Советских Социалистических Республик", "СССР",
                      "Советского Союза", "Советскому Союзу", "Советским Союзом", "Советском Союзе"],
               "fr": ["Union soviétique", "Union des républiques socialistes soviétiques", "URSS"],
               "es": ["Unión Soviética", "Unión de Repúblicas Socialistas Soviéticas"],
               "zh": ["苏联", "苏维埃社会主义共和国联盟"], "ar": ["الاتحاد السوفيتي", "الاتحاد السوفياتي"]},
     "valid": {"from": "1922-12-30", "to": "1991-12-26"},
     "successors": ["RUS", "UKR", "BLR", "ARM", "AZE", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "TJK", "TKM", "UZB"]},
    {"id": "YUG", "name": "Yugoslavia", "iso3166_3": "YUCS",
     "aliases": ["Socialist Federal Republic of Yugoslavia", "SFR Yugoslavia", "SFRY",
                 "Federal Republic of Yugoslavia", "FR Yugoslavia", "former Yugoslavia"],
     "names": {"ru": ["Югославия", "Югославии"], "fr": ["Yougoslavie"], "es": ["Yugoslavia"],
               "zh": ["南斯拉夫"], "ar": ["يوغوسلافيا"]},
     "valid": {"from": "1945-11-29", "to": "2003-02-04"},
     "successors": ["SCG", "SVN", "HRV", "BIH", "MKD"]},
    {"id": "SCG", "name": "Serbia and Montenegro", "iso3166_3": "CSXX",
     "aliases": ["State Union of Serbia and Montenegro", "Serbia & Montenegro"],
     "names": {"ru": ["Сербия и Черногория"], "fr": ["Serbie-et-Monténégro"], "es": ["Serbia y Montenegro"]},
     "valid": {"from": "2003-02-04", "to": "2006-06-03"},
     "successors": ["SRB", "MNE"]},
    {"id": "CSK", "name": "Czechoslovakia", "iso3166_3": "CSHH",
     "aliases": ["Czechoslovak Socialist Republic", "Czech and Slovak Federative Republic", "=CSFR", "=ČSFR"],
     "demonyms": ["Czechoslovak", "Czechoslovakian"],
     "names": {"ru": ["Чехословакия", "Чехословакии"], "fr": ["Tchécoslovaquie"], "es": ["Checoslovaquia"],
               "zh": ["捷克斯洛伐克"], "ar": ["تشيكوسلوفاكيا"]},
     "valid": {"from": "1918-10-28", "to": "1993-01-01"},
     "successors": ["CZE", "SVK"]},
    {"id": "DDR", "name": "German Democratic Republic", "iso3166_3": "DDDE",
     "aliases": ["East Germany", "=GDR", "=DDR", "Deutsche Demokratische Republik"],
     "demonyms": ["East German", "East Germans"],
     "names": {"ru": ["Германская Демократическая Республика", "ГДР"], "fr": ["République démocratique allemande", "RDA"],
               "es": ["República Democrática Alemana", "RDA"], "zh": ["德意志民主共和国", "东德"]},
     "valid": {"from": "1949-10-07", "to": "1990-10-03"},
     "successors": ["DEU"]},
    {"id": "YMD", "name": "South Yemen", "iso3166_3": "YDYE",
     "aliases": ["People's Democratic Republic of Yemen", "Democratic Yemen"],
     "valid": {"from": "1967-11-30", "to": "1990-05-22"},
     "successors": ["YEM"]},
    {"id": "ANT", "name": "Netherlands Antilles", "iso3166_3": "ANHH",
     "aliases": ["Dutch Antilles", "Antilles néerlandaises", "Antillas Neerlandesas"],
     "names": {"ru": ["Нидерландские Антильские острова"], "zh": ["荷属安的列斯"]},
     "valid": {"to": "2010-10-10"},
     "successors": ["CUW", "SXM", "BES"]},
]

# --- Names in other UN languages that are also words of English text --------

# A CLDR or UN name that is a first name or a common word elsewhere: matched
# only with these rules (case-sensitive, not before a capitalised word, not
# after a title), as a low-confidence form.
PERSONAL = ["Mr", "Mrs", "Ms", "Dr", "M", "Mme", "Sir", "Prof", "St", "Saint", "San", "de", "Don", "Jean",
            "Pierre", "Jean-Pierre", "Marie"]
OTHER_LANGUAGE_RULES = {
    "MUS": [{"text": "Maurice", "case": "sensitive", "weak": True, "not_next_capitalized": True,
             "not_prev": PERSONAL},
            {"text": "Mauricio", "case": "sensitive", "weak": True, "not_next_capitalized": True,
             "not_prev": PERSONAL}],
    "DMA": [{"text": "Dominique", "case": "sensitive", "weak": True, "not_next_capitalized": True,
             "not_prev": PERSONAL}],
    "CHL": [{"text": "Chili", "case": "sensitive", "weak": True,
             "not_next": ["pepper", "peppers", "con", "sauce", "powder", "oil", "flakes"]}],
    "GRD": [{"text": "Grenade", "case": "sensitive", "weak": True, "not_prev": ["a", "the", "hand", "smoke"]},
            {"text": "Granada", "case": "sensitive", "weak": True, "not_prev": ["in", "of", "de", "from", "Alhambra"],
             "not_next": ["Spain", "España"]}],
}
# Names never used as a country's name in English text, left out entirely.
SKIP_NAMES = {("SLV", "fr"): "Salvador"}
# Names too ambiguous to keep in a language: "多米尼加" is the Dominican
# Republic's short name to some and Dominica's to others; "Guiana" (Guyana in
# Portuguese) is any of the three Guianas in English text.
# "Moris" (Mauritius in Mauritian Creole) is a personal name in English text.
DROP_NAMES = {("DOM", "zh"): "多米尼加", ("GUY", "pt"): "Guiana", ("MUS", "mfe"): "Moris"}

# CLDR names in these languages beyond the six UN languages, as `names` under
# their language code, and each territory's endonym (CLDR: its name in its
# most likely language, "Hrvatska", "Deutschland"), where no other entry
# claims the name and it is no English word: "Mexiko", "Gabun", "Messico".
MORE_LANGS = ["de", "it", "pt", "nl"]
