"""A name and a verb before a quotation ("Clinton supports “…”") are its sentence's subject and verb, not an opener
like "Instead," that leaves the quotation to the speaker before."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_and_its_verb_before_the_quotation_speak_it():
    _document, quotes = quotes_of(
        "Jo Marten and Tom Dane answered the union's questionnaire.",
        'Dane said yes and took the opportunity to stand up for the workforce: "For far too long, the workforce has '
        'been demonised."',
        'Marten supports "appropriate pay raises," and opposes "arbitrary pay freezes".',
    )
    assert quote_starting(quotes, "appropriate pay")["speaker"] == "Jo Marten"
    assert quote_starting(quotes, "arbitrary pay")["speaker"] == "Jo Marten"


def test_an_opening_adverb_still_leaves_the_quotation_to_the_speaker_before():
    _document, quotes = quotes_of(
        '"We have no plans to change," said Jo Marten. Instead, "we will keep going," she said. Then, "no more."',
    )
    assert quote_starting(quotes, "no more")["speaker"] == "Jo Marten"
