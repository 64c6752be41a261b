"""Searches for a given word that find it with str.find and match around it with patterns of no particular word
(``named_things``, ``role_mentions``) find what a pattern compiled for the word finds, in the same order."""

import random
import re

from transforms.quotes.named_things import full_names_ending, referred_to_as_person, standalone_count
from transforms.quotes.role_mentions import ROLE_ORGANISATION, role_names

# Pieces that make the patterns' edge cases: spaces of several kinds, name characters that are no word characters,
# capitals that open words and the word itself glued to others.
PIECES = (
    "Keegan", "Keegan", "spokesman", "spokesman", " ", " ", "  ", "\n", ",", "(", ")", "-", "'", "’", "&", ".", "Kevin",
    "A", "Ab’cd", "said", "he", "his", "who", "that", "for", "the", "Home", "Office", "of", "x", "é", "É", "KeeganX",
)
WORDS = ("Keegan", "spokesman", "vice-chief")


def word_pattern_results(text: str, word: str) -> tuple:
    escaped = re.escape(word)
    return (
        [found.group(1) for found in re.finditer(rf"(?:[,()]\s*|\b[a-z][\w\-]*\s+)([A-Z][a-z][\w’'\-]*\s+{escaped})\b", text)],
        re.search(
            rf"\b{escaped}\s+(?!(?:that|over|in|for|to|with|from|of|on|at|and|or|but|by|as|than)\b)(?:[a-z]+\s+){{1,3}}"
            r"(?:he|him|his|himself|she|her|herself)\b",
            text,
        ) is not None,
        len(re.findall(rf"(?<![\w’'\-]){escaped}(?![\w\-])", text)),
        [
            (found.start(), found.group(1), found.group().startswith(word))
            for pattern in (
                rf"\b((?:[A-Z][\w&’'\-]*\s+){{1,4}}){escaped}\b", rf"\b{escaped}\s+(?:for|at|from)\s+(?:the\s+)?({ROLE_ORGANISATION})",
            )
            for found in re.finditer(pattern, text)
        ],
    )


def word_search_results(text: str, word: str) -> tuple:
    return full_names_ending([text], word), referred_to_as_person([text], word), standalone_count(text, word), role_names(text, word)


def test_the_searches_find_what_a_pattern_per_word_finds_in_news_text():
    text = (
        "The manager Kevin Keegan said he was pleased. A spokesman for the Home Office, (Frank Keegan) and Bayern spokesman "
        "Markus Hoerner said Keegan who left. The spokesman at Marks & Spencer said, Keegan-style."
    )
    for word in WORDS:
        assert word_search_results(text, word) == word_pattern_results(text, word)
    assert word_search_results(text, "Keegan")[0] == ["Kevin Keegan", "Frank Keegan"]
    assert [name for _start, name, _first in role_names(text, "spokesman")] == ["A ", "Bayern ", "The ", "Home Office", "Marks & Spencer"]


def test_the_searches_find_what_a_pattern_per_word_finds_in_random_text():
    generator = random.Random(15)
    for _ in range(3_000):
        text = "".join(generator.choice(PIECES) for _ in range(generator.randint(1, 14)))
        for word in WORDS:
            assert word_search_results(text, word) == word_pattern_results(text, word), (text, word)
