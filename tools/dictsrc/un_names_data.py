"""The UN short and formal names of the 193 member states and the two observer
states in the six official languages of the United Nations, as the UN
Terminology Database (UNTERM) and the UNGEGN country-name lists give them.
Names and codes are facts; the project wrote this table out itself.

One line per state: ISO3 | short name | formal name. The article the UN
writes in parentheses ("Bahamas (the)", "Fédération de Russie (la)") is left
out; a short name that the UN writes with a parenthesis of its own ("Iran
(Islamic Republic of)") keeps it. A blank formal name means the same as the
short one.
"""

EN = r"""
AFG|Afghanistan|Islamic Republic of Afghanistan
ALB|Albania|Republic of Albania
DZA|Algeria|People's Democratic Republic of Algeria
AND|Andorra|Principality of Andorra
AGO|Angola|Republic of Angola
ATG|Antigua and Barbuda|
ARG|Argentina|Argentine Republic
ARM|Armenia|Republic of Armenia
AUS|Australia|
AUT|Austria|Republic of Austria
AZE|Azerbaijan|Republic of Azerbaijan
BHS|Bahamas|Commonwealth of the Bahamas
BHR|Bahrain|Kingdom of Bahrain
BGD|Bangladesh|People's Republic of Bangladesh
BRB|Barbados|
BLR|Belarus|Republic of Belarus
BEL|Belgium|Kingdom of Belgium
BLZ|Belize|
BEN|Benin|Republic of Benin
BTN|Bhutan|Kingdom of Bhutan
BOL|Bolivia (Plurinational State of)|Plurinational State of Bolivia
BIH|Bosnia and Herzegovina|
BWA|Botswana|Republic of Botswana
BRA|Brazil|Federative Republic of Brazil
BRN|Brunei Darussalam|
BGR|Bulgaria|Republic of Bulgaria
BFA|Burkina Faso|
BDI|Burundi|Republic of Burundi
CPV|Cabo Verde|Republic of Cabo Verde
KHM|Cambodia|Kingdom of Cambodia
CMR|Cameroon|Republic of Cameroon
CAN|Canada|
CAF|Central African Republic|
TCD|Chad|Republic of Chad
CHL|Chile|Republic of Chile
CHN|China|People's Republic of China
COL|Colombia|Republic of Colombia
COM|Comoros|Union of the Comoros
COG|Congo|Republic of the Congo
CRI|Costa Rica|Republic of Costa Rica
CIV|Côte d'Ivoire|Republic of Côte d'Ivoire
HRV|Croatia|Republic of Croatia
CUB|Cuba|Republic of Cuba
CYP|Cyprus|Republic of Cyprus
CZE|Czechia|Czech Republic
PRK|Democratic People's Republic of Korea|
COD|Democratic Republic of the Congo|
DNK|Denmark|Kingdom of Denmark
DJI|Djibouti|Republic of Djibouti
DMA|Dominica|Commonwealth of Dominica
DOM|Dominican Republic|
ECU|Ecuador|Republic of Ecuador
EGY|Egypt|Arab Republic of Egypt
SLV|El Salvador|Republic of El Salvador
GNQ|Equatorial Guinea|Republic of Equatorial Guinea
ERI|Eritrea|State of Eritrea
EST|Estonia|Republic of Estonia
SWZ|Eswatini|Kingdom of Eswatini
ETH|Ethiopia|Federal Democratic Republic of Ethiopia
FJI|Fiji|Republic of Fiji
FIN|Finland|Republic of Finland
FRA|France|French Republic
GAB|Gabon|Gabonese Republic
GMB|Gambia (Republic of The)|Republic of The Gambia
GEO|Georgia|
DEU|Germany|Federal Republic of Germany
GHA|Ghana|Republic of Ghana
GRC|Greece|Hellenic Republic
GRD|Grenada|
GTM|Guatemala|Republic of Guatemala
GIN|Guinea|Republic of Guinea
GNB|Guinea-Bissau|Republic of Guinea-Bissau
GUY|Guyana|Co-operative Republic of Guyana
HTI|Haiti|Republic of Haiti
HND|Honduras|Republic of Honduras
HUN|Hungary|
ISL|Iceland|Republic of Iceland
IND|India|Republic of India
IDN|Indonesia|Republic of Indonesia
IRN|Iran (Islamic Republic of)|Islamic Republic of Iran
IRQ|Iraq|Republic of Iraq
IRL|Ireland|
ISR|Israel|State of Israel
ITA|Italy|Italian Republic
JAM|Jamaica|
JPN|Japan|
JOR|Jordan|Hashemite Kingdom of Jordan
KAZ|Kazakhstan|Republic of Kazakhstan
KEN|Kenya|Republic of Kenya
KIR|Kiribati|Republic of Kiribati
KWT|Kuwait|State of Kuwait
KGZ|Kyrgyzstan|Kyrgyz Republic
LAO|Lao People's Democratic Republic|
LVA|Latvia|Republic of Latvia
LBN|Lebanon|Lebanese Republic
LSO|Lesotho|Kingdom of Lesotho
LBR|Liberia|Republic of Liberia
LBY|Libya|State of Libya
LIE|Liechtenstein|Principality of Liechtenstein
LTU|Lithuania|Republic of Lithuania
LUX|Luxembourg|Grand Duchy of Luxembourg
MDG|Madagascar|Republic of Madagascar
MWI|Malawi|Republic of Malawi
MYS|Malaysia|
MDV|Maldives|Republic of Maldives
MLI|Mali|Republic of Mali
MLT|Malta|Republic of Malta
MHL|Marshall Islands|Republic of the Marshall Islands
MRT|Mauritania|Islamic Republic of Mauritania
MUS|Mauritius|Republic of Mauritius
MEX|Mexico|United Mexican States
FSM|Micronesia (Federated States of)|Federated States of Micronesia
MCO|Monaco|Principality of Monaco
MNG|Mongolia|
MNE|Montenegro|
MAR|Morocco|Kingdom of Morocco
MOZ|Mozambique|Republic of Mozambique
MMR|Myanmar|Republic of the Union of Myanmar
NAM|Namibia|Republic of Namibia
NRU|Nauru|Republic of Nauru
NPL|Nepal|Federal Democratic Republic of Nepal
NLD|Netherlands (Kingdom of the)|Kingdom of the Netherlands
NZL|New Zealand|
NIC|Nicaragua|Republic of Nicaragua
NER|Niger|Republic of the Niger
NGA|Nigeria|Federal Republic of Nigeria
MKD|North Macedonia|Republic of North Macedonia
NOR|Norway|Kingdom of Norway
OMN|Oman|Sultanate of Oman
PAK|Pakistan|Islamic Republic of Pakistan
PLW|Palau|Republic of Palau
PAN|Panama|Republic of Panama
PNG|Papua New Guinea|Independent State of Papua New Guinea
PRY|Paraguay|Republic of Paraguay
PER|Peru|Republic of Peru
PHL|Philippines|Republic of the Philippines
POL|Poland|Republic of Poland
PRT|Portugal|Portuguese Republic
QAT|Qatar|State of Qatar
KOR|Republic of Korea|
MDA|Republic of Moldova|
ROU|Romania|
RUS|Russian Federation|
RWA|Rwanda|Republic of Rwanda
KNA|Saint Kitts and Nevis|Federation of Saint Kitts and Nevis
LCA|Saint Lucia|
VCT|Saint Vincent and the Grenadines|
WSM|Samoa|Independent State of Samoa
SMR|San Marino|Republic of San Marino
STP|Sao Tome and Principe|Democratic Republic of Sao Tome and Principe
SAU|Saudi Arabia|Kingdom of Saudi Arabia
SEN|Senegal|Republic of Senegal
SRB|Serbia|Republic of Serbia
SYC|Seychelles|Republic of Seychelles
SLE|Sierra Leone|Republic of Sierra Leone
SGP|Singapore|Republic of Singapore
SVK|Slovakia|Slovak Republic
SVN|Slovenia|Republic of Slovenia
SLB|Solomon Islands|
SOM|Somalia|Federal Republic of Somalia
ZAF|South Africa|Republic of South Africa
SSD|South Sudan|Republic of South Sudan
ESP|Spain|Kingdom of Spain
LKA|Sri Lanka|Democratic Socialist Republic of Sri Lanka
SDN|Sudan|Republic of the Sudan
SUR|Suriname|Republic of Suriname
SWE|Sweden|Kingdom of Sweden
CHE|Switzerland|Swiss Confederation
SYR|Syrian Arab Republic|
TJK|Tajikistan|Republic of Tajikistan
THA|Thailand|Kingdom of Thailand
TLS|Timor-Leste|Democratic Republic of Timor-Leste
TGO|Togo|Togolese Republic
TON|Tonga|Kingdom of Tonga
TTO|Trinidad and Tobago|Republic of Trinidad and Tobago
TUN|Tunisia|Republic of Tunisia
TUR|Türkiye|Republic of Türkiye
TKM|Turkmenistan|
TUV|Tuvalu|
UGA|Uganda|Republic of Uganda
UKR|Ukraine|
ARE|United Arab Emirates|
GBR|United Kingdom of Great Britain and Northern Ireland|
TZA|United Republic of Tanzania|
USA|United States of America|
URY|Uruguay|Eastern Republic of Uruguay
UZB|Uzbekistan|Republic of Uzbekistan
VUT|Vanuatu|Republic of Vanuatu
VEN|Venezuela (Bolivarian Republic of)|Bolivarian Republic of Venezuela
VNM|Viet Nam|Socialist Republic of Viet Nam
YEM|Yemen|Republic of Yemen
ZMB|Zambia|Republic of Zambia
ZWE|Zimbabwe|Republic of Zimbabwe
VAT|Holy See|
PSE|State of Palestine|
"""

