"""Direct quotations with speaker attribution, from a paragraphs frame.

Rule-based on purpose: news quotes come in a few fixed shapes (cue after, before or
around the quotation, or a partial quote inside a reported sentence), and compiled
regexes over each paragraph keep the stage fast. Offsets are code points (Python
str indices) into ``documents.text``.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import polars as pl

from transforms import frames
from transforms.word_trie import word_alternation

QUOTE_MARK = re.compile(r"[“”\"]")
WORD = re.compile(r"\w")

# Reporting verbs. Lemmas that are also common nouns ("state", "claim", "report") only
# count in their past and -ing forms, so "secretary of state" is never a cue.
IRREGULAR_CUES = [
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "writing",
    "sing", "sings", "sang", "singing",
]
CUE_LEMMAS_ALL_FORMS = (
    "add ask explain argue insist suggest recall warn acknowledge admit predict conclude describe contend allege "
    "assert emphasize emphasise stress confirm deny agree opine reiterate maintain reveal continue declare "
    "complain urge respond elaborate recount tout proclaim assure concede observe"
)
CUE_LEMMAS_PAST_ONLY = (
    "state call post text email report charge counter claim label point answer note promise demand praise "
    "reply joke quip remark tweet vow pledge exclaim shout yell testify mention lament scoff muse chant brag "
    "caution retort interject wonder blast slam criticize criticise accuse announce boast whisper dismiss "
    "decry mock ridicule fume rail gush marvel sigh grumble"
)
DOUBLED_FINAL = {"brag": "bragg", "quip": "quipp"}


def verb_forms(lemma: str) -> dict[str, list[str]]:
    """Present (base, third person) and past (-ed, -ing) forms of a regular verb ("reply" -> "replied")."""
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {"present": [lemma, lemma[:-1] + "ies"], "past": [lemma[:-1] + "ied", lemma + "ing"]}
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    if lemma.endswith("e"):
        return {"present": [lemma, third], "past": [lemma + "d", lemma[:-1] + "ing"]}
    stem = DOUBLED_FINAL.get(lemma, lemma)
    return {"present": [lemma, third], "past": [stem + "ed", stem + "ing"]}


CUE_SET = frozenset(
    IRREGULAR_CUES
    + [form for lemma in CUE_LEMMAS_ALL_FORMS.split() for forms in verb_forms(lemma).values() for form in forms]
    + [form for lemma in CUE_LEMMAS_PAST_ONLY.split() for form in verb_forms(lemma)["past"]]
    + ["according", "According"]
)
# "… Trump said: “…”": the cue belongs to the quotation after the colon.
INTRODUCES_NEXT = re.compile(r"[^.!?“”\"]{0,40}:\s*[“\"]")
PASSIVE_CUE = re.compile(r"\b(?:is|was|were) (?:reported|quoted) as saying")
CUE = re.compile(rf"\b{word_alternation(CUE_SET)}\b")
ANTECEDENT_LEAD = re.compile(rf"\s*(?:{word_alternation(CUE_SET)}\s+)?")
# Words between a speaker and its cue: "reportedly said", "has also said".
CUE_MODIFIERS = r"(?:(?:[a-z]+ly|also|then|later|has|had|have|would|will|once|again|simply|just)\s+)*"
CUE_MODIFIER_RUN = re.compile(CUE_MODIFIERS)
# "Mr. Zelensky, reportedly": what stands between a speaker and its cue.
SPEAKER_TRAILER = re.compile(rf"\s*,?\s+{CUE_MODIFIERS}$")
ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Prof", "Rev", "Pa", "No", "vs", "U.S", "U.N", "D.C")
ABBREVIATION_DOT = "|".join(rf"(?<=\b{abbreviation.replace('.', '[.]')})\." for abbreviation in ABBREVIATIONS) + r"|(?<=\b[A-Z])\."
# One lookbehind per abbreviation length, as a lookbehind has a fixed width.
NOT_ABBREVIATION_DOT = "".join(
    rf"(?<!\b(?:{'|'.join(abbreviation.replace('.', '[.]') for abbreviation in ABBREVIATIONS if len(abbreviation) == length)})[.])"
    for length in sorted({len(abbreviation) for abbreviation in ABBREVIATIONS})
) + r"(?<!\b[A-Z][.])"
# The lookahead (closers, a space, a capital) rejects most periods before the abbreviation lookbehinds.
SENTENCE_END = re.compile(rf"[.!?](?=[”\"’)\]]*\s+[“\"‘(\[]?[A-Z0-9])(?:{NOT_ABBREVIATION_DOT}|[”\"’)\]]+)\s+(?=[“\"‘(\[]?[A-Z0-9])")
NOUN_PHRASE_CHAR = rf"(?:[^“”\"\n.;:!?()\[\]]|{ABBREVIATION_DOT}|\.(?=[a-z0-9]))"
SPEAKER_START = re.compile(r"(?=[A-Z]|(?:he|she|they|we|it|one|another|others|a|an|the|his|her|their|its|some|many|several|two|three)\b)")
CAPITAL = re.compile(r"[A-Z]")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
NOT_SUBJECT_START = (
    "When|While|After|Before|As|If|In|On|At|During|Until|Despite|According|For|With|From|By|Since|So|Yet|"
    "Although|Though|Meanwhile|However|Now|Then|Still|Also|Asked|Speaking|Writing|Like|Unlike|Among|Under|"
    "Over|About|Early|Later|Earlier|Even|Just|Once|Based|Given|Following|There|Here|What|Why|How|Where|"
    "Which|Not|No|Yes|To|Of|And|But|Or"
)
# A subject opens with a name, a pronoun or a determiner — not a conjunction or an adverbial.
SUBJECT_START = re.compile(rf"(?!(?:{NOT_SUBJECT_START})\b)(?![a-z]+ing\b)(?:[A-Z0-9]|(?!(?:and|but|or|so|because|as|if|while|when|in|on|at|for|to|with|by|from|of|that|which|who|where|than|then|is|was|are|were|has|have|had|not|there)\b)[a-z])")
NOUN_PHRASE_TEXT = re.compile(rf"{NOUN_PHRASE_CHAR}+")
# Words that continue the sentence after a quotation instead of naming its speaker.
NOT_AFTER_QUOTE = re.compile(r"(?:and|but|or|so|because|as|if|while|when|in|on|at|for|to|with|by|from|of|that|which|where|than|then|is|was|are|were|has|have|had|it)\b")
NOUN_PHRASE = re.compile(rf"(?![a-z\-]+ly\b)(?:{SUBJECT_START.pattern}){NOUN_PHRASE_CHAR}+")
TAIL_LEAD = re.compile(r"[\s,—–-]*")
# "“…,” she elaborated": a short speaker and any verb, for reporting verbs the cue list misses.
# Irregular verbs that report words after a quotation: "“…,” Trump went on", "read the statement".
IRREGULAR_REPORTING = r"(?:went|goes) on|shot back|fired back|chimed in|put it|came back"
SPEAKER_THEN_VERB = re.compile(
    rf"(?P<np>he|she|they|we|it|I|(?:the|a|an|his|her|their|its)(?: (?!(?:for|of|to|in|on|at|by|with|from|that|which|who|and|or|is|was|are|were|has|had|have)\b)[\w’'\-]+){{1,4}}?|(?!(?:{NOT_SUBJECT_START})\b)[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}})"
    rf"\s+{CUE_MODIFIERS}(?P<cue>{IRREGULAR_REPORTING}|(?!(?:this|thus|does|goes|always|perhaps|unless|across|news|series|means)\b)[a-z]{{2,}}(?:ed|es|s)|state|read)\b"
)
VERB_THEN_SPEAKER = re.compile(rf"(?P<cue>{IRREGULAR_REPORTING}|[a-z]+ed|reads?)\s+(?P<np>(?:[A-Z]|(?:the|a|an|his|her|their|its|one)\s)[^“”\"\n]*)")
# "someone shouted, “Cruz,” Beck joked": a cue right before the quotation introduces it.
CUE_THEN_QUOTE = re.compile(rf"\b{word_alternation(CUE_SET)}\s*[,:]\s*$")
# "called her “…”", "described as a “…”": a few words between a cue and the quotation it introduces.
OBJECT_QUOTE_GAP = re.compile(r"(?:\s+[\w’'\-]+){0,4}\s*")
# "…,” Cyril told The Huffington Post": the phrase after these cues is who hears the words.
ADDRESSEE_CUES = frozenset({"tell", "tells", "told", "telling"})
# "asked by Fox Business moderator Gerard Baker": the agent of a passive cue speaks.
PASSIVE_AGENT = re.compile(r"\s+by\s+(?P<np>(?:[A-Z]|(?:the|a|an|one|another|[a-z]+)\s+(?:[a-z]+\s+){0,2}[A-Z])[^,“”\"\n]*)")
# "…, says Carl Anthony, historian at …, is that": a parenthetical cue with its subject after it.
INVERTED_CUE = re.compile(r"\s+(?P<np>(?:[A-Z]|(?:the|a|an|one|another)\s)[^,“”\"\n]{0,80}?)\s*,")
# "“…” ― Francisco Herrero": a vox-pop signature after the quotation.
DASH_SIGNATURE = re.compile(r"\s*[―—–]\s*(?P<np>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})")
# "After the visit, …", "Specifically, …": an opening adverbial before the sentence's subject.
LEADING_ADVERBIAL = re.compile(
    r"(?:(?:And|But|Yet|So|Then)(?:\s+then)?\s+)?"
    r"(?:(?:In|On|At|After|Before|During|When|While|As|Since|Despite|For|With|Without|Following|Like|Unlike|"
    r"If|Unless|Although|Though|Because|Once|Until|Amid|Alongside|Among|Across|Against|Through|Throughout|"
    r"Within|Beyond|Toward|Towards|Upon|Around|Under|Over|By|From|"
    r"Still|Now|Then|Meanwhile|However|Later|Earlier|Based|Given|Asked|Speaking|Responding|Referring|"
    r"According|Early|Last|Next|Also|Instead|Indeed|Specifically|[A-Z][a-z]+ly|[A-Z][a-z]+(?:ed|ing))\b[^,]{0,150},\s*)?"
)
# "When Trump announced his candidacy, …": a subordinate clause opening the sentence.
SUBORDINATE_OPENING = re.compile(r"(?:When|After|Before|While|Since|If|Although|Though|Because|Once|Until)\b[^,“”\"]{0,150},\s*")
# "Instead, “…”", "Then, “…”": a few words before a quotation that leave it sentence-initial.
SENTENCE_OPENER = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?,?|[A-Z][a-z]+ly,)\s*")
# Where a speaker phrase after a cue stops: "Volodymyr Zelensky | rhetorically during …".
NOUN_PHRASE_END = re.compile(
    r"\s(?:in|on|at|during|to|after|before|from|for|with|about|when|while|who|whose|which|that|"
    r"as|last|this|earlier|today|yesterday|recently|[a-z]+ly)\b|,"
)
SUBJECT_TRAILER = re.compile(r"(?:\s+(?:[a-z]+ly|also|then|later|now|has|had|have|would|will|once|again|is|was|were|not))+\s*$")
CLAUSE_BREAK = re.compile(
    r",|;|\s[―—–-]+\s|[―—]|\b(?:that|and|but|yet|while|because|although|though|as|when|if|where|so|who|which|whom|what|in which|with|"
    r"after|before|since|until|unless|once|whether)\b\s",
    re.IGNORECASE,
)
TRAILING_CONJUNCTION = re.compile(r"\b(?:and|but|or|then)$")
# ", who has in the past": a relative clause whose subject is the cue's.
RELATIVE_SUBJECT = re.compile(r",\s*(?P<pronoun>who)(?:\s+(?!(?:he|she|they|we|I)\b)[a-z]+){0,6}$")
# "said one German government spokesman, according to Die Welt, who": the aside and the cue
# around the phrase a relative pronoun stands for.
ACCORDING_TO_ASIDE = re.compile(r",\s*according to [^,]{1,60}$")
# "The campaign is paying “dozens” of canvassers, according to Jeff Weaver": the source of
# words no reporting clause attributes.
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")

# "…, but now said": the cue's subject is the sentence's subject.
COORDINATED_VERB = re.compile(rf"\b(?:and|but|or|then|now)\s+{CUE_MODIFIERS}$")
# Words that introduce a title or a term rather than someone's words.
TERM_WORDS = ("titled", "headlined", "so-called", "so called", "the word")
TITLE_NOUNS = (
    "essay", "book", "memoir", "film", "movie", "song", "album", "documentary", "show", "play", "poem", "novel",
    "podcast", "exhibition", "hashtag", "placard", "banner", "sign",
)
SCARE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(TERM_WORDS)}|(?:{'|'.join(TITLE_NOUNS)})\s*,?)\s*$",
    re.IGNORECASE,
)
# SCARE_BEFORE's word ends where the text does (but for spaces and a comma), so it starts
# at most this far before.
SCARE_WORD_LENGTH = max(map(len, TERM_WORDS + TITLE_NOUNS))
# "on CBS's “Face the Nation,”", "author of “America’s Bitter Pill,”": a title follows.
TITLE_CONTEXT = re.compile(r"\b(?:on|of|in|for|with|from|about|at|and)\s+(?:[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*['’]s?\s+)?$")
NAME = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev)\.?\s+)?"
    r"\b[A-Z][\w’'\-]*(?:\s+(?:[A-Z]\.|(?:(?:de|van|von|der|bin|al|da|di|la|le|du|del|dos)\s+)?[A-Z][\w’'\-]*)(?=[\s,.;:!?’'”\")]|$))*"
)
# "Trump's claim that there have been “…”", "in his words, “…”": a possessor of someone's words.
SPEECH_NOUNS = (
    "claim claims remark remarks comment comments words statement statements assertion view views warning promise "
    "pledge call description accusation contention argument response message insistence suggestion vow charge "
    "complaint tweet tweets quip line slogan phrase characterization admission declaration answer reply retort "
    "prediction verdict assessment conclusion demand plea refrain mantra"
)
# The lookahead (a name or a possessive pronoun starts here) rejects most positions early.
POSSESSED_WORDS = re.compile(
    rf"(?=[A-Z]|(?:his|her|their|its)\b)(?P<np>\b(?:his|her|their|its|His|Her|Their|Its)\b|{NAME.pattern}['’]s?)\s+(?:[a-z]+\s+){{0,2}}"
    rf"(?:{'|'.join(SPEECH_NOUNS.split())})\b(?P<gap>[^.!?“”\"]*)$"
)
PREDICATE_COPULA = re.compile(r"\b(?:is|was|are|were)\b(?!\s+that\b)")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# "Bush … described", "she wrote": a name or pronoun followed by a verb, the likely subject.
# The lookahead (every subject opens with a capital or a pronoun) rejects most positions
# before the alternatives are tried.
SUBJECT_VERB = re.compile(
    rf"(?=[A-Z]|(?:he|she|they|we|it)\b)(?P<np>\b(?:The|A|An)(?: (?!(?:will|would|can|could|may|might|should|must|has|had|have|is|was|are|were|also|then|not|did|does|do)\b)[a-z][\w\-]*){{1,3}}(?=\s)|\b(?:he|she|they|we|He|She|They|We|I|(?:it|It)(?!\s+(?:is|was|seems|has|had|remains|means|takes|appears|looks|makes|matters)\b))\b|{NAME.pattern})(?:['’]s)?(?:,[^,“”\"]{{1,100}},)?\s+"
    r"(?:(?:[a-z]+ly|also|has|had|have|would|will|then|later|not)\s+)*"
    r"(?:[a-z]+(?:ed|es|s)|said|told|wrote|made|took|gave|went|spoke|sang|saw|thought|felt|found|put|set|threw|began|"
    r"led|won|ran|brought|held|kept|left|met|paid|sent|spent|stood|became|came|got|knew|drew|lost|sought|fought|"
    r"built|struck|rose|fell|heard|meant|sat|shot|understood|read|did)\b"
)
POSSESSIVE = re.compile(r"[’']s?$")
PRONOUN = re.compile(r"\b(?:he|she|they|we|I|it|He|She|They|We|It)\b")
GENDERED_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
MALE_WORDS = {"he", "him", "his", "himself"}
# "Polish-Lithuanian Commonwealth": a hyphenated pair of proper adjectives is no first name.
HYPHENATED_PROPER = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
# Another person named between a name and a pronoun makes the pronoun ambiguous.
NAME_BETWEEN = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
# How far back a "she" may reach past a person of unknown gender to one known to be a woman.
GENDER_REACH = 1500
FEMALE_PRONOUNS = {"she", "her"}
MALE_PRONOUNS = {"he", "him"}
FEMALE_TITLES = {"Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Madam", "Queen", "Lady", "Dame"}
MALE_TITLES = {"Mr", "Mr.", "Sir", "King", "Lord", "Prince"}
TITLES = FEMALE_TITLES | MALE_TITLES | {
    "Dr", "Dr.", "Prof", "Prof.", "Sen", "Sen.", "Rep", "Rep.", "Gov", "Gov.", "Gen", "Gen.", "Lt", "Col",
    "Sgt", "Rev", "Rev.", "Pope", "President", "Vice", "Prime", "Minister", "Deputy", "Chancellor", "Senator",
    "Governor", "Representative", "Congressman", "Congresswoman", "Secretary", "General", "Judge", "Justice",
    "Mayor", "Ambassador", "Commissioner", "Director", "Chief", "Chairman", "Chairwoman", "Speaker", "Leader",
    "Former", "Candidate", "Nominee", "Officer", "Spokesman", "Spokeswoman", "Attorney", "Sheriff",
}
NOT_NAME_START = {
    "The", "A", "An", "But", "And", "Or", "In", "On", "At", "When", "While", "After", "Before", "As", "If",
    "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "During", "Until", "Despite",
    "According", "For", "With", "From", "By", "Since", "So", "Yet", "Although", "Though", "Meanwhile",
    "However", "Now", "Then", "Still", "Also", "It", "He", "She", "They", "We", "I", "You", "There", "Here",
    "Asked", "Speaking", "Writing", "Like", "Unlike", "Among", "Under", "Over", "About", "Some", "Many",
    "Most", "Both", "All", "One", "Other", "Others", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
    "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundreds", "Thousands", "Millions",
    "Amid", "Alongside", "Across", "Against", "Through", "Throughout", "Within", "Beyond", "Upon", "Around", "What", "Who", "Why", "How", "Where", "Which", "Not",
    "No", "Yes", "Even", "Just", "Only", "Once", "Later", "Earlier", "Today", "Yesterday", "Last", "Next",
}
# Any run of capitalised words; a lone word counts as a mention of a person already named in full.
NAMED_MENTION = re.compile(r"(?=[A-Z])\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\. )?(?:[A-Z]\. )*[A-Z][\w’'\-]*(?: (?:[A-Z]\.|[A-Z][\w’'\-]*))*")
NOT_PERSON_WORDS = {
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
    "River", "Mountains", "Sea", "Ocean", "Valley", "Day", "Week", "Cup", "Games", "Olympics", "Caucus",
    "Convention", "Summit", "Treaty", "Act", "Bill", "Law", "Rights", "Assembly", "Parliament", "Cabinet",
    "Coalition", "Alliance", "Front", "Movement", "Fox", "CNN", "MSNBC", "NBC", "ABC", "CBS", "BBC", "GOP",
    "Ukraine", "Russia", "Poland", "Kyiv", "Moscow", "Washington", "Ukrainian", "Russian", "Polish",
    "Germany", "France", "Britain", "China", "Japan", "Israel", "Iran", "Syria", "Iraq", "Mexico", "Canada",
    "Society", "Societies", "Crescent", "Cross", "Red", "Nazi", "Soviet", "European", "Western", "Eastern",
    "North", "South", "East", "West", "Kremlin", "Pentagon", "White", "Security", "Defense", "Defence",
    "Foreign", "Affairs", "Prize", "Olympic", "Trust", "Street", "Road", "Park", "Museum", "Library",
    "Commonwealth", "Empire", "State", "Province", "Region", "Republic", "Federation", "Ministry",
}


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation: document offsets of the mention, canonical name, cue as written."""

    speaker: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None


