"""A subordinate clause between a quotation and its reporting clause is no part of the speaker, and a cue word
after a determiner ("the reported figure") reports nothing."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_an_inverted_cue_after_a_subordinate_clause_names_the_speaker():
    _, quotes = quotes_of(
        'Ms Rowe urged the council to act. The council "ought to have published the figures" '
        'once it realised the clerk was Welsh, said Ms Rowe. "That is all we ask."'
    )
    assert quote_starting(quotes, "ought")["speaker"] == "Rowe"
    assert quote_starting(quotes, "That is all")["speaker"] == "Rowe"


def test_a_subject_after_a_subordinate_clause_names_the_speaker():
    _, quotes = quotes_of(
        'Since 2001, exports had "doubled in value" once you left out North Sea oil, Mr Patel told the BBC.'
    )
    assert quote_starting(quotes, "doubled")["speaker"] == "Patel"


def test_a_cue_word_after_a_determiner_is_no_cue():
    _, quotes = quotes_of(
        'Last year, the claimed average saving had "fallen by half" once fees were counted, Mr Patel said.'
    )
    assert quote_starting(quotes, "fallen")["speaker"] == "Patel"


def test_a_clause_without_a_subordinator_keeps_its_subject():
    _, quotes = quotes_of('"We are ready," the minister of state, Jon Hale, said.')
    assert quote_starting(quotes, "We are ready")["speaker"] == "Jon Hale"
