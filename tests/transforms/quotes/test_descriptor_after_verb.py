"""A verb the cue list lacks, right after a quotation, names the speaker after it when the phrase opens with
"former" or "fellow" too ("…,” points out former Olympian Jo Hart)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_former_role_after_a_verb_names_the_speaker():
    _, quotes = quotes_of(
        'Should we be surprised? "It is easier to win once than to keep winning," points out former champion '
        'and pundit Jo Hart. "You need real hunger."'
    )
    assert quote_starting(quotes, "It is easier")["speaker"] == "Jo Hart"
    assert quote_starting(quotes, "You need")["speaker"] == "Jo Hart"


def test_a_fellow_player_after_a_verb_names_the_speaker():
    _, quotes = quotes_of('"He never stopped running," recalls fellow striker Ian Cole.')
    assert quote_starting(quotes, "He never")["speaker"] == "Ian Cole"
