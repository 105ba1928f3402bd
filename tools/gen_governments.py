#!/usr/bin/env python3
"""Generate dictionaries/governments.json.

Sources (all facts):
  * ISO 3166-1 codes and English names: Debian iso-codes
    (/usr/share/iso-codes/json/iso_3166-1.json).
  * Display names in the six UN languages: Unicode CLDR via ICU (Unicode
    licence), read with the small helper tools/icu_country_names.cc, which
    this script compiles with g++ and pkg-config icu-uc icu-i18n.
  * UN membership, UN short names, common variants, demonyms and capitals:
    hand-curated in the CURATED table below (own curation; PETRARCH2's
    Phoenix.Countries.actors.txt, MIT, was consulted for variant spellings).

Not run by CI; run it by hand and commit the output:
  python3 tools/gen_governments.py > dictionaries/governments.json
"""
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in tools/dictsrc
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "dictsrc"))
import common  # noqa: E402  one entry per line, as the other dictionaries; fold()
import country_forms as cf  # noqa: E402  table forms, former states, rules for other languages
import un_names  # noqa: E402  the UN names in six languages and their inflected forms
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
WORDS = "/usr/share/dict/american-english"  # Debian wamerican: English words to keep out
LANGS = ["ar", "zh", "fr", "ru", "es", "en"]

UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
OBSERVERS = {"VAT", "PSE"}

# Dates of UN admission (or independence for new states) where a name or the
# state itself changed in the period the corpus covers.
VALID = {
    "RUS": {"from": "1991-12-25"},
    "SSD": {"from": "2011-07-09"},
    "MNE": {"from": "2006-06-03"},
    "SRB": {"from": "2006-06-05"},
    "TLS": {"from": "2002-05-20"},
    "ERI": {"from": "1993-05-24"},
    "CZE": {"from": "1993-01-01"},
    "SVK": {"from": "1993-01-01"},
    "XKX": {"from": "2008-02-17"},
    "CUW": {"from": "2010-10-10"},
    "SXM": {"from": "2010-10-10"},
    "BES": {"from": "2010-10-10"},
}

