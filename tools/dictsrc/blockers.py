"""Blockers: phrases that are not entities but contain an entity name. The
loader matches them like aliases; by longest match they win over the shorter
entity name inside them, and produce no entity. One entry per theme."""
from common import entry

SRC = "curated: common false positives in policy and news text"
E = []


def K(id, name, al):
    E.append(entry(id, name, al, SRC))


K("americas", "Latin America",
  "Latin America;South America;North America;Central America;Americas;Latin American;Latin Americans;South American;South Americans;"
  "North American;North Americans;Central American;Central Americans;Pan-American;Pan American;Middle America;Corporate America;"
  "Captain America;Miss America;our America;Nuestra America;Nuestra América;peoples of America;Cuban-American;Cuban-Americans;Cuban American;Cuban Americans;America's Cup;Anglo-American;Ibero-American;Inter-American;Meso-America;Mesoamerica")
K("american-compounds", "American (not the US government)",
  "American Indian;American Indians;Native American;Native Americans;African American;African Americans;African-American;"
  "African-Americans;Asian American;Asian Americans;Arab American;Arab Americans;Mexican American;Mexican Americans;"
  "American Express;American Airlines;American Bar Association;American University;American football;American dream;"
  "American English;American Red Cross;American Enterprise Institute;American Library Association;American Samoa's")
K("georgia-us", "Georgia (US state)",
  "Georgia (U.S. state);Georgia Tech;Georgia Institute of Technology;Georgia State University;Georgia State;University of Georgia;Atlanta, Georgia;"
  "Savannah, Georgia;Augusta, Georgia;Athens, Georgia;Georgia, USA;Georgia, U.S.;Georgia, United States;Georgia Power;"
  "Georgia Senate;Georgia General Assembly;Georgia O'Keeffe;state of Georgia;US state of Georgia;U.S. state of Georgia;"
  "Georgian era;Georgian architecture;Georgian period;Georgian house;Georgian houses")
K("new-places", "New ... (places that contain a country name)",
  "New Mexico;New Jersey;Jersey City;Jersey Shore;New Guinea;New Britain;New England;New South Wales;New Ireland")
K("guinea-words", "guinea (not Guinea)",
  "Guinea pig;Guinea pigs;guinea fowl;Gulf of Guinea;Guinea worm;Guinea Current")
K("congo-geo", "Congo (river, basin)", "Congo River;River Congo;Congo Basin;Congo basin;Congo rainforest;French Congo;Belgian Congo;Congo Free State")
K("turkey-words", "turkey (not Turkey)", "Turkey Point;cold turkey;talk turkey;Turkey Day;Turkey Trot")
K("chad-jordan", "Chad, Jordan (not the countries)",
  "Lake Chad;Lake Chad Basin;Jordan River;River Jordan;Michael Jordan;Air Jordan;Jordan Peterson;Chad Hurley;Jordan Almond")
K("niger-geo", "Niger (river, delta)", "Niger Delta;Niger River;River Niger;Niger Basin;Niger State")
K("india-geo", "India- (not India)",
  "Indian Ocean;West Indies;West Indian;West Indians;East Indies;East Indian;Indian summer;Indian ink;Indochina;Indo-China;Indian Express")
K("china-words", "china (not China)",
  "South China Sea;East China Sea;China Sea;fine china;bone china;Chinese wall;Chinese walls;Chinese whispers;Chinese checkers;"
  "Chinese New Year;South China Morning Post")
K("ireland-geo", "Irish (not Ireland): Northern Irish, Irish Sea, ... (Northern Ireland is a weak form of GBR)",
  "Northern Irish;Irish Sea;Irish coffee;Irish Times;Irish Independent")
K("uk-parts", "Names with a part of the United Kingdom that name something else",
  "Church of England;Church of Scotland;Bank of Scotland;Royal Bank of Scotland;Prince of Wales;Princess of Wales;"
  "National Library of Wales;National Library of Scotland")
K("regions-named-after-countries", "Regions and waters that contain a country's name",
  "West Papua;Papua Province;Upper Guinea;Lower Guinea;Gulf of Mexico;Arabian Peninsula;Taiwan Strait;Sea of Japan")
K("cities", "Cities named after their country",
  "Mexico City;Kuwait City;Panama City;Guatemala City;Luxembourg City;Djibouti City;Brazil, Indiana;Lebanon, New Hampshire;"
  "Lebanon, Pennsylvania;Peru, Indiana;Mexico, Missouri;Denmark, South Carolina;Jordan, Minnesota;Cuba, New York")
K("newspapers", "Newspapers and media named after places",
  "Washington Post;New York Times;Financial Times;Times of India;Japan Times;Korea Herald;Korea Times;Jordan Times;"
  "Jerusalem Post;Moscow Times;Bangkok Post;Jakarta Post;Canadian Press;Australian Financial Review;Gulf News;"
  "Kenya Today;Nigeria Today;Pakistan Today;Egypt Independent;Arab News;Saudi Gazette;Malaysia Kini;Malaysiakini;Swiss Info;swissinfo")
