"""A definite role of an organisation or a place ("the Tory leader", "the Liverpool player") described so nowhere
is the person the sentences before it are about, unless the article ties that person to another one."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.person_roles import is_affiliated_role
from transforms.quotes.speakers import read_mention


def test_a_party_role_is_the_person_the_sentences_before_are_about():
    _, quotes = quotes_of(
        "Paul Fenwick is to make a pitch for the rural vote. He will say the party “shares the same values” as farmers.",
        "But the Tory leader will argue it is “outdated and unjust”. Mr Fenwick will speak in Leeds.",
    )
    assert quote_starting(quotes, "outdated")["speaker"] == "Paul Fenwick"


def test_a_club_role_after_a_quotation_is_its_speaker():
    _, quotes = quotes_of(
        "Colm Harte says Ireland can win the group. Harte played on the right against France.",
        "“There is a chance for us now to go on,” said the Liverpool player. Harte was replaced late on.",
    )
    assert quote_starting(quotes, "There is a chance")["speaker"] == "Colm Harte"


def test_a_club_role_is_not_a_person_tied_to_another_club():
    _, quotes = quotes_of(
        "Arsenal boss Jim Marlow praised the referee. Marlow said his side were unlucky.",
        "“We were robbed,” said the Chelsea boss. Chelsea now lead the table.",
    )
    assert quote_starting(quotes, "We were robbed")["speaker"] != "Jim Marlow"


def test_only_a_lower_case_role_head_of_a_named_affiliation_is_an_affiliated_role():
    assert is_affiliated_role(read_mention("the Tory leader"))
    assert is_affiliated_role(read_mention("the Florida senator"))
    assert not is_affiliated_role(read_mention("the Home Office spokesman"))
    assert not is_affiliated_role(read_mention("The Daily Caller"))
    assert not is_affiliated_role(read_mention("a Labour MP"))


def test_a_club_role_is_a_lone_surname_the_article_calls_he():
    _, quotes = quotes_of(
        "“It was a lovely cross,” said the manager. “Brendan Lyle always finds the space.”",
        "Man-of-the-match Lyle explained what went wrong when he missed a chance late on. He chose to control the ball and hit the post.",
        "“I should have headed it,” said the Fulham star.",
    )
    assert quote_starting(quotes, "I should have")["speaker"] == "Brendan Lyle"
