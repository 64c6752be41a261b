"""Who "he"/"she" is when the article never names the person in full: a lone name that speaks, a role as subject,
and a possessive of the same gender that passes the question a sentence back."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_lone_name_that_speaks_is_the_pronouns_person():
    _, quotes = quotes_of(
        "But Hartley, speaking exclusively to local radio, also admits Dawson will have the final say. He told the "
        "station: “Our captain is above money.”",
    )
    assert quote_starting(quotes, "Our captain")["speaker"] == "Hartley"


def test_a_lone_name_inside_a_longer_name_is_no_person():
    _, quotes = quotes_of(
        "A spokesman for the Data Protection Office said the calls were marketing. “It is clear,” he said.",
    )
    assert quote_starting(quotes, "It is clear")["speaker"] != "Office"


def test_a_possessive_of_the_same_gender_passes_the_question_back():
    _, quotes = quotes_of(
        "Michelle, a mother of two, said she had been let down. Her letters have twice been lost, she said. "
        "“I have to chase them all the time,” she said.",
    )
    assert quote_starting(quotes, "I have to chase")["speaker"] == "Michelle"


def test_a_role_subject_before_is_the_pronoun_when_no_person_is_named():
    _, quotes = quotes_of(
        "The Westfield Centre spokeswoman said about 8,000 cars had arrived by noon. “We predict the same trend next "
        "week,” she added.",
    )
    quote = quote_starting(quotes, "We predict")
    assert (quote["speaker"], quote["speaker_type"]) == ("Westfield Centre spokeswoman", "role")


def test_a_role_of_the_other_gender_is_no_antecedent():
    _, quotes = quotes_of(
        "The Westfield Centre spokesman said about 8,000 cars had arrived by noon. “We predict the same trend next "
        "week,” she added.",
    )
    assert quote_starting(quotes, "We predict")["speaker"] is None


def test_the_role_an_according_to_names_before_is_the_pronoun_when_no_person_is_named():
    _, quotes = quotes_of(
        "Cable firms are bound to increase bandwidth and, according to an ntl spokesman, are in a better position. "
        "“Our network is faster,” he said.",
    )
    assert quote_starting(quotes, "Our network")["speaker"] == "ntl spokesman"


def test_a_linking_adverb_between_a_subject_and_its_verb_keeps_the_subject():
    _, quotes = quotes_of(
        "Sylvia Farina Elia beat Venus Williams. “She is a great player,” said Farina Elia. "
        "Williams though blamed her defeat on injuries. “Blisters were a factor,” she said.",
    )
    assert quote_starting(quotes, "Blisters")["speaker"] == "Venus Williams"
