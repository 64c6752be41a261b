"""Word lists for reading speaker strings as names (used by ``names``); lowercase, compared lowercased."""

# Honorifics and forms of address written before a name ("Mr Blair", "Lord Falconer").
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron viscount duke duchess "
    "rev reverend fr father sheikh king queen prince princess pope saint st "
    "gen general col colonel capt captain maj major lt lieutenant sgt sergeant cpl corporal adm admiral "
    "sen senator rep gov governor judge justice mayor president".split()
)

# Offices and roles written before a name as a title ("UKIP MEP Robert Kilroy-Silk",
# "Chancellor of the Exchequer Gordon Brown", "DJ Norman Cook"): the name starts after the last one.
OFFICES = frozenset(
    "mp mps mep meps msp msps am mla td euro prime minister ministers secretary state chancellor exchequer premier "
    "chairman chairwoman chair chairperson director directors chief executive ceo cfo coo cto md president "
    "vice deputy leader head boss manager coach captain skipper spokesman spokeswoman spokesperson "
    "ambassador envoy commissioner commander officer inspector superintendent constable detective "
    "attorney solicitor barrister counsel advocate editor correspondent analyst economist "
    "founder owner partner striker midfielder defender goalkeeper winger forward champion dj mc "
    "senator congressman congresswoman governor mayor councillor alderman sheriff marshal secretary-general "
    "bishop archbishop cardinal rabbi imam".split()
)

# Speaker strings that name no one: pronouns, determiners and other function words.
NOT_NAMES = frozenset(
    "i me we us you he him she her it they them this that these those who whom which what one ones "
    "someone somebody anyone anybody everyone everybody nobody none each both all some many most others another "
    "the a an his its their our your my there here".split()
)

# A word that makes a speaker string an organisation ("Russian Foreign Ministry", "Bank of England").
ORGANISATION_WORDS = frozenset(
    "association associations agency agencies authority authorities bank banks board bureau commission committee "
    "company companies corporation corp co council department federation foundation fund government "
    "group inc incorporated institute institution league ltd limited ministry office organisation organization "
    "party plc police service services society trust union university college school club fc network "
    "newspaper magazine times post journal reporter herald guardian telegraph tribune airways airlines motors "
    "records studios pictures systems technologies technology labs laboratories research partners capital "
    "securities holdings industries international assembly parliament congress senate commons executive "
    "cabinet army navy forces nations alliance coalition exchange markets index charity campaign "
    "federal".split()
)

# Political parties and their members as a body, which speak as organisations ("Labour said");
# before a person's name they are a title ("Tory Michael Howard").
PARTIES = frozenset(
    "labour tory tories conservative conservatives liberal liberals lib dem dems democrat democrats "
    "republican republicans ukip snp plaid greens green".split()
)

# Nationalities, which stand for an unnamed person ("the American said"), not a name.
DEMONYMS = frozenset(
    "american americans british briton britons english scottish scot scots welsh irish french german germans "
    "italian spanish dutch belgian swiss austrian swedish norwegian danish finnish polish russian russians "
    "ukrainian chinese japanese korean indian pakistani australian canadian mexican brazilian argentine "
    "israeli palestinian iranian iraqi syrian turkish greek egyptian african european europeans".split()
)

# Lowercase words inside an organisation's name, between capitalised words ("Bank of England").
JOINERS = frozenset("of for and".split())

# Words written in names in lowercase ("Charles de Gaulle", "Ludwig van Beethoven").
PARTICLES = frozenset("de del della der den di da das dos du la le van von ter ten bin al el ibn mac".split())

# Suffixes after a surname that are not the surname.
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

# Forms of address that precede a bare surname in running text ("Mr. Zelensky said").
ADDRESS_FORMS = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Lord", "Lady", "President")
