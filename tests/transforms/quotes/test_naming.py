"""Naming verbs and title nouns (rules 1 and 2 of ``classify``): what they name is a scare quote."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_given_by_dubbed_or_known_as_is_scare_even_in_reported_speech():
    _document, quotes = quotes_of(
        "Dr Bjorn said groups dubbed \"pioneers\" were most interested in the phones.",
        "Her birth mother told her he was known as \"Precious\" at school.",
        "Originally dubbed \"Jerry's Guide to the World Wide Web\" the firm adopted the name Yahoo, Mr Yang said.",
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("scare", None)] * 3


def test_a_reduced_relative_after_a_comma_names():
    _document, quotes = quotes_of(
        "The firms joined forces to develop networks, known as \"super 3G\", that are ten times faster.",
        "The biggest culprit is the power adaptor, nicknamed \"energy vampires\".",
    )
    assert [quote["kind"] for quote in quotes] == ["scare", "scare"]


def test_a_subject_naming_something_still_says_the_words():
    _document, quotes = quotes_of("Mr Letwin attacked Marco, who he dubbed \"the little senator\", at the rally.")
    assert quotes[0]["kind"] == "direct"


def test_a_title_after_entitled_or_a_title_noun_is_scare():
    _document, quotes = quotes_of(
        "Officials were thrilled with the editorial, entitled \"Mr Sanders Is Not a Brave Truth-Teller\", when it ran.",
        "The poster ran under the headline \"are you thinking what we are thinking?\" This, they say, is new.",
    )
    assert [quote["kind"] for quote in quotes] == ["scare", "scare"]


def test_a_quotation_coordinated_with_a_scare_quote_is_scare():
    _document, quotes = quotes_of(
        "Dr Bjorn said groups dubbed \"pioneers\" and \"materialists\" were most interested in the phones.",
        "Dr Bjorn said groups of \"pioneers\" and \"materialists\" were most interested in the phones.",
    )
    assert [quote["kind"] for quote in quotes] == ["scare", "scare", "direct", "direct"]


def test_a_fixed_naming_verb_names_with_a_few_words_before_as():
    _document, quotes = quotes_of(
        "Standard & Poor's has classed Russian bonds as \"investment grade\", up from their former rating.",
        "Ray Reardon - known by his fellow professionals as \"Dracula\" - won the title six times.",
        "Kapranos described his appearance as \"more daunting by a long way\" than the Brits.",
    )
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [
        ("investment grade", "scare"), ("Dracula", "scare"), ("more daunting by a long way", "direct")
    ]


def test_a_translation_after_which_means_is_scare():
    _document, quotes = quotes_of("Meibion Glyndwr - which means \"sons of Glyndwr\" - began burning property in 1979.")
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("sons of Glyndwr", "scare")]


def test_a_fixed_naming_verb_names_through_an_article():
    _document, quotes = quotes_of(
        "He was one of a community of people who created iPodder, a small computer program, known as an \"aggregator\".",
        "Helen Steel and David Morris, dubbed the \"McLibel Two\", were found guilty, Mr Morris said.",
    )
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("aggregator", "scare"), ("McLibel Two", "scare")]


def test_a_name_a_fixed_naming_verb_gives_stays_a_name_with_its_agent_after_it():
    _, quotes = quotes_of(
        "Jo Hart paid a visit to the old harbour jail, dubbed the “Seaside Palace” by British sailors held there.",
    )
    assert quote_starting(quotes, "Seaside Palace")["kind"] == "scare"


def test_a_name_after_the_name_or_a_pseudonym_is_scare_even_with_a_subject():
    _document, quotes = quotes_of(
        'Jo Marten, then head of the agency, had been using an email account at work with the name "Richard Wood," '
        'largely for personal messages. She kept a blog under the pseudonym "Anne Lake".',
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("scare", None)] * 2
