"""A name of two or more words that ends a fuller person's name the article writes is that person, when the words
before it are given names (``fullest_forms.ArticleForms.given_names_before``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_two_word_short_form_takes_the_given_name_written_before_it():
    _, quotes = quotes_of(
        "Khin Nilar Thet, a nurse from the delta, joined the march on Sunday.",
        "“We have waited long enough,” Nilar Thet said.",
    )
    assert quote_starting(quotes, "We have waited")["speaker"] == "Khin Nilar Thet"


def test_a_two_word_surname_takes_the_first_name_without_a_title():
    _, quotes = quotes_of(
        "The novelist Rosa Ibarra Llanes returned to Lima last week.",
        "“Satire is the only honest history,” Ibarra Llanes said.",
    )
    assert quote_starting(quotes, "Satire is")["speaker"] == "Rosa Ibarra Llanes"


def test_a_place_word_inside_a_long_name_is_no_place():
    _, quotes = quotes_of(
        "Opposition leader Thet San Hla Myo spoke to supporters in the capital.",
        "“We will not give up,” Hla Myo said. “Nobody here will give up,” she added.",
    )
    assert {quote["speaker"] for quote in quotes} == {"Thet San Hla Myo"}


def test_a_word_the_article_writes_in_lower_case_is_no_given_name():
    _, quotes = quotes_of(
        "Her rival had the better night. Rival Jo Hart won the county easily.",
        "“It was a long campaign,” Jo Hart said.",
    )
    assert quote_starting(quotes, "It was a long")["speaker"] == "Jo Hart"


def test_a_fuller_form_only_inside_a_quotation_does_not_extend_the_name():
    _, quotes = quotes_of(
        "Jo Hart spoke at the rally.",
        "Her opponent said: “Nobody believes Lying Jo Hart any more.”",
        "“I will keep going,” Jo Hart said.",
    )
    assert quote_starting(quotes, "I will keep")["speaker"] == "Jo Hart"


def test_two_fuller_names_ending_the_same_leave_the_short_form():
    _, quotes = quotes_of(
        "Ana Ibarra Llanes and her brother Luis Ibarra Llanes run the farm.",
        "“The rain came too late,” Ibarra Llanes said.",
    )
    assert quote_starting(quotes, "The rain came")["speaker"] == "Ibarra Llanes"


def test_a_one_letter_honorific_is_no_given_name():
    _, quotes = quotes_of(
        "U Thet Naing Oo, a party elder, spoke to reporters.",
        "“We counted every vote,” Thet Naing Oo said.",
    )
    assert quote_starting(quotes, "We counted")["speaker"] == "Thet Naing Oo"


def test_a_religious_title_is_no_given_name():
    _, quotes = quotes_of(
        "Ayatollah Reza Karimi addressed the crowd on Friday.",
        "“The sanctions will fail,” Reza Karimi said.",
    )
    assert quote_starting(quotes, "The sanctions")["speaker"] == "Reza Karimi"
