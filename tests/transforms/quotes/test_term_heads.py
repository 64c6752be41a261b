"""A short quoted term right before a noun that takes a name (an index, a movement, a command) is scare."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.term_heads import names_a_kind, names_an_owned_thing


def test_a_term_naming_an_index_or_a_category_is_scare():
    _document, quotes = quotes_of(
        "The survey's employment index eased to 52.7, while its \"prices paid\" index also eased to 72.0.",
        "The singer won an award in the \"boundary crossing\" category.",
    )
    for text in ("prices paid", "boundary crossing"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_a_named_movement_is_scare_even_when_the_sentence_reports_someone():
    _document, quotes = quotes_of("Ted Cruz responded with vitriol, promoting a \"Stop Trump\" movement that focused on defeating him.")
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_an_adjective_before_another_noun_stays_the_speakers_words():
    _document, quotes = quotes_of("Mr Kilroy-Silk promised a \"firm but fair\" policy on immigration.")
    (quote,) = quotes
    assert quote["kind"] == "direct"


def test_a_head_noun_used_as_a_modifier_or_a_verb_names_nothing():
    text = 'He vowed to fix the "broken" campaign finance system, and the "new" rule out of date.'
    assert not names_a_kind(text, text.index('broken"') + len("broken"))
    assert not names_a_kind(text, text.index('new"') + len("new"))
    assert names_a_kind('its "prices paid" index', len('its "prices paid'))


def test_a_term_opening_its_sentence_after_a_determiner_is_scare():
    _document, quotes = quotes_of(
        "BBC Sport is the first client to use the system, its head of development said. The \"virtual camera\" can focus on "
        "any aspect of the pitch.",
        "These \"smart fabrics\" have come about through advances in nanotechnology.",
    )
    for text in ("virtual camera", "smart fabrics"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_a_clause_opening_its_sentence_after_a_determiner_stays_direct():
    _document, quotes = quotes_of("\"The plan will work,\" he said. The \"plan is flawed\", his rival said.")
    assert [quote["kind"] for quote in quotes] == ["direct", "direct"]


def test_an_example_a_plural_noun_introduces_is_scare():
    _document, quotes = quotes_of(
        "There are sessions with directors tackling controversial topics like America's \"culture wars\" and the Iraq war.",
        "The report urged the CSA to draw up contingency plans, including the \"abandonment option\", by Easter.",
    )
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("culture wars", "scare"), ("abandonment option", "scare")]


def test_a_slogan_on_a_shirt_or_a_poster_is_scare():
    _document, quotes = quotes_of(
        "A small band of supporters were outside the court as the lawyers entered, wearing \"Save Betamax\" t-shirts.",
        "This, they say, contrasts with Labour's negative campaigning, such as its now infamous \"flying pigs\" poster.",
    )
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("Save Betamax", "scare"), ("flying pigs", "scare")]


def test_an_owners_rule_or_scheme_is_scare_even_in_reported_speech():
    _document, quotes = quotes_of(
        "Mr Brown said he had met his financial \"golden rule\" with a £6bn surplus.",
        "Labour has unveiled its own \"points system\" for migrants who want to work in the UK.",
    )
    assert [(quote["text"], quote["kind"], quote["speaker"]) for quote in quotes] == [
        ("golden rule", "scare", None), ("points system", "scare", None),
    ]


def test_an_owned_phrase_opening_with_a_determiner_or_a_participle_is_wording():
    for text in ('it would worry her "a great deal" if', 'Labour\'s "faltering election campaign" would', 'his "rule" was'):
        quoted = text.split('"')[1]
        start = text.index(quoted)
        assert not names_an_owned_thing(text, start, start + len(quoted)), text


def test_a_term_inside_the_phrase_opening_a_sentence_takes_no_earlier_speaker():
    _document, quotes = quotes_of(
        'Jo Hart said the clinic would appeal against the ruling.\n\nThe only "test results" that the clinic gave out were partial.'
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_a_term_a_pronoun_cites_right_after_stays_that_speakers():
    from transforms.quotes.term_heads import inside_opening_phrase

    text = 'The four "loopholes" she listed are open.'
    start = text.index("loopholes")
    assert not inside_opening_phrase(text, 0, start, start + len("loopholes"))
    text = 'The only "test results" given were partial.'
    start = text.index("test results")
    assert inside_opening_phrase(text, 0, start, start + len("test results"))
