"""Word lists of the quote rules: reporting verbs, titles, pronouns, and the words that are no name.

Plain data (and the verb forms built from it), kept apart from the patterns in
``cues``, ``names`` and ``phrases`` so the lists can grow without touching a rule.
"""

from typing import Final

# Reporting verbs. Lemmas that are also common nouns ("state", "claim", "report") only
# count in their past and -ing forms, so "secretary of state" is never a cue.
IRREGULAR_CUES: Final[list[str]] = [
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "writing",
    "sing", "sings", "sang", "singing",
]
CUE_LEMMAS_ALL_FORMS: Final[str] = (
    "add ask explain argue insist suggest recall warn acknowledge admit predict conclude describe contend allege "
    "assert emphasize emphasise stress confirm deny agree opine reiterate maintain reveal continue declare "
    "complain urge respond elaborate recount tout proclaim assure concede observe"
)
# Nouns ending in "ly", no adverb: "said the assembly government" goes on past them.
LY_NOUNS: Final[frozenset[str]] = frozenset("assembly family supply monopoly ally rally".split())
# Verbs of stating a view that are no reporting cue of their own: a person who is their subject, right
# before a quotation without a cue, is its speaker ("Mr Brown outlined his view …. “As our manifesto …”").
EXPRESSION_VERBS: Final[frozenset[str]] = frozenset("outlined repeated defended expressed voiced".split())
CUE_LEMMAS_PAST_ONLY: Final[str] = (
    "state call post text email report charge counter claim label point answer note promise demand praise "
    "reply joke quip remark tweet vow pledge exclaim shout yell testify mention lament scoff muse chant brag "
    "caution retort interject wonder blast slam criticize criticise accuse announce boast whisper dismiss "
    "decry mock ridicule fume rail gush marvel sigh grumble"
)
# Verbs of judging that report the words they quote only in the simple past, with a subject ("the
# minister hailed his colleague's “superb” work", "the board blamed a “string of failures”"): their -ing
# form modifies a noun ("a tweet blaming the press") and reports nothing. "attacked" is left out: its
# subject is as often a target or a later clause's ("… bristled when two aides attacked her").
PAST_ONLY_CUES: Final[list[str]] = ["hailed", "blamed"]
DOUBLED_FINAL: Final[dict[str, str]] = {"admit": "admitt", "brag": "bragg", "quip": "quipp", "slam": "slamm"}


def verb_forms(lemma: str) -> dict[str, list[str]]:
    """Present (base, third person) and past (-ed, -ing) forms of a regular verb ("reply" -> "replied")."""
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {"present": [lemma, lemma[:-1] + "ies"], "past": [lemma[:-1] + "ied", lemma + "ing"]}
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    if lemma.endswith("e"):
        return {"present": [lemma, third], "past": [lemma + "d", lemma[:-1] + "ing"]}
    stem = DOUBLED_FINAL.get(lemma, lemma)
    return {"present": [lemma, third], "past": [stem + "ed", stem + "ing"]}


def plain_forms(lemmas: str) -> frozenset[str]:
    """Each lemma of a space-separated list with "-s", "-(e)d" and "-ing" added, no spelling rules ("call" -> "calls",
    "called", "calling"): word lists that irregular forms are added to by hand."""
    return frozenset(
        form
        for lemma in lemmas.split()
        for form in (lemma, lemma + "s", lemma + "d" if lemma.endswith("e") else lemma + "ed", (lemma[:-1] if lemma.endswith("e") else lemma) + "ing")
    )


