"""The affiliation a mention's words before an office give: a body's name, without the office's modifiers."""

import pytest

from transforms.quotes.speakers import read_mention


@pytest.mark.parametrize(("mention", "affiliation"), [
    ("Senate Minority Leader Harry Reid", "Senate"),  # how the office is held is no part of the body
    ("Outgoing Leeds chairman Gerald Krasner", "Leeds"),
    ("Interim DNC chair Donna Brazile", "DNC"),
    ("Labour MP Stephen Pound", "Labour"),
])
def test_an_offices_modifiers_are_no_part_of_the_affiliation(mention, affiliation):
    assert read_mention(mention).affiliation == affiliation


@pytest.mark.parametrize("mention", ["Committee chairman Alan Beith", "Schools minister Stephen Twigg", "Festival director Dieter Kosslick"])
def test_a_bodys_noun_alone_is_no_affiliation(mention):
    assert read_mention(mention).affiliation is None
