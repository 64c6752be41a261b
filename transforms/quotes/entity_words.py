"""Word lists of speaker entities: role nouns, organisation and document nouns, demonyms, countries, parties.

Plain data for ``speakers`` (what a mention is) and ``entities`` (what an article
says about the people and organisations it names). Words are lower case; a
capitalised token is looked up lower-cased ("Striker Nicolas Anelka").
"""

from typing import Final

# Nouns for a person by office, occupation or part played: the head of a role
# mention ("the striker", "a Foreign Office spokesman") and, capitalised before a
# name, an office that is no part of the name ("Producer Kevin Wallace"). Not "regulator":
# a body ("telecom regulator Ofcom").
PERSON_ROLES: Final[frozenset[str]] = frozenset((
    "spokesman spokeswoman spokesperson official minister secretary chancellor president vice-president premier "
    "chairman chairwoman chair director executive chief boss manager coach captain skipper player striker "
    "midfielder defender winger goalkeeper keeper forward full-back fly-half scrum-half prop lock hooker flanker "
    "number-eight centre wing half-back back-rower champion athlete sprinter runner hurdler jumper thrower "
    "swimmer cyclist golfer boxer jockey trainer driver racer rider seed star youngster veteran newcomer "
    "olympian matchwinner match-winner "
    "singer songwriter actor actress director producer writer author novelist poet playwright screenwriter "
    "rapper musician drummer guitarist bassist frontman frontwoman vocalist composer conductor dancer presenter host narrator announcer "
    "broadcaster comedian comic artist designer photographer film-maker filmmaker dj "
    "analyst economist strategist trader broker dealer investor expert researcher scientist professor "
    "lecturer academic doctor surgeon neurosurgeon physician psychologist lawyer barrister solicitor attorney judge "
    "magistrate prosecutor detective officer inspector superintendent constable sergeant commander "
    "source insider aide adviser advisor campaigner activist leader member mp mep msp am peer lord senator "
    "governor mayor councillor candidate hopeful diplomat ambassador envoy commissioner founder co-founder owner "
    "partner head editor reporter correspondent journalist critic reviewer commentator pundit columnist agent "
    "promoter organiser organizer referee umpire official vice-chairman deputy general colonel soldier "
    "priest bishop archbishop cardinal pope rabbi imam vicar chaplain monk nun "
    "man woman boy girl mother father son daughter wife husband brother sister widow friend fan supporter "
    "resident witness victim worker employee teacher headteacher student pupil nurse patient user customer "
    "consumer voter farmer owner landlord tenant shopper viewer listener reader gamer blogger fan "
    "chancellor treasurer controller auditor accountant consultant engineer developer programmer "
    "inventor entrepreneur businessman businesswoman tycoon banker economist statistician forecaster "
    "politician backbencher frontbencher whip lawmaker legislator prime deputy shadow incumbent "
    "challenger opponent rival winner loser finalist holder captain manager assistant deputy ceo cfo coo "
    "cto md chairperson president-elect minister-designate spokesmen spokeswomen assistant consultant "
    "accountant applicant claimant defendant migrant immigrant participant servant merchant resident student "
    "correspondent respondent opponent parent client backbencher debutant chart-topper gaffer administrator "
    "investigator negotiator mediator instructor curator buyer seller policymaker holder observer outsider "
    "pensioner prisoner subscriber caller passenger bowler batsman fielder all-rounder stalwart legend icon "
    "veteran mogul magnate boss chief-executive pilot captain lieutenant admiral marshal chancellor "
    "historian librarian physicist biologist chemist economist psychiatrist therapist dentist pharmacist "
    "specialist columnist novelist journalist nominee front-runner frontrunner confidant confidante staffer "
    "proponent aide lobbyist strategist pollster operative surrogate delegate representative congressman "
    "congresswoman spokesperson respondent attendee organizer counsel teenager teen schoolboy schoolgirl prodigy "
    "starlet rookie goalscorer scorer billionaire millionaire anchor advocate supervisor recorder associate colleague "
    "speechwriter ghostwriter donor superdelegate scholar backer pastor commenter"
).split())
# Role nouns a company holds too, before its name: "rival Sapporo", "analyst Datamonitor", "broadcaster Sky".
COMPANY_ROLE_NOUNS: Final[frozenset[str]] = frozenset((
    "rival analyst broadcaster owner partner leader head champion holder winner loser finalist opponent challenger "
    "incumbent investor buyer seller user customer client consumer subscriber operator developer source insider "
    "dealer broker consultant adviser advisor critic agent promoter host founder co-founder stalwart newcomer "
    "veteran debutant boss chief executive trader researcher forecaster observer outsider associate colleague "
    "representative respondent counsel supervisor recorder anchor advocate icon legend"
).split())
# Plural role nouns naming a group of people ("analysts", "police"): kept as roles.
GROUP_ROLES: Final[frozenset[str]] = frozenset((
    "police people staff officials ministers analysts experts critics campaigners researchers economists "
    "observers sources insiders residents fans supporters organisers organizers judges authors artists "
    "scientists doctors lawyers prosecutors investigators detectives officers traders dealers brokers "
    "investors executives bosses managers players members leaders delegates activists protesters "
    "demonstrators workers employees teachers students parents families relatives friends users customers "
    "consumers voters farmers viewers readers listeners politicians mps meps msps peers tories "
    "diplomats ministers negotiators unions witnesses victims survivors doctors nurses academics "
    "commentators pundits observers owners shareholders directors governors judges jurors "
    "producers makers programme-makers film-makers filmmakers developers gamers bloggers celebrities authorities commenters"
).split())
# Nouns for a body that speaks as such: "the firm said" stands for the firm the article names.
ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset((
    "firm company group bank club team side party government council ministry department agency commission "
    "committee union association federation body watchdog regulator organisation organization charity "
    "institute board authority airline carrier retailer supermarket chain maker manufacturer giant "
    "operator network broadcaster channel station newspaper magazine publication website studio label band "
    "festival academy court tribunal executive parliament assembly administration service force army navy "
    "office embassy consortium alliance coalition campaign trust fund foundation society school university "
    "college hospital league store brand publisher insurer lender bidder conglomerate business "
    "corporation organiser industry sector exchange market administration cabinet tabloid outlet outlets "
    "consultancy think-tank thinktank bookmaker bookmakers carmaker automaker chipmaker drugmaker brewer lobby"
).split())
# Nouns for a business, or for any organisation, that stand for the organisation an article is about
# ("the firm said", "the organisation said").
COMPANY_NOUNS: Final[frozenset[str]] = frozenset((
    "firm company group business maker manufacturer retailer supermarket chain airline carrier operator "
    "bank lender insurer publisher label studio broadcaster network channel club team side giant brand "
    "conglomerate corporation consortium organisation organization charity"
).split())
# Nouns for a kind of body that a name follows: "football club Borussia Dortmund", "bookmaker William Hill"
# (``noun_named_bodies``); not "team" or "side", which a player's name follows ("side Chelsea" is rare, "team
# Ferrari" a squad).
KIND_OF_BODY_NOUNS: Final[frozenset[str]] = frozenset((
    "firm company group business maker manufacturer retailer supermarket chain airline carrier operator bank lender "
    "insurer publisher label studio network club giant conglomerate corporation consortium charity "
    "bookmaker housebuilder carmaker automaker chipmaker drugmaker brewer watchdog regulator agency union "
    "band think-tank thinktank pac"
).split())
# Last words of a body's, an event's, a law's or a show's name that no speech ends with: a title-cased quotation
# ending in one is a name, the "Defeat Crooked Hillary PAC", a "Commander-in-Chief Forum" (``quoted_names``).
NAME_LAST_WORDS: Final[frozenset[str]] = frozenset((
    "PAC Committee Foundation Fund Institute Association Council Coalition Alliance Society Federation Inc Corp Ltd "
    "Plc Party Trust Agency Commission Bureau Forum Summit Conference Festival Awards Show Cup Championship "
    "Championships Games Act Bill Law"
).split())
# A band member's noun: "Velvet Pines singer Tom Arbery" names the band before it (``noun_named_bodies``).
BAND_MEMBER_NOUNS: Final[frozenset[str]] = frozenset(
    "singer frontman frontwoman guitarist drummer bassist keyboardist vocalist".split()
)
# Publications and broadcasters named before their noun: "the Herald newspaper", "the Global Times tabloid".
PUBLICATION_NOUNS: Final[frozenset[str]] = frozenset(
    "newspaper paper tabloid magazine daily weekly website channel network station broadcaster programme show".split()
)
# Last words of a newspaper's or a magazine's name: "the local Arab News said … The newspaper said".
PERIODICAL_NAME_WORDS: Final[frozenset[str]] = frozenset((
    "News Times Post Journal Herald Tribune Guardian Telegraph Observer Standard Independent Mirror Express Gazette "
    "Chronicle Examiner Inquirer Bulletin Courier Globe Record Mail Sun Star Daily Weekly Magazine Review"
).split())
# Nouns for a periodical that speaks as such: "the newspaper said" stands for the one the article names.
PERIODICAL_NOUNS: Final[frozenset[str]] = frozenset("newspaper tabloid magazine daily weekly journal publication".split())
# Those who write a periodical, before "of" and its name: "the editors of The Advocate" (``periodicals``).
PERIODICAL_WRITERS: Final[frozenset[str]] = frozenset(("editors", "editor", "editorial board", "editorial writers"))
# Those who speak as a periodical: "the editorial board writes" is the newspaper named before.
PERIODICAL_VOICES: Final[frozenset[str]] = frozenset(("editorial board", "editors", "editorial writers"))
# A periodical's own pieces, whose words are the periodical's: "the editorial read" is the newspaper named before.
PERIODICAL_WORKS: Final[frozenset[str]] = frozenset(("editorial", "editorials", "column"))
# Nouns for a document that speaks for its author: "the report said" stands for who wrote it;
# "footage of Trump" is Trump's words.
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset((
    "report study survey statement paper letter document lawsuit suit ruling judgment judgement verdict "
    "directive bill draft advert poster review research analysis memo book documentary filing complaint "
    "submission announcement release notice guidelines guidance white paper briefing forecast readout "
    "transcript editorial account summary headline email e-mail tweet post opinion order investigation "
    "website blog newsletter story article column footage video recording clip tape audio memoir diary autobiography "
    "minutes handbook leaflet manifesto"
).split())
# Documents whose words are their author's: "the report said" is the organisation that wrote it.
AUTHORED_DOCUMENTS: Final[frozenset[str]] = frozenset(
    "report study survey statement research analysis review forecast paper briefing submission".split()
)
# People named by nationality ("the American"), and countries and places that own no one's words
# ("Russia's Elena Dementieva" has no affiliation).
DEMONYMS: Final[frozenset[str]] = frozenset((
    "american british briton english englishman englishwoman scot scottish scotsman scotswoman welsh "
    "welshman welshwoman irish irishman irishwoman french frenchman frenchwoman german spaniard spanish "
    "italian dutch dutchman belgian swiss swede swedish norwegian dane danish finn finnish russian ukrainian "
    "pole polish czech croat croatian serb serbian greek turk turkish australian aussie kiwi canadian mexican "
    "brazilian argentine argentinian chilean colombian peruvian venezuelan cuban jamaican japanese chinese "
    "indian pakistani bangladeshi afghan iranian iraqi israeli palestinian saudi syrian lebanese egyptian "
    "moroccan algerian tunisian libyan nigerian kenyan ethiopian ghanaian ugandan zimbabwean zambian "
    "african european asian korean thai vietnamese indonesian malaysian filipino singaporean austrian "
    "portuguese romanian hungarian bulgarian slovak slovakian slovenian belarusian georgian armenian "
    "cypriot latvian lithuanian estonian icelandic scandinavian texan californian londoner yorkshireman "
    "ulsterman new-zealander zealander new-yorker south-african"
).split())
COUNTRIES: Final[frozenset[str]] = frozenset((
    "uk us usa america britain great-britain england scotland wales ireland northern-ireland france germany "
    "spain italy portugal netherlands holland belgium switzerland sweden norway denmark finland russia "
    "ukraine poland greece turkey australia canada mexico brazil argentina chile colombia cuba jamaica japan "
    "china india pakistan afghanistan iran iraq israel syria lebanon egypt morocco nigeria kenya ethiopia "
    "ghana uganda zimbabwe zambia south-africa korea south-korea north-korea thailand vietnam indonesia "
    "malaysia philippines singapore austria romania hungary bulgaria croatia serbia slovakia slovenia "
    "belarus georgia armenia cyprus latvia lithuania estonia iceland europe asia africa new-zealand "
    "czech-republic saudi-arabia hong-kong taiwan"
).split())
# US states (not "Washington", a seat of government, nor "Georgia", a country too): places, whom no guess makes speak
# ("… you live in California, feel free to “…”"), as a country guessed without a cue does not.
US_STATES: Final[frozenset[str]] = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
    "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
    "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "West Virginia", "Wisconsin", "Wyoming",
})
# Seats of government that speak for it in news ("Washington has claimed", "Tokyo says", "… by Downing Street"): a
# lone one quoted is an organisation, as a country is, unless the article writes it as someone's surname.
SEATS_OF_GOVERNMENT: Final[frozenset[str]] = frozenset({
    "Washington", "Beijing", "Moscow", "Tokyo", "Paris", "Berlin", "Brussels", "Tehran", "Pyongyang", "Seoul", "Delhi",
    "New Delhi", "Jerusalem", "Baghdad", "Kiev", "Damascus", "Islamabad", "Kabul", "Ankara", "Madrid", "Canberra",
    "Ottawa", "Havana", "Caracas", "Khartoum", "Taipei", "Cairo", "Riyadh", "Downing Street", "Whitehall", "Kremlin",
    "the Kremlin", "Number 10", "Number Ten",
})
# Parties and their adjectives: before an office ("Labour MP") they are the speaker's affiliation.
PARTIES: Final[frozenset[str]] = frozenset((
    "labour conservative conservatives tory tories lib-dem lib-dems liberal-democrat liberal-democrats "
    "lib dem dems liberal ukip snp plaid green greens republican republicans democrat democrats democratic bnp sinn-fein dup uup "
    "sdlp respect veritas"
).split())
# Party names that are no one's surname, so that a run ending in one names the party ("New Labour", "Scottish Tories").
PARTY_HEADS: Final[frozenset[str]] = PARTIES - frozenset({"green", "greens", "respect", "liberal", "democrat", "republican", "democratic"})
# A US party's adjective or member noun, alone no name of a body that speaks: "Democratic nominee Jo Hart".
PARTY_ADJECTIVES: Final[frozenset[str]] = frozenset({"democratic", "republican", "democrat"})
# Members of a party named by it: "one Republican involved in the planning", "a Tory source".
PARTY_MEMBERS: Final[frozenset[str]] = frozenset((
    "republican republicans democrat democrats tory tories conservative conservatives liberal liberals "
    "socialist socialists nationalist nationalists unionist unionists"
).split())
# Offices written in capitals before a name, and letters after it ("Guy Mansfield QC").
NAME_SUFFIXES: Final[frozenset[str]] = frozenset({"QC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "KC"})
# Words that are the person a role mention stands for only with a definite article and a name
# in the article to point at: "the American", "the 30-year-old".
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "one", "another", "some", "this", "that", "many", "several", "most", "few", "multiple",
    "other", "two", "three", "four", "five", "both", "all",
})
ORGANISATION_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "its"})
FIRST_PERSON: Final[frozenset[str]] = frozenset({"i", "we", "you", "me", "us", "one"})
# Word endings of role nouns the lists miss ("campaigner", "economist", "historian").
ROLE_SUFFIXES: Final[tuple[str, ...]] = ("ist", "ian", "man", "woman", "person", "men", "women", "ists", "ians", "-old", "-olds")
# Words of an office's name that are no organisation: "Foreign Secretary", "Home Office Minister".
OFFICE_QUALIFIERS: Final[frozenset[str]] = frozenset((
    "foreign home finance education culture health defence defense work pensions environment trade industry "
    "transport justice interior treasury shadow prime deputy vice acting chief general junior senior former "
    "first second third lord lady sir dame mr mrs ms dr prof professor the a an and for of"
).split())
# Capitalised words that end an organisation's name ("Bank of England" is read as its first part).
# Nouns for a kind of body that open a body's name in French, Spanish, Italian or Portuguese ("Banco de Espana",
# "Conseil Superieur de l'Audiovisuel"): a run they open, with its particles, names a body and no person.
FOREIGN_BODY_HEADS: Final[frozenset[str]] = frozenset((
    "Banco Banca Banque Caja Caisse Cassa Conseil Consejo Consiglio Conselho Ministerio Ministère Ministere Ministero "
    "Instituto Institut Istituto Universidad Université Universite Università Universita Universidade Partido Parti "
    "Partito Comité Comite Comision Comisión Commissione Comissão Tribunal Cour Corte Agence Agencia Agenzia Compagnie "
    "Compañía Compania Société Societe Sociedad Società Fundación Fundacion Fondation Fondazione Groupe Grupo Gruppo "
    "Museo Musée Musee Académie Academie Academia Federación Federacion Fédération Federation Federazione "
    "Confédération Confederación Confederazione Asociación Asociacion Associazione Assemblée Assemblee Escuela École "
    "Ecole Scuola Colegio Collège Ligue Lega Liga Sindicato Syndicat Direction Dirección Direccion Secretaría Secretaria "
    "Tesoro Trésor Tresor Junta Cámara Camara Chambre Camera Festival Cinema Cinéma"
).split())