K("companies-with-country-names", "Companies named after countries",
  "Singapore Airlines;Japan Airlines;Air India;Air France;British Airways;Turkish Airlines;Korean Air;Air China;Qatar Airways;"
  "Malaysia Airlines;Bank of China;Bank of Japan;Bank of England;Reserve Bank of India;State Bank of India;Swiss Re;Swiss Post;"
  "Telekom Malaysia;Telkom Indonesia;Telkom Kenya;Telecom Argentina;Deutsche Bank;Canadian Tire;China Construction Bank;"
  "Industrial and Commercial Bank of China;Mexican Petroleum")
K("demonym-idioms", "Idioms with demonyms",
  "French fries;French toast;French kiss;French horn;French press;French Open;Dutch auction;Dutch courage;go Dutch;Turkish delight;"
  "Turkish bath;Swiss cheese;Swiss army knife;Swiss Army knife;Danish pastry;German measles;German shepherd;Spanish flu;"
  "Spanish Inquisition;Russian roulette;Russian doll;Russian dolls;White Russian;Greek yogurt;Greek yoghurt;Greek alphabet;"
  "Greek letters;Brazilian wax;Brazil nut;Brazil nuts;Canadian bacon;Mexican wave;Mexican standoff;Egyptian cotton;Belgian waffles;"
  "Maltese cross;Maltese Falcon;Hungarian notation;Polish notation;Japanese knotweed;Ceylon tea;Panama hat;Panama Papers;"
  "Bermuda Triangle;Bermuda shorts;Scotch egg;Chile pepper;chile peppers;chile con carne;Cuban cigars;Dominican friar;"
  "Dominican friars;Dominican Order;Dominican Sisters;Indian file;Japanese maple;Afghan hound;Persian cat;Siamese twins;Siamese cat")
K("all-caps-us", "US in all-caps phrases (the pronoun)",
  "LET US;CONTACT US;ABOUT US;JOIN US;FOLLOW US;HELP US;TELL US;EMAIL US;CALL US;GIVE US;SHOW US;ALL OF US;FOR US;WITH US;"
  "TO US;OF US;FROM US;SAVE US;BEFORE US;AMONG US;US$;US $")
K("apt-threats", "APT (advanced persistent threat)",
  "APT group;APT groups;APT actor;APT actors;APT attack;APT attacks;APT campaign;APT campaigns;APT threat;APT threats;"
  "advanced persistent threat;advanced persistent threats")
K("security-councils", "Security councils other than the UN Security Council",
  "National Security Council;Russian Security Council;Security Council of the Russian Federation;Security Council of Russia;"
  "Homeland Security Council")
K("general-assemblies", "General assemblies other than the UN General Assembly",
  "ICANN General Assembly;IGF General Assembly;general assembly of shareholders;annual general assembly;"
  "RIPE General Meeting;General Assembly of the Internet Society")
K("misc-false-positives", "Miscellaneous false positives",
  "Hindu Business Line;Business Line;Business Standard;Business Insider;Businessweek;Business Day;Korean peninsula;Korean Peninsula;inter-Korean;pt-BR;Chatham House Rule;Chatham House rules;Chatham House rule;Amazon rainforest;Amazon River;Amazon basin;Amazon region;"
  "Swiss franc;Swiss francs;New Holland;Bassas da India;Monaco Grand Prix;Holland & Knight;Holland America;Victoria Falls;Jersey Devil;Bermuda grass;Greenland shark;"
  "Congo red;Iceland poppy;Morocco leather;Guernsey cow;Jersey cow;Jersey cows;Jersey cattle;"
  "Turkish Van;Cyprus Mail;Malta fever;Gibraltar Strait;Strait of Gibraltar;Panama Canal Authority")

# Language names that are also demonyms: "(spoke in French)", "the Russian text".
LANGS = ["French", "Chinese", "Russian", "Spanish", "German", "Portuguese", "Italian", "Japanese", "Korean", "Dutch",
         "Turkish", "Polish", "Swedish", "Danish", "Finnish", "Greek", "Hungarian", "Czech", "Thai", "Vietnamese",
         "Indonesian", "Norwegian", "Ukrainian", "Romanian", "Bulgarian", "Icelandic", "Estonian", "Latvian", "Lithuanian"]
pats = []
for L in LANGS:
    pats += [f"spoke in {L}", f"speaking in {L}", f"speaks in {L}", f"interpretation from {L}", f"translated from {L}",
             f"translation from {L}", f"{L} translation", f"{L} version", f"{L} language", f"{L}-language", f"{L}-speaking",
             f"{L} text", f"{L} original", f"original {L}", f"{L} speakers", f"{L} speaker", f"{L}-speakers", f"in {L} only"]
pats += ["Simplified Chinese", "Traditional Chinese", "Mandarin Chinese", "Brazilian Portuguese", "European Portuguese",
         "Latin American Spanish", "Castilian Spanish", "Canadian French", "Swiss German"]
K("languages", "Language names (not governments)", ";".join(pats))
