""""it said" right after an organisation's quotation in the sentence before is that organisation."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_it_after_the_magazines_quotation_is_the_magazine_not_a_company_named_nearer():
    _, quotes = quotes_of(
        "US magazine Mobile PC has named the Apple Powerbook 100 the greatest gadget. Apple made it in 1991.",
        "“In general we included only items that were potentially mobile,” said the magazine.",
        "“In the end, we tried to get to the heart of what really makes a gadget a gadget,” it concluded.",
    )
    assert quote_starting(quotes, "In the end")["speaker"] == "Mobile PC"


def test_a_lower_case_body_quoted_before_is_no_antecedent():
    _, quotes = quotes_of(
        "British Airways suspended flights after a government warning about a “threat to UK aviation interests”.",
        "BA will now suspend the flights - which it says will remain “under constant review” - from 27 March.",
    )
    assert quote_starting(quotes, "under constant")["speaker"] != "government"