ORGANISATION_NAME_WORDS: Final[frozenset[str]] = frozenset((
    "University College School Party Council Ministry News Times Post Journal Department Committee Commission "
    "Union Court Congress Senate Army Forces Police Office Bank Company Inc Group Foundation Institute Center "
    "Centre Agency Association Network Campaign Administration Corporation Service Press Channel Club Board Fund "
    "Bureau Media Magazine Daily Herald Tribune Guardian Telegraph Review Observer Standard Independent Mirror "
    "Express Assembly Parliament Cabinet Coalition Alliance Front Movement Trust Society Federation Executive "
    "Authority Plc plc Ltd Limited Corp Co Holdings Airways Airlines Records Studios Pictures Entertainment Motors "
    "Energy Partners Associates Capital Securities Insurance Exchange League Government United City Rovers "
    "Athletic Wanderers Albion FC Organisation Organization Inquiry Tribunal Chamber Industries Technologies "
    "Systems Software Labs Research Economics Consulting Electronics Communications Telecom Telecoms Radio "
    "Television Reporter Watch Nations Commons Lords Treasury Executive Airport Hospital Institute Academy "
    "Forum Council Secretariat Directorate Inspectorate Commissioner Consortium Band Orchestra Chambers Confederation "
    "Programme Commons Lords Register Gazette Chronicle Examiner Inquirer Bulletin Courier Globe Fellowship Guild "
    "Institution Market Markets Mosque Cathedral Devices Financial Brothers Investments Stores Foods Pharmaceuticals "
    "Railway Railways Boerse Börse Bourse Telekom Festival Ventures Enterprises "
    # company names of US news: "Dick Clark Productions", "Acme Therapeutics"
    "Productions Solutions Brands Therapeutics Logistics Robotics Analytics Advisors Advisers Properties "
    "Realty Biosciences Semiconductor Chemicals Restaurants"
).split())
# Bodies named for a topic after "on": "Joint Committee on Human Rights", "Council on Foreign Relations".
TOPIC_BODY_WORDS: Final[frozenset[str]] = frozenset("Committee Commission Council Group Forum Institute Centre Center".split())
# Acronyms of things, media, measures and offices, which name no organisation: "on TV", "GPRS phones", "the GDP".
THING_ACRONYMS: Final[frozenset[str]] = frozenset((
    "TV HDTV IPTV HD DVD DVDs CD CDs PC PCs LP LPs EP MP3 DOS SSL GPRS GSM SMS MMS DSL ADSL PVR PVRs VCR "
    "GDP GNP VAT GMT BST CEO CFO VP PM MP MPs MEP MEPs MSP AM ID IDs IT AI DNA HIV FOIA IPO RAM CPU USB"
).split())
# Role heads that stand for someone the article need not name: "the spokesman said" stays a role
# (or the fuller role named before), never the person last named.
UNNAMED_ROLES: Final[frozenset[str]] = frozenset(
    "spokesman spokeswoman spokesperson spokesmen spokeswomen source insider official aide narrator announcer".split()
)
# Office words of a role mention that are no person's description: "the former champion" is "champion".
# Words before an office that make it another office: the deputy prime minister is not "the prime minister".
OTHER_OFFICE_WORDS: Final[frozenset[str]] = frozenset("deputy vice shadow assistant under junior former ex".split())
# Words before an office that say when or how it is held, no part of a body's name: "Outgoing Leeds chairman",
# "Senate Minority Leader", "Presumptive Democratic nominee".
OFFICE_MODIFIERS: Final[frozenset[str]] = OTHER_OFFICE_WORDS | frozenset("outgoing incoming presumptive interim majority minority".split())
NOT_OFFICE_WORDS: Final[frozenset[str]] = frozenset(
    "former first second third the a an and for of senior junior acting lord lady sir dame mr mrs ms dr prof professor".split()
)
# Role words that are also family names, so read as a name before one more word: "Fan Bingbing", "Wing Chan"
# (a role before one word is otherwise an office: "Rapper Eminem").
ROLE_WORDS_ALSO_SURNAMES: Final[frozenset[str]] = frozenset("fan wing".split())
# Role heads that tell a person's gender: "the actress" is a "she", "the woman" no man (``role_genders``).
FEMALE_ROLES: Final[frozenset[str]] = frozenset(
    "actress mother wife daughter sister girl widow starlet confidante chairwoman businesswoman spokeswoman frontwoman "
    "woman lady mum mom grandmother granddaughter aunt niece girlfriend waitress heroine".split()
)
MALE_ROLES: Final[frozenset[str]] = frozenset(
    "father son husband brother boy chairman businessman frontman man gentleman dad grandfather grandson uncle nephew boyfriend".split()
)
# Words that end a company's or a body's full name after its short name: "Cairn Energy", "Daiwa Securities",
# "US Customs Service", "Pew Research Center"; not a part of it ("BBC Radio", "Sky News", "IAAF Council").
COMPANY_DESIGNATORS: Final[tuple[str, ...]] = tuple(
    "Inc Corp Corporation Plc plc Ltd Limited Co Group Holdings Airlines Airways Energy Securities Motors Industries "
    "Technologies Systems Insurance Service Services Center Centre Productions Solutions Brands Therapeutics "
    "Logistics Robotics Analytics Properties Realty Biosciences Chemicals".split()
)
# Family nouns: "her son Tom Clark" shares a surname with another person of the article.
KINSHIP_WORDS: Final[frozenset[str]] = frozenset(
    "son daughter wife husband mother father brother sister widow widower niece nephew cousin grandson granddaughter".split()
)
# Offices whose holder an article names by the office: "the home secretary" is the person it calls
# home secretary, never merely the person it is about.
OFFICES: Final[frozenset[str]] = frozenset((
    "minister secretary chancellor president premier mayor governor judge magistrate ambassador attorney general "
    "commissioner archbishop bishop cardinal pope senator prosecutor coroner chairman chairwoman chair chief "
    "executive ceo leader speaker"
).split())
# Words that name a field, a portfolio or a prize, never a body on their own: "Arts minister", "head of Trade
# Policy", "Communications director", "Technology Leader of the Year". An affiliation of these words alone is none.
FIELD_WORDS: Final[frozenset[str]] = frozenset((
    "affairs constitutional policy trade arts art communications telecoms transport sport sports road safety dance "
    "defence defense procurement culture media education health environment finance marketing sales technology "
    "security economy fiscal monetary digital music film year"
).split())
# Words that class a person by fame, not by an office or an occupation: "film star Jo Hart" may still be "the actor".
FAME_WORDS: Final[frozenset[str]] = frozenset("star superstar legend icon great veteran celebrity idol hero heroine".split())
# Occupations news prose names one person by in turn ("Novelist Jo Hart …. The writer said"): the same role to
# ``ArticleEntities.holds_other_role``.
SAME_OCCUPATIONS: Final[tuple[frozenset[str], ...]] = tuple(
    frozenset(group.split()) for group in (
        "writer novelist author", "singer vocalist", "striker forward", "keeper goalkeeper", "film-maker filmmaker",
        "composer songwriter", "comedian comic", "boxer fighter",
    )
)
# Role words that tie a person to the body named before them ("Brentford boss", "Labour MP", "Ofcom spokesman"),
# unlike descriptors that only class them ("Hollywood star", "Olympic champion", "rock singer").
MEMBER_ROLE_WORDS: Final[frozenset[str]] = frozenset((
    "boss manager coach chairman chairwoman chair chief executive director spokesman spokeswoman spokesperson "
    "president secretary leader captain striker midfielder defender goalkeeper keeper winger forward full-back "
    "centre-back fly-half scrum-half prop flanker lock hooker centre mp mep msp am councillor member editor "
    "correspondent reporter columnist analyst economist strategist founder owner head official officer governor "
    "commissioner researcher professor lecturer partner trustee treasurer whip candidate backbencher peer "
    "minister spokeswoman vice-president vice-chairman deputy general-secretary chancellor"
).split())
# Offices held for a place: the name before one is the place, never a body ("Vermont Sen.", "Ohio Gov.",
# "Baltimore Mayor"), unless it is a party's. Not "MP": "Plaid Cymru MP" names a party.
PLACE_OFFICE_WORDS: Final[frozenset[str]] = frozenset((
    "gov gov. governor sen sen. senator rep. representative congressman congresswoman mayor lawmaker "
    "assemblyman assemblywoman legislator"
).split())
# Seats held for a constituency: "MP for West Ham" names a place, never a body.
SEAT_WORDS: Final[frozenset[str]] = frozenset("mp mps mep meps msp msps am ams td tds member".split())
# Last words of an event's, a law's or a portfolio's name, never a body a person belongs to: "Athens Olympics",
# "Australian Open", "Gambling Bill", "World Indoor" (championships), "Lifelong Learning", "International Development".
NOT_BODY_LAST_WORDS: Final[frozenset[str]] = frozenset((
    "open olympics games championships championship indoor indoors cup final finals bill act learning development "
    "transportation transport agriculture planning trade"
).split())
# Words before a party's or body's name that say how the speaker stands to it, no part of the name: "Fellow Lib
# Dem Norman Baker", "Shadow Treasury chief secretary", "the Rt Rev".
AFFILIATION_LEAD_WORDS: Final[frozenset[str]] = frozenset("fellow shadow former ex rt rev right".split())
# First words of an office a body's name owns in an apposition ("Christian Aid's head of Trade Policy", "BT's chief
# executive"), not a person's ("Davis's co-star", "Trump's former campaign manager", "Santilli's attorney").
BODY_OFFICE_STARTS: Final[frozenset[str]] = frozenset((
    "chief head director executive chairman chairwoman chair president vice-president spokesman spokeswoman "
    "spokesperson analyst economist strategist manager managing founder co-founder editor boss officer general"
).split())

