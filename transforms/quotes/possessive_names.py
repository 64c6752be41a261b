"""A one-word affiliation or organisation speaker whose name ends in a possessive the owner reading cut off ("Lloyd" for Lloyd's).

``possessive_affiliations`` runs after ``checked_affiliations``, on one-word affiliations and organisation speakers. "Lloyd's chief executive Jo Hart" gives the owner
"Lloyd", but some firms' names end in "'s" (Lloyd's, McDonald's, Foster's). The article shows it when

1. it never writes the word without the ending (a person or a firm owning something is also written bare:
   "Amazon said", "Mr Blair"), at least twice; and
2. at least once the ending stands where no owner's possessive can: before a reporting or other finite verb
   ("McDonald's said", "Foster's bought"), before "of" or a conjunction ("Lloyd's of London", "Foster's and
   Southcorp"), or before punctuation ("at Lloyd's, the market").

"Amazon's book chart" and "Amazon's Robin Terrell" give neither, so "Amazon" stays. Matched with str.find, no
pattern compiled per word.
"""

import re

from transforms.quotes.named_things import NAME_CHARACTER

ENDING = re.compile(r"['’]s(?![\w’'\-])")
# What may follow an ending that belongs to the name and not to an owner.
NAME_ENDING_EVIDENCE = re.compile(
    r"['’]s(?:\s+(?:said|says|told|announced|confirmed|added|declined|reported|bought|spent|sold|made|has|have|had|"
    r"is|was|will|would|could|may|might|of|and|or|that|which|in|on|at|to|for|with|from)\b|\s*[,.;:)!?]|\s*$)"
)


def possessive_affiliations(quotes: list[dict], texts: list[str]) -> None:
    """Give each one-word affiliation, and each one-word organisation speaker, the possessive ending the article
    writes as part of its name (in place)."""
    decided: dict[str, str] = {}

    def with_ending(name: str) -> str:
        if name not in decided:
            decided[name] = name + "'s" if ends_in_possessive(texts, name) else name
        return decided[name]

    for quote in quotes:
        affiliation = quote.get("speaker_affiliation")
        if affiliation and " " not in affiliation and affiliation[:1].isupper():
            quote["speaker_affiliation"] = with_ending(affiliation)
        speaker = quote.get("speaker")
        if quote.get("speaker_type") == "organisation" and speaker and " " not in speaker and speaker[:1].isupper():
            quote["speaker"] = with_ending(speaker)


def ends_in_possessive(texts: list[str], word: str) -> bool:
    """The article writes ``word`` only with a possessive ending, at least twice, and once where the ending must be
    part of the name (see the module docstring)."""
    seen = 0
    evidence = False
    for text in texts:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if at == 0 or not NAME_CHARACTER.match(text, at - 1):
                if ENDING.match(text, end):
                    seen += 1
                    evidence = evidence or NAME_ENDING_EVIDENCE.match(text, end) is not None
                elif not NAME_CHARACTER.match(text, end):
                    return False  # written bare: an owner's possessive
            at = text.find(word, end)
    return seen >= 2 and evidence
