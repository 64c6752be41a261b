"""What the words around one mention of a named person say of them: role words, age, apposition, affiliation.

``entities.ArticleEntities.describe`` reads every person mention of an article through ``describe_mention``, in text
order; ``person_roles``, ``role_holders`` and ``offices_named_later`` match role mentions ("the 30-year-old",
"the national team coach") against the descriptors it gives. It reads, in this order:

1. the words of the mention before the name ("Labour MP Stephen Pound"), and the affiliation they name;
2. the premodifier right before the mention, when its last word is a role or an age ("chief executive Bill
   Gammell", "the 19-year-old Simpson"; not "stated that Trump");
3. the affiliation after the name ("Anne Thompson of the Hollywood Reporter");
4. an apposition after it, up to its "of" ("Bill Gammell, chief executive of Cairn,", "Rod Eddington, 55,");
5. an age becomes "N-year-old", and "ex-" marks an office once held.
"""

import re

from transforms.quotes.affiliations import APPOSITION, APPOSITION_OF, RELATIVE, affiliation_after
from transforms.quotes.entity_words import DETERMINERS
from transforms.quotes.name_runs import name_start
from transforms.quotes.premodifier_affiliations import premodifier_affiliation
from transforms.quotes.speakers import age_of, is_role

# "chief executive Bill Gammell", "the 19-year-old Simpson", "England coach Andy Robinson": the words right
# before a name, ending in a role noun or an age.
PREMODIFIER = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w\-&]*\s+){0,2}(?:[a-z0-9][\w\-]*\s+){1,4})$")
PREMODIFIER_WINDOW = 60
AGE = re.compile(r"\d{1,3}")
WORD = re.compile(r"[\w\-]+")


def mention_affiliation(text: str, found: re.Match[str]) -> str | None:
    """The affiliation one mention of a person gives them, as ``describe_mention`` reads it, without its descriptors."""
    tokens = found.group().split()
    return premodifier_affiliation(tokens[:name_start(tokens)]) or affiliation_after(text, found.start(), found.end())


def describe_mention(text: str, found: re.Match[str], full: str, at: int = 0) -> tuple[int, str, frozenset[str], str | None]:
    """What the words around one mention of a person say of them, and their affiliation."""
    tokens = found.group().split()
    inside = tokens[:name_start(tokens)]
    words = [word.lower() for word in inside]
    affiliation = premodifier_affiliation(inside)
    window_start = max(found.start() - PREMODIFIER_WINDOW, 0)
    # the premodifier counts when its last word, the word right before the name, is a role or an age ("…
    # candidate Trump", not "… stated that Trump"): tested before the pattern, as few names follow one
    last = text[window_start:found.start()].rsplit(None, 1)[-1:]
    before = PREMODIFIER.search(text, window_start, found.start()) if last and (is_role(last[0]) or age_of(last[0])) else None
    if before:
        words += [word.lower() for word in before.group(1).split() if word.lower() not in DETERMINERS]
    affiliation = affiliation or affiliation_after(text, found.start(), found.end())
    after = APPOSITION.match(text, found.end())
    if after and not RELATIVE.match(after.group("words")):
        apposition = after.group("words")
        of = APPOSITION_OF.search(apposition)
        words += [word.lower() for word in WORD.findall(apposition[:of.start()] if of else apposition) if word.lower() not in DETERMINERS]
    descriptors = set(words)
    for word in words:
        if AGE.fullmatch(word):
            descriptors.add(f"{word}-year-old")
        elif word.startswith("ex-"):
            descriptors.add("ex")  # "ex-Conservative chancellor": an office once held
    return at, full, frozenset(descriptors), affiliation
