"""A given name and a word that otherwise ends a body's or a place's name, read as a person's name in a speaker
phrase.

"said Cobain biographer Charles Cross", "Telecoms ombudsman Elizabeth France said": in the words of a speaker
phrase (``phrases.speaker_span``), where a person or a body is expected and no street or park, a run of two
capitalised words, the first a given name (``given_names.GIVEN_NAMES``) and the last a word that is a surname too
though it mostly ends a body's or a place's name (``lexicon.COMMON_WORD_SURNAMES``: "Cross", "Law", "Day",
"Church", "France"), is a person's name, as "Charles Price" would be. A body's name opens with no given name ("the
Red Cross", "the Royal Bank"), and a word that names a residence or an institution far more often than anyone
("House": "Clarence House said") is not listed. Elsewhere (a sentence's names, recency) the word keeps ending a body
or a place: "in Victoria Street", "the George Cross".
"""

from transforms.quotes.given_names import GIVEN_NAMES
from transforms.quotes.lexicon import COMMON_WORD_SURNAMES


def is_given_name_and_surname(tokens: list[str]) -> bool:
    """``tokens`` are a given name and a surname that is a body's or a place's word too: "Charles Cross",
    "Jude Law", "Elizabeth France" (a hyphenated one too: "Daniel Day-Lewis")."""
    return len(tokens) == 2 and tokens[0] in GIVEN_NAMES and tokens[1].split("-", 1)[0] in COMMON_WORD_SURNAMES
