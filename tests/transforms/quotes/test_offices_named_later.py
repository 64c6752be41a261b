"""A definite office the article ties to a named holder only after the mention is that holder."""

from tests.transforms.quotes.support import quote_starting, quotes_of, quotes_of_article


def test_an_office_in_the_lead_is_the_person_a_later_paragraph_names_with_its_words():
    _, quotes = quotes_of(
        "The \u201cbest person for the job\u201d should be appointed, the courts minister has told MPs.",
        "Under the reforms the post loses its judicial role. \u201cIt needs no lawyer,\u201d said courts minister Christopher Leslie.",
    )
    assert quote_starting(quotes, "best person")["speaker"] == "Christopher Leslie"


def test_an_office_is_not_the_person_who_once_held_it():
    _, quotes = quotes_of(
        "The Treasury was accused of leaning on statisticians. But the chancellor said critics were \u201cimpugning the integrity\u201d of the office.",
        "Earlier, ex-Conservative chancellor Ken Clarke welcomed the change.",
    )
    assert quote_starting(quotes, "impugning")["speaker"] != "Ken Clarke"


def test_an_office_in_the_lead_is_the_person_the_headline_names_by_surname():
    _, quotes = quotes_of_article(
        "Falconer rebuts 'charade' claims",
        "Concessions on the bill were not a \u201cpolitical ploy\u201d, the lord chancellor has said.",
        "Ministers were accused of panic. Lord Falconer said it was fair to criticise the timing.",
    )
    assert quote_starting(quotes, "political ploy")["speaker"] == "Falconer"


def test_a_headline_naming_its_speaker_before_a_colon_names_the_office_holder():
    _, quotes = quotes_of_article(
        "Ashdown: 'I acted alone'",
        "The solicitor general has again denied being \u201cpushed\u201d by ministers to drop the case.",
        "Critics were not convinced. Lord Ashdown said the decision was his own.",
    )
    assert quote_starting(quotes, "pushed")["speaker"] == "Ashdown"
