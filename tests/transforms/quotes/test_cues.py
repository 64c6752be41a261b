"""Reporting cues: passive cues, inverted cues, cues whose object hears the words."""

from tests.transforms.quotes.support import PEACE_MISSION_WORDS, mention, quote_starting, quotes_of


def test_is_reported_as_saying_is_one_cue():
    document, quotes = quotes_of(
        "Poland’s government appears open to putting NATO boots on the ground in Ukraine, with the country’s Deputy "
        "Prime Minister, Jaroslaw Kaczynski, calling for the military bloc to establish a “peacekeeping mission” in the "
        "war-torn country.",
        f"“{PEACE_MISSION_WORDS}” Kaczynski is reported as saying.",
    )
    quote = quote_starting(quotes, "I think that")
    assert quote["text"] == PEACE_MISSION_WORDS
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == (
        "Jaroslaw Kaczynski", "Kaczynski", "is reported as saying"
    )


def test_inverted_cue_between_commas_names_the_speaker_after_it():
    document, quotes = quotes_of(
        "The paradox of Nancy, says Carl Anthony, a historian at the National First Ladies Library, is that she was "
        "“one of the most powerful first ladies in the post-World War II era.”",
    )
    (quote,) = quotes
    assert (quote["speaker"], mention(document, quote), quote["cue"]) == ("Carl Anthony", "Carl Anthony", "says")


def test_whoever_is_told_is_not_the_speaker():
    document, quotes = quotes_of(
        "“This narrative isn’t just in our institutions, it’s being pushed by media,” Malkia Cyril, the executive "
        "director at the Center for Media Justice, told The Huffington Post.",
    )
    (quote,) = quotes
    assert quote["speaker"] == "Malkia Cyril"
    assert "Huffington" not in mention(document, quote)


def test_agent_of_a_passive_cue_speaks():
    document, quotes = quotes_of(
        "Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk “adding another expensive "
        "entitlement program.”",
    )
    (quote,) = quotes
    assert (quote["speaker"], quote["cue"]) == ("Gerard Baker", "asked")


def test_an_ing_cue_after_a_preposition_belongs_to_the_main_clause_subject():
    _, quotes = quotes_of(
        "Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy after claiming the Welshman was "
        "“not good enough” for the Magpies."
    )
    assert quotes[0]["speaker"] == "Graeme Souness"


def test_a_cue_whose_final_consonant_doubles_is_a_cue_in_the_past():
    _, quotes = quotes_of(
        "Tama Umaga will meet Brian O'Driscoll at Twickenham. The 31-year-old admitted interest in the Lions tour was "
        "immense, calling it “the biggest thing to hit New Zealand”.",
    )
    assert quote_starting(quotes, "the biggest thing")["speaker"] == "Tama Umaga"


def test_a_present_tense_verb_before_a_name_after_a_quotation_reports_it():
    _, quotes = quotes_of("\u201cIt is going to kill the business model of radio,\u201d thinks Curry. \u201cYou can call it a peace dividend,\u201d smiles one broker.")
    assert [quote["speaker"] for quote in quotes] == ["Curry", "broker"]


def test_a_title_that_stars_someone_is_not_reported_by_them():
    _, quotes = quotes_of("One ad, \u201cBalanced Rebellion,\u201d stars an Abraham Lincoln impersonator who praises the candidate.")
    assert quotes[0]["speaker"] != "Abraham Lincoln"
