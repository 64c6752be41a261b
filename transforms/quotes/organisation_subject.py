"""Who "it" is when it opens its sentence: no one before a modal or copular verb, else, right after a sentence
whose subject is an organisation, that organisation.

"It will also touch upon his arrest for “lewd behaviour”", "It would mean that “blues” …", "It's out of date", "It
means there is …": without a cue, "it" before "will", "would", "is" (or "'s") …, or before "means", "seems", is a thing
or no one, not a body speaking (``says_nothing``, first).

"It has been called “open source news”", "It was recognised for its “groundbreaking” use", "It was agreed that …",
"It had nothing to do with putting “clear blue water” …", "when it comes to voting for “the greatest”": without a cue,
"it" as a passive's subject (but not "it was met with … by", whose agent may be the speaker) or in an idiom of a state of
affairs is what is described or no one, never the body that speaks, even right after a sentence an organisation
opens (``is_dummy``, tried before any antecedent).

"The committee said the National Audit Office should investigate …. It blamed the agency's senior management for a
“multitude of problems”": the committee, not the agency the article names most or the office named inside that
sentence. Tried after the organisation quoted last (``organisation_spoken``) and the organisation or document a cue
names as speaking (``AntecedentResolver.group_antecedent``), before what ``resolution`` finds for "it" on its own.
The subject may follow "But" or "And" with a determiner in lower case ("But an all-party committee said …. It blamed
…": ``CONJUNCTION_SUBJECT``), which the capitalised subjects of ``phrases.SUBJECT_VERB`` leave out.
"""

import re

from transforms.quotes.lexicon import IMPERSONAL_IDIOMS, IMPERSONAL_VERBS, MODAL_AND_COPULAR_VERBS
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.pronoun_antecedents import OPENING_CLAUSE

# "But an all-party committee said", "And the watchdog has warned": a body noun phrase after a conjunction and its
# verb; group "np" the phrase.
CONJUNCTION_SUBJECT = re.compile(
    r"(?:But|And|Yet)\s+(?P<np>(?:the|a|an)(?:\s+[a-z][\w\-]*){1,4}?)\s+(?:(?:has|have|had|also|now)\s+)*"
    r"(?:said|says|warned|found|claimed|argued|added|blamed|called|urged|criticised|concluded|told|reported|insisted|accused)\b"
)
# A present or past participle after the verb: "is calling", "was met", "was recognised".
PARTICIPLE = re.compile(r"[a-z]+(?:ing|ed|en)|met|made|held|given|seen|told|said|found|put|set|brought|built|left|paid|sent|sold|bought|kept")
# A passive right after "it": "has been called", "was also agreed that", "is recognised for"; group "verb" the participle.
PASSIVE_AFTER = re.compile(
    r"\s*(?:(?:has|had|have)\s+(?:also\s+|now\s+|long\s+)?been|(?:is|was)(?:\s+also)?)\s+(?P<verb>[a-z]+(?:ed|en))\s+(?P<next>that|for|as|by)\b"
    r"|\s*(?:has|had|have)\s+(?:also\s+|now\s+|long\s+)?been\s+(?P<bare>[a-z]+(?:ed|en))\b"
)


def is_dummy(following: str, cue: str | None) -> bool:
    """"it" with no cue before ``following`` is a passive's subject or an idiom's dummy subject: "It has been called
    “…”", "It was recognised for its “…”", "It was agreed that", "It had nothing to do with", "it comes to"."""
    if cue is not None:
        return False
    if PASSIVE_AFTER.match(following):
        return True
    words = following.split()
    return any(words[: len(idiom)] == list(idiom) for idiom in IMPERSONAL_IDIOMS)


def says_nothing(following: str, cue: str | None) -> bool:
    """"it" with no cue before ``following``, words opening with a modal or copular verb: "It would mean that …";
    not one that helps a verb ("it is expecting", "It was met with protests by …, which said")."""
    if following.startswith(("'s ", "’s ")):  # "It's out of date": "is"
        following = "is " + following[3:]
    words = following.split(None, 2)
    if cue is None and words and words[0] in IMPERSONAL_VERBS:  # "It means there is …"
        return True
    if cue is not None or not words or words[0] not in MODAL_AND_COPULAR_VERBS:
        return False
    return len(words) < 2 or not PARTICIPLE.fullmatch(words[1])


def opens_sentence(paragraph: Paragraph, start: int) -> bool:
    """The mention at ``start`` is its sentence's subject: at its start, or right after an opening clause
    ("Despite the cuts, it said")."""
    sentence_start = paragraph.sentence_of(start)[0]
    opening = OPENING_CLAUSE.match(paragraph.text, sentence_start)
    return opening is not None and paragraph.text[opening.end() : start].strip() in ("", "But", "And")