NOBODY = Attribution(None, None, None, None)


class ArticleNames:
    """Named mentions of an article, for titles, surnames and pronouns.

    Paragraphs are queued and scanned for names only when a lookup needs them, so
    articles whose quotes name their speakers in full cost no name scan.
    """

    def __init__(self) -> None:
        self.names: list[tuple[int, str]] = []  # (document offset, name without titles)
        self.gender_of: dict[str, str] = {}  # surname -> "f" / "m"
        self.pending: list["Paragraph"] = []
        self.mentions: list[tuple[str, re.Match[str]]] = []  # (paragraph text, name match), parallel to names
        self.person_of_surname: dict[str, str] = {}  # "Zelensky" -> "Volodymyr Zelensky"
        self.names_of_surname: dict[str, list[tuple[int, str]]] = {}  # the entries of names, by last word

    def queue(self, paragraph: "Paragraph") -> None:
        self.pending.append(paragraph)

    def scan(self) -> None:
        """Record the named mentions of queued paragraphs that lie outside quotations.

        No mention crosses a quotation mark, so the text between quotations is all there is to scan.
        """
        person_of_surname = self.person_of_surname
        for paragraph in self.pending:
            text, base = paragraph.text, paragraph.base
            for span_start, span_end in paragraph.outside_quotes():
                for name in NAMED_MENTION.finditer(text, span_start, span_end):
                    mention = name.group()
                    if " " not in mention:
                        person = person_of_surname.get(mention)
                        if person is None and mention.endswith(("’s", "'s", "’", "'")):  # a possessive
                            person = person_of_surname.get(without_possessive(mention))
                        if person:
                            self.record(base + name.start(), person, text, name)
                        continue
                    full, title_gender, person_shaped = parsed_mention(mention)
                    if full is None:
                        continue
                    self.record(base + name.start(), full, text, name)
                    if title_gender:
                        self.gender_of.setdefault(full.rsplit(" ", 1)[-1], title_gender)
                    if person_shaped:
                        person_of_surname[full.rsplit(" ", 1)[-1]] = full
        self.pending = []

    def record(self, at: int, full: str, text: str, name: re.Match[str]) -> None:
        entry = (at, full)
        self.names.append(entry)
        self.mentions.append((text, name))
        self.names_of_surname.setdefault(full.split()[-1], []).append(entry)

    def infer_gender(self, text: str, name: re.Match[str]) -> None:
        """"Yuri Viznyak, the artistic director, who now finds himself": the first pronoun after a name."""
        surname = name.group().split()[-1]
        if surname in self.gender_of:
            return
        pronoun = GENDERED_PRONOUN.search(text, name.end(), name.end() + 100)
        if pronoun and not SENTENCE_END.search(text, name.end(), pronoun.start()) and not NAME_BETWEEN.search(text, name.end(), pronoun.start()):
            self.gender_of[without_possessive(surname)] = "m" if pronoun.group().lower() in MALE_WORDS else "f"

    def fullest(self, name: str, position: int) -> str:
        """Fullest form of a surname: the most recent longer form before, else the first one after.

        A name of two or more words is taken as full already, which spares the name scan.
        """
        if " " in name:
            return name
        self.scan()
        later = None
        for at, full in reversed(self.names_of_surname.get(name.split()[-1], [])):
            if len(full) > len(name):
                if at <= position:
                    return full
                later = full
        return later or name

    def recent_person(self, position: int, pronoun: str) -> str | None:
        """Most recent person named before ``position`` whose known gender fits the pronoun."""
        self.scan()
        wanted = "f" if pronoun.lower() in FEMALE_PRONOUNS else "m" if pronoun.lower() in MALE_PRONOUNS else None
        unknown = None
        for index in range(len(self.names) - 1, -1, -1):
            at, full = self.names[index]
            if at >= position or not self.is_person(full):
                continue
            if wanted and unknown is not None and at < position - GENDER_REACH:
                break
            self.infer_gender(*self.mentions[index])
            known = self.gender_of.get(full.split()[-1])
            if not wanted or known == wanted:
                return self.fullest(full, at)
            if known is None and unknown is None:
                unknown = full
        return self.fullest(unknown, position) if unknown else None

    def is_surname(self, word: str) -> bool:
        self.scan()
        return word in self.names_of_surname

    def is_person(self, name: str) -> bool:
        """Two or more name tokens without organisation/place words, or a surname already seen with a title."""
        tokens = name.split()
        if not tokens[0][:1].isupper() or tokens[-1] in NOT_PERSON_WORDS or any(
            token in NOT_PERSON_WORDS or HYPHENATED_PROPER.fullmatch(token) or POSSESSIVE.search(token) for token in tokens[:-1]
        ):
            return False
        return len(tokens) > 1 or tokens[-1] in self.gender_of


