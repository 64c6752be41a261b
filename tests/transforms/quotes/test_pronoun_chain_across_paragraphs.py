"""A "she" (or "he") opening a paragraph of narration that continues a chain of the same pronoun goes on into the
paragraph before it: the person named as subject there, not one named earlier whose gender a pronoun confirmed."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_she_chain_over_two_narration_paragraphs_reaches_the_named_subject():
    _document, quotes = quotes_of(
        "Candidates Maria Lopez and Paul Reed made their cases to voters in Dover on Wednesday.",
        "Lopez has said she would not raise taxes on families.",
        "Karen Webb, a 26-year-old nurse from Derry, said before attending Wednesday's town hall that a radio station asked her to pose a question about her top issue: student debt.",
        "Webb graduated from Alder State College owing more than $90,000. She brought that down to $42,000 in five years.",
        "She plans to vote in the primary but is undecided.",
        "\"I feel like my degree owns me,\" she said.",
    )
    assert quote_starting(quotes, "I feel like my degree")["speaker"] == "Karen Webb"


def test_a_he_chain_over_two_narration_paragraphs_reaches_the_named_subject():
    _document, quotes = quotes_of(
        "Candidates Peter Grant and Ann Hale made their cases to voters in Leeds on Wednesday.",
        "Grant has said he would not raise fares on buses.",
        "Tom Ellis, a 40-year-old driver from Otley, said before attending Wednesday's meeting that a radio station asked him to pose a question about his top issue: overtime.",
        "Ellis graduated from Alder State College owing more than $20,000. He paid that down to $5,000 in five years.",
        "He plans to vote in the primary but is undecided.",
        "\"Nobody asked the drivers,\" he said.",
    )
    assert quote_starting(quotes, "Nobody asked the drivers")["speaker"] == "Tom Ellis"


def test_a_paragraph_that_quotes_someone_stops_the_chain():
    _document, quotes = quotes_of(
        "Tom Ellis, a bus driver from Leeds, spoke to reporters outside the depot.",
        "\"It was a long day,\" said Peter Grant. He has said he would back the mayor.",
        "He expects the new timetable to fail.",
        "\"Nobody asked the drivers,\" he said.",
    )
    assert quote_starting(quotes, "Nobody asked the drivers")["speaker"] == "Peter Grant"
