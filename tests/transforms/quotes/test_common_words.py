"""A capitalised common word is no speaker: one opening a sentence before a noun ("Gadget lovers", "Trade barriers")."""

from tests.transforms.quotes.support import mention, quotes_of


def test_a_capitalised_word_before_a_noun_is_no_speaker_but_the_mention_stays():
    document, quotes = quotes_of(
        "Gadget lovers are so hungry that many are “carrying the equivalent of 10 trucks full of paper” on their phones.",
        "Trade barriers and subsidies “severely distort the market for the poorest farmers”, the report found.",
    )
    for quote in quotes:
        assert (quote["speaker"], quote["speaker_type"]) == (None, "unknown")
    # the second sentence's closing "the report found" reports its quotation (attribution.FINDING_CLOSE): a report
    # no body of the article owns, so still no speaker
    assert [mention(document, quote) for quote in quotes] == ["Gadget", "the report"]


def test_a_name_before_a_verb_or_an_apposition_still_speaks():
    _, quotes = quotes_of(
        "Ofcom now says the market is “healthy”.",
        "Michelle, a mother of twins, said she had faced an “on-going battle” with the agency.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Ofcom", "Michelle"]


def test_a_name_that_looks_like_an_adverb_or_a_title_is_still_a_name():
    _, quotes = quotes_of(
        "“You've called women you don't like fat pigs,” Kelly charged in her now-infamous assault.",
        "Billie Jean King won 12 titles. King says Ali “talked the talk and walked the walk.”",
        "Bryne went on to say, “From the bottom of my soul, I know this to be true.”",
    )
    assert [quote["speaker"] for quote in quotes] == ["Kelly", "Billie Jean King", "Bryne"]
