"""Topics: Internet-governance issues and the phrases that name them.
Alias patterns may use {a|b|c} alternatives, expanded to every combination."""
import itertools
import re

from common import entry

SRC = "curated (issue vocabulary of WSIS, IGF, ITU, ICANN and UN texts)"
E = []


def expand(p):
    parts = re.split(r"(\{[^}]*\})", p)
    opts = [x[1:-1].split("|") if x.startswith("{") else [x] for x in parts]
    return [" ".join("".join(c).split()) for c in itertools.product(*opts)]


def T(id, name, pats, type):
    al = []
    for p in pats:
        if isinstance(p, dict):
            al.append(p)
        else:
            al += expand(p)
    E.append(entry(id, name, al, SRC, type=type))


MS = "{multistakeholder|multi-stakeholder|multi stakeholder|multistake-holder}"
ORG = "{organization|organisation|organizations|organisations}"

# --- governance models and processes -------------------------------------------------------------
T("multistakeholder-model", "Multistakeholder model", [
    MS + " {model|models|approach|approaches|process|processes|governance|system|systems|framework|frameworks|"
    "principle|principles|cooperation|co-operation|participation|dialogue|dialogues|mechanism|mechanisms|nature|character|format|"
    "institutions|arrangements|structure|structures|decision-making|policy-making|policymaking|policy development|engagement|"
    "consultation|consultations|spirit|way|manner|basis|environment|ecosystem|collaboration|partnership|partnerships}",
    MS + " Internet governance", MS + " governance of the Internet", "{inclusive|open} " + MS + " {model|approach|process|processes}",
    "{multistakeholderism|multi-stakeholderism|multistakeholderist}",
    "bottom-up {process|processes|approach|model|policy development|policy-making|decision-making}",
    "bottom-up, consensus-{driven|based} {process|processes|approach|model}",
    "{respective roles and responsibilities|in their respective roles}",
    {"text": "multistakeholder", "weak": True}, {"text": "multi-stakeholder", "weak": True},
    "多利益相关方;多方利益相关者;multipartite;enfoque de múltiples partes interesadas",
], "governance-model")
T("intergovernmental-control", "Intergovernmental control of the Internet", [
    "{intergovernmental|inter-governmental} {body|bodies|mechanism|mechanisms|control|oversight|model|models|approach|governance|"
    "process|processes|agency|entity|framework|regime|management|platform|forum|institution|organ|arrangement}",
    "single intergovernmental body", "multilateral {control|oversight|governance|model|approach|body|mechanism|management|system|framework} of the Internet",
    "multilateral {control|oversight|model|approach|mechanism|management}",
    "{government|governmental|state|UN|United Nations|intergovernmental} {control|takeover|oversight} {of|over} the Internet",
    "{government|governmental} control", "takeover of the Internet", "take over the Internet", "taking over the Internet",
    "UN takeover", "ITU takeover", "international oversight", "internationalization of Internet governance",
    "internationalisation of Internet governance", "{multilateral|multilateral, transparent and democratic} Internet governance",
    "top-down {control|regulation|approach|governance}",
    "multilateral {civil |}{framework|frameworks|mechanism|mechanisms|body|bodies|regime} for {the governance of the Internet|"
    "the governance and use of the Internet|Internet governance|the Internet|the worldwide web|the world wide web|the web}",
    {"text": "multilateralism", "weak": True},
], "governance-model")
T("enhanced-cooperation", "Enhanced cooperation", [
    "enhanced {cooperation|co-operation}", "process towards enhanced {cooperation|co-operation}",
    "{operationalize|operationalise|operationalizing|operationalising|operationalization|operationalisation} {of |}enhanced cooperation",
], "governance-model")
T("itu-role-in-internet-governance", "Role of the ITU in Internet governance", [
    "{role of the ITU|ITU's role|ITU role|role of ITU} in {Internet governance|Internet-related public policy|the Internet|Internet matters|Internet issues}",
    "{role of the ITU|ITU's role|role of ITU}", "{ITU mandate|ITU's mandate|mandate of the ITU|mandate of ITU}",
    "{role for the ITU|role for ITU} in {Internet governance|Internet-related public policy|the Internet|Internet matters|Internet issues}",
    "{role for the ITU|role for ITU}",
    "{expand|expanding|expansion of|extend|extending|extension of} the ITU's mandate",
    "ITU {involvement|engagement} in Internet governance", "ITU's involvement",
], "governance-model")
T("role-of-governments", "Role of governments", [
    "{role of governments|role of government|governments' role|government's role|role of the state|role of states|role of States|role of national governments|role of sovereign states}",
    "{role of governments|role of government} in Internet governance",
    "sovereign right of {States|states}", "public policy authority", "{policy authority for|authority for} Internet-related public policy issues",
    "governments on an equal footing", "equal footing", "equal role {for|of} governments", "governments' public policy role",
    "{responsibility|responsibilities} of governments",
], "governance-model")
T("itrs-revision", "Revision of the ITRs", [
    "{revision|review|update|updating|revising|revise|amendment|amending} {of |}the {ITRs|International Telecommunication Regulations|International Telecommunications Regulations}",
    "{ITRs|ITR} {revision|review|negotiations|negotiation|treaty negotiations}", "treaty revision",
    "{extend|extending|extension of} the ITRs to the Internet", "{including|include|inclusion of} the Internet in the ITRs",
], "process")
T("igf-mandate", "IGF mandate and future", [
    "{IGF mandate|mandate of the IGF|IGF's mandate|mandate of the Internet Governance Forum}",
    "{renewal|extension|renewing|extending} {of |}the {IGF mandate|IGF's mandate|mandate of the IGF}",
    "IGF mandate {renewal|extension}", "{permanent|permanent IGF} mandate", "future of the IGF", "{strengthening|strengthen|strengthened} the IGF",
    "{improvements|improvement} to the IGF", "{IGF+|IGF Plus|IGF plus}", "{outcomes|recommendations} of the IGF", "IGF outcomes",
], "process")
T("digital-cooperation", "Digital cooperation", [
    "{global |}digital {cooperation|co-operation}", "digital cooperation architecture", "Roadmap for Digital Cooperation",
    "{global digital governance|digital governance}",
], "process")
T("accountability", "Accountability (ICANN and governance bodies)", [
    "{ICANN accountability|accountability of ICANN|ICANN's accountability}", "{enhancing|enhanced|improving} ICANN accountability",
    "accountability {mechanisms|mechanism|framework|and transparency}", "Independent Review Process", "{Work Stream 1|Work Stream 2|WS1|WS2}",
    {"text": "accountability", "weak": True},
], "governance-model")
T("openness-transparency", "Openness and transparency", [
    "openness", "transparency", "{open|free and open|open and free|free, open|open, free|open and secure|open, secure} Internet",
    "open, {free|free and secure|secure, stable and resilient|interoperable, secure and reliable} Internet",
    "{open|free}, {secure|safe|stable|reliable|interoperable|accessible|inclusive} and {secure|safe|stable|reliable|resilient|"
    "interoperable|accessible|inclusive|peaceful} {Internet|cyberspace}",
    "{open|free and open|open and free|open and secure|open, secure} cyberspace",
    "{open and transparent|transparent and open|transparent and inclusive|open and inclusive} {process|processes}",
    "inclusiveness", "inclusivity", "inclusive participation", "open participation",
], "principle")
T("internet-fragmentation", "Internet fragmentation", [
    "Internet fragmentation", "fragmentation of the Internet", "{fragmented Internet|fragmenting the Internet|fragment the Internet}",
    "{splinternet|Splinternet|splinter-net}", "{balkanization|balkanisation|Balkanization|Balkanisation} of the Internet",
    "Internet {balkanization|balkanisation}", "{single|unfragmented|single, unfragmented|global, unfragmented} Internet",
    "{global and interoperable|global, interoperable|globally interoperable|interoperable} Internet", "one Internet", "unity of the Internet",
], "principle")
T("internet-sovereignty", "Internet sovereignty", [
    "{cyber sovereignty|cyber-sovereignty|cybersovereignty|cyberspace sovereignty}", "{digital sovereignty|data sovereignty|information sovereignty|network sovereignty}",
    "{Internet sovereignty|sovereignty over the Internet|sovereignty in cyberspace|sovereignty over cyberspace}",
    "{national sovereignty|state sovereignty} {in|over} {cyberspace|the Internet}", "sovereign Internet",
    "{technological sovereignty|tech sovereignty|technology sovereignty}", "strategic autonomy",
], "principle")

