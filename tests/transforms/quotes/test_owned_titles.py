"""A capitalised quotation right after a name's possessive is the title of what the name owns: scare, even in a
sentence whose speaker is found."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_programme_after_a_call_to_a_broadcaster_is_a_title():
    _, quotes = quotes_of('"It never happened," she said of the story during a call to XYZ\'s "Sunday Week."')
    assert quote_starting(quotes, "Sunday Week")["kind"] == "scare"
    assert quote_starting(quotes, "It never")["kind"] == "direct"


def test_a_programme_the_speaker_visited_is_a_title():
    _, quotes = quotes_of('Senator Jane Moss visited QRS\'s "Morning" to talk about her plan, saying it was "overdue".')
    assert quote_starting(quotes, "Morning")["kind"] == "scare"


def test_a_title_keeping_a_small_word_in_lower_case_is_a_title():
    _, quotes = quotes_of('"We will win," Tom Hale said on ABC\'s "Late Talk with Ann Bell."')
    assert quote_starting(quotes, "Late Talk")["kind"] == "scare"


def test_a_song_after_a_singers_possessive_is_a_title():
    _, quotes = quotes_of('At the rally, Kay Dune sings Paul Simon\'s "Bright Harbour" to the crowd.')
    assert quote_starting(quotes, "Bright Harbour")["kind"] == "scare"


def test_a_contracted_is_is_no_possessive():
    _, quotes = quotes_of('Mr Hale said the plan was ready. "That\'s it," he added.', 'He said: "It\'s Great News For Everyone".')
    assert quote_starting(quotes, "It's Great")["kind"] == "direct"


def test_lower_case_words_after_a_possessive_stay_direct():
    _, quotes = quotes_of('Mr Hale said the Council\'s "plan was never costed", adding that he would vote no.')
    assert quote_starting(quotes, "plan was")["kind"] == "direct"


def test_a_title_given_as_a_bodys_own_is_a_title():
    _, quotes = quotes_of("Orbit Magazine chose Lena Ortiz as its “Person of the Year” for 2015.")
    assert quote_starting(quotes, "Person of the Year")["kind"] == "scare"