CUE_SET: Final[frozenset[str]] = frozenset(
    IRREGULAR_CUES
    + [form for lemma in CUE_LEMMAS_ALL_FORMS.split() for forms in verb_forms(lemma).values() for form in forms]
    + [form for lemma in CUE_LEMMAS_PAST_ONLY.split() for form in verb_forms(lemma)["past"]]
    + ["according", "According"]
    + PAST_ONLY_CUES
)
# Verbs by which a story's lead reports its source besides the speech cues ("…, the Law Lords have ruled", "…, Tony
# Blair has promised", "…, the Financial Times has reported", "…, Downing Street has indicated"): what ``lead_reports`` takes.
LEAD_STANCE_VERBS: Final[frozenset[str]] = frozenset(
    form for lemma in "rule attack hail back welcome condemn reject defend criticise criticize accuse urge promise vow pledge report indicate".split()
    for form in verb_forms(lemma)["past"] + verb_forms(lemma)["present"]
)
# Headlines report in the present tense ("says ex-aide", "Blair tells EU"); a past form is
# passive there ("Parties warned over …", "Labour accused of …"). "deny" quotes the words denied.
HEADLINE_CUES: Final[frozenset[str]] = frozenset(
    ["say", "says", "tell", "tells", "write", "writes"]
    + [form for lemma in CUE_LEMMAS_ALL_FORMS.split() if lemma != "deny" for form in verb_forms(lemma)["present"]]
)
# Months as US style shortens them before a day ("on Sept. 12"); March to July are never shortened.
MONTH_ABBREVIATIONS: Final[tuple[str, ...]] = ("Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")
# Abbreviations whose period ends no sentence (see ``paragraph.SENTENCE_END``).
ABBREVIATIONS: Final[tuple[str, ...]] = MONTH_ABBREVIATIONS + ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Prof", "Rev", "Pa", "No", "vs", "U.S", "U.N", "D.C",
                                       "Capt", "Cmdr", "Adm", "Maj", "Cpl", "Det", "Supt", "Insp", "Del")