FR = r"""
AFG|Afghanistan|République islamique d'Afghanistan
ALB|Albanie|République d'Albanie
DZA|Algérie|République algérienne démocratique et populaire
AND|Andorre|Principauté d'Andorre
AGO|Angola|République d'Angola
ATG|Antigua-et-Barbuda|
ARG|Argentine|République argentine
ARM|Arménie|République d'Arménie
AUS|Australie|
AUT|Autriche|République d'Autriche
AZE|Azerbaïdjan|République d'Azerbaïdjan
BHS|Bahamas|Commonwealth des Bahamas
BHR|Bahreïn|Royaume de Bahreïn
BGD|Bangladesh|République populaire du Bangladesh
BRB|Barbade|
BLR|Bélarus|République du Bélarus
BEL|Belgique|Royaume de Belgique
BLZ|Belize|
BEN|Bénin|République du Bénin
BTN|Bhoutan|Royaume du Bhoutan
BOL|Bolivie (État plurinational de)|État plurinational de Bolivie
BIH|Bosnie-Herzégovine|
BWA|Botswana|République du Botswana
BRA|Brésil|République fédérative du Brésil
BRN|Brunéi Darussalam|
BGR|Bulgarie|République de Bulgarie
BFA|Burkina Faso|
BDI|Burundi|République du Burundi
CPV|Cabo Verde|République de Cabo Verde
KHM|Cambodge|Royaume du Cambodge
CMR|Cameroun|République du Cameroun
CAN|Canada|
CAF|République centrafricaine|
TCD|Tchad|République du Tchad
CHL|Chili|République du Chili
CHN|Chine|République populaire de Chine
COL|Colombie|République de Colombie
COM|Comores|Union des Comores
COG|Congo|République du Congo
CRI|Costa Rica|République du Costa Rica
CIV|Côte d'Ivoire|République de Côte d'Ivoire
HRV|Croatie|République de Croatie
CUB|Cuba|République de Cuba
CYP|Chypre|République de Chypre
CZE|Tchéquie|République tchèque
PRK|République populaire démocratique de Corée|
COD|République démocratique du Congo|
DNK|Danemark|Royaume du Danemark
DJI|Djibouti|République de Djibouti
DMA|Dominique|Commonwealth de Dominique
DOM|République dominicaine|
ECU|Équateur|République de l'Équateur
EGY|Égypte|République arabe d'Égypte
SLV|El Salvador|République d'El Salvador
GNQ|Guinée équatoriale|République de Guinée équatoriale
ERI|Érythrée|État d'Érythrée
EST|Estonie|République d'Estonie
SWZ|Eswatini|Royaume d'Eswatini
ETH|Éthiopie|République fédérale démocratique d'Éthiopie
FJI|Fidji|République des Fidji
FIN|Finlande|République de Finlande
FRA|France|République française
GAB|Gabon|République gabonaise
GMB|Gambie|République de Gambie
GEO|Géorgie|
DEU|Allemagne|République fédérale d'Allemagne
GHA|Ghana|République du Ghana
GRC|Grèce|République hellénique
GRD|Grenade|
GTM|Guatemala|République du Guatemala
GIN|Guinée|République de Guinée
GNB|Guinée-Bissau|République de Guinée-Bissau
GUY|Guyana|République coopérative du Guyana
HTI|Haïti|République d'Haïti
HND|Honduras|République du Honduras
HUN|Hongrie|
ISL|Islande|République d'Islande
IND|Inde|République de l'Inde
IDN|Indonésie|République d'Indonésie
IRN|Iran (République islamique d')|République islamique d'Iran
IRQ|Iraq|République d'Iraq
IRL|Irlande|
ISR|Israël|État d'Israël
ITA|Italie|République italienne
JAM|Jamaïque|
JPN|Japon|
JOR|Jordanie|Royaume hachémite de Jordanie
KAZ|Kazakhstan|République du Kazakhstan
KEN|Kenya|République du Kenya
KIR|Kiribati|République de Kiribati
KWT|Koweït|État du Koweït
KGZ|Kirghizistan|République kirghize
LAO|République démocratique populaire lao|
LVA|Lettonie|République de Lettonie
LBN|Liban|République libanaise
LSO|Lesotho|Royaume du Lesotho
LBR|Libéria|République du Libéria
LBY|Libye|État de Libye
LIE|Liechtenstein|Principauté du Liechtenstein
LTU|Lituanie|République de Lituanie
LUX|Luxembourg|Grand-Duché de Luxembourg
MDG|Madagascar|République de Madagascar
MWI|Malawi|République du Malawi
MYS|Malaisie|
MDV|Maldives|République des Maldives
MLI|Mali|République du Mali
MLT|Malte|République de Malte
MHL|Îles Marshall|République des Îles Marshall
MRT|Mauritanie|République islamique de Mauritanie
MUS|Maurice|République de Maurice
MEX|Mexique|États-Unis du Mexique
FSM|Micronésie (États fédérés de)|États fédérés de Micronésie
MCO|Monaco|Principauté de Monaco
MNG|Mongolie|
MNE|Monténégro|
MAR|Maroc|Royaume du Maroc
MOZ|Mozambique|République du Mozambique
MMR|Myanmar|République de l'Union du Myanmar
NAM|Namibie|République de Namibie
NRU|Nauru|République de Nauru
NPL|Népal|République fédérale démocratique du Népal
NLD|Pays-Bas (Royaume des)|Royaume des Pays-Bas
NZL|Nouvelle-Zélande|
NIC|Nicaragua|République du Nicaragua
NER|Niger|République du Niger
NGA|Nigéria|République fédérale du Nigéria
MKD|Macédoine du Nord|République de Macédoine du Nord
NOR|Norvège|Royaume de Norvège
OMN|Oman|Sultanat d'Oman
PAK|Pakistan|République islamique du Pakistan
PLW|Palaos|République des Palaos
PAN|Panama|République du Panama
PNG|Papouasie-Nouvelle-Guinée|État indépendant de Papouasie-Nouvelle-Guinée
PRY|Paraguay|République du Paraguay
PER|Pérou|République du Pérou
PHL|Philippines|République des Philippines
POL|Pologne|République de Pologne
PRT|Portugal|République portugaise
QAT|Qatar|État du Qatar
KOR|République de Corée|
MDA|République de Moldova|
ROU|Roumanie|
RUS|Fédération de Russie|
RWA|Rwanda|République du Rwanda
KNA|Saint-Kitts-et-Nevis|Fédération de Saint-Kitts-et-Nevis
LCA|Sainte-Lucie|
VCT|Saint-Vincent-et-les Grenadines|
WSM|Samoa|État indépendant du Samoa
SMR|Saint-Marin|République de Saint-Marin
STP|Sao Tomé-et-Principe|République démocratique de Sao Tomé-et-Principe
SAU|Arabie saoudite|Royaume d'Arabie saoudite
SEN|Sénégal|République du Sénégal
SRB|Serbie|République de Serbie
SYC|Seychelles|République des Seychelles
SLE|Sierra Leone|République de Sierra Leone
SGP|Singapour|République de Singapour
SVK|Slovaquie|République slovaque
SVN|Slovénie|République de Slovénie
SLB|Îles Salomon|
SOM|Somalie|République fédérale de Somalie
ZAF|Afrique du Sud|République sud-africaine
SSD|Soudan du Sud|République du Soudan du Sud
ESP|Espagne|Royaume d'Espagne
LKA|Sri Lanka|République socialiste démocratique de Sri Lanka
SDN|Soudan|République du Soudan
SUR|Suriname|République du Suriname
SWE|Suède|Royaume de Suède
CHE|Suisse|Confédération suisse
SYR|République arabe syrienne|
TJK|Tadjikistan|République du Tadjikistan
THA|Thaïlande|Royaume de Thaïlande
TLS|Timor-Leste|République démocratique du Timor-Leste
TGO|Togo|République togolaise
TON|Tonga|Royaume des Tonga
TTO|Trinité-et-Tobago|République de Trinité-et-Tobago
TUN|Tunisie|République tunisienne
TUR|Türkiye|République de Türkiye
TKM|Turkménistan|
TUV|Tuvalu|
UGA|Ouganda|République de l'Ouganda
UKR|Ukraine|
ARE|Émirats arabes unis|
GBR|Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|
TZA|République-Unie de Tanzanie|
USA|États-Unis d'Amérique|
URY|Uruguay|République orientale de l'Uruguay
UZB|Ouzbékistan|République d'Ouzbékistan
VUT|Vanuatu|République de Vanuatu
VEN|Venezuela (République bolivarienne du)|République bolivarienne du Venezuela
VNM|Viet Nam|République socialiste du Viet Nam
YEM|Yémen|République du Yémen
ZMB|Zambie|République de Zambie
ZWE|Zimbabwe|République du Zimbabwe
VAT|Saint-Siège|
PSE|État de Palestine|
"""

