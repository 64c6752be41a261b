"""An owner's name, a role and a preposition before a place opening the sentence ("Norway's envoy to Canada
criticised …"): the subject is the role, not the place the preposition takes."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_owner_role_to_country_is_the_subject_not_the_country():
    _, quotes = quotes_of(
        'Norway’s envoy to Canada criticised the fishing rules and warned that Oslo "will not stand by" if talks fail.',
    )
    quote = quote_starting(quotes, "will not stand")
    assert quote["speaker"] != "Canada"
    assert quote["speaker_type"] == "role"
