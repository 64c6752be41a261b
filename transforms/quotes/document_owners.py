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
statement", "an email was sent from the club's director, Jo Hart", "Jo Hart, the campaign's chair, emailed supporters"
for "the email": ``SENT_BEFORE``).

Only text outside quotations counts. "suit" and "lawsuit" are one document. ``resolution`` reads the owner
found as a mention at the place it stands ("Her" is the woman named before it).
"""

import re
from collections.abc import Callable

from transforms.quotes.entity_words import DOCUMENT_NOUNS
from transforms.quotes.lexicon import POSSESSIVE_PRONOUNS
from transforms.quotes.marks import QUOTE_MARK
from transforms.quotes.paragraph import Paragraph, latest_match_before

# Nouns that name the same document: "Her lawsuit … the suit added".
SAME_DOCUMENT: dict[str, tuple[str, ...]] = {"suit": ("suit", "lawsuit"), "lawsuit": ("suit", "lawsuit")}
OWNER_RUN = r"(?:[A-Z][\w\-&]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w\-&]*){0,4})"
# Verbs by which someone sends or issues a document.
SENDING = r"(?:sent(?:\s+out)?|provided|issued|released|wrote|posted|signed|filed|put\s+out|distributed)"
# How far back an earlier mention of the document may stand.
DOCUMENT_REACH = 800
# How far after a document mention its reporting verb may stand.
CLAUSE_REACH = 120
# The reporting verb (or a quotation) that ends a document mention's clause.
CLAUSE_END = re.compile(r"\b(?:said|says|added|adds|stated|states|read|reads|reading|noted|notes|warned|warns|concluded|showed|shows)\b|[“”\"]")
# A reporting verb right before a document mention that closes the sentence it reports: "…, said the leaflet".
CUE_BEFORE = re.compile(r"\b(?:said|says|added|adds|stated|states|noted|notes|warned|warns|concluded)\s+$")
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


# Every document noun, longest first, as one alternation: the patterns below are compiled once, and a match stands
# for the document asked about only when its noun is one of that document's (``matched_noun``).
ANY_DOCUMENT = "|".join(sorted(DOCUMENT_NOUNS | {"lawsuit", "suit"}, key=len, reverse=True))
# An owner before a document noun: "Her lawsuit", "The Bank's minutes", "a World Bank report".
POSSESSIVE_BEFORE = re.compile(
    rf"(?<![\w’'])(?:(?P<owner>{OWNER_RUN})(?:['’]s|(?<=s)['’])|(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))"
    rf"\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{ANY_DOCUMENT})\b"
    rf"|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:new\s+|latest\s+|annual\s+)?(?P<named>{OWNER_RUN})\s+(?:[a-z]+s['’]\s+)?(?P<named_noun>{ANY_DOCUMENT})\b"
)
# Who sent or issued a document, by name: "Jo Hart provided a written statement", "an email was sent from the club's
# director, Jo Hart" (not "his campaign sent out an email": whose campaign is read too loosely here).
SENT_BEFORE = re.compile(
    rf"(?<![\w’'])(?P<sender>{OWNER_RUN})"
    rf"\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?{SENDING}\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?P<noun>{ANY_DOCUMENT})\b"
    rf"|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){{0,2}}?(?P<sent_noun>{ANY_DOCUMENT})\s+(?:was|were|had\s+been)\s+{SENDING}\s+(?:[a-z]+\s+){{0,3}}?"
    rf"(?:from|by)\s+(?:(?:the|a|an|[a-z][\w\-]*(?:['’]s)?),?\s+){{0,4}}?(?P<agent>{OWNER_RUN})"
    # "Jo Hart, vice chairwoman for the campaign, emailed supporters": the verb names the document, the sender its subject
    rf"|(?<![\w’'])(?P<mailer>{OWNER_RUN})(?:,\s+[^,.;“”\"]{{1,100}},)?\s+(?:also\s+|then\s+|later\s+)?(?P<mail_noun>e-?mail|tweet)ed\b"
)


# The groups that hold the document noun of a match.
NOUN_GROUPS = ("noun", "named_noun", "sent_noun", "mail_noun")


def of_document(nouns: tuple[str, ...]) -> Callable[[re.Match[str]], bool]:
    """Whether a match of ``POSSESSIVE_BEFORE`` or ``SENT_BEFORE`` names a document of ``nouns``."""
    def names_it(match: re.Match[str]) -> bool:
        found = match.groupdict()
        return any(found.get(group) in nouns for group in NOUN_GROUPS)
    return names_it


def earlier_owner(paragraphs: list[Paragraph], head: str, position: int) -> tuple[str, int] | None:
    """The owner (as written, a possessive pronoun as its subject form, and its document offset) of the latest
    earlier mention of the document ``head``, or of the latest who sent or issued one (``SENT_BEFORE``)."""
    wanted = of_document(SAME_DOCUMENT.get(head, (head,)))
    owned = latest_match_before(paragraphs, POSSESSIVE_BEFORE, ("owner", "pronoun", "named"), position, DOCUMENT_REACH, head, wanted)
    sent = latest_match_before(paragraphs, SENT_BEFORE, ("sender", "agent", "mailer"), position, DOCUMENT_REACH, head, wanted)
    found = sent if owned is None or sent is not None and sent[1] > owned[1] else owned
    if found is None:
        return None
    owner, at = found
    return POSSESSIVE_PRONOUNS.get(owner.lower(), owner), at
