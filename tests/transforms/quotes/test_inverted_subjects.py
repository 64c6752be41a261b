"""A phrase after a cue that a subject and its apposition open is what the cue reports, not its speaker
(``inverted_subjects``); a parenthetical cue still names its speaker after it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_day_after_the_cue_is_no_speaker():
    _, quotes = quotes_of(
        "Tun Aung, a senior member of the party's executive committee, said Friday that according to its count, the "
        "party has won 70 percent of the vote, but “we are still waiting for the rest.”"
    )
    assert quote_starting(quotes, "we are still waiting")["speaker"] == "Tun Aung"


def test_a_reported_clause_with_a_modal_is_no_speaker():
    _, quotes = quotes_of(
        "But Jo Hart, Labour MP for Eastfield, said the row would soon be forgotten, and that “nobody will remember it "
        "in a year”."
    )
    assert quote_starting(quotes, "nobody will remember")["speaker"] == "Jo Hart"


def test_a_reported_clause_before_but_is_no_speaker():
    _, quotes = quotes_of(
        "Tun Aung, 54, a retired teacher, said the party won most seats in the north, but “we are still counting.”"
    )
    assert quote_starting(quotes, "we are still counting")["speaker"] == "Tun Aung"


def test_a_parenthetical_cue_names_its_speaker_after_it():
    _, quotes = quotes_of("The trouble, says Carl Bose, is that “nobody reads the small print.”")
    assert quote_starting(quotes, "nobody reads")["speaker"] == "Carl Bose"


def test_a_dash_ends_the_phrase_after_the_cue():
    _, quotes = quotes_of(
        "The Green Party has a plan. The scheme would cut bills, says the party - and insulation could save £80 a "
        "year, spending the money more “wisely” than now."
    )
    assert quote_starting(quotes, "wisely")["speaker_mention"] == "the party"


def test_a_clause_after_a_cue_that_follows_the_quotation_is_no_speaker():
    _, quotes = quotes_of(
        "Jo Hart, who says the treaty offers “a fair deal for farmers” and gives “ministers a freer hand”, has said the "
        "vote could be held in May."
    )
    assert quote_starting(quotes, "ministers a freer")["speaker"] == "Jo Hart"


def test_a_relative_clause_stays_inside_the_speaker_after_the_cue():
    _, quotes = quotes_of("The trouble, says a lawyer who has read the contract, is that “nobody reads the small print.”")
    assert quote_starting(quotes, "nobody reads")["speaker_mention"].startswith("a lawyer")
