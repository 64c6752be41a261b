"""A name followed by "of"/"at"/"from" and lower-case words describing a body, then the body's name: the person speaks."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_of_a_described_company_is_the_speaker():
    _, quotes = quotes_of('"Sales will pick up," said Nora Field of ticket seller Bluegate Tours. "We are sure."')
    for start in ("Sales will", "We are"):
        quote = quote_starting(quotes, start)
        assert (quote["speaker"], quote["speaker_type"]) == ("Nora Field", "person")


def test_a_name_of_a_described_group_with_its_cue_after():
    _, quotes = quotes_of('Tom Hesketh of campaign group Clean Rivers said they were "fed up with excuses".')
    quote = quote_starting(quotes, "fed up")
    assert quote["speaker"] == "Tom Hesketh"


def test_a_name_of_a_plain_organisation_name_still_reads_the_person():
    _, quotes = quotes_of('"It was close," said Nora Field of Bluegate Tours.')
    assert quote_starting(quotes, "It was")["speaker"] == "Nora Field"


def test_an_office_of_the_state_before_its_holder_is_not_read_as_a_name():
    _, quotes = quotes_of('"We will act," said Chancellor of the Exchequer Gordon Brown.')
    assert quote_starting(quotes, "We will")["speaker"] == "Gordon Brown"
