"""A pronoun that took up a role speaker takes up what that role was found to be: "“…,” the charity's director
added. … “…,” she said" is the person the role was resolved to, and "A spokesman said …. “…,” he added" the body's
spokesman.

The rules that resolve a role after the article's speakers are found (``named_after``, ``named_next``,
``role_holders``, ``offices_named_later``, ``spokesperson_bodies``) read the role's own mention; a pronoun whose
antecedent was that mention kept the role's words. ``carry_to_pronouns`` gives such a quotation the speaker of the
quotation whose mention the pronoun took up: the nearest quotation before it (in the article's order) with a mention
that is no pronoun, when the role that quotation had before those rules is the pronoun quotation's speaker and the
rules changed it.
"""

from transforms.quotes.names import PRONOUN
from transforms.quotes.paragraph import Paragraph, text_at


def role_speakers(quotes: list[dict]) -> list[tuple[str | None, str | None]]:
    """The speaker and its type of each of ``quotes``, to compare after the role rules ran."""
    return [(quote["speaker"], quote["speaker_type"]) for quote in quotes]


def carry_to_pronouns(paragraphs: list[Paragraph], quotes: list[dict], before: list[tuple[str | None, str | None]]) -> None:
    """Give each role quotation a pronoun names the speaker its antecedent's role was resolved to (see the module docstring)."""
    last: int | None = None  # the latest quotation with a mention that is no pronoun
    for index, quote in enumerate(quotes):
        start, end = quote["speaker_mention_start"], quote["speaker_mention_end"]
        mention = text_at(paragraphs, start, end) if start is not None and end is not None else None
        if mention is None:
            continue
        if PRONOUN.fullmatch(mention.strip()) is None:
            last = index
            continue
        if last is None or quote["kind"] != "direct" or quote["speaker_type"] != "role" or before[index] != (quote["speaker"], "role"):
            continue
        antecedent = quotes[last]
        if before[last] != before[index] or (antecedent["speaker"], antecedent["speaker_type"]) == before[last]:
            continue
        quote.update(speaker=antecedent["speaker"], speaker_type=antecedent["speaker_type"], speaker_affiliation=antecedent["speaker_affiliation"])