# --- rights -------------------------------------------------------------------------------------
T("human-rights-online", "Human rights online", [
    "human rights {online|on the Internet|in the digital age|in cyberspace}", "online {human rights|rights}", "{digital rights|Internet rights|rights online}",
    "same rights that people have offline must also be protected online", "{Internet freedom|freedom online|online freedom|online freedoms}",
    "human rights", "human rights-based approach", "{human rights law|international human rights law}",
    "Internet Rights and Principles", "Charter of Human Rights and Principles for the Internet",
], "rights")
T("freedom-of-expression", "Freedom of expression", [
    "freedom of {expression|speech|opinion and expression|the press|information}", "{free expression|free speech|press freedom|media freedom}",
    "right to freedom of {expression|opinion and expression}", "access to information", "free flow of information", "freedom of association",
    "freedom of {assembly|peaceful assembly}",
], "rights")
T("privacy", "Privacy", [
    "privacy", "{right to privacy|online privacy|privacy protection|data privacy|privacy rights|privacy online|consumer privacy}",
    "{privacy and data protection}",
], "rights")
T("data-protection", "Data protection", [
    "data protection", "{personal data protection|protection of personal data|personal data|personal information}",
    "data protection {law|laws|legislation|rules|regulation|regulations|framework|frameworks|authority|authorities}",
], "rights")
T("surveillance", "Surveillance", [
    "surveillance", "{mass|online|state|government|governmental|communications|targeted|digital|bulk} surveillance",
    "{lawful interception|interception of communications|bulk collection|bulk data collection}", "spyware",
    "{illegal|unlawful|indiscriminate|mass} interception", "interception of {data|information|communications and data|personal data}",
    "electronic espionage",
    "{deep packet inspection|DPI technology}",
], "rights")
T("encryption", "Encryption", [
    "encryption", "{end-to-end encryption|end to end encryption|strong encryption|E2EE|E2E encryption}", "{backdoor|backdoors} {to|in|into} encryption",
    "encryption backdoors", "{lawful access|exceptional access} to encrypted {data|communications}", "cryptography", "crypto wars", "anonymity",
], "security")
T("internet-shutdowns", "Internet shutdowns", [
    "{Internet|network|mobile Internet|mobile network|social media} {shutdown|shutdowns|disruption|disruptions|blackout|blackouts}",
    "{shutting down|shut down|shutdown of} the Internet", "kill switch", "{throttling|bandwidth throttling|Internet throttling}",
    "{#KeepItOn|KeepItOn}", "connectivity disruptions", "communications blackout",
], "rights")
T("censorship", "Censorship and blocking", [
    "censorship", "{Internet|online|government|state} censorship", "{content|website|site|web|DNS|IP} {blocking|filtering}",
    "{blocking and filtering|filtering and blocking}", "Great Firewall", "{Great Firewall of China}", "{blocked websites|blocking of websites}",
], "rights")
T("content-regulation", "Content regulation and moderation", [
    "content {regulation|moderation|control|governance|removal|takedown|takedowns}", "{illegal|harmful|illegal and harmful|objectionable|terrorist|violent extremist|extremist} content",
    "{online content regulation|regulation of online content|regulation of content}", "{notice and takedown|notice-and-takedown|notice and action}",
    "{hate speech|online hate speech|online harms|online harm|cyberbullying|cyber-bullying|online harassment|online abuse}",
], "regulation")
T("misinformation", "Misinformation and disinformation", [
    "{misinformation|disinformation|malinformation|fake news|deepfakes|deep fakes|deep-fakes}", "information integrity",
    "{foreign information manipulation|information manipulation|FIMI}", "false information",
], "regulation")
T("platform-regulation", "Platform regulation", [
    "platform {regulation|accountability|governance|liability|power}", "regulation of {platforms|online platforms|digital platforms}",
    "{online platforms|digital platforms|social media platforms|very large online platforms|VLOPs}", "intermediary liability", "{gatekeepers|gatekeeper platforms}",
    "{Big Tech|big tech|tech giants}", "{digital markets|competition in digital markets|digital competition}",
], "regulation")
T("child-online-protection", "Child online protection", [
    "child online protection", "{online child protection|child protection online|protection of children online|protecting children online}",
    "{child sexual abuse material|CSAM|child sexual abuse online|online child sexual abuse|online child sexual exploitation}",
    "{online safety|children's online safety|safety of children online|child safety online}",
], "security")
T("gender", "Gender equality", [
    "{gender equality|gender balance|gender mainstreaming|gender gap|women's participation|gender parity}", "{women and girls}",
    "{empowerment of women|women's empowerment|empowerment of women and girls|empowering women}",
], "inclusion")
T("accessibility", "Accessibility", [
    "accessibility", "{persons|people} with disabilities", "{digital|web|ICT} accessibility",
], "inclusion")