ES = r"""
AFG|Afganistán|República Islámica del Afganistán
ALB|Albania|República de Albania
DZA|Argelia|República Argelina Democrática y Popular
AND|Andorra|Principado de Andorra
AGO|Angola|República de Angola
ATG|Antigua y Barbuda|
ARG|Argentina|República Argentina
ARM|Armenia|República de Armenia
AUS|Australia|
AUT|Austria|República de Austria
AZE|Azerbaiyán|República de Azerbaiyán
BHS|Bahamas|Commonwealth de las Bahamas
BHR|Bahrein|Reino de Bahrein
BGD|Bangladesh|República Popular de Bangladesh
BRB|Barbados|
BLR|Belarús|República de Belarús
BEL|Bélgica|Reino de Bélgica
BLZ|Belice|
BEN|Benin|República de Benin
BTN|Bhután|Reino de Bhután
BOL|Bolivia (Estado Plurinacional de)|Estado Plurinacional de Bolivia
BIH|Bosnia y Herzegovina|
BWA|Botswana|República de Botswana
BRA|Brasil|República Federativa del Brasil
BRN|Brunei Darussalam|
BGR|Bulgaria|República de Bulgaria
BFA|Burkina Faso|
BDI|Burundi|República de Burundi
CPV|Cabo Verde|República de Cabo Verde
KHM|Camboya|Reino de Camboya
CMR|Camerún|República del Camerún
CAN|Canadá|
CAF|República Centroafricana|
TCD|Chad|República del Chad
CHL|Chile|República de Chile
CHN|China|República Popular China
COL|Colombia|República de Colombia
COM|Comoras|Unión de las Comoras
COG|Congo|República del Congo
CRI|Costa Rica|República de Costa Rica
CIV|Côte d'Ivoire|República de Côte d'Ivoire
HRV|Croacia|República de Croacia
CUB|Cuba|República de Cuba
CYP|Chipre|República de Chipre
CZE|Chequia|República Checa
PRK|República Popular Democrática de Corea|
COD|República Democrática del Congo|
DNK|Dinamarca|Reino de Dinamarca
DJI|Djibouti|República de Djibouti
DMA|Dominica|Commonwealth de Dominica
DOM|República Dominicana|
ECU|Ecuador|República del Ecuador
EGY|Egipto|República Árabe de Egipto
SLV|El Salvador|República de El Salvador
GNQ|Guinea Ecuatorial|República de Guinea Ecuatorial
ERI|Eritrea|Estado de Eritrea
EST|Estonia|República de Estonia
SWZ|Eswatini|Reino de Eswatini
ETH|Etiopía|República Democrática Federal de Etiopía
FJI|Fiji|República de Fiji
FIN|Finlandia|República de Finlandia
FRA|Francia|República Francesa
GAB|Gabón|República Gabonesa
GMB|Gambia|República de Gambia
GEO|Georgia|
DEU|Alemania|República Federal de Alemania
GHA|Ghana|República de Ghana
GRC|Grecia|República Helénica
GRD|Granada|
GTM|Guatemala|República de Guatemala
GIN|Guinea|República de Guinea
GNB|Guinea-Bissau|República de Guinea-Bissau
GUY|Guyana|República Cooperativa de Guyana
HTI|Haití|República de Haití
HND|Honduras|República de Honduras
HUN|Hungría|
ISL|Islandia|República de Islandia
IND|India|República de la India
IDN|Indonesia|República de Indonesia
IRN|Irán (República Islámica del)|República Islámica del Irán
IRQ|Iraq|República del Iraq
IRL|Irlanda|
ISR|Israel|Estado de Israel
ITA|Italia|República Italiana
JAM|Jamaica|
JPN|Japón|
JOR|Jordania|Reino Hachemita de Jordania
KAZ|Kazajstán|República de Kazajstán
KEN|Kenya|República de Kenya
KIR|Kiribati|República de Kiribati
KWT|Kuwait|Estado de Kuwait
KGZ|Kirguistán|República Kirguisa
LAO|República Democrática Popular Lao|
LVA|Letonia|República de Letonia
LBN|Líbano|República Libanesa
LSO|Lesotho|Reino de Lesotho
LBR|Liberia|República de Liberia
LBY|Libia|Estado de Libia
LIE|Liechtenstein|Principado de Liechtenstein
LTU|Lituania|República de Lituania
LUX|Luxemburgo|Gran Ducado de Luxemburgo
MDG|Madagascar|República de Madagascar
MWI|Malawi|República de Malawi
MYS|Malasia|
MDV|Maldivas|República de Maldivas
MLI|Malí|República de Malí
MLT|Malta|República de Malta
MHL|Islas Marshall|República de las Islas Marshall
MRT|Mauritania|República Islámica de Mauritania
MUS|Mauricio|República de Mauricio
MEX|México|Estados Unidos Mexicanos
FSM|Micronesia (Estados Federados de)|Estados Federados de Micronesia
MCO|Mónaco|Principado de Mónaco
MNG|Mongolia|
MNE|Montenegro|
MAR|Marruecos|Reino de Marruecos
MOZ|Mozambique|República de Mozambique
MMR|Myanmar|República de la Unión de Myanmar
NAM|Namibia|República de Namibia
NRU|Nauru|República de Nauru
NPL|Nepal|República Democrática Federal de Nepal
NLD|Países Bajos (Reino de los)|Reino de los Países Bajos
NZL|Nueva Zelandia|
NIC|Nicaragua|República de Nicaragua
NER|Níger|República del Níger
NGA|Nigeria|República Federal de Nigeria
MKD|Macedonia del Norte|República de Macedonia del Norte
NOR|Noruega|Reino de Noruega
OMN|Omán|Sultanía de Omán
PAK|Pakistán|República Islámica del Pakistán
PLW|Palau|República de Palau
PAN|Panamá|República de Panamá
PNG|Papua Nueva Guinea|Estado Independiente de Papua Nueva Guinea
PRY|Paraguay|República del Paraguay
PER|Perú|República del Perú
PHL|Filipinas|República de Filipinas
POL|Polonia|República de Polonia
PRT|Portugal|República Portuguesa
QAT|Qatar|Estado de Qatar
KOR|República de Corea|
MDA|República de Moldova|
ROU|Rumania|
RUS|Federación de Rusia|
RWA|Rwanda|República de Rwanda
KNA|Saint Kitts y Nevis|Federación de Saint Kitts y Nevis
LCA|Santa Lucía|
VCT|San Vicente y las Granadinas|
WSM|Samoa|Estado Independiente de Samoa
SMR|San Marino|República de San Marino
STP|Santo Tomé y Príncipe|República Democrática de Santo Tomé y Príncipe
SAU|Arabia Saudita|Reino de la Arabia Saudita
SEN|Senegal|República del Senegal
SRB|Serbia|República de Serbia
SYC|Seychelles|República de Seychelles
SLE|Sierra Leona|República de Sierra Leona
SGP|Singapur|República de Singapur
SVK|Eslovaquia|República Eslovaca
SVN|Eslovenia|República de Eslovenia
SLB|Islas Salomón|
SOM|Somalia|República Federal de Somalia
ZAF|Sudáfrica|República de Sudáfrica
SSD|Sudán del Sur|República de Sudán del Sur
ESP|España|Reino de España
LKA|Sri Lanka|República Socialista Democrática de Sri Lanka
SDN|Sudán|República del Sudán
SUR|Suriname|República de Suriname
SWE|Suecia|Reino de Suecia
CHE|Suiza|Confederación Suiza
SYR|República Árabe Siria|
TJK|Tayikistán|República de Tayikistán
THA|Tailandia|Reino de Tailandia
TLS|Timor-Leste|República Democrática de Timor-Leste
TGO|Togo|República Togolesa
TON|Tonga|Reino de Tonga
TTO|Trinidad y Tabago|República de Trinidad y Tabago
TUN|Túnez|República de Túnez
TUR|Türkiye|República de Türkiye
TKM|Turkmenistán|
TUV|Tuvalu|
UGA|Uganda|República de Uganda
UKR|Ucrania|
ARE|Emiratos Árabes Unidos|
GBR|Reino Unido de Gran Bretaña e Irlanda del Norte|
TZA|República Unida de Tanzanía|
USA|Estados Unidos de América|
URY|Uruguay|República Oriental del Uruguay
UZB|Uzbekistán|República de Uzbekistán
VUT|Vanuatu|República de Vanuatu
VEN|Venezuela (República Bolivariana de)|República Bolivariana de Venezuela
VNM|Viet Nam|República Socialista de Viet Nam
YEM|Yemen|República del Yemen
ZMB|Zambia|República de Zambia
ZWE|Zimbabwe|República de Zimbabwe
VAT|Santa Sede|
PSE|Estado de Palestina|
"""

