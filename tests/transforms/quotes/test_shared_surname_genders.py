"""A lone surname a woman and a man of the article share: the pronoun of its reporting clause, and a later "she",
take the one whose first name fits, when the other's first name tells no gender."""

from tests.transforms.quotes.support import quote_starting, quotes_of

ARTICLE = (
    "Widow speaks out\n\n"
    "Dorothy Marsh, whose husband, Navy officer Ty Marsh, died in the attack, spoke on Monday.\n\n"
    'Marsh said she was "angry at the lies" she had been told. "I want the truth," she said.'
)


def test_the_reported_pronoun_picks_the_surnames_woman():
    _, quotes = quotes_of(ARTICLE)
    assert quote_starting(quotes, "angry at")["speaker"] == "Dorothy Marsh"


def test_a_later_she_takes_the_surnames_woman_not_the_man_named_last():
    _, quotes = quotes_of(ARTICLE)
    assert quote_starting(quotes, "I want")["speaker"] == "Dorothy Marsh"


def test_a_woman_of_the_surname_named_far_back_does_not_take_the_she():
    filler = "The inquiry went on for weeks. " * 60
    _, quotes = quotes_of(
        "Inquiry opens\n\nAnn Marsh chaired the first hearing.\n\n" + filler
        + '\n\nKim Marsh spoke next. Marsh said the staff were tired. "We need help," she said.'
    )
    assert quote_starting(quotes, "We need")["speaker"] == "Kim Marsh"
