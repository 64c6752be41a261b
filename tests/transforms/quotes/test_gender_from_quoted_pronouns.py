"""A pronoun inside a quotation that opens after a name speaks of someone else: it gives that name no gender."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.names import opens_quotation


def test_her_opening_the_quotation_after_a_speaker_gives_him_no_gender():
    _, quotes = quotes_of(
        "Champion sprinter Maria Okafor has confirmed she will run in Leeds in June. Okafor has won three world titles. "
        '"We are thrilled to have her," said meeting director Paul Denholm. '
        '"Her results speak for themselves and few runners can match Okafor\'s," he added.'
    )
    quote = quote_starting(quotes, "Her results")
    assert quote["speaker"] == "Paul Denholm"


def test_a_quotation_closed_before_the_pronoun_leaves_it_outside():
    assert not opens_quotation('Jo Lane called it "a triumph" before she left', 7, 42)
    assert opens_quotation('Jo Lane said: "Her work is fine"', 7, 15)
    assert opens_quotation("Jo Lane said: “Her work is fine”", 7, 15)



def test_a_pronoun_right_after_another_persons_lone_surname_gives_the_first_name_no_gender():
    _, quotes = quotes_of(
        "Mark Dalton and Ann Pryce vied for the title on Wednesday.",
        'Dalton attacked Pryce for her support of the war. "I took responsibility," Pryce said.',
        'Dalton told the forum he was "totally against the war". "I have good judgment," he said.',
    )
    quote = quote_starting(quotes, "I have good")
    assert quote["speaker"] == "Mark Dalton"
