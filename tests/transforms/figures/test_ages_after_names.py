"""An age right after a person's full name, its first comma left out, before the person's home: "Jane Doe 31, of Hope"."""

import pytest

from tests.transforms.figures.support import only
from transforms.figures import figures_in_text


@pytest.mark.parametrize(
    "sentence,text,value",
    [
        ("Deputies arrested Mara Klein 27, of Westbrook, on Friday.", "27", 27.0),
        ("Tom R. Avery 64, from Dunmore, was treated at the scene.", "64", 64.0),
    ],
)
def test_an_age_after_a_full_name_without_its_comma(sentence, text, value):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"]) == (value, "years", "age")


@pytest.mark.parametrize(
    "sentence",
    ["The Windows 10, from Microsoft, shipped late.", "Ask Jeeves 3, of course, was worse.", "The Galaxy Note 7, from Samsung, caught fire."],
)
def test_a_name_numbering_a_thing_gives_no_age(sentence):
    assert all(figure["category"] != "age" for figure in figures_in_text(sentence))