def without_possessive(word: str) -> str:
    """"Trump’s" -> "Trump", "Forbes’" -> "Forbes"."""
    return POSSESSIVE.sub("", word) or word


@lru_cache(maxsize=65536)
def parsed_mention(mention: str) -> tuple[str | None, str | None, bool]:
    """A multi-word mention's name without titles, the gender its title gives, and whether it looks like a person.

    Cached: an article names the same people again and again.
    """
    tokens = mention.split()
    name = strip_titles(tokens)
    if name is None:
        return None, None, False
    title_gender = "f" if tokens[0] in FEMALE_TITLES else "m" if tokens[0] in MALE_TITLES else None
    parts = name.split()
    person_shaped = len(parts) > 1 and not (
        parts[-1] in NOT_PERSON_WORDS
        or any(part in NOT_PERSON_WORDS or HYPHENATED_PROPER.fullmatch(part) or POSSESSIVE.search(part) for part in parts[:-1])
    )
    return name, title_gender, person_shaped


def strip_titles(tokens: list[str]) -> str | None:
    """Drop leading titles, sentence words and a possessive: "President Volodymyr Zelensky" -> "Volodymyr Zelensky"."""
    first = len(tokens)
    while first and tokens[first - 1] not in TITLES:  # past the last title
        first -= 1
    while first < len(tokens) and tokens[first] in NOT_NAME_START:
        first += 1
    if first == len(tokens):
        return None
    rest = tokens[first:]
    rest[-1] = without_possessive(rest[-1])
    return " ".join(rest)


