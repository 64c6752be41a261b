"""A quoted person's affiliation from another mention of them in the article (``person_affiliations``)."""

from tests.transforms.quotes.support import quotes_of

FILLER = "The market moved again this week, and traders were left to guess what would come next for prices. " * 8


def affiliations(quotes: list[dict]) -> list[tuple]:
    return [(quote["speaker"], quote["speaker_affiliation"]) for quote in quotes if quote["kind"] == "direct"]


def test_a_later_mention_keeps_the_body_named_before_the_person():
    _, quotes = quotes_of(
        "Dunford boss Colin Marsh said the team would recover.",
        FILLER,
        "“We have a lot of work to do,” said Marsh.",
    )
    assert ("Colin Marsh", "Dunford") in affiliations(quotes)


def test_a_pronoun_far_from_an_apposition_keeps_its_body():
    _, quotes = quotes_of(
        "Ruth Callan, chief economist at Harbour Analytics, said growth was slowing.",
        FILLER,
        "Ms Callan said inflation would fall. “It is a turning point,” she said.",
    )
    assert affiliations(quotes)[-1] == ("Ruth Callan", "Harbour Analytics")


def test_a_place_the_article_writes_after_in_is_no_body():
    _, quotes = quotes_of(
        "Lakeport researcher Tom Hale said the tests were done in Lakeport last spring.",
        FILLER,
        "“The results surprised us,” Mr Hale said.",
    )
    assert affiliations(quotes)[-1] == ("Tom Hale", None)


def test_an_event_is_no_body():
    _, quotes = quotes_of(
        "Dorton Open champion Anna Vell beat her rival in straight sets.",
        FILLER,
        "“I felt strong today,” said Vell.",
    )
    assert affiliations(quotes)[-1] == ("Anna Vell", None)


def test_a_place_an_office_is_held_for_is_no_body():
    _, quotes = quotes_of(
        "Jon Perrin, a former governor of Eastmark, said the vote was close.",
        FILLER,
        "“We will see,” Perrin said.",
    )
    assert affiliations(quotes)[-1] == ("Jon Perrin", None)


def test_where_the_person_was_is_no_body():
    _, quotes = quotes_of(
        "Ann Colby at the Halden Institute gave a speech on Monday.",
        FILLER,
        "“It went well,” said Colby, who spent the night at the Halden Institute.",
    )
    assert affiliations(quotes)[-1] == ("Ann Colby", None)


def test_a_body_after_a_noun_for_its_kind_and_before_its_acronym():
    _, quotes = quotes_of(
        "“Sales are up,” said Lena Fox, a manager at software firm Brightline Systems.",
        "“Prices will rise,” said Omar Reid, chief executive of the Federation of Tile Makers (FTM).",
    )
    assert affiliations(quotes) == [("Lena Fox", "Brightline Systems"), ("Omar Reid", "Federation of Tile Makers")]


def test_a_constituency_is_no_body():
    _, quotes = quotes_of(
        "Mr Dale, MP for Northbridge, said the plan was a mistake.",
        FILLER,
        "Northbridge MP Ivo Dale said: “We will fight it.”",
        FILLER,
        "“It is wrong,” Mr Dale added.",
    )
    assert affiliations(quotes)[-1] == ("Ivo Dale", None)
