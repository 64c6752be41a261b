"""A short quotation that no reporting clause attributes, whose words a named person says in full later.

News leads often quote a few words of what the body then quotes whole: "Ken Livingstone should
"stick to his guns"" before "“… I think that he should stick to his guns,” he said"; "Rock star Ozzy
Osbourne has been praised by police for "very courageously" tackling a burglar" before the detective's
"… Ozzy who very courageously tackled this burglar …". The guess the sentence gave (its subject, an
owner, nobody) is weaker than the person the article shows saying the words.

A body quotation without a cue of its own takes the speaker of the first later quotation that has a cue,
a person as its speaker and holds all its words, in order, among more words. Not for a quotation of
one word (a hyphenated one too: "single-payer"), nor one that names a thing: a determiner right before its opening mark ("the "local loop"",
an "injury audit"), or title case ("Free Mojtaba and Arash Day"). Runs after the role rules at the
article's end, before the fullest forms.
"""

import re
from collections.abc import Callable
from typing import Final

from transforms.quotes.classify import is_title_cased
from transforms.quotes.headlines import words_of
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution, quote_attribution

# A determiner right before the opening mark: the quotation names a thing ("the “local loop”").
DETERMINER_BEFORE: Final[re.Pattern[str]] = re.compile(r"\b(?:the|a|an|The|A|An)\s+[“\"'‘]?$")


def follows_determiner(paragraphs: list[Paragraph], start: int) -> bool:
    """The quotation opening at document offset ``start`` follows a determiner."""
    for paragraph in paragraphs:
        if paragraph.base <= start <= paragraph.base + len(paragraph.text):
            offset = start - paragraph.base
            return DETERMINER_BEFORE.search(paragraph.text, max(0, offset - 6), offset) is not None
    return False


def take_echoed_speakers(body_quotes: list[dict], paragraphs: list[Paragraph], attribute: Callable[[dict, Attribution], None]) -> None:
    """Give each uncued short body quotation the speaker of a later cued quotation by a person that holds its words."""
    said_words: dict[int, str] = {}  # index -> words_of a cued person's quotation, read once however many ask
    for index, quote in enumerate(body_quotes):
        if quote["kind"] != "direct" or quote["cue"] is not None:
            continue
        if len(quote["text"].split()) < 2 or is_title_cased(quote["text"].strip()) or follows_determiner(paragraphs, quote["start_char"]):
            continue
        wanted = words_of(quote["text"])
        for later_index in range(index + 1, len(body_quotes)):
            later = body_quotes[later_index]
            if later["cue"] is None or later["speaker_type"] != "person" or not later["speaker"]:
                continue  # only a cued person's quotation gives its speaker: its words are read only then
            said = said_words.get(later_index)
            if said is None:
                said = said_words[later_index] = words_of(later["text"])
            if wanted in said and len(said) > len(wanted):
                if later["speaker"] != quote["speaker"]:
                    attribute(quote, quote_attribution(later))
                break
