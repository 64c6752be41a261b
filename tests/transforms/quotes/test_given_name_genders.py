"""A first name that tells a gender rules a person out for the other gender's pronoun (``given_names``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.given_names import given_name_gender


def test_he_is_not_a_woman_named_just_before_a_he_sentence():
    # the "He" right after "Maria Lopez" is the governor's: it gives her no gender, and "he said" is not her
    _, quotes = quotes_of(
        "Tom Baxter spoke in Leeds on Monday.",
        "In his first speech, the former governor gave a warm endorsement of Maria Lopez. He did not mention his own record.",
        "“I thought she was the finest person I knew,” he said.",
    )
    assert quote_starting(quotes, "I thought")["speaker"] == "Tom Baxter"


def test_she_is_not_the_man_a_sentence_before_is_about():
    _, quotes = quotes_of(
        "Deborah Reynolds, his co-host, spoke about Peter Santilli in an interview. Reynolds says that after the "
        "attacks, Santilli was ready to go to war.",
        "But soon “he started looking into the idea,” she says.",
    )
    assert quote_starting(quotes, "he started")["speaker"] == "Deborah Reynolds"


def test_a_lone_surname_two_people_share_is_the_one_whose_first_name_fits():
    _, quotes = quotes_of(
        "Carla Fiorina ran the company for six years. Her husband, Frank Fiorina, stood by her.",
        "Amid the fight, Fiorina toured the offices. “This is a choice between charging ahead or retreating,” she said.",
    )
    assert quote_starting(quotes, "This is")["speaker"] == "Carla Fiorina"


def test_only_a_full_name_with_a_known_first_name_has_a_gender():
    assert given_name_gender("Hillary Clinton") == "f"
    assert given_name_gender("Bill Clinton") == "m"
    assert given_name_gender("Clinton") is None  # a lone word: read by its pronouns
    assert given_name_gender("Chris Murphy") is None  # a name given to both
