""""they" with its cue and no group speaking just before it is the group its sentence or the two before last name."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_they_is_the_party_named_two_sentences_before():
    _, quotes = quotes_of(
        "The Liberal Democrats want to replace the levy with a land tax. The rate would be fixed by the Treasury which they say "
        "would save money. They say the levy is “grossly unfair” to pensioners."
    )
    assert quote_starting(quotes, "grossly unfair")["speaker"] == "Liberal Democrats"


def test_they_is_the_plural_subject_of_its_own_sentence():
    _, quotes = quotes_of(
        "The phone manufacturers want buyers to pick large handsets to enjoy the “full experience”, they say, though small ones work."
    )
    assert quote_starting(quotes, "full experience")["speaker"] == "phone manufacturers"


def test_they_not_the_subject_of_its_cue_finds_no_group():
    _, quotes = quotes_of(
        "The Liberal Democrats backed the plan. They were arrested as they handed out leaflets calling for “a new start”."
    )
    assert quote_starting(quotes, "a new start")["speaker"] != "Liberal Democrats"


def test_a_plural_inside_a_relative_clause_is_no_antecedent():
    _, quotes = quotes_of(
        "She backs the open system that Republicans want and not the one in place now.",
        "“The attacks show a party at war with itself,” they conclude.",
    )
    assert quote_starting(quotes, "The attacks show")["speaker"] is None


def test_a_plural_qualifying_a_noun_is_no_antecedent():
    _, quotes = quotes_of(
        "A banker told the BBC News website the hardest part is knowing whether people are who they say they are.",
        "“Cards with chips solve most of it,” he said.",
    )
    assert quote_starting(quotes, "Cards with chips")["speaker"] != "BBC News"


def test_a_group_named_in_the_sentence_right_before_is_nearer_than_one_speaking_earlier():
    _, quotes = quotes_of(
        "At a long meeting some senior councillors argued against it, aides said. The scheme, which officials say will cut "
        "costs, is expected to be opposed by the Liberal Democrats.",
        "They have said the scheme is “badly flawed” and too costly.",
    )
    assert quote_starting(quotes, "badly flawed")["speaker"] == "Liberal Democrats"


def test_the_group_that_speaks_stays_ahead_of_a_group_it_speaks_about():
    _, quotes = quotes_of("The MPs said nurses were “overworked”. They said pay was “far too low” for the job.")
    assert quote_starting(quotes, "far too low")["speaker"] == "MPs"
