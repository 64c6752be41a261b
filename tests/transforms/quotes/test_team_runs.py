"""A capitalised run opened by "Team" ("Team Jones", "Team GB") names a side or a fan club, never a person, so
it is no fuller form of a surname the article quotes."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_surname_after_a_team_run_keeps_the_persons_full_name():
    _, quotes = quotes_of(
        "Senator Maria Jones toured the state on Friday.",
        "Are you on Team Jones? Join the mailing list:",
        "Jones emphasized, “We are going to fix the roads in every county.”",
    )
    assert quote_starting(quotes, "We are going to fix")["speaker"] == "Maria Jones"


def test_a_surname_quoted_after_a_team_run_in_the_same_paragraph_is_the_person():
    _, quotes = quotes_of(
        "Governor Alan Pike and his rival met at the debate.",
        "Fans of Team Pike cheered when Pike accused his rival of a “cynical stunt” over the budget.",
    )
    assert quote_starting(quotes, "cynical stunt")["speaker"] == "Alan Pike"
