"""List and bullet lines: a line's first word is no speaker; its label or the list's introduction is."""

from tests.transforms.quotes.support import mention, quotes_of


def test_a_list_line_quotation_takes_no_speaker_from_its_first_word():
    _document, quotes = quotes_of(
        "The report sets out four aims for the next government.",
        " - Encouraging, pressuring and using \"all available means\" to cut stockpiles",
        " - Compelling \"failing states\" to give up their weapons.",
    )
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("all available means", "direct"), ("failing states", "direct")]
    assert [(quote["speaker"], quote["speaker_mention_start"]) for quote in quotes] == [(None, None), (None, None)]


def test_a_list_line_quotation_takes_the_speaker_of_the_line_introducing_the_list():
    _document, quotes = quotes_of(
        "Jane Porter said the government should:",
        "- Stop \"failing states\" from selling their stockpiles",
        "- Fund a new agency to track fissile material",
        "- Offer \"all available means\" to states that disarm",
    )
    assert [quote["speaker"] for quote in quotes] == ["Jane Porter", "Jane Porter"]


def test_a_list_line_label_names_the_speaker():
    document, quotes = quotes_of(
        "- Riverside boss Sam Calloway: \"We were second best today.\"",
        " - City boss Kevin Marsh \"We deserved the win. \"The second half was our best of the season.\"",
    )
    assert [quote["speaker"] for quote in quotes] == ["Sam Calloway", "Kevin Marsh", "Kevin Marsh"]
    assert [mention(document, quote) for quote in quotes] == ["Sam Calloway", "Kevin Marsh", "Kevin Marsh"]