# CODE | name (blank: ISO common name or name) | aliases | demonyms | capital (other spellings
# or former names of the capital after ";": "Kyiv;Kiev")
# Alias markers: "~" weak, "=" case-sensitive. Separator ";".
CURATED = r"""
AFG||Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghans|Kabul
ALB||Republic of Albania|Albanian;Albanians|Tirana
DZA||People's Democratic Republic of Algeria|Algerian;Algerians|Algiers
AND||Principality of Andorra|Andorran;Andorrans|Andorra la Vella
AGO||Republic of Angola|Angolan;Angolans|Luanda
ATG||Antigua & Barbuda|Antiguan;Antiguans;Barbudan|Saint John's
ARG||Argentine Republic|Argentine;Argentinian;Argentinean;Argentines;Argentinians|Buenos Aires
ARM||Republic of Armenia|Armenian;Armenians|Yerevan
AUS||Commonwealth of Australia|Australian;Australians|Canberra
AUT||Republic of Austria|Austrian;Austrians|Vienna
AZE||Republic of Azerbaijan|Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
BHS|Bahamas|Commonwealth of The Bahamas|Bahamian;Bahamians|Nassau
BHR||Kingdom of Bahrain|Bahraini;Bahrainis|Manama
BGD||People's Republic of Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BRB|||Barbadian;Barbadians;Bajan|Bridgetown
BLR||Republic of Belarus;Byelorussia;Belorussia;Byelorussian SSR|Belarusian;Belarusians;Belarussian|Minsk
BEL||Kingdom of Belgium|Belgian;Belgians|Brussels
BLZ|||Belizean;Belizeans|Belmopan
BEN||Republic of Benin|Beninese|Porto-Novo
BTN||Kingdom of Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivia (Plurinational State of);Plurinational State of Bolivia;Republic of Bolivia|Bolivian;Bolivians|Sucre
BIH||Bosnia & Herzegovina;Bosnia-Herzegovina;=BiH;Bosnia|Bosnian;Bosnians;Herzegovinian|Sarajevo
BWA||Republic of Botswana|Botswanan;Motswana;Batswana|Gaborone
BRA||Federative Republic of Brazil;Brasil|Brazilian;Brazilians|Brasilia
BRN|Brunei Darussalam|Brunei;Nation of Brunei|Bruneian;Bruneians|Bandar Seri Begawan
BGR||Republic of Bulgaria|Bulgarian;Bulgarians|Sofia
BFA|||Burkinabe;Burkinabè|Ouagadougou
BDI||Republic of Burundi|Burundian;Burundians|Gitega
CPV|Cabo Verde|Cape Verde;Republic of Cabo Verde|Cape Verdean;Cabo Verdean;Cape Verdeans|Praia
KHM||Kingdom of Cambodia;Kampuchea|Cambodian;Cambodians|Phnom Penh
CMR||Republic of Cameroon|Cameroonian;Cameroonians|Yaounde
CAN|||Canadian;Canadians|Ottawa
CAF||Centrafrique|Central African;Central Africans|Bangui
TCD||Republic of Chad|Chadian;Chadians|N'Djamena
CHL||Republic of Chile|Chilean;Chileans|Santiago
CHN||People's Republic of China;Peoples Republic of China;=PRC;=P.R.C.;=P.R. China;Mainland China|Chinese|Beijing
COL||Republic of Colombia|Colombian;Colombians|Bogota
COM||Union of the Comoros|Comorian;Comorians;Comoran|Moroni
COG|Congo|Republic of the Congo;Republic of Congo;Congo-Brazzaville;Congo Brazzaville;Congo (Brazzaville)||Brazzaville
CRI||Republic of Costa Rica|Costa Rican;Costa Ricans|San Jose
CIV|Côte d'Ivoire|Cote d'Ivoire;Cote dIvoire;Ivory Coast;Republic of Cote d'Ivoire;Republic of Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro
HRV||Republic of Croatia|Croatian;Croatians;Croat;Croats|Zagreb
CUB||Republic of Cuba|Cuban;Cubans|Havana
CYP||Republic of Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czechia|Czech Republic|Czech;Czechs|Prague
PRK|Democratic People's Republic of Korea|North Korea;=DPRK;=D.P.R.K.;=DPR Korea;=D.P.R. Korea|North Korean;North Koreans|Pyongyang
COD|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;=DRC;=D.R.C.;=D.R. Congo;=DR of Congo;=DROC;Congo-Kinshasa;Congo Kinshasa;Congo (Kinshasa);Zaire|~Congolese|Kinshasa
DNK||Kingdom of Denmark|Danish;Dane;Danes|Copenhagen
DJI||Republic of Djibouti|Djiboutian;Djiboutians|Djibouti City
DMA||Commonwealth of Dominica||Roseau
DOM||Republica Dominicana|~Dominican;Dominicans|Santo Domingo
ECU||Republic of Ecuador|Ecuadorian;Ecuadorians;Ecuadorean|Quito
EGY||Arab Republic of Egypt|Egyptian;Egyptians|Cairo
SLV||Republic of El Salvador|Salvadoran;Salvadorans;Salvadorean|San Salvador
GNQ||Republic of Equatorial Guinea|Equatorial Guinean;Equatoguinean|Malabo
ERI||State of Eritrea|Eritrean;Eritreans|Asmara
EST||Republic of Estonia|Estonian;Estonians|Tallinn
SWZ|Eswatini|Kingdom of Eswatini;Swaziland;Kingdom of Swaziland|Swazi;Swazis;Liswati|Mbabane
ETH||Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FJI||Republic of Fiji|Fijian;Fijians|Suva
FIN||Republic of Finland|Finnish;Finns|Helsinki
FRA||French Republic|French;Frenchman;Frenchmen|Paris
GAB||Gabonese Republic|Gabonese|Libreville
GMB|Gambia|The Gambia;Republic of The Gambia;Gambia (Republic of The)|Gambian;Gambians|Banjul
GEO||Republic of Georgia|Georgian;Georgians|Tbilisi
DEU||Federal Republic of Germany|German;Germans|Berlin
GHA||Republic of Ghana|Ghanaian;Ghanaians|Accra
GRC||Hellenic Republic|Greek;Greeks;Hellenic|Athens
GRD|||Grenadian;Grenadians|Saint George's
GTM||Republic of Guatemala|Guatemalan;Guatemalans|Guatemala City
GIN||Republic of Guinea;Guinea-Conakry;Guinea Conakry|Guinean;Guineans|Conakry
GNB||Guinea Bissau;Republic of Guinea-Bissau|Bissau-Guinean;Bissau-Guineans|Bissau
GUY||Republic of Guyana;Co-operative Republic of Guyana|Guyanese|Georgetown
HTI||Republic of Haiti|Haitian;Haitians|Port-au-Prince
HND||Republic of Honduras|Honduran;Hondurans|Tegucigalpa
HUN|||Hungarian;Hungarians|Budapest
ISL||Republic of Iceland|Icelandic;Icelander;Icelanders|Reykjavik
IND||Republic of India;Bharat|Indian;Indians|New Delhi
IDN||Republic of Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran|Iran (Islamic Republic of);Islamic Republic of Iran;Persia|Iranian;Iranians|Tehran
IRQ||Republic of Iraq|Iraqi;Iraqis|Baghdad
IRL||Republic of Ireland;Eire|Irish|Dublin
ISR||State of Israel|Israeli;Israelis|Jerusalem
ITA||Italian Republic|Italian;Italians|Rome
JAM|||Jamaican;Jamaicans|Kingston
JPN||State of Japan|Japanese|Tokyo
JOR||Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
KAZ||Republic of Kazakhstan;Kazakstan|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana
KEN||Republic of Kenya|Kenyan;Kenyans|Nairobi
KIR||Republic of Kiribati|I-Kiribati|Tarawa
KWT||State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ||Kyrgyz Republic;Kirghizia;Kirgizstan|Kyrgyz;Kyrgyzstani|Bishkek
LAO|Lao People's Democratic Republic|Laos;Lao PDR;Lao P.D.R.|Laotian;Laotians|Vientiane
LVA||Republic of Latvia|Latvian;Latvians|Riga
LBN||Lebanese Republic|Lebanese|Beirut
LSO||Kingdom of Lesotho|Basotho;Mosotho|Maseru
LBR||Republic of Liberia|Liberian;Liberians|Monrovia
LBY||State of Libya;Libyan Arab Jamahiriya|Libyan;Libyans|Tripoli
LIE||Principality of Liechtenstein|Liechtensteiner;Liechtensteiners|Vaduz
LTU||Republic of Lithuania|Lithuanian;Lithuanians|Vilnius
LUX||Grand Duchy of Luxembourg|Luxembourgish;Luxembourger;Luxembourgers|Luxembourg City
MDG||Republic of Madagascar|Malagasy|Antananarivo
MWI||Republic of Malawi|Malawian;Malawians|Lilongwe
MYS|||Malaysian;Malaysians|Kuala Lumpur
MDV||Republic of Maldives;Maldive Islands|Maldivian;Maldivians|Male
MLI||Republic of Mali|Malian;Malians|Bamako
MLT||Republic of Malta|Maltese|Valletta
MHL||Republic of the Marshall Islands|Marshallese|Majuro
MRT||Islamic Republic of Mauritania|Mauritanian;Mauritanians|Nouakchott
MUS||Republic of Mauritius|Mauritian;Mauritians|Port Louis
MEX||United Mexican States;Mexican Republic|Mexican;Mexicans|Mexico City
FSM|Micronesia|Micronesia (Federated States of);Federated States of Micronesia|Micronesian;Micronesians|Palikir
MCO||Principality of Monaco|Monegasque;Monegasques|Monaco
MNG|||Mongolian;Mongolians|Ulaanbaatar
MNE||Crna Gora|Montenegrin;Montenegrins|Podgorica
MAR||Kingdom of Morocco|Moroccan;Moroccans|Rabat
MOZ||Republic of Mozambique|Mozambican;Mozambicans|Maputo
MMR||Republic of the Union of Myanmar;Burma;Union of Myanmar|Burmese;Myanmarese|Naypyidaw
NAM||Republic of Namibia|Namibian;Namibians|Windhoek
NRU||Republic of Nauru|Nauruan;Nauruans|Yaren
NPL||Federal Democratic Republic of Nepal|Nepalese;Nepali;Nepalis|Kathmandu
NLD|Netherlands|Netherlands (Kingdom of the);Kingdom of the Netherlands;Holland|Dutch;Netherlander;Netherlanders|Amsterdam
NZL||Aotearoa|New Zealander;New Zealanders;|Wellington
NIC||Republic of Nicaragua|Nicaraguan;Nicaraguans|Managua
NER||Republic of Niger;Republic of the Niger|Nigerien;Nigeriens|Niamey
NGA||Federal Republic of Nigeria|Nigerian;Nigerians|Abuja
MKD|North Macedonia|Republic of North Macedonia;Macedonia;Republic of Macedonia;former Yugoslav Republic of Macedonia;=FYROM;=FYR Macedonia;=F.Y.R.O.M.|Macedonian;Macedonians;North Macedonian|Skopje
NOR||Kingdom of Norway|Norwegian;Norwegians|Oslo
OMN||Sultanate of Oman|Omani;Omanis|Muscat
PAK||Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad
PLW||Republic of Palau|Palauan;Palauans|Ngerulmud
PAN||Republic of Panama|Panamanian;Panamanians|Panama City
PNG||Independent State of Papua New Guinea|Papua New Guinean;Papua New Guineans|Port Moresby
PRY||Republic of Paraguay|Paraguayan;Paraguayans|Asuncion
PER||Republic of Peru|Peruvian;Peruvians|Lima
PHL||Republic of the Philippines;Philippine Islands|Filipino;Filipinos;Philippine|Manila
POL||Republic of Poland|=Polish|Warsaw
PRT||Portuguese Republic|Portuguese|Lisbon
QAT||State of Qatar|Qatari;Qataris|Doha
KOR|Republic of Korea|South Korea;~Korea;=ROK;=R.O.K.;Korea (Republic of)|South Korean;South Koreans;~Korean;~Koreans|Seoul
MDA|Republic of Moldova|Moldova;Moldavia|Moldovan;Moldovans|Chisinau;Kishinev
ROU||Rumania;Roumania|Romanian;Romanians|Bucharest
RUS|Russian Federation|Russia;Rossiya|Russian;Russians|Moscow
RWA||Republic of Rwanda;Rwandese Republic|Rwandan;Rwandans|Kigali
KNA||St. Kitts and Nevis;Saint Kitts & Nevis;St Kitts and Nevis;Federation of Saint Kitts and Nevis;Saint Christopher and Nevis|Kittitian;Nevisian|Basseterre
LCA||St. Lucia;St Lucia|Saint Lucian;St. Lucian|Castries
VCT||St. Vincent and the Grenadines;St Vincent and the Grenadines;St. Vincent & Grenadines;Saint Vincent|Vincentian;Vincentians|Kingstown
WSM||Independent State of Samoa;Western Samoa|Samoan;Samoans|Apia
SMR||Republic of San Marino|Sammarinese|San Marino
STP||Sao Tome and Principe;São Tomé and Príncipe;Sao Tome & Principe;Democratic Republic of Sao Tome and Principe|Santomean;Sao Tomean|Sao Tome
SAU||Kingdom of Saudi Arabia;=KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh
SEN||Republic of Senegal|Senegalese|Dakar
SRB||Republic of Serbia|Serbian;Serbians;Serb;Serbs|Belgrade
SYC||Republic of Seychelles;Republic of the Seychelles|Seychellois|Victoria
SLE||Republic of Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown
SGP||Republic of Singapore|Singaporean;Singaporeans|Singapore
SVK||Slovak Republic|Slovak;Slovaks;Slovakian|Bratislava
SVN||Republic of Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
SLB|||Solomon Islander;Solomon Islanders|Honiara
SOM||Federal Republic of Somalia|Somali;Somalis;Somalian|Mogadishu
ZAF||Republic of South Africa|South African;South Africans|Pretoria
SSD||Republic of South Sudan|South Sudanese|Juba
ESP||Kingdom of Spain;Espana|Spanish;Spaniard;Spaniards|Madrid
LKA||Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan;Sri Lankans|Sri Jayawardenepura Kotte
SDN||Republic of the Sudan;Republic of Sudan;The Sudan|Sudanese|Khartoum
SUR||Republic of Suriname;Surinam|Surinamese;Surinamer|Paramaribo
SWE||Kingdom of Sweden|Swedish;Swede;Swedes|Stockholm
CHE||Swiss Confederation;Confoederatio Helvetica|Swiss|Bern
SYR|Syrian Arab Republic|Syria|Syrian;Syrians|Damascus
TJK||Republic of Tajikistan;Tadjikistan|Tajik;Tajiks;Tajikistani|Dushanbe
THA||Kingdom of Thailand;Siam|Thai;Thais|Bangkok
TLS|Timor-Leste|East Timor;Timor Leste;Democratic Republic of Timor-Leste|Timorese;East Timorese|Dili
TGO||Togolese Republic|Togolese|Lome
TON||Kingdom of Tonga|Tongan;Tongans|Nuku'alofa
TTO||Trinidad & Tobago;Republic of Trinidad and Tobago;Trinidad|Trinidadian;Trinidadians;Tobagonian|Port of Spain
TUN||Republic of Tunisia|Tunisian;Tunisians|Tunis
TUR|Türkiye|Turkiye;Republic of Türkiye;Republic of Turkiye;Republic of Turkey|Turkish;Turks|Ankara
TKM|||Turkmen;Turkmens;Turkmenistani|Ashgabat
TUV|||Tuvaluan;Tuvaluans|Funafuti
UGA||Republic of Uganda|Ugandan;Ugandans|Kampala
UKR|||Ukrainian;Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates|=UAE;=U.A.E.|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom of Great Britain and Northern Ireland|United Kingdom;=UK;=U.K.;Great Britain;Britain;UK Government;HM Government;Her Majesty's Government;His Majesty's Government|British;Briton;Britons;Brit;Brits|London
TZA|United Republic of Tanzania|Tanzania|Tanzanian;Tanzanians|Dodoma
USA|United States of America|United States;=US;=U.S.;=USA;=U.S.A.;=U. S.;~America;US Government;USG;United States Government|~American;~Americans|Washington, D.C.
URY||Oriental Republic of Uruguay;Eastern Republic of Uruguay|Uruguayan;Uruguayans|Montevideo
UZB||Republic of Uzbekistan|Uzbek;Uzbeks;Uzbekistani|Tashkent
VUT||Republic of Vanuatu|Ni-Vanuatu;Vanuatuan|Port Vila
VEN|Venezuela|Venezuela (Bolivarian Republic of);Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Viet Nam|Vietnam;Socialist Republic of Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
YEM||Republic of Yemen|Yemeni;Yemenis;Yemenite|Sana'a
ZMB||Republic of Zambia|Zambian;Zambians|Lusaka
ZWE||Republic of Zimbabwe|Zimbabwean;Zimbabweans|Harare
VAT|Holy See|Vatican;Vatican City;Vatican City State;Holy See (Vatican City State)||Vatican City
PSE|State of Palestine|Palestine;Palestinian Authority;Occupied Palestinian Territory;Palestinian Territories;Occupied Palestinian Territories|Palestinian;Palestinians|Ramallah
TWN|Taiwan|Republic of China;=ROC;=R.O.C.;Chinese Taipei;Taiwan, Province of China;Taiwan (Province of China)|Taiwanese|Taipei
XKX|Kosovo|Republic of Kosovo|Kosovar;Kosovars;Kosovan|Pristina
HKG|Hong Kong|Hong Kong SAR;Hong Kong, China;HKSAR;Hong Kong Special Administrative Region|Hongkonger;Hong Konger;Hong Kongers|
MAC|Macao|Macau;Macao SAR;Macau SAR;Macao, China|Macanese|
PRI|||Puerto Rican;Puerto Ricans|San Juan
GRL|||Greenlandic;Greenlander;Greenlanders|Nuuk
ASM|||American Samoan;American Samoans|Pago Pago
GUM|||Guamanian;Guamanians|Hagatna
BMU|||Bermudian;Bermudians|Hamilton
CYM|||Caymanian;Caymanians|George Town
FRO||Faroes;Faeroe Islands|Faroese|Torshavn
GIB|||Gibraltarian;Gibraltarians|Gibraltar
FLK|Falkland Islands|Falklands;Falkland Islands (Malvinas);Malvinas;Islas Malvinas|Falkland Islander;Falkland Islanders|Stanley
NCL|||New Caledonian;New Caledonians|Noumea
PYF|||French Polynesian;Tahitian|Papeete
CUW|Curaçao|Curacao|Curacaoan|Willemstad
ABW|||Aruban;Arubans|Oranjestad
SXM|Sint Maarten|Sint Maarten (Dutch part);St. Maarten;St Maarten||Philipsburg
MAF|Saint Martin|Saint Martin (French part);Saint-Martin;St. Martin||Marigot
BES|Bonaire, Sint Eustatius and Saba|Caribbean Netherlands;Bonaire;Sint Eustatius;BES islands||Kralendijk
VGB|British Virgin Islands|Virgin Islands, British||Road Town
VIR|United States Virgin Islands|U.S. Virgin Islands;US Virgin Islands;Virgin Islands of the United States;Virgin Islands, U.S.||Charlotte Amalie
REU|Réunion|Reunion Island;La Reunion;La Réunion;Reunion (island)||Saint-Denis
SHN|Saint Helena, Ascension and Tristan da Cunha|Saint Helena;St. Helena;Ascension Island;Tristan da Cunha||Jamestown
ESH|Western Sahara|Sahrawi Arab Democratic Republic;Sahrawi Republic|Sahrawi;Sahrawis|Laayoune
ATA|Antarctica||Antarctic|
UMI|United States Minor Outlying Islands|U.S. Minor Outlying Islands;U.S. Outlying Islands||
SGS|South Georgia and the South Sandwich Islands|South Georgia & South Sandwich Islands;South Sandwich Islands||King Edward Point
HMD|Heard Island and McDonald Islands|Heard & McDonald Islands;Heard and McDonald Islands||
CCK|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands||West Island
PCN|Pitcairn|Pitcairn Islands|Pitcairn Islander;Pitcairn Islanders|Adamstown
SJM|Svalbard and Jan Mayen|Svalbard & Jan Mayen;Svalbard||Longyearbyen
SPM|Saint Pierre and Miquelon|St. Pierre & Miquelon;St. Pierre and Miquelon;Saint-Pierre-et-Miquelon||Saint-Pierre
TCA|Turks and Caicos Islands|Turks & Caicos Islands;Turks and Caicos||Cockburn Town
WLF|Wallis and Futuna|Wallis & Futuna;Wallis and Futuna Islands||Mata-Utu
BLM|Saint Barthélemy|Saint Barthelemy;St. Barthélemy;St. Barts;St Barths;Saint-Barthelemy||Gustavia
ALA|Åland Islands|Aland Islands;Åland;Aland||Mariehamn
MNP|Northern Mariana Islands|Commonwealth of the Northern Mariana Islands;Northern Marianas||Saipan
COK|Cook Islands||Cook Islander;Cook Islanders|Avarua
NIU|Niue||Niuean;Niueans|Alofi
TKL|Tokelau||Tokelauan|
MSR|Montserrat||Montserratian|Plymouth
AIA|Anguilla||Anguillan;Anguillans|The Valley
IOT|British Indian Ocean Territory|Chagos Archipelago;Chagos Islands||
ATF|French Southern Territories|French Southern and Antarctic Lands||
BVT|Bouvet Island|||
CXR|Christmas Island|||Flying Fish Cove
NFK|Norfolk Island||Norfolk Islander|Kingston
GUF|French Guiana|Guyane||Cayenne
GLP|Guadeloupe||Guadeloupean|Basse-Terre
MTQ|Martinique||Martinican|Fort-de-France
MYT|Mayotte||Mahoran|Mamoudzou
IMN|Isle of Man||Manx|Douglas
"""

