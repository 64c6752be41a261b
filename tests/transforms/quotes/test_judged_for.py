"""A subject praised or blamed for something ("has been criticised for “…”") does not say the quoted words."""

from tests.transforms.quotes.support import quotes_of


def test_the_subject_criticised_or_hailed_for_a_quotation_is_no_speaker():
    _, quotes = quotes_of(
        "Acme Foods has been criticised for its “shameless greed” over the price rise.",
        "Jo Hart, who has run the choir for twenty years, was hailed for her “tireless devotion to music”.",
        "The minister has been accused of using “smoke and mirrors” to hide the cuts.",
    )
    assert [quote["speaker"] for quote in quotes] == [None, None, None]


def test_a_later_clause_after_a_comma_keeps_its_own_speaker():
    _, quotes = quotes_of(
        "Jo Hart has been criticised for dropping the plan, though last week she changed course, saying the scheme “must be saved”.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Jo Hart"]
