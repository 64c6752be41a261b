"""A participle cue after a comma whose clause subject is no one ("The row began …", "The film showed …") is
the person named last before it, as the subject of a verb or an aside; not a name that qualifies a noun, an
object of a preposition, or an organisation."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_thing_as_subject_leaves_the_participle_to_the_person_named_before_it():
    _, quotes = quotes_of(
        'The row started at the school gates, with Janet Lowe walking up to him, saying "That is a lie" as she left.'
    )
    assert quote_starting(quotes, "That is a lie")["speaker"] == "Janet Lowe"


def test_a_person_in_an_aside_before_the_participle_speaks_past_an_object_of_a_preposition():
    _, quotes = quotes_of(
        'Councillor Dev Rana spoke at a meeting in May. '
        'The recording showed Mr Rana, apparently talking about the NHS, telling the audience: "The money is gone."'
    )
    assert quote_starting(quotes, "The money")["speaker"] == "Dev Rana"


def test_a_name_that_qualifies_a_noun_is_no_speaker():
    _, quotes = quotes_of(
        'The first clash came during a rally in Leeds, when Corbyn supporters interrupted the speech, shouting "Out, out!"'
    )
    assert quote_starting(quotes, "Out, out")["speaker"] != "Corbyn"
