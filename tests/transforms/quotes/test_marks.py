"""Quotation marks: the quoted pieces of a paragraph, their offsets, and quotes across paragraphs."""

import pytest

from tests.transforms.quotes.support import ESCAPE_ACCOUNT_INTRO, ESCAPE_ACCOUNT_QUOTES, mention, quote_starting, quotes_of
from transforms.quotes.marks import QUOTE_MARK, QUOTE_MARK_CHARS, positions_of, quoted_pieces


def test_offsets_point_into_the_document_without_quotation_marks():
    document, quotes = quotes_of(ESCAPE_ACCOUNT_INTRO, ESCAPE_ACCOUNT_QUOTES)
    for quote in quotes:
        assert document[quote["start_char"]:quote["end_char"]] == quote["text"]
        assert document[quote["start_char"] - 1] == "“"
    ids = [quote["quote_id"] for quote in quotes]
    assert len(set(ids)) == len(ids)
    assert ids == [quote["quote_id"] for quote in quotes_of(ESCAPE_ACCOUNT_INTRO, ESCAPE_ACCOUNT_QUOTES)[1]]


def test_a_quote_left_open_continues_in_the_next_paragraph():
    document, quotes = quotes_of(
        "Nadiya Opryshko, 29, an aspiring journalist turned humanitarian, is the driving force behind its "
        "transformation.",
        "“The military of Russia, they are fighting for nothing,” she said in an interview. “They did not know and "
        "cannot understand what they are fighting for.",
        "“Ukrainian people, we know what we are fighting for,” she continued. “We are fighting for peace. We are "
        "fighting for our country. And we are fighting for freedom.”",
    )
    open_piece = quote_starting(quotes, "They did not know")
    continuation = quote_starting(quotes, "Ukrainian people")
    assert open_piece["text"] == "They did not know and cannot understand what they are fighting for."
    assert open_piece["paragraph_id"] != continuation["paragraph_id"]
    assert continuation["continues"] == open_piece["quote_id"]
    assert quote_starting(quotes, "The military")["continues"] is None
    assert {quote["speaker"] for quote in quotes} == {"Nadiya Opryshko"}
    assert continuation["cue"] == "continued"


def test_unbalanced_quote_stops_at_its_paragraph():
    _document, quotes = quotes_of(
        "He called it “a disgrace and left the room.",
        "The meeting went on for another hour without him.",
        "Officials later said the vote would be held on Friday.",
    )
    (quote,) = quotes
    assert quote["text"] == "a disgrace and left the room."
    assert quote["paragraph_id"] == "doc-a001-p0001"


def test_straight_quotes_and_nested_single_quotes():
    document, quotes = quotes_of(
        "\"We were told, 'Leave now,' and we left,\" said Maria Petrenko, a nurse from Kharkiv.",
    )
    (quote,) = quotes
    assert quote["text"] == "We were told, 'Leave now,' and we left,"
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Maria Petrenko", "Maria Petrenko", "said")


@pytest.mark.parametrize("text", ["“", "”", "\"", "“”", "Text “ with a stray mark", "Ends with a mark “"])
def test_stray_marks_never_crash(text):
    _document, quotes = quotes_of(text, "A following paragraph without quotes.")
    assert all(quote["paragraph_id"] == "doc-a001-p0001" for quote in quotes)


def test_opening_mark_typed_as_closing_mark_still_closes():
    _document, quotes = quotes_of(
        "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the KKK “abhorrent“ in a tweet Sunday."
    )
    (quote,) = quotes
    assert quote["text"] == "abhorrent"
    assert quote["speaker"] == "Ted Cruz"


