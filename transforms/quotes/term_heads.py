"""A quoted term used as the name of a thing, told by the words around the quotation marks.

Matches a short term (``classify.is_term``: three words at most, no clause), in this order:

1. its closing mark is followed by a noun that takes a name or a label before it
   (``NAME_HEADS``): its "prices paid" index, the "boundary crossing" category, the
   "Never Trump" movement, a universal "stop" command;
2. it opens its sentence right after a determiner (``OPENING_DETERMINER``): The "virtual
   camera" can focus …, These "smart fabrics" have come about …;
3. a plural noun and "like", "such as" or "including" give it as an example of a kind
   (``EXAMPLE_OF``): topics like America's "culture wars", terms like "digital";
4. it ends in such a noun (or ``OWNED_TERM_HEADS``: a system, a budget, a strategy) and an owner
   stands right before it (``OWNED_BEFORE``): his "golden rule", its own "points system", Mr Cable's
   "Alternative Budget" name the owner's rule or scheme (but not "a great deal" or "faltering
   election campaign": a determiner or a participle first is wording);
5. a possessive stands right before it and a ``NAME_HEADS`` noun right after it, and it has at
   most six words and no clause punctuation (``names_an_owners_kind``): Acme's "Make peace not
   war" campaign, her "Back to basics" initiative: a slogan naming the owner's campaign, longer than
   a term;
6. a determiner ("the", "that", "this") stands right before it and a noun for a remark (``REMARK_HEADS``)
   right after it, in six words at most (``names_a_remark``): the "not there yet" comment, that "pivot" line. The words are named
   as a remark made before, not said by anyone the sentence reports ("Pence was asked about the "…"
   comment"); an owner before it ("his "…" comment") is left to the other rules.
7. it is a slogan of two to eight words (a full stop of its own allowed: "Meth. We're on it.") that a campaign
   noun (``SLOGAN_HEADS``) follows after a determiner or a possessive before it (the "Starts with one" campaign,
   South Dakota's viral "…" awareness campaign), or that follows a campaign noun right before its opening mark
   and opens with a capital (the Health Authority's campaign "Starts with one."): ``names_a_campaign``.

Apart from these, ``inside_opening_phrase`` tells ``extract`` that a quotation after a determiner and one
word opening the sentence ("The only “medical records” that …", "Those refused “pre-clearance” were …") is
inside the sentence's subject, so it takes no paragraph speaker as a quotation opening its sentence would
(but "the four “loopholes” he cited" and a quoted adverb are someone's words); ``opens_as_subject`` tells it the same
of a term opening its sentence as the subject of the verb right after it ("“Global warming” features particularly high").

Such a term names the thing; nobody is quoted as saying it, even when the sentence reports
someone (the "opt out" movement is about …, he said). ``classify.is_scare`` asks this after
its rules 1 to 3.
"""

import re
from typing import Final

from transforms.quotes.lexicon import NAME_HEADS, OWNED_TERM_HEADS, REMARK_HEADS, SLOGAN_HEADS
from transforms.quotes.marks import may_end_with

# The closing mark, then a NAME_HEADS noun as a whole word: not "campaign finance" (another
# noun after it makes the head a modifier) and not "rule" in "rules out".
NAME_HEAD_AFTER: Final[re.Pattern[str]] = re.compile(
    rf"[”\"’']\s+(?:{'|'.join(NAME_HEADS)})(?![\w’'\-])(?!\s+(?:finance|out|of)\b)"
)


# A determiner opening the sentence, then the opening mark: 'The "', 'These “'.
OPENING_DETERMINER: Final[re.Pattern[str]] = re.compile(r"(?:The|These|This|Those|Its|Their|His|Her|A|An)\s+[“\"]$")


def opens_with_determiner(text: str, sentence: int, start: int) -> bool:
    """Rule 2: only a determiner stands between the start of the sentence at ``sentence`` and the quotation at ``start``."""
    return start - sentence <= 7 and OPENING_DETERMINER.fullmatch(text, sentence, start) is not None


