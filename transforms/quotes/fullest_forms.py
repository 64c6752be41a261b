"""A speaker's fullest form in its article, once all of the article's quotations are attributed.

Resolution names a speaker by the forms it has met outside quotations; the fullest form of a name may
come later, or only inside a quotation ("Taken together, Robin Butler's comments …" for "Lord Butler said").
``fullest_forms`` rewrites a quote's speaker, in this order:

1. a person named by a surname of one or more words ("Butler"; "Saumarez Smith", "de Vabres" when the article
   writes it after "Mr" or it opens with a particle) or by a first and last name with middle names left out
   ("Anthony Meyer") or with a short first name the full one opens ("Josh Apte" of "Joshua Apte"), when exactly one longest person's name in the article ends with it (and begins as it
   does) -> that name ("Robin Butler", "Charles Saumarez Smith", "Anthony John Charles Meyer"); a name of two or more
   words written without a title too, when the words the fuller name, written outside quotations, adds before it are
   given names the article never writes in lower case ("Suu Kyi" of "Aung San Suu Kyi", "Mar Lwin" of "Khin Mar Lwin":
   ``ArticleForms.given_names_before``);
2. a person named by a first name alone ("Sir Nicholas") when exactly one longer person's name in the
   article begins with it -> that name ("Nicholas Scott"); not a name the article gives after a royal or
   papal title ("Prince Charles" is no Charles Kennedy) or after a title that goes with surnames ("Mr Howard"
   is no Howard Flight);
3. an organisation written as an acronym ("GM", "B&B") whose letters begin the words of exactly one
   capitalised run in the article -> that run ("General Motors", "Bradford & Bingley"), its opening "The" and a
   country's abbreviation left out ("The US Federal Bureau of Investigation" -> "Federal Bureau of Investigation");
4. an organisation the article also writes, outside quotations, with a company's designator after its name (and
   at most one more word before it), or a partner's name after "&", in exactly one way -> that name ("Cairn" is
   "Cairn Energy", "Pew" the "Pew Research Center", "Marsh" "Marsh & McLennan"; not "BBC Radio": no designator).

A longer name whose known gender differs from the speaker's is no fuller form of it, nor is a name the article
gives right after a family noun the fuller form of a lone surname ("Mrs Clark" is not her son Tom Clark).
The names looked at are those written outside quotations, else those inside ("Taken together, Robin Butler's
comments"); headlines are left out: some outlets capitalise every word.
"""

import re

from transforms.quotes.entity_words import COMPANY_DESIGNATORS, KINSHIP_WORDS
from transforms.quotes.lexicon import NAME_PARTICLES, NOT_NAME_START, ROYAL_TITLES, TITLES, TITLES_BEFORE_SURNAMES
from transforms.quotes.name_parts import office_holder_offset
from transforms.quotes.named_things import WORD_BEFORE, names_a_thing
from transforms.quotes.name_runs import ADVERB_OR_GERUND, parsed_mention
from transforms.quotes.names import NAME, ArticleNames
from transforms.quotes.nicknamed_names import nicknamed_names
from transforms.quotes.organisations import CONNECTORS as CONNECTOR_WORDS, initials
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.places import is_country_name

# After a company's short name: at most one more capitalised word and a designator, or "&" and a partner's name.
DESIGNATED_AFTER = re.compile(r"((?: [A-Z][\w’'\-]*)?(?: (?:" + "|".join(COMPANY_DESIGNATORS) + r")| & [A-Z][\w’'\-]*))\b(?! [A-Z])")

