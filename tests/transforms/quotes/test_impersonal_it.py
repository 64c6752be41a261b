"""Without a cue, "it" before a contracted "is" ("It's") or before "means"/"seems" is a thing or a state of
affairs, not the organisation named before it speaking."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.organisation_subject import says_nothing


def test_its_contraction_is_no_body_speaking():
    _, quotes = quotes_of(
        "A pity Brindle Labs did not make the device smaller.",
        "What about the old pager? It's out of date - hardly a “must-have” now.",
    )
    quote = quote_starting(quotes, "must-have")
    assert quote["speaker"] is None


def test_it_means_is_no_body_speaking():
    _, quotes = quotes_of(
        "Analysts at Corvex Research expect the service to grow fast.",
        "It means there is no longer a gap between the viewer and the “studio”.",
    )
    quote = quote_starting(quotes, "studio")
    assert quote["speaker"] is None


def test_says_nothing_reads_contractions_and_impersonal_verbs():
    assert says_nothing("'s all part of it", None)
    assert says_nothing("’s not enough", None)
    assert says_nothing(" seems the plan", None)
    assert not says_nothing(" said the plan", None)
    assert not says_nothing(" means", "said")