# A plural noun, then "like", "such as" or "including" (and a possessor or "the") right before the opening mark.
EXAMPLE_OF: Final[re.Pattern[str]] = re.compile(r"\b[a-z]+s,?\s+(?:like|such\s+as|including)\s+(?:[A-Z][\w.&\-]*['’]s?\s+|the\s+)?[“\"]$")
# How far back EXAMPLE_OF needs to look.
EXAMPLE_REACH: Final[int] = 60


def is_example(text: str, start: int) -> bool:
    """Rule 3: the quotation at ``start`` is an example a plural noun introduces."""
    return EXAMPLE_OF.search(text, max(0, start - EXAMPLE_REACH), start) is not None


def names_a_kind(text: str, end: int) -> bool:
    """Rule 1: a NAME_HEADS noun follows the quotation ending at ``end``."""
    return NAME_HEAD_AFTER.match(text, end) is not None


# A possessive (and at most one lowercase word: "his financial", "its own") right before the opening mark.
OWNED_BEFORE: Final[re.Pattern[str]] = re.compile(r"\b(?:his|her|its|their|our|[A-Z][\w\-]*['’]s?)\s+(?:[a-z]+\s+)?[“\"]$")
OWNED_REACH: Final[int] = 40
# The nouns a quoted term ends in when it names its owner's rule or scheme.
OWNED_HEADS: Final[frozenset[str]] = frozenset(NAME_HEADS) | OWNED_TERM_HEADS
NOT_TERM_START: Final[frozenset[str]] = frozenset({"a", "an", "the"})
TERM_WORD: Final[re.Pattern[str]] = re.compile(r"[\w’'\-]+")


def names_an_owned_thing(text: str, start: int, end: int) -> bool:
    """Rule 4: the term at ``text[start:end]`` ends in a noun of ``OWNED_HEADS`` and follows a possessive."""
    words = TERM_WORD.findall(text, start, end)
    if len(words) < 2 or words[-1].lower() not in OWNED_HEADS:
        return False
    first = words[0].lower()
    if first in NOT_TERM_START or first.endswith(("ing", "ly")):
        return False
    return OWNED_BEFORE.search(text, max(0, start - OWNED_REACH), start) is not None


# A determiner and one word opening the sentence before the opening mark: 'The oldest "', 'Its first “'.
DETERMINER_PHRASE: Final[re.Pattern[str]] = re.compile(r"\s*(?:The|These|This|That|Those|Its|Their|His|Her|A|An)\s+[a-z][\w\-]*\s*")
# After the closing mark, a pronoun: "the four “loopholes” he cited" is that person's word.
PRONOUN_AFTER: Final[re.Pattern[str]] = re.compile(r"[”\"’']\s+(?:he|she|they|we|i|it)\b", re.IGNORECASE)


def inside_opening_phrase(text: str, sentence: int, start: int, end: int) -> bool:
    """The quotation at ``text[start:end]`` is a term inside the noun phrase opening its sentence ("The oldest “gadget” in
    the top 100 is …"), not a quotation the sentence opens with: no speech of the paragraph's speaker."""
    if DETERMINER_PHRASE.fullmatch(text, sentence, max(sentence, start - 1)) is None:
        return False
    quoted = text[start:end]
    return not quoted.endswith("ly") and PRONOUN_AFTER.match(text, end) is None


# A finite verb right after the closing mark: the quoted words are its subject ("“Global warming” features high").
VERB_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[”\"’']\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|seems?|seemed|features?|featured"
    r"|remains?|remained|becomes?|became|appears?|appeared|means|meant)\s"
)


def opens_as_subject(text: str, start: int, end: int) -> bool:
    """The short term at ``text[start:end]``, opening its sentence, is the subject of the verb right after it
    ("“Global warming” features particularly high", "“Info cards” will help …"): the sentence goes on in the
    writer's words, so it is no quotation the sentence opens with."""
    from transforms.quotes.classify import is_term  # classify imports this module
    return VERB_AFTER.match(text, end) is not None and is_term(text[start:end])


