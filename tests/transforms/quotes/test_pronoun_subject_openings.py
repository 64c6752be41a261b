"""Who "he" or "she" is when the subject of the sentence before opens behind words that are no subject: an office
after "The", a time or place phrase, an aside with commas of its own; and a chain of the same pronoun that opens
its paragraph and so goes on into the paragraph before."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_after_the_and_an_office_is_the_subject():
    _, quotes = quotes_of(
        "Colin Marsh said the rule was unfair. The Health Secretary Tom Penrose has so far not answered the letter. "
        "He said he would reply “within a fortnight” to the board."
    )
    assert quote_starting(quotes, "within a fortnight")["speaker"] == "Tom Penrose"


def test_a_time_phrase_with_capitals_before_the_subject_is_no_subject():
    _, quotes = quotes_of(
        "In Tuesday's Budget, Mr Orton raised fuel duty, lowered income tax and froze rents, which Neil Quist welcomed. "
        "Defending the plans, he told reporters: “Nothing here is a gamble.”"
    )
    assert quote_starting(quotes, "Nothing here")["speaker"] == "Orton"


def test_a_pronoun_after_a_short_phrase_opening_its_paragraph_looks_into_the_paragraph_before():
    _, quotes = quotes_of(
        "Frank Delaney won the vote in Ohio. Delaney said he was pleased.",
        "On Monday, campaign chief Tobin Vance sent a letter to the party.",
        "In it, he says the race is “all but over” for now.",
    )
    assert quote_starting(quotes, "all but over")["speaker"] == "Tobin Vance"


def test_a_name_before_an_aside_with_commas_of_its_own_is_the_subject():
    _, quotes = quotes_of(
        "Marcus Hale, who worked in Oslo, Lima and Cairo, praised Dean Foster’s record in an interview. He now "
        "lives in Leeds.",
        "“The record speaks for itself,” he told the paper.",
    )
    assert quote_starting(quotes, "The record")["speaker"] == "Marcus Hale"


def test_a_same_pronoun_chain_opening_its_paragraph_goes_on_into_the_paragraph_before():
    _, quotes = quotes_of(
        "Rovers boss Gavin Tully is planning a move for striker Owen Pratt.",
        "He sees Pratt as the man to replace Lee Dorsey, although he hopes Dorsey will stay. “Owen would excite "
        "the fans,” he told the station.",
    )
    assert quote_starting(quotes, "Owen would")["speaker"] == "Gavin Tully"
