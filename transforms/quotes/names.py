"""Names of people and organisations in an article: the name pattern, titles, surnames and gender.

A name is a run of capitalised words ("Volodymyr Zelensky", "Mr. Zelensky"); titles and
sentence words before it are dropped (``name_runs``). ``ArticleNames`` records an article's named
mentions outside quotations, so a surname or a pronoun can be resolved to the fullest
name (see ``resolution``), and what a title or a pronoun says of each person's gender
(kept per person: a mother and her son share a surname).
"""

import re
from typing import Final

from transforms.quotes.entity_words import ORGANISATION_NAME_WORDS, PARTY_HEADS
from transforms.quotes.given_names import given_name_gender
from transforms.quotes.inner_name_words import bars_first_name, is_month_surname
from transforms.quotes.lexicon import FEMALE_PRONOUNS, HYPHENED_PARTICLES, MALE_PRONOUNS, MALE_WORDS, MONTH_SURNAMES, NAME_PARTICLES, NOT_NAME_START, NOT_SURNAME_WORDS
from transforms.quotes.marks import QUOTE_MARK
from transforms.quotes.misspelled_surnames import misspelled_surname
from transforms.quotes.name_parts import modifies_noun, office_holder_offset
from transforms.quotes.name_runs import ends_possessive, is_proper_adjective_pair, owns_next, parsed_mention, possessive_owner, without_possessive
from transforms.quotes.named_things import names_a_thing
from transforms.quotes.near_names import named_near
from transforms.quotes.noun_named_bodies import names_a_kind_of_body
from transforms.quotes.organisations import POSSESSIVE_ENDINGS, inside_organisation
from transforms.quotes.paragraph import SENTENCE_END, Paragraph
from transforms.quotes.places import is_place

# A name's words may hold or be joined by "&" ("M&S", "Standard & Poor's") or by one or two particles ("Edwin van der
# Sar"); a few words take a number ("Number 10", "Radio 4"). At a word start, not after a word's hyphen ("anti-Trump"):
# an optional title ("Mr. "), initials ("J. K. ", "G.K. "), a capitalised word, then more words. As in NAMED_MENTION, the pattern opens with
# the capital itself and reads the title and the first initial after it (a lookbehind names the title's first
# letter), so the regex engine skips from capital to capital; the alternatives keep the order in which a pattern
# with an optional title before the initials tries them (tests/transforms/quotes/test_names.py compares the two).
_INITIAL_GAP = r"\.(?:\s+|(?=[A-Z]\.))"
_MORE_NAME_WORDS = (
    r"(?:(?:\s+&)?\s+(?:(?:[A-Z]\.)+|(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+){0,2}(?:(?:" + "|".join(HYPHENED_PARTICLES) + r")-|(?<=[a-z]\s)[ld]['’])?[A-Z][\w’'&\-]*|"
    r"(?:(?<=Number )|(?<=Radio )|(?<=Channel )|(?<=Formula ))\d+)(?=[\s,.;:!?’'”\")]|$))*"
)
NAME = re.compile(
    r"[A-Z](?<!\w.)(?<!\w-.)(?:"
    r"(?:(?<=M)r|(?<=M)rs|(?<=M)s|(?<=D)r|(?<=S)en|(?<=R)ep|(?<=G)ov|(?<=G)en|(?<=L)t|(?<=C)ol|(?<=S)gt|(?<=C)apt|(?<=C)mdr|(?<=A)dm|(?<=M)aj|(?<=P)rof|(?<=R)ev)"
    rf"\.?\s+(?:[A-Z]{_INITIAL_GAP})*[A-Z][\w’'&\-]*{_MORE_NAME_WORDS}"
    rf"|(?:{_INITIAL_GAP}(?:[A-Z]{_INITIAL_GAP})*[A-Z][\w’'&\-]*|[\w’'&\-]*){_MORE_NAME_WORDS})"
)
PRONOUN = re.compile(r"\b(?:he|she|they|we|I|it|He|She|They|We|It)\b(?!['’][A-Z])")  # not "I'Anson"
GENDERED_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
# A subject pronoun right after the name's own reporting verb ("Ann Cole said he was …"): as often another person
# the speaker talks about, so no gender a pronoun of the other gender must give way to.
REPORTED_PRONOUN = re.compile(r"(?:,[^,.“”\"]{1,80},)?\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|insisted|insists|argued|argues|claimed|claims|believes|believed)\s+(?:that\s+)?(?:he|she)")
# Another person named between a name and a pronoun makes the pronoun ambiguous.
# "which" or "who" right after a name's comma.
RELATIVE_WHICH_OR_WHO: Final = re.compile(r",\s+(which|who)\b")
# What stands before a sentence's first word: a sentence's end, a closing quotation mark, or a line's start.
SENTENCE_OPENING: Final = re.compile(r"(?:[.!?”\"]\s+|\n|^)$")
NAME_BETWEEN = re.compile(r"\b[A-Z][a-z]+ (?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+\b")
# A capitalised word, perhaps a surname written alone.
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
SENTENCE_STOP = re.compile(r"[.!?]")


