"""A headline's opening label before a colon names the source of the claim after it (``headlines.colon_label``)."""

from tests.transforms.quotes.support import quotes_of_article


def test_the_person_a_headline_label_names_says_a_later_quotation():
    document, quotes = quotes_of_article(
        "Dana Whitlock: Port Authority Ruling 'Ignores the Facts,' Needs Appeal.",
        "Senator Dana Whitlock criticised the Port Authority on Monday for its ruling on the harbor.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("direct", "Dana Whitlock")
    assert document[quote["speaker_mention_start"]:quote["speaker_mention_end"]] == "Dana Whitlock"


def test_a_label_with_a_surname_and_a_description_names_the_person():
    _document, quotes = quotes_of_article(
        "Harbor Mayor Whitlock: Budget Is 'Dead on Arrival'",
        "Mayor Dana Whitlock rejected the state budget on Monday.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("direct", "Dana Whitlock")


def test_a_label_that_names_two_people_is_a_claim_not_a_source():
    _document, quotes = quotes_of_article(
        "Dana Whitlock Endorses Lee Marsh: I Am 'Proud' To Back Him",
        "Dana Whitlock threw her support behind Lee Marsh on Wednesday.",
        "\"I am proud to back him,\" Whitlock said.",
    )
    assert quotes[0]["speaker"] == "Dana Whitlock"


def test_a_label_before_the_subject_of_a_headline_cue_is_no_part_of_it():
    _document, quotes = quotes_of_article(
        "The Roundup: Whitlock declares 'new era,' ignores critics",
        "Senator Dana Whitlock told supporters on Tuesday that a new era had begun.",
    )
    (quote,) = quotes
    assert (quote["speaker"], quote["cue"]) == ("Dana Whitlock", "declares")
