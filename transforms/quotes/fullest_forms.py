"""A speaker's fullest form in its article, once all of the article's quotations are attributed.

Resolution names a speaker by the forms it has met outside quotations; the fullest form of a name may
come later, or only inside a quotation ("Taken together, Robin Butler's comments …" for "Lord Butler said").
``fullest_forms`` rewrites a quote's speaker, in this order:

1. a person named by a surname of one or more words ("Butler"; "Saumarez Smith", "de Vabres" when the article
   writes it after "Mr" or it opens with a particle) or by a first and last name with middle names left out
   ("Anthony Meyer"), when exactly one longest person's name in the article ends with it (and begins as it
   does) -> that name ("Robin Butler", "Charles Saumarez Smith", "Anthony John Charles Meyer");
2. a person named by a first name alone ("Sir Nicholas") when exactly one longer person's name in the
   article begins with it -> that name ("Nicholas Scott"); not a name the article gives after a royal or
   papal title ("Prince Charles" is no Charles Kennedy) or after a title that goes with surnames ("Mr Howard"
   is no Howard Flight);
3. an organisation written as an acronym ("GM", "B&B") whose letters begin the words of exactly one
   capitalised run in the article -> that run ("General Motors", "Bradford & Bingley");
4. an organisation the article also writes, outside quotations, with a company's designator after its name (and
   at most one more word before it), or a partner's name after "&", in exactly one way -> that name ("Cairn" is
   "Cairn Energy", "Pew" the "Pew Research Center", "Marsh" "Marsh & McLennan"; not "BBC Radio": no designator).

A longer name whose known gender differs from the speaker's is no fuller form of it, nor is a name the article
gives right after a family noun the fuller form of a lone surname ("Mrs Clark" is not her son Tom Clark).
The names looked at are those written outside quotations, else those inside ("Taken together, Robin Butler's
comments"); headlines are left out: some outlets capitalise every word.
"""

import re

from transforms.quotes.entities import ADVERB_OR_GERUND
from transforms.quotes.entity_words import COMPANY_DESIGNATORS, KINSHIP_WORDS
from transforms.quotes.lexicon import NAME_PARTICLES, NOT_NAME_START, ROYAL_TITLES, TITLES_BEFORE_SURNAMES
from transforms.quotes.name_parts import office_holder_offset
from transforms.quotes.named_things import WORD_BEFORE, names_a_thing
from transforms.quotes.names import NAME, ArticleNames, parsed_mention
from transforms.quotes.organisations import initials
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import is_country_name