RU = r"""
AFG|Афганистан|Исламская Республика Афганистан
ALB|Албания|Республика Албания
DZA|Алжир|Алжирская Народная Демократическая Республика
AND|Андорра|Княжество Андорра
AGO|Ангола|Республика Ангола
ATG|Антигуа и Барбуда|
ARG|Аргентина|Аргентинская Республика
ARM|Армения|Республика Армения
AUS|Австралия|
AUT|Австрия|Австрийская Республика
AZE|Азербайджан|Азербайджанская Республика
BHS|Багамские Острова|Содружество Багамских Островов
BHR|Бахрейн|Королевство Бахрейн
BGD|Бангладеш|Народная Республика Бангладеш
BRB|Барбадос|
BLR|Беларусь|Республика Беларусь
BEL|Бельгия|Королевство Бельгия
BLZ|Белиз|
BEN|Бенин|Республика Бенин
BTN|Бутан|Королевство Бутан
BOL|Боливия (Многонациональное Государство)|Многонациональное Государство Боливия
BIH|Босния и Герцеговина|
BWA|Ботсвана|Республика Ботсвана
BRA|Бразилия|Федеративная Республика Бразилия
BRN|Бруней-Даруссалам|
BGR|Болгария|Республика Болгария
BFA|Буркина-Фасо|
BDI|Бурунди|Республика Бурунди
CPV|Кабо-Верде|Республика Кабо-Верде
KHM|Камбоджа|Королевство Камбоджа
CMR|Камерун|Республика Камерун
CAN|Канада|
CAF|Центральноафриканская Республика|
TCD|Чад|Республика Чад
CHL|Чили|Республика Чили
CHN|Китай|Китайская Народная Республика
COL|Колумбия|Республика Колумбия
COM|Коморские Острова|Союз Коморских Островов
COG|Конго|Республика Конго
CRI|Коста-Рика|Республика Коста-Рика
CIV|Кот-д'Ивуар|Республика Кот-д'Ивуар
HRV|Хорватия|Республика Хорватия
CUB|Куба|Республика Куба
CYP|Кипр|Республика Кипр
CZE|Чехия|Чешская Республика
PRK|Корейская Народно-Демократическая Республика|
COD|Демократическая Республика Конго|
DNK|Дания|Королевство Дания
DJI|Джибути|Республика Джибути
DMA|Доминика|Содружество Доминики
DOM|Доминиканская Республика|
ECU|Эквадор|Республика Эквадор
EGY|Египет|Арабская Республика Египет
SLV|Сальвадор|Республика Эль-Сальвадор
GNQ|Экваториальная Гвинея|Республика Экваториальная Гвинея
ERI|Эритрея|Государство Эритрея
EST|Эстония|Эстонская Республика
SWZ|Эсватини|Королевство Эсватини
ETH|Эфиопия|Федеративная Демократическая Республика Эфиопия
FJI|Фиджи|Республика Фиджи
FIN|Финляндия|Финляндская Республика
FRA|Франция|Французская Республика
GAB|Габон|Габонская Республика
GMB|Гамбия|Республика Гамбия
GEO|Грузия|
DEU|Германия|Федеративная Республика Германия
GHA|Гана|Республика Гана
GRC|Греция|Греческая Республика
GRD|Гренада|
GTM|Гватемала|Республика Гватемала
GIN|Гвинея|Гвинейская Республика
GNB|Гвинея-Бисау|Республика Гвинея-Бисау
GUY|Гайана|Кооперативная Республика Гайана
HTI|Гаити|Республика Гаити
HND|Гондурас|Республика Гондурас
HUN|Венгрия|
ISL|Исландия|Республика Исландия
IND|Индия|Республика Индия
IDN|Индонезия|Республика Индонезия
IRN|Иран (Исламская Республика)|Исламская Республика Иран
IRQ|Ирак|Республика Ирак
IRL|Ирландия|
ISR|Израиль|Государство Израиль
ITA|Италия|Итальянская Республика
JAM|Ямайка|
JPN|Япония|
JOR|Иордания|Иорданское Хашимитское Королевство
KAZ|Казахстан|Республика Казахстан
KEN|Кения|Республика Кения
KIR|Кирибати|Республика Кирибати
KWT|Кувейт|Государство Кувейт
KGZ|Кыргызстан|Кыргызская Республика
LAO|Лаосская Народно-Демократическая Республика|
LVA|Латвия|Латвийская Республика
LBN|Ливан|Ливанская Республика
LSO|Лесото|Королевство Лесото
LBR|Либерия|Республика Либерия
LBY|Ливия|Государство Ливия
LIE|Лихтенштейн|Княжество Лихтенштейн
LTU|Литва|Литовская Республика
LUX|Люксембург|Великое Герцогство Люксембург
MDG|Мадагаскар|Республика Мадагаскар
MWI|Малави|Республика Малави
MYS|Малайзия|
MDV|Мальдивские Острова|Мальдивская Республика
MLI|Мали|Республика Мали
MLT|Мальта|Республика Мальта
MHL|Маршалловы Острова|Республика Маршалловы Острова
MRT|Мавритания|Исламская Республика Мавритания
MUS|Маврикий|Республика Маврикий
MEX|Мексика|Мексиканские Соединенные Штаты
FSM|Микронезия (Федеративные Штаты)|Федеративные Штаты Микронезии
MCO|Монако|Княжество Монако
MNG|Монголия|
MNE|Черногория|
MAR|Марокко|Королевство Марокко
MOZ|Мозамбик|Республика Мозамбик
MMR|Мьянма|Республика Союз Мьянма
NAM|Намибия|Республика Намибия
NRU|Науру|Республика Науру
NPL|Непал|Федеративная Демократическая Республика Непал
NLD|Нидерланды (Королевство)|Королевство Нидерландов
NZL|Новая Зеландия|
NIC|Никарагуа|Республика Никарагуа
NER|Нигер|Республика Нигер
NGA|Нигерия|Федеративная Республика Нигерия
MKD|Северная Македония|Республика Северная Македония
NOR|Норвегия|Королевство Норвегия
OMN|Оман|Султанат Оман
PAK|Пакистан|Исламская Республика Пакистан
PLW|Палау|Республика Палау
PAN|Панама|Республика Панама
PNG|Папуа — Новая Гвинея|Независимое Государство Папуа — Новая Гвинея
PRY|Парагвай|Республика Парагвай
PER|Перу|Республика Перу
PHL|Филиппины|Республика Филиппины
POL|Польша|Республика Польша
PRT|Португалия|Португальская Республика
QAT|Катар|Государство Катар
KOR|Республика Корея|
MDA|Республика Молдова|
ROU|Румыния|
RUS|Российская Федерация|
RWA|Руанда|Республика Руанда
KNA|Сент-Китс и Невис|Федерация Сент-Китс и Невис
LCA|Сент-Люсия|
VCT|Сент-Винсент и Гренадины|
WSM|Самоа|Независимое Государство Самоа
SMR|Сан-Марино|Республика Сан-Марино
STP|Сан-Томе и Принсипи|Демократическая Республика Сан-Томе и Принсипи
SAU|Саудовская Аравия|Королевство Саудовская Аравия
SEN|Сенегал|Республика Сенегал
SRB|Сербия|Республика Сербия
SYC|Сейшельские Острова|Республика Сейшельские Острова
SLE|Сьерра-Леоне|Республика Сьерра-Леоне
SGP|Сингапур|Республика Сингапур
SVK|Словакия|Словацкая Республика
SVN|Словения|Республика Словения
SLB|Соломоновы Острова|
SOM|Сомали|Федеративная Республика Сомали
ZAF|Южная Африка|Южно-Африканская Республика
SSD|Южный Судан|Республика Южный Судан
ESP|Испания|Королевство Испания
LKA|Шри-Ланка|Демократическая Социалистическая Республика Шри-Ланка
SDN|Судан|Республика Судан
SUR|Суринам|Республика Суринам
SWE|Швеция|Королевство Швеция
CHE|Швейцария|Швейцарская Конфедерация
SYR|Сирийская Арабская Республика|
TJK|Таджикистан|Республика Таджикистан
THA|Таиланд|Королевство Таиланд
TLS|Тимор-Лешти|Демократическая Республика Тимор-Лешти
TGO|Того|Тоголезская Республика
TON|Тонга|Королевство Тонга
TTO|Тринидад и Тобаго|Республика Тринидад и Тобаго
TUN|Тунис|Тунисская Республика
TUR|Турция|Турецкая Республика
TKM|Туркменистан|
TUV|Тувалу|
UGA|Уганда|Республика Уганда
UKR|Украина|
ARE|Объединенные Арабские Эмираты|
GBR|Соединенное Королевство Великобритании и Северной Ирландии|
TZA|Объединенная Республика Танзания|
USA|Соединенные Штаты Америки|
URY|Уругвай|Восточная Республика Уругвай
UZB|Узбекистан|Республика Узбекистан
VUT|Вануату|Республика Вануату
VEN|Венесуэла (Боливарианская Республика)|Боливарианская Республика Венесуэла
VNM|Вьетнам|Социалистическая Республика Вьетнам
YEM|Йемен|Йеменская Республика
ZMB|Замбия|Республика Замбия
ZWE|Зимбабве|Республика Зимбабве
VAT|Святейший Престол|
PSE|Государство Палестина|
"""

