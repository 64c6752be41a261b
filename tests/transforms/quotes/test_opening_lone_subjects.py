"""A lone name opening its paragraph as the subject of any verb is whom the "he" or "she" of the next sentence stands
for, though the article never writes it with a given name (``pronoun_subjects.opening_lone_person``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_lone_surname_opening_the_paragraph_before_he_said_is_the_speaker():
    _, quotes = quotes_of(
        "Governor Paul Brennan said he favoured the home side.",
        'Okafor dodged the question, and named no team. "It will be one of the two, I am sure," he said.',
    )
    assert quote_starting(quotes, "It will be one")["speaker"] == "Okafor"


def test_a_lone_first_name_opening_the_paragraph_before_a_quotation_paragraph():
    _, quotes = quotes_of(
        "Senator Paul Brennan praised the inquiry.",
        "Dov was also troubled by the way the files were kept.",
        '"That puts lives in danger, not just ours," he wondered.',
    )
    assert quote_starting(quotes, "That puts lives")["speaker"] == "Dov"


def test_a_capitalised_modifier_before_a_plural_noun_is_no_name():
    _, quotes = quotes_of(
        "Mayor Paul Brennan spoke to the council on Monday.",
        'Stricter rules were needed, he said. Harsh penalties are rare. "We must act now," he said.',
    )
    assert quote_starting(quotes, "We must act")["speaker"] == "Paul Brennan"


def test_a_group_noun_opening_the_paragraph_is_no_one_she_stands_for():
    _, quotes = quotes_of(
        "Singer Ann Pryce told fans about her wedding.",
        'People practically fell off their seats. "It was the best day," she wrote.',
    )
    assert quote_starting(quotes, "It was the best")["speaker"] == "Ann Pryce"
