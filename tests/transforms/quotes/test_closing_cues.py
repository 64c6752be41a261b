"""A cue closing the sentence it reports, its subject after it ("…, says Mr Pearson."), names the speaker of a
quotation that opens the next sentence; a participle or an "-ly" noun before a role is part of the speaker phrase."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_closing_inverted_cue_names_the_next_quotations_speaker():
    _, quotes = quotes_of(
        "Robots will soon clean every office in the city, says Dr Okafor. “The machines we build now will be cheap enough "
        "for anyone to buy.”",
    )
    assert quote_starting(quotes, "The machines we build")["speaker"] == "Okafor"


def test_a_closing_cue_after_an_apposition_still_names_the_subject_before():
    _, quotes = quotes_of(
        "Tomas Rydell, chief of the port authority, says the dock was “never safe” for larger ships.",
    )
    assert quote_starting(quotes, "never safe")["speaker"] == "Tomas Rydell"


def test_a_participle_or_ly_noun_before_a_role_belongs_to_the_speaker():
    _, quotes = quotes_of("Another car was on show.\n\n“We build them by hand,” said racing driver Pia Lund.")
    assert quote_starting(quotes, "We build them")["speaker"] == "Pia Lund"
    _, quotes = quotes_of("The fund promised help.\n\n“We stand ready to act,” said managing director Omar Haddad.")
    assert quote_starting(quotes, "We stand ready")["speaker"] == "Omar Haddad"
    _, quotes = quotes_of("A new car was shown.\n\n“It is the fastest yet,” said rally driver Ines Moreau.")
    assert quote_starting(quotes, "It is the fastest")["speaker"] == "Ines Moreau"


def test_a_participle_clause_after_a_cue_is_no_speaker():
    _, quotes = quotes_of("The plan was new.\n\n“It will work,” said Karl Brandt, adding that Lisbon agreed.")
    assert quote_starting(quotes, "It will work")["speaker"] == "Karl Brandt"