ZH = r"""
AFG|阿富汗|阿富汗伊斯兰共和国
ALB|阿尔巴尼亚|阿尔巴尼亚共和国
DZA|阿尔及利亚|阿尔及利亚民主人民共和国
AND|安道尔|安道尔公国
AGO|安哥拉|安哥拉共和国
ATG|安提瓜和巴布达|
ARG|阿根廷|阿根廷共和国
ARM|亚美尼亚|亚美尼亚共和国
AUS|澳大利亚|
AUT|奥地利|奥地利共和国
AZE|阿塞拜疆|阿塞拜疆共和国
BHS|巴哈马|巴哈马国
BHR|巴林|巴林王国
BGD|孟加拉国|孟加拉人民共和国
BRB|巴巴多斯|
BLR|白俄罗斯|白俄罗斯共和国
BEL|比利时|比利时王国
BLZ|伯利兹|
BEN|贝宁|贝宁共和国
BTN|不丹|不丹王国
BOL|多民族玻利维亚国|
BIH|波斯尼亚和黑塞哥维那|
BWA|博茨瓦纳|博茨瓦纳共和国
BRA|巴西|巴西联邦共和国
BRN|文莱达鲁萨兰国|
BGR|保加利亚|保加利亚共和国
BFA|布基纳法索|
BDI|布隆迪|布隆迪共和国
CPV|佛得角|佛得角共和国
KHM|柬埔寨|柬埔寨王国
CMR|喀麦隆|喀麦隆共和国
CAN|加拿大|
CAF|中非共和国|
TCD|乍得|乍得共和国
CHL|智利|智利共和国
CHN|中国|中华人民共和国
COL|哥伦比亚|哥伦比亚共和国
COM|科摩罗|科摩罗联盟
COG|刚果|刚果共和国
CRI|哥斯达黎加|哥斯达黎加共和国
CIV|科特迪瓦|科特迪瓦共和国
HRV|克罗地亚|克罗地亚共和国
CUB|古巴|古巴共和国
CYP|塞浦路斯|塞浦路斯共和国
CZE|捷克|捷克共和国
PRK|朝鲜民主主义人民共和国|
COD|刚果民主共和国|
DNK|丹麦|丹麦王国
DJI|吉布提|吉布提共和国
DMA|多米尼克|多米尼克国
DOM|多米尼加共和国|
ECU|厄瓜多尔|厄瓜多尔共和国
EGY|埃及|阿拉伯埃及共和国
SLV|萨尔瓦多|萨尔瓦多共和国
GNQ|赤道几内亚|赤道几内亚共和国
ERI|厄立特里亚|厄立特里亚国
EST|爱沙尼亚|爱沙尼亚共和国
SWZ|斯威士兰|斯威士兰王国
ETH|埃塞俄比亚|埃塞俄比亚联邦民主共和国
FJI|斐济|斐济共和国
FIN|芬兰|芬兰共和国
FRA|法国|法兰西共和国
GAB|加蓬|加蓬共和国
GMB|冈比亚|冈比亚共和国
GEO|格鲁吉亚|
DEU|德国|德意志联邦共和国
GHA|加纳|加纳共和国
GRC|希腊|希腊共和国
GRD|格林纳达|
GTM|危地马拉|危地马拉共和国
GIN|几内亚|几内亚共和国
GNB|几内亚比绍|几内亚比绍共和国
GUY|圭亚那|圭亚那合作共和国
HTI|海地|海地共和国
HND|洪都拉斯|洪都拉斯共和国
HUN|匈牙利|
ISL|冰岛|冰岛共和国
IND|印度|印度共和国
IDN|印度尼西亚|印度尼西亚共和国
IRN|伊朗伊斯兰共和国|
IRQ|伊拉克|伊拉克共和国
IRL|爱尔兰|
ISR|以色列|以色列国
ITA|意大利|意大利共和国
JAM|牙买加|
JPN|日本|日本国
JOR|约旦|约旦哈希姆王国
KAZ|哈萨克斯坦|哈萨克斯坦共和国
KEN|肯尼亚|肯尼亚共和国
KIR|基里巴斯|基里巴斯共和国
KWT|科威特|科威特国
KGZ|吉尔吉斯斯坦|吉尔吉斯共和国
LAO|老挝人民民主共和国|
LVA|拉脱维亚|拉脱维亚共和国
LBN|黎巴嫩|黎巴嫩共和国
LSO|莱索托|莱索托王国
LBR|利比里亚|利比里亚共和国
LBY|利比亚|利比亚国
LIE|列支敦士登|列支敦士登公国
LTU|立陶宛|立陶宛共和国
LUX|卢森堡|卢森堡大公国
MDG|马达加斯加|马达加斯加共和国
MWI|马拉维|马拉维共和国
MYS|马来西亚|
MDV|马尔代夫|马尔代夫共和国
MLI|马里|马里共和国
MLT|马耳他|马耳他共和国
MHL|马绍尔群岛|马绍尔群岛共和国
MRT|毛里塔尼亚|毛里塔尼亚伊斯兰共和国
MUS|毛里求斯|毛里求斯共和国
MEX|墨西哥|墨西哥合众国
FSM|密克罗尼西亚联邦|
MCO|摩纳哥|摩纳哥公国
MNG|蒙古|蒙古国
MNE|黑山|
MAR|摩洛哥|摩洛哥王国
MOZ|莫桑比克|莫桑比克共和国
MMR|缅甸|缅甸联邦共和国
NAM|纳米比亚|纳米比亚共和国
NRU|瑙鲁|瑙鲁共和国
NPL|尼泊尔|尼泊尔联邦民主共和国
NLD|荷兰王国|
NZL|新西兰|
NIC|尼加拉瓜|尼加拉瓜共和国
NER|尼日尔|尼日尔共和国
NGA|尼日利亚|尼日利亚联邦共和国
MKD|北马其顿|北马其顿共和国
NOR|挪威|挪威王国
OMN|阿曼|阿曼苏丹国
PAK|巴基斯坦|巴基斯坦伊斯兰共和国
PLW|帕劳|帕劳共和国
PAN|巴拿马|巴拿马共和国
PNG|巴布亚新几内亚|巴布亚新几内亚独立国
PRY|巴拉圭|巴拉圭共和国
PER|秘鲁|秘鲁共和国
PHL|菲律宾|菲律宾共和国
POL|波兰|波兰共和国
PRT|葡萄牙|葡萄牙共和国
QAT|卡塔尔|卡塔尔国
KOR|大韩民国|
MDA|摩尔多瓦共和国|
ROU|罗马尼亚|
RUS|俄罗斯联邦|
RWA|卢旺达|卢旺达共和国
KNA|圣基茨和尼维斯|圣基茨和尼维斯联邦
LCA|圣卢西亚|
VCT|圣文森特和格林纳丁斯|
WSM|萨摩亚|萨摩亚独立国
SMR|圣马力诺|圣马力诺共和国
STP|圣多美和普林西比|圣多美和普林西比民主共和国
SAU|沙特阿拉伯|沙特阿拉伯王国
SEN|塞内加尔|塞内加尔共和国
SRB|塞尔维亚|塞尔维亚共和国
SYC|塞舌尔|塞舌尔共和国
SLE|塞拉利昂|塞拉利昂共和国
SGP|新加坡|新加坡共和国
SVK|斯洛伐克|斯洛伐克共和国
SVN|斯洛文尼亚|斯洛文尼亚共和国
SLB|所罗门群岛|
SOM|索马里|索马里联邦共和国
ZAF|南非|南非共和国
SSD|南苏丹|南苏丹共和国
ESP|西班牙|西班牙王国
LKA|斯里兰卡|斯里兰卡民主社会主义共和国
SDN|苏丹|苏丹共和国
SUR|苏里南|苏里南共和国
SWE|瑞典|瑞典王国
CHE|瑞士|瑞士联邦
SYR|阿拉伯叙利亚共和国|
TJK|塔吉克斯坦|塔吉克斯坦共和国
THA|泰国|泰王国
TLS|东帝汶|东帝汶民主共和国
TGO|多哥|多哥共和国
TON|汤加|汤加王国
TTO|特立尼达和多巴哥|特立尼达和多巴哥共和国
TUN|突尼斯|突尼斯共和国
TUR|土耳其|土耳其共和国
TKM|土库曼斯坦|
TUV|图瓦卢|
UGA|乌干达|乌干达共和国
UKR|乌克兰|
ARE|阿拉伯联合酋长国|
GBR|大不列颠及北爱尔兰联合王国|
TZA|坦桑尼亚联合共和国|
USA|美利坚合众国|
URY|乌拉圭|乌拉圭东岸共和国
UZB|乌兹别克斯坦|乌兹别克斯坦共和国
VUT|瓦努阿图|瓦努阿图共和国
VEN|委内瑞拉玻利瓦尔共和国|
VNM|越南|越南社会主义共和国
YEM|也门|也门共和国
ZMB|赞比亚|赞比亚共和国
ZWE|津巴布韦|津巴布韦共和国
VAT|教廷|
PSE|巴勒斯坦国|
"""