# Names that are ambiguous with common words or first names: context rules.
# These replace the plain string wherever the same text appears (name, aliases).
RULES = {
    # "the Lao government": not the language ("spoke in Lao") nor "Lao Tzu".
    "LAO": [{"text": "Lao", "case": "sensitive", "not_next_capitalized": True,
             "not_prev": ["in", "into", "from", "speak", "speaks", "spoke", "speaking"],
             "not_next": ["language", "script", "alphabet"]}],
    "GEO": [{"text": "Georgia",
             "not_next": ["Tech", "State", "Institute", "Power", "Aquarium", "Southern",
                          "Bulldogs", "Dome", "Senate", "House", "Governor", "Legislature",
                          "Department", "Public"],
             "not_prev": ["Atlanta", "Savannah", "Augusta", "Athens", "Macon",
                          "Alabama", "Florida", "Tennessee", "Carolina", "Carolinas", "state"]}],
    "TCD": [{"text": "Chad", "case": "sensitive", "not_next_capitalized": True,
             "not_prev": ["Lake"]},
            "CHAD"],
    "JOR": [{"text": "Jordan", "case": "sensitive", "not_next_capitalized": True,
             "not_prev": ["Michael", "River", "Vernon", "Barbara", "Jim", "Eddie", "Hamilton"]},
            "JORDAN"],
    "TUR": [{"text": "Turkey", "case": "sensitive", "not_next": ["Point", "Trot", "Day", "Hill", "Run"]},
            "TURKEY"],
    "GIN": [{"text": "Guinea", "case": "sensitive", "not_next": ["pig", "pigs", "fowl", "worm"]},
            "GUINEA"],
    "COG": [{"text": "Congo", "weak": True, "case": "sensitive",
             "not_next": ["River", "Basin", "Free", "Rainforest", "basin", "river"]},
            "CONGO"],
    "JEY": [{"text": "Jersey", "case": "sensitive", "not_prev": ["New"], "not_next": ["City", "Shore"]},
            "Bailiwick of Jersey"],
    "GGY": [{"text": "Guernsey", "case": "sensitive", "not_next": ["cow", "cows", "cattle"]},
            "Bailiwick of Guernsey"],
    "NER": [{"text": "Niger", "not_next": ["Delta", "River", "State", "Basin"]}],
    "DMA": [{"text": "Dominica", "not_next": ["Republic"]}],
    "MCO": [{"text": "Monaco", "not_next": ["Grand"]}],
    "CUB": [{"text": "Cuba", "not_next": ["Gooding"]}],
    "ISR": [{"text": "Israel", "not_next_capitalized": True, "not_prev": ["Jonathan", "Steve"]}],
    "SGP": [{"text": "Singapore", "not_next": ["Airlines", "Telecommunications", "Telecom"]}],
    "SLB": [],
    "IND": [],
    "USA": [{"text": "America", "weak": True,
             "not_prev": ["Latin", "North", "South", "Central", "Bank", "Voice",
                          "Telecom", "Online", "Corporate"],
             "not_next": ["Movil", "Online"]},
            {"text": "American", "weak": True,
             "not_prev": ["Latin", "North", "South", "Central", "African", "Native", "Pan",
                          "Anglo", "Asian", "Arab", "Mexican", "Ibero", "Inter"],
             "not_next": ["Samoa", "Samoan", "Express", "Airlines", "Indian", "Registry", "Bar",
                          "University", "Enterprise", "Library", "Civil", "Chamber", "Society",
                          "Institute", "Association", "Academy", "Red"]},
            {"text": "Americans", "weak": True,
             "not_prev": ["Latin", "North", "South", "Central", "African", "Native", "Asian",
                          "Arab", "Mexican"]}],
}



