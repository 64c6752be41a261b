"""A person the article leaves unnamed ("said the woman, who declined to give her name") is a role, never the person
named before, and a later "she said" or "he said" of that gender is that role too."""

from tests.transforms.quotes.support import quote_starting, quotes_of

NAMED_FIRST = 'Ann Boyle, 52, runs the bakery on Main Street. "We lost everything," Boyle said.'


def test_a_role_that_declines_to_give_a_name_is_no_named_person():
    _document, quotes = quotes_of(NAMED_FIRST, '"I have never seen anything like it," said the woman, who declined to give her name.')
    found = quote_starting(quotes, "I have never")
    assert (found["speaker"], found["speaker_type"]) == ("woman", "role")


def test_a_pronoun_after_an_anonymous_speaker_is_that_speaker():
    _document, quotes = quotes_of(
        NAMED_FIRST,
        '"I have never seen anything like it," said the woman, who declined to give her name.',
        '"It was terrifying," she said.',
    )
    assert quote_starting(quotes, "It was terrifying")["speaker"] == "woman"


def test_a_pronoun_after_an_unnamed_woman_quoted_by_her_own_cue_is_her():
    _document, quotes = quotes_of(
        NAMED_FIRST,
        'One woman from the next town lost her car in the flood. "The water came so fast," said the woman.',
        'She has lived there for years. "We will not leave," she said.',
    )
    assert quote_starting(quotes, "We will not leave")["speaker"] == "woman"


def test_an_anonymous_man_after_a_named_man():
    _document, quotes = quotes_of(
        'Tom Reyes, the mayor, visited the site. "We will rebuild," Reyes said.',
        '"The windows shook," said the man, who asked not to be named. "I thought it was a bomb," he said.',
    )
    assert quote_starting(quotes, "The windows shook")["speaker"] == "man"
    assert quote_starting(quotes, "I thought it")["speaker"] == "man"


def test_the_named_person_mentioned_again_takes_the_pronoun_back():
    _document, quotes = quotes_of(
        'Tom Reyes, the mayor, visited the site. "We will rebuild," Reyes said.',
        '"The windows shook," said the man, who asked not to be named.',
        'Reyes said the city would help. "Nobody will be left behind," he said.',
    )
    assert quote_starting(quotes, "Nobody will be left")["speaker"] == "Tom Reyes"


def test_a_man_a_speaker_reports_is_no_one_a_later_he_stands_for():
    _document, quotes = quotes_of(
        'Tom Reyes said the police were called. He said the man shouted: "Get out!"',
        '"It was frightening," he said.',
    )
    assert quote_starting(quotes, "It was frightening")["speaker"] == "Tom Reyes"


def test_an_anonymous_official_keeps_a_later_he():
    _document, quotes = quotes_of(
        'Jo Hart, the party leader, spoke on Monday. "We are ready," Hart said.',
        '"The talks broke down," said a senior official, who spoke on the condition of anonymity. "Nobody expected it," he said.',
    )
    assert quote_starting(quotes, "Nobody expected")["speaker"] == "senior official"


def test_a_pronoun_after_an_anonymous_role_opening_a_sentence_is_that_role():
    _document, quotes = quotes_of(
        NAMED_FIRST,
        'A waitress at the diner, who declined to give her name, said the doors were locked. "It was terrifying," she said.',
    )
    assert quote_starting(quotes, "It was terrifying")["speaker"] == "waitress"


def test_an_anonymous_role_of_no_known_gender_is_no_bar():
    _document, quotes = quotes_of(
        NAMED_FIRST,
        "A neighbour, who asked not to be named, watched the fire from across the road.",
        '"It was terrifying," she said.',
    )
    assert quote_starting(quotes, "It was terrifying")["speaker"] == "Ann Boyle"
