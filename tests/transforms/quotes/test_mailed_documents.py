""""The email" or "the tweet" with no owner of its own stands for what the person the article says "emailed" or
"tweeted" before wrote, an aside between the name and the verb allowed ("Jo Hart, the campaign's chair, emailed …")."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_email_is_the_words_of_the_person_who_emailed_past_an_aside():
    _, quotes = quotes_of(
        "Maria Lopez, treasurer of the county party, emailed volunteers on Sunday, telling them, “We are close.”",
        "The email goes on to say: “Every door we knock on counts.”",
    )
    assert quote_starting(quotes, "Every door")["speaker"] == "Maria Lopez"


def test_the_tweet_is_the_words_of_the_person_who_tweeted():
    _, quotes = quotes_of(
        "Maria Lopez tweeted on Monday about the budget vote.",
        "The tweet said: “Taxes will fall next year.”",
    )
    assert quote_starting(quotes, "Taxes will fall")["speaker"] == "Maria Lopez"


def test_an_email_sent_by_no_one_named_stays_without_a_speaker():
    _, quotes = quotes_of(
        "Volunteers were emailed on Sunday.",
        "The email said: “Every door we knock on counts.”",
    )
    assert quote_starting(quotes, "Every door")["speaker"] is None
