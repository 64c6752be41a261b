""""they" with a cue and no group in its sentence or the one before is the group quoted last since the paragraph before."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.groups import is_group
from transforms.quotes.resolution import Attribution


def test_they_is_the_group_quoted_in_the_paragraph_before():
    _, quotes = quotes_of(
        "The law should favour “the welfare of the child”, the MPs said. Hearings take a long time.",
        "Court delays allowed “a new status quo to become established by default”, they said.",
    )
    assert quote_starting(quotes, "a new status quo")["speaker"] == "MPs"


def test_they_after_a_person_quoted_last_is_no_group():
    _, quotes = quotes_of(
        "The law should favour “the welfare of the child”, the MPs said. Hearings take a long time.",
        "“It is a scandal,” said Mr Adams. Court delays are “a disgrace”, they said.",
    )
    assert quote_starting(quotes, "a disgrace")["speaker"] is None


def test_a_group_is_an_organisation_or_a_plural_role():
    def attribution(name: str, kind: str) -> Attribution:
        return Attribution(name, 0, 1, None, kind, None)

    assert is_group(attribution("MPs", "role"))
    assert is_group(attribution("police", "role"))
    assert is_group(attribution("Security Council", "organisation"))
    assert not is_group(attribution("spokesman", "role"))
    assert not is_group(attribution("Alan Beith", "person"))


def test_they_opening_a_paragraph_is_the_group_that_speaks_at_the_end_of_the_one_before():
    _, quotes = quotes_of(
        "The plan was launched on Monday. The Conservatives say they would abolish tuition fees.",
        "They say the rival policy would leave universities dependent on the “goodwill” of the chancellor.",
    )
    assert quote_starting(quotes, "goodwill")["speaker"] == "Conservatives"


def test_it_with_a_cue_is_the_organisation_that_spoke_in_the_sentence_before():
    _, quotes = quotes_of(
        "The Financial Economists Roundtable (FER) wants Congress to act. The FER says firms should not have been allowed "
        "to cut their premiums. The FER blames this on a 2004 law. It said it was “dismayed” at the situation and wants "
        "Congress to overturn the law.",
    )
    assert quote_starting(quotes, "dismayed")["speaker"] == "Financial Economists Roundtable"
