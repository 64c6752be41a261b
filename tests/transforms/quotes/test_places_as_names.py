"""A name of several words that is a place's (a US state, a country, a seat of government) is no person's: no "he" or
"she" takes it up, and a party's member from a place is a role ("a South Carolina Democrat")."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_state_named_near_a_pronoun_is_not_whom_it_stands_for():
    _document, quotes = quotes_of(
        "It was the perfect event for Holt - the first-term senator from New Hampshire who is facing a tough race "
        "for reelection. Except the senator was not there. Instead, she was across town visiting a shelter.",
        '"I was at every event," she said.',
    )
    assert quote_starting(quotes, "I was at every")["speaker"] != "New Hampshire"


def test_a_party_member_from_a_state_of_two_words_is_a_role_with_the_whole_state():
    _document, quotes = quotes_of(
        '"The gap is too wide to close," said a South Carolina Democrat. "It is hers to lose," a Nevada Republican added.',
    )
    first, second = quote_starting(quotes, "The gap"), quote_starting(quotes, "It is hers")
    assert (first["speaker"], first["speaker_type"]) == ("South Carolina Democrat", "role")
    assert (second["speaker"], second["speaker_type"]) == ("Nevada Republican", "role")


def test_the_party_member_is_the_person_the_paragraph_before_is_about():
    _document, quotes = quotes_of(
        "Presidential candidate Jo Marten suggests cutting regulations to reduce poverty.",
        '"One of the things would be to get rid of the excessive regulation," the Republican said this week.',
    )
    assert quote_starting(quotes, "One of the things")["speaker"] == "Jo Marten"