def icu_names(codes):
    src = os.path.join(HERE, "icu_country_names.cc")
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "icu_names")
        flags = subprocess.check_output(
            ["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"], text=True).split()
        subprocess.check_call(["g++", "-O1", src, "-o", exe] + flags)
        out = subprocess.run([exe], input="\n".join(codes), capture_output=True,
                             text=True, check=True).stdout
    names = {}
    for line in out.splitlines():
        cc, lang, name = line.split("\t")[:3]
        if lang == "zh_Hant":
            names.setdefault(cc, {}).setdefault("zh_extra", []).append(name)
        elif lang == "endonym":
            names.setdefault(cc, {})["endonym"] = (line.split("\t")[3], name)
        else:
            names.setdefault(cc, {})[lang] = name
    return names


def parse_alias(a):
    a = a.strip()
    if not a:
        return None
    if a.startswith("~"):
        return {"text": a[1:], "weak": True}
    if a.startswith("="):
        t = a[1:]
        return t if common.is_acronym(t) else {"text": t, "case": "sensitive"}
    return a


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2011", "-").replace("\u2013", "-")
    s = " ".join(s.split())
    if s.lower().startswith("the "):
        s = s[4:]
    return s


def text_of(a):
    return a["text"] if isinstance(a, dict) else a


def key(a):
    t = norm(text_of(a))
    sens = (isinstance(a, dict) and a.get("case") == "sensitive") or common.is_acronym(t)
    if isinstance(a, dict) and a.get("case") == "insensitive":
        sens = False
    return t if sens else common.fold(t)


