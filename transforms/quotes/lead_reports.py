"""A headline quotation its lead reports by a verb of stance, or whose speaker the lead names only in its next sentence.

Asked at the article's end for a headline quotation to which ``headlines.opening_report`` gives no speaker (it
takes a reporting clause with a speech cue only), over the lead sentence ``headlines.lead_sentence`` picks, in
this order:

1. the reporting clause of that sentence, by a speech cue or a verb of stance (``lexicon.LEAD_STANCE_VERBS``),
   or, when it has none, the person the sentence opens with as its subject right before a reporting word ("Pop
   star Britney Spears has attacked …"; a later cue is then in a clause of its own), when it names a person or an organisation (no country, no pronoun, no "the woman"), its verb raises no
   infinitive ("widely reported to have resigned") and no reporting cue follows it in the sentence: "…, Prime
   Minister Tony Blair has promised", "…, the Law Lords have ruled", "…, Downing Street has indicated"; not "Tony Blair promised Gordon Brown he
   would stand down …, a new book … claims";
2. a one person's office, by a definite mention, whose reporting clause closes the sentence ("…, the trade and
   industry secretary has said"): the role, which ``named_next`` gives the person the next sentence names;
3. when that sentence reports words by a cue but names no one so ("…, reports claim", "…, it has been claimed",
   "A former Home Office minister has called for …"; not a passive with its agent: "has been accused … by a
   media watchdog"): the person or organisation a reporting clause names by a
   speech cue or "reported" in the sentence after it (in its paragraph, else the first of the next opening paragraph) unless that sentence
   opens with a contrast ("But the chairman … warned"): "…, reports claim. Rank … will expose the shake-up …, the
   Sunday Telegraph reported".
"""

import re
from typing import Final

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.cues import CUE, SPEECH_CUES
from transforms.quotes.headlines import lead_sentence, sentence_report
from transforms.quotes.lexicon import LEAD_STANCE_VERBS
from transforms.quotes.named_next import is_one_persons_role
from transforms.quotes.names import PRONOUN
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.places import is_country_name
from transforms.quotes.resolution import Attribution
from transforms.quotes.role_holders import opening_subject

# A sentence that opens by setting itself against the one before: its source is another's.
CONTRAST_OPENING: Final[re.Pattern[str]] = re.compile(r"\s*(?:But|However|Yet|Meanwhile)\b")
# A reporting word: a cue ("claims", "reported", "revealed") or a verb of stance.
REPORTING_WORD: Final[re.Pattern[str]] = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_CUES | LEAD_STANCE_VERBS, key=len, reverse=True)) + r")\b|" + CUE.pattern
)
# The verb by which a newspaper is a story's source: "…, the Sunday Telegraph reported".
REPORTED: Final[frozenset[str]] = frozenset(("report", "reports", "reported"))
# A reporting word right after a subject's name: "has attacked", "claims".
SUBJECT_VERB: Final[re.Pattern[str]] = re.compile(r"\s+(?:has\s+|have\s+)?(?:also\s+)?(?P<cue>" + "|".join(sorted(SPEECH_CUES | LEAD_STANCE_VERBS, key=len, reverse=True)) + r")\b")
# "…, the trade and industry secretary has said.": a definite role closing the lead by a speech cue.
CLOSING_DEFINITE_ROLE: Final[re.Pattern[str]] = re.compile(
    r",\s+(?P<np>the\s+[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,5})\s+(?:has|have)\s+(?P<cue>said|told|warned|insisted|argued)\b[^,;“”\"]{0,40}\.?\s*$"
)
# A determiner opening a mention: "The woman", "a make-up artist" describe a person, and name none.
DETERMINER: Final[re.Pattern[str]] = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)


def lead_report(finder: AttributionFinder, opening: list[Paragraph], headline_quote: dict) -> Attribution | None:
    """The person or organisation the lead sentence, else the sentence after it, reports (see the module docstring)."""
    lead = lead_sentence(opening, headline_quote)
    if lead is None:
        return None
    paragraph, start, end = lead
    found = sentence_report(finder, paragraph, start, end, is_report)
    if found is not None and names_source(paragraph, found) and not reports_after(paragraph, found, end):
        return found
    office = found if found is not None else closing_office(finder, paragraph, start, end)
    if office is not None and is_one_persons_office(office) and not reports_after(paragraph, office, end):
        return office  # "…, the trade and industry secretary has said": ``named_next`` may name them after
    subject = subject_report(finder, paragraph, start, end) if found is None else None
    if subject is not None and names_source(paragraph, subject):
        return subject
    if not reports_unnamed(paragraph, start, end):
        return None
    following = sentence_after(opening, paragraph, end)
    if following is None or CONTRAST_OPENING.match(following[0].text, following[1]):
        return None
    found = sentence_report(finder, *following, is_source_report)
    return found if found is not None and names_source(following[0], found) else None


