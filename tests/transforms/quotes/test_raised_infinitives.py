"""A cue word followed by "to be" or "to have" ("reported to have resigned", "said to be") reports nothing: the
name before it is what is reported, not a speaker of the quotation before it."""

from tests.transforms.quotes.support import quotes_of


def test_a_name_before_a_raised_cue_is_no_speaker():
    _, quotes = quotes_of(
        "Shares in the \"struggling\" Harbour Trust widely reported to be up for sale rose on Friday.",
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("scare", None)]


def test_a_cue_that_reports_a_clause_still_gives_the_quotation():
    _, quotes = quotes_of(
        "The plan was \"a shambles\", Harbour Trust chief Mary Stone said on Friday.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Mary Stone"]
