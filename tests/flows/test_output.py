"""Query output: nested values (the marts' lists) print as CSV cells too."""

import polars as pl

from flows.output import flatten_nested


def test_lists_become_json_text_and_other_columns_stay():
    frame = pl.DataFrame({"name": ["Robert Kilroy-Silk"], "titles": [["UKIP MEP", "Euro MP"]], "quotes": [48]})
    flat = flatten_nested(frame)
    assert flat.rows() == [("Robert Kilroy-Silk", '["UKIP MEP", "Euro MP"]', 48)]
    assert flat.write_csv().splitlines()[1] == 'Robert Kilroy-Silk,"[""UKIP MEP"", ""Euro MP""]",48'