def closing_office(finder: AttributionFinder, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
    """The definite role whose reporting clause closes the sentence from ``start`` to ``end`` after a comma:
    "…, the trade and industry secretary has said."."""
    found = CLOSING_DEFINITE_ROLE.search(paragraph.text, start, end)
    if found is None or paragraph.inside_quote(found.start()):
        return None
    return finder.attribution(paragraph, found.start("np"), found.end("np"), found.group("cue"))


def is_one_persons_office(found: Attribution) -> bool:
    """A role speaker that is one person's, by a definite mention: "the home secretary", not "a spokesman"."""
    return found.speaker_type == "role" and found.speaker is not None and is_one_persons_role(found.speaker)


def reports_unnamed(paragraph: Paragraph, start: int, end: int) -> bool:
    """The sentence from ``start`` to ``end`` holds a reporting word outside quotations, with no passive's agent after it
    ("has been accused of blocking … by a media watchdog" names its source)."""
    text = paragraph.text
    return any(
        not paragraph.inside_quote(word.start()) and text.find(" by ", word.end(), end) < 0 for word in REPORTING_WORD.finditer(text, start, end)
    )


def subject_report(finder: AttributionFinder, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
    """The person the sentence opens with as its subject when a reporting word follows the name: "Pop star Britney
    Spears has attacked …", "Scottish Conservative Party leader David McLetchie claims he has been cleared"."""
    found = opening_subject(finder, paragraph, start, end)
    if found is None:
        return None
    mention = found[1]
    verb = SUBJECT_VERB.match(paragraph.text, mention.end(), end)
    if verb is None:
        return None
    return finder.attribution(paragraph, mention.start(), mention.end(), verb.group("cue"))


def is_report(found: Attribution | None) -> bool:
    """A reporting clause, by a speech cue or a verb of stance, that names someone."""
    return found is not None and (found.cue in SPEECH_CUES or found.cue in LEAD_STANCE_VERBS) and found.speaker is not None


def is_source_report(found: Attribution | None) -> bool:
    """A reporting clause, by a speech cue or "reported", that names someone: a source, not a new event ("Last week,
    the LSE rejected a takeover proposal")."""
    return found is not None and (found.cue in SPEECH_CUES or found.cue in REPORTED) and found.speaker is not None


def names_source(paragraph: Paragraph, found: Attribution) -> bool:
    """The reporting clause names a person or an organisation that is no country, by no pronoun and, for a person,
    by no description ("The woman said")."""
    mention = mention_text(paragraph, found)
    return (
        found.speaker_type in ("person", "organisation") and not is_country_name(found.speaker or "") and not PRONOUN.fullmatch(mention)
        and not (found.speaker_type == "person" and DETERMINER.match(mention))
    )


def reports_after(paragraph: Paragraph, found: Attribution, end: int) -> bool:
    """The clause's verb raises an infinitive ("reported to have"), or a reporting word follows its mention and cue in
    its sentence: the sentence's own source comes later."""
    text = paragraph.text
    cue_end = text.find(found.cue or "", (found.mention_start or paragraph.base) - paragraph.base) + len(found.cue or "")
    if text.startswith(" to ", cue_end):
        return True
    after = max((found.mention_end or 0) - paragraph.base, cue_end)
    return any(not paragraph.inside_quote(word.start()) for word in REPORTING_WORD.finditer(text, after, end))


def mention_text(paragraph: Paragraph, found: Attribution) -> str:
    """The words of the clause's speaker mention."""
    start, end = found.mention_start, found.mention_end
    return paragraph.text[start - paragraph.base:end - paragraph.base] if start is not None and end is not None else ""


def sentence_after(opening: list[Paragraph], paragraph: Paragraph, end: int) -> tuple[Paragraph, int, int] | None:
    """The sentence after the one ending at ``end`` in ``paragraph``: in it, else the first of the next opening paragraph."""
    if paragraph.text[end:].strip():
        return paragraph, end, paragraph.sentence_of(end)[1]
    index = next(index for index, candidate in enumerate(opening) if candidate is paragraph)
    following = next((later for later in opening[index + 1:] if later.text.strip()), None)
    return (following, 0, following.sentence_of(0)[1]) if following is not None else None