# A body's voice written without the body: "a spokesman said" after "The Home Office defended the measures."
SPOKESPERSONS: Final[frozenset[str]] = frozenset("spokesman spokeswoman spokesperson".split())
# Bodies named by their seat: "Downing Street said", "Scotland Yard said".
SEAT_BODIES: Final[frozenset[str]] = frozenset((
    "Downing Street", "Downing St", "No 10", "Number 10", "Scotland Yard", "White House", "Kremlin", "Pentagon", "Whitehall",
))
# Nouns a company's name qualifies and a person's surname does not: its people, stock, sites and goods.
COMPANY_PARTS: Final[frozenset[str]] = frozenset((
    "spokesman spokeswoman spokesperson spokespeople shares shareholders stock plant plants factory factories "
    "workers workforce employees staff stores outlets subsidiary subsidiaries brand brands dealers dealerships "
    "customers subscribers bosses executives management board chairman"
).split())
# Heads that stand for a body named after any noun for its kind: "Video game firm Bioware … The company says".
GENERIC_BODY_NOUNS: Final[frozenset[str]] = frozenset("firm company business group corporation organisation organization".split())
# Nouns for the same kind of body: "the watchdog" is the body named "regulator AMF" before it
# (``described_bodies``).
KIND_FAMILIES: Final[tuple[frozenset[str], ...]] = tuple(frozenset(family.split()) for family in (
    "watchdog regulator",
    "station broadcaster channel network",
    "outlet newspaper paper tabloid website",
    "charity organisation organization group foundation",
    "company firm business",
    "agency",
    "union",
))
# Heads of a definite description of a body ("the watchdog", "the radio station") that ``described_bodies``
# resolves when the rules left the bare noun; not "the government", "the committee" or "the commission",
# which an article often leaves unnamed.
DESCRIBED_BODY_HEADS: Final[frozenset[str]] = frozenset().union(*KIND_FAMILIES)