AR = r"""
AFG|أفغانستان|جمهورية أفغانستان الإسلامية
ALB|ألبانيا|جمهورية ألبانيا
DZA|الجزائر|الجمهورية الجزائرية الديمقراطية الشعبية
AND|أندورا|إمارة أندورا
AGO|أنغولا|جمهورية أنغولا
ATG|أنتيغوا وبربودا|
ARG|الأرجنتين|جمهورية الأرجنتين
ARM|أرمينيا|جمهورية أرمينيا
AUS|أستراليا|
AUT|النمسا|جمهورية النمسا
AZE|أذربيجان|جمهورية أذربيجان
BHS|جزر البهاما|كمنولث جزر البهاما
BHR|البحرين|مملكة البحرين
BGD|بنغلاديش|جمهورية بنغلاديش الشعبية
BRB|بربادوس|
BLR|بيلاروس|جمهورية بيلاروس
BEL|بلجيكا|مملكة بلجيكا
BLZ|بليز|
BEN|بنن|جمهورية بنن
BTN|بوتان|مملكة بوتان
BOL|بوليفيا (دولة - المتعددة القوميات)|دولة بوليفيا المتعددة القوميات
BIH|البوسنة والهرسك|
BWA|بوتسوانا|جمهورية بوتسوانا
BRA|البرازيل|جمهورية البرازيل الاتحادية
BRN|بروني دار السلام|
BGR|بلغاريا|جمهورية بلغاريا
BFA|بوركينا فاسو|
BDI|بوروندي|جمهورية بوروندي
CPV|كابو فيردي|جمهورية كابو فيردي
KHM|كمبوديا|مملكة كمبوديا
CMR|الكاميرون|جمهورية الكاميرون
CAN|كندا|
CAF|جمهورية أفريقيا الوسطى|
TCD|تشاد|جمهورية تشاد
CHL|شيلي|جمهورية شيلي
CHN|الصين|جمهورية الصين الشعبية
COL|كولومبيا|جمهورية كولومبيا
COM|جزر القمر|اتحاد جزر القمر
COG|الكونغو|جمهورية الكونغو
CRI|كوستاريكا|جمهورية كوستاريكا
CIV|كوت ديفوار|جمهورية كوت ديفوار
HRV|كرواتيا|جمهورية كرواتيا
CUB|كوبا|جمهورية كوبا
CYP|قبرص|جمهورية قبرص
CZE|تشيكيا|الجمهورية التشيكية
PRK|جمهورية كوريا الشعبية الديمقراطية|
COD|جمهورية الكونغو الديمقراطية|
DNK|الدانمرك|مملكة الدانمرك
DJI|جيبوتي|جمهورية جيبوتي
DMA|دومينيكا|كمنولث دومينيكا
DOM|الجمهورية الدومينيكية|
ECU|إكوادور|جمهورية إكوادور
EGY|مصر|جمهورية مصر العربية
SLV|السلفادور|جمهورية السلفادور
GNQ|غينيا الاستوائية|جمهورية غينيا الاستوائية
ERI|إريتريا|دولة إريتريا
EST|إستونيا|جمهورية إستونيا
SWZ|إسواتيني|مملكة إسواتيني
ETH|إثيوبيا|جمهورية إثيوبيا الديمقراطية الاتحادية
FJI|فيجي|جمهورية فيجي
FIN|فنلندا|جمهورية فنلندا
FRA|فرنسا|الجمهورية الفرنسية
GAB|غابون|الجمهورية الغابونية
GMB|غامبيا|جمهورية غامبيا
GEO|جورجيا|
DEU|ألمانيا|جمهورية ألمانيا الاتحادية
GHA|غانا|جمهورية غانا
GRC|اليونان|الجمهورية الهيلينية
GRD|غرينادا|
GTM|غواتيمالا|جمهورية غواتيمالا
GIN|غينيا|جمهورية غينيا
GNB|غينيا - بيساو|جمهورية غينيا - بيساو
GUY|غيانا|جمهورية غيانا التعاونية
HTI|هايتي|جمهورية هايتي
HND|هندوراس|جمهورية هندوراس
HUN|هنغاريا|
ISL|آيسلندا|جمهورية آيسلندا
IND|الهند|جمهورية الهند
IDN|إندونيسيا|جمهورية إندونيسيا
IRN|إيران (جمهورية - الإسلامية)|جمهورية إيران الإسلامية
IRQ|العراق|جمهورية العراق
IRL|آيرلندا|
ISR|إسرائيل|دولة إسرائيل
ITA|إيطاليا|الجمهورية الإيطالية
JAM|جامايكا|
JPN|اليابان|
JOR|الأردن|المملكة الأردنية الهاشمية
KAZ|كازاخستان|جمهورية كازاخستان
KEN|كينيا|جمهورية كينيا
KIR|كيريباس|جمهورية كيريباس
KWT|الكويت|دولة الكويت
KGZ|قيرغيزستان|جمهورية قيرغيزستان
LAO|جمهورية لاو الديمقراطية الشعبية|
LVA|لاتفيا|جمهورية لاتفيا
LBN|لبنان|الجمهورية اللبنانية
LSO|ليسوتو|مملكة ليسوتو
LBR|ليبريا|جمهورية ليبريا
LBY|ليبيا|دولة ليبيا
LIE|ليختنشتاين|إمارة ليختنشتاين
LTU|ليتوانيا|جمهورية ليتوانيا
LUX|لكسمبرغ|دوقية لكسمبرغ الكبرى
MDG|مدغشقر|جمهورية مدغشقر
MWI|ملاوي|جمهورية ملاوي
MYS|ماليزيا|
MDV|ملديف|جمهورية ملديف
MLI|مالي|جمهورية مالي
MLT|مالطة|جمهورية مالطة
MHL|جزر مارشال|جمهورية جزر مارشال
MRT|موريتانيا|الجمهورية الإسلامية الموريتانية
MUS|موريشيوس|جمهورية موريشيوس
MEX|المكسيك|الولايات المتحدة المكسيكية
FSM|ميكرونيزيا (ولايات - الموحدة)|ولايات ميكرونيزيا الموحدة
MCO|موناكو|إمارة موناكو
MNG|منغوليا|
MNE|الجبل الأسود|
MAR|المغرب|المملكة المغربية
MOZ|موزامبيق|جمهورية موزامبيق
MMR|ميانمار|جمهورية اتحاد ميانمار
NAM|ناميبيا|جمهورية ناميبيا
NRU|ناورو|جمهورية ناورو
NPL|نيبال|جمهورية نيبال الديمقراطية الاتحادية
NLD|هولندا (مملكة)|مملكة هولندا
NZL|نيوزيلندا|
NIC|نيكاراغوا|جمهورية نيكاراغوا
NER|النيجر|جمهورية النيجر
NGA|نيجيريا|جمهورية نيجيريا الاتحادية
MKD|مقدونيا الشمالية|جمهورية مقدونيا الشمالية
NOR|النرويج|مملكة النرويج
OMN|عمان|سلطنة عمان
PAK|باكستان|جمهورية باكستان الإسلامية
PLW|بالاو|جمهورية بالاو
PAN|بنما|جمهورية بنما
PNG|بابوا غينيا الجديدة|دولة بابوا غينيا الجديدة المستقلة
PRY|باراغواي|جمهورية باراغواي
PER|بيرو|جمهورية بيرو
PHL|الفلبين|جمهورية الفلبين
POL|بولندا|جمهورية بولندا
PRT|البرتغال|الجمهورية البرتغالية
QAT|قطر|دولة قطر
KOR|جمهورية كوريا|
MDA|جمهورية مولدوفا|
ROU|رومانيا|
RUS|الاتحاد الروسي|
RWA|رواندا|جمهورية رواندا
KNA|سانت كيتس ونيفس|اتحاد سانت كيتس ونيفس
LCA|سانت لوسيا|
VCT|سانت فنسنت وجزر غرينادين|
WSM|ساموا|دولة ساموا المستقلة
SMR|سان مارينو|جمهورية سان مارينو
STP|سان تومي وبرينسيبي|جمهورية سان تومي وبرينسيبي الديمقراطية
SAU|المملكة العربية السعودية|
SEN|السنغال|جمهورية السنغال
SRB|صربيا|جمهورية صربيا
SYC|سيشيل|جمهورية سيشيل
SLE|سيراليون|جمهورية سيراليون
SGP|سنغافورة|جمهورية سنغافورة
SVK|سلوفاكيا|الجمهورية السلوفاكية
SVN|سلوفينيا|جمهورية سلوفينيا
SLB|جزر سليمان|
SOM|الصومال|جمهورية الصومال الاتحادية
ZAF|جنوب أفريقيا|جمهورية جنوب أفريقيا
SSD|جنوب السودان|جمهورية جنوب السودان
ESP|إسبانيا|مملكة إسبانيا
LKA|سري لانكا|جمهورية سري لانكا الديمقراطية الاشتراكية
SDN|السودان|جمهورية السودان
SUR|سورينام|جمهورية سورينام
SWE|السويد|مملكة السويد
CHE|سويسرا|الاتحاد السويسري
SYR|الجمهورية العربية السورية|
TJK|طاجيكستان|جمهورية طاجيكستان
THA|تايلند|مملكة تايلند
TLS|تيمور - ليشتي|جمهورية تيمور - ليشتي الديمقراطية
TGO|توغو|جمهورية توغو
TON|تونغا|مملكة تونغا
TTO|ترينيداد وتوباغو|جمهورية ترينيداد وتوباغو
TUN|تونس|الجمهورية التونسية
TUR|تركيا|جمهورية تركيا
TKM|تركمانستان|
TUV|توفالو|
UGA|أوغندا|جمهورية أوغندا
UKR|أوكرانيا|
ARE|الإمارات العربية المتحدة|دولة الإمارات العربية المتحدة
GBR|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية|
TZA|جمهورية تنزانيا المتحدة|
USA|الولايات المتحدة الأمريكية|
URY|أوروغواي|جمهورية أوروغواي الشرقية
UZB|أوزبكستان|جمهورية أوزبكستان
VUT|فانواتو|جمهورية فانواتو
VEN|فنزويلا (جمهورية - البوليفارية)|جمهورية فنزويلا البوليفارية
VNM|فييت نام|جمهورية فييت نام الاشتراكية
YEM|اليمن|الجمهورية اليمنية
ZMB|زامبيا|جمهورية زامبيا
ZWE|زمبابوي|جمهورية زمبابوي
VAT|الكرسي الرسولي|
PSE|دولة فلسطين|
"""

TABLES = {"en": EN, "fr": FR, "es": ES, "ru": RU, "zh": ZH, "ar": AR}