def un_table():
    """id -> lang -> [short, formal (if different), the short name without its
    parenthesis ("Bolivia" of "Bolivia (Plurinational State of)")]."""
    out = {}
    for r in un_names.rows():
        lst = out.setdefault(r.id, {}).setdefault(r.lang, [])
        for n in [r.name] + un_names.inflected(r) + ([r.name.split(" (")[0]] if " (" in r.name else []):
            if n not in lst:
                lst.append(n)
    return out


def people_of(demonyms):
    """The plural nouns for a people among a country's demonyms ("Cubans" next
    to "Cuban", "Britons" next to "Briton")."""
    ds = [text_of(d) for d in demonyms if d]
    return {d for d in ds if d.endswith("s") and (d[:-1] in ds or d[:-2] in ds)}


def main():
    iso = json.load(open(ISO, encoding="utf-8"))["3166-1"]
    rows = {}
    for line in CURATED.strip().splitlines():
        parts = line.split("|")
        assert len(parts) == 5, line
        rows[parts[0]] = parts
    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    codes = [e["alpha_2"] for e in iso] + ["XK"]
    cldr = icu_names(codes)
    un = un_table()
    assert set(un) == UN_MEMBERS | OBSERVERS, set(un) ^ (UN_MEMBERS | OBSERVERS)
    iso = iso + [{"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo", "numeric": ""}]
    entries = []
    generated = {}  # id -> table forms, checked against every other entry's strings below
    more = {}  # id -> [(lang, name)]: CLDR names beyond the UN languages, checked below
    for e in sorted(iso, key=lambda e: e["alpha_3"]):
        a3 = e["alpha_3"]
        row = rows.get(a3, [a3, "", "", "", ""])
        iso_name = e["name"]
        common_name = e.get("common_name") or iso_name
        name = row[1] or (common_name if ", " not in common_name else iso_name)
        cands = []
        for n in [iso_name, e.get("official_name", ""), e.get("common_name", "")]:
            if n and ", " not in n:
                cands.append(n)
        cands += [parse_alias(a) for a in row[2].split(";")]
        cands += un.get(a3, {}).get("en", [])
        cands += cf.FORMER_NAMES.get(a3, [])
        cands += [{"text": t, "weak": True} for t in cf.WEAK_PARTS.get(a3, [])]
        en = cldr.get(e["alpha_2"], {}).get("en", "")
        if en and " - " not in en:
            cands.append(en)
        english = [c for c in [name] + cands if isinstance(c, str) and c and any(x.islower() for x in c)]
        forms = []
        for c in english:
            forms += cf.table_forms(norm(c))
        forms += cf.EXTRA_TABLE_FORMS.get(a3, [])
        generated[a3] = forms
        rules = RULES.get(a3, []) + cf.OTHER_LANGUAGE_RULES.get(a3, [])
        ruled = {key(r) for r in rules} | {key(r).casefold() for r in rules}
        # Rule objects always go in, even when their text is the name: the
        # loader lets an alias object's rules govern the same text elsewhere.
        aliases, seen = [], {key(name)}
        for r in rules:
            seen.add(key(r))
            aliases.append(r)
        for c in cands:
            if not c:
                continue
            if isinstance(c, str):
                c = norm(c)
            k = key(c)
            if k in seen or k.casefold() in ruled:
                continue
            seen.add(k)
            aliases.append(c)
        demonyms = []
        raw_demonyms = [parse_alias(d) for d in row[3].split(";")]
        plural = people_of(raw_demonyms)
        people = []
        for d in raw_demonyms:
            if d and key(d) not in seen and key(d).casefold() not in ruled:
                seen.add(key(d))
                # The loader takes objects (rules, weak) in aliases only.
                if isinstance(d, dict):
                    if d["text"] in plural:
                        d = dict(d, people=True)
                    aliases.append(d)
                else:
                    (people if d in plural else demonyms).append(d)
        names = {}
        for lang in LANGS:
            lst = []
            n = cldr.get(e["alpha_2"], {}).get(lang)
            if n and cf.SKIP_NAMES.get((a3, lang)) != n:
                lst.append(n)
            if lang != "en":
                lst += un.get(a3, {}).get(lang, [])
                lst += cf.OTHER_NAMES.get(a3, {}).get(lang, [])
            if lang == "zh":
                lst += cldr.get(e["alpha_2"], {}).get("zh_extra", [])
            lst = [n for n in lst if cf.DROP_NAMES.get((a3, lang)) != n]
            out = []
            for n in lst:
                k = key(n)
                if lang != "en" and (k in seen or k.casefold() in ruled):
                    continue
                seen.add(k)
                out.append(n)
            if out:
                names[lang] = out[0] if len(out) == 1 else out
        # CLDR names in a few more languages and the endonym, checked against
        # every other entry and English words in add_other_names().
        other = {lang: [cldr.get(e["alpha_2"], {}).get(lang, "")] for lang in cf.MORE_LANGS}
        if "endonym" in cldr.get(e["alpha_2"], {}):
            lang, n = cldr[e["alpha_2"]]["endonym"]
            other.setdefault(lang, []).append(n)
        other["variant"] = cf.MISSPELLINGS.get(a3, [])
        for lang, lst in other.items():
            for n in lst:
                if not n or cf.DROP_NAMES.get((a3, lang)) == n or key(n) in seen or key(n).casefold() in ruled:
                    continue
                seen.add(key(n))
                more.setdefault(a3, []).append((lang, n))
        if a3 in UN_MEMBERS:
            status = "un-member"
        elif a3 in OBSERVERS:
            status = "observer"
        elif a3 in ("TWN", "XKX"):
            status = "partially-recognised"
        else:
            status = "territory"
        ent = {"id": a3, "name": name, "aliases": aliases, "demonyms": demonyms}
        if people:
            ent["people"] = people
        ent.update({"names": names, "status": status, "parent": "",
                    "type": "state" if status != "territory" else "territory"})
        if a3 in VALID:
            ent["valid"] = VALID[a3]
        if row[4]:
            # The first form is the capital's name; more forms after ";" are
            # other spellings or names it had ("Kyiv;Kiev").
            forms = [c.strip() for c in row[4].split(";") if c.strip()]
            ent["capital"] = forms[0]
            if len(forms) > 1:
                ent["capital_forms"] = forms[1:]
        src = ("ISO 3166-1 via Debian iso-codes; CLDR names via ICU; UN names in six languages "
               "(tools/dictsrc/un_names_data.py); curated variants, table forms and demonyms")
        if a3 == "XKX":
            src = "user-assigned code XK/XKX (not in ISO 3166-1); CLDR names via ICU; curated"
        ent["source"] = src
        entries.append(ent)
    for f in cf.FORMER_STATES:
        ent = {"id": f["id"], "name": f["name"],
               "aliases": [parse_alias(a) for a in f.get("aliases", [])],
               "demonyms": [d for d in f.get("demonyms", []) if not d.endswith("s")]}
        pl = [d for d in f.get("demonyms", []) if d.endswith("s")]
        if pl:
            ent["people"] = pl
        ent["names"] = {k: (v[0] if len(v) == 1 else v) for k, v in f.get("names", {}).items()}
        ent.update({"status": "former", "parent": "", "type": "former-state", "valid": f["valid"],
                    "successors": f["successors"], "iso3166_3": f["iso3166_3"],
                    "source": "ISO 3166-3 (former country names; the alpha-3 code the state had in "
                              "ISO 3166-1); curated"})
        generated[f["id"]] = [t for a in f.get("aliases", []) if "=" not in a
                              for t in cf.table_forms(a)] + cf.EXTRA_TABLE_FORMS.get(f["id"], [])
        entries.append(ent)
    add_table_forms(entries, generated)
    add_other_names(entries, more)
    missing = UN_MEMBERS - {e["id"] for e in entries}
    assert not missing, missing
    assert set(rows) <= {e["id"] for e in entries}, set(rows) - {e["id"] for e in entries}
    doc = {"kind": "government",
           "source": "Generated by tools/gen_governments.py from ISO 3166-1 and 3166-3 (Debian iso-codes, "
                     "LGPL-2.1 package; the codes and names are facts), Unicode CLDR territory names "
                     "via ICU (Unicode licence), the UN short and formal names of the member and "
                     "observer states in the six UN languages (facts, tools/dictsrc/un_names_data.py) "
                     "and hand curation (UN membership, variants, table forms, demonyms, context "
                     "rules, capitals). PETRARCH2 actor lists (MIT) were consulted for variant "
                     "spellings.",
           "entries": entries}
    common.dump(doc, sys.stdout)


