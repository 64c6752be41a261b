""""it" with no cue as a passive's subject or an idiom's dummy subject is no speaker, even after a body's sentence;
"it" before an active verb still is the body."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_it_as_a_passives_subject_is_no_speaker_after_a_bodys_sentence():
    _, quotes = quotes_of(
        "The awards were handed out in London on Thursday night.",
        "The Reuters website won the prize for design. It was praised for its “daring” layout.",
    )
    assert quote_starting(quotes, "daring")["speaker"] is None


def test_it_has_been_called_is_no_speaker():
    _, quotes = quotes_of(
        "Podcasting is growing fast among young listeners.",
        "It has been called “radio on demand” in the trade press.",
    )
    assert quote_starting(quotes, "radio on demand")["speaker"] is None


def test_it_had_nothing_to_do_with_is_no_body():
    _, quotes = quotes_of(
        "The Green Party unveiled its manifesto on Monday.",
        "Ms Lucas said the plan was about fairness. It had nothing to do with “chasing votes” in the suburbs.",
    )
    assert quote_starting(quotes, "chasing votes")["speaker"] != "Green Party"


def test_it_before_an_active_verb_is_still_the_body():
    _, quotes = quotes_of(
        "Rail fares will rise again in January, the Commons transport committee has said.",
        "The committee said the rail plan had failed. It blamed the Department for Transport for a “lack of grip” on costs.",
    )
    assert quote_starting(quotes, "lack of grip")["speaker"] == "Commons transport committee"
