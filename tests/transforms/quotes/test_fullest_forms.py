"""A speaker is named by the fullest form the article gives the name, wherever it gives it."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.fullest_forms import ArticleForms
from transforms.quotes.names import ArticleNames
from transforms.quotes.paragraph import Paragraph


def test_a_titled_surname_takes_the_full_name_given_only_inside_a_quotation():
    _, quotes = quotes_of(
        "Former civil service chief Lord Butler has criticised the government.",
        "Lord Butler said: “There is too much central control.”",
        "Mr Cunningham said: “Taken together, Robin Butler's comments are partial.”",
    )
    assert quote_starting(quotes, "There is too much")["speaker"] == "Robin Butler"


def test_a_surname_of_two_words_takes_the_first_name_given_elsewhere():
    _, quotes = quotes_of(
        "Gallery director Charles Saumarez Smith said he was “delighted”.",
        "“The exceptional quality of the paintings is a draw,” Mr Saumarez Smith said.",
    )
    assert quote_starting(quotes, "The exceptional")["speaker"] == "Charles Saumarez Smith"


def test_a_first_name_after_sir_is_the_one_person_named_in_full_with_it():
    _, quotes = quotes_of(
        "Former minister Sir Nicholas Scott has died.",
        "Sir Nicholas was a strong defender of the agreement. After his sacking, he said: “They were determined to get rid of me.”",
    )
    assert quote_starting(quotes, "They were determined")["speaker"] == "Nicholas Scott"


def test_a_first_name_after_a_royal_title_is_not_another_person_of_that_first_name():
    paragraphs = [Paragraph("Charles Kennedy sent his best wishes to Prince Charles on Thursday.", 0)]
    names = ArticleNames()
    names.queue(paragraphs[0])
    forms = ArticleForms(paragraphs, names)
    assert (forms.fullest_person("Charles"), forms.fullest_person("Kennedy")) == ("Charles", "Charles Kennedy")


def test_an_acronym_speaker_is_the_name_the_article_spells_it_with():
    _, quotes = quotes_of(
        "General Motors has warned that it expects earnings this year to be lower.",
        "GM said it expects to meet its targets “despite a tough competitive environment”.",
    )
    assert quote_starting(quotes, "despite a tough")["speaker"] == "General Motors"


def test_a_name_with_lower_case_particles_is_read_whole():
    _, quotes = quotes_of("“We were not competing with anyone,” said Jurgen den Hartog, one of the researchers.")
    assert quote_starting(quotes, "We were not")["speaker"] == "Jurgen den Hartog"


def test_a_companys_short_name_is_the_name_the_article_gives_with_its_designator():
    _, quotes = quotes_of(
        "Shares in Cairn Energy have jumped 6% after the firm said its oilfield was larger than thought.",
        "Cairn said it had seen “very strong results” from the drilling.",
    )
    assert quote_starting(quotes, "very strong")["speaker"] == "Cairn Energy"


def test_a_part_of_an_organisation_is_no_fuller_form_of_its_name():
    _, quotes = quotes_of(
        "Sky News will show the ceremony live.",
        "Sky said it was “honoured to have won exclusive broadcasting rights”.",
    )
    assert quote_starting(quotes, "honoured")["speaker"] == "Sky"