ROYAL_TITLE = re.compile(r"\b(?:" + "|".join(ROYAL_TITLES) + r")\s+$")
SURNAME_TITLE = re.compile(r"\b(?:" + "|".join(TITLES_BEFORE_SURNAMES) + r")\.?\s+$")
# An acronym a speaker may be written as: capitals, with "&" inside ("M&S").
ACRONYM_SPEAKER = re.compile(r"[A-Z]+(?:&[A-Z]+)*")
# What a longer first name adds to the one it opens: "ua" of "Joshua" after "Josh".
LOWER_LETTERS = re.compile(r"[a-z]+")
# A capitalised run an acronym may stand for: capitalised words joined by spaces, "&" or a connector.
SPELLED_RUN = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+(?:(?:&|and|of|for|the|on|de)\s+)*[A-Z][\w’'\-]*)+")


# Words opening a capitalised run that are no part of the name spelled: "The", "In", and a country's abbreviation
# ("The US Federal Bureau of Investigation" spells the FBI).
RUN_LEAD_WORDS = frozenset({"US", "UK", "EU", "UN"})


def spelled_name(run: str) -> str | None:
    """The name a capitalised run may spell an acronym with, its opening words ("The", "US") left out, if two words remain."""
    words = run.split()
    while words and (words[0] in NOT_NAME_START or words[0] in RUN_LEAD_WORDS):
        words.pop(0)
    return " ".join(words) if len(words) > 1 and words[0].lower() not in CONNECTOR_WORDS else None


class ArticleForms:
    """The person names and capitalised runs of one article's body, read on first use."""

    def __init__(self, paragraphs: list[Paragraph], names: ArticleNames) -> None:
        self.paragraphs = [paragraph for paragraph in paragraphs if not paragraph.is_headline]
        self.texts = [paragraph.text for paragraph in self.paragraphs]
        self.body = "\n\n".join(self.texts)
        self._outside_body: str | None = None
        self.names = names
        self.runs: dict[int, list[tuple[int, int, str]]] = {}  # paragraph index -> its capitalised runs (start, end, text), found on first use
        self._acronym_runs: list[str] | None = None  # the capitalised runs an acronym may stand for, found on first use
        self.read: dict[tuple[int, int], tuple[str, bool, bool] | None] = {}  # (paragraph index, run start) -> (name, inside a quotation, after a family noun)
        self.nicknamed: list[tuple[str, str]] | None = None  # the body's names with a quoted nickname, found on first use

    def people(self, words: list[str]) -> tuple[set[str], set[str], set[str]]:
        """The person-shaped names of two or more words in the body that hold the first or last of ``words``: those
        written outside quotations, those only inside, and those right after a family noun ("her son Tom Clark")."""
        outside: set[str] = set()
        quoted: set[str] = set()
        relatives: set[str] = set()
        first, last = words[0], words[-1]
        for index, paragraph in enumerate(self.paragraphs):
            if last not in paragraph.text and first not in paragraph.text:
                continue  # no run of it holds either word: its runs are not needed
            runs = self.runs.get(index)
            if runs is None:
                runs = self.runs[index] = [(found.start(), found.end(), found.group()) for found in NAME.finditer(paragraph.text)]
            for run_start, run_end, run in runs:
                if last not in run and first not in run:
                    continue
                key = (index, run_start)
                if key not in self.read:
                    self.read[key] = self.person_in(paragraph, run_start, run_end)
                read = self.read[key]
                if read is not None:
                    name, in_quotation, after_kin = read
                    (quoted if in_quotation else outside).add(name)
                    if after_kin:
                        relatives.add(name)
        return outside, quoted - outside, relatives

    def person_in(self, paragraph: Paragraph, run_start: int, run_end: int) -> tuple[str, bool, bool] | None:
        """A capitalised run's person name, titles, offices and a sentence's opening adverb dropped ("Certainly Donald
        Trump"); None for no person's ("the Real Donald Trump": a title after a determiner)."""
        text = paragraph.text
        start = office_holder_offset(text, run_start, run_end)  # "Chancellor of the Exchequer Gordon Brown"
        space = text.find(" ", start, run_end)
        if space > 0 and ADVERB_OR_GERUND.fullmatch(text, start, space):
            start = space + 1
        mention = text[start:run_end]
        name, _gender, person_shaped = parsed_mention(mention) if " " in mention else (None, None, False)
        if name is None or not person_shaped or not self.names.is_person(name) or name.split()[-1].isupper() or "&" in name:
            return None  # not "Lions Test XV" (no surname is written in capitals) nor "Matt Lucas & David Walliams"
        if names_a_thing(text, start, mention, name):
            return None
        kin = WORD_BEFORE.search(text, max(start - 16, 0), start)
        return name, paragraph.inside_quote(start), kin is not None and kin.group(1) in KINSHIP_WORDS

    def fullest_person(self, speaker: str) -> str:
        """Rules 1 and 2: the one longer name the speaker's name is a shorter form of, else the speaker. Names
        written outside quotations come first ("Hillary Clinton", not a quoted "Crooked Hillary Clinton")."""
        words = speaker.split()
        if len(words) > 1 and words[0] != words[0].lower() and words[0].lower() in NAME_PARTICLES:
            # a particle capitalised to open a sentence or a headline: "De Blasio said" is the "Bill de Blasio" of the body
            lowered = " ".join([words[0].lower(), *words[1:]])
            fuller = self.fullest_person(lowered)
            if fuller != lowered:
                return fuller
        if self.nicknamed is None:
            self.nicknamed = nicknamed_names(self.body)
        nicknamed = {f"{given} {surname}" for given, surname in self.nicknamed if speaker == given or speaker.endswith(surname) and is_shorter_form(words, [*given.split(), surname])}
        if len(nicknamed) == 1:
            return nicknamed.pop()  # 'Rep. Robert C. "Bobby" Scott' for "Scott" or "Robert C.": the nickname cuts the name's run
        if not self.writes_longer(words) and not self.writes_longer_first_name(words):
            return speaker  # most speakers: the article writes their name no longer
        outside, quoted, relatives = self.people(words)
        as_surname = len(words) == 1 or words[0] in NAME_PARTICLES or words[0].lower() in NAME_PARTICLES or self.after_title(speaker, SURNAME_TITLE)
        fullest: list[str] = []
        for names in (outside, quoted):
            longer = [
                name for name in names
                if is_shorter_form(words, name.split())
                and (as_surname or not name.endswith(" " + speaker) or (names is outside and self.given_names_before(name, words)))
                and not (len(words) == 1 and name in relatives)
            ]
            fullest = [name for name in longer if not any(other != name and is_shorter_form(name.split(), other.split()) for other in longer)]
            if longer:
                break
        if len(fullest) != 1:
            return speaker
        if not fullest[0].endswith(" " + speaker) and (self.after_title(speaker, ROYAL_TITLE) or self.after_title(speaker, SURNAME_TITLE)):
            return speaker  # a first name: "Prince Charles" is no Charles Kennedy, "Mr Howard" no Howard Flight
        gender, fuller_gender = self.names.person_gender.get(speaker), self.names.any_gender(fullest[0])
        return speaker if gender and fuller_gender and gender != fuller_gender else fullest[0]

    def given_names_before(self, name: str, words: list[str]) -> bool:
        """The words ``name``, written outside quotations, holds before the speaker's ``words`` are given names:
        capitalised words of two letters or more (the Burmese "U" of "U Win Htein" is a title) that are no title, sentence
        word, adverb or gerund ("Using Ted Cruz?"), and that the article
        never writes in lower case ("Aung San" of "Aung San Suu Kyi", "Khin" of "Khin Mar Lwin"; not "Rival" of "Rival
        Hillary Clinton" when it writes "rival")."""
        given = name.split()[:-len(words)]
        return all(
            word[:1].isupper() and len(word) > 1 and word not in TITLES and word not in NOT_NAME_START and not ADVERB_OR_GERUND.fullmatch(word) and not word.endswith("ing")
            and not occurrences(self.body, word.lower())
            for word in given
        )

    def writes_longer(self, words: list[str]) -> bool:
        """The body writes a capitalised word that is no title (and particles) right before the name, or (a lone word) a
        capitalised word right after it, or up to three words between its first and last: where a longer form may be,
        before ``people`` looks for it."""
        body = self.body
        for at, end in occurrences(body, " ".join(words)):
            before = body[max(at - 40, 0):at].split()
            while before and before[-1] in NAME_PARTICLES:
                before.pop()
            if (before and before[-1][:1].isupper() and before[-1] not in TITLES and body[at - 1:at] == " ") or (len(words) == 1 and body[end:end + 1] == " " and body[end + 1:end + 2].isupper()):
                return True
        if len(words) == 1:
            return False
        return any(
            token.startswith(words[-1]) for _at, end in occurrences(body, words[0]) for token in body[end:end + 80].split(maxsplit=4)[1:4]
        )  # "Anthony John Charles Meyer"

    def writes_longer_first_name(self, words: list[str]) -> bool:
        """The body writes the name with a longer first name its first name opens ("Joshua Apte" for "Josh Apte")."""
        first = words[0]
        if len(words) < 2 or len(first) < 3 or not first.isalpha():
            return False
        body = self.body
        for at, _end in occurrences(body, " ".join(words[1:])):
            if body[at - 1:at] != " ":
                continue
            start = at - 1
            while start > 0 and (body[start - 1].isalnum() or body[start - 1] == "_"):
                start -= 1
            longer = body[start:at - 1]
            if longer.startswith(first) and LOWER_LETTERS.fullmatch(longer, len(first)):
                return True  # "Joshua Apte" for "Josh Apte"
        return False

    def after_title(self, word: str, title: re.Pattern[str]) -> bool:
        """The body writes ``word`` right after a title ``title`` matches."""
        return any(title.search(self.body, max(at - 12, 0), at) for at, _end in occurrences(self.body, word))

    def spelled_out(self, acronym: str) -> str | None:
        """Rule 3: the one capitalised run whose words begin with the acronym's letters."""
        letters = acronym.replace("&", "")
        if self._acronym_runs is None:
            self._acronym_runs = [run for text in self.texts for found in SPELLED_RUN.finditer(text) if (run := spelled_name(found.group()))]
        found = {run for run in self._acronym_runs if initials(run) == letters}
        if len(found) != 1:
            return None
        name = found.pop()
        return None if self.names.gender(name) else name  # "JK, also known as Jason King": a person

    def with_designator(self, organisation: str) -> str | None:
        """Rule 4: the one name the article writes as the organisation's name and a company's designator after it."""
        if organisation not in self.body:
            return None
        if self._outside_body is None:  # the body's text outside quotations
            self._outside_body = "\n\n".join(paragraph.text[start:end] for paragraph in self.paragraphs for start, end in paragraph.outside_quotes())
        found = set()
        for _at, end in occurrences(self._outside_body, organisation):
            extension = DESIGNATED_AFTER.match(self._outside_body, end)
            if extension is not None:
                found.add(organisation + extension.group(1))
        return found.pop() if len(found) == 1 else None

def occurrences(text: str, words: str) -> list[tuple[int, int]]:
    """(start, end) of each place ``text`` writes ``words`` as whole words; by ``str.find``, as a pattern per
    name would crowd the regex cache. A list: a compiled generator costs more than the few places it holds."""
    found = []
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()):
            found.append((at, end))
        at = text.find(words, end)
    return found


def is_shorter_form(words: list[str], name: list[str]) -> bool:
    """``words`` end ``name`` ("Butler" of "Robin Butler"), open it when a lone word ("Nicholas" of
    "Nicholas Scott"), are its first and last words with middle names left out, or are it with a short form
    of its first name that the full one opens ("Josh Apte" of "Joshua Apte", "Chris Hall" of "Christopher Hall")."""
    if len(name) == len(words) > 1 and name[1:] == words[1:] and len(words[0]) >= 3 and len(name[0]) > len(words[0]) and name[0].startswith(words[0]):
        return True
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