# --- security ----------------------------------------------------------------------------------
T("cybersecurity", "Cybersecurity", [
    "{cybersecurity|cyber security|cyber-security|cybersecurity policy}", "{information security|network security|security of networks|international information security}",
    "{building |}confidence and security in the use of {ICTs|ICT|information and communication technologies}",
    "{cyber threats|cyberthreats|cyber-threats|cyber attacks|cyberattacks|cyber-attacks|cyber attack|cyberattack|cyber incidents}",
    "{critical infrastructure protection|critical information infrastructure protection|protection of critical infrastructure|CIIP}",
    "{CSIRTs|CSIRT|CERTs|computer emergency response teams|computer incident response teams|incident response}",
    "{cyber resilience|cyber hygiene|malware|phishing|botnets|botnet|ransomware}", "security and stability",
], "security")
T("cybercrime", "Cybercrime", [
    "{cybercrime|cyber crime|cyber-crime|cybercrimes|computer crime|online crime|cybercriminals}",
    "{criminal use of ICTs|use of ICTs for criminal purposes|illicit use of ICTs|illicit use of information and communication technologies}",
    "{telecommunication fraud|telecom fraud|online fraud}",
], "security")
T("cyber-stability", "International security in cyberspace", [
    "{international law in cyberspace|applicability of international law|application of international law in cyberspace}",
    "{cyber warfare|cyberwarfare|cyber war|cyberwar|cyber weapons|cyberweapons|militarization of cyberspace|militarisation of cyberspace}",
    "{cyber conflict|offensive cyber operations|cyber operations|arms race in cyberspace}",
    "{confidence-building measures|confidence building measures|CBMs}", "{public core of the Internet|public core}",
    "{responsible state behaviour|responsible State behaviour|responsible state behavior|responsible behaviour in cyberspace}",
    "{stability of cyberspace|cyber stability|peace and security in cyberspace}",
], "security")
T("spam", "Spam", [
    "{spam|spamming|spammers|anti-spam}", "{unsolicited bulk email|unsolicited bulk e-mail|unsolicited electronic communications|unsolicited commercial email|unsolicited commercial e-mail|junk email}",
    "{countering|combating|combatting|fighting} spam",
], "security")
T("dns-abuse", "DNS abuse", ["{DNS abuse|domain name abuse|abuse of the DNS|malicious registrations|domain abuse}"], "security")
T("routing-dns-security", "Routing and DNS security", [
    "{DNSSEC|RPKI|MANRS|BGP security|routing security|route hijacking|BGP hijacking|BGP hijacks|route leaks|secure routing}",
], "security")
T("numbering-misuse", "Misuse of numbering resources", [
    "{misuse|abuse} of {numbering resources|international telecommunication numbering resources|telephone numbers|numbers}",
    "{numbering misuse|number misuse|CLI spoofing|caller ID spoofing|calling line identification|origin identification|calling party number|call origin identification}",
    "{numbering resources|E.164|numbering plan|numbering plans|telephone numbering}",
], "resources")

