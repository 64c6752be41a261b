"""A paragraph that opens with a quotation after a paragraph that reports its speaker without quoting them.

"We are in a different phase now …, argues Mr Donofrio, Industry Week's 2003 Technology Leader of the Year. The
hype and over-promise is over …" then "“In the dotcom era, …”": the paragraph before quotes no one, and the
nearest of its last few sentences whose speech cue names a person (not "who they say they are") names the one who
goes on in the quotation.
``extract`` asks ``reported_in_paragraph`` last, for a paragraph's first quotation that nothing else gives a
speaker: no cue of its own sentence, no introduction ("He said:") and no speaker in the paragraph before.
Only a person counts: an organisation's report ("…, the survey found") is seldom quoted on so.

``reported_after_quotes`` is the same look-back in a paragraph that quotes someone but then reports another
person's words in its last sentences ("She said: “…” Co-star Jo Hart attended …. The director Ben Lee said he was
disappointed she did not come." then "“It's a shame …”"): the quotation that opens the next paragraph goes on with
the person reported last, not with the paragraph's quoted speaker.
"""

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.reported_clauses import sentences_back
from transforms.quotes.cues import SPEECH_CUES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution


def reported_in_paragraph(finder: AttributionFinder, paragraph: Paragraph) -> Attribution | None:
    """The person a speech cue names in the last few sentences of ``paragraph``, which quotes no one."""
    if paragraph.pieces or paragraph.is_headline:
        return None
    for start in sentences_back(paragraph, len(paragraph.text.rstrip()), 0):
        found = finder.before(paragraph, start)
        if found is not None and found.cue in SPEECH_CUES and found.speaker_type == "person":
            return found
    return None


def reported_after_quotes(finder: AttributionFinder, paragraph: Paragraph) -> Attribution | None:
    """The person a speech cue names in the last few sentences of ``paragraph`` after its last quotation."""
    if not paragraph.pieces or paragraph.is_headline:
        return None
    for start in sentences_back(paragraph, len(paragraph.text.rstrip()), paragraph.pieces[-1][1]):
        found = finder.before(paragraph, start)
        if found is not None and found.cue in SPEECH_CUES and found.speaker_type == "person":
            return found
    return None