# Words that open a clause or an adverbial, never a subject.
NOT_SUBJECT_START: Final[str] = (
    "When|While|After|Before|As|If|In|On|At|During|Until|Despite|According|For|With|From|By|Since|So|Yet|"
    "Although|Though|Meanwhile|However|Now|Then|Still|Also|Asked|Speaking|Writing|Like|Unlike|Among|Under|"
    "Over|About|Early|Later|Earlier|Even|Just|Once|Based|Given|Following|There|Here|What|Why|How|Where|"
    "Which|Not|No|Yes|To|Of|And|But|Or"
)
# Adverbs that may open a speaker phrase without being part of it: "even a top GOP strategist", "only Democrats".
FOCUS_ADVERBS: Final[frozenset[str]] = frozenset({"even", "only", "also", "just"})
# "…,” Cyril told The Huffington Post": the phrase after these cues is who hears the words.
ADDRESSEE_CUES: Final[frozenset[str]] = frozenset({"tell", "tells", "told", "telling"})
# Verbs of watching, reading or liking a work: a title-cased quotation right after one is the work's title ("enjoys
# “Modern Family”", "watched “Breaking Bad”"), not the subject's words.
WORK_CONSUMING_VERBS: Final[frozenset[str]] = frozenset({
    "enjoy", "enjoys", "enjoyed", "watch", "watches", "watched", "love", "loves", "loved", "like", "likes", "liked",
    "prefer", "prefers", "preferred", "reads", "reread", "rewatched", "binge-watched", "recommends", "recommended",
})
# Nouns that take a name or a label right before them: a quoted term there names the thing
# ("its “prices paid” index", "the “Never Trump” movement"), see ``term_heads``.
NAME_HEADS: Final[tuple[str, ...]] = (
    "campaigns", "campaign", "movements", "movement", "index", "labels", "label", "category", "tag", "box", "status",
    "awards", "award", "prize", "initiative", "command", "feature", "clause", "rule", "laws", "law", "programmes",
    "programme", "programs", "program", "services", "service", "schemes", "scheme", "button", "technique", "orders", "order",
    "t-shirts", "t-shirt", "shirts", "shirt", "hats", "hat", "posters", "poster", "badges", "stickers", "ads", "ad", "adverts",
    "advert", "sketch", "slogans", "slogan", "logo", "brand", "rating", "ratings",
)
# Nouns for a remark that a quoted term after a determiner names by its words: the “not there yet” comment,
# that “pivot” line (``term_heads`` rule 6).
REMARK_HEADS: Final[frozenset[str]] = frozenset(
    "comment comments remark remarks line lines phrase quip quips jibe jibes gaffe soundbite catchphrase".split()
)
# Nouns for a campaign a quoted slogan names, before or after it (``term_heads`` rule 7).
SLOGAN_HEADS: Final[tuple[str, ...]] = ("campaigns", "campaign", "slogans", "slogan", "motto", "tagline", "catchphrase")
# Nouns that end a quoted term naming its owner's rule or scheme, besides NAME_HEADS: its own “points
# system”, Mr Cable's “Alternative Budget” (``term_heads`` rule 4).
OWNED_TERM_HEADS: Final[frozenset[str]] = frozenset({"system", "systems", "budget", "strategy"})
# Words that introduce a title or a term rather than someone's words ("which means" a translation:
# Opus Dei, which means “Work of God”; "in other words" the term for what the sentence described: "…
# inventions that use software, in other words, “computer implemented invention”").
TERM_WORDS: Final[tuple[str, ...]] = ("titled", "entitled", "headlined", "so-called", "so called", "much-vaunted", "much vaunted", "the word", "which means", "in other words")
TITLE_NOUNS: Final[tuple[str, ...]] = (
    "essay", "book", "memoir", "film", "movie", "song", "album", "documentary", "show", "play", "poem", "novel",
    "podcast", "exhibition", "hashtag", "placard", "banner", "sign", "column", "editorial", "commentary", "op-ed",
    "headline", "programme", "episode", "sitcom", "musical", "opera", "anthem", "classic", "series", "thriller",
    "bestseller", "blockbuster",
)
# Nouns for an advertisement: its title follows set off by a comma ("One ad, “Balanced Rebellion,” stars …"); without
# the comma the quotation is mostly someone's words about it ("the advertisement “wrongfully” suggests").
AD_NOUNS: Final[tuple[str, ...]] = ("ad", "advert", "advertisement", "commercial")
# Things that bear written words a quotation gives: "a hat reading “…”" (``inscriptions``).
INSCRIBED_NOUNS: Final[tuple[str, ...]] = (
    "hat", "cap", "t-shirt", "shirt", "sign", "banner", "placard", "poster", "sticker", "badge", "billboard", "button",
    "plaque", "mug", "sweatshirt", "hoodie",
)
# Words that introduce a name or a slogan, unless a reporting clause gives the quotation a
# speaker (then it may be the speaker's own words: "he said his motto was “…”").
# "the term" and the like name the words that follow them too ("coined the term “…”"), but
# not after a verb of using them ("Trump has used the phrase “…”": he is reported saying them).
NAME_WORDS: Final[tuple[str, ...]] = (
    "slogan", "motto", "nickname", "catchphrase", "the words", "the term", "the phrase", "the expression", "the name",
    "pseudonym", "moniker", "codename", "code name", "pen name", "stage name", "username",
)
TERM_USING_VERBS: Final[tuple[str, ...]] = ("use", "uses", "used", "using")
# Participles that put a label on the thing named right before them: "items labelled “…”" (``labelled_terms``).
LABELLING_VERBS: Final[tuple[str, ...]] = ("rated", "labelled", "labeled", "marked", "stamped", "classified")
# Verbs of using or saying words, and the cues before them that deny or refuse it ("for not using the term “…”",
# "refusal to use the words “…”", "refrain from using the phrase “…”"): the words go unsaid (``refused_words``).
TERM_SAYING_VERBS: Final[tuple[str, ...]] = (
    *TERM_USING_VERBS, "say", "says", "said", "saying", "utter", "utters", "uttered", "uttering", "mention", "mentioning",
)
NEGATED_USE_CUES: Final[tuple[str, ...]] = (
    "not", "never", "without", "refuse to", "refuses to", "refused to", "refusing to", "refusal to", "declined to",
    "declines to", "declining to", "refrain from", "refrained from", "refraining from", "refrains from", "avoid",
    "avoids", "avoided", "avoiding", "stop", "stopped", "stopping", "reluctance to", "unwilling to", "unwillingness to",
)
# Verbs of thinking whose subject owns the words quoted right after them ("the band thought was “…”").
THINKING_VERBS: Final[tuple[str, ...]] = ("thought", "thinks", "think", "believed", "believes", "believe", "felt", "feels", "feel", "reckoned", "reckons")
# Verbs by which a subject thinks or finds something: "respondents believed it was “…”", "research has shown that …".
FINDING_VERBS: Final[tuple[str, ...]] = THINKING_VERBS + (
    "found", "finds", "find", "shown", "showed", "shows", "show", "revealed", "reveals", "suggested", "suggests", "concluded", "concludes",
)
# Verbs that name something with the quotation right after them: "dubbed “…”", "known as “…”".
NAMING_VERBS: Final[tuple[str, ...]] = (
    "dubbed", "nicknamed", "codenamed", "code-named", "known as", "billed as", "called", "labelled", "labeled",
    "termed", "branded", "described as", "defined as", "referred to as", "named", "designated as", "classed as",
    "classified as",
)
# Verbs that give a title in a headline's passive without its "is" ("Band named 'best act'", "Phone tipped as a 'must-have'"):
# the quoted words are the title, not anyone's speech.
HEADLINE_TITLE_VERBS: Final[tuple[str, ...]] = ("named", "dubbed", "crowned", "voted", "tipped as", "nicknamed")
# ... of which these name even after a relative pronoun ("the firm which was dubbed");
# "called", "labelled" and the rest not after "what/which …" ("which critics have called").
NAMING_ALWAYS: Final[frozenset[str]] = frozenset({"dubbed", "nicknamed", "codenamed", "code-named", "known as", "billed as"})
# Naming verbs whose "as" may come a few words later ("known online as", "classed Russian bonds as"):
# unlike "described X as" or "referred to X as", which quote someone's words about X.
SPREAD_NAMING_VERBS: Final[tuple[str, ...]] = ("known", "classed", "classified", "designated")
# Words before a naming verb that make it passive: "It has been called", "what are called".
NAMING_PASSIVE_MARKERS: Final[frozenset[str]] = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "also", "often", "widely", "commonly", "sometimes",
    "popularly", "affectionately", "officially", "originally", "formerly", "now", "once", "so", "what's", "aptly",
})
# Words that make a quotation a clause rather than a term: pronouns, auxiliaries, modals.
CLAUSE_WORDS: Final[frozenset[str]] = frozenset(
    "i me my we us our you your he him his she her they them their it its is are was were be been being am "
    "will would can could may might must shall should has have had do does did don't won't can't isn't "
    "there this that i'm it's we're they're you're".split()
)
# Words after a closing mark that do not make the quotation a noun's modifier ("its “pocket
# office” device", but not "“zero tolerance” for", "“a few months” last week"): see ``term_modifiers``.
NOT_HEAD_WORDS: Final[frozenset[str]] = CLAUSE_WORDS | frozenset(
    "a an the and or but nor if then than so as at by for from in into of off on onto out over per to up down "
    "with within without about above after against along among around before behind below beneath beside between "
    "beyond during except inside near since through throughout toward towards under until upon via while when "
    "where whether which who whom whose what why how because although though unless once also not only even just "
    "still yet too very more most less least much many some any all each every both either neither no such "
    "these those last next ago said says say told tells according like unlike despite instead rather".split()
)
# The answers and options a form, a poll or a vote offers, as quoted ("tick the “don't know” box", a “yes” vote):
# ``answer_terms``.
ANSWER_WORDS: Final[frozenset[str]] = frozenset(
    {"yes", "no", "don't know", "dont know", "not sure", "maybe", "undecided", "other", "none", "when", "if", "neither"}
)
# Nouns by which a sentence after a quoted term says what the term is: "“…” has become a comedic term for …",
# "“…” seems to be the new name for …" (``classify`` rule 2's ``DEFINED_AFTER``).
TERM_GLOSS_NOUNS: Final[tuple[str, ...]] = (
    "term", "name", "word", "phrase", "label", "nickname", "buzzword", "expression", "euphemism", "shorthand", "jargon",
)
# Words of degree that make a quoted phrase someone's judgement, not a term ("less painful", "too little").
DEGREE_WORDS: Final[frozenset[str]] = frozenset("less more most least very too so quite rather fairly pretty".split())
# Nouns for someone's words: "Trump's claim", "his remarks".
SPEECH_NOUNS: Final[str] = (
    "claim claims remark remarks comment comments words statement statements assertion view views warning promise "
    "pledge call description accusation contention argument response message insistence suggestion vow charge "
    "complaint tweet tweets quip line slogan phrase characterization admission declaration answer reply retort "
    "prediction verdict assessment conclusion demand plea refrain mantra"
)
# Verbs and nouns of speaking, judging, wanting and coining besides the cue, owning and stance verbs: a clause that
# holds one reports, judges or owns the words it quotes ("apologised for his “…”", "paid tribute to the “…”", "his call
# for a “…”", "the man who invented the “…”").
SAYING_EXTRA_WORDS: Final[frozenset[str]] = plain_forms(
    "apologise apologize thank bemoan talk liken compare persuade denounce attack defend admire pound find hear plan "
    "characterize characterise herald hammer lament determine portray cast concern congratulate translate propose accept profess reference push invent coin"
) | frozenset("spoke speak speaks speaking found heard planned planning vision tribute congratulations condolences concerns anxiety worry worries criticism praise".split())
POSSESSIVE_PRONOUNS: Final[dict[str, str]] = {"his": "he", "her": "she", "their": "they", "its": "it"}
MALE_WORDS: Final[set[str]] = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS: Final[set[str]] = {"she", "her"}
MALE_PRONOUNS: Final[set[str]] = {"he", "him"}
FEMALE_TITLES: Final[set[str]] = {"Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Madam", "Queen", "Lady", "Dame", "Baroness", "Countess", "Duchess"}
# No "Earl": in news it is a first name ("Rep. Earl Blumenauer") far more often than a peer's title.
MALE_TITLES: Final[set[str]] = {"Mr", "Mr.", "Sir", "King", "Lord", "Prince", "Baron", "Duke", "Viscount"}
# Titles a person known by a first name alone holds ("Prince Charles"), and titles that go before a surname
# and never a first name alone ("Mr Howard"; but "Sir Nicholas", "Dame Judi").
ROYAL_TITLES: Final[tuple[str, ...]] = ("Prince", "Princess", "King", "Queen", "Pope", "Saint", "St", "Emperor", "Empress")
TITLES_BEFORE_SURNAMES: Final[tuple[str, ...]] = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Lord", "Baroness", "Prof")
TITLES: Final[set[str]] = FEMALE_TITLES | MALE_TITLES | {
    "Dr", "Dr.", "Prof", "Prof.", "Sen", "Sen.", "Rep", "Rep.", "Gov", "Gov.", "Gen", "Gen.", "Lt", "Col",
    "Sgt", "Capt", "Capt.", "Cmdr", "Cmdr.", "Adm", "Adm.", "Maj", "Maj.", "Rev", "Rev.", "Pope", "President", "Vice", "Prime", "Minister", "Deputy", "Chancellor", "Senator",
    "Governor", "Representative", "Congressman", "Congresswoman", "Secretary", "General", "Judge", "Justice",
    "Mayor", "Ambassador", "Commissioner", "Director", "Chief", "Chairman", "Chairwoman", "Speaker", "Leader",
    "Former", "Candidate", "Nominee", "Officer", "Spokesman", "Spokeswoman", "Attorney", "Sheriff",
    # clergy and ranks, written out or abbreviated; not those that are surnames too ("John Major", "John Bishop")
    "Reverend", "Pastor", "Rabbi", "Imam", "Archbishop", "Lt.", "Col.", "Sgt.", "Cpl", "Cpl.", "Colonel", "Lieutenant",
    "Sergeant", "Corporal", "Admiral", "Brigadier", "Supt", "Insp", "Det", "Superintendent", "Inspector", "Detective",
    "Del.",  # a US delegate to Congress: "Del. Stacey Plaskett"; with its period only, "Del" is a first name too
    "Ayatollah", "Sheikh", "Mullah", "Datuk",  # religious and honorific titles: "Ayatollah Ali Khamenei"
}
# Days and months: they open no name ("Monday", "May"), and after "on" they say when, not what about ("the
# Security Council on Friday").
DATE_WORDS: Final[frozenset[str]] = frozenset((
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December"
).split()) | frozenset(MONTH_ABBREVIATIONS[1:])  # "Jan" is a first name too
# Months that are surnames too: after a first name they end a person's name ("Theresa May", "Brian May", "Jill
# June"), where "in May", "May 2015" and "on May 5" say when.
MONTH_SURNAMES: Final[frozenset[str]] = frozenset({"May", "March", "August", "June"})
# Titles that are adjectives too, and open organisations' names as well: "General Electric", "Chief Constable".
ADJECTIVE_TITLES: Final[frozenset[str]] = frozenset({"General", "Chief", "Prime", "Vice", "Deputy", "Former", "Acting", "Senior"})
NOT_NAME_START: Final[set[str]] = {
    "The", "A", "An", "But", "And", "Or", "Nor", "Neither", "Either", "Each", "Every", "Me", "In", "On", "At", "When", "While", "After", "Before", "As", "If",
    "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "During", "Until", "Despite",
    "According", "For", "With", "From", "By", "Since", "So", "Yet", "Although", "Though", "Meanwhile",
    "However", "Now", "Then", "Still", "Also", "It", "He", "She", "They", "We", "I", "You", "There", "Here",
    "Asked", "Speaking", "Writing", "Like", "Unlike", "Among", "Under", "Over", "About", "Some", "Many",
    "Most", "Both", "All", "One", "Other", "Others", *DATE_WORDS, "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
    "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundreds", "Thousands", "Millions",
    "Amid", "Alongside", "Across", "Against", "Through", "Throughout", "Within", "Beyond", "Upon", "Around", "What", "Who", "Why", "How", "Where", "Which", "Not",
    "No", "Yes", "Even", "Just", "Only", "Once", "Later", "Earlier", "Today", "Yesterday", "Last", "Next", "Past",
    "Again", "Whilst", "Said", "Another", "More", "Instead", "Otherwise", "Responding", "Meanwhile", "Can", "Could", "Should", "Would", "Did", "Does", "Do", "Is", "Was", "Are", "Were",
    "Someone", "Somebody", "Anyone", "Anybody", "Everyone", "Everybody", "Nobody", "Whoever",  # indefinite pronouns: no one named
    "Enter", "Maybe", "Perhaps",  # a stage direction ("Enter The Washington Post."), sentence adverbs: "Maybe Instagram likes it"
    "See", "Click",  # web copy's imperatives: "(See Sexton's full timeline below.)"
}
# Function words capitalised inside a title-case name, never inside a person's: "Reporters Without Borders".
TITLE_CASE_FUNCTION_WORDS: Final[frozenset[str]] = frozenset({"Of", "To", "Without", "Into", "Upon", "Versus", "Against"})
NOT_PERSON_WORDS: Final[set[str]] = {
    "University", "College", "School", "Party", "House", "Council", "Ministry", "News", "Times", "Post",
    "Journal", "Watch", "Department", "Committee", "Commission", "Union", "Court", "Congress", "Senate",
    "Army", "Forces", "Police", "Office", "Bank", "Company", "Inc", "Group", "Foundation", "Institute",
    "Center", "Centre", "Agency", "Association", "Network", "Campaign", "Administration", "Republic",
    "States", "Nations", "Kingdom", "York", "City", "County", "Country", "Street", "Inn", "Hotel", "Hall",
    "Church", "Airport", "Station", "Republicans", "Democrats", "Republican", "Democratic", "Democrat",
    "Federal", "National", "International", "Organization", "Organisation", "Corporation", "Service",
    "Press", "Reuters", "Channel", "Square", "Avenue", "Tower", "Club", "Board", "Fund", "Bureau", "Media",
    "Magazine", "Daily", "Herald", "Tribune", "Guardian", "Telegraph", "Review", "Spiegel", "Welt", "Pravda",
    "Twitter", "Facebook", "Telegram", "Europe", "America", "Africa", "Asia", "Coast", "Island", "Islands",
    "River", "Mountains", "Sea", "Ocean", "Valley", "Day", "Week", "Year", "Eve", "Christmas", "Easter", "Cup", "Games", "Olympics", "Caucus",
    "Convention", "Summit", "Treaty", "Act", "Bill", "Law", "Rights", "Assembly", "Parliament", "Cabinet",
    "Coalition", "Alliance", "Front", "Movement", "Team", "Fox", "CNN", "MSNBC", "NBC", "ABC", "CBS", "BBC", "GOP",
    "Ukraine", "Russia", "Poland", "Kyiv", "Moscow", "Washington", "Ukrainian", "Russian", "Polish",
    "Germany", "France", "Britain", "China", "Japan", "Israel", "Iran", "Syria", "Iraq", "Mexico", "Canada",
    "Society", "Societies", "Crescent", "Cross", "Red", "Nazi", "Soviet", "European", "Western", "Eastern",
    "North", "South", "East", "West", "Kremlin", "Pentagon", "White", "Security", "Defense", "Defence",
    "Foreign", "Affairs", "Prize", "Olympic", "Trust", "Street", "Road", "Park", "Museum", "Library",
    "Commonwealth", "Empire", "State", "Province", "Region", "Republic", "Federation", "Ministry",
    # events and prizes: "European Indoor Championships", "Grand Slam", "Consumer Electronics Show"
    "Championship", "Championships", "Tournament", "Marathon", "Marathons", "Slam", "Prix", "Trophy", "Awards",
    "Festival", "Show", "Conference", "Inquiry",
    # place qualifiers: "Northern Ireland", "Central America", "Great Britain"
    "Northern", "Southern", "Central", "Great",
}
# Words that end an organisation's or an event's name but open a person's: "Terrorism Bill", "Bill Gammell";
# "Christmas Eve", "Eve Trew".
FIRST_NAME_WORDS: Final[frozenset[str]] = frozenset({"Bill", "Eve"})
# Words that open a place's name and no person's, though a name may hold them further in ("Aung San Suu Kyi"):
# "San Francisco", "Los Angeles", "Las Vegas", "Santa Clara".
PLACE_OPENING_WORDS: Final[frozenset[str]] = frozenset({"San", "Santa", "Los", "Las"})
# Organisation and place words that end no person's name and open none either.
NOT_FIRST_NAME_WORDS: Final[set[str]] = (NOT_PERSON_WORDS - FIRST_NAME_WORDS) | PLACE_OPENING_WORDS
# Words that end a place's or an organisation's name but are surnames too: "White House", "Kelli White";
# "Fox News", "Liam Fox". After a first word that is no place or organisation word, a surname.
SURNAME_WORDS: Final[frozenset[str]] = frozenset({"White", "Fox", "West", "North"})
NOT_SURNAME_WORDS: Final[set[str]] = NOT_PERSON_WORDS - SURNAME_WORDS
# Body, place and common words that are surnames too, though far less often than they end a body's or a place's
# name: "Charles Cross" but "Red Cross", "Jude Law" but "Company Law", "Doris Day" but "Election Day". Only after a
# given name, where a person is expected, do they end a person's name (``common_word_surnames``).
COMMON_WORD_SURNAMES: Final[frozenset[str]] = frozenset(
    "Bank Church Court Cross Day France Hall Israel Law Park Post Press Street Tower Washington York East".split()
)
# Place, organisation and nationality words that are people's names too, first or middle: "Kathleen Hall
# Jamieson", "Park Seung-woo", "German Gref". Inside or opening a name they say nothing of a body.
PERSONAL_NAME_WORDS: Final[frozenset[str]] = FIRST_NAME_WORDS | frozenset(
    {"Hall", "Park", "Church", "Day", "Court", "Cross", "Law", "Street", "Red", "Israel", "America", "Asia", "Africa", "German", "Georgia", "India"}
)
# Lower-case particles inside a person's name, one or two before its last word: "Renaud Donnedieu de Vabres",
# "Jurgen den Hartog", "Edwin van der Sar".
NAME_PARTICLES: Final[tuple[str, ...]] = ("de", "van", "von", "der", "den", "bin", "al", "el", "da", "di", "la", "le", "du", "del", "dos")
# Particles joined to the word after them by a hyphen, inside or opening a surname: "Saif al-Islam", "Anwar al-Awlaki".
HYPHENED_PARTICLES: Final[tuple[str, ...]] = ("al", "el")
# Determiners that make the capitalised words after them a thing or a body, not a person: "a Franck Muller watch",
# "The Boys Choir of Harlem", "My Ask Jeeves".
THING_DETERMINERS: Final[frozenset[str]] = frozenset({"a", "an", "the", "my", "its", "our", "their", "your"})
# Modal and copular verbs: "It will also touch upon …", "It would mean …", "It is the Tories' attempt …" say nothing.
MODAL_AND_COPULAR_VERBS: Final[frozenset[str]] = frozenset("will would is was could can may might must should".split())
# Verbs whose "it" is a thing or a state of affairs, never a body speaking: "It means there is …", "It seems …".
IMPERSONAL_VERBS: Final[frozenset[str]] = frozenset("means meant seems seemed appears appeared".split())
# Word runs after "it" that make it a dummy subject, never a body: "It had nothing to do with …", "when it comes to …".
IMPERSONAL_IDIOMS: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(idiom.split()) for idiom in ("has nothing to do", "had nothing to do", "comes to", "came to", "goes without saying")
)
# Verbs after which "<noun> <Name>" is the body told something by a person: "told the club Mourinho would stay".
TELLING_VERBS: Final[frozenset[str]] = frozenset("told tell tells telling asked ask asks informed inform informs assured assure warned warn".split())
# Verbs by which a sentence's subject owns words it quotes without a reporting clause: naming ("calls him
# “…”"), judging, wanting, fearing, chanting, repeating. With one of these between a name and the
# quotation, the name may be the speaker even when a noun follows it (``attribution.qualifies_noun_after``).
OWNING_VERBS: Final[frozenset[str]] = plain_forms(
    "call dub label brand term name refer describe chant repeat shout cite accuse criticise criticize fear "
    "want expect hope promise pledge vow demand urge praise hail attack condemn reject welcome blame "
    "question argue claim suggest warn insist predict believe think consider regard see view identify rate rail"
) | frozenset({"thought", "saw", "seen", "felt", "feel", "feels", "dubbed", "dubbing", "referred", "referring", "labelled", "labelling"})

