"""The cheap last-word test before patterns anchored at the end of the words before a quotation (``marks.may_end_with``)."""

import re

from transforms.quotes.classify import is_term
from transforms.quotes.inscriptions import is_inscription
from transforms.quotes.labelled_terms import may_be_labelled
from transforms.quotes.marks import may_end_with, words_before_mark
from transforms.quotes.refused_words import is_refused_word


def start_of(text: str) -> int:
    """Where the words of the (first) quotation start, inside its marks."""
    return text.index("“") + 1


def test_gate_passes_last_word_before_spaces_and_comma() -> None:
    text = "She never used the word ,  “fudge” again."
    assert may_end_with(text, start_of(text), 40, ("word",))


def test_gate_ignores_letter_case_in_ascii() -> None:
    text = "A placard Reading “No more”"
    assert may_end_with(text, start_of(text), 40, ("reading",))


def test_gate_rejects_other_last_word() -> None:
    text = "The minister told reporters “we will win”"
    assert not may_end_with(text, start_of(text), 40, ("word", "words", "reading"))


def test_gate_passes_non_ascii_tail() -> None:
    text = "a banner in the café “Bienvenue”"
    assert may_end_with(text, start_of(text), 40, ("reading",))


def test_gate_reads_only_within_reach() -> None:
    text = "reading" + " " * 60 + "“x”"
    assert not may_end_with(text, start_of(text), 20, ("reading",))


def test_words_before_mark_with_gate_finds_the_pattern_match() -> None:
    pattern = re.compile(r"\bsign\s+reading\s*,?\s*$", re.IGNORECASE)
    text = "He held a sign reading, “Not in my name”"
    assert words_before_mark(pattern, text, start_of(text), 40, ("reading",)) is not None
    other = "He held a sign and said “Not in my name”"
    assert words_before_mark(pattern, other, start_of(other), 40, ("reading",)) is None


def test_rules_behind_the_gate_still_match() -> None:
    refused = "criticised for refusing to use the term “class war” in the debate"
    assert is_refused_word(refused, start_of(refused))
    inscribed = "wearing a cap that says, “Keep going”"
    assert is_inscription(inscribed, start_of(inscribed))
    labelled = "crates labelled “fragile goods”"
    assert may_be_labelled(labelled, start_of(labelled))
    said = "the mayor said “we are ready”"
    assert not is_refused_word(said, start_of(said)) and not is_inscription(said, start_of(said)) and not may_be_labelled(said, start_of(said))


def test_is_term_stops_counting_long_quotations() -> None:
    assert is_term("the open road")
    assert is_term("a quiet little harbour")
    assert not is_term("a quiet little harbour town")
    assert not is_term("we will keep going until the very end of the season and beyond")
    assert not is_term("he went")
