"""A word of fame ("film star") is no other occupation: "the actor" may still be the star the article is about."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_actor_is_the_film_star_the_article_is_about():
    _, quotes = quotes_of(
        "Late film star Harold Vance is said to have turned down his most famous role.",
        "Vance's friend Tom Reddick told a magazine that Vance's agent urged him to read the script. "
        'The actor refused, tearing it up and saying: "I will never play a gangster".',
    )
    quote = quote_starting(quotes, "I will never")
    assert quote["speaker"] == "Harold Vance"
