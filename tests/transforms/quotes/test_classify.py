"""Direct or scare: titles and terms nobody is found saying are scare quotes."""

import pytest

from tests.transforms.quotes.support import mention, quote_starting, quotes_of
from transforms.quotes.classify import TITLE_CONTEXT, follows_title_context, introduces_term


def test_partial_quotes_of_a_source_are_direct_and_titles_are_scare():
    document, quotes = quotes_of(
        "The splenetic essay, “On Poland,” was posted on the Telegram channel of Dmitri A. Medvedev, a loyal ally and "
        "longtime friend of Mr. Putin who, after stints as Russia’s president and prime minister, now serves as deputy "
        "head of the Kremlin’s security council.",
        "After the visit, a foreign affairs analyst for the Russian media outlet Pravda described Poland as the “hyena "
        "of Europe” and called for its “denazification,” the Kremlin’s code for forced submission to Moscow. (One of "
        "Mr. Putin’s stated justifications for launching the war in Ukraine has been the false claim that Ukraine is "
        "run by Nazis.)",
    )
    title = quote_starting(quotes, "On Poland")
    assert (title["kind"], title["speaker"], title["speaker_mention_start"]) == ("scare", None, None)
    hyena = quote_starting(quotes, "hyena of Europe")
    denazification = quote_starting(quotes, "denazification")
    analyst = "a foreign affairs analyst for the Russian media outlet Pravda"
    for quote in (hyena, denazification):
        assert quote["kind"] == "direct"
        assert mention(document, quote) == analyst
        assert "Pravda" in quote["speaker"]
    assert hyena["cue"] == "described"


def test_a_quotation_introduced_as_a_word_is_scare():
    _document, quotes = quotes_of(
        "The strike had echoes of an attack in the same city last week on a theater where hundreds of people were "
        "sheltering, with the word “children” written in huge letters on the ground outside as a warning against "
        "airstrikes. It was reduced to rubble."
    )
    (quote,) = quotes
    assert (quote["text"], quote["kind"], quote["speaker"]) == ("children", "scare", None)


def test_a_passive_naming_verb_makes_a_scare_quote():
    _document, quotes = quotes_of(
        "The technology has been described as \"3G on steroids\" and could cut download times tenfold.",
        "It has been called \"open source news\" and it has flourished online.",
        "The envoy, who was dubbed \"the noble savage\" in London society, sat for the painter in 1775.",
    )
    assert [(quote["text"], quote["kind"], quote["speaker"]) for quote in quotes] == [
        ("3G on steroids", "scare", None),
        ("open source news", "scare", None),
        ("the noble savage", "scare", None),
    ]


def test_naming_after_a_subject_or_with_an_agent_is_someone_s_words():
    _document, quotes = quotes_of(
        "Finance director Ruth Hale said the merger was what she called \"a marriage of equals\".",
        "The plan has been branded \"deeply irresponsible\" by the Green Party.",
    )
    assert [quote["kind"] for quote in quotes] == ["direct", "direct"]
    assert quotes[0]["speaker"] == "Ruth Hale"


def test_a_short_term_whose_only_speaker_is_a_pronoun_guess_is_scare():
    _document, quotes = quotes_of(
        "It would mean that \"blues\" would be put in the same mould as \"bebop\", \"cool\" and \"ragtime\", "
        "all very different styles.",
        "It will also touch upon his arrest in 1998 for \"lewd behaviour\" and his years abroad.",
    )
    assert [(quote["text"], quote["kind"], quote["speaker"]) for quote in quotes] == [
        ("blues", "scare", None),
        ("bebop", "scare", None),
        ("cool", "scare", None),
        ("ragtime", "scare", None),
        ("lewd behaviour", "scare", None),
    ]