def strings_of(ent):
    out = [ent["name"]] + [text_of(a) for a in ent["aliases"]] + ent.get("demonyms", []) + ent.get("people", [])
    for v in ent.get("names", {}).values():
        out += v if isinstance(v, list) else [v]
    return out


def add_table_forms(entries, generated):
    """Adds each entry's table forms as aliases, except a form that another
    entry also claims or generates: a table form must never give a wrong id."""
    owner = {}
    for ent in entries:
        for t in strings_of(ent):
            owner.setdefault(common.fold(norm(t)), set()).add(ent["id"])
    gen_owner = {}
    for cc, forms in generated.items():
        for f in forms:
            gen_owner.setdefault(common.fold(norm(f)), set()).add(cc)
    blocked = common.blocker_keys()
    for ent in entries:
        have = {common.fold(norm(t)) for t in strings_of(ent)}
        for f in generated.get(ent["id"], []):
            k = common.fold(norm(f))
            if k in have or k in blocked:
                continue
            if owner.get(k, {ent["id"]}) - {ent["id"]} or gen_owner[k] - {ent["id"]}:
                print(f"table form {f!r} of {ent['id']} also belongs to "
                      f"{sorted((owner.get(k, set()) | gen_owner[k]) - {ent['id']})}: left out", file=sys.stderr)
                continue
            have.add(k)
            ent["aliases"].append(f)


