"""A quotation with no cue of its own goes on with the nearest speaker: the one reported just before it, the previous quotation's."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_quotation_after_a_sentence_of_reported_speech_goes_on_with_its_speaker():
    _, quotes = quotes_of(
        "Police forces were already “buried under existing initiatives”, said Mr Davis. Earlier Lib Dem home affairs "
        "spokesman Mark Oaten said the government was right to want closer links. “But these measures will only work "
        "if they are matched with a cut in paperwork.”"
    )
    assert quote_starting(quotes, "But these")["speaker"] == "Mark Oaten"


def test_a_paragraph_opening_quotation_keeps_the_previous_speaker_when_a_new_one_is_introduced_later():
    _, quotes = quotes_of(
        "Mr Heath said the home office had made “no contingency plans for the present circumstances”.",
        "“These detainees should be prosecuted and tried.” Shadow home secretary David Davis said the government should "
        "move as fast as “competently possible”.",
    )
    assert quote_starting(quotes, "These detainees")["speaker"] == "Heath"
    assert quote_starting(quotes, "competently")["speaker"] == "David Davis"


def test_a_question_then_a_capitalised_sentence_is_no_reporting_clause_unless_it_ends_there():
    _, quotes = quotes_of(
        "“We have offered this service for three years,” said Paul Myers. “Who wants to download a track that won't "
        "play next month?” Wippit offers a download subscription service for £4.99 per month.",
        "“Would it be negotiable about the 11 million?” Hannity pressed.",
    )
    assert quote_starting(quotes, "Who wants")["speaker"] == "Paul Myers"
    assert quote_starting(quotes, "Would it be")["speaker"] == "Hannity"


def test_an_exclamation_then_a_cue_and_its_addressee_is_a_reporting_clause():
    _, quotes = quotes_of("“This is a big year for our next senator!” Marcia Price cried to the crowd.")
    assert quotes[0]["speaker"] == "Marcia Price"



def test_a_quotation_opening_a_paragraph_goes_on_with_the_person_the_paragraph_before_reports():
    _, quotes = quotes_of(
        "We are in a different phase now, argues Mr Donofrio, the firm's technology chief. The hype is over and "
        "firms have to show that things work.",
        "“In the dotcom era, there was something new every five minutes.” Change will come slowly.",
    )
    assert quote_starting(quotes, "In the dotcom")["speaker"] == "Donofrio"


def test_a_later_speech_cue_naming_no_person_does_not_hide_the_person_the_paragraph_before_reports():
    _, quotes = quotes_of(
        "Steve Ash, from Activcard, told the BBC News website there are two parts to identification. The most difficult "
        "is to tell whether someone is who they say they are.",
        "\u201cThe end solution is to combine something the user knows with something they have.\u201d",
    )
    assert quote_starting(quotes, "The end solution")["speaker"] == "Steve Ash"
