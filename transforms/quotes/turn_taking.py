"""A paragraph-opening quotation after one paragraph of narration goes on with the speaker quoted before it.

"“… enough,” said Jo Hart, advocacy director of the Acme Consortium." then "Often, families did not understand
the implications." then "“There wasn't a lot of education …”": news prose lets a speaker's turn run on past a
paragraph that explains what they said, and the quotation after it, with no cue of its own, is theirs.
``extract`` asks ``turn_after_narration`` last for a paragraph's first piece that opens its paragraph, when nothing
else named a speaker (or only a mention that resolves to no one, "The legislation also mandates …"). Only when
exactly one paragraph without quotation marks stands between, does not introduce the quotation with a colon, reports
nobody's words by a cue of speech in its last sentences, and names no person other than the speaker; only for a
person's quotation that has a speaker.
"""

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.cues import SPEECH_CUES
from transforms.quotes.name_runs import strip_titles
from transforms.quotes.names import NAME
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.reported_clauses import sentences_back
from transforms.quotes.resolution import Attribution, quote_attribution


def turn_after_narration(finder: AttributionFinder, narration: Paragraph, last: dict | None) -> Attribution | None:
    """The attribution of ``last``, the quotation before the paragraph ``narration``, when its speaker's turn runs on."""
    if last is None or last["kind"] != "direct" or last["speaker"] is None or last["speaker_type"] != "person":
        return None
    text = narration.text.rstrip()
    if not text or narration.pieces or narration.is_headline or text.endswith(":"):
        return None
    for start in sentences_back(narration, len(text), 0):
        found = finder.before(narration, start)
        if found is not None and found.cue in SPEECH_CUES:
            return None  # "A spokesman said the club would appeal.": that one's words follow, if anyone's
    speaker_words = set(last["speaker"].split())
    for match in NAME.finditer(text):
        name = strip_titles(match.group().split())
        if not name or set(name.split()) <= speaker_words:
            continue
        full = finder.names.fullest(name, narration.base + match.start())
        if finder.names.is_person(full) and not set(full.split()) <= speaker_words:
            return None  # another person in between: whose turn it is, is no longer clear
    return quote_attribution(last)
