"""A personal pronoun opening a clause with no reporting cue is its subject whatever its verb
(``sentence_subjects``, rule 3), not a name later in the clause; but not before a copula."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_pronoun_before_an_unlisted_verb_and_a_participle_is_the_subject():
    _, quotes = quotes_of(
        "Dana Whitlow spoke in Leeds on Monday. Then she cut into Marcus Reed, calling him a “coward” and accusing "
        "him of acting like a “sulking teenager.”"
    )
    assert quote_starting(quotes, "coward")["speaker"] == "Dana Whitlow"
    assert quote_starting(quotes, "sulking")["speaker"] == "Dana Whitlow"


def test_a_pronoun_before_a_future_deed_is_the_subject():
    _, quotes = quotes_of(
        "Dana Whitlow will change the rules on housing. She will unveil the plan in her Housing Charter on Monday, "
        "aiming to “end the wait for a home”."
    )
    assert quote_starting(quotes, "end the wait")["speaker"] == "Dana Whitlow"


def test_a_pronoun_before_a_copula_is_no_speaker_of_the_clause():
    _, quotes = quotes_of(
        "Dana Whitlow and Sam Ortiz took over the column in May. They are also wary of Marcus Reed's temper, which "
        "once made him call a rival “a clown”."
    )
    assert quote_starting(quotes, "a clown")["speaker"] not in ("Dana Whitlow", "Sam Ortiz")
