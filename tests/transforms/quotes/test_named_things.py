"""Capitalised runs after a determiner name a thing or a body, and a title with a surname names the person named
in full before: what "he"/"she" may stand for (``named_things``, ``names.ArticleNames.recent_person``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_run_opening_with_the_is_no_one_he_stands_for():
    _, quotes = quotes_of(
        "The launch was hosted by Alan Mercer in a new hall. The Kids Choir of Leeds got a cheque from the fund.",
        "“Welcome to the new centre,” he said.",
    )
    assert quote_starting(quotes, "Welcome")["speaker"] == "Alan Mercer"


def test_a_run_after_a_lower_case_determiner_is_no_one_she_stands_for():
    _, quotes = quotes_of(
        "Jewels worth £200,000 were taken from the house of Sharon Pike. A daisy necklace and a Franz Moller watch "
        "were also stolen, and the police have no suspect.",
        "“We worked for everything,” she said.",
    )
    assert quote_starting(quotes, "We worked")["speaker"] == "Sharon Pike"


def test_a_run_after_a_capitalised_possessive_is_no_sentence_subject():
    _, quotes = quotes_of(
        "On average, said Mr Tolland, users search ten times a day. Under My Fetch Pal users can search the web "
        "again. “It's about finding again what you found before,” he said.",
    )
    assert quote_starting(quotes, "It's about")["speaker"] != "Fetch Pal"


def test_a_title_and_surname_stand_for_the_person_named_in_full_before():
    filler = " ".join(["The network grew quickly in the years after that and the work went on."] * 25)
    _, quotes = quotes_of(
        "Brian Pollard spent twenty years at Cern, the European Laboratory for Particle Physics.",
        f"{filler} The standards are settled, said Dr Pollard.",
        "Security is the one problem left. People have to learn about “sensible behaviour”, he says.",
    )
    assert quote_starting(quotes, "sensible behaviour")["speaker"] == "Brian Pollard"


def test_a_lone_name_written_once_after_said_is_a_person():
    _, quotes = quotes_of(
        "Kelly Norton won the 60m hurdles in 8.02 seconds. “I've surprised myself,” said Norton.",
        "Her team-mate jumped 17.30m. “I didn't have a clue,” said Idoru.",
    )
    speaker = quote_starting(quotes, "I didn't")
    assert (speaker["speaker"], speaker["speaker_type"]) == ("Idoru", "person")


def test_a_run_qualifying_a_group_noun_is_no_one_he_stands_for():
    filler = " ".join(["The machine has a small case and a fast chip inside it."] * 30)
    _, quotes = quotes_of(
        f"Steve Hobbs unveiled the new machine on Tuesday. {filler}",
        "To win over Linux Desk customers, the firm cut the price. “There are no more excuses,” he said.",
    )
    assert quote_starting(quotes, "There are no")["speaker"] == "Steve Hobbs"


def test_a_possessive_run_before_a_document_noun_is_its_owner():
    _, quotes = quotes_of(
        "Many listened to FBI Director James Colby's statement on Tuesday. He called her handling of the files "
        "“extremely careless”.",
    )
    assert quote_starting(quotes, "extremely careless")["speaker"] == "James Colby"


def test_a_lone_name_a_pronoun_takes_up_is_a_person_however_often_written():
    _, quotes = quotes_of(
        "Mivo makes third apology. Mivo has apologised again to the national team.",
        "Mivo said: “There isn't much I have to say today.” Mivo said he was sorry.",
    )
    speaker = quote_starting(quotes, "There isn't")
    assert (speaker["speaker"], speaker["speaker_type"]) == ("Mivo", "person")


def test_a_pronoun_after_a_preposition_does_not_make_a_body_a_person():
    _, quotes = quotes_of(
        "Shares in Wexco fell on Monday. “We are confident,” Wexco said. Its founder told Wexco that he would stay.",
    )
    assert quote_starting(quotes, "We are confident")["speaker_type"] == "organisation"


def test_a_name_after_said_is_no_common_word_opening_a_sentence():
    _, quotes = quotes_of(
        "“We were not competing with anyone,” said Jurgen den Hartog, one of the researchers behind the project.",
    )
    assert quote_starting(quotes, "We were not")["speaker_type"] == "person"


def test_a_surname_named_in_full_inside_a_quotation_is_that_person():
    _, quotes = quotes_of(
        "Santoni resigned on Friday. He added: “I should like to thank (sporting director) Frank Arnesson and the board.”",
        "Arnesson said the club were sad to see him go: “We are obviously disappointed that he is leaving.” Arnesson "
        "also said: “The club will act swiftly to appoint a successor.”",
    )
    speaker = quote_starting(quotes, "We are obviously")
    assert (speaker["speaker"], speaker["speaker_type"]) == ("Frank Arnesson", "person")


def test_a_run_ending_in_a_party_name_is_no_one_he_stands_for():
    filler = " ".join(["The hall was small and the carpet was new and smelt of glue."] * 30)
    _, quotes = quotes_of(
        f"The press conference was hosted by Alan Merton. {filler}",
        "The garish New Labour coffee mugs were still unstained.",
        "“Welcome to the new media centre,” he said.",
    )
    assert quote_starting(quotes, "Welcome")["speaker"] == "Alan Merton"