# --- resources and infrastructure -------------------------------------------------------------------
T("critical-internet-resources", "Critical Internet resources", [
    "critical Internet resources", "{CIR|CIRs}", "{management of|managing} {Internet resources|critical Internet resources}", "Internet resources",
    "{Internet's core resources|core Internet resources|Internet identifiers|unique identifiers|Internet unique identifiers}",
], "resources")
T("ip-addresses", "IP addresses", [
    "{IP address|IP addresses|IP addressing|Internet Protocol address|Internet Protocol addresses|IP address space}",
    "{IP address|address} allocation", "{Internet number resources|number resources|AS numbers|ASNs|Autonomous System Numbers}",
], "resources")
T("ipv6-transition", "IPv6 transition", [
    "IPv6 {transition|deployment|adoption|migration|uptake|readiness}", "{transition|migration} {to|from IPv4 to} IPv6",
    "{deployment|adoption} of IPv6", "IPv4 {exhaustion|address exhaustion|depletion|runout|run-out|scarcity|shortage}",
    "{exhaustion|depletion} of IPv4 {addresses|address space|}", "{IPv6|IPv4}",
], "resources")
T("domain-names", "Domain names and the DNS", [
    "{domain name|domain names|domain name system|Domain Name System|DNS}", "{top-level domain|top-level domains|top level domains|TLD|TLDs}",
    "{generic top-level domains|generic top-level domain|gTLD|gTLDs}", "domain name {registration|registrations|policy|policies|industry}",
], "resources")
T("new-gtlds", "New gTLDs", [
    "{new gTLDs|new gTLD|new generic top-level domains|new top-level domains}", "new gTLD {program|programme|process|round|application|applications}",
    "{.amazon|.africa|.wine|.vin|.gay|.islam|.halal}", "{geographic names|geographical names|geographic TLDs|geoTLDs}",
], "resources")
T("cctlds", "Country-code top-level domains", [
    "{ccTLD|ccTLDs|country code top-level domain|country code top-level domains|country-code top-level domains|country code domains|country-code TLDs}",
    "{redelegation|re-delegation} of ccTLDs",
], "resources")
T("whois", "WHOIS and registration data", [
    "{WHOIS|Whois|RDAP|registration data|domain registration data|registration data services}",
    "access to registration data", "{RDDS|Registration Data Directory Services}",
], "resources")
T("internationalized-domain-names", "Internationalized domain names", [
    "{internationalized|internationalised|multilingual} domain names", "{IDNs|IDN|IDN ccTLDs|IDN TLDs|IDN ccTLD}",
    "universal acceptance",
], "resources")
T("multilingualism", "Multilingualism and local content", [
    "{multilingualism|multilingual Internet|linguistic diversity|local content|local language content|cultural diversity}",
], "inclusion")
T("dns-root", "DNS root", [
    "{root zone|DNS root|root servers|root server|root server system|root name servers|root nameservers|root zone file|root zone management|authoritative root|alternate root|alternative root|alternative roots}",
    "{root zone maintainer|root zone management function|management of the root zone}",
], "resources")
T("iana-stewardship-transition", "IANA stewardship transition", [
    "IANA {stewardship transition|transition|stewardship|functions stewardship}", "stewardship transition",
    "transition of {the IANA functions|IANA stewardship|the stewardship of the IANA functions|US government stewardship|USG stewardship}",
    "{internationalization|internationalisation|globalization|globalisation} of {ICANN|IANA|the IANA functions}",
    "{US|U.S.|United States|USG|US government|U.S. government|unilateral} oversight {of ICANN|of the IANA functions|of IANA|of the DNS|of the root zone|}",
    "{unilateral control|oversight of the IANA functions}",
], "process")
T("ixps", "Internet exchange points", [
    "{Internet Exchange Point|Internet exchange point|Internet Exchange Points|Internet exchange points|Internet exchanges|IXP|IXPs|exchange points}",
    "{local traffic exchange|keeping local traffic local|local interconnection}",
], "infrastructure")
T("interconnection-charging", "International interconnection and charging", [
    "{sender party pays|sending party pays|sending party network pays|sending-party-network-pays|SPNP|sender-pays}",
    "{international Internet connectivity|international Internet interconnection|international interconnection|Internet interconnection}",
    "{interconnection charges|interconnection costs|termination fees|termination rates|accounting rates|international accounting rates|network usage fees|direct compensation}",
    "{network fair share|fair share contribution|fair share contributions|fair share debate|fair share proposal|fair contribution|fair contributions}",
    "{peering|paid peering|settlement-free peering|IP transit|Internet transit|peering and transit}", "{quality of service|QoS} {charging|based charging}",
], "economy")
T("over-the-top", "Over-the-top services", [
    "{over-the-top|over the top} {services|applications|providers|players|service}", "{OTT|OTTs|OTT services|OTT providers|OTT players|OTT applications}",
], "economy")
T("internet-access", "Internet access and connectivity", [
    "{Internet access|access to the Internet|broadband access|broadband deployment|broadband|mobile broadband|connectivity}",
    "{universal connectivity|meaningful connectivity|universal and meaningful connectivity|affordable access|affordability|rural connectivity|last mile|last-mile}",
    "{connecting the unconnected|the unconnected|unconnected|next billion users|Internet penetration|Internet adoption|Internet uptake}",
    "right to Internet access",
], "infrastructure")
T("digital-divide", "Digital divide", [
    "{digital divide|digital divides|gender digital divide|connectivity gap|usage gap|digital gap}", "{bridging|bridge|bridge the} {the digital divide}",
    "{digital inclusion|digital exclusion}", "digital haves and {digital |}have-nots",
], "development")
T("infrastructure-investment", "Infrastructure and investment", [
    "{infrastructure investment|investment in infrastructure|network investment|investment in networks|broadband investment|infrastructure financing}",
    "{financing mechanisms|funding mechanisms|investment gap}", "{Internet infrastructure|digital infrastructure|ICT infrastructure|telecommunication infrastructure|telecommunications infrastructure|network infrastructure}",
], "infrastructure")
T("submarine-cables", "Submarine cables", ["{submarine cables|submarine cable|undersea cables|undersea cable|subsea cables|subsea cable}"], "infrastructure")
T("satellite", "Satellite connectivity", [
    "{satellite broadband|satellite Internet|LEO satellites|low Earth orbit satellites|satellite constellations|non-geostationary satellites|NGSO}",
    "{orbital resources|satellite orbits|satellite orbit}",
], "infrastructure")
T("mobile-networks", "Mobile and next-generation networks", [
    "{5G|6G|4G|IMT-2020|IMT-2030|next-generation networks|next generation networks|NGN|NGNs}",
], "infrastructure")
T("internet-of-things", "Internet of Things", ["{Internet of Things|IoT|Internet of things|connected devices|smart cities}"], "technology")
T("cloud", "Cloud computing", [
    "{cloud computing|cloud services|cloud service providers|cloud providers}", {"text": "cloud", "weak": True, "not_prev": ["a", "dark", "mushroom", "under", "black", "storm", "rain"]},
], "technology")
T("ai-governance", "AI governance", [
    "{artificial intelligence|AI governance|governance of AI|governance of artificial intelligence|AI regulation|regulation of AI|regulating AI}",
    "{AI ethics|ethics of AI|AI safety|generative AI|machine learning|algorithmic accountability|algorithmic transparency|algorithms}",
    "{AI|A.I.}",
], "technology")
T("new-ip", "New IP", ["{New IP|NewIP|New Internet Protocol|Network 2030}"], "technology")
T("standards", "Standards and standardization", [
    "{standardization|standardisation|technical standards|Internet standards|standards development|standard-setting|standards-setting|standard setting}",
    "{open standards|standards bodies|standards development organizations|standards development organisations|standards organizations|SDOs|SDO|interoperability}",
], "technology")
T("spectrum", "Spectrum", [
    "{radio spectrum|spectrum management|spectrum allocation|spectrum policy|radio-frequency spectrum|radio frequency spectrum|frequency spectrum|spectrum harmonization|spectrum harmonisation|IMT spectrum|spectrum auctions}",
    {"text": "spectrum", "weak": True, "not_prev": ["political", "broad", "wide", "whole", "full", "entire", "ideological", "autism"]},
], "resources")
T("universal-service", "Universal service", [
    "{universal service|universal services|universal access|universal service obligation|universal service obligations|USO}",
    "{universal service fund|universal service funds|universal service and access fund|universal service and access funds|USF}",
], "development")

