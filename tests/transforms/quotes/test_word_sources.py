"""A speech noun's source ("a statement by X that …") or a "who" clause's antecedent ("a doctor who said …")
speaks a quotation inside that phrase, not the sentence's subject or an outer cue's."""

from tests.transforms.quotes.support import quotes_of


def test_a_speech_noun_by_a_named_source_gives_the_quotation_in_its_that_clause():
    _, quotes = quotes_of(
        "On Friday, Mary Stone rejected a claim by Tory rival Peter Vance that she ran a “shambolic office”.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Peter Vance"]


def test_the_source_speaks_only_inside_its_clause():
    _, quotes = quotes_of(
        "Mary Stone has said a claim by Peter Vance that she is a “lame duck” shows the party is “worried” by her.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Peter Vance", "Mary Stone"]


def test_a_who_clause_that_reports_gives_the_quotation_to_the_person_before_it():
    _, quotes = quotes_of(
        "Four players have turned down the award, including striker Leo Danvers who said the vote was “rigged”.",
        "Three charities urged the minister to drop the backing of a retired judge who argued that prisons should “warehouse” offenders.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Leo Danvers", "retired judge"]


def test_a_source_without_a_name_or_a_cue_inside_the_clause_is_left_alone():
    _, quotes = quotes_of(
        "Mary Stone said a claim by a rival that Peter Vance said she was “useless” was false.",
        "Mary Stone told a man who suggested that people may stay home that “this is no time to sit out”.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Peter Vance", "Mary Stone"]


def test_the_name_or_role_that_names_the_words_after_what_says_them():
    _, quotes = quotes_of(
        "The scene is in what Jo Hart calls its “teenage years”.",
        "The row over whether the college is what former staff have called a “sham” grew on Monday.",
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("direct", "Jo Hart"), ("direct", "former staff")]