# A longer quotation still names its owner's campaign or scheme (rule 5): a slogan, not a clause.
OWNERS_KIND_MAX_WORDS: Final[int] = 6


def names_an_owners_kind(text: str, start: int, end: int) -> bool:
    """Rule 5: text[start:end] stands between a possessive and a ``NAME_HEADS`` noun, in six words at most."""
    if not names_a_kind(text, end):
        return False  # the anchored test first: most quotations end before no such noun, and their words need no count
    quoted = text[start:end].strip()
    if not quoted or quoted[-1] in ".,!?;:" or not 0 < len(TERM_WORD.findall(quoted)) <= OWNERS_KIND_MAX_WORDS:
        return False
    return OWNED_BEFORE.search(text, max(0, start - OWNED_REACH), start) is not None


# A determiner right before the opening mark, and a REMARK_HEADS noun as a whole word right after the closing mark.
DETERMINER_BEFORE_MARK: Final[re.Pattern[str]] = re.compile(r"\b(?:the|that|this|those|these)\s+[“\"]$", re.IGNORECASE)
REMARK_AFTER: Final[re.Pattern[str]] = re.compile(rf"[”\"’']\s+(?:{'|'.join(sorted(REMARK_HEADS))})(?![\w’'\-])")


def names_a_remark(text: str, start: int, end: int) -> bool:
    """Rule 6: the quotation at ``text[start:end]`` names a remark: "the “not there yet” comment"."""
    if REMARK_AFTER.match(text, end) is None:
        return False  # the anchored test first: the words are counted only before a remark's noun
    quoted = text[start:end].strip()
    if not quoted or quoted[-1] in ".,!?;:" or not 0 < len(TERM_WORD.findall(quoted)) <= OWNERS_KIND_MAX_WORDS:
        return False
    return DETERMINER_BEFORE_MARK.search(text, max(0, start - 12), start) is not None


# Rule 7: the nouns a slogan names, and what may stand between them and the quotation.
SLOGAN_MAX_WORDS: Final[int] = 8
SLOGAN_HEAD_AFTER: Final[re.Pattern[str]] = re.compile(
    rf"[”\"’']\s+(?:[a-z][\w\-]*\s+)?(?:{'|'.join(SLOGAN_HEADS)})(?![\w’'\-])(?!\s+(?:finance|out|of)\b)"
)
# A determiner or an owner, and at most one more word, right before the opening mark: 'the “', "South Dakota's viral “",
# "the council's new “".
SLOGAN_OWNER_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:the|a|an|this|that|its|his|her|their|our|[\w\-]+['’]s?)\s+(?:[a-z][\w\-]*\s+)?[“\"]$"
)
SLOGAN_HEAD_BEFORE: Final[re.Pattern[str]] = re.compile(rf"\b(?:{'|'.join(SLOGAN_HEADS)}),?\s+[“\"]$")


def names_a_campaign(text: str, start: int, end: int) -> bool:
    """Rule 7: text[start:end] is a slogan a campaign noun names, after it or before it."""
    before = max(0, start - OWNED_REACH)
    owned = SLOGAN_HEAD_AFTER.match(text, end) is not None and SLOGAN_OWNER_BEFORE.search(text, before, start) is not None
    if not owned and (not may_end_with(text, start, OWNED_REACH, SLOGAN_HEADS) or SLOGAN_HEAD_BEFORE.search(text, before, start) is None):
        return False  # no campaign noun at either side (most quotations): the words need no count
    quoted = text[start:end].strip()
    if not quoted or not 1 < len(TERM_WORD.findall(quoted)) <= SLOGAN_MAX_WORDS or quoted[-1] in ",;:":
        return False  # a lone word is wording: Labour's "faltering" election campaign
    return owned or quoted[0].isupper()  # a slogan before the noun, or one the noun introduces, capitalised
