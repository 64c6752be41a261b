"""A definite document mention without an owner ("the suit") is the owner's an earlier mention gives it."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.document_owners import earlier_owner
from transforms.quotes.paragraph import Paragraph


def test_the_suit_is_the_woman_whose_lawsuit_the_article_named():
    _, quotes = quotes_of(
        "Victor Conte made allegations last year. Marion Jones says she has filed a lawsuit against him.",
        "Her lawsuit, filed in San Francisco, said she had passed a lie detector test. Conte's statements, the suit added, were “false and malicious”.",
    )
    assert quote_starting(quotes, "false and malicious")["speaker"] == "Marion Jones"


def test_an_owner_is_found_before_the_same_noun_only():
    paragraph = Paragraph("The Bank's minutes said rates would hold. Mr Smith's report said so too.", 0)
    assert earlier_owner([paragraph], "minutes", 60) == ("The Bank", 0)
    assert earlier_owner([paragraph], "letter", 60) is None


def test_a_document_is_the_authors_its_clause_names_by_by():
    _, quotes = quotes_of(
        "A survey published on the eve of the conference by PricewaterhouseCoopers said business leaders were “very confident”.",
    )
    assert (quotes[0]["speaker"], quotes[0]["speaker_type"]) == ("PricewaterhouseCoopers", "organisation")


def test_a_statement_on_her_website_is_hers():
    _, quotes = quotes_of(
        "Tennis star Kim Clijsters will make her return in February.",
        "“Kim had considered returning to action in Paris,” a statement on her website said.",
    )
    assert quotes[0]["speaker"] == "Kim Clijsters"


def test_who_holds_a_copy_is_no_author():
    _, quotes = quotes_of(
        "Trump threatened “a major lawsuit,” according to a copy of the letter reviewed by The Post.",
    )
    assert quotes[0]["speaker"] != "Post"


def test_it_after_a_persons_statement_speaks_is_that_person():
    _, quotes = quotes_of(
        "Lynton Crosby denied the report. Mr Crosby's statement said: “The party has made an impact.” It added: “Labour will want to distract attention.”",
    )
    assert quote_starting(quotes, "Labour will want")["speaker"] == "Lynton Crosby"


def test_the_report_is_the_authors_a_name_before_the_noun_gives():
    _, quotes = quotes_of(
        "The digital divide is narrowing, according to a World Bank report.",
        "The UN hopes technology will help. “Developing countries are catching up,” the report said.",
    )
    assert quote_starting(quotes, "Developing countries")["speaker"] == "World Bank"


def test_a_possessive_before_a_named_platforms_post_owns_the_post():
    _document, quotes = quotes_of(
        'Jo Marten endorsed Tom Dane on Wednesday. From Marten\'s Facebook post: "For the sake of our party, we must '
        'move on."',
    )
    assert quote_starting(quotes, "For the sake")["speaker"] == "Jo Marten"
