"""A company the article takes up as "they": "Red Kestrel have denied …" then "“…,” they said" opening the next
paragraph is the company, when the article takes its name up with "which" and gives it no gender."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_they_after_a_quotation_opening_its_paragraph_is_the_company_speaking_before():
    _, quotes = quotes_of(
        "Her first albums were released through Red Kestrel, which was bought by a rival label this year.",
        "Red Kestrel have twice denied doing anything wrong.",
        "“At no point did we block her concert,” they said in a statement.",
    )
    quote = quote_starting(quotes, "At no point")
    assert (quote["speaker"], quote["speaker_type"]) == ("Red Kestrel", "organisation")


def test_a_lone_surname_before_which_does_not_make_the_full_name_a_body():
    _, quotes = quotes_of(
        "Ann Lee spoke to voters on Monday.",
        "Turnout was low for Lee, which worried her team.",
        "“We will win,” Ann Lee said.",
    )
    quote = quote_starting(quotes, "We will win")
    assert (quote["speaker"], quote["speaker_type"]) == ("Ann Lee", "person")
