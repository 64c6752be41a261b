"""The name scan's pattern: runs of capitalised words, with titles and initials, at word starts."""

import random
import re
from collections.abc import Iterator

import pytest

from tests.transforms.quotes.support import quotes_of
from transforms.quotes.lexicon import HYPHENED_PARTICLES, NAME_PARTICLES
from transforms.quotes.names import NAME, NAMED_MENTION

# What NAMED_MENTION matches, written plainly: a word boundary before a capital (not a hyphen inside a word,
# "anti-Trump"), an optional
# title, initials, a capitalised word, then more capitalised words or initials.
PLAIN_NAMED_MENTION = re.compile(
    r"(?=[A-Z])\b(?<!\w-)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\. )?(?:(?:[A-Z]\.)+ )*[A-Z][\w’'&\-]*(?:(?: &)? (?:(?:[A-Z]\.)+|(?:(?:" + "|".join(NAME_PARTICLES) + r") ){0,2}[A-Z][\w’'&\-]*))*"
)


def spans(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, start)]


@pytest.mark.parametrize("text", [
    "Mr. Zelensky met Mrs. May and Ms. Ardern; Dr. J. K. Rowling and Prof. Rev. Green spoke.",
    "Mr. and Mrs. Smith, Mr. smith, Gen. 5, Sen.Rep. X",
    "J. K. Rowling, J. k. Rowling, A. B. C. D, M&S and Standard & Poor's, O'Neill’s Kilroy-Silk, Bill de Blasio, Edwin van der Sar",
    "Rep. G.K. Butterfield, Former U.S. Attorney, J.K. Rowling, G.K.Butterfield, U.S.A. Today",
    "aMr. Brown, _Dr. Who, 9Gov. Bush, éMs. Lee, Mrs", "MrsMr. Ba & & C", "",
])
def test_named_mentions_are_the_plain_patterns_runs(text):
    assert spans(NAMED_MENTION, text) == spans(PLAIN_NAMED_MENTION, text)


def random_texts(pieces: str | tuple[str, ...], count: int, most: int, seed: int) -> Iterator[tuple[str, int]]:
    """``count`` texts of 1 to ``most`` random pieces, each with a random offset into it."""
    generator = random.Random(seed)
    for _ in range(count):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, most)))
        yield text, generator.randint(0, len(text))


def test_named_mentions_match_the_plain_pattern_on_random_text_from_any_offset():
    for text, start in random_texts("MrsDSenRpGovPfJK. .&-'’abcXYZ\n,1é_", 20000, 24, 20261206):
        assert spans(NAMED_MENTION, text, start) == spans(PLAIN_NAMED_MENTION, text, start), (text, start)


# What NAME matches, written plainly: at a word start (not after a hyphen inside a word) an optional title, initials, a capitalised word, then more words.
PLAIN_NAME = re.compile(
    r"(?:\b(?<!\w-)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev)\.?\s+)?"
    r"\b(?<!\w-)(?:[A-Z]\.(?:\s+|(?=[A-Z]\.)))*[A-Z][\w’'&\-]*(?:(?:\s+&)?\s+(?:(?:[A-Z]\.)+|(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+){0,2}(?:(?:" + "|".join(HYPHENED_PARTICLES) + r")-|(?<=[a-z]\s)[ld]['’])?[A-Z][\w’'&\-]*|"
    r"(?:(?<=Number )|(?<=Radio )|(?<=Channel )|(?<=Formula ))\d+)(?=[\s,.;:!?’'”\")]|$))*"
)
NAME_PIECES = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Gen", "Lt", "Capt", "Cmdr", "Prof", "Rev", "M", "s", ".", " ", "  ", "\n", "J.", "K", "A.B.",
    "Smith", "van", "der", "&", "Number", "Radio", "10", ",", "'s", "’", "-", "said", "é", "É", "_", "The", "(", "\"", "”",
)


@pytest.mark.parametrize("text", [
    "Mr. Zelensky met Mrs May and Ms. Ardern; Dr J. K. Rowling and Capt. Rev. Green spoke.",
    "Mr. and Mrs. Smith, Mr smith, Gen. 5, Sen.Rep. X, Lt.Col. Sgt  Bo, Cmdr\nAdm Maj",
    "J. K. Rowling, J.K.Rowling, A. B. C. D, M&S, Edwin van der Sar, Number 10 and Radio 4's Today, O'Neill’s",
    "aMr. Brown, _Dr Who, 9Gov. Bush, éMs. Lee, Mrs", "MrsMr. Ba & & C", "",
])
def test_names_are_the_plain_patterns_runs(text):
    assert spans(NAME, text) == spans(PLAIN_NAME, text)


def test_names_match_the_plain_pattern_on_random_text_at_any_offset():
    for text, start in random_texts(NAME_PIECES, 5000, 14, 20261207):
        assert spans(NAME, text, start) == spans(PLAIN_NAME, text, start), (text, start)
        found, plain = NAME.match(text, start), PLAIN_NAME.match(text, start)
        assert (found and found.span()) == (plain and plain.span()), (text, start)


def test_initials_without_spaces_and_a_military_rank_stay_in_the_speakers_name():
    _, quotes = quotes_of(
        "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.",
        "“We are at war,” said Pentagon spokesman Navy Capt. Jeff Davis, who was asked about it.",
        "“They don’t understand,” said Army Capt. Christian Pardo.",
    )
    assert [quote["speaker"] for quote in quotes] == ["G.K. Butterfield", "Jeff Davis", "Christian Pardo"]
