"""A role speaker whose mention a person's name follows right away: "Acme's chief, Jo Hart, told …", "Telecoms
ombudsman Jo Hart said: “…”", "The Dean of Leeds, the Very Rev Jo Hart, called it …".

The mention's bounds stop at the role words when a name comes after them (an apposition, or the name the role
describes). After an article's speakers are found, ``name_roles_after`` gives such a role speaker the person, when:

1. the role is one person's (``named_next.is_one_persons_role``: not "spokesman" nor "analysts");
2. right after the mention, past at most the place its office is of ("of Durham"), a comma and a "the"
   (not a sentence's end: "… by the judge. The Acme Group"), the article names a person in full (two words or
   more) or by a title and surname ("former lord chancellor Lord Hart");
3. that person is the subject there: the word after the name (past an apposition's closing comma) is no
   preposition or "to" ("called on Tory peer Jo Hart to publish …" makes the name an object, and the quotation
   someone else's), but for a name set off by commas on both sides, which only restates who the role is, and
   for the agent of a passive ("singled out by Ofsted chief, Jo Hart, for …", "a call by the peer Lord Hart to …").
"""

import re
from typing import Final

from transforms.quotes.lexicon import TITLES
from transforms.quotes.named_next import is_one_persons_role
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Resolver

# What may stand between the role mention and the name: the place of an office ("of Durham"), the comma of an
# apposition and a "the" before the name's titles ("the Rt Rev").
BEFORE_NAME: Final[re.Pattern[str]] = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?=,))?(?P<comma>,)?\s+(?:the\s+(?=[A-Z]))?")
# The word after the name: a preposition or "to" makes the name an object ("called on Jo Hart to …", "for doing").
OBJECT_AFTER: Final[re.Pattern[str]] = re.compile(r",?\s+(?:to|for|of|on|in|at|by|with|from|about|over|and|or)\b")
# The end of an apposition set off by commas: the comma after the name.
APPOSITION_END: Final[re.Pattern[str]] = re.compile(r",")
# A passive's agent before the role mention: "singled out by".
AGENT_BEFORE: Final[re.Pattern[str]] = re.compile(r"\bby\s+(?:(?:the|a|an|former|then|his|her|its|their)\s+)*$")
# Capitalised words that may stand before a name as its titles and are no first name: "Rt Rev Dr".
EXTRA_TITLES: Final[frozenset[str]] = frozenset({"Rt", "Rt.", "Right", "Hon", "Very"})


def name_roles_after(resolver: Resolver, paragraphs: list[Paragraph], quotes: list[dict]) -> None:
    """Give each role speaker of ``quotes`` the person named right after its mention (see the module docstring)."""
    names = resolver.names
    for quote in quotes:
        end = quote["speaker_mention_end"]
        if quote["kind"] != "direct" or quote["speaker_type"] != "role" or end is None or not is_one_persons_role(quote["speaker"]):
            continue
        paragraph = next((p for p in paragraphs if 0 <= end - p.base <= len(p.text)), None)
        if paragraph is None:
            continue
        gap = BEFORE_NAME.match(paragraph.text, end - paragraph.base)
        if gap is None or paragraph.inside_quote(gap.end()) or paragraph.text[:end - paragraph.base].rstrip().endswith((".", "!", "?")):
            continue
        names.scan()
        found = next(
            ((full, mention) for (at, full), (_text, mention) in zip(names.names, names.mentions) if at == paragraph.base + gap.end()),
            None,
        )
        if found is None or not names.is_person(found[0]) or not (" " in found[0] or is_titled(found[1].group(), found[0])):
            continue
        full, mention = found
        apposition = gap.group("comma") is not None and APPOSITION_END.match(paragraph.text, mention.end()) is not None
        start = quote["speaker_mention_start"] - paragraph.base
        agent = start >= 0 and AGENT_BEFORE.search(paragraph.text, 0, start) is not None
        if not (apposition or agent) and OBJECT_AFTER.match(paragraph.text, mention.end()):
            continue
        person = resolver.person(full, position=quote["speaker_mention_start"])
        quote.update(speaker=person.name, speaker_type="person", speaker_affiliation=person.affiliation)


def is_titled(mention: str, full: str) -> bool:
    """The mention gives the lone name ``full`` only titles before it ("Lord Hart", "Rt Rev Dr Hart")."""
    words = mention.split()
    return len(words) > 1 and words[-1] == full and all(word in TITLES or word in EXTRA_TITLES for word in words[:-1])
