"""The name proper inside a capitalised run (``name_runs``): past titles, owners and offices, without letters after it."""

import pytest

from transforms.quotes.name_runs import name_from, name_start, strip_titles


@pytest.mark.parametrize(("run", "name"), [
    ("President Volodymyr Zelensky", "Volodymyr Zelensky"),
    ("Arsenal's Patrick Vieira", "Patrick Vieira"),
    ("Guy Mansfield QC", "Guy Mansfield"),
    ("Mr Blair's", "Blair"),
    ("President", None),
])
def test_the_name_proper_starts_past_titles_and_drops_letters_and_possessives(run, name):
    tokens = run.split()
    assert name_from(tokens, name_start(tokens)) == strip_titles(tokens) == name
