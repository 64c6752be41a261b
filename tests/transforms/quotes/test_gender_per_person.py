"""Gender is kept per person: a mother and her son share a surname, not a gender."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_mothers_pronoun_is_not_her_sons_when_they_share_a_surname():
    _, quotes = quotes_of(
        "Lawyers for Mark Jordan have asked the judge to keep the forms private.",
        "“The release of the forms serves no purpose,” a motion by Mr Jordan's lawyers stated.",
        "Mr Jordan, 46, denies the charges. His mother Kate Jordan told a TV network on Sunday that her pop star son "
        "told her he was innocent. “I know his character,” she said.",
    )
    assert quote_starting(quotes, "I know")["speaker"] == "Kate Jordan"


def test_a_titled_surname_is_not_the_son_named_after_her():
    _, quotes = quotes_of(
        "Mrs Clark watched as her son Tom Clark was sentenced.",
        "“He is innocent,” said Tom Clark. “It is a disgrace,” she said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Tom Clark", "Clark"]


def test_a_title_still_gives_the_gender_of_the_one_person_of_that_surname():
    _, quotes = quotes_of(
        "Tony Reed spoke to Anna Moss on Monday. Mr Reed left early.",
        "“It went well,” she said.",
    )
    assert quote_starting(quotes, "It went")["speaker"] == "Anna Moss"


def test_a_title_and_a_prefixed_surname_between_a_name_and_a_pronoun_leave_the_pronoun_to_neither():
    # "his" after "Mr McCall" is McCall's, not Jane Orr's: she is still who "she said" stands for
    _, quotes = quotes_of(
        'Labour MP Jane Orr had said Mr McCall was "very shrewd" to ask for his own review. '
        '"He knew what answer he would get," she said.'
    )
    quote = quote_starting(quotes, "He knew")
    assert quote["speaker"] == "Jane Orr"
