"""A chain of the same pronoun is one focus: each link lets ``focus_antecedent`` look one sentence further back, so a
sentence about something else between the chain and its quotation does not hand the pronoun to a name the chain's
first sentence mentions in passing."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_pronoun_chain_reaches_back_to_its_subject_past_a_sentence_about_something_else():
    _, quotes = quotes_of(
        "Mr Rowe had suggested that Mr Dunn would meet his own rule. He said he hoped more would be done.",
        'He also stressed a rise in rates would not hurt the party. Borrowing rose in January. "If the bank were to '
        'judge that a rise was justified, it would act," he said.',
    )
    assert quote_starting(quotes, "If the bank")["speaker"] == "Rowe"
