"""A speaker phrase that takes part of a group ("one of two witnesses", "75 percent of Democrats") names the group's
noun, one member's made singular; one that stops at an owner ("one of the congressman's") names no one."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.group_members import group_words, singular


def test_one_member_of_a_group_is_the_groups_noun_made_singular():
    _document, quotes = quotes_of(
        'Holt argued that the group should not endorse her. "It was unseemly," said one of two witnesses to the meeting.',
    )
    assert quote_starting(quotes, "It was unseemly")["speaker"] == "witness"


def test_a_member_of_an_owners_group_stopping_at_the_owner_names_no_one():
    assert group_words("of the congressman’s", True) == []


def test_a_polls_share_is_the_group_and_other_phrases_are_no_group():
    assert group_words("75 percent of registered voters", False) == ["registered", "voters"]
    assert group_words("senior aides", False) is None


def test_singular_nouns():
    assert [singular(word) for word in ("witnesses", "aides", "deputies", "boss", "officers")] == ["witness", "aide", "deputy", "boss", "officer"]