def quoted_pieces(text: str, continuing: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) of text between quotation marks, and whether the paragraph ends inside a quote.

    Single quotes are left alone, so nested ‘…’ stays part of the quotation. A straight
    mark opens unless a space follows it; a “ that no word follows closes (a common
    typo). A quote still open at the paragraph end runs to the paragraph end and no
    further. When the previous paragraph ran on (``continuing``), a closing mark
    before any opening one ends a piece that starts at the paragraph start.
    Attribute values (``author="…"``) are markup.
    """
    pieces = []
    scan_from = 0
    first = QUOTE_MARK.search(text)
    if continuing and first and first.start() > 0 and (first.group() == "”" or (first.group() == '"' and not text[first.end():first.end() + 1].isalnum())):
        pieces.append((0, first.start()))
        scan_from = first.end()
    open_at = None
    opened_straight = False
    nested = 0
    for mark in QUOTE_MARK.finditer(text, scan_from):
        pos = mark.start()
        char = mark.group()
        if opened_straight and (char == "“" or (char == "”" and nested)):
            nested += 1 if char == "“" else -1  # curly pairs nested in a straight-quoted passage belong to it
            continue
        closes_typo = char == "“" and open_at is not None and not text[pos + 1:pos + 2].isalnum()
        if (char == "“" and not closes_typo) or (char == '"' and open_at is None and not text[pos + 1:pos + 2].isspace()):
            open_at = pos + 1
            opened_straight = char == '"'
            nested = 0
        elif open_at is not None:
            opened_straight = False
            if text[open_at - 2:open_at - 1] != "=":
                pieces.append((open_at, pos))
            open_at = None
    runs_on = False
    if open_at is not None and text[open_at - 2:open_at - 1] != "=":
        runs_on = True
        pieces.append((open_at, len(text.rstrip())))
    return [(start, end) for start, end in pieces if WORD.search(text, start, end)], runs_on


def speaker_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a speaker phrase that name the speaker.

    A leading pronoun ("he brought up … and later said"), else a person's full name
    ("the US ambassador, Linda Thomas-Greenfield"), else a name the phrase opens with,
    else the whole phrase ("one German government spokesman").
    """
    phrase = text[start:end]
    stripped = phrase.strip(" ,—–-()")
    if not stripped:
        return start, end
    offset = start + phrase.find(stripped)
    leading = PRONOUN.match(stripped)
    if leading:
        return offset, offset + leading.end()
    opening = None
    for name in NAME.finditer(stripped):
        tokens = name.group().split()
        if strip_titles(tokens) is None:
            continue
        if len(tokens) > 1 and not any(token in NOT_PERSON_WORDS for token in tokens):
            return offset + name.start(), offset + name.end()
        if name.start() == 0:
            opening = (offset, offset + name.end())
    return opening or (offset, offset + len(stripped))