def test_an_opening_mark_after_a_sentence_end_in_an_open_quotation_starts_a_piece_that_continues_it():
    document, quotes = quotes_of(
        "\"I am thrilled with how I played today,\" said Nora Quill. \"The crowd lifted me when I needed it most. "
        "\"I will rest now and think about the next event.\" She flies home on Sunday."
    )
    assert [quote["text"] for quote in quotes] == [
        "I am thrilled with how I played today,",
        "The crowd lifted me when I needed it most.",
        "I will rest now and think about the next event.",
    ]
    _said, opened, reopened = quotes
    assert reopened["continues"] == opened["quote_id"]
    assert opened["continues"] is None
    assert {quote["speaker"] for quote in quotes} == {"Nora Quill"}
    for quote in quotes:
        assert document[quote["start_char"]:quote["end_char"]] == quote["text"]


def test_a_curly_opening_mark_after_a_sentence_end_keeps_the_piece_before_it():
    _document, quotes = quotes_of("“I never expected to win. “Next year I will defend the title,” Nora Quill said.")
    assert [quote["text"] for quote in quotes] == ["I never expected to win.", "Next year I will defend the title,"]
    assert {quote["speaker"] for quote in quotes} == {"Nora Quill"}


def test_a_mark_with_a_space_after_it_closes_even_after_a_sentence_end():
    _document, quotes = quotes_of("\"We are done here. \" The coach then left the stage without another word.")
    (quote,) = quotes
    assert quote["text"] == "We are done here. "


@pytest.mark.parametrize(
    "text",
    ['He said "no" and “yes”.', "“Fine,” she said, ““nested” marks”", "no marks at all", "£5 “costs” é\"", '"', ""],
)
def test_quote_mark_positions_are_where_the_quote_mark_pattern_matches(text):
    assert positions_of(text, QUOTE_MARK_CHARS) == [mark.start() for mark in QUOTE_MARK.finditer(text)]


def test_a_closing_shaped_straight_mark_with_no_quotation_open_quotes_nothing():
    _document, quotes = quotes_of(
        "He feared it could be \"a very effective recruiting sergeant\" for terrorists\". His party will move an "
        "amendment and called on the prime minister to \"enter into constructive discussions\" with it."
    )
    assert [quote["text"] for quote in quotes] == ["a very effective recruiting sergeant", "enter into constructive discussions"]


def test_an_opening_mark_after_a_colon_in_an_open_quotation_starts_a_new_one_and_leaves_the_clause_outside():
    _document, quotes = quotes_of(
        "Morrison said: \"The injunction is ludicrous. \"I was with that label for a year and in that time released "
        "just one record. He added: \"The whole world is waiting for this album.\" The case is set to be heard."
    )
    assert [quote["text"] for quote in quotes] == [
        "The injunction is ludicrous.",
        "I was with that label for a year and in that time released just one record.",
        "The whole world is waiting for this album.",
    ]
    assert {quote["speaker"] for quote in quotes} == {"Morrison"}


def test_a_term_quoted_with_the_same_straight_marks_stays_inside_the_open_quotation():
    text = '"At that meeting he admitted he was going to "fake" an injury in training and walk off. "He also agreed to apologise."'
    pieces = quoted_pieces(text).pieces
    assert [text[start:end] for start, end in pieces] == [
        'At that meeting he admitted he was going to "fake" an injury in training and walk off.',
        "He also agreed to apologise.",
    ]


def test_a_longer_passage_after_an_opening_mark_is_no_term_inside_the_open_quotation():
    text = '"The plan is "a way to cut costs over the long term" and it will work," he said.'
    assert [text[start:end].strip() for start, end in quoted_pieces(text).pieces][0] == "The plan is"


@pytest.mark.parametrize(("text", "quoted"), [
    ("“He towers over me; he’s like 6’4”,” Ross said.", ["He towers over me; he’s like 6’4”,"]),
    ("“She is barely 5’1”. Still, nobody beats her.” he said.", ["She is barely 5’1”. Still, nobody beats her."]),
    ('The letter says he is 6\'1" tall and "in good health", she said.', ["in good health"]),
])
def test_a_mark_after_feet_and_inches_is_an_inch_mark(text, quoted):
    assert [text[start:end] for start, end in quoted_pieces(text).pieces] == quoted
