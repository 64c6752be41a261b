"""A capitalised word right after a hyphen ("anti-Trump", "pro-Sanders") is part of a word of its own, no mention of
the person: an anti-Marten advert or protest does not quote Marten; and a name where a march passed through
("through Center City") is no speaker."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_an_anti_name_advert_is_no_quotation_of_that_person():
    _document, quotes = quotes_of(
        'Jo Marten spoke on Monday. The anti-Marten spot, "Martencare," links his support for universal coverage with '
        "the governor.",
    )
    assert (quotes[0]["kind"], quotes[0]["speaker"]) == ("scare", None)


def test_a_chant_under_anti_name_signs_is_not_that_persons():
    _document, quotes = quotes_of(
        'Jo Marten spoke on Monday. Outside the arena, protesters held anti-Marten signs and chanted "Dump Marten."',
    )
    assert quotes[0]["speaker"] != "Jo Marten"


def test_a_place_a_march_passed_through_is_not_the_chants_speaker():
    _document, quotes = quotes_of(
        "Hundreds of pro-Marten demonstrators marched through Center City on Monday, chanting "
        '"We want Marten, not the machine," raising fresh questions for the party.',
    )
    assert quote_starting(quotes, "We want Marten")["speaker"] != "Center City"
