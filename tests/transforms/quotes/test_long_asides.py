"""A subject's aside opening with a determiner or "who"/"which" may run on over several commas before the verb."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_subject_past_a_who_clause_and_an_apposition_is_who_the_role_after_stands_for():
    _, quotes = quotes_of(
        "Coach Dan Mercer picked the side. \"He is a great leader,\" said Mercer. Wing Tom Pryce won the sevens award. "
        "Pryce, who will lead the side in the first event, the Dubai Sevens, which starts on Friday, was delighted with the award. "
        '"This is a genuine honour," said the Bath fly-half.'
    )
    quote = quote_starting(quotes, "This is")
    assert quote["speaker"] == "Tom Pryce"


def test_an_aside_opening_with_a_name_leaves_the_word_before_it_no_subject():
    _, quotes = quotes_of(
        "Jo Hart runs the exchange. But, Ann Lee, a board member of the central bank, the Bundesbank, said trading should stay. "
        '"It must stay here," she said.'
    )
    quote = quote_starting(quotes, "It must")
    assert quote["speaker"] == "Ann Lee"