def subject_before(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """Span of the subject of a cue verb: "Jens Stoltenberg, NATO’s secretary general, said"."""
    left = text[floor:cue_start]
    trailer = SUBJECT_TRAILER.search(left)
    if trailer:
        left = left[: trailer.start()]
    left = left.rstrip()
    if left.endswith(" to"):
        return None  # "it was too early to tell": no one speaks
    relative = RELATIVE_SUBJECT.search(left)
    if relative:  # "Beck, who has in the past described": the mention is "who"
        return floor + relative.start("pronoun"), floor + relative.end("pronoun")
    appositive = left.endswith(",")
    left = left.rstrip(",")
    # "Name, role," and "Name, who …,": the subject is what stands before the aside, kept with it
    head = left.rfind(",") if appositive else len(left)
    breaks = [found.end() for found in CLAUSE_BREAK.finditer(left, 0, max(head, 0))]
    begin = breaks[-1] if breaks else 0
    phrase = left[begin:].strip()
    if TRAILING_CONJUNCTION.search(phrase):
        return None  # "… and accused": a second verb of an earlier subject
    if not phrase or QUOTE_MARK.search(phrase) or len(phrase.split()) > 14 or not SUBJECT_START.match(phrase):
        return None
    if phrase[0].islower() and not SPEAKER_START.match(phrase) and not CAPITAL.search(phrase):
        return None
    begin = floor + left.index(phrase, begin)
    return begin, begin + len(phrase)


class Paragraph:
    """One paragraph's text, quotation pieces and sentence starts, for the attribution rules.

    ``has_quote_mark`` False (known from a vectorised check) spares the quotation scan of
    the many paragraphs that only serve as context; sentences are split on first use, and
    the floor before a quotation, which several rules ask for, is worked out once.
    """

    def __init__(self, text: str, base: int, continuing: bool = False, has_quote_mark: bool = True) -> None:
        self.text = text
        self.base = base
        self.pieces, self.runs_on = quoted_pieces(text, continuing) if has_quote_mark else ([], False)
        self.piece_starts = [start for start, _end in self.pieces]
        self._sentence_starts: list[int] = []
        self._sentences: list[tuple[int, int]] = []  # (start, end), split on first use
        self._floors: dict[int, int] = {}  # quotation start -> floor_before

    def sentence_of(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``position`` (not negative)."""
        if not self._sentences:
            starts = self._sentence_starts = [0] + [found.end() for found in SENTENCE_END.finditer(self.text)]
            self._sentences = list(zip(starts, starts[1:] + [len(self.text)]))
        return self._sentences[bisect_right(self._sentence_starts, position) - 1]

    def outside_quotes(self) -> list[tuple[int, int]]:
        """(start, end) of the text before, between and after the quotation pieces."""
        spans = []
        outside = 0
        for start, end in self.pieces:
            spans.append((outside, start))
            outside = end
        spans.append((outside, len(self.text)))
        return spans

    def next_quote_start(self, position: int) -> int | None:
        """Start of the first quotation piece after ``position``."""
        index = bisect_right(self.piece_starts, position)
        return self.piece_starts[index] if index < len(self.piece_starts) else None

    def inside_quote(self, position: int) -> bool:
        index = bisect_right(self.piece_starts, position) - 1
        return index >= 0 and position < self.pieces[index][1]

    def floor_before(self, start: int) -> int:
        """Where the words leading up to a quotation begin: its sentence start or the previous quotation's end."""
        floor = self._floors.get(start)
        if floor is None:
            floor = self.sentence_of(start - 1 if start > 0 else 0)[0]
            for _piece_start, piece_end in self.pieces:
                if floor <= piece_end < start - 1:
                    floor = piece_end + 1
            self._floors[start] = floor
        return floor


def cues_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Reporting-verb words in text[start:end], in order ("According" may open a sentence)."""
    return list(CUE.finditer(text, start, end))


def cue_text(text: str, cue: re.Match[str]) -> str:
    """The cue as written: "according to", "is reported as saying" are several words."""
    if cue.group().lower() == "according":
        return "according to"
    if cue.group() in {"reported", "quoted"}:
        passive = PASSIVE_CUE.search(text, max(cue.start() - 5, 0), cue.end() + 10)
        if passive:
            return passive.group()
    return cue.group()


def phrase_end(text: str, start: int, end: int) -> int:
    """Where a speaker phrase after a cue stops: "Volodymyr Zelensky | rhetorically during …"."""
    stop = NOUN_PHRASE_END.search(text, start, end)
    return stop.start() if stop and stop.start() > start else end


class AttributionFinder:
    """Finds speaker and cue of the quotations of one article, resolving pronouns and titles."""

    def __init__(self) -> None:
        self.names = ArticleNames()
        self.previous_paragraph: Paragraph | None = None  # where "he" at a paragraph start looks back to

    def resolve(self, mention: str, position: int) -> str:
        """Canonical speaker: pronouns to a recent person, names to their fullest form, else the phrase."""
        if mention in ("it", "It"):
            return mention  # an organisation or a document, never a person
        if PRONOUN.fullmatch(mention):
            return self.names.recent_person(position, mention) or mention
        name = NAME.match(mention)
        if name and name.end() == len(mention):
            tokens = mention.split()
            core = strip_titles(tokens)
            if core:
                if tokens[0] in FEMALE_TITLES or tokens[0] in MALE_TITLES:
                    self.names.gender_of.setdefault(core.split()[-1], "f" if tokens[0] in FEMALE_TITLES else "m")
                return self.names.fullest(core, position)
        return LEADING_ARTICLE.sub("", mention)

    def attribution(self, paragraph: Paragraph, np_start: int, np_end: int, cue: str | None) -> Attribution:
        start, end = speaker_span(paragraph.text, np_start, np_end)
        mention = paragraph.text[start:end]
        position = paragraph.base + start
        if mention == "who":
            return Attribution(self.antecedent(paragraph, start), position, paragraph.base + end, cue)
        pronoun = mention.lower()
        speaker = (pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS) and self.subject_antecedent(paragraph, start, pronoun)
        speaker = speaker or self.resolve(mention, position)
        if speaker != mention and (pronoun in FEMALE_PRONOUNS or pronoun in MALE_PRONOUNS):
            self.names.gender_of.setdefault(speaker.split()[-1], "f" if pronoun in FEMALE_PRONOUNS else "m")
        return Attribution(speaker, position, paragraph.base + end, cue)

    def subject_antecedent(self, paragraph: Paragraph, position: int, pronoun: str) -> str | None:
        """Who "he"/"she" is: the named subject of its own sentence, else of the sentences before it.

        "Cross said he is left with …, whom he called …", "Sanders credited …. He commanded …":
        news prose keeps the subject in focus, which recency alone misses. A subject that is
        the same pronoun passes the question back a sentence; a pronoun that opens its
        paragraph ("“History,” he wrote") looks into the previous one. Otherwise recency decides.
        """
        wanted = "f" if pronoun in FEMALE_PRONOUNS else "m"
        text = paragraph.text
        end = position
        for _ in range(4):
            if end == 0:  # "“History,” he wrote" opening a paragraph: the previous one's subjects
                if paragraph is self.previous_paragraph or self.previous_paragraph is None or not opens_paragraph(paragraph, position):
                    return None
                paragraph = self.previous_paragraph
                text = paragraph.text
                end = len(text)
            sentence_start = paragraph.sentence_of(max(end - 1, 0))[0]
            for subject in SUBJECT_VERB.finditer(text, sentence_start, end):
                if paragraph.inside_quote(subject.start()):
                    continue
                mention = subject.group("np")
                if mention.lower() == pronoun:
                    break  # the same pronoun: look a sentence further back
                if PRONOUN.fullmatch(mention):
                    return None
                name = strip_titles(mention.split())
                full = name and self.names.fullest(name, paragraph.base + subject.start("np"))
                if not full or not self.names.is_person(full):
                    continue  # "In his", "the Polish-Lithuanian Commonwealth occupied": no one "he" stands for
                return full if self.names.gender_of.get(full.split()[-1], wanted) == wanted else None
            end = sentence_start
        return None

    def possessor(self, paragraph: Paragraph, start: int) -> Attribution | None:
        """Whose words a quotation gives: "his promise to be “neutral”", "Trump's claim that … “…”"."""
        text = paragraph.text
        floor = paragraph.floor_before(start)
        words = POSSESSED_WORDS.search(text, max(floor, start - 150), max(start - 1, floor))
        gap = words.group("gap") if words else ""
        if words is None or len(gap.split()) > 8 or CUE.search(gap) or PREDICATE_COPULA.search(gap):
            return None  # "Trump's statement was “true”": the quotation judges the words
        np_start, np_end = words.span("np")
        pronoun = POSSESSIVE_PRONOUNS.get(text[np_start:np_end].lower())
        if pronoun is None:
            np_end = np_start + len(POSSESSIVE.sub("", text[np_start:np_end]))
            return self.attribution(paragraph, np_start, np_end, None)
        speaker = self.subject_antecedent(paragraph, np_start, pronoun) if pronoun in ("he", "she") else None
        speaker = speaker or self.names.recent_person(paragraph.base + np_start, pronoun) or text[np_start:np_end]
        return Attribution(speaker, paragraph.base + np_start, paragraph.base + np_end, None)

    def outer_source(self, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
        """An "according to X" in the quotation's sentence, outside quotations: X reports the words.

        Only for quotations without a reporting clause: in "“…,” Obama said, according to a
        pool report" the speaker stays Obama (PolNeAR credits the report).
        """
        text = paragraph.text
        sentence_start = paragraph.sentence_of(max(start - 1, 0))[0]
        sentence_end = paragraph.sentence_of(min(end + 1, len(text)))[1]
        for according in ACCORDING_TO.finditer(text, sentence_start, sentence_end):
            if paragraph.inside_quote(according.start()):
                continue
            np_end = phrase_end(text, according.end(), sentence_end)
            if NOUN_PHRASE.match(text, according.end(), np_end):
                return self.attribution(paragraph, according.end(), np_end, "according to")
        return None

    def antecedent(self, paragraph: Paragraph, who_start: int) -> str | None:
        """Who "who" is: the phrase before ", who", past an "according to …" aside and a leading cue."""
        before = ACCORDING_TO_ASIDE.sub("", paragraph.text[:who_start].rstrip().rstrip(","))
        segment_start = max(before.rfind(mark) for mark in ",;“”\"") + 1
        lead_end = ANTECEDENT_LEAD.match(before, segment_start).end()  # type: ignore[union-attr]  # always matches
        if lead_end >= len(before):
            return None
        start, end = speaker_span(before, lead_end, len(before))
        return self.resolve(before[start:end], paragraph.base + start)

    def after(self, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
        """Cue right after the quotation: "“…,” Mr. Zelensky said", "“…?” asked Volodymyr Zelensky"."""
        text = paragraph.text
        quoted = text[start:end].rstrip()
        close = min(end + 1, len(text))
        lead = TAIL_LEAD.match(text, close).end()  # type: ignore[union-attr]  # always matches
        following = paragraph.next_quote_start(end)
        next_open = len(text) if following is None else following - 1
        sentence_end = paragraph.sentence_of(lead)[1]
        tail_end = max(min(next_open, sentence_end), lead)
        signature = DASH_SIGNATURE.match(text, close, tail_end)
        if signature:
            return self.attribution(paragraph, *signature.span("np"), None)
        ends_open = not quoted.endswith(".") or text[close:close + 1] == ","
        floor = paragraph.floor_before(start)
        opens_sentence = floor >= start - 1 or SENTENCE_OPENER.fullmatch(text, floor, start - 1) is not None
        if not opens_sentence and quoted.endswith(("!", "?", ".")) and text[lead:lead + 1].isupper():
            return None  # "… telling her, “you are an all-star!” She replied": the next sentence's speaker
        # "“… missing.” Trump said." — a closed sentence, then a short attribution sentence.
        short_clause = next_open >= sentence_end and len(text[lead:tail_end].split()) <= 6
        if not (ends_open or short_clause or text[lead:lead + 1].islower()):
            return None
        cue = CUE.search(text, lead, min(tail_end, lead + 200))
        if cue and INTRODUCES_NEXT.match(text, cue.end()):
            return None  # "… Trump said: “…”" introduces the next quotation
        if cue:
            between = text[lead:cue.start()]
            if CUE_MODIFIER_RUN.fullmatch(between) and cue.group() not in ADDRESSEE_CUES:  # cue first: "said Mr. Zelensky"
                np_start = TAIL_LEAD.match(text, cue.end() + (3 if cue.group().lower() == "according" else 0), tail_end).end()  # type: ignore[union-attr]  # always matches
                if NOUN_PHRASE.match(text, np_start, tail_end):
                    return self.attribution(paragraph, np_start, phrase_end(text, np_start, tail_end), cue_text(text, cue))
            else:  # speaker first: "Mr. Zelensky (reportedly) said", "former speechwriter Noam Neusner wrote"
                speaker = SPEAKER_TRAILER.sub("", between)
                punctuated = quoted.endswith((",", "?", "!", "—", "-", "–", "…")) or text[close:close + 1] == ","
                if (
                    NOUN_PHRASE_TEXT.fullmatch(speaker)
                    and SPEAKER_START.match(speaker)
                    and not NOT_AFTER_QUOTE.match(speaker)
                    and len(speaker.split()) <= (20 if punctuated else 4)
                    and (punctuated or "," not in speaker)
                ):
                    return self.attribution(paragraph, lead, lead + len(speaker), cue_text(text, cue))
        # Any verb only after a quotation that opens its sentence: "Trump summed up Clinton as
        # “terrible,” denounced her record" has its speaker before.
        if not opens_sentence:
            return None
        verb = SPEAKER_THEN_VERB.match(text, lead, tail_end)
        if verb and ends_open:
            return self.attribution(paragraph, *verb.span("np"), verb.group("cue"))
        verb = VERB_THEN_SPEAKER.match(text, lead, tail_end)  # "“…,” remembered Roy Verley"
        if verb and ends_open:
            np_start = verb.start("np")
            return self.attribution(paragraph, np_start, phrase_end(text, np_start, tail_end), verb.group("cue"))
        return None

    def before(self, paragraph: Paragraph, start: int) -> Attribution | None:
        """Cue earlier in the sentence: "Kaczynski said: “…”", "the alliance “supports peace efforts”"."""
        text = paragraph.text
        floor = paragraph.floor_before(start)
        window_end = max(start - 1, floor)
        # "When Trump announced his candidacy, he referred to … as “criminals”": the opening
        # clause's cue does not govern the main clause.
        opening = SUBORDINATE_OPENING.match(text, floor, window_end)
        opening_end = opening.end() if opening and opening.end() > floor else floor
        for cue in reversed(cues_in(text, floor, window_end)):
            if cue.end() <= opening_end:
                break
            if cue.group().lower() == "according":
                np_start = TAIL_LEAD.match(text, cue.end() + 3, window_end).end()  # type: ignore[union-attr]  # always matches
                np_end = phrase_end(text, np_start, window_end)
                if text[cue.end():cue.end() + 3] == " to" and np_end > np_start:
                    return self.attribution(paragraph, np_start, np_end, "according to")
                continue
            if cue.group().endswith("ing") and text[floor:cue.start()].rstrip().endswith(","):
                # "a strategist said …, saying “…”": the clause's own cue names the subject
                main = next((earlier for earlier in reversed(cues_in(text, floor, cue.start())) if not earlier.group().endswith("ing")), None)
                subject = main and subject_before(text, floor, main.start())
                if subject:
                    return self.attribution(paragraph, subject[0], subject[1], cue.group())
                clause_subject = self.sentence_subject(paragraph, cue.start())  # "Trump attacked Romney, calling him “…”"
                if clause_subject:
                    return Attribution(clause_subject.speaker, clause_subject.mention_start, clause_subject.mention_end, cue.group())
                continue
            agent = PASSIVE_AGENT.match(text, cue.end(), window_end)
            if agent:  # "Rubio was asked by moderator Gerard Baker whether …"
                return self.attribution(paragraph, agent.start("np"), phrase_end(text, agent.start("np"), window_end), cue.group())
            inverted = INVERTED_CUE.match(text, cue.end(), window_end)
            if inverted and cue.group() not in ADDRESSEE_CUES and text[floor:cue.start()].rstrip().endswith(","):  # "The paradox, says Carl Anthony, is …"
                return self.attribution(paragraph, inverted.start("np"), inverted.end("np"), cue.group())
            subject = subject_before(text, floor, cue.start())
            if subject:
                return self.attribution(paragraph, subject[0], subject[1], cue.group())
            if COORDINATED_VERB.search(text, floor, cue.start()):
                if floor > paragraph.sentence_of(floor)[0]:
                    return None  # "“hyena of Europe” and called for its “denazification”": same speaker
                clause_subject = self.sentence_subject(paragraph, cue.start())  # "Massie …, but now said"
                if clause_subject:
                    return Attribution(clause_subject.speaker, clause_subject.mention_start, clause_subject.mention_end, cue.group())
        lead = text[floor:window_end].rstrip()
        if lead.endswith(":"):  # "Rubio fired back forcefully: “…”", "Then there was …:"
            clause_start = floor + max(lead.rfind(","), -1) + 1
            if 0 < len(lead.split()) <= 10 and SPEAKER_START.match(lead) and not SUBJECT_VERB.search(lead):
                return self.attribution(paragraph, floor, floor + len(lead) - 1, None)
            subject_verb = SUBJECT_VERB.search(text, clause_start, window_end) or SUBJECT_VERB.search(text, floor, window_end)
            if subject_verb and strip_titles(subject_verb.group("np").split()):
                return self.attribution(paragraph, *subject_verb.span("np"), None)
        return None

    def introduction(self, paragraph: Paragraph) -> Attribution | None:
        """A paragraph's last cue introduces a quotation opening the next: "He said:", "Ash argued in his email"."""
        text = paragraph.text.rstrip()
        if text.endswith(":") or not paragraph.pieces:
            return self.before(paragraph, len(text) + 1) or (None if paragraph.pieces else self.sentence_subject(paragraph, len(text) + 1))
        return None

    def later_in_sentence(self, paragraph: Paragraph, end: int) -> Attribution | None:
        """Cue after an embedded quotation: "… “common history” …, Mr. Medvedev asserted".

        A cue past a later quotation belongs to that one ("“duped” … what he called “sex
        tape”") unless it closes the sentence with its subject after it ("…, said Abramowitz").
        """
        text = paragraph.text
        close = min(end + 1, len(text))
        sentence_end = paragraph.sentence_of(close)[1]
        following = paragraph.next_quote_start(end)
        next_open = len(text) if following is None else following
        for cue in CUE.finditer(text, close, sentence_end):  # the first cue outside quotations decides
            if paragraph.inside_quote(cue.start()):
                continue
            if cue.start() < next_open < len(text) and OBJECT_QUOTE_GAP.fullmatch(text, cue.end(), next_open - 1):
                return None  # "… what Machado called her “best years”": the cue introduces the next quotation
            subject = subject_before(text, close, cue.start()) if cue.start() < next_open else None
            if subject:
                return self.attribution(paragraph, subject[0], subject[1], cue_text(text, cue))
            if text[close:cue.start()].rstrip().endswith(",") and cue.group() not in ADDRESSEE_CUES:
                np_start = TAIL_LEAD.match(text, cue.end(), sentence_end).end()  # type: ignore[union-attr]  # always matches
                if NOUN_PHRASE.match(text, np_start, sentence_end):
                    return self.attribution(paragraph, np_start, phrase_end(text, np_start, sentence_end), cue_text(text, cue))
            return None
        return None

    def sentence_subject(self, paragraph: Paragraph, start: int) -> Attribution | None:
        """A partial quote in a sentence without a cue belongs to the sentence's subject.

        The subject is the first name or pronoun followed by a verb ("Bush … described his
        skills as a “work in progress”"), else the first name after a leading adverbial.
        """
        text = paragraph.text
        floor = paragraph.sentence_of(max(start - 1, 0))[0]
        lead_end = max(start - 1, floor)
        if not text[floor:lead_end].strip():
            return None
        clause = LEADING_ADVERBIAL.match(text, floor, lead_end)
        offset = clause.end() if clause else floor
        for found in SUBJECT_VERB.finditer(text, offset, lead_end):
            subject = found.group("np")
            if (PRONOUN.fullmatch(subject) or strip_titles(subject.split())) and not paragraph.inside_quote(found.start()):
                return self.attribution(paragraph, *found.span("np"), None)
        for candidate in (NAME, PRONOUN):
            for found in candidate.finditer(text, offset, lead_end):
                if found.start() > offset + 60:
                    break
                if paragraph.inside_quote(found.start()) or (candidate is NAME and not self.is_name(found, offset)):
                    continue
                return self.attribution(paragraph, *found.span(), None)
        return None

    def is_name(self, found: re.Match[str], sentence_start: int) -> bool:
        """A capitalised word opening a sentence ("Often", "Good information") is a name only if the article names it."""
        tokens = found.group().split()
        if not strip_titles(tokens):
            return False
        return len(tokens) > 1 or found.start() > sentence_start or self.names.is_surname(tokens[0])


def opens_paragraph(paragraph: Paragraph, position: int) -> bool:
    """Only quotations and punctuation before ``position``: "“History,” he wrote", "He said"."""
    text = paragraph.text
    outside = 0
    for start, end in paragraph.pieces:
        if start >= position:
            break
        if WORD.search(text, outside, start):
            return False
        outside = end
    return not WORD.search(text, outside, position)


def is_embedded(paragraph: Paragraph, start: int, end: int) -> bool:
    """A quotation inside a running clause: "said the U.S. “clearly” needed": words before it in
    its sentence that do not end in a colon or comma, and no punctuation closing it."""
    text = paragraph.text
    lead = text[paragraph.floor_before(start):max(start - 1, 0)].rstrip()
    if not lead or lead.endswith((",", ":")):
        return False
    return not text[start:end].rstrip().endswith((",", ".", "?", "!", "—", "-", "–", "…")) and text[end + 1:end + 2] != ","


def cue_introduces(text: str, start: int) -> bool:
    """CUE_THEN_QUOTE right before the quotation at ``start``, looked for only after a comma or colon."""
    window_start, window_end = max(0, start - 40), max(start - 1, 0)
    return text[window_start:window_end].rstrip().endswith((",", ":")) and CUE_THEN_QUOTE.search(text, window_start, window_end) is not None


def is_title_cased(quoted: str) -> bool:
    """Every longer word capitalised: "Face the Nation", "Perfect Enough", "Libya"."""
    if len(quoted) > 200:
        return False  # more than ten words
    words = [word for word in quoted.split() if word[:1].isalpha()]
    return bool(words) and len(words) <= 10 and all(word[0].isupper() or len(word) < 4 for word in words) and words[0][0].isupper()


def introduces_term(before: str) -> bool:
    """SCARE_BEFORE at the end of ``before``, searched only from where its word can start."""
    words_end = before.rstrip()
    if words_end.endswith(","):
        words_end = words_end[:-1].rstrip()
    return SCARE_BEFORE.search(before, max(0, len(words_end) - SCARE_WORD_LENGTH)) is not None


def is_scare(paragraph: Paragraph, start: int, end: int, attribution: Attribution | None) -> bool:
    """Titles, slogans and terms that nobody is quoted as saying.

    Introduced titles and terms (an essay “On Poland,”, the word “children”, a
    so-called “no-fly zone”), and title-cased names that nobody is found saying or
    that follow "on CBS's"/"author of". Anything else in quotation marks is taken
    for someone's words, as news style mostly uses them (PolNeAR annotates even
    one-word partial quotes as attributed content).
    """
    text = paragraph.text
    before = text[max(0, start - 60):max(start - 1, 0)]
    if introduces_term(before):
        return True
    if attribution is not None and TITLE_CONTEXT.search(before) is None:
        return False
    return is_title_cased(text[start:end])


def article_quotes(rows: list[tuple[str, str, str, int, str, bool]]) -> list[dict]:
    """Quotes of one article's paragraphs (in text order), speakers resolved across paragraphs."""
    finder = AttributionFinder()
    quotes: list[dict] = []
    open_piece: dict | None = None
    # The previous paragraph and the last speaker found in it: its introduction ("He said:")
    # is worked out only for a paragraph that needs it.
    previous: tuple[Paragraph, Attribution | None] | None = None
    for paragraph_id, article_id, document_id, base, text, has_quote_mark in rows:
        paragraph = Paragraph(text, base, continuing=open_piece is not None, has_quote_mark=has_quote_mark)
        finder.names.queue(paragraph)
        finder.previous_paragraph = previous[0] if previous is not None else None
        if not paragraph.pieces:
            previous = (paragraph, None)
            open_piece = None
            continue
        continued = open_piece if open_piece is not None and (text[:1] in "“\"" or paragraph.pieces[0][0] == 0) else None
        paragraph_speaker: Attribution | None = None
        previous_sentence = -1
        borrowed: list[dict] = []  # leading pieces given the previous paragraph's speaker
        unattributed: list[tuple[dict, int]] = []  # (piece, its sentence start): no speaker or a guessed one
        for index, (start, end) in enumerate(paragraph.pieces):
            borrowed_speaker = False
            sentence = paragraph.sentence_of(max(start - 1, 0))[0]
            if is_embedded(paragraph, start, end) or cue_introduces(text, start):
                found = finder.before(paragraph, start) or finder.after(paragraph, start, end)
            else:
                found = finder.after(paragraph, start, end) or finder.before(paragraph, start)
            if found is None and sentence == previous_sentence:
                found = paragraph_speaker  # "a “loser,” a “liar” and a “whiner”"
            if found is None:
                found = finder.later_in_sentence(paragraph, end)
            if found is None and (sentence >= start - 1 or SENTENCE_OPENER.fullmatch(text, sentence, start - 1)):
                found = paragraph_speaker
                if found is None and index == 0 and sentence > 0:
                    found = finder.before(paragraph, sentence)  # "…, Schiff said. “…”"
                if found is None and index == 0:
                    if continued is not None:
                        found = continued_speaker(continued)
                    elif previous is not None:
                        found = finder.introduction(previous[0]) or previous[1]
                    borrowed_speaker = continued is None
            guessed = found is None
            if guessed:  # no reporting clause: "according to X" in the sentence, else the words' owner
                found = finder.outer_source(paragraph, start, end) or finder.possessor(paragraph, start) or finder.sentence_subject(paragraph, start)
            kind = "scare" if is_scare(paragraph, start, end, found) else "direct"
            attribution = found if kind == "direct" and found is not None else NOBODY
            quotes.append(
                {
                    "quote_id": f"{paragraph_id}-q{start}",
                    "document_id": document_id,
                    "article_id": article_id,
                    "paragraph_id": paragraph_id,
                    "start_char": base + start,
                    "end_char": base + end,
                    "text": text[start:end],
                    "kind": kind,
                    "speaker": attribution.speaker,
                    "speaker_mention_start": attribution.mention_start,
                    "speaker_mention_end": attribution.mention_end,
                    "cue": attribution.cue,
                    "continues": continued["quote_id"] if continued is not None and index == 0 else None,
                }
            )
            if kind == "direct" and (attribution.speaker is None or guessed):
                unattributed.append((quotes[-1], sentence))
            elif attribution.speaker is not None:
                # "“maybe” and “perhaps”, he told reporters"; a guess gives way only to a speaker
                # named after the quotations: "Russia warned that “recent statements” … had put
                # “…,” the Foreign Ministry said"
                named_after = attribution.mention_start is not None and attribution.mention_start > base + end
                for piece, piece_sentence in unattributed:
                    if piece_sentence == sentence and (piece["speaker"] is None or named_after):
                        attribute(piece, attribution)
                unattributed = []
            if borrowed_speaker and kind == "direct":
                borrowed.append(quotes[-1])
            elif attribution.speaker is not None and found is not paragraph_speaker:
                for piece in borrowed:  # "“…” “…,” the Saudis state": the paragraph's own speaker
                    attribute(piece, attribution)
                borrowed = []
            if attribution.speaker is not None:
                paragraph_speaker = attribution
                previous_sentence = sentence
        previous = (paragraph, paragraph_speaker)
        open_piece = quotes[-1] if paragraph.runs_on else None
    return quotes


def attribute(piece: dict, attribution: Attribution) -> None:
    """Give a quote row an attribution found for a later piece."""
    piece.update(speaker=attribution.speaker, speaker_mention_start=attribution.mention_start,
                 speaker_mention_end=attribution.mention_end, cue=attribution.cue)


def continued_speaker(piece: dict) -> Attribution | None:
    """The attribution of the piece a cross-paragraph quotation continues."""
    if piece["speaker"] is None:
        return None
    return Attribution(piece["speaker"], piece["speaker_mention_start"], piece["speaker_mention_end"], piece["cue"])


def extract_quotes(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """One row per quoted piece of every non-boilerplate paragraph, with speaker and cue.

    Quotation marks are found vectorised first: articles without any are skipped, and
    paragraphs without any are kept only as context (names, introductions) and never
    scanned for quotations.
    """
    rows = (
        paragraphs.filter(~pl.col("is_boilerplate"))
        .with_columns(has_quote_mark=pl.col("text").str.contains(QUOTE_MARK.pattern))
        .filter(pl.col("has_quote_mark").any().over("article_id"))
        .sort("document_id", "start_char")
        .select("paragraph_id", "article_id", "document_id", "start_char", "text", "has_quote_mark")
        .rows()
    )
    quotes: list[dict] = []
    article_start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index][1] != rows[article_start][1]:
            quotes.extend(article_quotes(rows[article_start:index]))
            article_start = index
    if not quotes:
        return frames.empty(frames.QUOTES)
    return frames.conform(pl.DataFrame(quotes, schema=frames.QUOTES), frames.QUOTES)
