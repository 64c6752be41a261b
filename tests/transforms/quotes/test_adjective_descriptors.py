"""A lone word after a nationality or an adjective title names a person only when the article writes it alone too."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_word_never_written_without_its_nationality_is_the_organisations_name_with_it():
    _, quotes = quotes_of('"2004 reinforces the trend towards higher losses," said Swiss Re.')
    quote = quote_starting(quotes, "2004")
    assert (quote["speaker"], quote["speaker_type"]) == ("Swiss Re", "organisation")


def test_an_adjective_title_opening_a_companys_name_stays_in_it():
    _, quotes = quotes_of('General Electric said: "The world economy is excellent."')
    quote = quote_starting(quotes, "The world")
    assert (quote["speaker"], quote["speaker_type"]) == ("General Electric", "organisation")


def test_a_title_before_a_surname_the_article_has_written_alone_is_dropped():
    # the article is read in text order: what it writes later is not known yet
    _, quotes = quotes_of(
        'Musharraf has ruled since 1999.',
        'General Musharraf said: "We will hold elections."',
    )
    quote = quote_starting(quotes, "We will")
    assert (quote["speaker"], quote["speaker_type"]) == ("Musharraf", "person")
