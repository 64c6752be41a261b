"""A person's name followed by "of" and a place or body keeps the person as the speaker; abbreviated ranks open names."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def speaker_of(text: str, start: str) -> tuple[str, str]:
    _, quotes = quotes_of(text)
    quote = quote_starting(quotes, start)
    return quote["speaker"], quote["speaker_type"]


def test_a_person_of_a_state_before_a_verb_that_is_no_cue_is_the_subject():
    assert speaker_of('In March, Gov. Nora Quill of New Mexico praised the scheme as "a model for us".', "a model") == ("Nora Quill", "person")


def test_a_person_of_a_state_is_the_subject_of_a_participle_after_the_cue():
    text = 'Chairman Ben Lott of North Dakota said he was "shocked", adding that "it would hurt small towns."'
    assert speaker_of(text, "it would") == ("Ben Lott", "person")


def test_a_person_of_a_town_and_its_state_after_a_comma_is_the_subject():
    text = 'Mary Pell of Dayton, West Virginia says she hopes he keeps "fighting for us."'
    assert speaker_of(text, "fighting") == ("Mary Pell", "person")


def test_a_lone_surname_after_the_cue_keeps_its_body_as_an_affiliation():
    text = '"Nobody asked the members first," said Quillan of the Riverside Nurses.'
    assert speaker_of(text, "Nobody") == ("Quillan", "person")


def test_a_delegates_abbreviated_title_ends_no_sentence():
    text = '"This hearing is a farce," said Del. Rosa Tamblin of Guam.'
    assert speaker_of(text, "This hearing") == ("Rosa Tamblin", "person")


def test_the_service_before_an_ordinal_rank_is_no_persons_name():
    text = '"We deserve better choices," said Air Force 2nd Lt. Omar Bexley.'
    assert speaker_of(text, "We deserve") == ("Omar Bexley", "person")


def test_an_organisation_of_a_place_stays_the_organisation():
    text = 'The Bank of England said the rise was "modest".'
    assert speaker_of(text, "modest") == ("Bank of England", "organisation")


def test_an_owner_before_an_organisations_name_with_of_is_no_part_of_it():
    assert speaker_of('Ruritania\'s Ministry of Fisheries said: "Catches are down."', "Catches") == ("Ministry of Fisheries", "organisation")


def test_the_bodys_noun_later_takes_the_owned_organisations_full_name():
    _, quotes = quotes_of(
        "Tenders are open, Ruritania's Ministry of Fisheries said.",
        'The ministry said it wanted "a modern fleet".',
    )
    quote = quote_starting(quotes, "a modern")
    assert (quote["speaker"], quote["speaker_type"]) == ("Ministry of Fisheries", "organisation")