# "Acme has been criticised for …", "Jo Hart was hailed for his …": a passive that praises or blames its subject
# for something; the quoted words after it are the critic's or a term, never the subject's.
JUDGED_FOR_VERBS: Final[frozenset[str]] = frozenset(
    "hailed praised criticised criticized accused attacked condemned lauded slammed blasted applauded commended "
    "mocked ridiculed censured rebuked lambasted castigated faulted blamed derided".split()
)

# "…, which described the embargo as a “…”": the verbs by which a relative clause's body names or reports the
# words right after it.
RELATIVE_SPEECH_VERBS: Final[frozenset[str]] = frozenset(
    "described called labelled labeled branded dubbed termed said says claimed claims warned warns "
    "condemned denounced hailed praised urged insisted declared accused".split()
)

# Capitalised words whose "'s" is "is" or "has", not a possessive ("It's “Brilliant”", "That's “Game Over”"):
# no owner before a title (``owned_titles``).
CONTRACTED_SUBJECTS: Final[frozenset[str]] = frozenset(
    "it that this he she there here what who where when how why let everything nothing everyone everybody "
    "nobody somebody someone today tonight".split()
)
# Longer lower-case words a title may keep inside its capitalised ones ("This Week with George Stephanopoulos").
TITLE_SMALL_WORDS: Final[frozenset[str]] = frozenset("with from into onto upon over than".split())
# A transcript's labels for a turn that name no one: "VIDEO:", "Q:", "(CROSSTALK)" (``transcript_labels``).
TRANSCRIPT_NON_NAME_LABELS: Final[frozenset[str]] = frozenset(
    "video audio clip q a question answer note update crosstalk announcer narrator moderator reporter host voice "
    "male female man woman unidentified audience crowd caller editor transcript excerpt begin end".split()
)