def test_a_short_term_nobody_is_found_for_is_scare_after_a_speaker_earlier_in_the_line():
    # BBC lines join paragraphs: the speaker of an earlier sentence does not make the term anyone's words.
    _document, quotes = quotes_of(
        "Prosecutors said Jaynes was \"a snake oil salesman in a new format\". A refund scheme was supposed to let people "
        "earn $75 an hour working from home. Another item on sale was an \"internet history eraser\". His sister helped him."
    )
    assert [(quote["kind"], quote["speaker"] is None) for quote in quotes] == [("direct", False), ("scare", True)]


def test_a_one_word_quote_with_a_reporting_clause_stays_direct():
    _document, quotes = quotes_of(
        "Transport minister Alan Reed said the delay was \"unacceptable\".",
        "It said the figures were \"disappointing\".",
    )
    # "It" names no organisation here: the quotation stays direct, its mention kept, its speaker unknown.
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("direct", "Alan Reed"), ("direct", None)]
    assert quotes[1]["speaker_mention_start"] is not None


def test_a_nickname_inside_a_name_is_scare():
    _document, quotes = quotes_of("Jimmy \"the Whirlwind\" White reached his sixth final at the Crucible.")
    (quote,) = quotes
    assert (quote["text"], quote["kind"], quote["speaker"]) == ("the Whirlwind", "scare", None)


@pytest.mark.parametrize("before", [
    "appeared on ", "appeared on CBS's ", "author of Mr. Smith’ ", "wrote about\n", "on CBS's", "said ",
    "the common ", "x-on ", "talked with The New York Times’s ", "talked with the times's ", "spoke of  \n",
    "On ", "rally. On ", "Upon ", "Carry On ",
])
def test_title_context_is_the_regex_at_the_text_end(before):
    assert follows_title_context(before) == (TITLE_CONTEXT.search(before) is not None)


def test_a_title_after_a_preposition_opening_the_sentence_is_scare():
    _document, quotes = quotes_of('The senator spoke twice. On "Sunday Review," Sen. Jo Hart said voters were "tired of it."')
    assert quote_starting(quotes, "Sunday Review")["kind"] == "scare"
    assert quote_starting(quotes, "tired of")["speaker"] == "Jo Hart"


@pytest.mark.parametrize(("before", "reported", "expected"), [
    ("his new Book ", False, True),
    ("a so-called", False, True),
    ("the party's SLOGAN, ", False, True),
    ("the party's slogan ", True, False),  # a slogan in reported speech may be the speaker's words
    ("the word ", False, True),
    ("he said ", False, False),
    ("a bookshelf, ", False, False),
    ("his ſong ", False, True),  # IGNORECASE matches the long s too: such text goes to the regex
])
def test_a_word_that_introduces_a_term_ends_the_text_before(before, reported, expected):
    assert introduces_term(before, reported) is expected


def test_a_short_term_a_verb_of_thinking_governs_is_no_unsaid_term():
    _document, quotes = quotes_of(
        "Some 40 record labels turned up to one gig in Glasgow - which the band thought was \"totally ridiculous\"."
    )
    (quote,) = quotes
    assert quote["kind"] == "direct"


def test_a_by_phrase_is_an_agent_of_the_words_only_after_a_participle():
    _document, quotes = quotes_of(
        "The 45-minute gig is due to be \"phone cast\" by the mobile phone operator.",
        "Labour's plans were branded \"fantasy economics\" by the Liberal Democrats.",
    )
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("phone cast", "scare"), ("fantasy economics", "direct")]


def test_a_leading_article_does_not_count_towards_a_terms_three_words():
    from transforms.quotes.classify import is_term

    assert is_term("an island of calm")
    assert is_term("the rule of law")
    assert not is_term("a land of milk and honey")


def test_a_much_vaunted_term_is_scare():
    _, quotes = quotes_of('Asked about the party\'s much vaunted "grand bargain" plan, Jo Hart said little.')
    quote = quote_starting(quotes, "grand bargain")
    assert quote["kind"] == "scare"
