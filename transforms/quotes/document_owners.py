"""Whose document "the suit", "the minutes" or "a survey" is: the owner its clause or an earlier mention gives.

A document mention without an owner of its own reads first what follows it up to its reporting verb
(``owner_after``): "by" or "from" and a name (not after "obtained", "reviewed", "seen" or "received": who holds
a copy is no author) ("A survey published on the eve of the conference by
PricewaterhouseCoopers said", "The letter, from the Home Office, says"), or a website's owner ("a statement on her
website said"); a mention right after its cue reads on to the end of the sentence it closes ("…, said the leaflet
published jointly by the Home Office and the police."). A definite one ("the suit added", "the minutes added") else stands for the document the article
named before with its owner (``earlier_owner``; the latest before the mention wins): a possessive before the
noun, with at most two words between ("Her lawsuit", "Jones' lawsuit", "The Bank's minutes", "Mr Crosby's
statement"), or a name right before it, after an article ("a World Bank report", "a Leeds Green Party members'
newsletter"); or for the person or body that
sent or issued the document before, named as the subject of the verb or its agent ("Jo Hart provided a written
statement", "an email was sent from the club's director, Jo Hart": ``sent_before``).

Only text outside quotations counts. "suit" and "lawsuit" are one document. ``resolution`` reads the owner
found as a mention at the place it stands ("Her" is the woman named before it).
"""

import re
from functools import lru_cache

from transforms.quotes.lexicon import POSSESSIVE_PRONOUNS
from transforms.quotes.paragraph import Paragraph, latest_match_before

# Nouns that name the same document: "Her lawsuit … the suit added".
SAME_DOCUMENT: dict[str, tuple[str, ...]] = {"suit": ("suit", "lawsuit"), "lawsuit": ("suit", "lawsuit")}
OWNER_RUN = r"(?:[A-Z][\w\-&]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w\-&]*){0,4})"
# Verbs by which someone sends or issues a document.
SENDING = r"(?:sent(?:\s+out)?|provided|issued|released|wrote|posted|signed|filed|put\s+out|distributed)"
SENDING_VERB = re.compile(rf"\b{SENDING}\b")
# How far back an earlier mention of the document may stand.
DOCUMENT_REACH = 800
# How far after a document mention its reporting verb may stand.
CLAUSE_REACH = 120
# The reporting verb (or a quotation) that ends a document mention's clause.
CLAUSE_END = re.compile(r"\b(?:said|says|added|adds|stated|states|read|reads|reading|noted|notes|warned|warns|concluded|showed|shows)\b|[“”\"]")
# A reporting verb right before a document mention that closes the sentence it reports: "…, said the leaflet".
CUE_BEFORE = re.compile(r"\b(?:said|says|added|adds|stated|states|noted|notes|warned|warns|concluded)\s+$")
QUOTE_MARK = re.compile(r"[“”\"]")
AGENT_OR_SITE = re.compile(
    rf"(?<!obtained )(?<!reviewed )(?<!seen )(?<!received )\b(?:by|from)\s+(?:the\s+)?(?P<owner>{OWNER_RUN})"
    rf"|\bon\s+(?:(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|(?:the\s+)?(?P<site>{OWNER_RUN})(?:['’]s|(?<=s)['’]))\s+(?:official\s+)?(?:web)?site\b"
)


def owner_after(paragraphs: list[Paragraph], position: int) -> tuple[str, int] | None:
    """The author the clause of the document mention at ``position`` names before its reporting verb, and where."""
    for paragraph in paragraphs:
        if paragraph.base <= position < paragraph.base + len(paragraph.text):
            start = position - paragraph.base
            end = CLAUSE_END.search(paragraph.text, start, start + CLAUSE_REACH)
            stop = end.start() if end is not None else closing_mention(paragraph, start)
            found = AGENT_OR_SITE.search(paragraph.text, start, stop) if stop is not None else None
            if found is None:
                return None
            group = next(name for name in ("owner", "pronoun", "site") if found.group(name))
            owner = found.group(group)
            return POSSESSIVE_PRONOUNS.get(owner.lower(), owner), paragraph.base + found.start(group)
    return None


def closing_mention(paragraph: Paragraph, start: int) -> int | None:
    """Where the sentence ends when the document mention at ``start`` follows its own cue and closes it ("…, said the
    leaflet published jointly by the Home Office and the police."), else None."""
    if not CUE_BEFORE.search(paragraph.text, max(0, start - 12), start):
        return None
    end = paragraph.sentence_of(start)[1]
    return end if end - start <= CLAUSE_REACH and not QUOTE_MARK.search(paragraph.text, start, end) else None


@lru_cache(maxsize=None)
def possessive_before(nouns: str) -> re.Pattern[str]:
    """An owner before a document noun of ``nouns`` (compiled once per noun list)."""
    return re.compile(
        rf"(?<![\w’'])(?:(?P<owner>{OWNER_RUN})(?:['’]s|(?<=s)['’])|(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))"
        rf"\s+(?:[\w\-]+\s+){{0,2}}?(?:{nouns})\b"
        rf"|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:new\s+|latest\s+|annual\s+)?(?P<named>{OWNER_RUN})\s+(?:[a-z]+s['’]\s+)?(?:{nouns})\b"
    )


@lru_cache(maxsize=None)
def sent_before(nouns: str) -> re.Pattern[str]:
    """Who sent or issued a document, by name: "Jo Hart provided a written statement", "an email was sent from the
    club's director, Jo Hart" (not "his campaign sent out an email": whose campaign is read too loosely here)."""
    return re.compile(
        rf"(?<![\w’'])(?P<sender>{OWNER_RUN})"
        rf"\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?{SENDING}\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:{nouns})\b"
        rf"|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){{0,2}}?(?:{nouns})\s+(?:was|were|had\s+been)\s+{SENDING}\s+(?:[a-z]+\s+){{0,3}}?"
        rf"(?:from|by)\s+(?:(?:the|a|an|[a-z][\w\-]*(?:['’]s)?),?\s+){{0,4}}?(?P<agent>{OWNER_RUN})"
    )


def earlier_owner(paragraphs: list[Paragraph], head: str, position: int) -> tuple[str, int] | None:
    """The owner (as written, a possessive pronoun as its subject form, and its document offset) of the latest
    earlier mention of the document ``head``, or of the latest who sent or issued one (``sent_before``)."""
    nouns = "|".join(SAME_DOCUMENT.get(head, (head,)))
    owned = latest_match_before(paragraphs, possessive_before(nouns), ("owner", "pronoun", "named"), position, DOCUMENT_REACH, head)
    # the sending pattern is long to compile once per document noun: only where a sending verb stands within reach
    within_reach = [p.text for p in paragraphs if position - DOCUMENT_REACH <= p.base + len(p.text) and p.base < position]
    sends = any(SENDING_VERB.search(text) for text in within_reach)
    sent = latest_match_before(paragraphs, sent_before(nouns), ("sender", "agent"), position, DOCUMENT_REACH, head) if sends else None
    found = sent if owned is None or sent is not None and sent[1] > owned[1] else owned
    if found is None:
        return None
    owner, at = found
    return POSSESSIVE_PRONOUNS.get(owner.lower(), owner), at