def english_words():
    """Folded words and names of the system word list (Debian wamerican): a
    name in another language that is also an English word or name ("Island",
    German for Iceland; "Irã", Portuguese for Iran, is "IRA"; "Cipro",
    "Norfolk") is left out."""
    with open(WORDS, encoding="utf-8") as f:
        return {common.fold(w.strip()) for w in f if w.strip()}


def add_other_names(entries, more):
    """Adds CLDR names in the languages of cf.MORE_LANGS and the endonym under
    their language code, except a name that another entry claims (or whose
    other-language names claim it), a blocker, or an English word: a name
    from another language must never give a wrong id in English text."""
    owner = {}
    for ent in entries:
        for t in strings_of(ent):
            owner.setdefault(common.fold(norm(t)), set()).add(ent["id"])
    for cc, lst in more.items():
        for _, n in lst:
            owner.setdefault(common.fold(norm(n)), set()).add(cc)
    blocked = common.blocker_keys()
    words = english_words()
    for ent in entries:
        for lang, n in more.get(ent["id"], []):
            k = common.fold(norm(n))
            # Four letters or fewer: too near an acronym ("Omã" is "OMA").
            if k in blocked or k in words or (len(k) <= 4 and k.isascii()) or owner[k] - {ent["id"]}:
                print(f"{lang} name {n!r} of {ent['id']} is a blocker, an English word or also "
                      f"{sorted(owner[k] - {ent['id']})}: left out", file=sys.stderr)
                continue
            if lang == "variant":
                ent["aliases"].append({"text": n, "variant": True, "case": "sensitive"})
                continue
            have = ent["names"].get(lang)
            have = [] if have is None else have if isinstance(have, list) else [have]
            if n not in have:
                have.append(n)
            ent["names"][lang] = have[0] if len(have) == 1 else have


if __name__ == "__main__":
    main()
