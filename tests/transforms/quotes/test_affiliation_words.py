"""The affiliation a mention's words before an office or a name give: a body's name, without the office's modifiers or the owner's ending."""

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


@pytest.mark.parametrize(("mention", "affiliation"), [
    ("What's Cooking host Jane Doyle", "What's Cooking"),  # a function word's "'s" is "is": part of the name
    ("Acme Foods' Tom Reed", "Acme Foods"),  # the owner's ending is not
    ("BT's Andrew Burke", "BT"),
])
def test_only_the_owners_possessive_leaves_the_affiliation(mention, affiliation):
    assert read_mention(mention).affiliation == affiliation