def opens_quotation(text: str, start: int, end: int) -> bool:
    """A quotation opens in text[start:end] and is still open at ``end``, given ``start`` lies outside quotations."""
    return len(QUOTE_MARK.findall(text, start, end)) % 2 == 1  # the name lies outside quotations: an odd count opens one

CONNECTOR_WORDS: Final[frozenset[str]] = frozenset({"of", "for", "and", "the", "on", "at"})  # join a body's name, never a person's
# How far back a "she" may reach past a person of unknown gender to one known to be a woman.
GENDER_REACH = 1500
# A name right after a preposition is its object: "displays against Aston Villa". Not "by" (the agent of a passive speaks:
# "echoed by Christine Rush") nor "of" (an owner: "the house of Sharon Pike"), nor a name a relative clause makes a
# subject ("a nomination for Staunton, 49, who told BBC News", "a major issue, with Jo Hart — who's called for …").
OBJECT_OF_PREPOSITION: Final = re.compile(r"\b(?:against|at|for|from|with|on|in|into|to)\s+$")
# "For" or "to" opening a sentence right before a name set off by a comma: "But for Jo Hart, a director at Acme, the
# future is …" states that person's view (``viewpoint_holders``), so the name is one a later "he" takes up.
VIEWPOINT_LEAD: Final = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?:(?:And|But|Yet|So)\s+(?:for|to)|For|To)\s+$")
# Whom one speaks or writes to, or meets, is as often taken up: "spoke to Anna Moss", "wrote to Mr McConnell"; and
# the source "according to" names speaks: "…, according to Carly Fiorina, chief of …. The job, she said, …"; and so does
# the sender of a message: "according to a post from Jo Hart. “…,” she wrote".
ADDRESSED: Final = re.compile(
    r"\b(?:(?:spoke|speaks|speaking|talked|talks|talking|wrote|writes|writing|met|meets|meeting)\s+(?:to|with)|according\s+to|"
    r"(?:post|message|e-?mail|letter|note|memo|tweet|text)s?\s+from)\s+$"
)
RELATIVE_AFTER: Final = re.compile(r"(?:,\s+\d+)?(?:,|\s+[—–])?\s+(?:who|whose)\b")
# Any run of capitalised words; a lone word counts as a mention of a person already named in full: at a word start, an
# optional title ("Mr. "), initials ("J. K. ", "G.K. "), a capitalised word, then more capitalised words or initials, each
# after a space (or " & "). The pattern opens with the capital itself, not a lookahead, so the regex engine skips from
# capital to capital; the lookbehinds after it are the word boundary before it and the title's first letter.
_NAME_CHARS = r"[\w’'&\-]*"
# One or two particles before a name's later word, as in NAME: "Bill de Blasio", "Edwin van der Sar".
_PARTICLES = r"(?:(?:" + "|".join(NAME_PARTICLES) + r") ){0,2}"
NAMED_MENTION = re.compile(
    r"[A-Z](?<!\w.)(?<!\w-.)(?:"
    rf"(?:(?<=M)(?:r|rs|s)|(?<=D)r|(?<=S)en|(?<=R)ep|(?<=G)ov|(?<=G)en|(?<=P)rof|(?<=R)ev)\. (?:(?:[A-Z]\.)+ )*[A-Z]{_NAME_CHARS}"
    rf"|(?:\.[A-Z])*\. (?:(?:[A-Z]\.)+ )*[A-Z]{_NAME_CHARS}|{_NAME_CHARS})(?:(?: &)? (?:[A-Z]\.(?:[A-Z]\.)*|{_PARTICLES}[A-Z]{_NAME_CHARS}))*"
)