DESIGNATOR_WORDS = "|".join(COMPANY_DESIGNATORS)
ROYAL_TITLE = re.compile(r"\b(?:" + "|".join(ROYAL_TITLES) + r")\s+$")
SURNAME_TITLE = re.compile(r"\b(?:" + "|".join(TITLES_BEFORE_SURNAMES) + r")\.?\s+$")
# An acronym a speaker may be written as: capitals, with "&" inside ("M&S").
ACRONYM_SPEAKER = re.compile(r"[A-Z]+(?:&[A-Z]+)*")
# A capitalised run an acronym may stand for: capitalised words joined by spaces, "&" or a connector.
SPELLED_RUN = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+(?:(?:&|and|of|for|the|on|de)\s+)*[A-Z][\w’'\-]*)+")


class ArticleForms:
    """The person names and capitalised runs of one article's body, read on first use."""

    def __init__(self, paragraphs: list[Paragraph], names: ArticleNames) -> None:
        self.paragraphs = [paragraph for paragraph in paragraphs if not paragraph.is_headline]
        self.texts = [paragraph.text for paragraph in self.paragraphs]
        self.names = names
        self.outside: set[str] | None = None  # names written outside quotations
        self.quoted: set[str] = set()  # names written only inside quotations
        self.relatives: set[str] = set()  # names right after a family noun ("her son Tom Clark")

    def scan(self) -> None:
        """Every person-shaped name of two or more words in the body, titles, offices and a sentence's opening adverb
        dropped ("Certainly Donald Trump"), but for a title after a determiner ("the Real Donald Trump")."""
        self.outside = set()
        for paragraph in self.paragraphs:
            text = paragraph.text
            for found in NAME.finditer(text):
                start = office_holder_offset(text, found.start(), found.end())  # "Chancellor of the Exchequer Gordon Brown"
                space = text.find(" ", start, found.end())
                if space > 0 and ADVERB_OR_GERUND.fullmatch(text, start, space):
                    start = space + 1
                mention = text[start:found.end()]
                name, _gender, person_shaped = parsed_mention(mention) if " " in mention else (None, None, False)
                if name is None or not person_shaped or not self.names.is_person(name) or name.split()[-1].isupper() or "&" in name:
                    continue  # not "Lions Test XV" (no surname is written in capitals) nor "Matt Lucas & David Walliams"
                if names_a_thing(text, start, mention, name):
                    continue
                in_quotation = any(piece_start <= start < piece_end for piece_start, piece_end in paragraph.pieces)
                (self.quoted if in_quotation else self.outside).add(name)
                kin = WORD_BEFORE.search(text, max(start - 16, 0), start)
                if kin is not None and kin.group(1) in KINSHIP_WORDS:
                    self.relatives.add(name)
        self.quoted -= self.outside

    def fullest_person(self, speaker: str) -> str:
        """Rules 1 and 2: the one longer name the speaker's name is a shorter form of, else the speaker. Names
        written outside quotations come first ("Hillary Clinton", not a quoted "Crooked Hillary Clinton")."""
        if self.outside is None:
            self.scan()
        words = speaker.split()
        as_surname = len(words) == 1 or words[0] in NAME_PARTICLES or words[0].lower() in NAME_PARTICLES or self.after_title(speaker, SURNAME_TITLE)
        fullest: list[str] = []
        for names in (self.outside or set(), self.quoted):
            longer = [
                name for name in names
                if is_shorter_form(words, name.split()) and (as_surname or not name.endswith(" " + speaker))
                and not (len(words) == 1 and name in self.relatives)
            ]
            fullest = [name for name in longer if not any(other != name and is_shorter_form(name.split(), other.split()) for other in longer)]
            if longer:
                break
        if len(fullest) != 1:
            return speaker
        if not fullest[0].endswith(" " + speaker) and (self.after_title(speaker, ROYAL_TITLE) or self.after_title(speaker, SURNAME_TITLE)):
            return speaker  # a first name: "Prince Charles" is no Charles Kennedy, "Mr Howard" no Howard Flight
        gender, fuller_gender = self.names.person_gender.get(speaker), self.names.gender(fullest[0])
        return speaker if gender and fuller_gender and gender != fuller_gender else fullest[0]

    def after_title(self, word: str, title: re.Pattern[str]) -> bool:
        """The article writes ``word`` right after a title ``title`` matches."""
        return any(
            title.search(text, max(found.start() - 12, 0), found.start()) for text in self.texts for found in re.finditer(rf"\b{re.escape(word)}\b", text)
        )

    def spelled_out(self, acronym: str) -> str | None:
        """Rule 3: the one capitalised run whose words begin with the acronym's letters."""
        letters = acronym.replace("&", "")
        found = {
            run.group() for text in self.texts for run in SPELLED_RUN.finditer(text)
            if run.group().split(" ", 1)[0] not in NOT_NAME_START and initials(run.group()) == letters
        }
        if len(found) != 1:
            return None
        name = found.pop()
        return None if self.names.gender(name) else name  # "JK, also known as Jason King": a person

    def with_designator(self, organisation: str) -> str | None:
        """Rule 4: the one name the article writes as the organisation's name and a company's designator after it."""
        after = re.compile(rf"\b{re.escape(organisation)}((?: [A-Z][\w’'\-]*)?(?: (?:{DESIGNATOR_WORDS})| & [A-Z][\w’'\-]*))\b(?! [A-Z])")
        found = {organisation + extension.group(1) for text in self.outside_texts() for extension in after.finditer(text)}
        return found.pop() if len(found) == 1 else None

    def outside_texts(self) -> list[str]:
        """The body's text outside quotations, a span a string."""
        return [paragraph.text[start:end] for paragraph in self.paragraphs for start, end in paragraph.outside_quotes()]


def is_shorter_form(words: list[str], name: list[str]) -> bool:
    """``words`` end ``name`` ("Butler" of "Robin Butler"), open it when a lone word ("Nicholas" of
    "Nicholas Scott"), or are its first and last words with middle names left out."""
    if len(name) <= len(words):
        return False
    if name[-len(words):] == words:
        return True
    if len(words) == 1:
        return name[0] == words[0]
    return name[0] == words[0] and name[-1] == words[-1] and is_subsequence(words, name)


def is_subsequence(words: list[str], name: list[str]) -> bool:
    remaining = iter(name)
    return all(word in remaining for word in words)


def fullest_forms(quotes: list[dict], paragraphs: list[Paragraph], names: ArticleNames) -> None:
    """Rewrite each direct quote's person or acronym speaker to its fullest form in the article (see the module docstring)."""
    forms = ArticleForms(paragraphs, names)
    fuller: dict[tuple[str, str], str] = {}
    for quote in quotes:
        speaker, kind = quote["speaker"], quote["speaker_type"]
        if speaker is None or kind not in ("person", "organisation"):
            continue
        key = (speaker, kind)
        if key not in fuller:
            if kind == "person":
                fuller[key] = forms.fullest_person(speaker)
            else:
                acronym = ACRONYM_SPEAKER.fullmatch(speaker) is not None and not is_country_name(speaker)  # "US" speaks as itself
                fuller[key] = (forms.spelled_out(speaker) if acronym else None) or forms.with_designator(speaker) or speaker
        quote["speaker"] = fuller[key]
