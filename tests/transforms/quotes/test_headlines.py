"""Headline quotations: single marks, no guessed speaker, the headline's own cue or the body's same words."""

from tests.transforms.quotes.support import quote_starting, quotes_of_article
from transforms.quotes.paragraph import is_subhead


def test_single_marks_quote_in_a_headline_and_apostrophes_do_not():
    _document, quotes = quotes_of_article(
        "Firm's chief 'won't quit' over Jones' rock 'n' roll remarks",
        "The chief executive of the firm has rejected calls to step down.",
    )
    assert [quote["text"] for quote in quotes] == ["won't quit"]


def test_single_marks_stay_inside_quotations_in_the_body():
    _document, quotes = quotes_of_article(
        "Firm defends its record",
        "The firm's 'best year' was 2003, it said in a statement to shareholders.",
    )
    assert quotes == []


def test_a_headline_quotation_takes_its_own_present_tense_cue():
    document, quotes = quotes_of_article(
        "Budget rule 'still intact' says ex-aide",
        "A former Treasury adviser has defended the chancellor's record.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("direct", "ex-aide", "says")
    assert document[quote["speaker_mention_start"]:quote["speaker_mention_end"]] == "ex-aide"


def test_a_passive_headline_verb_names_no_speaker():
    _document, quotes = quotes_of_article(
        "Parties warned over 'grey vote'",
        "Older voters are more likely to turn out than any other age group, a study found.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"], quote["speaker_mention_start"], quote["cue"]) == ("direct", None, None, None)


def test_a_headline_quotation_takes_the_speaker_of_the_same_words_in_the_body():
    document, quotes = quotes_of_article(
        "Car plant deal 'may cost 2,000 jobs'",
        "The sale of the plant to a Chinese group \"may cost 2,000 jobs\", union leader Tom Harker said on Monday.",
    )
    headline, body = quotes
    assert headline["text"] == body["text"] == "may cost 2,000 jobs"
    assert headline["speaker"] == body["speaker"] == "Tom Harker"
    assert document[headline["speaker_mention_start"]:headline["speaker_mention_end"]] == "Tom Harker"


def test_a_headline_quotation_gets_no_guessed_speaker():
    _document, quotes = quotes_of_article(
        "Car plant deal 'may cost jobs'",
        "Car Plant Group has not yet had a formal offer from the buyer.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"], quote["speaker_mention_start"]) == ("direct", None, None)


def test_a_headline_names_the_speaker_of_a_quotation_opening_the_body():
    _document, quotes = quotes_of_article(
        "Dana Crowe: 'We will appeal'",
        "\"The ruling ignores the evidence and we will take it to the highest court.\"",
        "The club was fined and docked points on Friday.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Dana Crowe", "Dana Crowe"]


def test_a_capital_opening_a_headline_makes_no_title():
    _document, quotes = quotes_of_article(
        "'More to do' on literacy and 'Poll Idols' face first hurdles",
        "Adult literacy has improved, but slowly, inspectors found.",
    )
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("More to do", "direct"), ("Poll Idols", "scare")]


def test_a_headline_quotation_without_the_same_words_in_the_body_is_the_leads_reported_speaker():
    _document, quotes = quotes_of_article(
        "'UK will stand firm on EU rebate'",
        "Britain's EU rebate is not up for renegotiation at next week's summit, Jack Stone said.",
        "The rebate was secured in 1984.",
    )
    assert [(quote["text"], quote["speaker"]) for quote in quotes] == [("UK will stand firm on EU rebate", "Jack Stone")]


def test_a_lead_told_in_the_passive_or_reported_by_a_country_gives_no_speaker():
    _document, quotes = quotes_of_article(
        "Yukos bankruptcy 'not US matter'",
        "Russian authorities need not obey the ruling, a Houston court has been told.",
    )
    assert quotes[0]["speaker"] is None
    _document, quotes = quotes_of_article(
        "Euronext 'poised to make LSE bid'",
        "Euronext is poised to launch a bid for the London Stock Exchange, UK papers say.",
    )
    assert quotes[0]["speaker"] != "UK"


def test_a_headline_quotation_sharing_no_word_with_the_opening_takes_the_speaker_the_lead_reports():
    _document, quotes = quotes_of_article(
        "Steel boss 'left books alone'",
        "Former Steelco boss Ben Ardley never made accounting decisions, a witness has told jurors.",
        "The firm collapsed in 2002.",
    )
    assert (quotes[0]["speaker"], quotes[0]["cue"]) == ("witness", "told")


def test_a_reporting_clause_closing_the_sentence_names_the_headline_speaker():
    _document, quotes = quotes_of_article(
        "'Few ready' for information act",
        "Thousands of public bodies are not ready for the act, because of government failures, say MPs.",
    )
    assert (quotes[0]["speaker"], quotes[0]["speaker_type"]) == ("MPs", "role")


def test_a_headline_quotation_takes_the_speaker_of_a_later_opening_sentence_that_shares_a_word_stem():
    _document, quotes = quotes_of_article(
        "Economy 'stronger than forecast'",
        "The economy probably grew faster in the third quarter than reported, a deputy governor has hinted.",
        "Business surveys suggest a stronger economy than official estimates, Rachel Loman said.",
    )
    assert quotes[0]["speaker"] == "Rachel Loman"


def test_only_the_first_opening_sentence_sharing_a_word_with_a_headline_quotation_may_name_its_speaker():
    _document, quotes = quotes_of_article(
        "Country 'blocks search site'",
        "The country has been accused of blocking access to the search site by a media watchdog.",
        "The site is blocked in three cities, search firm spokesman Tom Harker said.",
    )
    assert quotes[0]["speaker"] is None


def test_a_bare_plural_role_closing_the_lead_names_the_headline_speaker_but_not_reports_or_research():
    _document, quotes = quotes_of_article(
        "Lender 'should restate books'",
        "US mortgage lender Homefirst should restate its earnings, a move likely to dent its accounts, watchdogs have said.",
    )
    assert (quotes[0]["speaker"], quotes[0]["speaker_type"]) == ("watchdogs", "role")
    _document, quotes = quotes_of_article(
        "Producers 'face barriers'",
        "Small production companies face barriers in the film industry, research has suggested.",
    )
    assert quotes[0]["speaker"] is None


def test_an_opening_sentence_that_quotes_names_the_headline_speaker_before_its_quotation():
    _document, quotes = quotes_of_article(
        "'Few ready' for records act",
        "Public bodies are ill-prepared for the records act.",
        "But an all-party committee said it was \"not confident\" many would be ready.",
    )
    assert quotes[0]["text"] == "Few ready" and quotes[0]["speaker"] == "all-party committee"


def test_a_title_case_subhead_of_a_list_article_is_the_quotation_of_the_person_it_opens_with():
    _, quotes = quotes_of_article(
        "Ten stars who spoke out this year",
        "The list goes on.",
        "Lena Ortiz Asked Men Everywhere To “Redefine Masculinity.”",
        "People fell out of their chairs after Lena Ortiz revealed her plan.",
    )
    assert (quote_starting(quotes, "Redefine")["kind"], quote_starting(quotes, "Redefine")["speaker"]) == ("direct", "Lena Ortiz")


def test_a_team_list_or_a_sentence_is_no_subhead():
    assert is_subhead("Zoe Saldana Asked Men Everywhere To “Redefine Masculinity.”")
    assert is_subhead("John Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”")  # an initialism ends no sentence
    assert not is_subhead("Replacements: Peel, Wilson, Thompson, Parling.")
    assert not is_subhead("Mr Hart said the plan was “ready”.")
