"""A speaker phrase that takes part of a group: a poll's share ("75 percent of Democrats") or members ("one of two
witnesses", "some of his aides").

``speakers.read_phrase`` asks ``group_words`` once its determiner is gone: the speaker is the group's noun phrase
after "of" and its determiner, a number or an owner's pronoun, made singular for one member ("one of two witnesses"
-> "witness"); a phrase that stops at an owner ("one of the congressman's") names no one.
"""

import re
from typing import Final

from transforms.quotes.name_runs import ends_possessive

# "Only 52 percent of registered voters", "an average of 10% of voters": a poll's share of a group is the group.
SHARE_OF_GROUP: Final = re.compile(
    r"^(?:(?:only|just|about|nearly|almost|some|over|(?:an\s+)?average\s+of)\s+)*\d[\d.,]*\s*(?:percent|per\s+cent|%)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
# What a member phrase's "of" may take before the group's noun: "of the", "of two", "of his".
MEMBERS_OF: Final = re.compile(r"^of\s+(?:(?:the|those|these|his|her|their|its|our|two|three|four|five|several|many)\s+)?")
# Words that open what follows a group's head noun: "witnesses to the meeting", "officers who were there".
QUALIFIER_OPENINGS: Final = frozenset({"to", "of", "in", "at", "for", "from", "on", "with", "who", "close"})


def group_words(rest: str, one: bool) -> list[str] | None:
    """The words naming the group ``rest`` (a speaker phrase without its determiner) takes a share or members of, one
    member's noun made singular when ``one``; [] for a member of an owner's ("of the congressman's"); None for no
    group."""
    share = SHARE_OF_GROUP.match(rest)
    if share is not None and share.end() < len(rest):
        return rest[share.end():].split()  # "75 percent of Democrats": members, no party
    members = MEMBERS_OF.match(rest)
    if members is None or members.end() == len(rest):
        return None
    words = rest[members.end():].split()
    if ends_possessive(words[-1]):
        return []
    if one:  # the group's head noun, before what qualifies it ("witnesses to the meeting")
        head = next((index - 1 for index, word in enumerate(words) if index and word in QUALIFIER_OPENINGS), len(words) - 1)
        words[head] = singular(words[head])
    return words


def singular(noun: str) -> str:
    """"witnesses" -> "witness", "aides" -> "aide", "deputies" -> "deputy"; a word that reads as no plural stays."""
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
