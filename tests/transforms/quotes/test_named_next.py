"""A role speaker whom the next sentence names for the first time, as its subject, is that person."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_role_named_in_the_next_sentence_is_that_person():
    _document, quotes = quotes_of(
        "Meanwhile, the country's finance minister has said the world faced \"economic catastrophe\" without action. "
        "Henri Gaubert said he would seek action at the next meeting. He was speaking in Paris.",
    )
    assert (quote_starting(quotes, "economic")["speaker"], quote_starting(quotes, "economic")["speaker_type"]) == ("Henri Gaubert", "person")


def test_the_next_paragraph_may_name_the_role_after_a_participle_clause_and_a_description():
    _document, quotes = quotes_of(
        "\"He was aware of everything,\" a former director has told a court.",
        "Giving evidence on Tuesday, ex-finance chief Simon Sallow said he had warned the board. He is now assisting prosecutors.",
    )
    assert quote_starting(quotes, "He was aware")["speaker"] == "Simon Sallow"


def test_a_spokesman_a_person_named_before_or_another_office_holder_is_not_the_role():
    _document, quotes = quotes_of(
        "\"We will appeal,\" a spokesman said. Mark Dunmore, the firm's chairman, said he was disappointed.",
        "Tom Walker has won his case. \"This is a great day,\" a lawyer said. Tom Walker said he was relieved.",
        "\"It could be millions,\" his lawyer said. US District Court Judge Robert Swain ruled he should be paid.",
    )
    assert quote_starting(quotes, "We will")["speaker"] == "spokesman"
    assert quote_starting(quotes, "This is")["speaker"] == "lawyer"
    assert quote_starting(quotes, "It could")["speaker_type"] == "role"


def test_a_co_holder_of_an_office_is_one_persons_role():
    _, quotes = quotes_of(
        "The Green Party would treat rebels \u201cfairly\u201d, its co-chairman has said.",
        "Dr Henry Castleford told a radio phone-in there was no room for grudges. He said the party had moved on.",
    )
    assert quote_starting(quotes, "fairly")["speaker"] == "Henry Castleford"


def test_the_next_sentence_may_name_the_role_after_an_adverb_phrase():
    _, quotes = quotes_of(
        "The budget will be \u201ca careful one\u201d, according to the premier's former adviser.",
        "Formerly one of the premier's closest aides, Henry Castleford hinted at tax cuts in spring. He said he hoped for more.",
    )
    assert quote_starting(quotes, "a careful one")["speaker"] == "Henry Castleford"
