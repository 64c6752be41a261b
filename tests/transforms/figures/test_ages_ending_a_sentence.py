"""An age set off after a name that ends the sentence or runs into a dash: "… and Ruth Penny, 19." is an age."""

import pytest

from tests.transforms.figures.support import only


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("The victims were named as Carl Boone, 22, and Ruth Penny, 19. Both lived nearby.", "19"),
        ('"We play for fun," said Marsh, 48. "Nothing more."', "48"),
        ("Her attacker, Dean Holt, 16 - who was later caught - fled on foot.", "16"),
        ("His daughters are Anna, 12; Beth, 9; and Cara, 7.", "9"),
        ("Passengers included Omar Said, 35.", "35"),
    ],
)
def test_an_age_after_a_name_ending_the_sentence(sentence, text):
    figure = only(sentence, text)
    assert (figure["unit"], figure["category"]) == ("years", "age")


@pytest.mark.parametrize(
    "sentence,text,category",
    [
        ("Turnout was 69% in Kensington and Chelsea, 65% in Westminster.", "65%", "percent"),
        ("The fee rose to 35 from June.", "35", "other"),
    ],
)
def test_a_number_after_a_place_or_a_verb_is_no_age(sentence, text, category):
    assert only(sentence, text)["category"] == category