# --- economy and development -----------------------------------------------------------------------
T("data-flows", "Cross-border data flows", [
    "{cross-border|cross border|transborder|trans-border|international} data {flows|flow|transfers|transfer}", "{data flows|free flow of data|free flows of data}",
    "{Data Free Flow with Trust|data free flow with trust|DFFT}",
], "economy")
T("data-localization", "Data localization", [
    "{data localization|data localisation|localization requirements|localisation requirements|data residency|forced localization|forced localisation|local storage requirements}",
], "economy")
T("digital-trade", "Digital trade", [
    "{digital trade|trade in digital services|digital trade rules}", "{e-commerce moratorium|moratorium on customs duties on electronic transmissions|customs duties on electronic transmissions}",
    "{JSI on e-commerce|Joint Statement Initiative on e-commerce|Joint Statement Initiative on E-commerce}",
    "{JSI|joint statement initiative} on electronic commerce",
], "economy")
T("e-commerce", "E-commerce", ["{e-commerce|electronic commerce|ecommerce|online commerce|online shopping|E-commerce}"], "economy")
T("digital-economy", "Digital economy", ["{digital economy|Internet economy|data economy|digital economies}"], "economy")
T("taxation", "Digital taxation", [
    "{digital taxation|digital services tax|digital services taxes|DSTs|taxation of the digital economy|taxation of digital services|Internet tax|Internet taxes}",
], "economy")
T("intellectual-property", "Intellectual property and copyright", [
    "{intellectual property|intellectual property rights|IPR|IPRs|copyright|copyrights|copyright infringement|online piracy|piracy|digital piracy}",
], "economy")
T("ict4d", "ICT for development", [
    "{ICT4D|ICT for development|ICTs for development|ICT for Development|information and communication technologies for development}",
    "{digital development|digital transformation|digitalization|digitalisation|e-government|e-governance|e-health|e-learning|e-agriculture|sustainable development}",
], "development")
T("capacity-building", "Capacity building", [
    "{capacity building|capacity-building|capacity development|skills development|digital skills|digital literacy|human capacity building}",
], "development")
T("digital-public-infrastructure", "Digital public infrastructure", ["{digital public infrastructure|digital public goods|DPG|DPGs}"], "development")
T("digital-identity", "Digital identity", ["{digital identity|digital ID|digital IDs|electronic identification|identity management}", {"text": "eID", "case": "sensitive"}], "technology")
T("emergency-telecoms", "Emergency telecommunications", [
    "{emergency telecommunications|emergency telecommunication|emergency communications|disaster communications|disaster relief|disaster risk reduction}",
    "{early warning|early warning systems|Early Warnings for All|public safety communications}",
], "development")
T("environment", "Environment and climate", [
    "{e-waste|electronic waste|climate change|environmental sustainability|green ICT|green ICTs|energy efficiency|carbon footprint|net zero|"
    "global warming|climate crisis|climate emergency|climate action}",
], "development")
T("net-neutrality", "Net neutrality", [
    "{net neutrality|network neutrality|net-neutrality|Net Neutrality}", "{zero rating|zero-rating|zero-rated}",
    "{paid prioritization|paid prioritisation|fast lanes|Internet fast lanes|traffic discrimination|non-discrimination of traffic}",
    "{reasonable traffic management|traffic management practices}", "{open Internet rules|Open Internet Order}",
], "regulation")
T("open-source", "Open source", [
    "{open source|open-source|open source software|open-source software|free software|free and open source software|FOSS|FLOSS}",
], "technology")
T("consumer-protection", "Consumer protection", ["{consumer protection|consumer rights|protection of consumers|online consumer protection}"], "rights")

