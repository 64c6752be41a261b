"""What "he" or "she" stands for when the sentence before reports someone: the reporting cue's own subject
comes before a subject of the clause it reports, a name set off by commas before the cue is its subject, and
an owned role that no named person holds speaks as itself."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_reporting_subject_comes_before_the_reported_clauses_subject():
    _, quotes = quotes_of(
        "Judge Anna Rivers said the rules were clear. "
        "A Department of Transport spokeswoman said Tom Baker and Simon Keller agreed about the timetable. "
        "“The dispute is a narrow one,” she said.",
    )
    found = quote_starting(quotes, "The dispute")
    assert found["speaker_type"] == "role" and found["speaker"].endswith("Transport spokeswoman")


def test_a_subject_after_a_comma_closing_the_cues_clause_is_not_reported():
    _, quotes = quotes_of(
        "Simon Keller said on Monday that the new rules would be fair. "
        "When a television reporter later asked Simon Keller whether having every driver register in a national database "
        "would be any different from the registration schemes that were abandoned by the last government, Keller smiled. "
        "“You tell me,” he said.",
    )
    assert quote_starting(quotes, "You tell me")["speaker"] == "Simon Keller"


def test_a_name_set_off_by_commas_before_a_cue_is_its_subject():
    _, quotes = quotes_of(
        "Home Secretary Tom Baker said the plans would go ahead. "
        "But the Green Party's deputy leader, Simon Keller, accused Mr Baker of ignoring the problem.",
        "“The critical issue is the cost,” he told reporters.",
    )
    assert quote_starting(quotes, "The critical issue")["speaker"] == "Simon Keller"


def test_an_owned_role_no_named_person_holds_is_what_he_stands_for():
    _, quotes = quotes_of(
        "Lord Baker said the minister ignored the cabinet. "
        "The prime minister's official spokesman said the cabinet was still used. "
        "But he added: “You cannot take every decision in cabinet.”",
    )
    assert quote_starting(quotes, "You cannot")["speaker_type"] == "role"
    assert quote_starting(quotes, "You cannot")["speaker"] != "Baker"


def test_a_name_after_a_preposition_is_no_subject_he_stands_for():
    _, quotes = quotes_of(
        "“We have received the ruling and are reviewing it,” a spokeswoman said on Friday. "
        "But Simon Keller of the Campaign for Cleaner Rivers urged the government to continue pressing its case. "
        "“Today's ruling should not be an excuse for a weak settlement,” he said.",
    )
    assert quote_starting(quotes, "Today's ruling")["speaker"] == "Simon Keller"


def test_a_description_speaking_before_he_is_the_person_described():
    _, quotes = quotes_of(
        "Coach angered by fine",
        "Spain coach Jorge Castell is furious after being fined by The Spanish Football Federation for his comments about Thierry Keller.",
        "The 66-year-old criticised his punishment even though it was far below the maximum. "
        "“I am not guilty,” he said.",
    )
    assert quote_starting(quotes, "I am not guilty")["speaker"] == "Jorge Castell"