# A participle opening its sentence before a name is no first name: "Hosting Cook at …", "Citing Jo Hart's report".
OPENING_GERUND: Final = re.compile(r"[A-Z][a-z]{2,}ing (?=[A-Z])")


def past_opening_gerund(text: str, name: re.Match[str], end: int) -> re.Match[str]:
    """The run after a sentence-opening participle ("Hosting Cook" -> "Cook"), else the run itself. A first name ending in
    "-ing" ("Irving Berlin") is kept when the article names someone else by it or writes it mid-sentence."""
    start = name.start()
    space = text.find(" ", start, name.end())
    if space < 0 or not text.endswith("ing", start, space):
        return name  # no first word in "-ing": the common case, without the pattern
    gerund = OPENING_GERUND.match(text, start, name.end())
    if gerund is None or not SENTENCE_OPENING.search(text, max(start - 3, 0), start) and start > 0:
        return name
    word = gerund.group().rstrip()
    if re.search(rf"(?<![.!?“\"]\s)(?<!^){word} [A-Z]", text[:start]) or text.find(" " + word + " ", name.end()) >= 0:
        return name  # the word is a name's
    rest = NAMED_MENTION.match(text, gerund.end(), end)
    if rest is None or rest.group().split()[-1] in NOT_SURNAME_WORDS or rest.group().split()[-1] in ORGANISATION_NAME_WORDS:
        return name  # "Downing Street", "Reading Football Club": the word opens a place's or a body's name
    return rest


