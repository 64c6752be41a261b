"""A "he" or "she" in a temporal or causal clause inside a sentence is not that sentence's subject."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_pronoun_after_when_does_not_pass_the_question_back_past_a_role_subject():
    _, quotes = quotes_of(
        'Ann Cole said the scheme was "risky". A Green Party spokesman criticised Tom Reed\'s record, '
        'saying bus fares had doubled when he was transport minister. He said: "Today they promise cheaper fares."'
    )
    quote = quote_starting(quotes, "Today")
    assert (quote["speaker"], quote["speaker_type"]) == ("Green Party spokesman", "role")


def test_a_pronoun_of_the_other_gender_after_because_leaves_the_named_subject():
    _, quotes = quotes_of(
        'The tenant waited a year to complain because she hoped to settle, her adviser, Paul Grant, said. '
        'The landlord "ignored every letter from my client," he said.'
    )
    quote = quote_starting(quotes, "ignored")
    assert (quote["speaker"], quote["speaker_type"]) == ("Paul Grant", "person")