# The instruments that are about a topic (a stance on the instrument carries
# the topic too; docs/STANCES.md "Instruments and topics"), listed after the
# name as the stance lexicon reads them.
INSTRUMENTS = {
    "multistakeholder-model": ["netmundial-statement", "sao-paulo-guidelines"],
    "digital-cooperation": ["GDC"],
    "internet-sovereignty": ["russia-sovereign-internet-law"],
    "human-rights-online": ["hrc-res-20-8"],
    "data-protection": ["GDPR", "convention-108", "data-protection-directive", "LGPD", "PIPL",
                        "india-dpdp-act"],
    "surveillance": ["fisa-702"],
    "content-regulation": ["uk-online-safety-act", "au-online-safety-act"],
    "platform-regulation": ["DSA", "digital-markets-act"],
    "child-online-protection": ["pp-res-179"],
    "cybersecurity": ["wtsa-res-50"],
    "cybercrime": ["budapest-convention", "un-cybercrime-convention"],
    "cyber-stability": ["un-cyber-norms", "sco-code-of-conduct"],
    "spam": ["wtsa-res-52"],
    "ipv6-transition": ["pp-res-180"],
    "cctlds": ["wtsa-res-47"],
    "internationalized-domain-names": ["wtsa-res-48"],
    "ai-governance": ["unesco-ai-ethics", "coe-ai-convention", "eu-ai-act"],
    "data-flows": ["safe-harbor", "privacy-shield", "dpf"],
    "environment": ["paris-agreement", "kyoto-protocol"],
    "net-neutrality": ["open-internet-regulation"],
}
assert set(INSTRUMENTS) <= {e["id"] for e in E}, set(INSTRUMENTS) - {e["id"] for e in E}
for _i, _e in enumerate(E):
    if _e["id"] in INSTRUMENTS:
        _rest = {k: v for k, v in _e.items() if k not in ("id", "name")}
        E[_i] = {"id": _e["id"], "name": _e["name"], "instruments": INSTRUMENTS[_e["id"]], **_rest}