class ArticleNames:
    """Named mentions of an article, for titles, surnames and pronouns.

    Paragraphs are queued and scanned for names only when a lookup needs them, so
    articles whose quotes name their speakers in full cost no name scan.
    """

    def __init__(self) -> None:
        self.names: list[tuple[int, str]] = []  # (document offset, name without titles)
        self.gender_of: dict[str, str] = {}  # surname (or a lone name) -> "f" / "m": the first one learnt
        self.person_gender: dict[str, str] = {}  # full name -> "f" / "m": a mother and her son share a surname
        self.reported_gender: set[str] = set()  # names whose gender only "<name> said he …" gave
        self.pending: list[Paragraph] = []
        self.mentions: list[tuple[str, re.Match[str]]] = []  # (paragraph text, name match), parallel to names
        self.person_of_surname: dict[str, str] = {}  # "Zelensky" -> "Volodymyr Zelensky"
        self.names_of_surname: dict[str, list[tuple[int, str]]] = {}  # the entries of names, by last word
        self.indexes_of_name: dict[str, list[int]] = {}  # name -> its indexes in names and mentions, in text order
        self.things: set[int] = set()  # document offsets of mentions a determiner makes a thing's ("a Franck Muller watch")

    def queue(self, paragraph: Paragraph) -> None:
        self.pending.append(paragraph)

    def scan(self) -> None:
        """Record the named mentions of queued paragraphs that lie outside quotations.

        No mention crosses a quotation mark, so the text between quotations is all there is to scan.
        """
        person_of_surname = self.person_of_surname
        for paragraph in self.pending:
            if paragraph.is_headline:
                continue  # every word of a headline is capitalised: "Elizabeth Warren Hammers Wells Fargo CEO"
            text, base = paragraph.text, paragraph.base
            runs: list[tuple[int, int, int, int]] = []
            for span_start, span_end in paragraph.outside_quotes():
                for name in NAMED_MENTION.finditer(text, span_start, span_end):
                    mention = name.group()
                    space = mention.find(" ")  # a run's words are joined by single spaces
                    if space > 0 and mention.endswith("ing", 0, space):  # the only runs past_opening_gerund changes
                        name = past_opening_gerund(text, name, span_end)  # "Hosting Cook at Dreamforce, …": Cook
                        mention = name.group()
                    start, end = name.span()
                    runs.append((start, end, span_start, span_end))
                    if " " not in mention:
                        person = person_of_surname.get(mention)
                        if person is None and mention.endswith(("’s", "'s", "’", "'")):  # a possessive
                            person = person_of_surname.get(without_possessive(mention))
                        if person:
                            self.record(base + start, person, text, name)
                        continue
                    holder = office_holder_offset(text, start, end)
                    if holder > start:  # "Chancellor of the Exchequer Gordon Brown": the holder, not the office's body
                        mention = text[holder:end]
                    full, title_gender, person_shaped = parsed_mention(mention)
                    if full is None or (person_shaped and inside_organisation(text, start, end)):
                        continue  # "Institute for Fiscal Studies": no one's name
                    owner = possessive_owner(mention) if "s " in mention else None
                    if owner is not None and owner != full:  # "Gordon Brown's Budget": a later "Mr Brown" is he, though no pronoun takes him
                        self.names_of_surname.setdefault(owner.rsplit(" ", 1)[-1], []).append((base + start, owner))
                        person_of_surname[owner.rsplit(" ", 1)[-1]] = owner
                    self.record(base + start, full, text, name)
                    if names_a_thing(text, max(holder, start), mention, full) or names_a_kind_of_body(text, start, mention):
                        self.things.add(base + start)  # "technology giant Hewlett Packard": no one "she" stands for
                    if title_gender:
                        self.learn_gender(full, title_gender, base + start)
                    if person_shaped:
                        person_of_surname[full.rsplit(" ", 1)[-1]] = full
            paragraph.named_runs = runs
        self.pending = []

    def record(self, at: int, full: str, text: str, name: re.Match[str]) -> None:
        entry = (at, full)
        self.indexes_of_name.setdefault(full, []).append(len(self.names))
        self.names.append(entry)
        self.mentions.append((text, name))
        self.names_of_surname.setdefault(full.split()[-1], []).append(entry)

    def learn_gender(self, name: str, gender: str, position: int = -1) -> None:
        """What a title or a pronoun says of a person: kept for the person the name stands for at ``position``
        (a lone surname, for the latest fuller name before it) and, first come, for the surname; never against
        what the person's first name says ("he" wrongly taken for Hillary Clinton makes no Clinton a "he")."""
        given = given_name_gender(name)
        if given is not None and given != gender:
            return
        surname = without_possessive(name.rsplit(" ", 1)[-1])
        self.gender_of.setdefault(surname, gender)
        if " " not in name and position >= 0:
            name = next((full for at, full in reversed(self.names_of_surname.get(surname, [])) if at <= position and " " in full), name)
        self.person_gender.setdefault(name, gender)

    def known_gender(self, full: str) -> str | None:
        """The gender learnt for a person: what was said of them, else of their surname, unless it was said of
        another person of that surname ("Mrs Clark" is not her son Tom Clark). What was learnt against the gender
        the first name tells (``given_names``) gives way to it: a pronoun near a mention is often someone else's.
        A first name alone makes no gender known here (recency prefers a person of known gender): ``gender`` and
        ``firm_gender`` add it."""
        if full in self.person_gender:
            known: str | None = self.person_gender[full]
        else:
            surname = full.rsplit(" ", 1)[-1]
            if " " in full and any(name != full and name.rsplit(" ", 1)[-1] == surname for name in self.person_gender):
                return None
            known = self.gender_of.get(surname)
        given = given_name_gender(full) if known is not None else None
        return given if given is not None else known

    def firm_gender(self, full: str) -> str | None:
        """``known_gender``, unless only a pronoun opening a clause the person reports gave it: "Esther Rantzen said he
        was “so lovely”" is no evidence against a "she" taking her up."""
        return (None if full in self.reported_gender else self.known_gender(full)) or given_name_gender(full)

    def infer_gender(self, text: str, name: re.Match[str], full: str) -> None:
        """"Yuri Viznyak, the artistic director, who now finds himself": the first pronoun after a name, but not
        one inside a quotation that opens after it ("said Jo Hart. “Her record …”" speaks of someone else)."""
        if self.known_gender(full) is not None:
            return
        pronoun = GENDERED_PRONOUN.search(text, name.end(), name.end() + 100)
        if pronoun and not SENTENCE_END.search(text, name.end(), pronoun.start()) and not NAME_BETWEEN.search(text, name.end(), pronoun.start()) \
                and not opens_quotation(text, name.end(), pronoun.start()) and not self.other_person_between(text, max(name.end(), pronoun.start() - 12), pronoun.start(), full):
            self.learn_gender(full, "m" if pronoun.group().lower() in MALE_WORDS else "f")
            if REPORTED_PRONOUN.fullmatch(text, name.end(), pronoun.end()):
                self.reported_gender.add(full)

    def other_person_between(self, text: str, start: int, end: int, full: str) -> bool:
        """Another person's surname, written alone, stands in text[start:end] (the few characters before a pronoun),
        in the pronoun's sentence: "Jo Hart attacked Lee for her …" says nothing of Jo Hart (``NAME_BETWEEN`` only
        sees full names), while "… endorsed by Lee. He says" may still be Jo Hart."""
        surname = full.rsplit(" ", 1)[-1]
        return any(
            word.group() != surname and word.group() in self.person_of_surname and not SENTENCE_STOP.search(text, word.end(), end)
            for word in CAPITALISED_WORD.finditer(text, start, end)
        )

    def infer_gender_at(self, index: int) -> None:
        """``infer_gender`` for the named mention at ``index`` of ``names``."""
        self.infer_gender(*self.mentions[index], self.names[index][1])

    def gender(self, full: str) -> str | None:
        """The gender of a person named in full: from a title, else from a pronoun right after one of their mentions
        (evidence that the article treats the name as a person's, which a first name alone is not: ``any_gender``)."""
        if self.known_gender(full) is None:
            self.scan()
            for index in self.indexes_of_name.get(full, []):
                self.infer_gender_at(index)
                if self.known_gender(full) is not None:
                    break
        return self.known_gender(full)

    def any_gender(self, full: str) -> str | None:
        """``gender``, else the one the first name tells: for ruling a person out ("Hillary Clinton" is no "he")."""
        return self.gender(full) or given_name_gender(full)

    def fullest(self, name: str, position: int, after: bool = True) -> str:
        """Fullest form of a surname: the most recent longer form before, else (when ``after``) the first one after; for
        a surname no one is named in full with, that of the one it misspells. Two or more words are full already."""
        if " " in name:
            return name
        self.scan()
        later = None
        for at, full in reversed(self.names_of_surname.get(name, [])):
            if len(full) > len(name):
                if at <= position:
                    return full
                later = full
        meant = misspelled_surname(name, [surname for surname, full in self.person_of_surname.items() if " " in full]) if later is None else None
        return self.fullest(meant, position, after) if meant else (later if after else None) or name

    def fullest_of_gender(self, name: str, position: int, wanted: str) -> str:
        """``fullest``, for a lone surname two people share, the fuller form whose first name fits ``wanted`` ("Fiorina …,
        she said" is Carly, not her husband Frank named last); over one of no such gender, one named near ("Ty Woods")."""
        full = self.fullest(name, position)
        if not wanted or " " in name or given_name_gender(full) == wanted:
            return full
        near = position - GENDER_REACH if given_name_gender(full) is None else -1  # a form telling no gender gives way only to one named near
        entries = [(at, other) for at, other in self.names_of_surname.get(name, []) if len(other) > len(name) and given_name_gender(other) == wanted and at >= near]
        before = [other for at, other in entries if at <= position]
        return before[-1] if before else entries[0][1] if entries and near < 0 else full

    def recent_person(self, position: int, pronoun: str) -> str | None:
        """Most recent person named before ``position`` whose known gender fits the pronoun: never a run that names a
        thing (``named_things``) nor a preposition's object ("displays against Aston Villa"; but "echoed
        by Christine Rush", "a nomination for Staunton, 49, who told", "for Barack Obama's speech", "spoke to Anna Moss",
        "But for Jo Hart, a director at Acme, the future …": ``VIEWPOINT_LEAD``), and a title with a surname ("Dr
        Carpenter") as the person named in full; one of no known gender only as ``near_names`` says."""
        self.scan()
        wanted = "f" if pronoun.lower() in FEMALE_PRONOUNS else "m" if pronoun.lower() in MALE_PRONOUNS else None
        unknown = None
        for index in range(len(self.names) - 1, -1, -1):
            at, full = self.names[index]
            if " " not in full and not self.is_person(full):
                full = self.person_of_surname.get(full, full)  # "Dr Carpenter": Brian Carpenter, named in full before
                if wanted and " " in full and given_name_gender(full) not in (None, wanted):
                    full = self.fullest_of_gender(full.rsplit(" ", 1)[-1], at, wanted)  # "Mrs Fiorina": Carly, not Frank
            if at >= position or at in self.things or not self.is_person(full) or self.is_called_which(full):
                continue
            text, found = self.mentions[index]
            before = max(found.start() - 24, 0)
            if (
                OBJECT_OF_PREPOSITION.search(text, before, found.start()) and not ADDRESSED.search(text, before, found.start())
                and not RELATIVE_AFTER.match(text, found.end()) and not owns_next(text, found)
                and not (VIEWPOINT_LEAD.search(text, max(found.start() - 30, 0), found.start()) and text.startswith(",", found.end()))
            ) or modifies_noun(text, found.start(), found.end()):
                continue  # "good displays against West Brom and Aston Villa", "a Trump supporter": no subject a pronoun takes up
            if wanted and unknown is not None and at < position - GENDER_REACH:
                break
            given = given_name_gender(full)
            if wanted and given is not None and given != wanted:
                continue  # "Hillary Clinton" is no "he", whatever pronoun follows her name
            self.infer_gender_at(index)
            known = self.known_gender(full)
            if not wanted or known == wanted:
                # "Mrs Clark" named before her son Tom Clark is not he: a lone name with a gender of its own
                # takes only a fuller form named before it
                fullest = self.fullest(full, at, after=full not in self.person_gender)
                lone = " " in fullest and given_name_gender(fullest) is None and " " not in found.group().strip()  # "Woods" of Dorothy and Ty Woods
                return self.fullest_of_gender(fullest.rsplit(" ", 1)[-1] if lone else full, at, wanted) if wanted and (lone or given_name_gender(fullest) not in (None, wanted)) else fullest
            if known is None and unknown is None:
                unknown = full
                shared = len({other for _, other in self.names_of_surname.get(full.rsplit(" ", 1)[-1], []) if " " in other}) > 1  # "Sanders": Bernie or Jane
                if wanted and not shared and named_near(text, found, position - at + found.start()):
                    break  # named in the pronoun's sentence or the one before: no one further back is meant
        return self.fullest(unknown, position) if unknown else None

    def main_person(self, position: int) -> str | None:
        """The person named most often before ``position``, by surname, when named more than once and
        more often than anyone else: the article's subject, whom "the Oscar-nominated actor" stands for."""
        self.scan()
        counts: dict[str, int] = {}
        for at, full in self.names:
            if at < position and self.is_person(full):
                if " " not in full:  # "Sir Paul" is Paul McCartney, "Mr Blair" Tony Blair
                    full = self.fullest(full, at) if full in self.names_of_surname else full
                    full = full if " " in full else self.by_first_name(full) or full
                counts[full] = counts.get(full, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return next(full for full, count in counts.items() if count == ranked[0])

    def by_first_name(self, word: str) -> str | None:
        """The one person named in full whose first name is ``word``."""
        self.scan()
        found = None
        for full in self.person_of_surname.values():
            if full.split(" ", 1)[0] == word:
                if found is not None and found != full:
                    return None
                found = full
        return found

    def is_surname(self, word: str) -> bool:
        self.scan()
        return word in self.names_of_surname

    def is_called_which(self, name: str) -> bool:
        """The article takes the name up with "which", never "who": "Big Machine, which was bought out …" is a body, not
        the "she" of a later sentence."""
        self.scan()
        which = False
        for index in self.indexes_of_name.get(name, []):
            text, found = self.mentions[index]
            if " " not in found.group():
                continue  # a lone surname may stand for another of the name: "for Clinton, which" is no "Bill Clinton, which"
            relative = RELATIVE_WHICH_OR_WHO.match(text, found.end())
            if relative is not None:
                if relative.group(1) == "who":
                    return False
                which = True
        return which

    def is_person(self, name: str) -> bool:
        """Two or more name tokens without organisation/place words or sentence words inside, or a surname already
        seen with a title."""
        tokens = name.split()
        if not tokens[0][:1].isupper() or tokens[-1][:1].isdigit() or tokens[-1].lower() in PARTY_HEADS or tokens[-1] in NOT_SURNAME_WORDS or (tokens[-1] in NOT_NAME_START and not is_month_surname(tokens) and not (tokens[-1] in MONTH_SURNAMES and tokens[-1] in self.gender_of)) or tokens[-1] in ORGANISATION_NAME_WORDS or any(
            bars_first_name(tokens, index) or is_proper_adjective_pair(token) or ends_possessive(token) for index, token in enumerate(tokens[:-1])
        ) or any(token in NOT_NAME_START or token in CONNECTOR_WORDS for token in tokens[1:-1]):
            # "Stars In Their Eyes", "British Chambers of Commerce", "New Labour": a title or an organisation, no one's name
            return False
        # "New Hampshire", "South Korea": a place, whatever its words read as
        return not is_place(name) if len(tokens) > 1 else tokens[-1] in self.gender_of

