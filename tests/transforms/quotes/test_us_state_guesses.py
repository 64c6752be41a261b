"""A US state's name is a place: no guess makes it the speaker of a quotation, as no guess makes a country one."""

from tests.transforms.quotes.support import quotes_of


def test_a_state_guessed_as_the_subject_speaks_no_quotation():
    _document, quotes = quotes_of(
        "Turnout will decide the race, the paper argued on Sunday.",
        "If you prefer to vote as I did, and you live in Nebraska or Oregon, feel free to “stay home” or whatever you call it.",
    )
    (quote,) = quotes
    assert quote["speaker"] is None
