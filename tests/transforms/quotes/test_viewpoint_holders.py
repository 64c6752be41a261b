"""A sentence opening "For NAME," states that person's view: the next "he said" is that person's."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_but_for_a_person_opening_the_sentence_is_who_he_is():
    _, quotes = quotes_of(
        'Market watcher Tom Reilly is gloomy. "The sector is stalling," he said.',
        'But for Dan Okafor, a partner at consultancy Brightline, the outlook is better than it seems. '
        '"Demand for fast connections is still growing," he said.',
    )
    quote = quote_starting(quotes, "Demand for fast")
    assert quote["speaker"] == "Dan Okafor"


def test_for_a_person_after_role_words_is_who_he_is():
    _, quotes = quotes_of(
        '"Prices will fall," said Tom Reilly of Acme.',
        'For retail analyst Dan Okafor, the price war is only starting. "Nobody can afford to blink," he said.',
    )
    quote = quote_starting(quotes, "Nobody can afford")
    assert quote["speaker"] == "Dan Okafor"


def test_for_a_body_is_no_one_he_stands_for():
    _, quotes = quotes_of(
        '"Prices will fall," said Tom Reilly, the firm\'s founder.',
        'For Acme Holdings, the deal opens a new market. "We can now sell abroad," he said.',
    )
    quote = quote_starting(quotes, "We can now sell")
    assert quote["speaker"] == "Tom Reilly"


def test_a_chain_of_he_after_the_view_holder_goes_back_to_that_person():
    _, quotes = quotes_of(
        'For analyst Ray Mbeki, the firm waited too long. "They missed the moment," he said.',
        'But for Dan Okafor, a partner at consultancy Brightline, the outlook is better than it seems. '
        '"Demand is still growing," he said.',
        'He is sure the brand will last.',
        '"People still trust the name," he said.',
    )
    quote = quote_starting(quotes, "People still trust")
    assert quote["speaker"] == "Dan Okafor"
