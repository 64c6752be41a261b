"""Lower-case particles inside names: a person's name is read whole, and a body's name stays an organisation."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def speaker_of(text: str, *paragraphs: str) -> tuple[str, str]:
    _, quotes = quotes_of(*paragraphs)
    quote = quote_starting(quotes, text)
    return quote["speaker"], quote["speaker_type"]


def test_a_first_name_that_is_a_common_word_keeps_the_particle_surname():
    assert speaker_of("The roads", '"The roads are safe," said Mayor Bill de Marco.') == ("Bill de Marco", "person")


def test_the_particle_surname_alone_is_the_full_name():
    assert speaker_of(
        "It is safe", 'Mayor Bill de Marco met the police chief.', '"It is safe," de Marco said.',
    ) == ("Bill de Marco", "person")


def test_a_particle_capitalised_to_open_a_sentence_is_the_same_person():
    assert speaker_of(
        "We will", '"The budget is done," said Pieter van Houten.', 'Van Houten added: "We will hire more nurses."',
    ) == ("Pieter van Houten", "person")


def test_the_role_is_the_person_named_with_a_particle():
    assert speaker_of(
        "No link", 'Mayor Bill de Marco described the fire as "an accident."', '"No link to crime," the mayor said.',
    ) == ("Bill de Marco", "person")


def test_a_surname_joined_to_its_particle_by_a_hyphen_is_read_whole():
    assert speaker_of("The army", '"The army will hold," said Karim al-Nouri.') == ("Karim al-Nouri", "person")
    assert speaker_of("The army", 'Karim al-Nouri Haddad said: "The army will hold."') == ("Karim al-Nouri Haddad", "person")


def test_a_body_named_in_another_language_is_an_organisation():
    assert speaker_of("Rates will", '"Rates will stay low," said the Banco de Lisboa.') == ("Banco de Lisboa", "organisation")
    assert speaker_of(
        "The channel", "The Conseil National de l'Image said: \"The channel broke the rules.\"",
    ) == ("Conseil National de l'Image", "organisation")
