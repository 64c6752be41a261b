"""A definite office many hold at once ("the senator", "the governor") after a sentence that quotes or names its
holder as subject is that person; the asker of a quoted question is not who answers it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_senator_after_the_person_quoted_just_before_is_that_person():
    _, quotes = quotes_of(
        "Ted Marsh looks to mend ties with rivals.",
        "Jo Hartley, who has tangled with Ted Marsh for years, said they had spoken once since May.",
        "\u201cI wonder how the troops enjoy that,\u201d Hartley said. The longtime senator said he rarely campaigns for "
        "others, \u201cexcept for people I trust.\u201d",
    )
    assert quote_starting(quotes, "except for people")["speaker"] == "Jo Hartley"


def test_the_asker_of_a_quoted_question_is_not_the_senator_who_answers():
    _, quotes = quotes_of(
        "Jo Hartley spoke to Dana Whitfield of ABC on Sunday.",
        "\u201cOne of us is a candidate of the old guard,\u201d Hartley remarked.",
        "\u201cThat would be you?\u201d Whitfield asked.",
        "\u201cThat would be me, yes,\u201d the senator said.",
    )
    assert quote_starting(quotes, "That would be me")["speaker"] != "Dana Whitfield"
